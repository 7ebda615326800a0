"""The newest app release the server names: per organisation, else server-wide, else from
the settings; told only to enrolled devices (`GET /v1/version`), and kept in a table that
an older server database gains when the new server opens it."""

from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import inspect, select

from participa_desktop.core.replication import replica_schema
from sync import protocol
from sync.server import accounts, releases
from sync.server.accounts import AdminError
from sync.server.database import Database
from sync.server.settings import ServerSettings
from sync.server.tables import app_release, metadata, organization, server_meta


def _headers(token: str | None = None, schema: int | None = None) -> dict[str, str]:
    headers = {protocol.HEADER_APP_VERSION: "0.1.0",
               protocol.HEADER_SCHEMA: str(schema if schema is not None
                                           else replica_schema().schema_version),
               protocol.HEADER_CLOCK: str(int(time.time() * 1000))}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def _token(server, org: str, device_id: str) -> str:
    answer = httpx.post(f"{server.url}/v1/enrol", headers=_headers(),
                        json={"code": server.code(org), "device_id": device_id})
    assert answer.status_code == 200, answer.text
    return answer.json()["token"]


def _newest(server, token: str | None) -> httpx.Response:
    return httpx.get(f"{server.url}/v1/version", headers=_headers(token))


def test_each_organisation_is_told_its_own_release_or_the_server_wide_one(start_server):
    server = start_server(newest_app_version="0.1.5",
                          download_url="https://config.ejemplo.org/participa")
    uno, dos = server.organization("Fundación Uno"), server.organization("Colectivo Dos")
    token_uno = _token(server, uno, "00000000000000a1")
    token_dos = _token(server, dos, "00000000000000b2")

    # Nothing set with set-release: the settings' release, for everyone.
    assert _newest(server, token_dos).json() == {
        "newest_app_version": "0.1.5", "download_url": "https://config.ejemplo.org/participa"}

    releases.set_release(server.db, "0.2.0", "https://descargas.ejemplo.org/participa")
    releases.set_release(server.db, "v0.3", "https://uno.ejemplo.org/instalador", org=uno)
    assert _newest(server, token_uno).json() == {
        "newest_app_version": "0.3", "download_url": "https://uno.ejemplo.org/instalador"}
    assert _newest(server, token_dos).json() == {
        "newest_app_version": "0.2.0",
        "download_url": "https://descargas.ejemplo.org/participa"}
    hello = httpx.get(f"{server.url}/v1/hola").json()  # anyone: the server-wide one
    assert (hello["newest_app_version"], hello["download_url"]) == (
        "0.2.0", "https://descargas.ejemplo.org/participa")

    # Set again: replaced. Cleared: back to the server-wide one, then the settings'.
    releases.set_release(server.db, "0.3.1", "https://uno.ejemplo.org/v031", org="Fundación Uno")
    assert _newest(server, token_uno).json()["newest_app_version"] == "0.3.1"
    assert releases.clear_release(server.db, org=uno)
    assert not releases.clear_release(server.db, org=uno)
    assert _newest(server, token_uno).json()["newest_app_version"] == "0.2.0"
    assert releases.clear_release(server.db)
    assert _newest(server, token_uno).json()["newest_app_version"] == "0.1.5"


def test_a_server_without_any_release_names_none(live_server):
    token = _token(live_server, live_server.organization("Uno"), "00000000000000a1")
    assert _newest(live_server, token).json() == {"newest_app_version": None,
                                                  "download_url": None}


def test_the_release_is_told_only_to_enrolled_devices(live_server):
    releases.set_release(live_server.db, "0.2.0", "https://descargas.ejemplo.org/p")
    for token in (None, "no-es-una-credencial"):
        answer = _newest(live_server, token)
        assert answer.status_code == 401
        assert answer.headers["content-type"].startswith(protocol.PROBLEM_MEDIA_TYPE)
        assert "0.2.0" not in answer.text


