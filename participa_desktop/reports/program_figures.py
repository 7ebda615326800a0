"""The program's results beyond reach: agreements by status (and the overdue ones),
alliances by sector, allies, milestones and knowledge notes. Shared by the results report
and the app's charts. Read-only; call in a `Store.reading()` session.

Scope rules (see `report_scope`): agreements belong to workshops in scope; alliances are
live, overlap the period (an open start or end overlaps everything) and, when an
implementation or organisation is chosen, belong to an implementation in scope or (for
an organisation) are that organisation's own; allies are the organisations the model was
transferred to (transfer in the period, or undated) and the live allies of implementations
in scope; milestones and knowledge notes belong to implementations in scope and fall in
the period (undated notes always do). An agreement is overdue when its due date has passed
and it is neither done nor cancelled (`agreement_tracker.CLOSED_STATUSES`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from ..core import labels
from ..core.models import (
    Agreement,
    Alliance,
    Implementation,
    ImplementationAlly,
    KnowledgeNote,
    Milestone,
    Organization,
    Workshop,
)
from ..core.services.agreement_tracker import CLOSED_STATUSES
from .report_scope import (
    ReportScope,
    implementation_condition,
    in_period,
    in_period_or_undated,
    workshop_condition,
)


@dataclass(frozen=True)
class StatusCount:
    """Agreements in one status (`status` is the code, `label` the Spanish word) and how
    many of them are overdue."""

    status: str
    label: str
    agreements: int
    overdue: int


@dataclass(frozen=True)
class OverdueAgreement:
    workshop: str
    workshop_date: dt.date
    text: str
    responsible_organization: str | None
    responsible_person: str | None
    due_date: dt.date
    days_overdue: int
    status: str


@dataclass(frozen=True)
class SectorCount:
    """Alliances with organisations of one sector (`sector` code, `label` in Spanish)."""

    sector: str
    label: str
    alliances: int
    active: int


@dataclass(frozen=True)
class Ally:
    """An ally: `kind` says how ("Transferencia del modelo" or the implementation it is
    an ally of); `date` is the transfer date when known."""

    name: str
    sector: str
    kind: str
    role: str | None
    date: dt.date | None


@dataclass(frozen=True)
class Note:
    """A milestone (kind "hito") or knowledge note (kind "aprendizaje", "reto", …)."""

    kind: str
    implementation: str
    date: dt.date | None
    text: str


def _overdue(today: dt.date) -> ColumnElement[bool]:
    return and_(Agreement.due_date.is_not(None), Agreement.due_date < today,
                Agreement.status.not_in(CLOSED_STATUSES))


def _scoped_agreements(scope: ReportScope) -> ColumnElement[bool]:
    return and_(Agreement.deleted.is_(False), workshop_condition(scope))


def agreements_by_status(session: Session, scope: ReportScope,
                         today: dt.date | None = None) -> list[StatusCount]:
    """Every status in the tracker's order (zeros included)."""
    today = today or dt.date.today()
    counts = {status: (total, overdue) for status, total, overdue in session.execute(
        select(Agreement.status, func.count(),
               func.count(case((_overdue(today), Agreement.id))))
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .where(_scoped_agreements(scope))
        .group_by(Agreement.status)
    )}
    return [StatusCount(code, label, *counts.get(code, (0, 0)))
            for code, label in labels.AGREEMENT_STATUS.items()]


def overdue_agreements(session: Session, scope: ReportScope,
                       today: dt.date | None = None) -> list[OverdueAgreement]:
    """The overdue agreements in scope, longest overdue first."""
    today = today or dt.date.today()
    rows = session.execute(
        select(Workshop.title, Workshop.date, Agreement.text, Organization.name,
               Agreement.responsible_person, Agreement.due_date, Agreement.status)
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .outerjoin(Organization, Organization.id == Agreement.responsible_organization_id)
        .where(_scoped_agreements(scope), _overdue(today))
        .order_by(Agreement.due_date, Workshop.date, Agreement.id)
    ).tuples()
    return [OverdueAgreement(title, date, text, organization, person, due,
                             (today - due).days, labels.AGREEMENT_STATUS.get(status, status))
            for title, date, text, organization, person, due, status in rows]


def _scoped_implementations(scope: ReportScope) -> Any:
    return select(Implementation.id).where(
        Implementation.deleted.is_(False),
        implementation_condition(Implementation.id, scope),
    )


