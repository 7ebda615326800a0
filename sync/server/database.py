"""The server's database connection: one SQLAlchemy engine over SQLite or PostgreSQL.

Writers on SQLite begin with `BEGIN IMMEDIATE` (waiting up to the busy timeout) so that
two requests never deadlock upgrading a read lock; PostgreSQL runs at READ COMMITTED and
merges of one organisation are put in order by locking its row (see `sync.server.merge`).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, create_engine, event, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url

from .tables import metadata, server_meta

SQLITE_BUSY_SECONDS = 30


def now() -> int:
    """Seconds since 1970: how the server stores times."""
    return int(time.time())


class Database:
    """The engine plus this server's identity (a 16-hex id, made once per database)."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        if self.is_sqlite and parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        options: dict[str, Any] = {}
        if self.is_sqlite:
            options["connect_args"] = {"timeout": SQLITE_BUSY_SECONDS,
                                       "check_same_thread": False}
        else:
            options["pool_pre_ping"] = True
            # psycopg prepares repeated statements, and PostgreSQL then keeps a generic
            # plan chosen while `cell` was small: a 100,000-row merge took 217-361 s with
            # it and 44 s without (benchmarks/server_bench.py, slow link).
            options["connect_args"] = {"prepare_threshold": None}
        self.engine = create_engine(parsed, **options)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        self._server_id: str | None = None

    def create(self) -> None:
        """Create the tables that are missing and this server's id if it has none."""
        with self.writing() as connection:
            metadata.create_all(connection)
            found = connection.execute(
                select(server_meta.c.value).where(server_meta.c.key == "server_id")
            ).scalar()
            if found is None:
                insert_ignore(connection, server_meta,
                              [{"key": "server_id", "value": secrets.token_hex(8)}])

    @property
    def server_id(self) -> str:
        if self._server_id is None:
            with self.reading() as connection:
                self._server_id = connection.execute(
                    select(server_meta.c.value).where(server_meta.c.key == "server_id")
                ).scalar_one()
        return self._server_id

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """A connection in a write transaction, committed on success."""
        with self.engine.connect() as connection:
            connection.execution_options(participa_write=True)
            with connection.begin():
                yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection in a read transaction that sees one snapshot throughout: a pull
        page's several queries must agree on which merges have committed (at PostgreSQL's
        default READ COMMITTED each statement would see later commits, and a page could
        end past cells it never read)."""
        with self.engine.connect() as connection:
            if not self.is_sqlite:  # SQLite's read transactions are snapshots already
                connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event says BEGIN itself
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    writing = connection.get_execution_options().get("participa_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def insert_ignore(connection: Connection, table: Table, rows: Iterable[dict]) -> None:
    """INSERT rows, skipping those whose primary key is already there."""
    rows = list(rows)
    if not rows:
        return
    dialect = connection.dialect.name
    if dialect == "postgresql":
        statement = postgresql.insert(table).on_conflict_do_nothing()
    elif dialect == "sqlite":
        statement = sqlite.insert(table).on_conflict_do_nothing()
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        statement = insert(table)
    connection.execute(statement, rows)
