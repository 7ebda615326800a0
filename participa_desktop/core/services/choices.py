"""Short lists for pickers, all as `Choice` records: live organisations,
implementations and workshops, the model's components, the person document types; and
the workshops a facilitator takes attendance at (today's and recent ones first) with one
workshop's heading. Read-only; each returns plain frozen records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from ..models import Component, DocumentType, Implementation, Organization, Territory, Workshop
from .base import live


@dataclass(frozen=True)
class WorkshopHeading:
    """What identifies a workshop on screen."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None
    place: str | None
    territory_id: str | None
    territory_name: str | None


@dataclass(frozen=True)
class Choice:
    """One option of a picker: the stored id, the name shown, a short code ("" when the
    kind has none: a NIT, a component's or a document type's code) and, for workshops,
    their date."""

    id: str
    name: str
    code: str = ""
    date: dt.date | None = None


def _heading_query() -> Select:
    return (
        select(Workshop.id, Workshop.title, Workshop.date, Workshop.start_time,
               Workshop.place, Workshop.territory_id, Territory.name)
        .outerjoin(Territory, Territory.id == Workshop.territory_id)
        .where(Workshop.deleted.is_(False))
    )


def recent_workshops(session: Session, today: dt.date, days_back: int = 30,
                     days_ahead: int = 7, limit: int = 200) -> list[WorkshopHeading]:
    """Live workshops dated from `today - days_back` to `today + days_ahead`: today's
    first (by start time), then the most recent past ones, then the coming ones."""
    first, last = today - dt.timedelta(days=days_back), today + dt.timedelta(days=days_ahead)
    distance = func.abs(func.julianday(Workshop.date) - func.julianday(today.isoformat()))
    upcoming = case((Workshop.date > today, 1), else_=0)
    rows = session.execute(
        _heading_query()
        .where(Workshop.date >= first, Workshop.date <= last)
        .order_by(upcoming, distance, Workshop.start_time, Workshop.title, Workshop.id)
        .limit(limit)
    ).all()
    return [WorkshopHeading(*row) for row in rows]


def workshop_heading(session: Session, workshop_id: str) -> WorkshopHeading:
    """The heading of one live workshop; raises NotFound (Spanish) when it is gone."""
    live(session, Workshop, workshop_id, "el taller")
    row = session.execute(_heading_query().where(Workshop.id == workshop_id)).one()
    return WorkshopHeading(*row)


def person_document_types(session: Session) -> list[Choice]:
    """Document types a person may hold (not the NIT), in their usual order."""
    rows = session.execute(
        select(DocumentType.id, DocumentType.code, DocumentType.name)
        .where(DocumentType.for_organizations.is_(False))
        .order_by(DocumentType.position)
    ).all()
    return [Choice(id, name, code) for id, code, name in rows]


def organizations(session: Session) -> list[Choice]:
    """Live organisations by name (code: their NIT or "")."""
    rows = session.execute(
        select(Organization.id, Organization.nit, Organization.name)
        .where(Organization.deleted.is_(False))
        .order_by(Organization.name, Organization.id)
    ).all()
    return [Choice(id, name, nit or "") for id, nit, name in rows]


def implementations(session: Session) -> list[Choice]:
    """Live implementations by name (no code)."""
    rows = session.execute(
        select(Implementation.id, Implementation.name)
        .where(Implementation.deleted.is_(False))
        .order_by(Implementation.name, Implementation.id)
    ).all()
    return [Choice(id, name or "") for id, name in rows]


def components(session: Session) -> list[Choice]:
    """The model's components in their set order (code: the component's code)."""
    rows = session.execute(
        select(Component.id, Component.code, Component.name).order_by(Component.position)
    ).all()
    return [Choice(id, name, code) for id, code, name in rows]


def workshops(session: Session, today: dt.date | None = None) -> list[Choice]:
    """Live workshops with their date, for a form that records what came out of one
    (agreements): those held up to `today`, newest first, then the coming ones, soonest
    first."""
    today = today or dt.date.today()
    rows = session.execute(
        select(Workshop.id, Workshop.title, Workshop.date)
        .where(Workshop.deleted.is_(False))
        .order_by(Workshop.date.desc(), Workshop.title, Workshop.id)
    ).all()
    listed = [Choice(id, title, date=date) for id, title, date in rows]
    held = [choice for choice in listed if choice.date is not None and choice.date <= today]
    coming = [choice for choice in listed if choice.date is None or choice.date > today]
    return held + coming[::-1]
