"""The reach figures of the results report, counted while the data sheets stream past
instead of by separate queries: one pass over the attendance rows gives workshops,
attendances and unique people by component, territory and month, and each person's
workshops and first and last date (the people sheet's columns); the pass over the people
reached gives the gender, age-band and ethnicity shares. On the 500,000-attendance demo
this replaces ten full scans of the attendance table (about 10 s) and a GROUP BY over it
(about 3 s) by a dictionary look-up and a list append per row, and a set union per line
of the summary at the end. The rules are those of `figures` (which the
app's charts use, and which the tests compare with this tally): same workshops, same
presences, same people.
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
    date: dt.date
    in_person: bool


class PersonReach:
    """One person reached: how many workshops they were present at, the first and the
    last of those workshops' dates."""

    __slots__ = ("first", "last", "last_workshop", "workshops")

    def __init__(self, workshop_id: str, date: dt.date) -> None:
        self.workshops = 1
        self.first = self.last = date
        self.last_workshop = workshop_id


class _Counts:
    """Workshops, presences and people of one line of a breakdown."""

    __slots__ = ("attendances", "in_person", "people", "workshops")

    def __init__(self) -> None:
        self.workshops = self.in_person = self.attendances = 0
        self.people: set[PersonReach] = set()

    def row(self, key: Any, label: str) -> ReachRow:
        return ReachRow(key, label, self.workshops, self.in_person,
                        self.workshops - self.in_person, self.attendances, len(self.people))


class ReachTally:
    """Fed every presence in scope (`presence`), answers `figures`' questions (once every
    presence is in), and knows every person reached (`reached`)."""

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
        #: The lines each workshop counts under (total, territory, month, components).
        self.lines: dict[str, tuple[_Counts, ...]] = {}
        #: workshop id → the people present, one entry per presence (counted into the
        #: lines only when an answer is asked for: a set union per line, not a few set
        #: insertions per row).
        self.present: dict[str, list[PersonReach]] = {}
        self._settled = False
        #: canonical person id → their workshops and first and last date.
        self.reached: dict[str, PersonReach] = {}
        for workshop_id, date, modality, dane in session.execute(
            select(Workshop.id, Workshop.date, Workshop.modality, Territory.dane_code)
            .outerjoin(Territory, Territory.id == Workshop.territory_id)
            .where(workshop_condition(scope))
        ):
            facts = _Workshop(tuple(components.get(workshop_id, ())) or (None,), dane,
                              date, modality == "in_person")
            self.workshops[workshop_id] = facts
            self.lines[workshop_id] = lines = self._lines(facts)
            self.present[workshop_id] = []
            for counts in lines:
                counts.workshops += 1
                counts.in_person += facts.in_person
        self.component_names = session.execute(
            select(Component.code, Component.name).order_by(Component.position)).tuples().all()
        self.territory_names = dict(session.execute(
            select(Territory.dane_code, Territory.name + " (" + Territory.department + ")")
            .where(Territory.dane_code.in_([code for code in self.by_territory if code]))
        ).tuples().all())

    def _lines(self, facts: _Workshop) -> tuple[_Counts, ...]:
        return (self.total, self.by_territory[facts.territory],
                self.by_month[facts.date.replace(day=1)],
                *(self.by_component[code] for code in facts.components))

    def presence(self, workshop_id: str, person: str) -> None:
        """`person` (the canonical person's id) was present at `workshop_id`.

        The presences of one workshop must come one after another (the attendance sheet
        streams them by workshop), or `reached` counts a workshop more than once."""
        reach = self.reached.get(person)
        if reach is None:
            reach = self.reached[person] = PersonReach(workshop_id,
                                                       self.workshops[workshop_id].date)
        elif reach.last_workshop != workshop_id:
            date = self.workshops[workshop_id].date
            reach.workshops += 1
            reach.last_workshop = workshop_id
            if date < reach.first:
                reach.first = date
            if date > reach.last:
                reach.last = date
        self.present[workshop_id].append(reach)

    def _settle(self) -> None:
        """Count the presences into the lines (once: call when every presence is in)."""
        if self._settled:
            return
        self._settled = True
        for workshop_id, present in self.present.items():
            for counts in self.lines[workshop_id]:
                counts.attendances += len(present)
                counts.people.update(present)  # one object per person: hashed by identity

    # --- the answers, shaped as `figures` shapes them ----------------------------------

    def totals(self) -> ReachRow:
        self._settle()
        return self.total.row("total", "Total")

    def reach_by_component(self) -> list[ReachRow]:
        self._settle()
        rows = [self.by_component.get(code, _Counts()).row(code, name)
                for code, name in self.component_names]
        if None in self.by_component:
            rows.append(self.by_component[None].row(None, NO_COMPONENT))
        return rows

    def reach_by_territory(self) -> list[ReachRow]:
        self._settle()
        rows = sorted((counts.row(code, self.territory_names[code])
                       for code, counts in self.by_territory.items() if code is not None),
                      key=lambda row: (-row.attendances, row.label))
        if None in self.by_territory:
            rows.append(self.by_territory[None].row(None, NO_TERRITORY))
        return rows

    def reach_by_month(self) -> list[ReachRow]:
        self._settle()
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
