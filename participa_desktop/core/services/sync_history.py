"""The local history of packages sent and received (the engine's `sync_package` table),
read for the sync screen: the ids newest first, then the rows of some ids. Read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from ..models import SyncPackage, SyncPeer


@dataclass(frozen=True)
class PackageEntry:
    """One line of the history. `direction` is "sent" or "received"; `status` the engine's
    code ("written", "acknowledged", "rejected", "superseded" for sent packages; "merged",
    "held" for received ones; others may come from a newer app). Dates are aware (UTC) or
    None when the engine did not record them."""

    package_id: str
    direction: str
    peer_name: str | None
    """The other device's name as this one knows it now (None: a package for anyone)."""
    peer_device_id: str | None
    created_at: dt.datetime | None
    handled_at: dt.datetime | None
    status: str
    rows: int
    message: str | None
    file: str | None


def _newest_first() -> tuple:
    """By the moment handled (to the second), then by the order written (SQLite's rowid:
    a line rewritten by the engine moves up)."""
    when = func.coalesce(SyncPackage.handled_at, SyncPackage.created_at, "")
    return when.desc(), literal_column("sync_package.rowid").desc()


def package_ids(session: Session, limit: int | None = None) -> list[str]:
    """Ids of every package in the history, the most recently handled first (up to
    `limit`)."""
    query = select(SyncPackage.package_id).order_by(*_newest_first())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def package_entries(session: Session, ids: Iterable[str]) -> dict[str, PackageEntry]:
    """The history lines of `ids` (ids no longer in the history are left out)."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(SyncPackage, SyncPeer.name)
        .outerjoin(SyncPeer, SyncPeer.device_id == SyncPackage.peer_device_id)
        .where(SyncPackage.package_id.in_(wanted))
    ).tuples()
    return {row.package_id: _entry(row, peer) for row, peer in rows}


def handled_ids(session: Session) -> dict[str, str]:
    """package id → direction ("sent" / "received") of every package sent, and of every
    received package that was merged; to tell a package imported twice."""
    rows = session.execute(
        select(SyncPackage.package_id, SyncPackage.direction)
        .where((SyncPackage.direction == "sent") | (SyncPackage.status == "merged"))
    ).tuples()
    return dict(rows.all())


def sent_files(session: Session) -> set[str]:
    """The files this device wrote its packages to (as recorded when written)."""
    return set(session.scalars(
        select(SyncPackage.kept_file)
        .where(SyncPackage.direction == "sent", SyncPackage.kept_file.is_not(None))
    ))


def _entry(row: SyncPackage, known_peer: str | None) -> PackageEntry:
    return PackageEntry(
        package_id=row.package_id, direction=row.direction,
        peer_name=known_peer or row.peer_name,
        peer_device_id=row.peer_device_id, created_at=_moment(row.created_at),
        handled_at=_moment(row.handled_at), status=row.status, rows=row.rows or 0,
        message=row.message, file=row.kept_file,
    )


def _moment(text: str | None) -> dt.datetime | None:
    """The engine writes ISO 8601 UTC text; anything else (or nothing) is None."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
