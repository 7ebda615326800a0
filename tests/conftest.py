"""Test-session setup that must happen before anything imports Qt or reads user folders.

Qt runs offscreen (no display needed), and the XDG folders — where platformdirs puts the
user's data file and QSettings its settings on Linux — point at a throw-away folder, so
no test reads or writes the real user's files. Tests marked `slow` run only with
`--run-slow` (or PARTICIPA_RUN_SLOW=1); tests marked `build` (they build the app with
PyInstaller, a minute or two) only with `--run-build`, PARTICIPA_RUN_BUILD=1 or in CI.
"""

from __future__ import annotations

import atexit
import os
import random
import secrets
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SESSION_HOME = tempfile.mkdtemp(prefix="participa-tests-")
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_SESSION_HOME, _variable.lower())


def pytest_addoption(parser):
    parser.addoption(
        "--run-slow", action="store_true", default=False,
        help="also run tests marked slow (many property-test examples, big databases)",
    )
    parser.addoption(
        "--run-build", action="store_true", default=False,
        help="also run tests marked build (they build the app with PyInstaller); CI does",
    )


def pytest_collection_modifyitems(config, items):
    run_slow = config.getoption("--run-slow") or os.environ.get("PARTICIPA_RUN_SLOW") == "1"
    run_build = (config.getoption("--run-build") or os.environ.get("PARTICIPA_RUN_BUILD") == "1"
                 or _in_ci())
    skip_slow = pytest.mark.skip(reason="lento: use --run-slow o PARTICIPA_RUN_SLOW=1")
    skip_build = pytest.mark.skip(
        reason="construye la aplicación: use --run-build o PARTICIPA_RUN_BUILD=1")
    for item in items:
        if "slow" in item.keywords and not run_slow:
            item.add_marker(skip_slow)
        if "build" in item.keywords and not run_build:
            item.add_marker(skip_build)


# --- Data files ------------------------------------------------------------------------
# Test files cannot import each other (nor this file): everything shared is a fixture;
# helpers that take arguments are fixtures that return a function.



@pytest.fixture
def open_store(tmp_path) -> Callable[..., object]:
    """open_store(name, device=None): a Store on tmp_path/<name>.sqlite, closed at the end."""
    from participa_desktop.core.store import Store

    opened: list[Store] = []

    def open_(name: str, device: str | None = None) -> Store:
        store = Store.open(tmp_path / f"{name}.sqlite", device_name=device or name)
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def fill_demo() -> Callable[..., None]:
    """fill_demo(store, seed=1, participants=30, workshops=3): demo field work."""
    from participa_desktop.core.demo import generator

    def fill(store, seed: int = 1, participants: int = 30, workshops: int = 3) -> None:
        with store.unit_of_work() as session:
            generator.populate(session, random.Random(seed), participants, workshops)

    return fill


# --- Printouts ---------------------------------------------------------------------------


@pytest.fixture
def pages_of(tmp_path, require_program) -> Callable[[Path], int]:
    """pages_of(pdf): how many pages `pdftoppm` renders (skips when it is missing; fails
    instead when the environment variable CI is set, see require_program)."""
    import subprocess

    pdftoppm = require_program("pdftoppm", "poppler-utils", "comprobar cómo se ven los PDF")

    def pages(pdf: Path) -> int:
        folder = tmp_path / f"render-{pdf.stem}"
        folder.mkdir()
        subprocess.run([pdftoppm, "-png", "-r", "50", str(pdf), str(folder / "p")],
                       check=True, capture_output=True, timeout=120)
        return len(list(folder.glob("p-*.png")))

    return pages


# --- The central server -----------------------------------------------------------------
# Tests that take `server_database_url` run once on SQLite and once on PostgreSQL; the
# PostgreSQL run is skipped unless PARTICIPA_TEST_POSTGRES_URL names a database (.ci/run
# sets it), and each test gets a schema of its own there, dropped afterwards.

POSTGRES_ENV = "PARTICIPA_TEST_POSTGRES_URL"


