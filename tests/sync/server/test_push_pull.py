"""Push and pull over HTTP: receipts, repeats, refusals of bad input (nothing merged),
resumed uploads, paged pulls, version and clock negotiation."""

from __future__ import annotations

import hashlib
import time

import httpx
import pytest
from sqlalchemy import func, select

from participa_desktop.core import replication, server_link
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.replication import replica_schema
from sync import protocol
from sync.client import credentials
from sync.client.errors import AppTooOld, Cancelled, ClockWrong
from sync.client.transport import problem_error
from sync.engine.state import read_state
from sync.server.tables import cell, received_package, record, upload_chunk


def _headers(token: str | None = None, *, schema: int | None = None,
             clock_offset: float = 0) -> dict[str, str]:
    headers = {protocol.HEADER_APP_VERSION: "0.1.0",
               protocol.HEADER_SCHEMA: str(schema if schema is not None
                                           else replica_schema().schema_version),
               protocol.HEADER_CLOCK: str(int((time.time() + clock_offset) * 1000))}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def _token(store, tmp_path) -> str:
    link = server_link.read_link(store)
    with replication.replica_connection(store) as connection:
        device_id = read_state(connection).device_id
    return credentials.load_token(tmp_path / "credenciales", device_id, link.server_id)


def _upload(server, token: str, package: bytes, package_id: str) -> httpx.Response:
    base = f"{server.url}/v1/uploads/{package_id}"
    declared = httpx.put(base, headers=_headers(token), json={
        "size": len(package), "sha256": hashlib.sha256(package).hexdigest()})
    if declared.status_code != 200:
        return declared
    if declared.json()["offset"] == len(package):  # the server has it all already
        return httpx.post(f"{base}/commit", headers=_headers(token))
    chunk = httpx.put(f"{base}/chunks/0", headers={
        **_headers(token), protocol.HEADER_CHUNK_SHA256: hashlib.sha256(package).hexdigest()},
        content=package)
    assert chunk.status_code == 200, chunk.text
    assert chunk.json() == {"offset": len(package), "received": len(package),
                            "sha256": hashlib.sha256(package).hexdigest()}
    return httpx.post(f"{base}/commit", headers=_headers(token))


def _count(server, table) -> int:
    with server.db.reading() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def field_laptop(live_server, open_store, fill_demo, enrolled):
    store = open_store("ana")
    fill_demo(store, participants=20, workshops=2)
    enrolled(store, live_server, live_server.organization("Fundación Uno"))
    return store


def _package(store, tmp_path, name: str = "envio") -> tuple[bytes, str]:
    link = server_link.read_link(store)
    summary = replication.export(store, tmp_path / f"{name}.participa", peer=link.server_id)
    return summary.path.read_bytes(), summary.package_id


def test_the_same_package_twice_is_a_no_op(live_server, field_laptop, tmp_path):
    token = _token(field_laptop, tmp_path)
    data, package_id = _package(field_laptop, tmp_path)
    first = _upload(live_server, token, data, package_id)
    assert first.status_code == 200 and first.json()["new_rows"] > 0
    cells = _count(live_server, cell)
    second = _upload(live_server, token, data, package_id)
    assert second.status_code == 200
    assert second.json()["repeated"] is True
    assert second.json()["new_rows"] == first.json()["new_rows"]
    assert _count(live_server, cell) == cells
    assert _count(live_server, received_package) == 1


def test_a_corrupt_package_is_refused_and_nothing_is_merged(live_server, field_laptop,
                                                            tmp_path):
    token = _token(field_laptop, tmp_path)
    data, package_id = _package(field_laptop, tmp_path)
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0xFF
    answer = _upload(live_server, token, bytes(damaged), package_id)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith(protocol.PROBLEM_MEDIA_TYPE)
    assert "dañado" in answer.json()["detail"]
    assert _count(live_server, cell) == 0 and _count(live_server, record) == 0
    assert _count(live_server, upload_chunk) == 0  # the damaged upload was dropped


def test_a_package_of_another_device_is_refused(live_server, field_laptop, open_store,
                                                fill_demo, tmp_path):
    token = _token(field_laptop, tmp_path)
    other = open_store("ajeno")
    fill_demo(other, seed=5, participants=5, workshops=1)
    summary = replication.export(other, tmp_path / "ajeno.participa")
    answer = _upload(live_server, token, summary.path.read_bytes(), summary.package_id)
    assert answer.status_code == 403
    assert _count(live_server, cell) == 0


def test_a_package_over_the_limit_gets_413(start_server, open_store, fill_demo, enrolled,
                                           tmp_path):
    server = start_server(max_package_bytes=2048)
    store = open_store("ana")
    fill_demo(store, participants=20, workshops=2)
    enrolled(store, server, server.organization("Uno"))
    data, package_id = _package(store, tmp_path)
    answer = _upload(server, _token(store, tmp_path), data, package_id)
    assert answer.status_code == 413
    assert answer.json()["limite"] == 2048


