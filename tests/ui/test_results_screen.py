"""The results screen over a real data file: its charts show the results report's own
figures for the filters chosen, change when an implementation is chosen, say so when the
period has no workshop or ends before it starts, follow data changes, and open next time
with the filters as they were left."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from participa_desktop.core.models import Implementation, Organization, Territory
from participa_desktop.core.services import attendance, implementations, participants, workshops
from participa_desktop.reports import figures, program_figures
from participa_desktop.reports.figures import month_label
from participa_desktop.reports.report_scope import ReportScope
from participa_desktop.ui.home_sentences import number
from participa_desktop.ui.results_filters import (
    ALL,
    CUSTOM,
    LAST_12_MONTHS,
    period_dates,
)
from participa_desktop.ui.results_screen import ResultsScreen


@pytest.fixture
def demo_store(open_store, fill_demo):
    """Demo field work: 60 people, 14 workshops over the last two years, in the demo's
    implementations (several municipalities), with attendance and agreements."""
    store = open_store("resultados")
    fill_demo(store, seed=3, participants=60, workshops=14)
    return store


@pytest.fixture
def open_screen(qtbot, app_context, show_screen):
    """open_screen(store, context=None): the screen over `store`, shown, its figures read."""

    def open_(store, context=None) -> ResultsScreen:
        screen = ResultsScreen(context or app_context(store))
        show_screen(screen)
        with qtbot.waitSignal(screen.figures_shown):
            screen.activate()
        return screen

    return open_


def core_figures(store, scope: ReportScope) -> SimpleNamespace:
    today = dt.date.today()
    with store.reading() as session:
        return SimpleNamespace(
            totals=figures.totals(session, scope),
            months=figures.workshops_by_month_and_component(session, scope),
            territories=figures.reach_by_territory(session, scope),
            statuses=program_figures.agreements_by_status(session, scope, today))


def bar_sets(card) -> dict[str, list[float]]:
    (series,) = card.chart().series()
    return {bar_set.label(): [bar_set.at(i) for i in range(bar_set.count())]
            for bar_set in series.barSets()}


def categories(card, orientation: Qt.Orientation) -> list[str]:
    (axis,) = card.chart().axes(orientation)
    return axis.categories()


def assert_charts_show(screen: ResultsScreen, expected: SimpleNamespace) -> None:
    """Every bar of the three charts is the core's figure (and no figure is left out)."""
    charts = screen.charts
    # Workshops per month and component: each cell, and every month with workshops.
    cells = {(month_label(month), name): count for month, name, count in expected.months}
    months = categories(charts.months, Qt.Orientation.Horizontal)
    sets = bar_sets(charts.months)
    assert {name for _month, name in cells} == set(sets)
    assert {month for month, _name in cells} <= set(months)
    for name, values in sets.items():
        assert values == [cells.get((month, name), 0) for month in months], name
    # Attendance by municipality, most first (drawn top down, so the axis runs upwards).
    attended = [(row.label, row.attendances) for row in expected.territories
                if row.attendances]
    assert len(attended) <= 10
    shown = list(zip(categories(charts.territories, Qt.Orientation.Vertical),
                     bar_sets(charts.territories)["Asistencias"], strict=True))
    assert shown[::-1] == sorted(attended, key=lambda pair: -pair[1])
    # Agreements by status, overdue apart, first status on top.
    statuses = bar_sets(charts.agreements)
    assert statuses["Vencidos"][::-1] == [row.overdue for row in expected.statuses]
    assert statuses["No vencidos"][::-1] == [row.agreements - row.overdue
                                            for row in expected.statuses]
    overdue = sum(row.overdue for row in expected.statuses)
    assert charts.agreements.caption.text() == (
        "Acuerdos por estado: 1 vencido" if overdue == 1
        else f"Acuerdos por estado: {number(overdue)} vencidos")
    totals = expected.totals
    assert screen.headline_label.text() == (
        f"{number(totals.workshops)} talleres · {number(totals.attendances)} asistencias · "
        f"{number(totals.people)} personas")


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_charts_show_the_report_figures_of_the_whole_period(demo_store, open_screen):
    screen = open_screen(demo_store)

    assert screen.current_scope() == ReportScope()
    assert screen.filter_bar.period() == ALL
    expected = core_figures(demo_store, ReportScope())
    assert expected.totals.workshops == 14 and expected.totals.attendances > 0
    assert not any(card.is_empty() for card in (screen.charts.months,
                                                screen.charts.territories,
                                                screen.charts.agreements))
    assert_charts_show(screen, expected)


