"""Read queries of the people registry screen: the ordered ids of the list, its rows with
the names of what they point to (document type, organisation, municipality) and each
person's attendance count. Read-only; plain frozen records out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, column, func, select, table
from sqlalchemy.orm import Session

from ..models import Attendance, DocumentType, Organization, Participant, Territory
from ..store import search_index
from .base import live, to_record


@dataclass(frozen=True)
class PersonRow:
    """One line of the people list. `consent_date` and `consent_channel` are None only for
    a record written by a broken or foreign app (the list marks it)."""

    id: str
    given_names: str | None
    first_surname: str | None
    second_surname: str | None
    document_code: str | None
    document_number: str | None
    organization_name: str | None
    territory_name: str | None
    consent_date: dt.date | None
    consent_channel: str | None
    birth_date: dt.date | None
    birth_year: int | None
    attendance_count: int

    @property
    def full_name(self) -> str:
        """Given names then surnames: "María José Angulo Riascos"."""
        parts = (self.given_names, self.first_surname, self.second_surname)
        return " ".join(p for p in parts if p)


_KEYS = table(search_index.KEY_TABLE, column("participant_id"), column("sort_key"))


def person_ids(session: Session, limit: int | None = None) -> list[str]:
    """Every live person (at most `limit`), in the registry's order: first surname,
    second surname, given names, ignoring case and accents (`search_index.sort_key`).

    Read in that order from the search index's key table (a sorted index: fast on
    100,000 people); people changed since the index last caught up are read from their
    rows instead. Searching is `participant_search.search`."""
    query = (select(_KEYS.c.participant_id, _KEYS.c.sort_key)
             .where(_KEYS.c.participant_id.not_in(search_index.pending_participants))
             .order_by(_KEYS.c.sort_key, _KEYS.c.participant_id))
    if limit is not None:
        query = query.limit(limit)
    rows: list[tuple[str, str]] = list(session.execute(query).tuples())
    if search_index.has_pending(session):
        changed = session.execute(
            select(Participant.id, Participant.first_surname, Participant.second_surname,
                   Participant.given_names)
            .where(Participant.id.in_(search_index.pending_participants),
                   Participant.deleted.is_(False))
        ).tuples()
        rows += [(pid, search_index.sort_key(first, second, given))
                 for pid, first, second, given in changed]
        rows.sort(key=lambda row: (row[1], row[0]))
    return [participant_id for participant_id, _key in rows[:limit]]


def attendance_counts(session: Session, ids: Sequence[str]) -> dict[str, int]:
    """How many workshops each person attended (live attendance marked present)."""
    rows = session.execute(
        select(Attendance.participant_id, func.count())
        .where(Attendance.participant_id.in_(list(ids)), Attendance.deleted.is_(False),
               Attendance.status == "present")
        .group_by(Attendance.participant_id)
    ).all()
    return {participant_id: count for participant_id, count in rows}


def person_rows(session: Session, ids: Sequence[str]) -> dict[str, PersonRow]:
    """The rows of `ids` that are still live (others are left out)."""
    if not ids:
        return {}
    counts = attendance_counts(session, ids)
    rows = session.execute(
        select(Participant.id, Participant.given_names, Participant.first_surname,
               Participant.second_surname, DocumentType.code, Participant.document_number,
               Organization.name, Territory.name, Participant.consent_date,
               Participant.consent_channel, Participant.birth_date, Participant.birth_year)
        .outerjoin(DocumentType, DocumentType.id == Participant.document_type_id)
        .outerjoin(Organization, and_(Organization.id == Participant.organization_id,
                                      Organization.deleted.is_(False)))
        .outerjoin(Territory, Territory.id == Participant.territory_id)
        .where(Participant.id.in_(list(ids)), Participant.deleted.is_(False))
    ).all()
    return {row[0]: PersonRow(*row, attendance_count=counts.get(row[0], 0)) for row in rows}


def person(session: Session, participant_id: str) -> Any:
    """The live person's full record (for the form); raises NotFound (Spanish)."""
    return to_record(live(session, Participant, participant_id, "la persona"))
