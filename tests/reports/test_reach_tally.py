"""The report's summary counts reach while its data sheets stream (`reach_tally`); the
app's charts ask SQL (`figures`). Both must always say the same, for any scope."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from participa_desktop.core.models import Implementation, Participant
from participa_desktop.core.services import duplicates
from participa_desktop.reports import figures, results_sheets
from participa_desktop.reports.reach_tally import PeopleTally, ReachTally
from participa_desktop.reports.report_scope import ReportScope


@pytest.fixture
def demo(open_store, fill_demo):
    store = open_store("demo")
    fill_demo(store, seed=5, participants=250, workshops=30)
    with store.unit_of_work() as session:  # two registrations of one person, linked
        first, second = session.scalars(select(Participant.id).limit(2)).all()
        duplicates.link(session, first, second)
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
        for scope in (ReportScope(), ReportScope(dt.date(2025, 6, 1), dt.date(2026, 3, 31)),
                      ReportScope(implementation_id=implementation),
                      ReportScope(dt.date(2030, 1, 1))):
            reach, people = tallied(session, scope)
            assert reach.totals() == figures.totals(session, scope)
            assert reach.reach_by_component() == figures.reach_by_component(session, scope)
            assert reach.reach_by_territory() == figures.reach_by_territory(session, scope)
            assert reach.reach_by_month() == figures.reach_by_month(session, scope)
            assert people.people_by_gender() == figures.people_by_gender(session, scope)
            assert people.people_by_ethnicity() == figures.people_by_ethnicity(session, scope)
            assert people.people_by_age_band() == figures.people_by_age_band(session, scope)
        assert figures.totals(session, ReportScope()).attendances > 1000
