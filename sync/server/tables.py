"""The server's tables (SQLAlchemy Core; the same on SQLite and PostgreSQL).

Synced data is kept as cells: one row per (table, row id, column) with its value (JSON
text), its stamp and `seq`, the organisation's sequence at which it last changed there.
A puller asks for the cells after the last `seq` it applied. `record` says which
organisation each synced row belongs to (the first to send it) and keeps its natural keys.
Times are seconds since 1970 (integers), so both databases compare them alike.

`Database.create` runs `create_all`, which adds a table new in this version to a database
made by an older one (and never changes an existing table): add tables, not columns.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

ID = String(36)
DEVICE = String(16)
STAMP = String(32)

server_meta = Table(
    "server_meta", metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)

organization = Table(
    "organization", metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("created_at", BigInteger, nullable=False),
)

person = Table(
    "person", metadata,
    Column("id", ID, primary_key=True),
    Column("organization_id", ID, ForeignKey("organization.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("email", String(200)),
    Column("role", String(20), nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

device = Table(
    "device", metadata,
    Column("id", DEVICE, primary_key=True),
    Column("organization_id", ID, ForeignKey("organization.id"), nullable=False),
    Column("person_id", ID, ForeignKey("person.id")),
    Column("role", String(20), nullable=False),
    Column("name", String(120), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("enrolled_at", BigInteger, nullable=False),
    Column("last_seen_at", BigInteger),
    # How far the server has this device's changes (its local sequence): sent back to it
    # as the acknowledgement in every page it pulls.
    Column("acked_seq", BigInteger, nullable=False, default=0),
)

enrolment_code = Table(
    "enrolment_code", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("organization_id", ID, ForeignKey("organization.id"), nullable=False),
    Column("person_id", ID, ForeignKey("person.id")),
    Column("role", String(20), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_at", BigInteger),
    Column("used_by", DEVICE),
)

enrolment_attempt = Table(
    "enrolment_attempt", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client", String(100), nullable=False),
    Column("at", BigInteger, nullable=False),
    Index("ix_enrolment_attempt_client_at", "client", "at"),
)

record = Table(
    "record", metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", ID, primary_key=True),
    Column("organization_id", ID, ForeignKey("organization.id"), nullable=False),
    Column("natural_keys", Text, nullable=False),  # JSON object of the natural-key columns
)

cell = Table(
    "cell", metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", ID, primary_key=True),
    Column("column_name", String(60), primary_key=True),
    Column("organization_id", ID, nullable=False),
    Column("value", Text, nullable=False),  # JSON
    Column("ver", STAMP, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Index("ix_cell_org_seq", "organization_id", "seq"),
)

archived = Table(
    "archived", metadata,
    Column("table_name", String(40), primary_key=True),
    Column("row_id", ID, primary_key=True),
    Column("column_name", String(60), primary_key=True),
    Column("value_ver", STAMP, primary_key=True),
    Column("organization_id", ID, nullable=False),
    Column("value", Text, nullable=False),  # JSON
    Column("seq", BigInteger, nullable=False),
    Index("ix_archived_org_seq", "organization_id", "seq"),
)

upload = Table(
    "upload", metadata,
    Column("package_id", ID, primary_key=True),
    Column("device_id", DEVICE, ForeignKey("device.id"), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

upload_chunk = Table(
    "upload_chunk", metadata,
    Column("package_id", ID, ForeignKey("upload.package_id", ondelete="CASCADE"),
           primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("length", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
)

received_package = Table(
    "received_package", metadata,
    Column("package_id", ID, primary_key=True),
    Column("device_id", DEVICE, nullable=False),
    Column("organization_id", ID, nullable=False),
    Column("receipt", Text, nullable=False),  # JSON, answered again for a repeat
    Column("merged_at", BigInteger, nullable=False),
)

# The newest Participa+ release an organisation's devices are told about at sync, when it
# has one of its own (`sync.server.releases`; the server-wide one is in `server_meta`).
app_release = Table(
    "app_release", metadata,
    Column("organization_id", ID, ForeignKey("organization.id"), primary_key=True),
    Column("version", String(40), nullable=False),  # PEP 440, normalised
    Column("download_url", Text, nullable=False),  # http(s)
    Column("updated_at", BigInteger, nullable=False),
)