@contextmanager
def _server_database(kind: str, folder: Path) -> Iterator[str]:
    """The URL of an empty server database of `kind` ("sqlite": a file in `folder`;
    "postgresql": a schema of its own, dropped on exit; skips without PostgreSQL)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'servidor.sqlite'}"
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"PostgreSQL: defina {POSTGRES_ENV} para probar también con PostgreSQL")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = "prueba_" + secrets.token_hex(6)
    admin = create_engine(base)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture(scope="session")
def server_database() -> Callable[[str, Path], AbstractContextManager[str]]:
    """server_database(kind, folder): a context manager giving an empty server database's
    URL, for fixtures of a wider scope than `server_database_url`."""
    return _server_database


@pytest.fixture(params=["sqlite", "postgresql"])
def server_database_url(request, tmp_path) -> Iterator[str]:
    with _server_database(request.param, tmp_path) as url:
        yield url


@dataclass
class LiveServer:
    """A real server (uvicorn in a thread) on a loopback port."""

    url: str
    port: int
    db: object  # sync.server.database.Database
    settings: object  # sync.server.settings.ServerSettings

    def organization(self, name: str) -> str:
        from sync.server import accounts

        return accounts.create_organization(self.db, name).id

    def code(self, org: str, role: str = "facilitator", expires: int = 3600) -> str:
        from sync.server import accounts

        return accounts.create_code(self.db, org, role, expires)


@pytest.fixture
def start_server(tmp_path, server_database_url) -> Iterator[Callable[..., LiveServer]]:
    """start_server(**settings): a LiveServer on the test's database; stopped at the end."""
    import uvicorn

    from participa_desktop.core.replication import replica_schema
    from sync.server.api import create_app
    from sync.server.settings import ServerSettings

    running: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(**overrides: object) -> LiveServer:
        settings = ServerSettings(database=server_database_url,
                                  data_dir=tmp_path / "servidor", **overrides)
        app = create_app(settings, replica_schema())
        sock = socket.create_server(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 20
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                raise RuntimeError("el servidor de prueba no arrancó")
            time.sleep(0.02)
        running.append((server, thread))
        return LiveServer(f"http://127.0.0.1:{port}", port, app.state.db, settings)

    yield start
    for server, thread in running:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def live_server(start_server) -> LiveServer:
    return start_server()


@pytest.fixture
def enrolled(tmp_path, monkeypatch) -> Callable[..., object]:
    """enrolled(store, server, org, role="facilitator"): the store enrolled with a fresh
    code; device tokens go to files under tmp_path (no keyring in tests)."""
    from participa_desktop.core import server_link

    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")

    def enrol(store, server: LiveServer, org: str, role: str = "facilitator"):
        return server_link.enrol(store, server.url, server.code(org, role),
                                 credentials_folder=tmp_path / "credenciales")

    return enrol


@pytest.fixture
def sync_now(tmp_path) -> Callable[..., object]:
    """sync_now(store, **options): one sync with the server the store is enrolled with."""
    from participa_desktop.core import server_link

    def run(store, **options):
        options.setdefault("credentials_folder", tmp_path / "credenciales")
        return server_link.sync(store, **options)

    return run


# --- Programs the tests drive -----------------------------------------------------------


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def require_program() -> Callable[..., str]:
    """require_program(name, package, purpose, also=()): the path of program `name` (or of
    one of the names in `also`). When none is installed the test is skipped, naming the
    Debian package that provides it; with the environment variable CI set ("true") it
    fails instead, so CI cannot go green without running it."""

    def require(name: str, package: str, purpose: str, also: tuple[str, ...] = ()) -> str:
        for candidate in (name, *also):
            found = shutil.which(candidate)
            if found is not None:
                return found
        message = (f"{name} no está instalado: no se pudo {purpose}. En Debian o Ubuntu: "
                   f"apt-get install --no-install-recommends {package}")
        if _in_ci():
            pytest.fail(f"{message}. En CI (CI={os.environ['CI']}) es obligatorio: "
                        "scripts/test lo instala cuando corre como root.", pytrace=False)
        pytest.skip(message)

    return require
