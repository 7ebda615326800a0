"""The registry search (`participant_search.search`) and the list lines (`summaries`): accent-
and case-insensitive word prefixes over a local FTS5 index that follows every write path."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from participa_desktop.core import replication
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.folding import fold
from participa_desktop.core.services import organizations, participant_search, participants
from participa_desktop.core.store import search_index
from participa_desktop.core.store.seed import reference_id

CC = reference_id("document_type", "CC")
BUENAVENTURA = reference_id("territory", "76109")


def person(given, first, second=None, **more):
    return {"given_names": given, "first_surname": first, "second_surname": second,
            "consent_date": dt.date(2025, 2, 1), "consent_channel": "signed_paper",
            "consent_notice_version": "2025-1", **more}


@pytest.fixture
def people(run):
    """A small registry; returns name → id."""
    rows = {
        "maria": person("María José", "González", "Riascos", document_type_id=CC,
                        document_number="1.144.567.890"),
        "mario": person("Mario", "Pérez", "Gómez", document_type_id=CC,
                        document_number="94123456"),
        "jose": person("José Luis", "Álvarez", None),
        "yesica": person("YÉSICA", "Ibargüen", "Muñoz"),
        "munoz": person("Ana", "Munoz", None),
        "murillo": person("Ana", "Murillo", None),
    }
    return {key: run(participants.register_participant, values).id
            for key, values in rows.items()}


@pytest.fixture
def search(store):
    def find(typed, limit=200):
        with store.reading() as session:
            return participant_search.search(session, typed, limit)

    return find


def test_every_typed_word_must_begin_a_word_of_the_person(search, people):
    assert search("mar gonz") == [people["maria"]]
    assert search("gonz mar") == [people["maria"]]
    assert search("mar") == [people["maria"], people["mario"]]  # González before Pérez
    assert search("mar riascos") == [people["maria"]]
    assert search("mar xyz") == []
    assert search("aría") == []  # a prefix, not any substring


def test_accents_and_case_do_not_count_either_way(search, people):
    assert search("jose") == [people["jose"], people["maria"]]  # Álvarez, González
    assert search("JOSÉ") == search("jose")
    assert search("alvarez") == [people["jose"]]
    assert search("yesica ibarguen") == [people["yesica"]]
    assert search("ibargüen") == [people["yesica"]]


def test_a_document_is_found_by_its_first_digits_with_or_without_dots(search, people):
    assert search("1144") == [people["maria"]]
    assert search("1.144.5") == [people["maria"]]
    assert search("94123456") == [people["mario"]]
    assert search("4412") == []


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", "-", "***", "()", '""', "¿?"])
def test_blank_text_finds_nobody(search, people, typed):
    assert search(typed) == []


@pytest.mark.parametrize("typed", [
    '"', '"mar', "mar*", "*", "-mar", "mar -gonz", "mar:", "given_names:mar",
    "first_surname : gonz", "(mar", "mar)", "NEAR(mar gonz)", "mar NEAR gonz", "mar AND",
    "OR", "AND mar", "NOT", "mar OR gonz", "^mar", "{given_names}: mar", "mar + gonz",
    "'; DROP TABLE participant; --", "\x00", "mar\x00gonz",
])
def test_search_syntax_is_text_to_look_for_never_an_error(search, people, typed):
    found = search(typed)
    assert isinstance(found, list)
    assert set(found) <= set(people.values())
    if typed in ("mar*", "-mar", "mar:", "(mar", "mar)", "^mar"):
        assert found == [people["maria"], people["mario"]]
    if typed in ("mar -gonz", "mar + gonz", "mar\x00gonz"):
        assert found == [people["maria"]]
    if typed in ("mar OR gonz", "NEAR(mar gonz)", "given_names:mar"):
        assert found == []  # "or", "near", "given" are words to find: nobody has them


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=st.text(max_size=40))
def test_any_text_is_safe_to_search(search, people, typed):
    assert set(search(typed)) <= set(people.values())


def test_results_are_ordered_by_surnames_then_given_names(run, search):
    """Accents and case do not count in the order either ("Álvarez" before "Bermúdez");
    no second surname comes before any second surname."""
    ids = {key: run(participants.register_participant, values).id for key, values in {
        "bermudez": person("Ana", "Bermúdez", "Arias"),
        "alvarez_zapata_beatriz": person("Ana Beatriz", "Álvarez", "Zapata"),
        "angulo": person("Ana", "angulo"),
        "alvarez_zapata": person("Ana", "ÁLVAREZ", "Zapata"),
        "alvarez": person("Ana", "Álvarez"),
    }.items()}
    assert search("ana") == [ids["alvarez"], ids["alvarez_zapata"],
                             ids["alvarez_zapata_beatriz"], ids["angulo"], ids["bermudez"]]


def test_n_with_tilde_sorts_after_n(store, run, search):
    ids = {name: run(participants.register_participant, person("Ana", name)).id
           for name in ("Muñoz", "Munoz", "Murillo", "Munz")}
    assert search("ana") == [ids["Munoz"], ids["Munz"], ids["Muñoz"], ids["Murillo"]]


def test_limit_cuts_the_ordered_list(search, people):
    assert search("a", limit=2) == search("a")[:2]
    assert search("a", limit=0) == []


def test_edits_and_deletions_reach_the_index(search, people, run):
    run(participants.update_participant, people["mario"], {"given_names": "Mauricio"})
    assert search("mario") == []
    assert search("mauri") == [people["mario"]]
    run(participants.update_participant, people["mario"], {"document_number": "70 555 666"})
    assert search("94123") == []
    assert search("70555") == [people["mario"]]
    run(participants.delete_participant, people["maria"])
    assert search("gonz") == []
    assert search("mar") == []


def test_the_index_has_caught_up_after_each_unit_of_work(store, people, raw):
    assert raw(f"SELECT count(*) FROM {search_index.PENDING_TABLE}") == [(0,)]
    assert raw(f"SELECT count(*) FROM {search_index.KEY_TABLE}") == [(len(people),)]
    assert raw(f"SELECT count(*) FROM {search_index.SEARCH_TABLE}") == [(len(people),)]


def test_inside_a_unit_of_work_a_new_person_is_found_before_commit(store, people):
    with store.unit_of_work() as session:
        new = participants.register_participant(session, person("Óscar", "Quiñones")).id
        assert participant_search.search(session, "oscar quin") == [new]
        participants.delete_participant(session, people["mario"])
        assert participant_search.search(session, "mario") == []


def test_writes_that_bypass_the_store_are_still_searched_exactly(store, search, people, raw):
    """A raw write (another tool, a writer that stopped before catching up): the triggers
    note it, the search checks those people itself until the next write catches up."""
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE participant SET given_names = 'Marisol' "
                                "WHERE id = :id"), {"id": people["yesica"]})
        connection.execute(text("UPDATE participant SET deleted = 1 WHERE id = :id"),
                           {"id": people["mario"]})
    assert raw(f"SELECT count(*) FROM {search_index.PENDING_TABLE}") == [(2,)]
    assert search("mar") == [people["maria"], people["yesica"]]
    assert search("yesica") == []
    with store.unit_of_work() as session:
        participant_search.search(session, "x")  # any write session catches up at commit
    assert raw(f"SELECT count(*) FROM {search_index.PENDING_TABLE}") == [(0,)]
    assert search("mar") == [people["maria"], people["yesica"]]


def test_bulk_registration_is_searchable(store, fill_demo, search):
    fill_demo(store, participants=200, workshops=0)
    with store.reading() as session:
        rows = session.execute(text(
            "SELECT id, given_names, first_surname, second_surname FROM participant")).all()
    for pid, names, first, second in rows[::20]:
        assert pid in search(" ".join(p for p in (names, first, second) if p))


def test_people_merged_from_a_package_are_searchable_and_tombstones_leave(
    open_store, tmp_path
):
    laptop, coordinator = open_store("laptop"), open_store("coordinador")
    with laptop.unit_of_work() as session:
        pid = participants.register_participant(session, person("Nelly", "Caicedo")).id
    replication.merge(coordinator, _export(laptop, tmp_path / "1.participa"))
    with coordinator.reading() as session:
        assert participant_search.search(session, "nel caic") == [pid]
    with laptop.unit_of_work() as session:
        participants.update_participant(session, pid, {"first_surname": "Cuero"})
    replication.merge(coordinator, _export(laptop, tmp_path / "2.participa"))
    with coordinator.reading() as session:
        assert participant_search.search(session, "caic") == []
        assert participant_search.search(session, "cuero") == [pid]
    with laptop.unit_of_work() as session:
        participants.delete_participant(session, pid)
    replication.merge(coordinator, _export(laptop, tmp_path / "3.participa"))
    with coordinator.reading() as session:
        assert participant_search.search(session, "nelly") == []
    with coordinator.engine.connect() as connection:
        assert connection.exec_driver_sql(
            f"SELECT count(*) FROM {search_index.PENDING_TABLE}").scalar() == 0


def _export(store, path):
    replication.export(store, path)
    return path


def test_the_index_is_local_not_in_packages_nor_dumps(store, people, tmp_path):
    package = _export(store, tmp_path / "p.participa")
    raw = tmp_path / "p.sqlite"
    with package.open("rb") as reader, raw.open("wb") as writer:
        zstandard.ZstdDecompressor().copy_stream(reader, writer)
    with sqlite3.connect(raw) as connection:
        tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    assert "participant" in tables
    assert not any(search_index.is_search_table(name) for name in tables)
    with store.engine.connect() as connection:
        assert "participant_search" not in "".join(dump_lines(connection))


# --- summaries ----------------------------------------------------------------------------


def test_summaries_follow_the_order_of_the_ids(store, run, people):
    org = run(organizations.create_organization,
              {"name": "Fundación Pacífico Vivo", "sector": "civil_society"})
    run(participants.update_participant, people["maria"],
        {"organization_id": org.id, "territory_id": BUENAVENTURA, "birth_year": 1990})
    wanted = [people["mario"], people["maria"], "no-existe", people["jose"]]
    with store.reading() as session:
        found = participant_search.summaries(session, wanted)
    assert [s.id for s in found] == [people["mario"], people["maria"], people["jose"]]
    maria = found[1]
    assert maria == participant_search.ParticipantSummary(
        id=people["maria"], full_name="María José González Riascos",
        document_type_code="CC", document_number="1144567890",
        organization_name="Fundación Pacífico Vivo",
        territory_name="Buenaventura (Valle del Cauca)",
        consent_date=dt.date(2025, 2, 1), consent_channel="signed_paper", birth_year=1990,
    )
    assert maria.document == "CC 1144567890"
    assert found[2].document is None and found[2].organization_name is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        maria.full_name = "Otra"


def test_summaries_leave_out_deleted_people_and_deleted_organisations(store, run, people):
    org = run(organizations.create_organization, {"name": "Colectivo", "sector": "private"})
    run(participants.update_participant, people["mario"], {"organization_id": org.id})
    run(organizations.delete_organization, org.id)
    run(participants.delete_participant, people["maria"])
    with store.reading() as session:
        found = participant_search.summaries(session, [people["maria"], people["mario"]])
        assert participant_search.summaries(session, []) == []
    assert [(s.id, s.organization_name) for s in found] == [(people["mario"], None)]


def test_summaries_of_many_ids_are_one_query(store, fill_demo):
    fill_demo(store, participants=300, workshops=0)
    statements = []
    with store.reading() as session:
        ids = list(session.scalars(text("SELECT id FROM participant ORDER BY id DESC")))
        connection = session.connection()
        event.listen(connection, "before_cursor_execute", lambda *_a: statements.append(1))
        found = participant_search.summaries(session, ids)
    assert [s.id for s in found] == ids
    assert len(statements) == 1


@pytest.mark.parametrize("typed", ["a", "m", "1", "ñ", "z", "ma", "gon", "mari", "gonza",
                                   "11", "1144", "luz mar", "an a", "jim c"])
def test_search_agrees_with_a_plain_reading_of_the_registry(store, fill_demo, typed):
    """Short words walk the registry in order, longer searches sort their matches: both
    give what reading every person and comparing their words gives."""
    fill_demo(store, participants=600, workshops=0)
    with store.reading() as session:
        rows = session.execute(text(
            "SELECT id, given_names, first_surname, second_surname, document_number "
            "FROM participant WHERE deleted = 0")).all()
        found = participant_search.search(session, typed, limit=50)
    words = participant_search.search_words(typed)
    expected = sorted(
        (search_index.sort_key(first, second, names), pid)
        for pid, names, first, second, document in rows
        if all(any(own.startswith(word) for own in
                   fold(names, first, second, document).split())
               for word in words)
    )
    assert found == [pid for _key, pid in expected[:50]]
