"""Enrolment and authorisation: single-use expiring codes, rate limits, tokens stored
only as hashes, 401 / 403 answered as problem+json in Spanish."""

from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import select, update

from participa_desktop.core.replication import replica_schema
from sync import protocol
from sync.server import accounts
from sync.server.tables import device, enrolment_code


def _headers(token: str | None = None) -> dict[str, str]:
    headers = {protocol.HEADER_APP_VERSION: "0.1.0",
               protocol.HEADER_SCHEMA: str(replica_schema().schema_version),
               protocol.HEADER_CLOCK: str(int(time.time() * 1000))}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def _enrol(server, code: str, device_id: str = "00000000000000a1") -> httpx.Response:
    return httpx.post(f"{server.url}/v1/enrol", headers=_headers(),
                      json={"code": code, "device_id": device_id, "device_name": "portátil"})


def _is_problem(answer: httpx.Response, status: int) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(protocol.PROBLEM_MEDIA_TYPE)
    body = answer.json()
    assert body["status"] == status and body["detail"]
    return body


def test_a_code_enrols_one_device_once(live_server):
    org = live_server.organization("Fundación Uno")
    code = live_server.code(org)
    first = _enrol(live_server, code)
    assert first.status_code == 200
    assert first.json()["organization_name"] == "Fundación Uno"
    again = _enrol(live_server, code, device_id="00000000000000b2")
    assert "ya se usó" in _is_problem(again, 403)["detail"]


def test_codes_are_typed_loosely_but_expire(live_server):
    org = live_server.organization("Fundación Uno")
    code = live_server.code(org)
    typed = code.lower().replace("-", " ")
    assert _enrol(live_server, typed).status_code == 200
    late = live_server.code(org)
    with live_server.db.writing() as connection:
        connection.execute(update(enrolment_code).values(expires_at=int(time.time()) - 1)
                           .where(enrolment_code.c.used_at.is_(None)))
    _is_problem(_enrol(live_server, late, device_id="00000000000000c3"), 403)


def test_enrolment_attempts_are_rate_limited(start_server):
    server = start_server(enrol_attempts=3)
    for _ in range(3):
        _is_problem(_enrol(server, "NO-EXISTE"), 403)
    blocked = _enrol(server, server.code(server.organization("Uno")))
    _is_problem(blocked, 429)
    assert int(blocked.headers["retry-after"]) > 0


def test_the_server_keeps_only_a_hash_of_tokens_and_codes(live_server):
    code = live_server.code(live_server.organization("Uno"))
    token = _enrol(live_server, code).json()["token"]
    with live_server.db.reading() as connection:
        stored = [*connection.execute(select(device.c.token_hash)).scalars(),
                  *connection.execute(select(enrolment_code.c.code_hash)).scalars()]
    assert token not in stored and code not in stored
    assert accounts.secret_hash(token) in stored


def test_requests_without_or_with_a_bad_token_get_401(live_server):
    for headers in (_headers(), _headers("no-es-un-token")):
        answer = httpx.get(f"{live_server.url}/v1/changes", params={"after": 0},
                           headers=headers)
        _is_problem(answer, 401)
        assert answer.headers["www-authenticate"].startswith("Bearer")


def test_coordinator_actions_are_refused_to_facilitators(live_server):
    org = live_server.organization("Uno")
    facilitator = _enrol(live_server, live_server.code(org)).json()["token"]
    coordinator = _enrol(live_server, live_server.code(org, "coordinator"),
                         device_id="00000000000000d4").json()["token"]
    url = f"{live_server.url}/v1/devices"
    assert "coordinadores" in _is_problem(
        httpx.get(url, headers=_headers(facilitator)), 403)["detail"]
    listed = httpx.get(url, headers=_headers(coordinator))
    assert listed.status_code == 200
    assert {d["role"] for d in listed.json()} == {"facilitator", "coordinator"}
    made = httpx.post(f"{live_server.url}/v1/enrolment-codes", headers=_headers(coordinator),
                      json={"role": "facilitator", "expires_hours": 24})
    assert made.status_code == 200
    assert _enrol(live_server, made.json()["code"], "00000000000000e5").status_code == 200
    _is_problem(httpx.post(f"{live_server.url}/v1/enrolment-codes",
                           headers=_headers(coordinator), json={"role": "admin"}), 403)


def test_a_device_of_one_organisation_cannot_reenrol_in_another(live_server):
    uno = live_server.organization("Uno")
    dos = live_server.organization("Dos")
    assert _enrol(live_server, live_server.code(uno)).status_code == 200
    body = _is_problem(_enrol(live_server, live_server.code(dos)), 409)
    assert "new-device" in body["detail"]


@pytest.mark.parametrize("text", ["0d", "7", "siete días", "-3d"])
def test_bad_durations_are_refused_in_spanish(text):
    with pytest.raises(accounts.AdminError, match="no es una duración"):
        accounts.parse_duration(text)


def test_durations():
    assert accounts.parse_duration("30m") == 1800
    assert accounts.parse_duration("7d") == 7 * 86400


def test_successful_enrolments_do_not_count_against_the_limit(start_server):
    server = start_server(enrol_attempts=2)
    org = server.organization("Uno")
    for n in range(5):  # a whole workshop enrolling from one address
        assert _enrol(server, server.code(org), device_id=f"{n:016x}").status_code == 200
