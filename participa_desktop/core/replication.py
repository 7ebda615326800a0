"""The bridge between the domain and the sync engine: the replicated tables described
for `sync.engine`, and package export / merge / verify on a data file."""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from sqlalchemy import Boolean, Date, Float, Integer, Time

from participa_desktop import __version__
from sync.engine.errors import PackageError
from sync.engine.export import ExportSummary, export_package
from sync.engine.merge import Checkpoint, MergeSummary, merge_package
from sync.engine.schema import ReplicaSchema, TableSpec
from sync.engine.state import new_identity

from .models import REPLICATED_MODELS, Replicated
from .store import Store, search_index

#: The version of the replicated tables, carried by packages and the sync protocol. It is
#: not the data file's schema number: a migration that only touches local tables (the
#: search index of 0002) must not make other laptops refuse this one's packages. Bump it
#: when a migration changes a replicated table or column, and record the new fingerprint
#: in tests/core/test_replication.py (which fails until you do).
REPLICA_SCHEMA_VERSION = 1


def _kind(model: type[Replicated], column: str) -> str:
    col = model.__table__.columns[column]
    if col.foreign_keys or column == "id":
        return "id"
    kind = col.type
    if isinstance(kind, Boolean):
        return "boolean"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, Time):
        return "time"
    if isinstance(kind, Integer):
        return "integer"
    if isinstance(kind, Float):
        return "real"
    return "text"


@cache
def replica_schema() -> ReplicaSchema:
    """The replicated tables of this app version, parents first."""
    tables = tuple(
        TableSpec(
            name=model.__tablename__,
            immutable=model.immutable_columns,
            versioned=model.versioned_columns,
            kinds={c: _kind(model, c) for c in (*model.immutable_columns,
                                                 *model.versioned_columns)},
            optional=frozenset(c for c in model.immutable_columns
                               if model.__table__.columns[c].nullable),
        )
        for model in REPLICATED_MODELS
    )
    return ReplicaSchema(tables, REPLICA_SCHEMA_VERSION, __version__)


def inbox_folder(store: Store) -> Path:
    """Where received packages are kept, next to the data file."""
    return store.path.parent / f"{store.path.stem}-paquetes-recibidos"


@contextmanager
def replica_connection(store: Store) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the data file for the engine (autocommit; the engine
    begins its own transactions). When the block ends normally, the participant search
    index catches up with what the engine merged (`store.search_index`)."""
    connection = sqlite3.connect(store.path.resolve().as_uri(), uri=True, timeout=30,
                                 isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA trusted_schema = OFF")
        yield connection
        search_index.catch_up_now(connection)
    finally:
        connection.close()


def new_device(store: Store) -> str:
    """Give the data file a new device id (see `sync.engine.state.new_identity`)."""
    device_id = secrets.token_hex(8)
    with replica_connection(store) as connection:
        connection.execute("BEGIN IMMEDIATE")
        new_identity(connection, device_id)
        connection.execute("COMMIT")
    return device_id


def export(store: Store, out: Path, peer: str | None = None) -> ExportSummary:
    """Write a package of `store` to `out` (see `sync.engine.export.export_package`).

    Raises PackageError, writing nothing, when `out` is the data file itself (or one of
    its companions) or an existing file that is not a package."""
    data_files = {store.path.resolve(), *(store.path.resolve().with_name(store.path.name + x)
                                          for x in ("-wal", "-shm", "-journal"))}
    if Path(out).resolve() in data_files:
        raise PackageError("El paquete no puede escribirse sobre el archivo de datos. Elija "
                           "otro nombre, por ejemplo «paquete.participa».")
    with replica_connection(store) as connection:
        return export_package(connection, replica_schema(), out, peer)


def merge(store: Store, package: Path, checkpoint: Checkpoint | None = None,
          **options: object) -> MergeSummary:
    with replica_connection(store) as connection:
        return merge_package(connection, replica_schema(), package, inbox_folder(store),
                             checkpoint=checkpoint, **options)
