"""What a results report (or the app's charts) covers: a period, an implementation, an
organisation. Turns that choice into SQL conditions every figure and data sheet shares, so
the summary, the charts and the data sheets always count the same workshops.

Pure code (no Qt). The rules, stated once:

- A workshop is in scope when it is live, its date lies in the period (both ends
  included; an open end is unbounded), it belongs to the implementation chosen, and (when
  an organisation is chosen) its implementation is led by that organisation or has it
  among its live allies.
- People are *reached* by a workshop when their live attendance there says "present" and
  the person is live. A person confirmed as a duplicate of another (`duplicates`) counts
  once, as the group's canonical person.
- Implementations in scope (for milestones, knowledge notes, allies) are the one chosen,
  else those the organisation leads or is an ally of, else all live ones. Milestones and
  knowledge notes must also fall in the period (undated notes always do).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, String, and_, column, func, or_, select, true, values
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from ..core.models import (
    Attendance,
    Implementation,
    ImplementationAlly,
    Organization,
    Participant,
    Workshop,
)
from ..core.services import duplicates


class ScopeError(ValueError):
    """The scope asked for cannot be reported (period backwards, unknown implementation or
    organisation); `str()` is Spanish."""


@dataclass(frozen=True)
class ReportScope:
    """What to report on; None means "no limit"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    implementation_id: str | None = None
    organization_id: str | None = None

    def check(self) -> None:
        """Raise ScopeError when the period ends before it starts."""
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ScopeError(
                f"El periodo termina ({self.date_to:%d/%m/%Y}) antes de empezar "
                f"({self.date_from:%d/%m/%Y}): revise las fechas «desde» y «hasta»."
            )

    def describe(self) -> str:
        """The period in words, e.g. "del 01/01/2026 al 30/06/2026" or "todo el periodo"."""
        if self.date_from and self.date_to:
            return f"del {self.date_from:%d/%m/%Y} al {self.date_to:%d/%m/%Y}"
        if self.date_from:
            return f"desde el {self.date_from:%d/%m/%Y}"
        if self.date_to:
            return f"hasta el {self.date_to:%d/%m/%Y}"
        return "todo el periodo registrado"


def _in_period(date_column: Any, scope: ReportScope, undated_counts: bool) -> ColumnElement[bool]:
    conditions: list[ColumnElement[bool]] = []
    if scope.date_from:
        conditions.append(date_column >= scope.date_from)
    if scope.date_to:
        conditions.append(date_column <= scope.date_to)
    if not conditions:
        return true()
    dated = and_(*conditions)
    return or_(date_column.is_(None), dated) if undated_counts else dated


def in_period(date_column: Any, scope: ReportScope) -> ColumnElement[bool]:
    """`date_column` lies in the scope's period (NULL does not)."""
    return _in_period(date_column, scope, undated_counts=False)


def in_period_or_undated(date_column: Any, scope: ReportScope) -> ColumnElement[bool]:
    """`date_column` lies in the period or is NULL (undated notes belong to every period)."""
    return _in_period(date_column, scope, undated_counts=True)


def _organization_implementations(organization_id: str) -> Any:
    allied = select(ImplementationAlly.implementation_id).where(
        ImplementationAlly.organization_id == organization_id,
        ImplementationAlly.deleted.is_(False),
    )
    return select(Implementation.id).where(
        Implementation.deleted.is_(False),
        or_(Implementation.lead_organization_id == organization_id,
            Implementation.id.in_(allied)),
    )


def implementation_condition(implementation_id: Any, scope: ReportScope
                             ) -> ColumnElement[bool]:
    """`implementation_id` (a column) names an implementation in scope."""
    conditions: list[ColumnElement[bool]] = []
    if scope.implementation_id:
        conditions.append(implementation_id == scope.implementation_id)
    if scope.organization_id:
        conditions.append(implementation_id.in_(
            _organization_implementations(scope.organization_id)))
    return and_(*conditions) if conditions else true()


def workshop_condition(scope: ReportScope) -> ColumnElement[bool]:
    """The conditions on `Workshop` that put a workshop in scope."""
    return and_(
        Workshop.deleted.is_(False),
        in_period(Workshop.date, scope),
        implementation_condition(Workshop.implementation_id, scope),
    )


def check_scope(session: Session, scope: ReportScope) -> None:
    """Raise ScopeError (Spanish) when the period is backwards or the implementation or
    organisation chosen does not exist (live) in this data file."""
    scope.check()
    for model, record_id, what in (
        (Implementation, scope.implementation_id, "la implementación"),
        (Organization, scope.organization_id, "la organización"),
    ):
        if record_id is None:
            continue
        found = session.get(model, record_id)
        if found is None or found.deleted:
            raise ScopeError(f"No se encontró {what} «{record_id}» en este archivo de datos.")


def person_key(session: Session) -> tuple[Any, list[Any]]:
    """The SQL expression naming the person an attendance row counts for (the canonical id
    of a confirmed duplicate group, else the participant id), and the outer joins it needs
    (pass them to `reached_query`)."""
    links = duplicates.canonical_ids(session)
    if not links:
        return Attendance.participant_id, []
    canon = values(column("member", String), column("canonical", String),
                   name="canon").data(sorted(links.items())).cte("canon")
    return (func.coalesce(canon.c.canonical, Attendance.participant_id),
            [(canon, canon.c.member == Attendance.participant_id)])


def attendee_is_live() -> ColumnElement[bool]:
    """The attendance row's participant exists and is live, without joining `Participant`
    (a join looks each of the rows up in the participant table, twice as slow on 500,000
    rows). The unary + keeps SQLite from driving the query from the participant index,
    which would read the attendance table in random order."""
    participant_id = UnaryExpression(Attendance.participant_id,
                                     operator=operators.custom_op("+"), type_=String())
    return participant_id.in_(select(Participant.id).where(Participant.deleted.is_(False)))


def attendee_not_deleted() -> ColumnElement[bool]:
    """The attendance row's participant is not a deleted one: `attendee_is_live` but for
    an attendance whose participant row is missing altogether (which can happen for a
    while after a partial merge), and three times as quick."""
    return Attendance.participant_id.not_in(
        select(Participant.id).where(Participant.deleted.is_(True)))


def reached_query(scope: ReportScope, person: Any, joins: list[Any], *columns: Any) -> Any:
    """SELECT `columns` FROM the presences in scope: live "present" attendance of live
    people at workshops in scope, with `person` (from `person_key`) available."""
    query = (
        select(*columns)
        .select_from(Attendance)
        .join(Workshop, Workshop.id == Attendance.workshop_id)
        .join(Participant, Participant.id == Attendance.participant_id)
    )
    for target, on in joins:
        query = query.outerjoin(target, on)
    return query.where(
        Attendance.deleted.is_(False),
        Attendance.status == "present",
        Participant.deleted.is_(False),
        workshop_condition(scope),
    )
