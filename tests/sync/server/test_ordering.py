"""Merges of one organisation become visible in sequence order, even from two server
processes on one database: a puller that follows its cursor never skips a row.

Two `Database` objects on one URL stand for two server processes (separate connection
pools, separate transactions); on PostgreSQL that is exactly what two processes are."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from participa_desktop.core import replication
from participa_desktop.core.replication import replica_schema
from sync.engine.package import content_tables
from sync.engine.verify import expand_package, open_untrusted, verify_package
from sync.engine.versions import version_column
from sync.server import accounts
from sync.server.accounts import DeviceIdentity
from sync.server.changes import build_page
from sync.server.database import Database
from sync.server.merge import merge_package
from sync.server.tables import cell, organization

PULLER = "0000000000000fff"


@pytest.fixture
def servers(server_database_url):
    first, second = Database(server_database_url), Database(server_database_url)
    first.create()
    yield first, second
    first.dispose()
    second.dispose()


@pytest.fixture
def organisation(servers):
    db = servers[0]
    org = accounts.create_organization(db, "Uno").id

    def device(device_id: str) -> DeviceIdentity:
        code = accounts.create_code(db, org, "facilitator", 3600)
        return accounts.enrol(db, code, device_id, device_id, "prueba", attempts=1000,
                              window=60).device

    return device


@pytest.fixture
def package_of(open_store, fill_demo, tmp_path):
    """package_of(n): (expanded file, manifest, device id) of laptop n's full export."""

    def make(n: int):
        store = open_store(f"equipo{n}")
        fill_demo(store, seed=n, participants=8, workshops=1)
        summary = replication.export(store, tmp_path / f"p{n}.participa")
        folder = tmp_path / f"x{n}"
        folder.mkdir()
        raw = expand_package(summary.path, folder)
        manifest = verify_package(raw, replica_schema())
        return raw, manifest, manifest.source_device

    return make


def _merge(db: Database, raw: Path, manifest, sender: DeviceIdentity, checkpoint=None):
    with db.writing() as connection:
        merge_package(connection, replica_schema(), raw, manifest, sender,
                      checkpoint=checkpoint)


def _pull_all(db: Database, org_device: DeviceIdentity, after: int, folder: Path,
              seen: set[tuple]) -> int:
    """Apply pages from `after` like a device does; returns the new cursor."""
    puller = DeviceIdentity(PULLER, org_device.organization_id, "", "facilitator", "p", 0)
    while True:
        page_folder = folder / f"pagina-{after}"
        page_folder.mkdir(exist_ok=True)
        with db.reading() as connection:
            page = build_page(connection, replica_schema(), db.server_id, "servidor", puller,
                              after, 2048, page_folder)
        if page is None:
            return after
        raw = expand_package(page.path, page_folder)
        package = open_untrusted(raw)
        try:
            for table in content_tables(package, "main"):
                spec = replica_schema().table(table)
                if spec is None:
                    continue
                for row in package.execute(f"SELECT * FROM {table}"):
                    values = dict(zip([d[0] for d in package.execute(
                        f"SELECT * FROM {table} LIMIT 0").description], row, strict=True))
                    for column in spec.versioned:
                        ver = values.get(version_column(column))
                        if ver:
                            seen.add((table, values["id"], column, ver))
        finally:
            package.close()
        after = page.seq_to


def _all_cells(db: Database) -> set[tuple]:
    with db.reading() as connection:
        return {tuple(r) for r in connection.execute(
            select(cell.c.table_name, cell.c.row_id, cell.c.column_name, cell.c.ver))}


def test_a_second_merge_waits_for_the_first_to_commit(servers, organisation, package_of,
                                                      tmp_path):
    first_server, second_server = servers
    raw_a, manifest_a, id_a = package_of(1)
    raw_b, manifest_b, id_b = package_of(2)
    sender_a, sender_b = organisation(id_a), organisation(id_b)
    paused, release = threading.Event(), threading.Event()

    def hold() -> None:
        paused.set()
        assert release.wait(30)

    first = threading.Thread(target=_merge, args=(first_server, raw_a, manifest_a, sender_a,
                                                  hold))
    first.start()
    assert paused.wait(30)
    second = threading.Thread(target=_merge, args=(second_server, raw_b, manifest_b,
                                                   sender_b))
    second.start()
    time.sleep(1.0)
    seen: set[tuple] = set()
    cursor = _pull_all(first_server, sender_a, 0, tmp_path, seen)
    assert second.is_alive(), "the second merge committed while the first held the lock"
    assert cursor == 0 and not seen  # nothing committed yet: nothing to pull
    release.set()
    first.join(30)
    second.join(30)
    with first_server.reading() as connection:
        rows = connection.execute(select(cell.c.ver, cell.c.seq)).all()
    seqs = {id_a: [s for v, s in rows if v.endswith(id_a)],
            id_b: [s for v, s in rows if v.endswith(id_b)]}
    assert max(seqs[id_a]) < min(seqs[id_b])  # A got its numbers first and kept them
    _pull_all(first_server, sender_a, cursor, tmp_path, seen)
    assert seen == _all_cells(first_server)


def test_a_puller_following_its_cursor_never_skips_a_row(servers, organisation,
                                                         package_of, tmp_path):
    packages = [package_of(n) for n in range(1, 9)]
    senders = [organisation(device_id) for _raw, _manifest, device_id in packages]
    done = threading.Event()
    seen: set[tuple] = set()
    cursor = 0

    def pull_while_merging() -> None:
        nonlocal cursor
        while not done.is_set():
            cursor = _pull_all(servers[0], senders[0], cursor, tmp_path, seen)

    puller = threading.Thread(target=pull_while_merging)
    puller.start()
    workers = [
        threading.Thread(target=_merge, args=(servers[n % 2], raw, manifest, sender))
        for n, ((raw, manifest, _id), sender) in enumerate(zip(packages, senders, strict=True))
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    done.set()
    puller.join(60)
    cursor = _pull_all(servers[0], senders[0], cursor, tmp_path, seen)
    assert seen == _all_cells(servers[0])


def test_a_read_sees_one_snapshot_while_others_commit(servers):
    """A pull page is several queries (cells, archive, natural keys); they must agree on
    which merges have committed, or the page could end past cells it never read (seen on
    PostgreSQL at READ COMMITTED under 100 devices: values went missing on devices)."""
    reader, writer = servers
    counted = select(func.count()).select_from(organization)
    with reader.reading() as connection:
        before = connection.execute(counted).scalar_one()
        accounts.create_organization(writer, "Llegó durante la lectura")
        assert connection.execute(counted).scalar_one() == before
    with reader.reading() as connection:
        assert connection.execute(counted).scalar_one() == before + 1
