"""Asking the server which app release the device's organisation should install (see
`sync.protocol`, "Update notice"). Only asked and told: nothing here downloads anything."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from packaging.version import InvalidVersion, Version

from .errors import ServerProblem
from .transport import Transport


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
    """Ask `GET /version`. A 404 (an older server) is not an error; any other failure
    raises the transport's SyncError. What is not a version, or an address that is not
    http(s), is ignored: the app would otherwise show or open it."""
    try:
        body = transport.request("GET", "/version").json()
    except ServerProblem as problem:
        if problem.status == 404:
            return NOT_ANSWERED
        raise
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
    return (parts.scheme in ("http", "https") and bool(host)
            and not any(c.isspace() or ord(c) < 32 for c in url))
