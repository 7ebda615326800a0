"""A schemathesis run against the server's OpenAPI finds no 500s.

Every request, however malformed, is answered with a success or with a 4xx
`application/problem+json` body (RFC 9457); 5xx is only for a database that is down,
which never happens here. Schemathesis generates the requests from the OpenAPI document
and sends them to the ASGI app in-process, in three runs over every operation:

* anonymous: whatever schemathesis makes (its examples, coverage and fuzzing phases,
  valid and invalid data). Without a device token most of it stops at 400/401/409/426.
* authenticated: the same, but every request carries valid negotiation headers and an
  admin's token (an admin passes every role check), so the handlers behind them run.
* steered: as authenticated, plus Hypothesis choices that lead the fuzzer where random
  data never gets: tokens of each role, package ids of uploads the server holds (a real
  package, the same under another id, a truncated one, garbage) and their bytes, chunk
  bodies with their right checksums, enrolment codes that work, awkward device names,
  `after=0`.

The OpenAPI document is read at import time from an app whose database is never opened
(schemathesis needs it to collect one test per operation); the requests go to another
app, built by the `server` fixture on SQLite, and on PostgreSQL too when
PARTICIPA_TEST_POSTGRES_URL names a database. That server already holds field data (a
merged package) and enrolled devices of each role.
"""

from __future__ import annotations

import hashlib
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.python import asgi

from participa_desktop.core import replication
from participa_desktop.core.demo import activity, generator
from participa_desktop.core.replication import replica_schema
from participa_desktop.core.store import Store
from sync import protocol
from sync.server import accounts, uploads
from sync.server.api import create_app
from sync.server.settings import ServerSettings

SCHEMA = schemathesis.openapi.from_dict(
    create_app(ServerSettings(database="sqlite://"), replica_schema()).openapi(),
    config=schemathesis.Config.from_dict({"generation": {"database": "none"}}),
)
FUZZ = settings(max_examples=40, deadline=None, database=None)

# Devices the steered run may enrol with working codes; never the ones holding tokens.
SPARE_DEVICES = ("5a5a5a5a5a5a5a5a", "6b6b6b6b6b6b6b6b", "7c7c7c7c7c7c7c7c")
ROLES = ("facilitator", "coordinator", "admin")
# The device name is the one free text the server stores: classic awkward strings (where
# storing text tends to break), tried one by one and mixed into the steered run.
AWKWARD_NAMES = ("", " ", "\x00", "Ana\x00Beto", "\r\n\t", "'; DROP TABLE device; --",
                 "\u202eoñañ", "🙂" * 60, "x" * 120, "x" * 121)
NAMES = st.sampled_from(AWKWARD_NAMES) | st.text(max_size=120)
CHUNK_BYTES = 4096  # the server's limit here, so that a whole package is too much
OTHER_IDS = ("0190a0b0-c0d0-7e00-8000-000000000001", "0190a0b0-c0d0-7e00-8000-000000000002",
             "0190a0b0-c0d0-7e00-8000-000000000003")


@dataclass(frozen=True)
class Upload:
    """A package id and the bytes the steered run uploads under it."""

    package_id: str
    data: bytes

    def _repr_pretty_(self, printer, _cycle) -> None:  # Hypothesis prints what it draws
        printer.text(f"Upload({self.package_id!r}, <{len(self.data)} bytes>)")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass
class Server:
    app: Any
    db: Any  # sync.server.database.Database
    app_version: str
    schema_version: int
    tokens: dict[str, str]  # role -> device token; the facilitator made the real package
    organizations: tuple[str, str]  # ids: the devices' own, and another one
    uploads: tuple[Upload, ...]

    def _repr_pretty_(self, printer, _cycle) -> None:  # Hypothesis prints the arguments
        printer.text(f"Server({self.db.engine.url!r})")

    def negotiation(self) -> dict[str, str]:
        return {protocol.HEADER_APP_VERSION: self.app_version,
                protocol.HEADER_SCHEMA: str(self.schema_version),
                protocol.HEADER_CLOCK: str(int(time.time() * 1000))}

    def headers(self, role: str) -> dict[str, str]:
        return {**self.negotiation(), "Authorization": f"Bearer {self.tokens[role]}"}