def test_choosing_an_implementation_redraws_the_charts_for_it(qtbot, demo_store, open_screen):
    screen = open_screen(demo_store)
    everything = core_figures(demo_store, ReportScope())
    with demo_store.reading() as session:
        ids = session.scalars(select(Implementation.id).where(
            Implementation.deleted.is_(False))).all()
    # The implementation with most workshops, but not all of them.
    counts = {i: core_figures(demo_store, ReportScope(implementation_id=i)).totals.workshops
              for i in ids}
    chosen = max(ids, key=counts.get)
    assert 0 < counts[chosen] < everything.totals.workshops

    with qtbot.waitSignal(screen.figures_shown,
                          check_params_cb=lambda scope: scope.implementation_id == chosen):
        choose(screen.filter_bar.implementation_combo, chosen)

    assert screen.current_scope() == ReportScope(implementation_id=chosen)
    assert_charts_show(screen, core_figures(demo_store, ReportScope(implementation_id=chosen)))
    assert sum(map(sum, bar_sets(screen.charts.months).values())) < sum(
        count for _month, _name, count in everything.months)


def test_a_period_without_workshops_says_so_instead_of_empty_charts(qtbot, demo_store,
                                                                    open_screen):
    screen = open_screen(demo_store)
    bar = screen.filter_bar
    with qtbot.waitSignal(screen.figures_shown,
                          check_params_cb=lambda scope: scope.date_to == dt.date(2011, 12, 31)):
        choose(bar.period_combo, CUSTOM)
        bar.from_date.set_value(dt.date(2011, 1, 1))
        bar.to_date.set_value(dt.date(2011, 12, 31))

    for card in (screen.charts.months, screen.charts.territories, screen.charts.agreements):
        assert card.is_empty()
        assert card.message.isVisible()
        assert card.message.text() == "Sin talleres en este periodo."
    assert screen.headline_label.text() == "0 talleres · 0 asistencias · 0 personas"
    assert screen.scope_label.text() == "del 01/01/2011 al 31/12/2011"


def test_a_period_that_ends_before_it_starts_is_explained_and_keeps_the_charts(
        qtbot, demo_store, open_screen):
    screen = open_screen(demo_store)
    bar = screen.filter_bar
    with qtbot.waitSignal(screen.figures_shown,
                          check_params_cb=lambda scope: scope.date_to == dt.date(2026, 1, 1)):
        choose(bar.period_combo, CUSTOM)
        bar.to_date.set_value(dt.date(2026, 1, 1))
        bar.from_date.set_value(None)
    chart, headline = screen.charts.months.chart(), screen.headline_label.text()
    shown = []
    screen.figures_shown.connect(shown.append)

    bar.from_date.set_value(dt.date(2026, 6, 30))  # after «hasta»
    qtbot.wait(200)

    assert screen.message_label.isVisible()
    assert screen.message_label.text() == (
        "El periodo termina (01/01/2026) antes de empezar (30/06/2026): revise las fechas "
        "«desde» y «hasta».")
    assert shown == []
    assert screen.charts.months.chart() is chart
    assert screen.headline_label.text() == headline
    assert screen.scope_label.text() == "hasta el 01/01/2026"

    with qtbot.waitSignal(screen.figures_shown):
        bar.to_date.set_value(dt.date(2026, 12, 31))
    assert not screen.message_label.isVisible()
    assert screen.scope_label.text() == "del 30/06/2026 al 31/12/2026"


def test_the_filters_are_there_again_next_time(qtbot, demo_store, open_screen, app_context):
    screen = open_screen(demo_store)
    with demo_store.reading() as session:
        implementation = session.scalars(select(Implementation)).first()
        organization_id = implementation.lead_organization_id
        implementation_id = implementation.id
        assert session.get(Organization, organization_id) is not None
    bar = screen.filter_bar
    today = dt.date.today()
    wanted = ReportScope(today - dt.timedelta(days=400), today, implementation_id,
                         organization_id)
    assert core_figures(demo_store, wanted).totals.workshops > 0
    with qtbot.waitSignal(screen.figures_shown,
                          check_params_cb=lambda scope: scope == wanted):
        choose(bar.period_combo, CUSTOM)
        bar.from_date.set_value(wanted.date_from)
        bar.to_date.set_value(wanted.date_to)
        choose(bar.implementation_combo, implementation_id)
        choose(bar.organization_combo, organization_id)

    again = open_screen(demo_store, app_context(demo_store))

    assert again.current_scope() == wanted
    assert again.shown_scope == wanted
    assert_charts_show(again, core_figures(demo_store, wanted))


