"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 21:45:44.778912
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_meta")),
    )
    op.create_table(
        "archived_value",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("column_name", sa.String(length=60), nullable=False),
        sa.Column("value_ver", sa.String(length=32), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=False),
        sa.Column("value_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint(
            "table_name", "row_id", "column_name", "value_ver", name=op.f("pk_archived_value")
        ),
    )
    with op.batch_alter_table("archived_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_archived_value_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "component",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_component")),
        sa.UniqueConstraint("code", name=op.f("uq_component_code")),
    )
    op.create_table(
        "document_type",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("for_organizations", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_type")),
        sa.UniqueConstraint("code", name=op.f("uq_document_type_code")),
    )
    op.create_table(
        "ethnic_group",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ethnic_group")),
        sa.UniqueConstraint("code", name=op.f("uq_ethnic_group_code")),
    )
    op.create_table(
        "local_state",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=16), nullable=False),
        sa.Column("device_name", sa.String(length=120), nullable=False),
        sa.Column("clock_millis", sa.Integer(), nullable=False),
        sa.Column("clock_counter", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_local_state")),
    )
    op.create_table(
        "sync_package",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("peer_device_id", sa.String(length=16), nullable=True),
        sa.Column("peer_name", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=True),
        sa.Column("handled_at", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("kept_file", sa.Text(), nullable=True),
        sa.Column("merged_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_sync_package")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("device_id", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("last_seen", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "territory",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("dane_code", sa.String(length=5), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("department_code", sa.String(length=2), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("region", sa.String(length=120), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_territory")),
        sa.UniqueConstraint("dane_code", name=op.f("uq_territory_dane_code")),
    )
    op.create_table(
        "organization",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("sector", sa.String(length=20), nullable=True),
        sa.Column("nit", sa.String(length=20), nullable=True),
        sa.Column("territory_id", sa.String(length=36), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("is_model_ally", sa.Boolean(), nullable=True),
        sa.Column("model_transfer_date", sa.Date(), nullable=True),
        sa.Column("name_ver", sa.String(length=32), nullable=True),
        sa.Column("name_seq", sa.Integer(), nullable=True),
        sa.Column("sector_ver", sa.String(length=32), nullable=True),
        sa.Column("sector_seq", sa.Integer(), nullable=True),
        sa.Column("nit_ver", sa.String(length=32), nullable=True),
        sa.Column("nit_seq", sa.Integer(), nullable=True),
        sa.Column("territory_id_ver", sa.String(length=32), nullable=True),
        sa.Column("territory_id_seq", sa.Integer(), nullable=True),
        sa.Column("email_ver", sa.String(length=32), nullable=True),
        sa.Column("email_seq", sa.Integer(), nullable=True),
        sa.Column("phone_ver", sa.String(length=32), nullable=True),
        sa.Column("phone_seq", sa.Integer(), nullable=True),
        sa.Column("is_model_ally_ver", sa.String(length=32), nullable=True),
        sa.Column("is_model_ally_seq", sa.Integer(), nullable=True),
        sa.Column("model_transfer_date_ver", sa.String(length=32), nullable=True),
        sa.Column("model_transfer_date_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territory.id"], name=op.f("fk_organization_territory_id_territory")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organization_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "implementation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("territory_id", sa.String(length=36), nullable=True),
        sa.Column("lead_organization_id", sa.String(length=36), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("name_ver", sa.String(length=32), nullable=True),
        sa.Column("name_seq", sa.Integer(), nullable=True),
        sa.Column("territory_id_ver", sa.String(length=32), nullable=True),
        sa.Column("territory_id_seq", sa.Integer(), nullable=True),
        sa.Column("lead_organization_id_ver", sa.String(length=32), nullable=True),
        sa.Column("lead_organization_id_seq", sa.Integer(), nullable=True),
        sa.Column("start_date_ver", sa.String(length=32), nullable=True),
        sa.Column("start_date_seq", sa.Integer(), nullable=True),
        sa.Column("end_date_ver", sa.String(length=32), nullable=True),
        sa.Column("end_date_seq", sa.Integer(), nullable=True),
        sa.Column("description_ver", sa.String(length=32), nullable=True),
        sa.Column("description_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["lead_organization_id"],
            ["organization.id"],
            name=op.f("fk_implementation_lead_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"],
            ["territory.id"],
            name=op.f("fk_implementation_territory_id_territory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_implementation")),
    )
    with op.batch_alter_table("implementation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_implementation_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("given_names", sa.String(length=120), nullable=True),
        sa.Column("first_surname", sa.String(length=80), nullable=True),
        sa.Column("second_surname", sa.String(length=80), nullable=True),
        sa.Column("document_type_id", sa.String(length=36), nullable=True),
        sa.Column("document_number", sa.String(length=20), nullable=True),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("ethnic_group_id", sa.String(length=36), nullable=True),
        sa.Column("disability", sa.String(length=20), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("territory_id", sa.String(length=36), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_channel", sa.String(length=20), nullable=True),
        sa.Column("consent_notice_version", sa.String(length=20), nullable=True),
        sa.Column("guardian_name", sa.String(length=200), nullable=True),
        sa.Column("given_names_ver", sa.String(length=32), nullable=True),
        sa.Column("given_names_seq", sa.Integer(), nullable=True),
        sa.Column("first_surname_ver", sa.String(length=32), nullable=True),
        sa.Column("first_surname_seq", sa.Integer(), nullable=True),
        sa.Column("second_surname_ver", sa.String(length=32), nullable=True),
        sa.Column("second_surname_seq", sa.Integer(), nullable=True),
        sa.Column("document_type_id_ver", sa.String(length=32), nullable=True),
        sa.Column("document_type_id_seq", sa.Integer(), nullable=True),
        sa.Column("document_number_ver", sa.String(length=32), nullable=True),
        sa.Column("document_number_seq", sa.Integer(), nullable=True),
        sa.Column("gender_ver", sa.String(length=32), nullable=True),
        sa.Column("gender_seq", sa.Integer(), nullable=True),
        sa.Column("birth_date_ver", sa.String(length=32), nullable=True),
        sa.Column("birth_date_seq", sa.Integer(), nullable=True),
        sa.Column("birth_year_ver", sa.String(length=32), nullable=True),
        sa.Column("birth_year_seq", sa.Integer(), nullable=True),
        sa.Column("ethnic_group_id_ver", sa.String(length=32), nullable=True),
        sa.Column("ethnic_group_id_seq", sa.Integer(), nullable=True),
        sa.Column("disability_ver", sa.String(length=32), nullable=True),
        sa.Column("disability_seq", sa.Integer(), nullable=True),
        sa.Column("phone_ver", sa.String(length=32), nullable=True),
        sa.Column("phone_seq", sa.Integer(), nullable=True),
        sa.Column("email_ver", sa.String(length=32), nullable=True),
        sa.Column("email_seq", sa.Integer(), nullable=True),
        sa.Column("organization_id_ver", sa.String(length=32), nullable=True),
        sa.Column("organization_id_seq", sa.Integer(), nullable=True),
        sa.Column("territory_id_ver", sa.String(length=32), nullable=True),
        sa.Column("territory_id_seq", sa.Integer(), nullable=True),
        sa.Column("consent_date_ver", sa.String(length=32), nullable=True),
        sa.Column("consent_date_seq", sa.Integer(), nullable=True),
        sa.Column("consent_channel_ver", sa.String(length=32), nullable=True),
        sa.Column("consent_channel_seq", sa.Integer(), nullable=True),
        sa.Column("consent_notice_version_ver", sa.String(length=32), nullable=True),
        sa.Column("consent_notice_version_seq", sa.Integer(), nullable=True),
        sa.Column("guardian_name_ver", sa.String(length=32), nullable=True),
        sa.Column("guardian_name_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_type_id"],
            ["document_type.id"],
            name=op.f("fk_participant_document_type_id_document_type"),
        ),
        sa.ForeignKeyConstraint(
            ["ethnic_group_id"],
            ["ethnic_group.id"],
            name=op.f("fk_participant_ethnic_group_id_ethnic_group"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_participant_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territory.id"], name=op.f("fk_participant_territory_id_territory")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_document_number"), ["document_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participant_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "alliance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("implementation_id", sa.String(length=36), nullable=True),
        sa.Column("sector", sa.String(length=20), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("organization_id_ver", sa.String(length=32), nullable=True),
        sa.Column("organization_id_seq", sa.Integer(), nullable=True),
        sa.Column("implementation_id_ver", sa.String(length=32), nullable=True),
        sa.Column("implementation_id_seq", sa.Integer(), nullable=True),
        sa.Column("sector_ver", sa.String(length=32), nullable=True),
        sa.Column("sector_seq", sa.Integer(), nullable=True),
        sa.Column("purpose_ver", sa.String(length=32), nullable=True),
        sa.Column("purpose_seq", sa.Integer(), nullable=True),
        sa.Column("start_date_ver", sa.String(length=32), nullable=True),
        sa.Column("start_date_seq", sa.Integer(), nullable=True),
        sa.Column("end_date_ver", sa.String(length=32), nullable=True),
        sa.Column("end_date_seq", sa.Integer(), nullable=True),
        sa.Column("status_ver", sa.String(length=32), nullable=True),
        sa.Column("status_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["implementation_id"],
            ["implementation.id"],
            name=op.f("fk_alliance_implementation_id_implementation"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_alliance_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alliance")),
    )
    with op.batch_alter_table("alliance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_alliance_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_alliance_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "duplicate_link",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("participant_a_id", sa.String(length=36), nullable=False),
        sa.Column("participant_b_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_a_id"],
            ["participant.id"],
            name=op.f("fk_duplicate_link_participant_a_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["participant_b_id"],
            ["participant.id"],
            name=op.f("fk_duplicate_link_participant_b_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_duplicate_link")),
    )
    with op.batch_alter_table("duplicate_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_duplicate_link_participant_a_id"), ["participant_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_duplicate_link_participant_b_id"), ["participant_b_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_duplicate_link_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "implementation_ally",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("implementation_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("role_ver", sa.String(length=32), nullable=True),
        sa.Column("role_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["implementation_id"],
            ["implementation.id"],
            name=op.f("fk_implementation_ally_implementation_id_implementation"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_implementation_ally_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_implementation_ally")),
    )
    with op.batch_alter_table("implementation_ally", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_implementation_ally_implementation_id"),
            ["implementation_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_implementation_ally_row_seq"), ["row_seq"], unique=False
        )

    op.create_table(
        "knowledge_note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("implementation_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("implementation_id_ver", sa.String(length=32), nullable=True),
        sa.Column("implementation_id_seq", sa.Integer(), nullable=True),
        sa.Column("kind_ver", sa.String(length=32), nullable=True),
        sa.Column("kind_seq", sa.Integer(), nullable=True),
        sa.Column("date_ver", sa.String(length=32), nullable=True),
        sa.Column("date_seq", sa.Integer(), nullable=True),
        sa.Column("text_ver", sa.String(length=32), nullable=True),
        sa.Column("text_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["implementation_id"],
            ["implementation.id"],
            name=op.f("fk_knowledge_note_implementation_id_implementation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_note")),
    )
    with op.batch_alter_table("knowledge_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_knowledge_note_implementation_id"), ["implementation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_knowledge_note_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "milestone",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("implementation_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("implementation_id_ver", sa.String(length=32), nullable=True),
        sa.Column("implementation_id_seq", sa.Integer(), nullable=True),
        sa.Column("date_ver", sa.String(length=32), nullable=True),
        sa.Column("date_seq", sa.Integer(), nullable=True),
        sa.Column("text_ver", sa.String(length=32), nullable=True),
        sa.Column("text_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["implementation_id"],
            ["implementation.id"],
            name=op.f("fk_milestone_implementation_id_implementation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestone")),
    )
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_milestone_implementation_id"), ["implementation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_milestone_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "workshop",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("implementation_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("territory_id", sa.String(length=36), nullable=True),
        sa.Column("modality", sa.String(length=20), nullable=True),
        sa.Column("facilitators", sa.String(length=400), nullable=True),
        sa.Column("objectives", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("title_ver", sa.String(length=32), nullable=True),
        sa.Column("title_seq", sa.Integer(), nullable=True),
        sa.Column("implementation_id_ver", sa.String(length=32), nullable=True),
        sa.Column("implementation_id_seq", sa.Integer(), nullable=True),
        sa.Column("date_ver", sa.String(length=32), nullable=True),
        sa.Column("date_seq", sa.Integer(), nullable=True),
        sa.Column("start_time_ver", sa.String(length=32), nullable=True),
        sa.Column("start_time_seq", sa.Integer(), nullable=True),
        sa.Column("end_time_ver", sa.String(length=32), nullable=True),
        sa.Column("end_time_seq", sa.Integer(), nullable=True),
        sa.Column("place_ver", sa.String(length=32), nullable=True),
        sa.Column("place_seq", sa.Integer(), nullable=True),
        sa.Column("territory_id_ver", sa.String(length=32), nullable=True),
        sa.Column("territory_id_seq", sa.Integer(), nullable=True),
        sa.Column("modality_ver", sa.String(length=32), nullable=True),
        sa.Column("modality_seq", sa.Integer(), nullable=True),
        sa.Column("facilitators_ver", sa.String(length=32), nullable=True),
        sa.Column("facilitators_seq", sa.Integer(), nullable=True),
        sa.Column("objectives_ver", sa.String(length=32), nullable=True),
        sa.Column("objectives_seq", sa.Integer(), nullable=True),
        sa.Column("notes_ver", sa.String(length=32), nullable=True),
        sa.Column("notes_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["implementation_id"],
            ["implementation.id"],
            name=op.f("fk_workshop_implementation_id_implementation"),
        ),
        sa.ForeignKeyConstraint(
            ["territory_id"], ["territory.id"], name=op.f("fk_workshop_territory_id_territory")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop")),
    )
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workshop_date"), ["date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_workshop_implementation_id"), ["implementation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_workshop_row_seq"), ["row_seq"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("responsible_organization_id", sa.String(length=36), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=True),
        sa.Column("shared_objective", sa.Text(), nullable=True),
        sa.Column("component_id", sa.String(length=36), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.Column("workshop_id_ver", sa.String(length=32), nullable=True),
        sa.Column("workshop_id_seq", sa.Integer(), nullable=True),
        sa.Column("text_ver", sa.String(length=32), nullable=True),
        sa.Column("text_seq", sa.Integer(), nullable=True),
        sa.Column("responsible_organization_id_ver", sa.String(length=32), nullable=True),
        sa.Column("responsible_organization_id_seq", sa.Integer(), nullable=True),
        sa.Column("responsible_person_ver", sa.String(length=32), nullable=True),
        sa.Column("responsible_person_seq", sa.Integer(), nullable=True),
        sa.Column("shared_objective_ver", sa.String(length=32), nullable=True),
        sa.Column("shared_objective_seq", sa.Integer(), nullable=True),
        sa.Column("component_id_ver", sa.String(length=32), nullable=True),
        sa.Column("component_id_seq", sa.Integer(), nullable=True),
        sa.Column("due_date_ver", sa.String(length=32), nullable=True),
        sa.Column("due_date_seq", sa.Integer(), nullable=True),
        sa.Column("status_ver", sa.String(length=32), nullable=True),
        sa.Column("status_seq", sa.Integer(), nullable=True),
        sa.Column("progress_ver", sa.String(length=32), nullable=True),
        sa.Column("progress_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["component_id"], ["component.id"], name=op.f("fk_agreement_component_id_component")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_organization_id"],
            ["organization.id"],
            name=op.f("fk_agreement_responsible_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_agreement_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_row_seq"), ["row_seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_workshop_id"), ["workshop_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("arrival_time", sa.Time(), nullable=True),
        sa.Column("status_ver", sa.String(length=32), nullable=True),
        sa.Column("status_seq", sa.Integer(), nullable=True),
        sa.Column("arrival_time_ver", sa.String(length=32), nullable=True),
        sa.Column("arrival_time_seq", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_attendance_participant_id_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"], ["workshop.id"], name=op.f("fk_attendance_workshop_id_workshop")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_participant_id", ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_row_seq"), ["row_seq"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "workshop_component",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("component_id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["component_id"],
            ["component.id"],
            name=op.f("fk_workshop_component_component_id_component"),
        ),
        sa.ForeignKeyConstraint(
            ["workshop_id"],
            ["workshop.id"],
            name=op.f("fk_workshop_component_workshop_id_workshop"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_component")),
    )
    with op.batch_alter_table("workshop_component", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_workshop_component_row_seq"), ["row_seq"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_workshop_component_workshop_id"), ["workshop_id"], unique=False
        )

    op.create_table(
        "follow_up",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("new_status", sa.String(length=20), nullable=True),
        sa.Column("new_progress", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("deleted_ver", sa.String(length=32), nullable=True),
        sa.Column("deleted_seq", sa.Integer(), nullable=True),
        sa.Column("row_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreement.id"], name=op.f("fk_follow_up_agreement_id_agreement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follow_up")),
    )
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_follow_up_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_follow_up_row_seq"), ["row_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_row_seq"))
        batch_op.drop_index(batch_op.f("ix_follow_up_agreement_id"))

    op.drop_table("follow_up")
    with op.batch_alter_table("workshop_component", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_component_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_component_row_seq"))

    op.drop_table("workshop_component")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_row_seq"))
        batch_op.drop_index("ix_attendance_participant_id")

    op.drop_table("attendance")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_workshop_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_row_seq"))

    op.drop_table("agreement")
    with op.batch_alter_table("workshop", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workshop_row_seq"))
        batch_op.drop_index(batch_op.f("ix_workshop_implementation_id"))
        batch_op.drop_index(batch_op.f("ix_workshop_date"))

    op.drop_table("workshop")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestone_row_seq"))
        batch_op.drop_index(batch_op.f("ix_milestone_implementation_id"))

    op.drop_table("milestone")
    with op.batch_alter_table("knowledge_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_knowledge_note_row_seq"))
        batch_op.drop_index(batch_op.f("ix_knowledge_note_implementation_id"))

    op.drop_table("knowledge_note")
    with op.batch_alter_table("implementation_ally", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_implementation_ally_row_seq"))
        batch_op.drop_index(batch_op.f("ix_implementation_ally_implementation_id"))

    op.drop_table("implementation_ally")
    with op.batch_alter_table("duplicate_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_duplicate_link_row_seq"))
        batch_op.drop_index(batch_op.f("ix_duplicate_link_participant_b_id"))
        batch_op.drop_index(batch_op.f("ix_duplicate_link_participant_a_id"))

    op.drop_table("duplicate_link")
    with op.batch_alter_table("alliance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_alliance_row_seq"))
        batch_op.drop_index(batch_op.f("ix_alliance_organization_id"))

    op.drop_table("alliance")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_row_seq"))
        batch_op.drop_index(batch_op.f("ix_participant_document_number"))

    op.drop_table("participant")
    with op.batch_alter_table("implementation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_implementation_row_seq"))

    op.drop_table("implementation")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_row_seq"))

    op.drop_table("organization")
    op.drop_table("territory")
    op.drop_table("sync_peer")
    op.drop_table("sync_package")
    op.drop_table("local_state")
    op.drop_table("ethnic_group")
    op.drop_table("document_type")
    op.drop_table("component")
    with op.batch_alter_table("archived_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_archived_value_row_seq"))

    op.drop_table("archived_value")
    op.drop_table("app_meta")
