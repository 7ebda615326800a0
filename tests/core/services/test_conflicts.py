"""Conflicts: fields two laptops edited concurrently are listed with the value kept and the
values that lost; restoring one is a new edit that replicates; keeping the current one
hides it; bad input is refused and changes nothing."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import select, text

from participa_desktop.core.dump import dump_lines
from participa_desktop.core.models import Participant
from participa_desktop.core.replication import export, merge
from participa_desktop.core.services import (
    NotFound,
    ValidationError,
    attendance,
    conflicts,
    organizations,
    participants,
    workshops,
)
from participa_desktop.core.store import Store
from participa_desktop.core.versioning import insert_many, system_wall_clock

PHONE_HERE, PHONE_THERE = "3001112222", "3203334444"
TITLE_HERE, TITLE_THERE = "Taller de liderazgo (mañana)", "Taller de liderazgo juvenil en Yumbo"


def call(store: Store, function: Callable[..., Any], *args: Any) -> Any:
    with store.unit_of_work() as session:
        return function(session, *args)


def listed(store: Store, **options: Any) -> list[conflicts.Conflict]:
    with store.reading() as session:
        return conflicts.list_conflicts(session, **options)


def by_field(store: Store, **options: Any) -> dict[tuple[str, str], conflicts.Conflict]:
    return {(c.table, c.column): c for c in listed(store, **options)}


def current(store: Store, table: str, row_id: str, column: str) -> Any:
    with store.engine.connect() as connection:
        return connection.execute(
            text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": row_id}
        ).scalar_one()


def archived(store: Store, table: str, row_id: str, column: str) -> set[Any]:
    with store.engine.connect() as connection:
        return set(connection.execute(
            text("SELECT value FROM archived_value WHERE table_name = :t AND row_id = :r "
                 "AND column_name = :c"), {"t": table, "r": row_id, "c": column}
        ).scalars())


def everything(store: Store) -> str:
    """The replicated content, the device's change state and the local decisions."""
    with store.engine.connect() as connection:
        lines = list(dump_lines(connection))
        lines.append(repr(connection.execute(
            text("SELECT last_seq, clock_millis, clock_counter FROM local_state")).one()))
        lines.append(repr(connection.execute(
            text("SELECT key, value FROM app_meta ORDER BY key")).all()))
    return "\n".join(lines)


@pytest.fixture
def other(open_store) -> Store:
    """A second laptop: the coordination's."""
    return open_store("coordinacion", "portátil de la coordinación")


@pytest.fixture
def send(tmp_path) -> Callable[[Store, Store], None]:
    """send(source, target): a complete package of `source` merged into `target`."""
    counter = iter(range(1_000))

    def send_(source: Store, target: Store) -> None:
        package = tmp_path / f"paquete-{next(counter)}.participa"
        export(source, package)
        merge(target, package)

    return send_


@pytest.fixture
def later(store, other) -> Callable[[], None]:
    """later(): from now on, this laptop's clock reads 1 s ahead of the real time and the
    other laptop's 2 s, so the other's concurrent edits are the newer ones."""

    def set_clocks() -> None:
        base = system_wall_clock()
        store.wall_clock = lambda: base + 1_000
        other.wall_clock = lambda: base + 2_000

    return set_clocks


@pytest.fixture
def concurrent(store, other, send, later, participant, workshop) -> SimpleNamespace:
    """A person and a workshop made here and sent to the other laptop; then both laptops
    edit the person's phone and the workshop's title before exchanging packages again
    (the other laptop's edits are the newer: they are kept)."""
    send(store, other)
    later()
    call(store, participants.update_participant, participant.id, {"phone": PHONE_HERE})
    call(store, workshops.update_workshop, workshop.id, {"title": TITLE_HERE})
    call(other, participants.update_participant, participant.id, {"phone": PHONE_THERE})
    call(other, workshops.update_workshop, workshop.id, {"title": TITLE_THERE})
    send(store, other)
    send(other, store)
    return SimpleNamespace(person=participant.id, workshop=workshop.id)


