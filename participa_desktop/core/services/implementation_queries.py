"""Read queries of the implementations screen: implementations with their municipality
and lead organisation, and for one implementation its allies, knowledge notes and
milestones. Read-only; plain frozen records out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..folding import fold
from ..models import (
    Implementation,
    ImplementationAlly,
    KnowledgeNote,
    Milestone,
    Organization,
    Territory,
    Workshop,
)
from .base import live, to_record


@dataclass(frozen=True)
class ImplementationRow:
    id: str
    name: str | None
    territory_name: str | None
    department: str | None
    lead_organization_name: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    workshop_count: int


@dataclass(frozen=True)
class AllyRow:
    id: str
    organization_id: str
    organization_name: str | None
    sector: str | None
    role: str | None


@dataclass(frozen=True)
class NoteRow:
    id: str
    kind: str | None
    date: dt.date | None
    text: str | None


@dataclass(frozen=True)
class MilestoneRow:
    id: str
    date: dt.date | None
    text: str | None


def implementation_ids(session: Session, text: str = "") -> list[str]:
    """Live implementations by name; with `text`, those whose name, municipality or
    department contains every word of it (ignoring case and accents)."""
    rows = session.execute(
        select(Implementation.id, Implementation.name, Territory.name, Territory.department)
        .outerjoin(Territory, Territory.id == Implementation.territory_id)
        .where(Implementation.deleted.is_(False))
        .order_by(Implementation.name, Implementation.id)
    ).all()
    words = fold(text).split()
    return [row[0] for row in rows
            if all(word in fold(*row[1:]) for word in words)]


def implementation_rows(session: Session, ids: Sequence[str]) -> dict[str, ImplementationRow]:
    """The rows of `ids` still live (others are left out)."""
    if not ids:
        return {}
    lead = aliased(Organization)
    counts = dict(session.execute(
        select(Workshop.implementation_id, func.count())
        .where(Workshop.implementation_id.in_(list(ids)), Workshop.deleted.is_(False))
        .group_by(Workshop.implementation_id)
    ).tuples().all())
    rows = session.execute(
        select(Implementation.id, Implementation.name, Territory.name, Territory.department,
               lead.name, Implementation.start_date, Implementation.end_date)
        .outerjoin(Territory, Territory.id == Implementation.territory_id)
        .outerjoin(lead, (lead.id == Implementation.lead_organization_id)
                   & lead.deleted.is_(False))
        .where(Implementation.id.in_(list(ids)), Implementation.deleted.is_(False))
    ).all()
    return {row[0]: ImplementationRow(*row, workshop_count=counts.get(row[0], 0))
            for row in rows}


def implementation(session: Session, implementation_id: str) -> Any:
    """The live implementation's full record (for the form); raises NotFound (Spanish)."""
    return to_record(live(session, Implementation, implementation_id, "la implementación"))


def ally_ids(session: Session, implementation_id: str) -> list[str]:
    """The implementation's live allies, by organisation name."""
    return list(session.scalars(
        select(ImplementationAlly.id)
        .join(Organization, Organization.id == ImplementationAlly.organization_id)
        .where(ImplementationAlly.implementation_id == implementation_id,
               ImplementationAlly.deleted.is_(False), Organization.deleted.is_(False))
        .order_by(Organization.name, ImplementationAlly.id)
    ))


def ally_rows(session: Session, ids: Sequence[str]) -> dict[str, AllyRow]:
    if not ids:
        return {}
    rows = session.execute(
        select(ImplementationAlly.id, ImplementationAlly.organization_id, Organization.name,
               Organization.sector, ImplementationAlly.role)
        .join(Organization, Organization.id == ImplementationAlly.organization_id)
        .where(ImplementationAlly.id.in_(list(ids)), ImplementationAlly.deleted.is_(False))
    ).all()
    return {row[0]: AllyRow(*row) for row in rows}


def note_ids(session: Session, implementation_id: str) -> list[str]:
    """The implementation's live knowledge notes, newest first (undated last)."""
    return list(session.scalars(
        select(KnowledgeNote.id)
        .where(KnowledgeNote.implementation_id == implementation_id,
               KnowledgeNote.deleted.is_(False))
        .order_by(KnowledgeNote.date.is_(None), KnowledgeNote.date.desc(), KnowledgeNote.id)
    ))


def note_rows(session: Session, ids: Sequence[str]) -> dict[str, NoteRow]:
    if not ids:
        return {}
    rows = session.execute(
        select(KnowledgeNote.id, KnowledgeNote.kind, KnowledgeNote.date, KnowledgeNote.text)
        .where(KnowledgeNote.id.in_(list(ids)), KnowledgeNote.deleted.is_(False))
    ).all()
    return {row[0]: NoteRow(*row) for row in rows}


def note(session: Session, note_id: str) -> Any:
    return to_record(live(session, KnowledgeNote, note_id, "la nota"))


def milestone_ids(session: Session, implementation_id: str) -> list[str]:
    """The implementation's live milestones in date order."""
    return list(session.scalars(
        select(Milestone.id)
        .where(Milestone.implementation_id == implementation_id, Milestone.deleted.is_(False))
        .order_by(Milestone.date, Milestone.id)
    ))


def milestone_rows(session: Session, ids: Sequence[str]) -> dict[str, MilestoneRow]:
    if not ids:
        return {}
    rows = session.execute(
        select(Milestone.id, Milestone.date, Milestone.text)
        .where(Milestone.id.in_(list(ids)), Milestone.deleted.is_(False))
    ).all()
    return {row[0]: MilestoneRow(*row) for row in rows}


def milestone(session: Session, milestone_id: str) -> Any:
    return to_record(live(session, Milestone, milestone_id, "el hito"))
