"""Warning before saving a walk-in (`participant_search.likely_duplicates`): live people with
the same document or a very similar name, each with the reason in Spanish."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from participa_desktop.core.services import participant_search, participants
from participa_desktop.core.store.seed import reference_id

CC = reference_id("document_type", "CC")
TI = reference_id("document_type", "TI")


def person(given, first, second=None, **more):
    return {"given_names": given, "first_surname": first, "second_surname": second,
            "consent_date": dt.date(2025, 2, 1), "consent_channel": "signed_paper",
            "consent_notice_version": "2025-1", **more}


@pytest.fixture
def registered(run):
    def register(values):
        return run(participants.register_participant, values).id

    return register


@pytest.fixture
def warn(store):
    """warn(values) → [(id, reason)] as the form would show them."""

    def check(values, **options):
        with store.reading() as session:
            found = participant_search.likely_duplicates(session, values, **options)
        return [(item.person.id, item.reason) for item in found]

    return check


def test_same_document_whatever_the_dots_and_the_name(registered, warn):
    known = registered(person("Jhon Jairo", "Angulo", document_type_id=CC,
                              document_number="1130456789"))
    registered(person("Otra", "Persona", document_type_id=CC, document_number="1130456788"))
    typed = person("Carlos", "Mina", document_number="1.130.456.789")
    assert warn(typed) == [(known, "mismo documento")]
    assert warn({**typed, "document_number": " 1130456789 "}) == [(known, "mismo documento")]


def test_same_name_without_accents_or_case(registered, warn):
    known = registered(person("Yésica", "Ibargüen", "Núñez"))
    assert warn(person("YESICA", "ibarguen", "nunez")) == [(known, "nombre muy parecido")]
    assert warn(person("Yesica", "Ibarguen-Nunez")) == [(known, "nombre muy parecido")]


def test_a_missing_second_surname_matches_any(registered, warn):
    valencia = registered(person("Luz Dary", "Mosquera", "Valencia"))
    without = registered(person("Luz Dary", "Mosquera"))
    riascos = registered(person("Luz Dary", "Mosquera", "Riascos"))
    registered(person("Luz Dary", "Mina"))
    assert {pid for pid, _ in warn(person("Luz Dary", "Mosquera"))} == {
        valencia, without, riascos
    }
    assert warn(person("Luz Dary", "Mosquera", "Valencia")) == [
        (without, "nombre muy parecido"), (valencia, "nombre muy parecido")
    ]


def test_a_typo_in_the_given_names_with_the_same_surnames(registered, warn):
    known = registered(person("Maryury", "Cuero", "Angulo"))
    assert warn(person("Mayury", "Cuero", "Angulo")) == [(known, "nombre muy parecido")]
    assert warn(person("Maryuri", "Cuero", "Angulo")) == [(known, "nombre muy parecido")]
    assert warn(person("Mary", "Cuero", "Angulo")) == []  # ratio 0.73: another person
    assert warn(person("Mayury", "Cuero", "Valencia")) == []  # other second surname
    assert warn(person("Maryury", "Cuervo", "Angulo")) == []  # surnames must agree


def test_the_same_full_name_split_differently(registered, warn):
    known = registered(person("María", "José Angulo", "Riascos"))
    assert warn(person("María José", "Angulo", "Riascos")) == [(known, "nombre muy parecido")]


def test_deleted_people_are_not_duplicates(registered, warn, run):
    gone = registered(person("Hernán", "Quintero", "Mina", document_type_id=CC,
                             document_number="94555666"))
    run(participants.delete_participant, gone)
    assert warn(person("Hernan", "Quintero", "Mina", document_number="94555666")) == []


def test_both_reasons_and_the_order(registered, warn):
    by_name = registered(person("Sofía", "Zuluaga", "Castro"))
    both = registered(person("Sofia", "Zuluaga", document_type_id=TI,
                             document_number="1012345678", guardian_name="Ana Zuluaga",
                             birth_year=2012))
    by_document = registered(person("Camila", "Rentería", document_type_id=CC,
                                    document_number="1012345678"))
    found = warn(person("Sofía", "Zuluaga", "Castro", document_number="1012345678"))
    assert found == [
        (by_document, "mismo documento"),                     # same document first: Rentería
        (both, "mismo documento y nombre muy parecido"),      # then Zuluaga
        (by_name, "nombre muy parecido"),
    ]


def test_the_person_being_edited_is_left_out(registered, warn):
    me = registered(person("Sofía", "Zuluaga", "Castro"))
    twin = registered(person("Sofia", "Zuluaga", "Castro"))
    assert warn(person("Sofía", "Zuluaga", "Castro"), exclude_id=me) == [
        (twin, "nombre muy parecido")
    ]


def test_the_warning_carries_what_the_list_shows(registered, store):
    known = registered(person("Nelly", "Caicedo", document_type_id=CC,
                              document_number="31555777"))
    with store.reading() as session:
        [found] = participant_search.likely_duplicates(session, {"document_number": "31.555.777"})
    assert found.person.full_name == "Nelly Caicedo"
    assert found.person.document == "CC 31555777"
    assert found.person.id == known


@pytest.mark.parametrize("values", [
    {},
    {"given_names": "Ana"},
    {"first_surname": "Angulo"},
    {"given_names": "   ", "first_surname": "---"},
    {"given_names": 'Ana" OR "x', "first_surname": "NEAR(a*)", "second_surname": ":"},
    {"given_names": 42, "first_surname": None, "document_number": 123},
    {"document_number": "..."},
])
def test_odd_input_finds_nobody_and_never_raises(registered, warn, values):
    registered(person("Ana", "Angulo"))
    assert warn(values) == []


def test_people_the_index_has_not_caught_up_with_are_compared_too(store, registered, warn):
    known = registered(person("Deisy", "Romero", "Mondragón"))
    with store.engine.begin() as connection:  # a write that bypassed the store
        connection.execute(text("UPDATE participant SET first_surname = 'Palacios' "
                                "WHERE id = :id"), {"id": known})
    assert warn(person("Deisy", "Romero", "Mondragón")) == []
    assert warn(person("Deisy", "Palacios", "Mondragon")) == [(known, "nombre muy parecido")]


def test_duplicates_from_the_demo_are_caught(store, fill_demo):
    """The demo registers ~2 % of people twice with a spelling difference; when the
    difference is in the given names or only case and accents, or the document is the
    same, the warning sees the first registration."""
    fill_demo(store, participants=400, workshops=0)
    with store.reading() as session:
        rows = session.execute(text(
            "SELECT id, given_names, first_surname, second_surname, document_number "
            "FROM participant ORDER BY rowid")).all()
        caught = 0
        for pid, given, first, second, document in rows:
            found = participant_search.likely_duplicates(
                session, {"given_names": given, "first_surname": first,
                          "second_surname": second, "document_number": document},
                exclude_id=pid)
            caught += bool(found)
            for item in found:
                assert item.person.id != pid
    assert caught >= 2
