"""A merge is one transaction (invariant 6): a failure or a crash in the middle leaves the
data file exactly as before, or (a crash after the commit) exactly as after.

"After" is always computed by merging the same package, completely, into a byte copy of
the "before" file.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

import participa_desktop
from participa_desktop.core import replication
from participa_desktop.core.demo import generator
from participa_desktop.core.models import Organization, Participant
from participa_desktop.core.services import organizations, participants
from participa_desktop.core.store import Store

PROJECT = Path(participa_desktop.__file__).resolve().parent.parent


class InjectedFailure(Exception):
    pass


def failing_at(number: int, error: BaseException):
    """A checkpoint that raises `error` when called for the `number`-th table."""
    seen: list[str] = []

    def checkpoint(table: str) -> None:
        seen.append(table)
        if len(seen) == number:
            raise error

    return checkpoint, seen


def merged_copy(path: Path, package: Path, folder: Path, file_snapshot):
    """Snapshot and summary of merging `package` into a byte copy of the closed file."""
    folder.mkdir()
    copy = folder / path.name
    shutil.copyfile(path, copy)
    with Store.open(copy) as store:
        summary = replication.merge(store, package)
    return file_snapshot(copy), summary


@pytest.fixture
def conflicting(open_store, fill_demo, tmp_path):
    """Two devices that share data and edited the same person: «origen»'s package (new
    rows, updated rows and a conflict to archive) and the receiver «destino», closed."""
    origin = open_store("origen")
    fill_demo(origin, seed=1, participants=30, workshops=3)
    first = replication.export(origin, tmp_path / "primero.participa").path
    receiver = open_store("destino")
    fill_demo(receiver, seed=2, participants=12, workshops=2)
    replication.merge(receiver, first)
    with origin.reading() as session:
        person = session.scalars(select(Participant.id).limit(1)).one()
        ally = session.scalars(select(Organization.id).limit(1)).one()
    with receiver.unit_of_work() as session:
        participants.update_participant(session, person, {"given_names": "Luz Dary"})
        organizations.update_organization(session, ally, {"phone": "6024441111"})
    with origin.unit_of_work() as session:
        participants.update_participant(session, person, {"given_names": "Luz Marina"})
        organizations.update_organization(session, ally, {"phone": "6025552222"})
        organizations.create_organization(
            session, {"name": "Junta de Acción Comunal El Firme", "sector": "civil_society"})
    fill_demo(origin, seed=3, participants=20, workshops=2)
    second = replication.export(origin, tmp_path / "segundo.participa").path
    receiver.close()
    return receiver.path, second


@pytest.mark.parametrize(
    "where", ["third table", "last table"],
)
@pytest.mark.parametrize(
    "error",
    [InjectedFailure("corte de luz"), KeyboardInterrupt(),
     sqlite3.OperationalError("disk I/O error")],
    ids=["exception", "KeyboardInterrupt", "disk error"],
)
def test_a_failure_during_the_merge_changes_nothing(
    conflicting, file_snapshot, tmp_path, where, error
):
    path, package = conflicting
    before = file_snapshot(path)
    after, summary = merged_copy(path, package, tmp_path / "copia", file_snapshot)
    assert after.dump != before.dump
    assert summary.conflicts > 0 and summary.new > 0 and summary.updated > 0
    tables = list(summary.by_table)
    assert len(tables) > 3
    # The first table merged changes rows (one new, one in conflict): there is much to undo.
    assert summary.by_table["organization"][:2] == (1, 1)
    number = 3 if where == "third table" else len(tables)
    checkpoint, seen = failing_at(number, error)

    with Store.open(path) as store, pytest.raises(type(error)):
        replication.merge(store, package, checkpoint=checkpoint)
    assert seen == tables[:number]
    assert file_snapshot(path) == before

    with Store.open(path) as store:  # and the package merges fine afterwards
        replication.merge(store, package)
    again = file_snapshot(path)
    assert (again.dump, again.last_seq) == (after.dump, after.last_seq)


def test_a_failure_in_the_first_package_table_of_a_new_file(
    open_store, demo_package, snapshot
):
    """Even the very first rows a data file receives are rolled back."""
    store = open_store("nuevo")
    before = snapshot(store)
    checkpoint, seen = failing_at(1, InjectedFailure("fallo"))
    with pytest.raises(InjectedFailure):
        replication.merge(store, demo_package, checkpoint=checkpoint)
    assert seen == ["organization"]
    assert snapshot(store) == before


# --- a real crash: kill -9 in the middle of `participa merge` ---------------------------------


def big_package(tmp_path: Path, people: int, workshops: int) -> Path:
    with Store.open(tmp_path / "grande.sqlite", device_name="grande") as store:
        with store.unit_of_work() as session:
            generator.populate(session, random.Random(11), people, workshops)
        return replication.export(store, tmp_path / "grande.participa").path


def receiving_file(tmp_path: Path) -> Path:
    path = tmp_path / "recibe.sqlite"
    with Store.open(path, device_name="recibe") as store, store.unit_of_work() as session:
        generator.populate(session, random.Random(12), 40, 4)
    return path


def kill_during_merge(
    path: Path, package: Path, tmp_path: Path, wal_bytes: int
) -> tuple[int, float]:
    """Run `participa merge` in another process and SIGKILL it once the merge's transaction
    has written more than `wal_bytes` to the WAL (the file was checkpointed: its WAL was
    empty). Returns the exit code and how long after the start the kill was sent."""
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    scratch = tmp_path / "tmp-del-proceso"
    scratch.mkdir()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "participa_desktop.cli", "merge", str(path), str(package)],
        cwd=PROJECT, env={**os.environ, "TMPDIR": str(scratch)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        while process.poll() is None and time.monotonic() - started < 60:
            if wal.exists() and wal.stat().st_size > wal_bytes:
                break
            time.sleep(0.001)
        killed_at = time.monotonic() - started
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
    finally:
        _out, err = process.communicate(timeout=60)
    assert process.returncode in (-signal.SIGKILL, 0), err.decode()
    return process.returncode, killed_at


def check_crash(path, package, tmp_path, file_snapshot, wal_bytes=0):
    """Kill a merge of `package` into `path`; the file must be as before or as after.
    Returns ("before" | "after", exit code, seconds to the kill)."""
    before = file_snapshot(path)
    started = time.perf_counter()
    after, _summary = merged_copy(path, package, tmp_path / "despues", file_snapshot)
    merge_seconds = time.perf_counter() - started
    assert after.dump != before.dump

    returncode, killed_at = kill_during_merge(path, package, tmp_path, wal_bytes)

    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()
    crashed = file_snapshot(path)
    if crashed == before:
        outcome = "before"
    else:
        assert (crashed.dump, crashed.last_seq) == (after.dump, after.last_seq)
        outcome = "after"
    print(f"merge {merge_seconds:.1f} s; killed at {killed_at:.2f} s "
          f"(exit {returncode}): file as {outcome}")
    return outcome, returncode, before, after


@pytest.fixture(scope="module")
def small_package(tmp_path_factory) -> Path:
    return big_package(tmp_path_factory.mktemp("paquete"), people=2_000, workshops=40)


@pytest.mark.parametrize("wal_bytes", [0, 1 << 20], ids=["first write", "after 1 MB"])
def test_kill_9_during_a_merge_leaves_before_or_after(
    tmp_path, file_snapshot, small_package, wal_bytes
):
    package = small_package
    path = receiving_file(tmp_path)
    outcome, _code, _before, after = check_crash(path, package, tmp_path, file_snapshot,
                                                 wal_bytes)
    assert outcome in ("before", "after")
    with Store.open(path) as store:  # the survivor takes the package normally
        replication.merge(store, package)
    survivor = file_snapshot(path)
    assert (survivor.dump, survivor.last_seq) == (after.dump, after.last_seq)


@pytest.mark.slow
def test_kill_9_in_the_middle_of_a_big_merge_leaves_before(tmp_path, file_snapshot):
    """20,000 people and 400 workshops (about 60,000 rows, a 40 MB transaction): the kill
    lands when the merge has written 8 MB, so the file must be exactly as before (its bytes
    too)."""
    package = big_package(tmp_path, people=20_000, workshops=400)
    path = receiving_file(tmp_path)
    outcome, returncode, _before, _after = check_crash(
        path, package, tmp_path, file_snapshot, wal_bytes=8 << 20)
    assert returncode == -signal.SIGKILL
    assert outcome == "before"
