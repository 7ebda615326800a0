"""Version skew (invariant 9) and clocks that lie (invariants 2 and 10).

* A package from an older app lacks columns: a missing column is "no opinion", never a
  wipe.
* A package with stamps more than a day ahead of the receiver's clock is held for review:
  nothing merged, the file kept in the inbox's `retenidos` folder. Less than a day ahead
  is merged, and the receiver's clock moves past it, so a later local edit still wins.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from participa_desktop.core import replication
from participa_desktop.core.models import Participant
from participa_desktop.core.services import participants
from participa_desktop.core.versioning import system_wall_clock
from sync.engine.clock import format_stamp, parse_stamp
from sync.engine.errors import PackageError, PackageHeld

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS


def person_ids(store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(Participant.id).order_by(Participant.id)))


def columns(store, person: str, *names: str) -> tuple:
    with store.engine.connect() as connection:
        return tuple(connection.exec_driver_sql(
            f"SELECT {', '.join(names)} FROM participant WHERE id = ?", (person,)
        ).one())


def clock_of(store) -> tuple[int, int]:
    with store.engine.connect() as connection:
        return tuple(connection.exec_driver_sql(
            "SELECT clock_millis, clock_counter FROM local_state").one())


def edit(store, person: str, **changes) -> None:
    with store.unit_of_work() as session:
        participants.update_participant(session, person, changes)


def archived_emails(store, person: str) -> list[tuple]:
    with store.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT value_ver, value FROM archived_value WHERE column_name = 'email' "
            "AND row_id = ? ORDER BY 1", (person,)).all()


def drop_columns(*dropped: str):
    """An edit that rebuilds the package's participant table without `dropped`, as an
    app that never had those columns would have written it."""

    def rebuild(connection: sqlite3.Connection) -> None:
        kept = [row[1] for row in connection.execute("PRAGMA table_info(participant)")
                if row[1] not in dropped]
        assert len(kept) == len(list(connection.execute("PRAGMA table_info(participant)"))
                                ) - len(dropped)
        connection.execute(f"CREATE TABLE viejo AS SELECT {', '.join(kept)} FROM participant")
        connection.execute("DROP TABLE participant")
        connection.execute("ALTER TABLE viejo RENAME TO participant")

    return rebuild


# --- a package from an older app ----------------------------------------------------------


def test_a_column_the_package_lacks_is_no_opinion_never_a_wipe(
    open_store, fill_demo, rebuild_package, unpack, tmp_path
):
    origin = open_store("origen")
    fill_demo(origin, seed=1, participants=10, workshops=1)
    receiver = open_store("destino")
    replication.merge(receiver, replication.export(origin, tmp_path / "uno.participa").path)
    known, other = person_ids(origin)[:2]
    # The receiver sets an email; the sender edits other fields of the same person, sets
    # the email of another one, and registers new people (one with an email).
    edit(receiver, known, email="lucia.mosquera@ejemplo.org")
    email_ver = columns(receiver, known, "email_ver")[0]
    other_email = columns(receiver, other, "email", "email_ver")
    edit(origin, known, given_names="Lucía Esther", phone="3104445566")
    edit(origin, other, email="otra.persona@ejemplo.org")
    fill_demo(origin, seed=4, participants=3, workshops=0)
    newcomer = sorted(set(person_ids(origin)) - set(person_ids(receiver)))[0]
    edit(origin, newcomer, email="recien.llegada@ejemplo.org")
    full = replication.export(origin, tmp_path / "dos.participa").path

    raw = sqlite3.connect(unpack(full))
    in_package = [row[1] for row in raw.execute("PRAGMA table_info(participant)")]
    raw.close()
    assert "email" in in_package  # the real package has an opinion on email
    old = rebuild_package(full, drop_columns("email", "email_ver"))

    archived = archived_emails(receiver, known)
    replication.merge(receiver, old)
    assert columns(receiver, known, "given_names", "phone", "email", "email_ver") == (
        "Lucía Esther", "3104445566", "lucia.mosquera@ejemplo.org", email_ver)
    assert columns(receiver, other, "email", "email_ver") == other_email
    assert columns(receiver, newcomer, "email", "email_ver") == (None, None)
    assert columns(receiver, newcomer, "given_names") == columns(origin, newcomer, "given_names")
    assert archived_emails(receiver, known) == archived  # the email did not lose

    # The same content from the current app: its email opinions now count (the newest).
    replication.merge(receiver, full)
    assert columns(receiver, known, "email")[0] == "lucia.mosquera@ejemplo.org"
    assert columns(receiver, other, "email")[0] == "otra.persona@ejemplo.org"
    assert columns(receiver, newcomer, "email")[0] == "recien.llegada@ejemplo.org"


def test_an_older_package_without_the_tombstone_column_deletes_nothing(
    open_store, fill_demo, rebuild_package, tmp_path
):
    origin = open_store("origen")
    fill_demo(origin, seed=1, participants=5, workshops=1)
    receiver = open_store("destino")
    package = replication.export(origin, tmp_path / "uno.participa").path
    old = rebuild_package(package, drop_columns("deleted", "deleted_ver", "phone", "phone_ver"))
    replication.merge(receiver, old)
    person = person_ids(origin)[0]
    assert columns(receiver, person, "deleted", "deleted_ver", "phone_ver") == (0, None, None)
    replication.merge(receiver, package)
    assert columns(receiver, person, "deleted", "deleted_ver", "phone", "phone_ver") == \
        columns(origin, person, "deleted", "deleted_ver", "phone", "phone_ver")


# --- stamps from the future: held ------------------------------------------------------------


@pytest.fixture
def ahead(open_store, fill_demo, tmp_path):
    """ahead(ms): a package exported by a device whose clock runs `ms` ahead."""
    made = iter(range(100))

    def make(milliseconds: int):
        number = next(made)
        source = open_store(f"adelantado-{number}", device="portátil con la fecha mal")
        source.wall_clock = lambda: system_wall_clock() + milliseconds
        fill_demo(source, seed=7, participants=5, workshops=1)
        return replication.export(source, tmp_path / f"adelantado-{number}.participa").path

    return make


def test_stamps_two_days_ahead_are_held_not_merged(receiver, ahead, snapshot):
    package = ahead(2 * DAY_MS)
    before = snapshot(receiver)
    clock = clock_of(receiver)
    with pytest.raises(PackageHeld) as held:
        replication.merge(receiver, package)
    assert "Se retuvo para revisión" in str(held.value)
    assert "en el futuro" in str(held.value)
    after = snapshot(receiver)
    assert (after.dump, after.last_seq) == (before.dump, before.last_seq)
    assert clock_of(receiver) == clock  # the clock did not see the future either
    kept = replication.inbox_folder(receiver) / "retenidos" / package.name
    assert kept.read_bytes() == package.read_bytes()
    assert package.is_file()
    assert not any(p.is_file() for p in replication.inbox_folder(receiver).iterdir())
    with receiver.engine.connect() as connection:
        status, kept_file = connection.exec_driver_sql(
            "SELECT status, kept_file FROM sync_package WHERE direction = 'received'").one()
    assert (status, kept_file) == ("held", str(kept))


def test_the_held_message_says_how_far_ahead(receiver, ahead):
    with pytest.raises(PackageHeld, match="fechados 5 días en el futuro"):
        replication.merge(receiver, ahead(5 * DAY_MS))


def test_one_hour_ahead_is_merged_and_observed(receiver, ahead, unpack):
    package = ahead(HOUR_MS)
    summary = replication.merge(receiver, package)
    assert summary.new > 0
    raw = sqlite3.connect(unpack(package))
    hlc_max = dict(raw.execute("SELECT key, value FROM manifest"))["hlc_max"]
    raw.close()
    millis, counter, _device = parse_stamp(hlc_max)
    assert clock_of(receiver) >= (millis, counter)
    assert millis > system_wall_clock() + HOUR_MS - 60_000


@pytest.mark.parametrize(
    "receiver_behind, held_message",
    [
        (dt.timedelta(days=3), "3 días"),
        (dt.timedelta(hours=25), "más de un día"),
        (dt.timedelta(hours=23), None),
        (dt.timedelta(hours=1), None),
    ],
)
def test_the_limit_is_one_day_after_the_receivers_now(
    receiver, demo_package, snapshot, receiver_behind, held_message
):
    """`now` is the receiving computer's clock: a package made "now" by a correct clock,
    received by a computer whose clock is behind."""
    now = dt.datetime.now(dt.UTC) - receiver_behind
    if held_message is None:
        assert replication.merge(receiver, demo_package, now=now).new > 0
        return
    before = snapshot(receiver)
    with pytest.raises(PackageHeld) as held:
        replication.merge(receiver, demo_package, now=now)
    assert f"fechados {held_message} en el futuro" in str(held.value)
    after = snapshot(receiver)
    assert (after.dump, after.last_seq) == (before.dump, before.last_seq)


def test_a_future_stamp_in_one_column_of_one_row_holds_the_package(
    receiver, demo_package, rebuild_package, snapshot
):
    future = format_stamp(system_wall_clock() + 3 * DAY_MS, 0, "00000000000000aa")
    package = rebuild_package(demo_package, [
        f"UPDATE workshop SET notes_ver = '{future}' "
        "WHERE rowid = (SELECT max(rowid) FROM workshop)",
    ])
    before = snapshot(receiver)
    with pytest.raises(PackageHeld):
        replication.merge(receiver, package)
    after = snapshot(receiver)
    assert (after.dump, after.last_seq) == (before.dump, before.last_seq)


def test_a_manifest_that_claims_a_future_clock_is_held(
    receiver, demo_package, rebuild_package, snapshot
):
    """The content is honest but the manifest's hlc_max (what the receiver's clock would
    observe) is a week ahead: merging it would push every later local edit into the
    future."""
    future = format_stamp(system_wall_clock() + 7 * DAY_MS, 0, "00000000000000aa")
    package = rebuild_package(
        demo_package, [f"UPDATE manifest SET value = '{future}' WHERE key = 'hlc_max'"])
    before = snapshot(receiver)
    clock = clock_of(receiver)
    with pytest.raises(PackageHeld):
        replication.merge(receiver, package)
    after = snapshot(receiver)
    assert (after.dump, after.last_seq) == (before.dump, before.last_seq)
    assert clock_of(receiver) == clock


# --- after a package from a clock ahead, local edits still win ---------------------------------


def test_a_local_edit_after_merging_stamps_from_ahead_still_wins(
    open_store, fill_demo, receiver, tmp_path
):
    source = open_store("adelantado", device="portátil adelantado")
    source.wall_clock = lambda: system_wall_clock() + 12 * HOUR_MS
    fill_demo(source, seed=7, participants=5, workshops=1)
    person = person_ids(source)[0]
    replication.merge(receiver, replication.export(source, tmp_path / "a.participa").path)
    merged_ver = columns(receiver, person, "given_names_ver")[0]
    assert parse_stamp(merged_ver)[0] > system_wall_clock() + 11 * HOUR_MS

    edit(receiver, person, given_names="Yuliana")  # the receiver's own, correct clock
    value, local_ver = columns(receiver, person, "given_names", "given_names_ver")
    assert value == "Yuliana"
    assert local_ver > merged_ver
    assert local_ver.endswith(receiver.device_id)

    # And it wins on the device ahead too, whose own value is older than the edit.
    replication.merge(source, replication.export(receiver, tmp_path / "b.participa").path)
    assert columns(source, person, "given_names", "given_names_ver") == ("Yuliana", local_ver)
    with source.engine.connect() as connection:
        archived = connection.exec_driver_sql(
            "SELECT value_ver FROM archived_value WHERE row_id = ? "
            "AND column_name = 'given_names'", (person,)).scalars().all()
    assert archived == [merged_ver]


def test_a_manifest_that_hides_how_far_ahead_its_stamps_are_is_refused(
    receiver, ahead, rebuild_package, snapshot
):
    """Stamps 12 hours ahead (acceptable) under a manifest whose hlc_max says "now": the
    receiver's clock would not observe them, and its next local edit would lose."""
    package = ahead(12 * HOUR_MS)
    honest_looking = format_stamp(system_wall_clock(), 0, "00000000000000aa")
    lying = rebuild_package(
        package, [f"UPDATE manifest SET value = '{honest_looking}' WHERE key = 'hlc_max'"])
    before = snapshot(receiver)
    with pytest.raises(PackageError, match="manifiesto"):
        replication.merge(receiver, lying)
    assert snapshot(receiver) == before
