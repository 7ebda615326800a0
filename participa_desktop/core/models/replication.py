"""Tables of replication itself: duplicate-person links (replicated), the archive of
losing values (replicated, grow-only), and local sync bookkeeping (never replicated).
Their names and columns are the sync engine's contract (`sync.engine.layout`)."""

from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, types
from sqlalchemy.orm import Mapped, mapped_column

from sync.engine.layout import ARCHIVE_TABLE, PACKAGE_TABLE, PEER_TABLE

from .base import STAMP_TYPE, Base, Replicated, immutable


class AnyValue(types.UserDefinedType):
    """A column that stores any SQLite value as it is (no type affinity, no conversion)."""

    cache_ok = True

    def get_col_spec(self, **_kw: Any) -> str:
        return "BLOB"


class DuplicateLink(Replicated, Base):
    """A coordinator's confirmation that two participant rows are one person.

    id = stable_id("duplicate_link", smaller id, larger id); unlinking is the tombstone,
    linking again revives it. Foreign keys elsewhere are never rewritten: readers resolve
    a person to the canonical one of their group (the smallest id).
    """

    __tablename__ = "duplicate_link"

    participant_a_id: Mapped[str] = immutable(
        mapped_column(ForeignKey("participant.id"), index=True)
    )
    participant_b_id: Mapped[str] = immutable(
        mapped_column(ForeignKey("participant.id"), index=True)
    )


class ArchivedValue(Base):
    """A value that lost a merge or was overwritten: kept forever, synced like data."""

    __tablename__ = ARCHIVE_TABLE

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    column_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    value_ver: Mapped[str] = mapped_column(STAMP_TYPE, primary_key=True)
    value: Mapped[Any] = mapped_column(AnyValue(), nullable=True)
    row_seq: Mapped[int] = mapped_column(Integer, index=True)
    #: Local: the change sequence at which the value itself had reached this replica, when
    #: known. A peer that acknowledged it already has the value and archives it itself.
    value_seq: Mapped[int | None] = mapped_column(Integer)


class SyncPeer(Base):
    """Another device this one exchanges packages with (local bookkeeping)."""

    __tablename__ = PEER_TABLE

    device_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    acked_seq: Mapped[int] = mapped_column(default=0)
    received_seq: Mapped[int] = mapped_column(default=0)
    last_seen: Mapped[str | None] = mapped_column(String(40))


class SyncPackage(Base):
    """A package sent or received (local history)."""

    __tablename__ = PACKAGE_TABLE

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))
    peer_device_id: Mapped[str | None] = mapped_column(String(16))
    peer_name: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[str | None] = mapped_column(String(40))
    handled_at: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    rows: Mapped[int] = mapped_column(default=0)
    message: Mapped[str | None] = mapped_column(Text)
    kept_file: Mapped[str | None] = mapped_column(Text)
    merged_seq: Mapped[int | None] = mapped_column(Integer)
