"""Faults on a real server process: connections cut by a proxy in the middle of an upload
or of a download, and the server killed with SIGKILL in the middle of a merge.

The server runs as `participa serve` in a subprocess on a loopback port (so it can be
killed for real); `sync.devtools.faulty_link.FaultyLink` sits between a device and the
server when a test cuts connections. Cuts are armed from the client's progress callback,
so they land at the same step of the conversation on every run. After each fault, the
retry must end with the server holding exactly the sender's rows and values, each once,
with one receipt per package and no upload left over; after a download cut or a restart,
another device of the organisation must end with exactly the sender's content.

Three knobs of the server help: PARTICIPA_SERVER_PAGE_BYTES (small pages, so a download
has several), PARTICIPA_SERVER_DEBUG_MERGE_PAUSE (a merge waits before committing, so it
can be killed there) and the port, kept across a restart (devices store the address).
Variants marked slow (the other retry path of a fault) run with --run-slow.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from participa_desktop.core.dump import dump_lines
from participa_desktop.core.replication import replica_connection, replica_schema
from sync import protocol
from sync.client.errors import NoConnection
from sync.devtools.faulty_link import FaultyLink
from sync.engine.layout import ARCHIVE_TABLE, PACKAGE_TABLE, PEER_TABLE
from sync.engine.versions import version_column
from sync.server import accounts
from sync.server.database import Database
from sync.server.tables import (
    archived,
    cell,
    device,
    organization,
    received_package,
    record,
    upload,
    upload_chunk,
)

SENDING = "Enviando cambios"  # what the client's progress callback says while pushing
RECEIVING = "Recibiendo cambios"  # … and before asking for each pull page
PARTICIPANTS, WORKSHOPS = 2000, 40  # a package of about 310 KB: two chunks
NO_RETRY = {"retries": 0}
QUICK_RETRY = {"retries": 2, "backoff": 0.05}
STARTUP_SECONDS = 30
PAGE_BYTES = 800_000  # the server's page size estimate: a pull of several pages
CUT_PAGE = 2  # the download is cut in the third page …
PAGE_CUT_BYTES = 4096  # … once this much of its answer went through
MERGE_PAUSE = 3.0  # seconds the server waits inside the merge's transaction
IDLE_SECONDS = 0.3  # a server process without CPU use this long is in that pause


# --- The server in a subprocess ---------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServerProcess:
    """`participa serve` in a subprocess on one loopback port, kept across restarts (the
    devices store the address). `db` is this test's own connection to the server's
    database, to create organisations and codes and to look at what the server holds."""

    def __init__(self, database_url: str, data_dir: Path, log: Path) -> None:
        self.database_url = database_url
        self.data_dir = data_dir
        self.log_path = log
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.db = Database(database_url)
        self.db.create()
        self.process: subprocess.Popen | None = None

    def start(self, **settings: object) -> ServerProcess:
        """Start the server with PARTICIPA_SERVER_<NAME> = value for each setting and wait
        until it answers /hola."""
        assert self.process is None, "the server is already running"
        env = {k: v for k, v in os.environ.items() if not k.startswith("PARTICIPA_SERVER_")}
        env["PARTICIPA_SERVER_DATABASE"] = self.database_url
        env["PARTICIPA_SERVER_DATA_DIR"] = str(self.data_dir)
        for name, value in settings.items():
            env[f"PARTICIPA_SERVER_{name.upper()}"] = str(value)
        print(f"server log: {self.log_path}")  # shown with a failing test's output
        with self.log_path.open("ab") as log:
            log.write(f"--- participa serve {settings}\n".encode())
            log.flush()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "participa_desktop.cli", "serve",
                 "--port", str(self.port)],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            if self.process.poll() is not None:
                self.process = None
                pytest.fail(f"the server process exited while starting:\n{self.log()}")
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{self.url}{protocol.API_PREFIX}/hola",
                             timeout=1).status_code == 200:
                    return self
            if time.monotonic() > deadline:
                self.stop()
                pytest.fail(f"the server did not answer in {STARTUP_SECONDS} s:\n{self.log()}")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL (TerminateProcess on Windows): no shutdown, no rollback by the server."""
        assert self.process is not None and self.process.poll() is None, self.log()
        self.process.kill()
        self.process.wait(10)
        if hasattr(signal, "SIGKILL"):
            assert self.process.returncode == -signal.SIGKILL
        self.process = None

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]

    def organization(self, name: str) -> str:
        return accounts.create_organization(self.db, name).id

    def code(self, org: str, role: str = "facilitator", expires: int = 3600) -> str:
        return accounts.create_code(self.db, org, role, expires)


