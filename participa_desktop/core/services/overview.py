"""The home summary: today's and upcoming workshops, agreements due or overdue, the last
sync and how many changes wait to be sent. Read-only.

"Changes waiting to be sent" are the rows of replicated tables that the next package
would carry (the same test as `sync.engine.export`): for a file enrolled with a server,
rows changed after the server's acknowledgement (`sync_peer.acked_seq`) in a value the
server did not write itself; for a file with no server, rows changed after the last
package this device exported to anyone (`sync_package`, direction "sent"). Rows count
once however many of their fields changed; the archive of replaced values is not counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select, text
from sqlalchemy.orm import Session

from sync.engine.versions import ROW_SEQUENCE, sequence_column, version_column

from ..models import (
    REPLICATED_MODELS,
    Agreement,
    Organization,
    SyncPackage,
    SyncPeer,
    Workshop,
)

#: How far ahead "upcoming" looks, in days.
HORIZON_DAYS = 14
#: Agreement statuses still waiting to be met.
OPEN_STATUSES = ("pending", "in_progress")
#: Package outcomes that mean an exchange took place.
_SENT_OK = ("written", "acknowledged")
_EXCHANGED = ("written", "acknowledged", "merged")


@dataclass(frozen=True)
class SyncStatus:
    """`linked`: the file is enrolled with a server. `last_sync`: when (aware, UTC) the
    last exchange happened — with the server when linked (a package it acknowledged or a
    page received from it), else any package exported or imported — or None.
    `pending_changes`: rows waiting to be sent (see the module docstring).

    A sync that had nothing to send nor to receive leaves no trace in the package
    history, so `last_sync` is the last sync that moved data."""

    linked: bool
    last_sync: dt.datetime | None
    pending_changes: int


@dataclass(frozen=True)
class HomeSummary:
    """Counts for the home sentences and the ids to list.

    `workshop_ids`: live workshops from `today` to `today + horizon`, by date and start
    time. `agreement_ids`: open agreements (pending or in progress) of live workshops due
    by `today + horizon`, overdue ones (due before today) first, oldest due first."""

    today: dt.date
    horizon_days: int
    workshops_today: int
    workshops_upcoming: int
    workshop_ids: list[str]
    agreements_overdue: int
    agreements_due: int
    agreement_ids: list[str]
    sync: SyncStatus


@dataclass(frozen=True)
class DueAgreement:
    """One line of the home's agreement list; `responsible` is the organisation's name,
    else the person's, else None."""

    id: str
    workshop_id: str
    workshop_title: str
    text: str
    due_date: dt.date
    status: str
    progress: int
    responsible: str | None
    overdue: bool


def home_summary(
    session: Session,
    today: dt.date,
    *,
    server_id: str | None,
    horizon_days: int = HORIZON_DAYS,
) -> HomeSummary:
    """What the home screen says on `today`. `server_id` is the server this file is
    enrolled with (`server_link.read_link(store).server_id`), None when it is not."""
    until = today + dt.timedelta(days=horizon_days)
    workshops = session.execute(
        select(Workshop.id, Workshop.date)
        .where(Workshop.deleted.is_(False), Workshop.date >= today, Workshop.date <= until)
        .order_by(Workshop.date, Workshop.start_time, Workshop.title, Workshop.id)
    ).all()
    agreements = session.execute(
        _open_agreements()
        .with_only_columns(Agreement.id, Agreement.due_date)
        .where(Agreement.due_date <= until)
        .order_by(Agreement.due_date, Agreement.id)
    ).all()
    return HomeSummary(
        today=today,
        horizon_days=horizon_days,
        workshops_today=sum(1 for row in workshops if row.date == today),
        workshops_upcoming=sum(1 for row in workshops if row.date > today),
        workshop_ids=[row.id for row in workshops],
        agreements_overdue=sum(1 for row in agreements if row.due_date < today),
        agreements_due=sum(1 for row in agreements if row.due_date >= today),
        agreement_ids=[row.id for row in agreements],
        sync=sync_status(session, server_id),
    )