def test_concurrent_edits_are_listed_on_both_laptops_with_kept_and_archived_values(
    store, other, concurrent
):
    for laptop in (store, other):
        found = listed(laptop)
        assert [(c.table, c.column) for c in found] == [
            ("workshop", "title"), ("participant", "phone")]  # newest first
        title, phone = found
        assert (phone.table_label, phone.column_label) == ("persona", "teléfono")
        assert phone.row_label == "María José Angulo Riascos (doc. 1234567)"
        assert (phone.kept.display, phone.kept.device_name) == (
            PHONE_THERE, "portátil de la coordinación")
        [lost] = phone.alternatives  # the phone the person was registered with is not one
        assert (lost.display, lost.raw, lost.device_name) == (
            PHONE_HERE, PHONE_HERE, "portátil de prueba")
        assert lost.device_id == store.device_id and lost.this_device == (laptop is store)
        assert lost.written_at < phone.kept.written_at
        assert (title.table_label, title.column_label) == ("taller", "título")
        assert title.row_label == f"{TITLE_THERE} (04/03/2025)"
        assert title.kept.display == TITLE_THERE
        assert [a.display for a in title.alternatives] == [TITLE_HERE]
        assert not title.resolved and not phone.resolved
        assert title.conflict_ver == title.kept.value_ver
    assert [c.column for c in listed(store, limit=1)] == ["title"]


def test_ordinary_overwrites_are_not_conflicts(store, other, send, later, participant,
                                               workshop):
    send(store, other)
    later()
    call(store, workshops.update_workshop, workshop.id, {"place": "Casa de la juventud"})
    call(store, workshops.update_workshop, workshop.id, {"place": "Biblioteca"})
    # The other laptop corrects values it received: it had them in front of it.
    call(other, participants.update_participant, participant.id, {"phone": PHONE_THERE})
    call(other, workshops.update_workshop, workshop.id, {"modality": "hybrid"})
    send(store, other)
    send(other, store)
    assert listed(store) == [] and listed(other) == []
    assert {"Casa de la cultura", "Casa de la juventud"} <= archived(
        store, "workshop", workshop.id, "place")


def test_two_laptops_marking_one_attendance_differently_is_a_conflict(
    store, other, send, later, participant, workshop
):
    send(store, other)
    later()
    call(store, attendance.mark, workshop.id, participant.id, "present")
    call(other, attendance.mark, workshop.id, participant.id, "excused")
    send(store, other)
    send(other, store)
    [found] = listed(store)
    assert (found.table_label, found.column_label) == ("asistencia", "estado")
    assert found.row_label == (
        "María José Angulo Riascos en Taller de liderazgo juvenil (04/03/2025)")
    assert (found.kept.display, [a.display for a in found.alternatives]) == (
        "excusado", ["asistió"])
    call(store, conflicts.restore, "attendance", found.row_id, "status",
         found.alternatives[0].value_ver)
    assert current(store, "attendance", found.row_id, "status") == "present"


def test_restoring_makes_the_archived_value_current_everywhere_and_archives_the_kept_one(
    store, other, send, concurrent
):
    [phone] = [c for c in listed(store) if c.column == "phone"]
    call(store, conflicts.restore, "participant", concurrent.person, "phone",
         phone.alternatives[0].value_ver)
    assert current(store, "participant", concurrent.person, "phone") == PHONE_HERE
    assert PHONE_THERE in archived(store, "participant", concurrent.person, "phone")
    assert [c.column for c in listed(store)] == ["title"]
    decided = by_field(store, include_resolved=True)[("participant", "phone")]
    assert decided.resolved and decided.kept.display == PHONE_HERE
    assert decided.kept.this_device and decided.kept.value_ver > phone.kept.value_ver
    assert [a.display for a in decided.alternatives] == [PHONE_THERE]  # to undo it
    send(store, other)
    assert current(other, "participant", concurrent.person, "phone") == PHONE_HERE
    assert PHONE_THERE in archived(other, "participant", concurrent.person, "phone")


def test_keeping_the_current_value_hides_the_conflict_until_a_new_one(
    store, other, send, concurrent
):
    before = current(store, "workshop", concurrent.workshop, "title")
    call(store, conflicts.keep_current, "workshop", concurrent.workshop, "title")
    assert current(store, "workshop", concurrent.workshop, "title") == before == TITLE_THERE
    assert [c.column for c in listed(store)] == ["phone"]
    assert by_field(store, include_resolved=True)[("workshop", "title")].resolved
    assert len(listed(other)) == 2  # a decision stays on the laptop that made it
    # Both laptops edit the title again, concurrently: the field is in conflict again.
    call(store, workshops.update_workshop, concurrent.workshop, {"title": "Taller A"})
    other.wall_clock = lambda: system_wall_clock() + 10_000  # the newer edit, again
    call(other, workshops.update_workshop, concurrent.workshop, {"title": "Taller B"})
    send(other, store)
    reopened = by_field(store)[("workshop", "title")]
    assert not reopened.resolved
    assert reopened.kept.display == "Taller B"
    assert [a.display for a in reopened.alternatives] == ["Taller A", TITLE_HERE]


