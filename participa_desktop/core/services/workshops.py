"""Workshops: when, where, which components, who facilitates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
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
from .choices import Choice

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


# --- Reading: the workshop list, its filters and the form ------------------------------


@dataclass(frozen=True)
class WorkshopFilter:
    """What the workshop list is narrowed to; None means any. Dates are inclusive."""

    implementation_id: str | None = None
    component_id: str | None = None
    territory_id: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    modality: str | None = None


@dataclass(frozen=True)
class WorkshopRow:
    """One line of a workshop list. `territory` is the municipality's name and
    `department` its department's; `components` are names in the model's order;
    `present` counts live attendance marked present."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str | None
    implementation: str | None
    territory: str | None
    department: str | None
    modality: str
    components: tuple[str, ...]
    present: int


def find_workshops(session: Session, filters: WorkshopFilter | None = None) -> list[str]:
    """Ids of the live workshops that match `filters`, newest first (date, then start
    time, both descending; then title)."""
    filters = filters or WorkshopFilter()
    query = select(Workshop.id).where(Workshop.deleted.is_(False))
    if filters.implementation_id is not None:
        query = query.where(Workshop.implementation_id == filters.implementation_id)
    if filters.territory_id is not None:
        query = query.where(Workshop.territory_id == filters.territory_id)
    if filters.modality is not None:
        query = query.where(Workshop.modality == filters.modality)
    if filters.date_from is not None:
        query = query.where(Workshop.date >= filters.date_from)
    if filters.date_to is not None:
        query = query.where(Workshop.date <= filters.date_to)
    if filters.component_id is not None:
        linked = select(WorkshopComponent.workshop_id).where(
            WorkshopComponent.component_id == filters.component_id,
            WorkshopComponent.deleted.is_(False),
        )
        query = query.where(Workshop.id.in_(linked))
    query = query.order_by(
        Workshop.date.desc(), Workshop.start_time.desc(), Workshop.title, Workshop.id
    )
    return list(session.scalars(query))


def workshop_rows(session: Session, ids: Sequence[str]) -> dict[str, WorkshopRow]:
    """The list lines of `ids` (a block of a list: a few hundred at most); ids of
    workshops that no longer exist are left out."""
    if not ids:
        return {}
    found = session.execute(
        select(
            Workshop.id,
            Workshop.title,
            Workshop.date,
            Workshop.start_time,
            Workshop.end_time,
            Workshop.place,
            Workshop.modality,
            Implementation.name.label("implementation"),
            Territory.name.label("territory"),
            Territory.department,
        )
        .outerjoin(Implementation, Implementation.id == Workshop.implementation_id)
        .outerjoin(Territory, Territory.id == Workshop.territory_id)
        .where(Workshop.id.in_(list(ids)), Workshop.deleted.is_(False))
    ).all()
    components: dict[str, list[str]] = {}
    for workshop_id, name in session.execute(
        select(WorkshopComponent.workshop_id, Component.name)
        .join(Component, Component.id == WorkshopComponent.component_id)
        .where(WorkshopComponent.workshop_id.in_(list(ids)),
               WorkshopComponent.deleted.is_(False))
        .order_by(Component.position)
    ):
        components.setdefault(workshop_id, []).append(name)
    present = dict(
        session.execute(
            select(Attendance.workshop_id, func.count())
            .where(Attendance.workshop_id.in_(list(ids)), Attendance.deleted.is_(False),
                   Attendance.status == "present")
            .group_by(Attendance.workshop_id)
        ).all()
    )
    return {
        row.id: WorkshopRow(
            id=row.id,
            title=row.title or "",
            date=row.date,
            start_time=row.start_time,
            end_time=row.end_time,
            place=row.place,
            implementation=row.implementation,
            territory=row.territory,
            department=row.department,
            modality=row.modality or "in_person",
            components=tuple(components.get(row.id, ())),
            present=present.get(row.id, 0),
        )
        for row in found
    }


def get_workshop(session: Session, workshop_id: str) -> tuple[Any, list[str]]:
    """The workshop's record and its component ids (NotFound when it was deleted)."""
    record = to_record(live(session, Workshop, workshop_id, WHAT))
    return record, component_ids(session, workshop_id)


def territory_choices(session: Session) -> list[Choice]:
    """The municipalities where live workshops happened, by name ("Municipio
    (Departamento)"; code: the DANE code), for filtering the list. (Implementations and
    components to pick from: `choices.implementations`, `choices.components`.)"""
    used = select(Workshop.territory_id).where(
        Workshop.deleted.is_(False), Workshop.territory_id.is_not(None)
    ).distinct()
    rows = session.execute(
        select(Territory.id, Territory.dane_code, Territory.name, Territory.department)
        .where(Territory.id.in_(used))
        .order_by(Territory.name, Territory.department)
    ).all()
    return [Choice(row.id, f"{row.name} ({row.department})", row.dane_code) for row in rows]