def _open_agreements() -> Select[Any]:
    return (
        select(Agreement.id)
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .where(
            Agreement.deleted.is_(False),
            Workshop.deleted.is_(False),
            Agreement.status.in_(OPEN_STATUSES),
            Agreement.due_date.is_not(None),
        )
    )


def agreement_rows(
    session: Session, ids: Sequence[str], today: dt.date
) -> dict[str, DueAgreement]:
    """The home lines of agreement `ids` (a block of a list); gone ones are left out."""
    if not ids:
        return {}
    rows = session.execute(
        select(
            Agreement.id,
            Agreement.workshop_id,
            Workshop.title,
            Agreement.text,
            Agreement.due_date,
            Agreement.status,
            Agreement.progress,
            Agreement.responsible_person,
            Organization.name.label("organization"),
        )
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .outerjoin(Organization, Organization.id == Agreement.responsible_organization_id)
        .where(Agreement.id.in_(list(ids)), Agreement.deleted.is_(False),
               Agreement.due_date.is_not(None))
    ).all()
    return {
        row.id: DueAgreement(
            id=row.id,
            workshop_id=row.workshop_id,
            workshop_title=row.title or "",
            text=row.text or "",
            due_date=row.due_date,
            status=row.status or "pending",
            progress=row.progress or 0,
            responsible=row.organization or row.responsible_person,
            overdue=row.due_date < today,
        )
        for row in rows
    }


def sync_status(session: Session, server_id: str | None) -> SyncStatus:
    """The last sync and the changes waiting, towards `server_id` (None: no server)."""
    return SyncStatus(
        linked=server_id is not None,
        last_sync=last_sync(session, server_id),
        pending_changes=pending_changes(session, server_id),
    )


def last_sync(session: Session, server_id: str | None) -> dt.datetime | None:
    """When data last moved: with the server `server_id`, or (None) with anyone."""
    query = select(func.max(SyncPackage.handled_at))
    if server_id is not None:
        query = query.where(SyncPackage.peer_device_id == server_id,
                            or_(SyncPackage.status == "acknowledged",
                                SyncPackage.status == "merged"))
    else:
        query = query.where(SyncPackage.status.in_(_EXCHANGED))
    moments = [session.scalar(query)]
    if server_id is not None:  # a sync with nothing to move leaves no package, only this
        moments.append(session.scalar(
            select(SyncPeer.last_seen).where(SyncPeer.device_id == server_id)))
    found = [_moment(text) for text in moments if text]
    return max(found, default=None)


def _moment(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def pending_changes(session: Session, server_id: str | None) -> int:
    """Rows the next package would carry: to the server `server_id`, or (None) changed
    since the last package exported to anyone. Reads only the rows changed since then
    (`row_seq` is indexed)."""
    if server_id is not None:
        since = session.scalar(
            select(SyncPeer.acked_seq).where(SyncPeer.device_id == server_id)
        ) or 0
        writer = server_id
    else:
        since = session.scalar(
            select(func.max(SyncPackage.merged_seq)).where(
                SyncPackage.direction == "sent", SyncPackage.status.in_(_SENT_OK)
            )
        ) or 0
        writer = ""
    total = 0
    for model in REPLICATED_MODELS:
        if since == 0 and not writer:
            # Nothing was ever sent: every row with a change counts, and `row_seq` (the
            # largest sequence of its values, indexed) says which ones have one.
            total += session.execute(
                text(f"SELECT count(*) FROM {model.__tablename__} WHERE {ROW_SEQUENCE} > 0")
            ).scalar_one()
            continue
        changed = " OR ".join(
            f"({sequence_column(column)} > :since "
            f"AND substr({version_column(column)}, 17) != :writer)"
            for column in model.versioned_columns
        )
        total += session.execute(
            text(f"SELECT count(*) FROM {model.__tablename__} "
                 f"WHERE {ROW_SEQUENCE} > :since AND ({changed})"),
            {"since": since, "writer": writer},
        ).scalar_one()
    return total
