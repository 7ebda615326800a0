"""Reads for a coordinator comparing two rows that may be one person: each row's own
attendance (workshop title and date), and whether the two rows are linked. Read-only;
`duplicates` has the suggestions and the link / unlink decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.engine.ids import stable_id

from ..models import Attendance, DuplicateLink, Workshop
from .duplicates import canonical_ids


@dataclass(frozen=True)
class AttendedWorkshop:
    """One attendance of a participant row: the workshop and how they attended."""

    id: str
    workshop_id: str
    title: str
    date: dt.date
    status: str


def attendance_ids(session: Session, participant_id: str) -> list[str]:
    """Ids of the live attendance of this participant ROW (not of rows linked to it: the
    point is to compare two rows), on live workshops, the most recent workshop first."""
    return list(session.scalars(
        select(Attendance.id)
        .join(Workshop, Workshop.id == Attendance.workshop_id)
        .where(Attendance.participant_id == participant_id, Attendance.deleted.is_(False),
               Workshop.deleted.is_(False))
        .order_by(Workshop.date.desc(), Workshop.title, Attendance.id)
    ))


def attended_workshops(session: Session, ids: Iterable[str]) -> dict[str, AttendedWorkshop]:
    """The attendance rows of `ids` with their workshop (ids gone are left out)."""
    wanted = list(ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(Attendance.id, Workshop.id, Workshop.title, Workshop.date, Attendance.status)
        .join(Workshop, Workshop.id == Attendance.workshop_id)
        .where(Attendance.id.in_(wanted), Attendance.deleted.is_(False))
    ).tuples()
    return {row[0]: AttendedWorkshop(*row) for row in rows}


class PairState(Enum):
    """How two participant rows stand: linked directly (the link can be undone), linked
    through other rows of their group, or not linked."""

    LINKED = "linked"
    LINKED_THROUGH_OTHERS = "through_others"
    NOT_LINKED = "not_linked"


def pair_state(session: Session, first: str, second: str) -> PairState:
    a, b = sorted((first, second))
    link = session.get(DuplicateLink, stable_id("duplicate_link", a, b))
    if link is not None and not link.deleted:
        return PairState.LINKED
    canonical = canonical_ids(session)
    if canonical.get(a, a) == canonical.get(b, b) and a in canonical:
        return PairState.LINKED_THROUGH_OTHERS
    return PairState.NOT_LINKED
