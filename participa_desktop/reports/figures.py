"""The reach of the program in figures: workshops (by modality), attendance and unique
people reached, by component, territory and month, and who was reached (gender, age band,
ethnic self-identification). Shared by the results report's summary sheet and the app's
charts, so both always say the same. Read-only; call in a `Store.reading()` session.

What counts is defined in `report_scope` (workshops in scope, presences, the canonical
person). A workshop working on two components counts once under each, so the rows of
`reach_by_component` may add up to more than the totals; territory and month rows add up
to the totals of workshops and attendances (a person may be reached in several months).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, distinct, func, literal, select
from sqlalchemy.orm import Session

from ..core import labels
from ..core.models import (
    Component,
    EthnicGroup,
    Participant,
    Territory,
    Workshop,
    WorkshopComponent,
)
from .report_scope import ReportScope, person_key, reached_query, workshop_condition

NO_COMPONENT = "Sin componente"
NO_TERRITORY = "Sin municipio"
NO_DATA = "Sin dato"
#: Age bands (label, lowest age, highest age or None), by age reached in the report's
#: reference year. 18 and 28 follow Colombia's youth law (Ley 1622 de 2013: 14–28).
AGE_BANDS = (("Menores de 18", 0, 17), ("18 a 28", 18, 28), ("29 a 59", 29, 59),
             ("60 y más", 60, None))


@dataclass(frozen=True)
class ReachRow:
    """One line of a breakdown. `key` sorts and identifies it (a component code, a DANE
    code, the first day of a month; None for "without"); `label` is what people read.
    `remote` counts virtual and hybrid workshops; `attendances` counts presences;
    `people` counts unique people reached."""

    key: Any
    label: str
    workshops: int = 0
    in_person: int = 0
    remote: int = 0
    attendances: int = 0
    people: int = 0


@dataclass(frozen=True)
class Share:
    """How many people reached fall under `label`."""

    label: str
    people: int


def _workshop_counts() -> tuple[Any, ...]:
    return (
        func.count(distinct(Workshop.id)),
        func.count(distinct(case((Workshop.modality == "in_person", Workshop.id)))),
        func.count(distinct(case((Workshop.modality != "in_person", Workshop.id)))),
    )


def _reach(session: Session, scope: ReportScope, key: Any,
           join: Callable[[Any], Any] = lambda query: query) -> dict[Any, list[int]]:
    """key value → [workshops, in_person, remote, attendances, people]."""
    figures: dict[Any, list[int]] = {}
    workshops = join(select(key, *_workshop_counts()).select_from(Workshop))
    for value, total, in_person, remote in session.execute(
        workshops.where(workshop_condition(scope)).group_by(key)
    ):
        figures[value] = [total, in_person, remote, 0, 0]
    person, joins = person_key(session)
    presences = join(reached_query(scope, person, joins, key, func.count(),
                                   func.count(distinct(person))))
    for value, attendances, people in session.execute(presences.group_by(key)):
        row = figures.setdefault(value, [0, 0, 0, 0, 0])
        row[3], row[4] = attendances, people
    return figures


def _with_components(query: Any) -> Any:
    return (query.outerjoin(WorkshopComponent, (WorkshopComponent.workshop_id == Workshop.id)
                            & WorkshopComponent.deleted.is_(False))
            .outerjoin(Component, Component.id == WorkshopComponent.component_id))


def reach_by_component(session: Session, scope: ReportScope) -> list[ReachRow]:
    """Every component of the model, in the model's order (with zeros when nothing was
    done), then "Sin componente" when some workshop has none."""
    figures = _reach(session, scope, Component.code, _with_components)
    rows = [ReachRow(code, name, *figures.pop(code, [0] * 5))
            for code, name in session.execute(
                select(Component.code, Component.name).order_by(Component.position))]
    if None in figures:
        rows.append(ReachRow(None, NO_COMPONENT, *figures[None]))
    return rows


def reach_by_territory(session: Session, scope: ReportScope) -> list[ReachRow]:
    """Municipalities where workshops in scope took place, most attendances first (then by
    name); "Sin municipio" last when some workshop has none."""
    def with_territory(query: Any) -> Any:
        return query.outerjoin(Territory, Territory.id == Workshop.territory_id)

    figures = _reach(session, scope, Territory.dane_code, with_territory)
    names = dict(session.execute(
        select(Territory.dane_code, Territory.name + " (" + Territory.department + ")")
        .where(Territory.dane_code.in_([code for code in figures if code]))
    ).tuples().all())
    rows = sorted((ReachRow(code, names[code], *counts)
                   for code, counts in figures.items() if code is not None),
                  key=lambda row: (-row.attendances, row.label))
    if None in figures:
        rows.append(ReachRow(None, NO_TERRITORY, *figures[None]))
    return rows


def _month(text: str) -> dt.date:
    return dt.date(int(text[:4]), int(text[5:7]), 1)


def month_label(month: dt.date) -> str:
    """"mar 2026" for the first of March 2026 (Spanish month abbreviations)."""
    return f"{MONTHS[month.month - 1]} {month.year}"


MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")


def reach_by_month(session: Session, scope: ReportScope) -> list[ReachRow]:
    """Months with workshops in scope, oldest first (months without any are left out)."""
    figures = _reach(session, scope, func.strftime("%Y-%m", Workshop.date))
    return [ReachRow(_month(key), month_label(_month(key)), *figures[key])
            for key in sorted(figures)]


def totals(session: Session, scope: ReportScope) -> ReachRow:
    """The whole scope in one row (label "Total")."""
    counts = _reach(session, scope, literal("total")).get("total", [0] * 5)
    return ReachRow("total", "Total", *counts)


def workshops_by_month_and_component(session: Session, scope: ReportScope
                                     ) -> list[tuple[dt.date, str, int]]:
    """(first day of the month, component name or "Sin componente", workshops), oldest
    month first, components in the model's order within a month. Only non-zero cells."""
    month = func.strftime("%Y-%m", Workshop.date)
    query = _with_components(
        select(month, Component.position, Component.name, func.count(distinct(Workshop.id)))
        .select_from(Workshop)
    ).where(workshop_condition(scope)).group_by(month, Component.code)
    rows = session.execute(query).all()
    rows.sort(key=lambda row: (row[0], row[1] is None, row[1] or 0))
    return [(_month(key), name or NO_COMPONENT, count) for key, _, name, count in rows]