def _sync_in_background(sync_now, store, options: dict) -> tuple[threading.Thread, dict]:
    """Start one sync on a thread; its report or exception lands in the returned dict
    (looked at in the test's thread)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["report"] = sync_now(store, **options)
        except Exception as error:
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@dataclass
class Through:
    """The server as seen through a proxy: what the `enrolled` fixture needs."""

    url: str
    server: ServerProcess

    def code(self, org: str, role: str = "facilitator") -> str:
        return self.server.code(org, role)


@pytest.fixture
def server_process(tmp_path, server_database_url) -> Iterator[ServerProcess]:
    """A ServerProcess on the test's database (not started); stopped at the end."""
    server = ServerProcess(server_database_url, tmp_path / "servidor",
                           tmp_path / "servidor.log")
    yield server
    server.stop()
    server.db.dispose()


# --- What the devices and the server hold -----------------------------------------------


def _dump(store) -> str:
    with store.engine.connect() as connection:
        return "\n".join(dump_lines(connection))


def _replica_counts(store) -> dict[str, tuple[int, int]]:
    """Per replicated table: (rows, stamped values); the archive as (entries, 0)."""
    counts = {}
    with replica_connection(store) as connection:
        for table in replica_schema().tables:
            stamped = " + ".join(f"count({version_column(c)})" for c in table.versioned)
            counts[table.name] = connection.execute(
                f"SELECT count(*), {stamped} FROM {table.name}").fetchone()
        counts[ARCHIVE_TABLE] = (
            connection.execute(f"SELECT count(*) FROM {ARCHIVE_TABLE}").fetchone()[0], 0)
    return {name: tuple(value) for name, value in counts.items() if value[0]}


def _server_counts(db: Database, org: str) -> dict[str, tuple[int, int]]:
    """The same as `_replica_counts`, from the server's `record`, `cell` and `archived`."""
    with db.reading() as connection:
        rows = dict(connection.execute(
            select(record.c.table_name, func.count()).where(record.c.organization_id == org)
            .group_by(record.c.table_name)).all())
        cells = dict(connection.execute(
            select(cell.c.table_name, func.count()).where(cell.c.organization_id == org)
            .group_by(cell.c.table_name)).all())
        archive = connection.execute(
            select(func.count()).select_from(archived)
            .where(archived.c.organization_id == org)).scalar_one()
    counts = {name: (rows.get(name, 0), cells.get(name, 0)) for name in {*rows, *cells}}
    if archive:
        counts[ARCHIVE_TABLE] = (archive, 0)
    return counts


def _snapshot(db: Database, org: str) -> dict[str, object]:
    """Everything a merge changes, to compare before and after a merge that must not
    have happened."""
    with db.reading() as connection:
        return {
            "counts": _server_counts(db, org),
            "cells": sorted(tuple(r) for r in connection.execute(
                select(cell.c.table_name, cell.c.row_id, cell.c.column_name, cell.c.ver,
                       cell.c.seq).where(cell.c.organization_id == org))),
            "last_seq": connection.execute(select(organization.c.last_seq)
                                           .where(organization.c.id == org)).scalar_one(),
            "acked": sorted(tuple(r) for r in connection.execute(
                select(device.c.id, device.c.acked_seq)
                .where(device.c.organization_id == org))),
            "received": sorted(connection.execute(
                select(received_package.c.package_id)).scalars()),
        }


def _uploads(db: Database) -> dict[str, tuple[int, int]]:
    """Unfinished uploads on the server: package id → (declared size, bytes received)."""
    with db.reading() as connection:
        received = dict(connection.execute(
            select(upload_chunk.c.package_id, func.sum(upload_chunk.c.length))
            .group_by(upload_chunk.c.package_id)).all())
        return {row.package_id: (row.size, int(received.get(row.package_id) or 0))
                for row in connection.execute(select(upload.c.package_id, upload.c.size))}


