"""Attendance: one row per person and workshop, the same id on every device."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from sync.engine.ids import stable_id

from .. import labels
from ..models import ATTENDANCE_STATUSES, Attendance, Participant, Workshop
from ..validation import Problems, clean_values, one_of, require
from ..versioning import insert_many
from .base import check_reference, live, to_record, update, validate_many


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
