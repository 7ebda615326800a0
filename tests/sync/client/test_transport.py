"""The client's HTTP layer: which addresses it accepts, retries with growing waits, and
cancelling during a wait."""

from __future__ import annotations

import socket

import pytest

from sync.client.errors import Cancelled, InsecureServer, NoConnection, SyncError
from sync.client.transport import Transport, check_url


@pytest.mark.parametrize("url", ["https://sync.participa.org", "http://127.0.0.1:8765",
                                 "http://localhost:8765/", "http://[::1]:8765"])
def test_secure_or_local_addresses_are_accepted(url):
    assert not check_url(url).endswith("/")


def test_plain_http_to_another_computer_needs_insecure():
    with pytest.raises(InsecureServer, match="no es segura"):
        check_url("http://192.168.1.20:8765")
    assert check_url("http://192.168.1.20:8765", insecure=True) == "http://192.168.1.20:8765"


@pytest.mark.parametrize("url", ["", "sync.participa.org", "ftp://x.org", "https://"])
def test_what_is_not_a_server_address_is_refused(url):
    with pytest.raises(SyncError, match="no es una dirección"):
        check_url(url)


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return sock.getsockname()[1]


def test_network_errors_are_retried_with_growing_waits_then_reported():
    waits: list[float] = []
    transport = Transport(f"http://127.0.0.1:{_closed_port()}", app_version="0.1.0",
                          schema_version=1, retries=4, backoff=1.0, sleep=waits.append)
    with transport, pytest.raises(NoConnection, match="No hay conexión"):
        transport.request("GET", "/hola")
    # Each wait is slept in slices of at most 0.2 s; the total per attempt doubles.
    assert 0.5 * (1 + 2 + 4 + 8) <= sum(waits) <= 1 + 2 + 4 + 8


def test_a_cancel_during_a_wait_stops_at_once():
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    transport = Transport(f"http://127.0.0.1:{_closed_port()}", app_version="0.1.0",
                          schema_version=1, retries=10, backoff=30.0, sleep=lambda _s: None,
                          cancelled=cancelled)
    with transport, pytest.raises(Cancelled):
        transport.request("GET", "/hola")