def _well_formed(response) -> None:
    """No 5xx; every error is problem+json whose `status` is the response's. (A
    schemathesis or a `requests` response.)"""
    response = schemathesis.Response.from_any(response)
    status = response.status_code
    assert status < 500, f"{status}: {response.content[:2000]!r}"
    if status >= 400:
        content_type = (response.headers.get("content-type") or [""])[0]
        assert content_type.split(";")[0].strip() == protocol.PROBLEM_MEDIA_TYPE, content_type
        body = response.json()
        assert body["status"] == status
        assert body["type"].startswith("/problemas/")
        assert body["title"] and body["detail"]


def _exchange(case, **kwargs):
    response = case.call(**kwargs)
    case.validate_response(response, checks=[not_a_server_error])
    _well_formed(response)
    return response


def _field_packages(folder: Path) -> tuple[str, list[tuple[str, bytes]]]:
    """A field laptop's device id and two packages of it (id, bytes): its first sync,
    and a later one with some edits."""
    store = Store.open(folder / "campo.sqlite", device_name="campo")
    packages = []
    try:
        rng = random.Random(7)
        for number in (1, 2):
            with store.unit_of_work() as session:
                if number == 1:
                    generator.populate(session, rng, 6, 1)
                else:
                    activity.edit_random(session, rng, 5)
                    activity.delete_random(session, rng, 1)
            out = folder / f"campo-{number}.participa"
            exported = replication.export(store, out)
            packages.append((exported.package_id, out.read_bytes()))
        return store.device_id, packages
    finally:
        store.close()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory, server_database) -> Iterator[str]:
    """Like `server_database_url`, for the whole module."""
    with server_database(request.param, tmp_path_factory.mktemp("fuzz-db")) as url:
        yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory, database_url) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("fuzz")
    laptop, ((first_id, first), (later_id, later)) = _field_packages(folder)
    schema = replica_schema()
    # Every request comes from the same client address («testclient»): the default limit
    # of 10 enrolments per 10 minutes would turn every later enrolment into 429.
    settings_ = ServerSettings(database=database_url,
                               data_dir=folder, enrol_attempts=1_000_000,
                               max_chunk_bytes=CHUNK_BYTES)
    app = create_app(settings_, schema)
    db = app.state.db
    db.create()  # the lifespan does it too, on the first request
    own = accounts.create_organization(db, "Fundación Uno").id
    other = accounts.create_organization(db, "Colectivo Dos").id
    server = Server(app, db, schema.app_version, schema.schema_version, {}, (own, other),
                    uploads=(Upload(later_id, later),  # mergeable, by the facilitator only
                             Upload(OTHER_IDS[0], later),  # a package under another id
                             Upload(OTHER_IDS[1], later[: len(later) // 2]),
                             Upload(OTHER_IDS[2], b"no es un paquete de Participa+")))
    # The facilitator's device is the laptop that made the packages.
    devices = {"facilitator": laptop, "coordinator": "c0c0c0c0c0c0c0c0",
               "admin": "adadadadadadadad"}
    try:
        with asgi.get_client(app) as client:
            for role, device_id in devices.items():
                response = client.post(
                    f"{protocol.API_PREFIX}/enrol", headers=server.negotiation(),
                    json={"code": accounts.create_code(db, own, role, 3600),
                          "device_id": device_id, "device_name": role})
                assert response.status_code == 200, response.text
                server.tokens[role] = response.json()["token"]
            # The server holds field data, so pulls have pages to build.
            _upload(server, "facilitator", Upload(first_id, first))
            response = client.post(f"{protocol.API_PREFIX}/uploads/{first_id}/commit",
                                   headers=server.headers("facilitator"))
            assert response.status_code == 200, response.text
            # The injected headers and tokens do get past negotiation and authentication.
            response = client.get(f"{protocol.API_PREFIX}/changes", params={"after": 0},
                                  headers=server.headers("coordinator"))
            assert response.status_code == 200, response.text
            response = client.get(f"{protocol.API_PREFIX}/devices",
                                  headers=server.headers("coordinator"))
            assert response.status_code == 200, response.text
        yield server
    finally:
        asgi.shutdown_lifespans()  # runs the app's shutdown: disposes of the engine


@SCHEMA.parametrize()
@FUZZ
def test_anonymous_requests_never_get_a_server_error(case, server):
    _exchange(case, app=server.app)


@SCHEMA.parametrize()
@FUZZ
def test_authenticated_requests_never_get_a_server_error(case, server):
    _exchange(case, app=server.app, headers=server.headers("admin"))


@SCHEMA.parametrize()
@SCHEMA.given(data=st.data())
@FUZZ
def test_steered_requests_never_get_a_server_error(case, data, server):
    def steer(label: str) -> bool:
        # Hypothesis favours the simplest choice (False), which is the steered one.
        return not data.draw(st.booleans(), label=f"{label}: as generated")

    role = data.draw(st.sampled_from(ROLES), label="role")
    headers = server.headers(role)
    extra: dict[str, Any] = {}
    upload = None
    if "package_id" in (case.path_parameters or {}):
        upload = data.draw(st.sampled_from((*server.uploads, None)), label="upload")
        if upload is not None:
            case.path_parameters["package_id"] = upload.package_id
    path = case.operation.path

    if path.endswith("/enrol"):
        if isinstance(case.body, dict) and steer("working code"):
            organization = data.draw(st.sampled_from(server.organizations), label="org")
            case.body["code"] = accounts.create_code(
                server.db, organization, data.draw(st.sampled_from(ROLES), label="as"), 3600)
            case.body["device_id"] = data.draw(st.sampled_from(SPARE_DEVICES), label="id")
            case.body["device_name"] = data.draw(NAMES, label="name")

    elif path.endswith("/{package_id}"):
        if upload is not None and isinstance(case.body, dict) and steer("declared right"):
            case.body.update(size=len(upload.data), sha256=upload.sha256)

    elif path.endswith("/chunks/{offset}"):
        chunk = data.draw(st.binary(max_size=64), label="chunk")
        if upload is not None and steer("a piece of the upload"):
            start = data.draw(st.integers(0, len(upload.data)), label="start")
            size = len(upload.data) - start - data.draw(
                st.integers(0, len(upload.data) - start), label="bytes left out")
            chunk = upload.data[start:start + size]
            case.path_parameters["offset"] = start
        if steer("right checksum"):
            headers[protocol.HEADER_CHUNK_SHA256] = hashlib.sha256(chunk).hexdigest()
        headers["Content-Type"] = "application/octet-stream"
        extra["data"] = chunk

    elif path.endswith("/commit"):
        if upload is not None and steer("uploaded first"):
            # Earlier examples may have left another upload under this id.
            uploads.discard(server.db, upload.package_id)
            _upload(server, role, upload)

    elif path.endswith("/changes") and isinstance(case.query, dict) and steer("from the start"):
        case.query["after"] = 0

    _exchange(case, app=server.app, headers=headers, **extra)


@pytest.mark.parametrize("name", AWKWARD_NAMES, ids=repr)
def test_awkward_device_names_are_enrolled_or_refused(server, name):
    code = accounts.create_code(server.db, server.organizations[0], "facilitator", 3600)
    with asgi.get_client(server.app) as client:
        response = client.post(f"{protocol.API_PREFIX}/enrol", headers=server.negotiation(),
                               json={"code": code, "device_id": SPARE_DEVICES[0],
                                     "device_name": name})
    _well_formed(response)


def _upload(server: Server, role: str, upload: Upload) -> None:
    """Declare `upload` and send all its bytes, as `role`, the way the client does;
    whatever the server answers (it may have the package already, say)."""
    base = f"{protocol.API_PREFIX}/uploads/{upload.package_id}"
    with asgi.get_client(server.app) as client:
        declared = client.put(base, headers=server.headers(role),
                              json={"size": len(upload.data), "sha256": upload.sha256})
        _well_formed(declared)
        if declared.status_code != 200:
            return
        for offset in range(declared.json()["offset"], len(upload.data), CHUNK_BYTES):
            piece = upload.data[offset:offset + CHUNK_BYTES]
            sent = client.put(f"{base}/chunks/{offset}", data=piece,
                              headers={**server.headers(role),
                                       protocol.HEADER_CHUNK_SHA256:
                                           hashlib.sha256(piece).hexdigest(),
                                       "Content-Type": "application/octet-stream"})
            _well_formed(sent)