def test_a_preset_period_spans_its_months_and_is_remembered(qtbot, demo_store, open_screen,
                                                            app_context):
    screen = open_screen(demo_store)
    start, end = period_dates(LAST_12_MONTHS, dt.date.today())
    assert core_figures(demo_store, ReportScope(start, end)).totals.workshops > 0
    with qtbot.waitSignal(screen.figures_shown):
        choose(screen.filter_bar.period_combo, LAST_12_MONTHS)

    assert screen.current_scope() == ReportScope(start, end)
    # The dates are shown, not editable; every month of the period has its place.
    assert not screen.filter_bar.from_date.isEnabled()
    assert (screen.filter_bar.from_date.value(), screen.filter_bar.to_date.value()) == (
        start, end)
    months = categories(screen.charts.months, Qt.Orientation.Horizontal)
    assert len(months) == 12
    assert (months[0], months[-1]) == (month_label(start), month_label(end))
    assert_charts_show(screen, core_figures(demo_store, ReportScope(start, end)))

    again = open_screen(demo_store, app_context(demo_store))
    assert again.filter_bar.period() == LAST_12_MONTHS
    assert again.shown_scope == ReportScope(start, end)


@pytest.mark.parametrize(("today", "start", "end"), [
    (dt.date(2026, 1, 15), dt.date(2025, 2, 1), dt.date(2026, 1, 31)),
    (dt.date(2026, 12, 3), dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    (dt.date(2024, 2, 29), dt.date(2023, 3, 1), dt.date(2024, 2, 29)),
])
def test_the_last_12_months_are_whole_months_up_to_this_one(today, start, end):
    assert period_dates(LAST_12_MONTHS, today) == (start, end)


@pytest.fixture
def twelve_places(open_store):
    """One implementation, a workshop in each of 12 municipalities of Valle del Cauca; the
    n-th has n people present, so the two smallest make «Otros» (1 + 2 attendances)."""
    store = open_store("municipios")
    with store.unit_of_work() as session:
        places = session.execute(
            select(Territory.id, Territory.name).where(Territory.department_code == "76")
            .order_by(Territory.dane_code).limit(12)).all()
        implementation = implementations.create_implementation(
            session, {"name": "Valle", "territory_id": places[0].id})
        people = [participants.register_participant(session, {
            "given_names": f"Persona {n}", "first_surname": "Prueba",
            "consent_date": dt.date(2025, 1, 1), "consent_channel": "verbal",
            "consent_notice_version": "2025-1"}).id for n in range(12)]
        for n, place in enumerate(places, start=1):
            workshop = workshops.create_workshop(session, {
                "title": f"Taller {n}", "implementation_id": implementation.id,
                "territory_id": place.id, "date": dt.date(2025, 3, n)})
            for person in people[:n]:
                attendance.mark(session, workshop.id, person)
    return store, SimpleNamespace(places=places, people=people, workshop=workshop.id)


def test_ten_municipalities_are_drawn_and_the_rest_sum_as_others(qtbot, twelve_places,
                                                                 open_screen):
    store, data = twelve_places
    screen = open_screen(store)

    card = screen.charts.territories
    shown = list(zip(categories(card, Qt.Orientation.Vertical),
                     bar_sets(card)["Asistencias"], strict=True))[::-1]
    assert len(shown) == 11
    assert [count for _label, count in shown] == [12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 3]
    assert shown[0][0].startswith(data.places[11].name)
    assert shown[-1][0] == "Otros (2 municipios)"
    assert "los 10 con más asistencias" in card.caption.text()
    # No workshop has a component: one grey set, "Sin componente", in one month.
    assert bar_sets(screen.charts.months) == {"Sin componente": [12.0]}
    assert screen.charts.agreements.is_empty()
    assert screen.charts.agreements.message.text() == "Sin acuerdos en este periodo."


def test_new_attendance_elsewhere_redraws_the_charts(qtbot, twelve_places, open_screen):
    store, data = twelve_places
    screen = open_screen(store)
    assert screen.headline_label.text() == "12 talleres · 78 asistencias · 12 personas"
    with store.unit_of_work() as session:
        attendance.mark(session, data.workshop, data.people[0], status="absent")

    with qtbot.waitSignal(screen.figures_shown):
        screen.context.changed("attendance")

    assert screen.headline_label.text() == "12 talleres · 77 asistencias · 12 personas"


def test_chart_months_are_named_in_the_interface_language(qapp):
    import datetime as dt

    from participa_desktop.ui import i18n
    from participa_desktop.ui.results_charts import chart_month_label

    march = dt.date(2026, 3, 1)
    assert chart_month_label(march) == "mar 2026"
    i18n.apply_language("en")
    assert chart_month_label(march) == "Mar 2026"
    assert chart_month_label(dt.date(2025, 12, 1)) == "Dec 2025"
