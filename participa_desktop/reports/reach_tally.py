"""The reach figures of the results report, counted while the data sheets stream past
instead of by separate queries: one pass over the attendance rows gives workshops,
attendances and unique people by component, territory and month, and the pass over the
people reached gives the gender, age-band and ethnicity shares. On the 500,000-attendance
demo this replaces ten full scans of the attendance table (about 10 s) by a few set
insertions per row. The rules are those of `figures` (which the app's charts use, and
which the tests compare with this tally): same workshops, same presences, same people.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import labels
from ..core.models import Component, EthnicGroup, Territory, Workshop, WorkshopComponent
from .figures import AGE_BANDS, NO_COMPONENT, NO_DATA, NO_TERRITORY, ReachRow, Share, month_label
from .report_scope import ReportScope, workshop_condition


@dataclass(frozen=True)
class _Workshop:
    components: tuple[str | None, ...]  # codes; (None,) when it has none
    territory: str | None  # DANE code
    month: dt.date
    in_person: bool


class _Counts:
    """Workshops, presences and people of one line of a breakdown."""

    __slots__ = ("attendances", "in_person", "people", "workshops")

    def __init__(self) -> None:
        self.workshops = self.in_person = self.attendances = 0
        self.people: set[str] = set()

    def row(self, key: Any, label: str) -> ReachRow:
        return ReachRow(key, label, self.workshops, self.in_person,
                        self.workshops - self.in_person, self.attendances, len(self.people))


class ReachTally:
    """Fed every attendance row of the scope (`presence`), answers `figures`' questions."""

    def __init__(self, session: Session, scope: ReportScope) -> None:
        components: dict[str, list[str]] = defaultdict(list)
        for workshop_id, code in session.execute(
            select(WorkshopComponent.workshop_id, Component.code)
            .join(Component, Component.id == WorkshopComponent.component_id)
            .join(Workshop, Workshop.id == WorkshopComponent.workshop_id)
            .where(WorkshopComponent.deleted.is_(False), workshop_condition(scope))
        ):
            components[workshop_id].append(code)
        self.workshops: dict[str, _Workshop] = {}
        self.total = _Counts()
        self.by_component: dict[str | None, _Counts] = defaultdict(_Counts)
        self.by_territory: dict[str | None, _Counts] = defaultdict(_Counts)
        self.by_month: dict[dt.date, _Counts] = defaultdict(_Counts)
        for workshop_id, date, modality, dane in session.execute(
            select(Workshop.id, Workshop.date, Workshop.modality, Territory.dane_code)
            .outerjoin(Territory, Territory.id == Workshop.territory_id)
            .where(workshop_condition(scope))
        ):
            facts = _Workshop(tuple(components.get(workshop_id, ())) or (None,), dane,
                              date.replace(day=1), modality == "in_person")
            self.workshops[workshop_id] = facts
            for counts in self._lines(facts):
                counts.workshops += 1
                counts.in_person += facts.in_person
        self.component_names = session.execute(
            select(Component.code, Component.name).order_by(Component.position)).tuples().all()
        self.territory_names = dict(session.execute(
            select(Territory.dane_code, Territory.name + " (" + Territory.department + ")")
            .where(Territory.dane_code.in_([code for code in self.by_territory if code]))
        ).tuples().all())

    def _lines(self, facts: _Workshop) -> list[_Counts]:
        return [self.total, self.by_territory[facts.territory], self.by_month[facts.month],
                *(self.by_component[code] for code in facts.components)]

    def presence(self, workshop_id: str, person: str) -> None:
        """`person` (any stable key of the canonical person) was present at `workshop_id`."""
        for counts in self._lines(self.workshops[workshop_id]):
            counts.attendances += 1
            counts.people.add(person)

    # --- the answers, shaped as `figures` shapes them ----------------------------------

    def totals(self) -> ReachRow:
        return self.total.row("total", "Total")

    def reach_by_component(self) -> list[ReachRow]:
        rows = [self.by_component.get(code, _Counts()).row(code, name)
                for code, name in self.component_names]
        if None in self.by_component:
            rows.append(self.by_component[None].row(None, NO_COMPONENT))
        return rows

    def reach_by_territory(self) -> list[ReachRow]:
        rows = sorted((counts.row(code, self.territory_names[code])
                       for code, counts in self.by_territory.items() if code is not None),
                      key=lambda row: (-row.attendances, row.label))
        if None in self.by_territory:
            rows.append(self.by_territory[None].row(None, NO_TERRITORY))
        return rows

    def reach_by_month(self) -> list[ReachRow]:
        return [self.by_month[month].row(month, month_label(month))
                for month in sorted(self.by_month)]


class PeopleTally:
    """Fed every person reached (`person`, with the labels the people sheet shows),
    answers the share questions of `figures` in the same order."""

    def __init__(self, session: Session) -> None:
        self.gender: Counter[str] = Counter()
        self.age: Counter[str] = Counter()
        self.ethnicity: Counter[str] = Counter()
        self.ethnic_order = session.scalars(
            select(EthnicGroup.name).order_by(EthnicGroup.position)).all()

    def person(self, gender: str, age_band: str, ethnicity: str) -> None:
        self.gender[gender] += 1
        self.age[age_band] += 1
        self.ethnicity[ethnicity] += 1

    @staticmethod
    def _shares(counts: Counter[str], order: list[str]) -> list[Share]:
        shares = [Share(label, counts[label]) for label in order if counts[label]]
        if counts[NO_DATA]:
            shares.append(Share(NO_DATA, counts[NO_DATA]))
        return shares

    def people_by_gender(self) -> list[Share]:
        return self._shares(self.gender, list(labels.GENDER.values()))

    def people_by_age_band(self) -> list[Share]:
        return self._shares(self.age, [label for label, _, _ in AGE_BANDS])

    def people_by_ethnicity(self) -> list[Share]:
        return self._shares(self.ethnicity, list(self.ethnic_order))