# --- Who was reached ----------------------------------------------------------------------


def _reached_people(session: Session, scope: ReportScope) -> Any:
    person, joins = person_key(session)
    return reached_query(scope, person, joins, person.label("person_id")).distinct().subquery()


def _shares(session: Session, scope: ReportScope, attribute: Any) -> list[tuple[Any, int]]:
    reached = _reached_people(session, scope)
    return session.execute(
        select(attribute, func.count())
        .select_from(reached)
        .join(Participant, Participant.id == reached.c.person_id)
        .group_by(attribute)
    ).tuples().all()


def _ordered(counts: dict[Any, int], order: list[tuple[Any, str]]) -> list[Share]:
    shares = [Share(label, counts.pop(key)) for key, label in order if key in counts]
    if counts:
        shares.append(Share(NO_DATA, sum(counts.values())))
    return shares


def people_by_gender(session: Session, scope: ReportScope) -> list[Share]:
    """Unique people reached by gender, in the registry's order; "Sin dato" last."""
    counts = dict(_shares(session, scope, Participant.gender))
    return _ordered(counts, list(labels.GENDER.items()))


def people_by_ethnicity(session: Session, scope: ReportScope) -> list[Share]:
    """Unique people reached by ethnic self-identification, in the reference list's
    order; "Sin dato" last."""
    counts = dict(_shares(session, scope, Participant.ethnic_group_id))
    order = session.execute(select(EthnicGroup.id, EthnicGroup.name)
                            .order_by(EthnicGroup.position)).tuples().all()
    return _ordered(counts, list(order))


def reference_year(scope: ReportScope, today: dt.date | None = None) -> int:
    """The year ages are reckoned in: the end of the period, else this year."""
    return (scope.date_to or today or dt.date.today()).year


def people_by_age_band(session: Session, scope: ReportScope,
                       today: dt.date | None = None) -> list[Share]:
    """Unique people reached by age band (`AGE_BANDS`, from the birth year, as reached in
    `reference_year`); "Sin dato" last for people with no birth year."""
    age = reference_year(scope, today) - Participant.birth_year
    band = case(*((age.between(low, high) if high is not None else age >= low, label)
                  for label, low, high in AGE_BANDS), else_=None)
    counts = dict(_shares(session, scope, band))
    return _ordered(counts, [(label, label) for label, _, _ in AGE_BANDS])
