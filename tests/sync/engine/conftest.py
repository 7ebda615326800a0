"""Fixtures of the sync engine tests: real data files, real packages, and a way to make
bad packages out of good ones.

Test files cannot import each other (nor this file): everything shared is a fixture. The
helpers that take arguments are fixtures that return a function.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import zstandard
from sqlalchemy import create_engine

from participa_desktop.core import replication
from participa_desktop.core.demo import generator
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.store import Store
from sync.engine.package import MANIFEST_TABLE, checksum, content_tables


@dataclass(frozen=True)
class Snapshot:
    """What a data file holds: the SHA-256 of its bytes (after a full WAL checkpoint),
    its canonical dump and its change sequence."""

    file_sha256: str
    dump: str
    last_seq: int


def _checkpointed_digest(path: Path) -> str:
    """SHA-256 of a data file's bytes once everything in its WAL is in the file."""
    connection = sqlite3.connect(path)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0, "another connection kept the WAL from being checkpointed"
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dump_and_seq(connection) -> tuple[str, int]:
    dump = "\n".join(dump_lines(connection))
    last_seq = connection.exec_driver_sql("SELECT last_seq FROM local_state").scalar_one()
    return dump, last_seq


@pytest.fixture
def snapshot() -> Callable[[Store], Snapshot]:
    """snapshot(store): the store's Snapshot. The store's pooled connections are closed
    first (it stays usable: the pool reconnects on demand)."""

    def take(store: Store) -> Snapshot:
        with store.engine.connect() as connection:
            dump, last_seq = _dump_and_seq(connection)
        store.engine.dispose()
        return Snapshot(_checkpointed_digest(store.path), dump, last_seq)

    return take


@pytest.fixture
def file_snapshot() -> Callable[[Path], Snapshot]:
    """file_snapshot(path): the Snapshot of a data file no Store has open, read without
    `Store.open` (which could write: migrate, seed)."""

    def take(path: Path) -> Snapshot:
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as connection:
                dump, last_seq = _dump_and_seq(connection)
        finally:
            engine.dispose()
        return Snapshot(_checkpointed_digest(path), dump, last_seq)

    return take


def _fill(store: Store, seed: int = 1, participants: int = 30, workshops: int = 3) -> None:
    with store.unit_of_work() as session:
        generator.populate(session, random.Random(seed), participants, workshops)


@pytest.fixture(scope="session")
def demo_package(tmp_path_factory) -> Path:
    """A valid, complete package of a small demo (30 people, 3 workshops) exported by
    the device «origen». Shared by the whole session: never modify it, copy it."""
    folder = tmp_path_factory.mktemp("paquete-demo")
    with Store.open(folder / "origen.sqlite", device_name="origen") as store:
        _fill(store, seed=1)
        replication.export(store, folder / "origen.participa")
    return folder / "origen.participa"


@pytest.fixture
def receiver(open_store) -> Store:
    """The receiving data file, with field work of its own (another device, other data)."""
    store = open_store("destino")
    _fill(store, seed=2, participants=12, workshops=2)
    return store


def unpack_to(package: Path, target: Path) -> Path:
    """The SQLite file inside a package, decompressed to `target`."""
    with package.open("rb") as reader, target.open("wb") as writer:
        zstandard.ZstdDecompressor().copy_stream(reader, writer)
    return target


def pack_to(raw: Path, target: Path) -> Path:
    """`raw` zstd-compressed to `target`, as the exporter does."""
    with raw.open("rb") as reader, target.open("wb") as writer:
        zstandard.ZstdCompressor(level=3, write_checksum=True).copy_stream(reader, writer)
    return target


def reseal_manifest(connection: sqlite3.Connection) -> None:
    """Rewrite the manifest's row counts and checksum to match the (edited) content, as an
    exporter would have written them: only the edit under test is wrong in the package.
    (Content the checksum cannot read keeps the old checksum: the reader must refuse it
    before comparing checksums anyway.)"""
    tables = {name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    if MANIFEST_TABLE not in tables:
        return
    counts = {
        table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        for table in content_tables(connection, "main")
    }
    connection.execute(f"UPDATE {MANIFEST_TABLE} SET value = ? WHERE key = 'row_counts'",
                       (json.dumps(counts, sort_keys=True),))
    try:
        digest = checksum(connection, "main")
    except (sqlite3.Error, TypeError, UnicodeDecodeError):
        return  # content the checksum cannot even read (no ids, blobs): leave it stale
    connection.execute(f"UPDATE {MANIFEST_TABLE} SET value = ? WHERE key = 'checksum'",
                       (digest,))


@pytest.fixture
def unpack(tmp_path) -> Callable[[Path], Path]:
    """unpack(package): its SQLite file, decompressed into a new file under tmp_path."""
    counter = iter(range(1_000_000))

    def unpack_(package: Path) -> Path:
        return unpack_to(package, tmp_path / f"desempacado-{next(counter)}.sqlite")

    return unpack_


@pytest.fixture
def rebuild_package(tmp_path) -> Callable[..., Path]:
    """rebuild_package(source, edit=None, *, raw_edit=None, reseal=True, name=...):
    a new package made from `source`: decompressed, `edit(sqlite3_connection)` applied
    (a callable, or a list of SQL statements), the manifest's row counts and checksum
    recomputed (unless reseal=False), then `raw_edit(bytes) -> bytes` applied to the
    SQLite file's bytes, and compressed again with zstd."""
    folder = tmp_path / "paquetes-alterados"
    folder.mkdir()
    counter = iter(range(1_000_000))

    def rebuild(
        source: Path,
        edit: Callable[[sqlite3.Connection], object] | list[str] | None = None,
        *,
        raw_edit: Callable[[bytes], bytes] | None = None,
        reseal: bool = True,
        name: str | None = None,
    ) -> Path:
        number = next(counter)
        raw = unpack_to(source, folder / f"contenido-{number}.sqlite")
        connection = sqlite3.connect(raw, isolation_level=None)
        try:
            if callable(edit):
                edit(connection)
            else:
                for statement in edit or []:
                    connection.execute(statement)
            if reseal:
                reseal_manifest(connection)
        finally:
            connection.close()
        if raw_edit is not None:
            raw.write_bytes(raw_edit(raw.read_bytes()))
        return pack_to(raw, folder / (name or f"alterado-{number}.participa"))

    return rebuild


@pytest.fixture
def reseal_package() -> Callable[[sqlite3.Connection], None]:
    """reseal_package(connection): recompute a package's row counts and checksum."""
    return reseal_manifest
