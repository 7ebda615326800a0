"""Attendance: one row per person and workshop, the same id on every device; and the
roster of a workshop as the attendance screen reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session

from sync.engine.ids import stable_id

from .. import labels
from ..models import (
    ATTENDANCE_STATUSES,
    Attendance,
    DocumentType,
    Organization,
    Participant,
    Workshop,
)
from ..store.search_index import sort_key
from ..validation import Problems, clean_values, one_of, require
from ..versioning import insert_many
from .base import check_reference, live, to_record, update, validate_many
from .participant_search import document_text, full_name


def attendance_id(workshop_id: str, participant_id: str) -> str:
    return stable_id("attendance", workshop_id, participant_id)


def _validate(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "workshop_id", "participant_id")
    if values.get("status") is None:
        values["status"] = "present"
    one_of(values, problems, "status", ATTENDANCE_STATUSES, labels.ATTENDANCE_STATUS)
    check_reference(session, values, problems, "workshop_id", Workshop, "el taller")
    check_reference(session, values, problems, "participant_id", Participant, "la persona")


def mark(
    session: Session,
    workshop_id: str,
    participant_id: str,
    status: str = "present",
    arrival_time: dt.time | str | None = None,
) -> Any:
    """Record that a person attended (or was excused or absent from) a workshop.

    Idempotent per pair: marking again updates the one row (and revives it if it had been
    removed), so two devices marking the same person converge on one row.
    """
    values = {
        "workshop_id": workshop_id,
        "participant_id": participant_id,
        "status": status,
        "arrival_time": arrival_time,
    }
    existing = None
    if isinstance(workshop_id, str) and isinstance(participant_id, str):
        existing = session.get(Attendance, attendance_id(workshop_id, participant_id))
    if existing is None:
        problems = Problems()
        clean = clean_values(Attendance, values, problems)
        _validate(session, clean, problems, None)
        problems.raise_if_any()
        row = Attendance(id=attendance_id(workshop_id, participant_id), **clean)
        session.add(row)
        session.flush()
        return to_record(row)
    changes = {"status": status, "arrival_time": arrival_time}
    update(session, existing, changes, _validate)  # validates before anything is written
    if existing.deleted:
        existing.deleted = False
        session.flush()
    return to_record(existing)


def unmark(session: Session, workshop_id: str, participant_id: str) -> None:
    """Remove a person from a workshop's attendance (a tombstone)."""
    row = live(session, Attendance, attendance_id(workshop_id, participant_id), "la asistencia")
    row.deleted = True
    session.flush()


def record_many(session: Session, rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert many new attendance rows at once (demo, imports); all or none."""

    def with_ids() -> Iterable[dict[str, Any]]:
        for row in validate_many(session, Attendance, rows, _validate):
            row["id"] = attendance_id(row["workshop_id"], row["participant_id"])
            yield row

    return insert_many(session, Attendance, with_ids())


# --- Reading: the roster of a workshop ---------------------------------------------------


@dataclass(frozen=True)
class RosterEntry:
    """One person in a workshop's attendance. `full_name` reads "Nombres Apellido
    Apellido"; `organization_name` is None when the person has none or it was deleted;
    `status` is the code (`labels.ATTENDANCE_STATUS` has the words)."""

    participant_id: str
    full_name: str
    document_type_code: str | None
    document_number: str | None
    organization_name: str | None
    status: str
    arrival_time: dt.time | None

    @property
    def document(self) -> str | None:
        """"CC 1234567", the number alone when its type is unknown, or None."""
        return document_text(self.document_type_code, self.document_number)


def _live_attendance(workshop_id: str) -> Select[Any]:
    """Live attendance rows of a live workshop whose person is live (served by the index
    on attendance.workshop_id, then primary keys)."""
    return (
        select(Attendance)
        .join(Workshop, and_(Workshop.id == Attendance.workshop_id, Workshop.deleted.is_(False)))
        .join(Participant,
              and_(Participant.id == Attendance.participant_id, Participant.deleted.is_(False)))
        .where(Attendance.workshop_id == workshop_id, Attendance.deleted.is_(False))
    )


def roster(session: Session, workshop_id: str) -> list[RosterEntry]:
    """The people in the workshop's attendance (present, excused or absent), by first
    surname, second surname, then given names (accents and case do not count; the same
    order as the registry search). One query; an unknown or deleted workshop has an empty
    roster. Two rows of one person (a duplicate, linked or not) are two entries."""
    rows = session.execute(
        _live_attendance(workshop_id)
        .with_only_columns(
            Attendance.participant_id,
            Participant.given_names,
            Participant.first_surname,
            Participant.second_surname,
            DocumentType.code,
            Participant.document_number,
            Organization.name,
            Attendance.status,
            Attendance.arrival_time,
        )
        .outerjoin(DocumentType, DocumentType.id == Participant.document_type_id)
        .outerjoin(
            Organization,
            and_(Organization.id == Participant.organization_id,
                 Organization.deleted.is_(False)),
        )
    ).tuples()
    ordered = sorted(
        rows, key=lambda row: (sort_key(row[2], row[3], row[1]), row[0])
    )
    return [
        RosterEntry(
            participant_id=pid,
            full_name=full_name(given, first, second),
            document_type_code=code,
            document_number=number,
            organization_name=organization,
            status=status or "present",
            arrival_time=arrival,
        )
        for pid, given, first, second, code, number, organization, status, arrival in ordered
    ]


def present_count(session: Session, workshop_id: str) -> int:
    """How many entries of the workshop's roster are marked present."""
    return session.scalar(
        _live_attendance(workshop_id)
        .with_only_columns(func.count())
        .where(Attendance.status == "present")
    ) or 0