def _sent(store, status: str) -> list[str]:
    """Ids of the packages this device wrote for a peer, with `status`."""
    with replica_connection(store) as connection:
        return [row[0] for row in connection.execute(
            f"SELECT package_id FROM {PACKAGE_TABLE} WHERE direction = 'sent' "
            "AND status = ? ORDER BY created_at", (status,))]


def _received_seq(store) -> int:
    with replica_connection(store) as connection:
        return connection.execute(f"SELECT max(received_seq) FROM {PEER_TABLE}").fetchone()[0]


def _assert_server_consistent(db: Database, org: str) -> None:
    """Sequence numbers unique in the organisation and never above its `last_seq`, no
    cell without its row's record, and (SQLite) an intact file."""
    with db.reading() as connection:
        seqs = [*connection.execute(select(cell.c.seq).where(cell.c.organization_id == org))
                .scalars(),
                *connection.execute(select(archived.c.seq)
                                    .where(archived.c.organization_id == org)).scalars()]
        last = connection.execute(select(organization.c.last_seq)
                                  .where(organization.c.id == org)).scalar_one()
        orphans = connection.execute(
            select(func.count()).select_from(cell).where(
                ~select(record.c.row_id).where(record.c.table_name == cell.c.table_name,
                                               record.c.row_id == cell.c.row_id).exists())
        ).scalar_one()
    assert len(seqs) == len(set(seqs)), "two changes with one sequence number"
    assert max(seqs, default=0) <= last
    assert orphans == 0, "cells of rows the server has no record of"
    if db.is_sqlite:
        with db.reading() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def _replica_content(store) -> tuple[set[tuple], set[tuple]]:
    """The stamped values (table, row id, column, value, stamp) and the archive entries
    (table, row id, column, stamp, value) a device holds."""
    values, archive = set(), set()
    with replica_connection(store) as connection:
        for table in replica_schema().tables:
            for column in table.versioned:
                ver = version_column(column)
                values.update((table.name, row_id, column, value, stamp)
                              for row_id, value, stamp in connection.execute(
                                  f"SELECT id, {column}, {ver} FROM {table.name} "
                                  f"WHERE {ver} IS NOT NULL"))
        archive.update(connection.execute(
            f"SELECT table_name, row_id, column_name, value_ver, value FROM {ARCHIVE_TABLE}"))
    return values, archive


def _server_content(db: Database, org: str) -> tuple[set[tuple], set[tuple]]:
    """The same as `_replica_content`, from the server's `cell` and `archived`."""
    with db.reading() as connection:
        values = {(t, r, c, json.loads(value), ver) for t, r, c, value, ver in connection.execute(
            select(cell.c.table_name, cell.c.row_id, cell.c.column_name, cell.c.value,
                   cell.c.ver).where(cell.c.organization_id == org))}
        archive = {(t, r, c, ver, json.loads(value)) for t, r, c, ver, value in
                   connection.execute(
                       select(archived.c.table_name, archived.c.row_id,
                              archived.c.column_name, archived.c.value_ver, archived.c.value)
                       .where(archived.c.organization_id == org))}
    return values, archive


def _assert_server_holds_exactly(db: Database, org: str, sender, senders=()) -> None:
    """The server has each of `sender`'s rows and stamped values once, the same values
    (no more, no fewer), one receipt per package the devices sent, and no upload left
    over."""
    _assert_server_consistent(db, org)
    assert _server_counts(db, org) == _replica_counts(sender)
    assert _server_content(db, org) == _replica_content(sender)
    acknowledged = [p for store in (sender, *senders) for p in _sent(store, "acknowledged")]
    with db.reading() as connection:
        receipts = connection.execute(
            select(received_package.c.package_id, received_package.c.receipt)
            .where(received_package.c.organization_id == org)).all()
        records = connection.execute(select(func.count()).select_from(record)
                                     .where(record.c.organization_id == org)).scalar_one()
    assert sorted(p for p, _ in receipts) == sorted(acknowledged)
    assert sum(json.loads(receipt)["new_rows"] for _, receipt in receipts) == records
    assert _uploads(db) == {}