def test_chunks_out_of_place_or_damaged_are_refused(live_server, field_laptop, tmp_path):
    token = _token(field_laptop, tmp_path)
    data, package_id = _package(field_laptop, tmp_path)
    base = f"{live_server.url}/v1/uploads/{package_id}"
    httpx.put(base, headers=_headers(token),
              json={"size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    piece = data[:1000]
    digest = hashlib.sha256(piece).hexdigest()
    ahead = httpx.put(f"{base}/chunks/500", content=piece,
                      headers={**_headers(token), protocol.HEADER_CHUNK_SHA256: digest})
    assert ahead.status_code == 409 and ahead.json()["offset"] == 0
    wrong = httpx.put(f"{base}/chunks/0", content=piece,
                      headers={**_headers(token), protocol.HEADER_CHUNK_SHA256: "0" * 64})
    assert wrong.status_code == 400
    early = httpx.post(f"{base}/commit", headers=_headers(token))
    assert early.status_code == 409 and early.json()["offset"] == 0
    assert _count(live_server, cell) == 0


def test_an_interrupted_upload_resumes_where_it_stopped(live_server, open_store, fill_demo,
                                                        enrolled, sync_now):
    store = open_store("ana")
    fill_demo(store, participants=400, workshops=10)
    enrolled(store, live_server, live_server.organization("Uno"))
    seen: list[int] = []

    def progress(what: str, done: int, total: int) -> None:
        if what.startswith("Enviando"):
            seen.append(done)

    with pytest.raises(Cancelled):
        sync_now(store, progress=progress, cancelled=lambda: len(seen) >= 2)
    assert _count(live_server, upload_chunk) >= 1
    assert _count(live_server, cell) == 0  # nothing merged before the whole package is in
    report = sync_now(store)
    assert report.resumed and report.packages_sent == 1
    total = (server_link.outbox_folder(store))
    assert not any(total.iterdir())  # acknowledged: the package file is gone
    fresh = open_store("beto")
    enrolled(fresh, live_server, _org_of(live_server))
    sync_now(fresh)
    assert _dump(fresh) == _dump(store)


def _org_of(server) -> str:
    from sync.server.tables import organization

    with server.db.reading() as connection:
        return connection.execute(select(organization.c.id)).scalar_one()


def _dump(store) -> str:
    with store.engine.connect() as connection:
        return "\n".join(dump_lines(connection))


def test_a_pull_in_many_small_pages_gives_the_same_content(start_server, open_store,
                                                           fill_demo, enrolled, sync_now):
    server = start_server(page_bytes=4096)
    org = server.organization("Uno")
    ana, beto = open_store("ana"), open_store("beto")
    fill_demo(ana, participants=60, workshops=3)
    enrolled(ana, server, org)
    enrolled(beto, server, org)
    sync_now(ana)
    report = sync_now(beto)
    assert report.pages_received > 5
    assert _dump(beto) == _dump(ana)
    assert sync_now(beto).rows_received == 0  # the cursor moved with every page


def test_old_clients_get_426_with_the_version_to_install(live_server):
    answer = httpx.get(f"{live_server.url}/v1/changes", params={"after": 0},
                       headers=_headers(schema=0))
    assert answer.status_code == 426
    error = problem_error(answer)
    assert isinstance(error, AppTooOld) and error.version
    assert "Instale Participa+" in str(error)


def test_newer_clients_are_told_the_server_is_older(live_server):
    answer = httpx.get(f"{live_server.url}/v1/changes", params={"after": 0},
                       headers=_headers(schema=replica_schema().schema_version + 1))
    assert answer.status_code == 409
    assert "servidor tiene una versión anterior" in answer.json()["detail"]


@pytest.mark.parametrize(("offset", "word"), [(-3600, "atrasado"), (600, "adelantado")])
def test_a_clock_off_by_more_than_five_minutes_is_refused(live_server, offset, word):
    answer = httpx.post(f"{live_server.url}/v1/enrol", headers=_headers(clock_offset=offset),
                        json={"code": "X", "device_id": "0" * 16})
    assert answer.status_code == 409
    error = problem_error(answer)
    assert isinstance(error, ClockWrong)
    assert word in str(error) and "Corrija la fecha" in str(error)
    assert abs(error.offset_seconds - offset) < 5


def test_a_clock_within_tolerance_is_accepted(live_server):
    answer = httpx.post(f"{live_server.url}/v1/enrol", headers=_headers(clock_offset=200),
                        json={"code": "X", "device_id": "0" * 16})
    assert answer.status_code == 403  # past negotiation: only the code is wrong
