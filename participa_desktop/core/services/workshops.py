"""Workshops: when, where, which components, who facilitates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.engine.ids import stable_id

from .. import labels
from ..models import (
    MODALITIES,
    Attendance,
    Component,
    Implementation,
    Territory,
    Workshop,
    WorkshopComponent,
)
from ..validation import Problems, ValidationError, date_in_range, one_of, require
from ..versioning import insert_many
from .base import (
    check_reference,
    create,
    exists_live,
    live,
    to_record,
    tombstone,
    update,
    validate_many,
)

WHAT = "el taller"
EARLIEST = dt.date(2010, 1, 1)


def _validate(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "title", "date")
    if values.get("modality") is None:
        values["modality"] = "in_person"
    one_of(values, problems, "modality", MODALITIES, labels.MODALITY)
    date_in_range(
        values,
        problems,
        "date",
        earliest=EARLIEST,
        latest=dt.date.today() + dt.timedelta(days=2 * 366),
    )
    start, end = values.get("start_time"), values.get("end_time")
    if start is not None and end is not None and end <= start:
        problems.add("end_time", "La hora de cierre debe ser después de la hora de inicio.")
    check_reference(
        session, values, problems, "implementation_id", Implementation, "la implementación"
    )
    check_reference(session, values, problems, "territory_id", Territory, "el municipio")
    if (
        values.get("territory_id") is None
        and values.get("implementation_id")
        and "implementation_id" not in problems
    ):
        implementation = session.get(Implementation, values["implementation_id"])
        values["territory_id"] = implementation.territory_id


def _check_components(session: Session, component_ids: Iterable[str]) -> list[str]:
    ids = sorted(set(component_ids))
    if not all(exists_live(session, Component, c) for c in ids):
        raise ValidationError({"components": "Uno de los componentes elegidos no existe."})
    return ids


def set_components(session: Session, workshop_id: str, component_ids: Iterable[str]) -> None:
    """Make the workshop's components exactly `component_ids` (ids of `Component`)."""
    live(session, Workshop, workshop_id, WHAT)
    wanted = set(_check_components(session, component_ids))
    current = {
        link.component_id: link
        for link in session.scalars(
            select(WorkshopComponent).where(WorkshopComponent.workshop_id == workshop_id)
        )
    }
    for component_id, link in current.items():
        link.deleted = component_id not in wanted
    for component_id in wanted - current.keys():
        session.add(
            WorkshopComponent(
                id=stable_id("workshop_component", workshop_id, component_id),
                workshop_id=workshop_id,
                component_id=component_id,
            )
        )
    session.flush()


def component_ids(session: Session, workshop_id: str) -> list[str]:
    return sorted(
        session.scalars(
            select(WorkshopComponent.component_id).where(
                WorkshopComponent.workshop_id == workshop_id, WorkshopComponent.deleted.is_(False)
            )
        )
    )


def create_workshop(
    session: Session, values: Mapping[str, Any], components: Iterable[str] = ()
) -> Any:
    """A workshop. Required: title, date. Optional: implementation_id (its municipality is
    the default territory), start_time < end_time, place, modality (in_person, virtual,
    hybrid), facilitators, objectives, notes; `components`: ids of `Component`."""
    chosen = _check_components(session, components)
    workshop = create(session, Workshop, values, _validate)
    set_components(session, workshop.id, chosen)
    return to_record(workshop)


def create_many(
    session: Session, rows: Iterable[Mapping[str, Any]], components: Mapping[str, Iterable[str]]
) -> int:
    """Create many workshops at once (demo, imports); each row may carry its `id`;
    `components` maps a workshop id to its component ids. All or none."""
    count = insert_many(session, Workshop, validate_many(session, Workshop, rows, _validate))
    links = [
        {
            "id": stable_id("workshop_component", workshop_id, component_id),
            "workshop_id": workshop_id,
            "component_id": component_id,
        }
        for workshop_id, chosen in components.items()
        for component_id in _check_components(session, chosen)
    ]
    insert_many(session, WorkshopComponent, links)
    return count


def update_workshop(session: Session, workshop_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, Workshop, workshop_id, WHAT)
    return to_record(update(session, obj, changes, _validate))


def delete_workshop(session: Session, workshop_id: str) -> None:
    """Tombstone the workshop with its attendance and component links."""
    tombstone(session, live(session, Workshop, workshop_id, WHAT))
    for model in (Attendance, WorkshopComponent):
        for row in session.scalars(
            select(model).where(model.workshop_id == workshop_id, model.deleted.is_(False))
        ):
            row.deleted = True
    session.flush()
