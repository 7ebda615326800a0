"""Read queries of the agreements tracker: the agreements of every workshop, filtered and in
tracking order (overdue first, then by due date), their rows with the names people read
(workshop, organisation, component, implementation) and the choices of the tracker's
filters and form (from `choices`). Read-only: call them in `Store.reading()` sessions.

An agreement is *overdue* when its due date has passed and it is neither done nor
cancelled; "today" is a parameter so that tests (and a screen left open overnight) agree
on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, select
from sqlalchemy.orm import Session

from ..folding import fold
from ..models import Agreement, Component, FollowUp, Implementation, Organization, Workshop
from . import choices
from .base import to_record
from .choices import Choice

#: Statuses after which an agreement can no longer be overdue.
CLOSED_STATUSES = ("done", "cancelled")


@dataclass(frozen=True)
class TrackerFilter:
    """What the tracker shows. None or "" means "any"."""

    status: str | None = None
    component_id: str | None = None
    implementation_id: str | None = None
    overdue_only: bool = False
    #: Words looked for (all of them, anywhere in a word; accents, case and punctuation
    #: do not count: `folding.fold`) in the agreement's text, responsible person or
    #: organisation, shared objective and workshop title.
    search: str = ""


@dataclass(frozen=True)
class TrackerIds:
    """The ids the tracker shows, in order, and how many of the first ones are overdue."""

    ids: tuple[str, ...]
    overdue: int


@dataclass(frozen=True)
class AgreementRow:
    """One agreement as the tracker shows it (names joined, overdue worked out)."""

    id: str
    text: str
    workshop_id: str
    workshop_title: str | None  # None while the workshop has not reached this device
    workshop_date: dt.date | None
    implementation_id: str | None
    implementation_name: str | None
    component_id: str | None
    component_name: str | None
    responsible_organization_id: str | None
    responsible_organization_name: str | None
    responsible_person: str | None
    shared_objective: str | None
    due_date: dt.date | None
    status: str
    progress: int
    last_follow_up: dt.date | None
    overdue: bool


def _overdue(today: dt.date) -> Any:
    return case(
        (and_(Agreement.due_date.is_not(None), Agreement.due_date < today,
              Agreement.status.not_in(CLOSED_STATUSES)), literal(1)),
        else_=literal(0),
    )


def _last_follow_up() -> Any:
    return (
        select(func.max(FollowUp.date))
        .where(FollowUp.agreement_id == Agreement.id, FollowUp.deleted.is_(False))
        .correlate(Agreement)
        .scalar_subquery()
    )


def _filtered(query: Select[Any], filters: TrackerFilter, today: dt.date) -> Select[Any]:
    query = query.where(Agreement.deleted.is_(False))
    if filters.status:
        query = query.where(Agreement.status == filters.status)
    if filters.component_id:
        query = query.where(Agreement.component_id == filters.component_id)
    if filters.implementation_id:
        query = query.where(Workshop.implementation_id == filters.implementation_id)
    if filters.overdue_only:
        query = query.where(_overdue(today) == 1)
    return query


def tracker_ids(
    session: Session, filters: TrackerFilter = TrackerFilter(), today: dt.date | None = None
) -> TrackerIds:
    """The live agreements matching `filters`: overdue ones first, then by due date
    (those without one last), then the newest workshop first."""
    today = today or dt.date.today()
    overdue = _overdue(today)
    words = fold(filters.search).split()
    columns: list[Any] = [Agreement.id, overdue]
    if words:
        columns += [Agreement.text, Agreement.responsible_person, Agreement.shared_objective,
                    Workshop.title, Organization.name]
    query = (
        select(*columns)
        .select_from(Agreement)
        .outerjoin(Workshop, Workshop.id == Agreement.workshop_id)
        .outerjoin(Organization, Organization.id == Agreement.responsible_organization_id)
    )
    query = _filtered(query, filters, today).order_by(
        overdue.desc(),
        Agreement.due_date.is_(None),
        Agreement.due_date,
        Workshop.date.desc(),
        Agreement.id,
    )
    ids: list[str] = []
    late = 0
    for row in session.execute(query):
        if words:
            haystack = fold(*row[2:])
            if not all(word in haystack for word in words):
                continue
        ids.append(row[0])
        late += row[1]
    return TrackerIds(tuple(ids), late)


def tracker_rows(
    session: Session, ids: Iterable[str], today: dt.date | None = None
) -> dict[str, AgreementRow]:
    """The rows of `ids` that are live agreements (others are left out), by id."""
    today = today or dt.date.today()
    wanted = list(dict.fromkeys(ids))
    rows: dict[str, AgreementRow] = {}
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start:start + 500]
        query = (
            select(
                Agreement,
                Workshop.title,
                Workshop.date,
                Workshop.implementation_id,
                Implementation.name,
                Component.name,
                Organization.name,
                _last_follow_up(),
                _overdue(today),
            )
            .select_from(Agreement)
            .outerjoin(Workshop, Workshop.id == Agreement.workshop_id)
            .outerjoin(Implementation, Implementation.id == Workshop.implementation_id)
            .outerjoin(Component, Component.id == Agreement.component_id)
            .outerjoin(Organization, Organization.id == Agreement.responsible_organization_id)
            .where(Agreement.id.in_(chunk), Agreement.deleted.is_(False))
        )
        for (agreement, title, date, implementation_id, implementation, component,
             organization, last, overdue) in session.execute(query):
            rows[agreement.id] = AgreementRow(
                id=agreement.id,
                text=agreement.text,
                workshop_id=agreement.workshop_id,
                workshop_title=title,
                workshop_date=date,
                implementation_id=implementation_id,
                implementation_name=implementation,
                component_id=agreement.component_id,
                component_name=component,
                responsible_organization_id=agreement.responsible_organization_id,
                responsible_organization_name=organization,
                responsible_person=agreement.responsible_person,
                shared_objective=agreement.shared_objective,
                due_date=agreement.due_date,
                status=agreement.status,
                progress=agreement.progress,
                last_follow_up=last,
                overdue=bool(overdue),
            )
    return rows


def follow_up_rows(session: Session, ids: Sequence[str]) -> dict[str, Any]:
    """Live follow-ups by id (records as `agreements.follow_ups` gives them)."""
    query = select(FollowUp).where(FollowUp.id.in_(list(ids)), FollowUp.deleted.is_(False))
    return {f.id: to_record(f) for f in session.scalars(query)}


@dataclass(frozen=True)
class TrackerChoices:
    """Everything the tracker's filters and form offer to choose from."""

    workshops: tuple[Choice, ...]
    organizations: tuple[Choice, ...]
    implementations: tuple[Choice, ...]
    components: tuple[Choice, ...]


def tracker_choices(session: Session, today: dt.date | None = None) -> TrackerChoices:
    """The pickers' lists (`choices.workshops` ordered around `today`)."""
    return TrackerChoices(
        tuple(choices.workshops(session, today)),
        tuple(choices.organizations(session)),
        tuple(choices.implementations(session)),
        tuple(choices.components(session)),
    )

