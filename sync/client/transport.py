"""HTTP to the central server: version and clock headers, bearer token, retries with
backoff on network errors, and problem+json answers turned into `SyncError`s."""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

from sync import protocol

from .errors import (
    AppTooOld,
    Cancelled,
    ClockWrong,
    InsecureServer,
    NoConnection,
    NotEnrolled,
    PackageRejected,
    Refused,
    ServerProblem,
    SyncError,
)

RETRY_STATUSES = {502, 503, 504}


def check_url(url: str, insecure: bool = False) -> str:
    """`url` without a trailing slash; InsecureServer for plain http:// to a host that is
    not this computer, unless `insecure`; SyncError for what is not a web address."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(f"«{url}» no es una dirección de servidor (debe empezar por https://).")
    if parts.scheme == "http" and not insecure and not _is_loopback(parts.hostname):
        raise InsecureServer(url)
    return url.strip().rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Transport:
    """One server conversation. `cancelled` is polled between attempts; `sleep` is
    injectable so tests do not wait for real backoffs."""

    def __init__(self, base_url: str, *, app_version: str, schema_version: int,
                 token: str | None = None, insecure: bool = False, retries: int = 6,
                 backoff: float = 0.5, max_backoff: float = 30.0, timeout: float = 60.0,
                 cancelled: Callable[[], bool] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.base_url = check_url(base_url, insecure)
        self.token = token
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.cancelled = cancelled or (lambda: False)
        self.sleep = sleep
        self.bytes_sent = 0
        self._headers = {protocol.HEADER_APP_VERSION: app_version,
                         protocol.HEADER_SCHEMA: str(schema_version)}
        self._client = httpx.Client(base_url=self.base_url + protocol.API_PREFIX,
                                    timeout=httpx.Timeout(timeout, connect=15.0))

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200,),
                content: bytes | None = None, json: object = None,
                headers: dict[str, str] | None = None,
                params: dict[str, object] | None = None) -> httpx.Response:
        """Send, retrying network failures and 502/503/504; the answer when its status is
        in `ok`, otherwise the matching SyncError."""
        attempt = 0
        while True:
            if self.cancelled():
                raise Cancelled()
            sent = {**self._headers, **(headers or {}),
                    protocol.HEADER_CLOCK: str(int(time.time() * 1000))}
            if self.token:
                sent["Authorization"] = f"Bearer {self.token}"
            try:
                self.bytes_sent += len(content or b"")
                response = self._client.request(method, path, content=content, json=json,
                                                 headers=sent, params=params)
            except httpx.TransportError as error:
                failure: Exception = error
            else:
                if response.status_code in ok:
                    return response
                if response.status_code not in RETRY_STATUSES:
                    raise problem_error(response)
                failure = problem_error(response)
            attempt += 1
            if attempt > self.retries:
                if isinstance(failure, SyncError):
                    raise failure
                raise NoConnection(type(failure).__name__) from failure
            self._wait(attempt)

    def _wait(self, attempt: int) -> None:
        delay = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        delay *= random.uniform(0.5, 1.0)  # spread devices that lost the link together
        while delay > 0:  # in slices, so that a cancel is heard within 0.2 s
            if self.cancelled():
                raise Cancelled()
            step = min(delay, 0.2)
            self.sleep(step)
            delay -= step


def problem_error(response: httpx.Response) -> SyncError:
    """The SyncError an error answer means (its Spanish `detail` when it has one)."""
    try:
        body = response.json()
        if not isinstance(body, dict):
            body = {}
    except ValueError:
        body = {}
    status = response.status_code
    detail = str(body.get("detail") or f"El servidor respondió con un error ({status}).")
    kind = str(body.get("type", "")).rsplit("/", 1)[-1]
    if status == 401:
        return NotEnrolled(detail)
    if status == 426:
        return AppTooOld(detail, str(body.get("version_requerida", "")),
                         str(body.get("descarga", "")))
    if kind == "reloj-desfasado":
        return ClockWrong(detail, body.get("diferencia_segundos"))
    if status == 403:
        return Refused(detail)
    if status == 400 and kind in ("paquete-invalido", "paquete-danado", "paquete-incompleto"):
        return PackageRejected(detail)
    return ServerProblem(detail, status, kind, body)
