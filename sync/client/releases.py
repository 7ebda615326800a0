"""Asking the server which app release the device's organisation should install (see
`sync.protocol`, "Update notice"). Only asked and told: nothing here downloads anything."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from packaging.version import InvalidVersion, Version

from .errors import Cancelled, ServerProblem, SyncError
from .transport import Transport

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AppRelease:
    """The newest app version the server named, and the http(s) address of its download
    page ("" when the server named none: the installer comes from a coordinator)."""

    version: str
    url: str

    def is_newer_than(self, current: str) -> bool:
        """Whether this release is newer than app version `current` (PEP 440); False when
        either cannot be read as a version."""
        try:
            return Version(self.version) > Version(current)
        except InvalidVersion:
            return False


@dataclass(frozen=True)
class ReleaseAnswer:
    """What the server said: `answered` is False for a server without the endpoint (which
    said nothing, so whatever was known before still holds); `release` is None when it
    names no release."""

    answered: bool
    release: AppRelease | None = None


NOT_ANSWERED = ReleaseAnswer(answered=False)


def ask_release(transport: Transport) -> ReleaseAnswer:
    """Ask `GET /version`, best-effort: the notice is optional, so no failure here may
    fail a sync whose data already moved. A 404 (an older server), any other refusal or
    server problem, or a lost connection means "not answered" (logged); only a cancel
    raises. What is not a version, or a download address that is not https (http only to
    this computer), is ignored: the app would otherwise show or open it."""
    try:
        body = transport.request("GET", "/version").json()
    except Cancelled:
        raise
    except SyncError as problem:
        if not (isinstance(problem, ServerProblem) and problem.status == 404):
            _log.warning("El servidor no dijo cuál es la versión más reciente: %s", problem)
        return NOT_ANSWERED
    except ValueError:  # not JSON: not this endpoint
        return NOT_ANSWERED
    if not isinstance(body, dict):
        return NOT_ANSWERED
    version, url = body.get("newest_app_version"), body.get("download_url")
    if not isinstance(version, str) or not _is_version(version):
        return ReleaseAnswer(answered=True)
    return ReleaseAnswer(True, AppRelease(version, url if _is_web_address(url) else ""))


def _is_version(text: str) -> bool:
    try:
        Version(text)
    except InvalidVersion:
        return False
    return len(text) <= 40


def _is_web_address(url: object) -> bool:
    if not isinstance(url, str) or len(url) > 2000:
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed [IPv6]
        return False
    local = host in ("localhost", "127.0.0.1", "::1")
    return ((parts.scheme == "https" or (parts.scheme == "http" and local)) and bool(host)
            and not any(c.isspace() or ord(c) < 32 for c in url))
