"""The report's summary counts reach while its data sheets stream (`reach_tally`); the
app's charts ask SQL (`figures`). Both must always say the same, for any scope; so must
each person's workshops and first and last date (the people sheet's columns) and what a
GROUP BY over the attendance says."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import distinct, func, select

from participa_desktop.core.models import Implementation, Participant, Workshop
from participa_desktop.core.services import attendance, duplicates
from participa_desktop.reports import figures, results_sheets
from participa_desktop.reports.reach_tally import PeopleTally, ReachTally
from participa_desktop.reports.report_scope import ReportScope, person_key, reached_query

SCOPES = (ReportScope(), ReportScope(dt.date(2025, 6, 1), dt.date(2026, 3, 31)),
          ReportScope(dt.date(2030, 1, 1)))


@pytest.fixture
def demo(open_store, fill_demo):
    store = open_store("demo")
    fill_demo(store, seed=5, participants=250, workshops=30)
    with store.unit_of_work() as session:
        first, second, gone = session.scalars(
            select(Participant.id).order_by(Participant.id).limit(3)).all()
        duplicates.link(session, first, second)  # two registrations of one person, linked
        workshop = session.scalar(select(Workshop.id).order_by(Workshop.date).limit(1))
        for who in (first, second, gone):  # both registrations present at one workshop
            attendance.mark(session, workshop, who, "present")
    # What merges can leave: a deleted person whose attendance is still live, and the
    # attendance of a person this file does not have (yet).
    with sqlite3.connect(store.path) as raw:
        raw.execute("UPDATE participant SET deleted = 1 WHERE id = ?", (gone,))
        raw.execute("INSERT INTO attendance (id, workshop_id, participant_id, status, deleted)"
                    " VALUES ('huerfana', ?, 'persona-ausente', 'present', 0)", (workshop,))
    raw.close()
    return store


def tallied(session, scope: ReportScope) -> tuple[ReachTally, PeopleTally]:
    """Stream the attendance and people sheets as the report does, feeding the tallies."""
    reach, people = ReachTally(session, scope), PeopleTally(session)
    year = (scope.date_to or dt.date.today()).year
    for sheet in results_sheets.attendance_and_people_sheets(session, scope, False, year,
                                                             reach, people.person):
        for _ in sheet.rows:
            pass
    return reach, people


def test_the_tally_and_the_queries_agree_for_every_scope(demo):
    with demo.reading() as session:
        implementation = session.scalar(select(Implementation.id).limit(1))
        for scope in (*SCOPES, ReportScope(implementation_id=implementation)):
            reach, people = tallied(session, scope)
            assert reach.totals() == figures.totals(session, scope)
            assert reach.reach_by_component() == figures.reach_by_component(session, scope)
            assert reach.reach_by_territory() == figures.reach_by_territory(session, scope)
            assert reach.reach_by_month() == figures.reach_by_month(session, scope)
            assert people.people_by_gender() == figures.people_by_gender(session, scope)
            assert people.people_by_ethnicity() == figures.people_by_ethnicity(session, scope)
            assert people.people_by_age_band() == figures.people_by_age_band(session, scope)
        assert figures.totals(session, ReportScope()).attendances > 1000


def test_each_persons_workshops_and_dates_are_those_a_group_by_gives(demo):
    with demo.reading() as session:
        implementation = session.scalar(select(Implementation.id).limit(1))
        person, joins = person_key(session)
        for scope in (*SCOPES, ReportScope(implementation_id=implementation)):
            reach, _ = tallied(session, scope)
            grouped = {row[0]: tuple(row[1:]) for row in session.execute(reached_query(
                scope, person, joins, person, func.count(distinct(Workshop.id)),
                func.min(Workshop.date), func.max(Workshop.date)).group_by(person))}
            assert {key: (seen.workshops, seen.first, seen.last)
                    for key, seen in reach.reached.items()} == grouped
        # The cases the fixture set up were there to be counted (or left out).
        reach, _ = tallied(session, ReportScope())
        canonical = min(duplicates.canonical_ids(session).values())
        assert any(present.count(reach.reached[canonical]) == 2
                   for present in reach.present.values())  # both registrations, once
        deleted = session.scalar(select(Participant.id).where(Participant.deleted.is_(True)))
        assert deleted not in reach.reached and "persona-ausente" not in reach.reached