def _alliance_condition(scope: ReportScope) -> ColumnElement[bool]:
    overlaps = and_(
        or_(Alliance.start_date.is_(None), Alliance.start_date <= scope.date_to)
        if scope.date_to else true(),
        or_(Alliance.end_date.is_(None), Alliance.end_date >= scope.date_from)
        if scope.date_from else true(),
    )
    belongs: ColumnElement[bool] = true()
    if scope.implementation_id or scope.organization_id:
        belongs = Alliance.implementation_id.in_(_scoped_implementations(scope))
        if scope.organization_id and not scope.implementation_id:
            belongs = or_(belongs, Alliance.organization_id == scope.organization_id)
    return and_(Alliance.deleted.is_(False), overlaps, belongs)


def alliances_by_sector(session: Session, scope: ReportScope) -> list[SectorCount]:
    """Every sector in the registry's order (zeros included): public and private first."""
    counts = {sector: (total, active) for sector, total, active in session.execute(
        select(Alliance.sector, func.count(),
               func.count(case((Alliance.status == "active", Alliance.id))))
        .where(_alliance_condition(scope))
        .group_by(Alliance.sector)
    )}
    return [SectorCount(code, label, *counts.get(code, (0, 0)))
            for code, label in labels.SECTOR.items()]


MODEL_TRANSFER = "Transferencia del modelo"


def allies(session: Session, scope: ReportScope) -> list[Ally]:
    """Organisations the model was transferred to (by name), then implementation allies
    (by implementation, then name)."""
    transferred = session.execute(
        select(Organization.name, Organization.sector, Organization.model_transfer_date)
        .where(Organization.deleted.is_(False), Organization.is_model_ally.is_(True),
               in_period_or_undated(Organization.model_transfer_date, scope),
               Organization.id == scope.organization_id if scope.organization_id else true())
        .order_by(Organization.name)
    ).tuples()
    result = [Ally(name, labels.SECTOR.get(sector, sector), MODEL_TRANSFER, None, date)
              for name, sector, date in transferred]
    implementation_allies = session.execute(
        select(Organization.name, Organization.sector, Implementation.name,
               ImplementationAlly.role)
        .join(Organization, Organization.id == ImplementationAlly.organization_id)
        .join(Implementation, Implementation.id == ImplementationAlly.implementation_id)
        .where(ImplementationAlly.deleted.is_(False), Organization.deleted.is_(False),
               ImplementationAlly.implementation_id.in_(_scoped_implementations(scope)))
        .order_by(Implementation.name, Organization.name)
    ).tuples()
    result += [Ally(name, labels.SECTOR.get(sector, sector), implementation, role, None)
               for name, sector, implementation, role in implementation_allies]
    return result


def milestones(session: Session, scope: ReportScope) -> list[Note]:
    """Milestones of implementations in scope within the period, oldest first."""
    rows = session.execute(
        select(Implementation.name, Milestone.date, Milestone.text)
        .join(Implementation, Implementation.id == Milestone.implementation_id)
        .where(Milestone.deleted.is_(False),
               Milestone.implementation_id.in_(_scoped_implementations(scope)),
               in_period(Milestone.date, scope))
        .order_by(Milestone.date, Implementation.name, Milestone.id)
    ).tuples()
    return [Note("hito", implementation, date, text) for implementation, date, text in rows]


def knowledge_notes(session: Session, scope: ReportScope) -> list[Note]:
    """Knowledge notes of implementations in scope within the period (or undated), by
    kind (learnings, challenges, opportunities), then date."""
    order = {code: position for position, code in enumerate(labels.KNOWLEDGE_KIND)}
    rows = session.execute(
        select(KnowledgeNote.kind, Implementation.name, KnowledgeNote.date, KnowledgeNote.text)
        .join(Implementation, Implementation.id == KnowledgeNote.implementation_id)
        .where(KnowledgeNote.deleted.is_(False),
               KnowledgeNote.implementation_id.in_(_scoped_implementations(scope)),
               in_period_or_undated(KnowledgeNote.date, scope))
    ).tuples().all()
    rows.sort(key=lambda row: (order.get(row[0], len(order)), row[2] or dt.date.min, row[1]))
    return [Note(labels.KNOWLEDGE_KIND.get(kind, kind), implementation, date, text)
            for kind, implementation, date, text in rows]


def knowledge_by_kind(notes: list[Note]) -> list[tuple[str, int]]:
    """(kind label, how many) for every kind, in order (zeros included)."""
    return [(label, sum(note.kind == label for note in notes))
            for label in labels.KNOWLEDGE_KIND.values()]
