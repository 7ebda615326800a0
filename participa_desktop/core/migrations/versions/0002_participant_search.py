"""participant search index (local, not replicated); participants by municipality

An index on `participant.territory_id`, for the territories screen's counts.

An FTS5 index over live participants (given names, both surnames, document number),
accent- and case-insensitive. `participa_desktop.core.store.search_index` describes it and
keeps it up to date: triggers on `participant` only note which people changed (in
`participant_search_pending`), because the data file's connections run with
`trusted_schema = OFF`, under which a trigger may not write to a virtual table; the
index catches up from Python at the end of each write (see that module).

A later migration that rebuilds the `participant` table (a batch "move and copy") drops
these triggers with it and must create them again.

Revision ID: 0002_participant_search
Revises: 0001_initial
Create Date: 2026-11-24 10:00:00.000000
"""

from alembic import op

revision = "0002_participant_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

_CHANGED = " OR ".join(
    f"old.{column} IS NOT new.{column}"
    for column in ("given_names", "first_surname", "second_surname", "document_number", "deleted")
)


def upgrade() -> None:
    op.create_index("ix_participant_territory_id", "participant", ["territory_id"])
    op.execute(
        "CREATE TABLE participant_search_key ("
        "entry INTEGER PRIMARY KEY, "
        "participant_id VARCHAR(36) NOT NULL UNIQUE, "
        "sort_key TEXT NOT NULL)"
    )
    op.execute(
        "CREATE INDEX ix_participant_search_key_sort_key "
        "ON participant_search_key (sort_key, participant_id)"
    )
    op.execute("CREATE TABLE participant_search_pending (participant_id VARCHAR(36) NOT NULL)")
    op.execute(
        "CREATE INDEX ix_participant_search_pending_participant_id "
        "ON participant_search_pending (participant_id)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE participant_search USING fts5("
        "given_names, first_surname, second_surname, document_number, "
        "tokenize = \"unicode61 remove_diacritics 2\", prefix = '1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER participant_search_insert AFTER INSERT ON participant BEGIN "
        "INSERT INTO participant_search_pending (participant_id) VALUES (new.id); END"
    )
    op.execute(
        "CREATE TRIGGER participant_search_update AFTER UPDATE OF given_names, "
        "first_surname, second_surname, document_number, deleted ON participant "
        f"WHEN {_CHANGED} BEGIN "
        "INSERT INTO participant_search_pending (participant_id) VALUES (new.id); END"
    )
    op.execute(
        "CREATE TRIGGER participant_search_delete AFTER DELETE ON participant BEGIN "
        "INSERT INTO participant_search_pending (participant_id) VALUES (old.id); END"
    )
    # The store indexes them right after migrating, in the same transaction.
    op.execute(
        "INSERT INTO participant_search_pending (participant_id) "
        "SELECT id FROM participant WHERE deleted = 0"
    )


def downgrade() -> None:
    op.drop_index("ix_participant_territory_id", "participant")
    for trigger in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER participant_search_{trigger}")
    op.execute("DROP TABLE participant_search")
    op.execute("DROP TABLE participant_search_pending")
    op.execute("DROP TABLE participant_search_key")
