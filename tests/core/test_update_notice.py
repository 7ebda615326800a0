"""The update notice on a laptop: each sync learns the newest release the server names for
its organisation and keeps it in the data file; it is shown only while the running app is
older; a server older than the question does not fail the sync."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from participa_desktop.core import update_notice
from participa_desktop.core.store import Store
from sync.client.releases import AppRelease
from sync.server import releases
from sync.server.tables import app_release

URL = "https://descargas.ejemplo.org/participa"


@pytest.fixture
def old_server(monkeypatch, request, server_database_url):
    """old_server(**settings): a running server of the version before `GET /v1/version`
    (the route taken out of the real app)."""
    import sync.server.api as api

    real = api.create_app

    def without_version(settings, schema):
        app = real(settings, schema)
        app.router.routes[:] = [route for route in app.router.routes
                                if getattr(route, "path", "") != "/v1/version"]
        return app

    monkeypatch.setattr(api, "create_app", without_version)
    return request.getfixturevalue("start_server")


@pytest.fixture
def field(open_store, fill_demo):
    store = open_store("campo")
    fill_demo(store, participants=5, workshops=1)
    return store


def test_a_sync_keeps_the_release_and_it_survives_reopening(start_server, field, enrolled,
                                                            sync_now):
    server = start_server(newest_app_version="9.1.0", download_url=URL)
    enrolled(field, server, server.organization("Fundación Uno"))
    assert update_notice.pending(field) is None

    report = sync_now(field)
    assert report.release_answered and report.release == AppRelease("9.1.0", URL)
    assert report.rows_sent > 0  # the sync itself went on as before
    field.close()
    with Store.open(field.path) as reopened:
        assert update_notice.pending(reopened, current="0.1.0") == AppRelease("9.1.0", URL)
        assert update_notice.pending(reopened, current="9.1.0rc1") is not None


@pytest.mark.parametrize("installed", ["9.1.0", "9.1", "9.1.1", "10.0.0"])
def test_the_notice_disappears_once_that_version_or_a_newer_one_is_installed(
        field, installed):
    update_notice.remember(field, AppRelease("9.1.0", URL))
    assert update_notice.pending(field, current=installed) is None
    assert update_notice.remembered(field) == AppRelease("9.1.0", URL)  # still known


def test_a_per_organisation_release_replaces_the_one_known_and_a_cleared_one_is_forgotten(
        live_server, field, enrolled, sync_now):
    org = live_server.organization("Fundación Uno")
    enrolled(field, live_server, org)
    releases.set_release(live_server.db, "0.2.0", URL)
    sync_now(field)
    assert update_notice.pending(field) == AppRelease("0.2.0", URL)
    releases.set_release(live_server.db, "0.3.0", "https://uno.ejemplo.org/p", org=org)
    sync_now(field)
    assert update_notice.pending(field) == AppRelease("0.3.0", "https://uno.ejemplo.org/p")
    releases.clear_release(live_server.db, org=org)
    releases.clear_release(live_server.db)
    report = sync_now(field)
    assert report.release_answered and report.release is None
    assert update_notice.remembered(field) is None


def test_an_older_server_without_the_question_does_not_fail_the_sync(old_server, field,
                                                                     enrolled, sync_now):
    server = old_server(newest_app_version="9.1.0", download_url=URL)
    enrolled(field, server, server.organization("Fundación Uno"))
    update_notice.remember(field, AppRelease("0.5.0", "https://antes.ejemplo.org"))

    report = sync_now(field)
    assert report.rows_sent > 0 and not report.release_answered and report.release is None
    # It said nothing, so what an earlier sync learned still holds.
    assert update_notice.pending(field) == AppRelease("0.5.0", "https://antes.ejemplo.org")


@pytest.fixture
def failing_question_server(monkeypatch, request, server_database_url):
    """failing_question_server(**settings): a running server whose `GET /v1/version`
    answers 500 (a broken proxy, say); everything else works."""
    from fastapi.responses import JSONResponse

    import sync.server.api as api

    real = api.create_app

    def failing(settings, schema):
        app = real(settings, schema)

        @app.middleware("http")
        async def broken(request, call_next):
            if request.url.path == "/v1/version":
                return JSONResponse({"detail": "falla"}, status_code=500)
            return await call_next(request)

        return app

    monkeypatch.setattr(api, "create_app", failing)
    return request.getfixturevalue("start_server")


def test_a_failing_question_does_not_fail_the_sync(failing_question_server, field, enrolled,
                                                   sync_now):
    server = failing_question_server()
    enrolled(field, server, server.organization("Fundación Uno"))
    update_notice.remember(field, AppRelease("0.5.0", "https://antes.ejemplo.org"))

    report = sync_now(field)
    assert report.rows_sent > 0 and not report.release_answered
    assert update_notice.pending(field) == AppRelease("0.5.0", "https://antes.ejemplo.org")


def test_what_is_not_a_version_or_a_web_address_is_not_kept(live_server, field, enrolled,
                                                            sync_now):
    """A server (or its database) naming a `javascript:` address: the app must not open
    it, so it keeps the version without the address."""
    org = live_server.organization("Fundación Uno")
    enrolled(field, live_server, org)
    releases.set_release(live_server.db, "0.2.0", URL, org=org)
    with live_server.db.writing() as connection:
        connection.execute(update(app_release).values(download_url="javascript:alert(1)"))
    sync_now(field)
    assert update_notice.remembered(field) == AppRelease("0.2.0", "")
    with live_server.db.writing() as connection:  # plain http: an installer could be swapped
        connection.execute(update(app_release).values(
            download_url="http://descargas.ejemplo.org/participa"))
    sync_now(field)
    assert update_notice.remembered(field) == AppRelease("0.2.0", "")
    with live_server.db.writing() as connection:
        connection.execute(update(app_release).values(version="la última"))
    sync_now(field)
    assert update_notice.remembered(field) is None


def test_the_notice_in_one_line():
    assert update_notice.sentence(AppRelease("0.2.0", URL), current="0.1.0") == (
        "Hay una versión nueva de Participa+: 0.2.0 (usted tiene 0.1.0). Descárguela de "
        f"{URL}.")
    assert update_notice.sentence(AppRelease("0.2.0", ""), current="0.1.0").endswith(
        "Pida el instalador a su coordinador(a).")
