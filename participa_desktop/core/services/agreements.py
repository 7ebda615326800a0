"""Agreements made at workshops and their append-only follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import labels
from ..models import AGREEMENT_STATUSES, Agreement, Component, FollowUp, Organization, Workshop
from ..validation import Problems, one_of, require
from ..versioning import insert_many
from .base import (
    check_reference,
    create,
    live,
    to_record,
    tombstone,
    update,
    validate_many,
)

WHAT = "el acuerdo"


def _check_progress(values: Mapping[str, Any], problems: Problems, field: str) -> None:
    progress = values.get(field)
    if progress is not None and not 0 <= progress <= 100:
        problems.add(field, "El avance es un porcentaje entre 0 y 100.")


def _validate(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "workshop_id", "text")
    values.setdefault("status", None)
    if values["status"] is None:
        values["status"] = "pending"
    if values.get("progress") is None:
        values["progress"] = 0
    one_of(values, problems, "status", AGREEMENT_STATUSES, labels.AGREEMENT_STATUS)
    _check_progress(values, problems, "progress")
    check_reference(session, values, problems, "workshop_id", Workshop, "el taller")
    check_reference(
        session,
        values,
        problems,
        "responsible_organization_id",
        Organization,
        "la organización responsable",
    )
    check_reference(session, values, problems, "component_id", Component, "el componente")
    due = values.get("due_date")
    if due is not None and values.get("workshop_id") and "workshop_id" not in problems:
        workshop_date = session.get(Workshop, values["workshop_id"]).date
        if due < workshop_date:
            problems.add(
                "due_date",
                "La fecha límite no puede ser anterior a la fecha del "
                f"taller ({workshop_date:%d/%m/%Y}).",
            )


def create_agreement(session: Session, values: Mapping[str, Any]) -> Any:
    """An agreement. Required: workshop_id, text. Optional: responsible_organization_id,
    responsible_person, shared_objective, component_id, due_date (not before the
    workshop), status (pending, in_progress, done, cancelled), progress (0–100)."""
    return to_record(create(session, Agreement, values, _validate))


def update_agreement(session: Session, agreement_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, Agreement, agreement_id, WHAT)
    return to_record(update(session, obj, changes, _validate))


def delete_agreement(session: Session, agreement_id: str) -> None:
    """Tombstone the agreement; its follow-ups stay, as history."""
    tombstone(session, live(session, Agreement, agreement_id, WHAT))


def _validate_follow_up(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "agreement_id", "text")
    if values.get("date") is None:
        values["date"] = dt.date.today()
    one_of(values, problems, "new_status", AGREEMENT_STATUSES, labels.AGREEMENT_STATUS)
    _check_progress(values, problems, "new_progress")
    check_reference(session, values, problems, "agreement_id", Agreement, "el acuerdo")
    if values["date"] > dt.date.today():
        problems.add("date", "El seguimiento no puede tener una fecha futura.")
    elif "agreement_id" not in problems and values.get("agreement_id"):
        agreement = session.get(Agreement, values["agreement_id"])
        workshop = (session.get(Workshop, agreement.workshop_id)
                    if agreement.workshop_id is not None else None)
        if workshop is None:
            # Packages arrive in any order: an agreement may come before its workshop.
            problems.add(
                "agreement_id",
                "El taller de este acuerdo todavía no ha llegado a este equipo: reciba sus "
                "datos antes de registrar el seguimiento.",
            )
        elif values["date"] < workshop.date:
            problems.add(
                "date",
                "El seguimiento no puede ser anterior al taller del acuerdo "
                f"({workshop.date:%d/%m/%Y}).",
            )


def add_follow_up(session: Session, values: Mapping[str, Any]) -> Any:
    """Append a follow-up note to an agreement (it can never be edited afterwards).

    Required: agreement_id, text. Optional: date (today by default, not in the future),
    new_status and new_progress, which are also applied to the agreement.
    """
    follow_up = create(session, FollowUp, values, _validate_follow_up)
    changes = {}
    if follow_up.new_status is not None:
        changes["status"] = follow_up.new_status
    if follow_up.new_progress is not None:
        changes["progress"] = follow_up.new_progress
    if changes:
        update_agreement(session, follow_up.agreement_id, changes)
    return to_record(follow_up)


def follow_ups(session: Session, agreement_id: str) -> list[Any]:
    """The agreement's follow-ups, oldest first."""
    return [
        to_record(f)
        for f in session.scalars(
            select(FollowUp)
            .where(FollowUp.agreement_id == agreement_id, FollowUp.deleted.is_(False))
            .order_by(FollowUp.date, FollowUp.id)
        )
    ]


def create_many(session: Session, rows: Iterable[Mapping[str, Any]]) -> int:
    """Create many agreements at once (demo, imports) with the same checks; all or none.
    Rows may carry their `id`."""
    return insert_many(session, Agreement, validate_many(session, Agreement, rows, _validate))


def add_follow_ups_many(session: Session, rows: Iterable[Mapping[str, Any]]) -> int:
    """Append many follow-ups at once. Unlike `add_follow_up`, their new status and
    progress are not applied to the agreements: the caller writes those itself."""
    return insert_many(
        session, FollowUp, validate_many(session, FollowUp, rows, _validate_follow_up)
    )
