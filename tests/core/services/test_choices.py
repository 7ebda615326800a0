import datetime as dt

import pytest

from participa_desktop.core.services import (
    NotFound,
    choices,
    implementations,
    organizations,
    workshops,
)
from participa_desktop.core.store.seed import reference_id


def _workshop(run, title, days, start=None, place=None):
    values = {"title": title, "date": dt.date.today() + dt.timedelta(days=days)}
    if start:
        values["start_time"] = start
    if place:
        values["place"] = place
    return run(workshops.create_workshop, values)


def test_recent_workshops_today_first_then_past_then_coming(run):
    later_today = _workshop(run, "Tarde de hoy", 0, "14:00")
    this_morning = _workshop(run, "Mañana de hoy", 0, "09:00")
    yesterday = _workshop(run, "Ayer", -1)
    last_week = _workshop(run, "Semana pasada", -7)
    tomorrow = _workshop(run, "Mañana", 1)
    _workshop(run, "Hace un año", -365)
    _workshop(run, "En un mes", 30)
    gone = _workshop(run, "Borrado", 0)
    run(workshops.delete_workshop, gone.id)

    listed = run(choices.recent_workshops, dt.date.today())

    assert [w.id for w in listed] == [this_morning.id, later_today.id, yesterday.id,
                                      last_week.id, tomorrow.id]


def test_workshop_heading_names_the_place_and_municipality(run, workshop):
    heading = run(choices.workshop_heading, workshop.id)
    assert heading.title == "Taller de liderazgo juvenil"
    assert heading.date == dt.date(2025, 3, 4)
    assert heading.start_time == dt.time(9, 0)
    assert heading.place == "Casa de la cultura"
    assert heading.territory_name == "Buenaventura"
    assert heading.territory_id == workshop.territory_id
    run(workshops.delete_workshop, workshop.id)
    with pytest.raises(NotFound):
        run(choices.workshop_heading, workshop.id)


def test_person_document_types_leave_out_the_nit(run):
    codes = [choice.code for choice in run(choices.person_document_types)]
    assert codes == ["CC", "TI", "CE", "PPT", "PA", "RC"]


def test_organizations_are_the_live_ones_by_name(run, organization):
    other = run(organizations.create_organization,
                {"name": "Alcaldía de Yumbo", "sector": "public"})
    gone = run(organizations.create_organization, {"name": "Cerrada", "sector": "private"})
    run(organizations.delete_organization, gone.id)
    listed = run(choices.organizations)
    assert [(c.id, c.name) for c in listed] == [
        (other.id, "Alcaldía de Yumbo"), (organization.id, "Fundación Pacífico Vivo")]
    assert listed[1].code == "890399010-6"


def test_implementations_are_the_live_ones_by_name(run, implementation):
    yumbo = run(implementations.create_implementation,
                {"name": "Activa Yumbo", "territory_id": reference_id("territory", "76892")})
    gone = run(implementations.create_implementation,
               {"name": "Activa Borrada", "territory_id": reference_id("territory", "76892")})
    run(implementations.delete_implementation, gone.id)
    listed = run(choices.implementations)
    assert [(c.id, c.name, c.code) for c in listed] == [
        (implementation.id, "Activa Buenaventura", ""), (yumbo.id, "Activa Yumbo", "")]


def test_components_keep_the_models_order_with_their_codes(run):
    listed = run(choices.components)
    assert [c.code for c in listed][:2] == ["liderazgo", "incidencia"]
    assert listed[0].id == reference_id("component", "liderazgo")
    assert listed[0].name == "Liderazgos orientados a lo público"


def test_workshops_held_come_first_newest_first_then_the_coming_ones_soonest_first(run):
    today = dt.date(2025, 8, 1)

    def make(title, date):
        return run(workshops.create_workshop, {"title": title, "date": date}).id

    next_year = make("Dentro de un año", "2026-03-01")
    march = make("Marzo", "2025-03-04")
    today_s = make("Hoy", "2025-08-01")
    next_month = make("Dentro de un mes", "2025-09-01")
    gone = make("Borrado", "2025-07-01")
    run(workshops.delete_workshop, gone)
    listed = run(choices.workshops, today)
    assert [c.id for c in listed] == [today_s, march, next_month, next_year]
    assert listed[1].date == dt.date(2025, 3, 4)