def test_a_value_no_longer_valid_is_refused(store, other, send, later, participant,
                                            organization, refused):
    cabildo = call(store, organizations.create_organization,
                   {"name": "Cabildo Indígena", "sector": "civil_society"})
    send(store, other)
    later()
    call(store, participants.update_participant, participant.id,
         {"organization_id": cabildo.id})
    call(other, participants.update_participant, participant.id,
         {"organization_id": organization.id})
    send(other, store)
    [found] = listed(store)
    assert found.kept.display == "Fundación Pacífico Vivo"
    assert [a.display for a in found.alternatives] == ["Cabildo Indígena"]
    call(store, organizations.delete_organization, cabildo.id)
    refused(conflicts.restore, "participant", participant.id, "organization_id",
            found.alternatives[0].value_ver, field="organization_id", word="no existe")


@pytest.mark.parametrize(("table", "column", "error", "field", "words"), [
    ("persona", "phone", ValidationError, "table", "no es un tipo de registro"),
    ("follow_up", "text", ValidationError, "table", "no se editan"),
    ("participant", "telefono", ValidationError, "column", "no es un dato de la persona"),
    ("participant", "deleted", ValidationError, "column", "Eliminar"),
    ("attendance", "participant_id", ValidationError, "participant_id", "no se puede cambiar"),
    ("participant", "phone", NotFound, None, "No se encontró ese valor"),
])
def test_bad_input_is_refused_in_spanish_and_changes_nothing(
    store, concurrent, table, column, error, field, words
):
    row_id = concurrent.person if table in ("participant", "persona") else concurrent.workshop
    before = everything(store)
    with pytest.raises(error) as caught, store.unit_of_work() as session:
        conflicts.restore(session, table, row_id, column, "0" * 32)
    if field is not None:
        assert words in caught.value.problems[field]
    assert words in str(caught.value)
    if error is ValidationError:
        with pytest.raises(error), store.unit_of_work() as session:
            conflicts.keep_current(session, table, row_id, column)
    assert everything(store) == before


def test_deleted_rows_are_not_listed_and_cannot_be_restored(store, concurrent):
    [phone] = [c for c in listed(store) if c.column == "phone"]
    call(store, participants.delete_participant, concurrent.person)
    assert [c.column for c in listed(store, include_resolved=True)] == ["title"]
    before = everything(store)
    for decide in (
        lambda s: conflicts.restore(s, "participant", concurrent.person, "phone",
                                    phone.alternatives[0].value_ver),
        lambda s: conflicts.keep_current(s, "participant", concurrent.person, "phone"),
        lambda s: conflicts.keep_current(s, "participant", "no-existe", "phone"),
    ):
        with pytest.raises(NotFound, match="eliminad"), store.unit_of_work() as session:
            decide(session)
    assert everything(store) == before


def _people(count: int) -> list[dict[str, Any]]:
    return [{"given_names": f"Persona {n}", "first_surname": "Riascos",
             "phone": f"310{n:07d}", "email": f"persona{n}@ejemplo.org",
             "consent_date": dt.date(2025, 1, 10), "consent_channel": "verbal",
             "consent_notice_version": "2025-1"} for n in range(count)]


def _edit_everyone(store: Store, prefix: str) -> None:
    with store.unit_of_work() as session:
        for n, person in enumerate(session.scalars(select(Participant))):
            person.phone = f"{prefix}{n:07d}"
            person.email = f"{prefix}.{n}@ejemplo.org"
            person.second_surname = f"Apellido {prefix}"


def test_listing_five_thousand_archived_values_takes_well_under_a_second(
    store, other, send, later
):
    with store.unit_of_work() as session:
        insert_many(session, Participant, _people(840))
    send(store, other)
    later()
    _edit_everyone(store, "300")
    _edit_everyone(other, "320")
    send(store, other)
    send(other, store)
    with store.engine.connect() as connection:
        archive = connection.execute(text("SELECT count(*) FROM archived_value")).scalar_one()
    assert archive >= 5_000
    with store.reading() as session:
        started = time.perf_counter()
        found = conflicts.list_conflicts(session)
        elapsed = time.perf_counter() - started
        started = time.perf_counter()
        first_page = conflicts.list_conflicts(session, limit=100)
        page_elapsed = time.perf_counter() - started
    assert len(found) == 2_520 and first_page == found[:100]
    print(f"\n{archive} valores archivados: {len(found)} conflictos en {elapsed:.3f} s; "
          f"los 100 primeros en {page_elapsed:.3f} s")
    assert elapsed < 0.5 and page_elapsed < 0.5
