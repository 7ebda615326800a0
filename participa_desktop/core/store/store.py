"""The local store: one SQLite data file, opened safely, one session per unit of work.

`Store.open(path)` checks the file without writing (a foreign, corrupted or newer file is
refused and left untouched), takes a backup before migrating an older schema, applies the
migrations, seeds reference data and gives the file its device id in one transaction (the
backup, a copy of the file as it was, comes before it).

Sessions are made per unit of work, in the thread that uses them; never share one across
threads. `unit_of_work()` writes (BEGIN IMMEDIATE, commit on success, rollback on any
exception); `reading()` only reads. A write session also brings the local participant
search index up to date before it commits (`search_index`).
"""

from __future__ import annotations

import secrets
import socket
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from participa_desktop import __version__

from .. import versioning
from ..models import AppMeta, LocalState
from .backup import take_backup
from .engine import WRITE_OPTION, make_engine
from .errors import DatabaseCorrupt, StoreBusy
from .file_check import APPLICATION_ID, check_file, verify_integrity
from .migrate import head_schema, upgrade
from .search_index import catch_up as catch_up_search
from .search_index import install as install_search
from .seed import reference_fingerprint, seed_reference_data


class Store:
    """An open data file. Create with `Store.open`; close with `close()` or `with`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        #: Milliseconds since 1970 used to stamp changes; tests replace it.
        self.wall_clock = versioning.system_wall_clock
        self._writer = sessionmaker(
            bind=engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        versioning.install(self._writer)
        versioning.install(self._reader)  # a read session that writes is still stamped
        install_search(self._writer)  # the search index catches up before each commit
        with self.reading() as session:
            state = session.get(LocalState, 1)
            assert state is not None
            self.device_id = state.device_id
            self.device_name = state.device_name

    @classmethod
    def open(cls, path: Path | str, device_name: str | None = None) -> Store:
        """Open (creating or migrating as needed) the data file at `path`.

        Raises `StoreError` (Spanish message) for a file that is not a Participa+ database,
        is damaged, or was written by a newer app; such a file is not modified. Opening
        reads the header and schema only; the whole file is checked (`quick_check`)
        before a migration. Damage found later surfaces as `sqlalchemy.exc.DatabaseError`
        from the query that hit it.
        """
        path = Path(path)
        head = head_schema()
        facts = check_file(path, head, __version__)
        if 0 < facts.schema < head:
            verify_integrity(path)  # never migrate (nor back up) a damaged file
            take_backup(path, facts.schema)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path)
        try:
            _prepare(engine, facts.schema < head, device_name)
            return cls(path, engine)
        except DatabaseError as error:
            engine.dispose()
            if "locked" in str(error.orig) or "readonly" in str(error.orig):
                raise StoreBusy(str(path), str(error.orig)) from error
            raise DatabaseCorrupt(str(path), str(error.orig)) from error
        except BaseException:
            engine.dispose()
            raise

    def unit_of_work(self) -> AbstractContextManager[Session]:
        """A write session: committed when the block ends, rolled back if it raises."""
        return self._session(self._writer)

    def reading(self) -> AbstractContextManager[Session]:
        """A read session (a consistent snapshot for the block)."""
        return self._session(self._reader)

    @contextmanager
    def _session(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        session = factory(info={"wall_clock": lambda: self.wall_clock()})
        try:
            with session.begin():
                yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _prepare(engine: Engine, migrate: bool, device_name: str | None) -> None:
    """Migrate, seed and give the file a device, in one write transaction.

    While migrating, foreign keys are off: a batch migration rebuilds tables that others
    reference, which SQLite would otherwise refuse. They are not checked afterwards: a
    replica may legitimately hold a reference whose row has not arrived yet (merges accept
    packages in any order).
    """
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
        raw = connection.connection.driver_connection  # outside any transaction yet
        if migrate:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                _prepare_in(connection, migrate, device_name)
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _prepare_in(connection: Connection, migrate: bool, device_name: str | None) -> None:
    if migrate:
        upgrade(connection)
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version = {head_schema()}")
    meta = dict(connection.execute(text("SELECT key, value FROM app_meta")).all())
    wanted = {
        "app_version": __version__,
        "schema": str(head_schema()),
        "reference_data": reference_fingerprint(),
    }
    if meta.get("reference_data") != wanted["reference_data"]:
        seed_reference_data(connection)
    if migrate or any(meta.get(k) != v for k, v in wanted.items()):
        # Only these keys: others (the server link, say) belong to other modules.
        table = AppMeta.__table__
        connection.execute(table.delete().where(table.c.key.in_(list(wanted))))
        connection.execute(table.insert(), [{"key": k, "value": v} for k, v in wanted.items()])
    # After a migration (which notes every person) or a writer that stopped before it.
    catch_up_search(connection.connection.driver_connection)
    if connection.execute(text("SELECT count(*) FROM local_state")).scalar() == 0:
        connection.execute(
            LocalState.__table__.insert(),
            {
                "singleton": 1,
                "device_id": secrets.token_hex(8),
                "device_name": device_name or socket.gethostname(),
                "clock_millis": 0,
                "clock_counter": 0,
                "last_seq": 0,
            },
        )