@pytest.fixture
def field_laptop(open_store, fill_demo):
    """Ana's laptop with a few months of field work (a package of two chunks)."""
    store = open_store("ana")
    fill_demo(store, seed=1, participants=PARTICIPANTS, workshops=WORKSHOPS)
    return store


# --- Cuts during an upload --------------------------------------------------------------


@pytest.mark.parametrize(("where", "retry"), [
    ("inside a chunk", "next sync"),
    pytest.param("inside a chunk", "same sync", marks=pytest.mark.slow),
    pytest.param("answer to a chunk", "next sync", marks=pytest.mark.slow),
    ("answer to a chunk", "same sync"),  # the chunk is sent again: 409, go on from there
    ("answer to commit", "next sync"),
    pytest.param("answer to commit", "same sync", marks=pytest.mark.slow),
])
def test_upload_cut_then_retry_loses_and_repeats_nothing(
        where, retry, server_process, field_laptop, enrolled, sync_now):
    """A connection cut while a package travels — in the middle of a chunk's body, after
    the server stored a chunk but before its answer arrived, or after the server merged
    the package but before its receipt arrived — then a retry (by the transport in the
    same sync, or by the next sync, which resumes at the server's offset) leaves the
    server with exactly the sender's rows and values, each once, and one receipt for the
    package. (That a device then pulls all of it is the download test's part.)"""
    server = server_process.start()
    org = server.organization("Fundación Uno")
    ana = field_laptop
    armed: dict[str, int] = {}

    with FaultyLink(("127.0.0.1", server.port)) as link:
        enrolled(ana, Through(f"http://127.0.0.1:{link.port}", server), org)

        def arm(what: str, done: int, total: int) -> None:
            if what != SENDING or armed:
                return
            if where == "inside a chunk" and 0 < done < total:
                # Half of the next chunk passes (every chunk is ≥ CHUNK_BYTES / 2 here).
                link.cut_upstream_after = (link.bytes_up
                                           + min(total - done, protocol.CHUNK_BYTES) // 2)
            elif ((where == "answer to a chunk" and 0 < done < total)
                  or (where == "answer to commit" and done == total)):
                # The server handles the next request whole; the first byte back cuts.
                link.cut_downstream_after = link.bytes_down + 1
            else:
                return
            armed.update(done=done, total=total)

        if retry == "next sync":
            with pytest.raises(NoConnection):
                sync_now(ana, progress=arm, **NO_RETRY)
            assert link.cuts == 1 and armed, "the package was not of several chunks"
            (package_id,) = _sent(ana, "written")  # not acknowledged: no receipt arrived
            size = armed["total"]
            on_server = _uploads(server.db)
            if where == "answer to commit":
                assert on_server == {}
                assert package_id in _snapshot(server.db, org)["received"]
                have = size
            else:
                ((kept, (declared, have)),) = on_server.items()
                assert (kept, declared) == (package_id, size)
                if where == "inside a chunk":
                    assert have == armed["done"]  # the cut chunk was not kept
                else:
                    assert armed["done"] < have  # the chunk was kept, its answer lost
                assert not _snapshot(server.db, org)["received"]
            report = sync_now(ana, **NO_RETRY)
            assert report.resumed
            assert report.bytes_sent == size - have  # resumed where the server was
            assert _sent(ana, "acknowledged") == [package_id]
        else:
            report = sync_now(ana, progress=arm, **QUICK_RETRY)
            assert link.cuts == 1 and armed, "the package was not of several chunks"
            assert report.packages_sent == 1
            if where == "answer to commit":
                assert report.bytes_sent == armed["total"]  # only the commit was repeated
            else:
                assert armed["total"] < report.bytes_sent < 2 * armed["total"]  # one chunk
        assert _sent(ana, "written") == []

    _assert_server_holds_exactly(server.db, org, ana)


# --- Cuts during a download -------------------------------------------------------------


def _stamped(store) -> int:
    return sum(stamped for _rows, stamped in _replica_counts(store).values())


def _cells_up_to(db: Database, org: str, seq: int) -> int:
    with db.reading() as connection:
        return connection.execute(
            select(func.count()).select_from(cell)
            .where(cell.c.organization_id == org, cell.c.seq <= seq)).scalar_one()


@pytest.mark.parametrize("retry", ["next sync",
                                   pytest.param("same sync", marks=pytest.mark.slow)])
def test_download_cut_then_retry_loses_and_repeats_nothing(
        retry, server_process, field_laptop, open_store, enrolled, sync_now):
    """A connection cut in the middle of a pull page's body leaves the receiving device
    with whole pages only (its cursor at the end of the last page applied, and exactly
    the values up to that cursor); the retry (by the transport in the same sync, or by
    the next sync) then brings exactly the rest: the device ends with the sender's
    content, nothing missing and nothing twice."""
    server = server_process.start(page_bytes=PAGE_BYTES)
    org = server.organization("Fundación Uno")
    ana = field_laptop
    enrolled(ana, server, org)
    sync_now(ana)
    last_seq = _snapshot(server.db, org)["last_seq"]
    beto = open_store("beto")
    armed: dict[str, int] = {}

    with FaultyLink(("127.0.0.1", server.port)) as link:
        enrolled(beto, Through(f"http://127.0.0.1:{link.port}", server), org)

        def arm(what: str, done: int, _total: int) -> None:
            if what == RECEIVING and done == CUT_PAGE and not armed:
                link.cut_downstream_after = link.bytes_down + PAGE_CUT_BYTES
                armed["pages"] = done

        if retry == "next sync":
            with pytest.raises(NoConnection):
                sync_now(beto, progress=arm, **NO_RETRY)
            assert armed and link.cuts == 1, "the pull had fewer pages than the test needs"
            cursor = _received_seq(beto)
            assert 0 < cursor < last_seq
            assert _stamped(beto) == _cells_up_to(server.db, org, cursor)
            report = sync_now(beto, **NO_RETRY)
        else:
            report = sync_now(beto, progress=arm, **QUICK_RETRY)
            assert armed and link.cuts == 1, "the pull had fewer pages than the test needs"
        assert report.pages_received >= 1

    assert _received_seq(beto) == last_seq
    assert _dump(beto) == _dump(ana)
    assert _replica_counts(beto) == _replica_counts(ana)
    _assert_server_holds_exactly(server.db, org, ana)


# --- The server killed during a merge ---------------------------------------------------


def _merge_in_progress(server: ServerProcess, org: str) -> bool:
    """True while a transaction holds the write lock a merge takes first (SQLite: the
    database's; PostgreSQL: the organisation's row)."""
    if server.db.is_sqlite:
        probe = sqlite3.connect(make_url(server.database_url).database, timeout=0,
                                isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            assert "locked" in str(error) or "busy" in str(error), error
            return True
        else:
            probe.execute("ROLLBACK")
            return False
        finally:
            probe.close()
    with server.db.engine.connect() as connection, connection.begin():
        try:
            connection.execute(text("SELECT id FROM organization WHERE id = :org "
                                    "FOR UPDATE NOWAIT"), {"org": org})
        except OperationalError as error:
            assert getattr(error.orig, "sqlstate", None) == "55P03", error  # lock_not_available
            return True
        return False


def _cpu_ticks(pid: int) -> int:
    """CPU time a process has used (Linux: user + system, in clock ticks)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


# A transaction that locked this schema's organisation table (as a merge does first) and
# is idle after the merge's last statement: the merge has written everything and waits.
PAUSED_MERGE = text(
    "SELECT count(*) FROM pg_locks JOIN pg_stat_activity USING (pid) "
    "WHERE pg_locks.relation = CAST('organization' AS regclass) AND pg_locks.granted "
    "AND pg_stat_activity.state = 'idle in transaction' "
    "AND pg_stat_activity.query LIKE 'INSERT INTO received_package%'")


def _wait_for_merge_pause(server: ServerProcess, org: str) -> None:
    """Until an upload is complete and its merge has written everything and waits before
    committing (PARTICIPA_SERVER_DEBUG_MERGE_PAUSE). PostgreSQL says so itself: the
    merge's connection is idle in its transaction after its last statement; on SQLite,
    the merge holds the write lock and the server process has stopped using the CPU
    (elsewhere than on Linux, just some time after the lock was taken)."""
    assert server.process is not None
    pid = server.process.pid
    deadline = time.monotonic() + 60
    ticks, idle_since = -1, 0.0
    while time.monotonic() < deadline:
        assert server.process.poll() is None, server.log()
        if not server.db.is_sqlite:
            with server.db.reading() as connection:
                if connection.execute(PAUSED_MERGE).scalar_one():
                    return
        elif any(have == size for size, have in _uploads(server.db).values()) \
                and _merge_in_progress(server, org):
            if not sys.platform.startswith("linux"):
                time.sleep(MERGE_PAUSE / 2)
                return
            now, used = time.monotonic(), _cpu_ticks(pid)
            if used != ticks:
                ticks, idle_since = used, now
            elif now - idle_since >= IDLE_SECONDS:
                return
        else:
            ticks = -1
        time.sleep(0.02)
    pytest.fail(f"no merge reached its pause:\n{server.log()}")


def test_server_killed_during_merge_then_restarted(
        server_process, open_store, fill_demo, enrolled, sync_now):
    """The server killed with SIGKILL while it merges a package (everything written, the
    transaction not yet committed) leaves its database exactly as before that merge — no
    receipt, no row, value or sequence number of the package — with the complete upload
    kept; restarted, the next sync commits that upload without sending it again, and
    every row then is on the server once and on the organisation's other device."""
    server = server_process.start()
    org = server.organization("Fundación Uno")
    beto = open_store("beto")
    fill_demo(beto, seed=2, participants=40, workshops=2)
    enrolled(beto, server, org)
    sync_now(beto)
    ana = open_store("ana")  # one chunk is enough here: the pause makes the merge last
    fill_demo(ana, seed=1, participants=400, workshops=8)
    enrolled(ana, server, org)
    before = _snapshot(server.db, org)

    server.stop()
    server.start(debug_merge_pause=MERGE_PAUSE)
    syncing, outcome = _sync_in_background(sync_now, ana, NO_RETRY)
    try:
        _wait_for_merge_pause(server, org)
        assert _merge_in_progress(server, org), "the merge ended before the kill"
        server.kill()
    finally:
        syncing.join(60)
    assert not syncing.is_alive()
    assert isinstance(outcome.get("error"), NoConnection), outcome

    (package_id,) = _sent(ana, "written")
    after = _snapshot(server.db, org)
    assert after == before
    _assert_server_consistent(server.db, org)
    ((kept, (size, have)),) = _uploads(server.db).items()
    assert kept == package_id and have == size

    server.start()
    report = sync_now(ana, **NO_RETRY)
    assert report.resumed and report.packages_sent == 1
    assert report.bytes_sent == 0  # the server still had the whole upload
    assert _sent(ana, "written") == []
    sync_now(beto, **NO_RETRY)
    assert _dump(beto) == _dump(ana)
    _assert_server_holds_exactly(server.db, org, ana, senders=(beto,))


@pytest.mark.slow
def test_commit_cut_during_merge_is_retried_while_it_still_runs(
        server_process, open_store, fill_demo, enrolled, sync_now):
    """A connection cut while the server merges a package (the commit's answer not yet
    sent): the transport's retry of the commit reaches the server while the first merge
    still runs; it waits for it and answers that merge's receipt, so the sync succeeds
    and the package is merged once."""
    server = server_process.start(debug_merge_pause=MERGE_PAUSE)
    org = server.organization("Fundación Uno")
    ana = open_store("ana")
    fill_demo(ana, seed=1, participants=400, workshops=8)
    with FaultyLink(("127.0.0.1", server.port)) as link:
        enrolled(ana, Through(f"http://127.0.0.1:{link.port}", server), org)
        syncing, outcome = _sync_in_background(sync_now, ana, QUICK_RETRY)
        try:
            _wait_for_merge_pause(server, org)
            link.cut()
            assert _merge_in_progress(server, org), "the merge ended before the cut"
        finally:
            syncing.join(60)
    assert not syncing.is_alive()
    assert link.cuts == 1
    assert "report" in outcome, outcome
    assert _sent(ana, "written") == []
    _assert_server_holds_exactly(server.db, org, ana)