def test_an_app_too_old_to_sync_is_told_its_organisations_release(live_server):
    uno = live_server.organization("Uno")
    token = _token(live_server, uno, "00000000000000a1")
    releases.set_release(live_server.db, "9.1.0", "https://uno.ejemplo.org/instalador", org=uno)
    old = replica_schema().schema_version - 1
    answer = httpx.get(f"{live_server.url}/v1/version", headers=_headers(token, schema=old))
    assert answer.status_code == 426
    body = answer.json()
    assert body["version_requerida"] == "9.1.0"
    assert body["descarga"] == "https://uno.ejemplo.org/instalador"
    # Without the token the server-wide release (none: the server's own version).
    anonymous = httpx.get(f"{live_server.url}/v1/version", headers=_headers(schema=old))
    assert anonymous.json()["version_requerida"] == replica_schema().app_version


def _releases_stored(db: Database) -> list[tuple]:
    with db.reading() as connection:
        return [*connection.execute(select(app_release.c.organization_id,
                                           app_release.c.version)).all(),
                *connection.execute(select(server_meta.c.key).where(
                    server_meta.c.key.like("release%"))).all()]


@pytest.mark.parametrize(("version", "url", "org", "message"), [
    ("dos punto cero", "https://ejemplo.org/p", None, "no es un número de versión"),
    ("", "https://ejemplo.org/p", None, "no es un número de versión"),
    ("0.2.0", "ftp://ejemplo.org/p", None, "no es una dirección de descarga"),
    ("0.2.0", "javascript:alert(1)", None, "no es una dirección de descarga"),
    ("0.2.0", "https://", None, "no es una dirección de descarga"),
    ("0.2.0", "https://ejemplo.org/con espacio", None, "no es una dirección de descarga"),
    ("0.2.0", "http://[::1", None, "no es una dirección de descarga"),
    ("0.2.0", "http://descargas.ejemplo.org/p", None, "no es una dirección de descarga segura"),
    ("0.2.0", "https://ejemplo.org/p", "Nadie", "No existe la organización «Nadie»"),
])
def test_a_bad_release_is_refused_and_changes_nothing(live_server, version, url, org, message):
    live_server.organization("Uno")
    with pytest.raises(AdminError, match=message):
        releases.set_release(live_server.db, version, url, org)
    with pytest.raises(AdminError, match="No existe la organización"):
        releases.clear_release(live_server.db, org="Nadie")
    assert _releases_stored(live_server.db) == []


def test_the_settings_refuse_a_bad_release_too():
    with pytest.raises(ValueError, match="newest_app_version"):
        ServerSettings(newest_app_version="la última")
    with pytest.raises(ValueError, match="download_url"):
        ServerSettings(download_url="descargas.ejemplo.org")
    assert ServerSettings(newest_app_version="v1.0").newest_app_version == "1.0"


def test_a_server_database_made_before_releases_opens_and_gains_the_table(
        server_database_url):
    """A database of the previous server (every table but `app_release`, which is all
    this change adds) with its data: the new server opens it, adds the table and keeps the
    rest."""
    db = Database(server_database_url)
    try:
        with db.writing() as connection:
            metadata.create_all(connection, tables=[t for t in metadata.sorted_tables
                                                    if t.name != "app_release"])
            connection.execute(server_meta.insert().values(key="server_id",
                                                           value="00000000000000ff"))
        org = accounts.create_organization(db, "Fundación Uno")
        code = accounts.create_code(db, org.id, "facilitator", 3600)
        with db.engine.connect() as connection:
            assert "app_release" not in inspect(connection).get_table_names()

        db.create()  # what every server start does
        with db.engine.connect() as connection:
            assert "app_release" in inspect(connection).get_table_names()
        assert db.server_id == "00000000000000ff"
        with db.reading() as connection:
            assert connection.execute(select(organization.c.name)).scalars().all() == [
                "Fundación Uno"]
        releases.set_release(db, "0.2.0", "https://uno.ejemplo.org/p", org="Fundación Uno")
        with db.reading() as connection:
            found = releases.release_for(connection, ServerSettings(), org.id)
        assert found == releases.Release("0.2.0", "https://uno.ejemplo.org/p", releases.OWN)
        enrolment = accounts.enrol(db, code, "00000000000000a1", "portátil", "127.0.0.1",
                                   attempts=5, window=60)
        assert enrolment.device.organization_name == "Fundación Uno"
    finally:
        db.dispose()
