"""Which Participa+ release each organisation's devices are told about at sync.

An organisation's own release (table `app_release`) wins; otherwise the server-wide one
set with `participa server-admin set-release` (kept in `server_meta`); otherwise the one
in the server's settings (`newest_app_version`, `download_url`); otherwise none. The
server only names the version and where to download it: nothing is ever pushed to a device.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from packaging.version import InvalidVersion, Version
from sqlalchemy import Connection, delete, select, update

from .accounts import AdminError, find_organization
from .database import Database, insert_ignore, now
from .tables import app_release, organization, server_meta

if TYPE_CHECKING:
    from .settings import ServerSettings

VERSION_KEY = "release_version"  # server_meta keys of the server-wide release
URL_KEY = "release_url"
MAX_VERSION = 40
MAX_URL = 2000

#: Where a release came from, as `server-admin list` says it.
OWN, SERVER, SETTINGS = "propia", "del servidor", "de la configuración"


@dataclass(frozen=True)
class Release:
    """The newest version to install and its download address ("" when none is known)."""

    version: str
    url: str
    source: str  # OWN, SERVER or SETTINGS


def check_version(text: str) -> str:
    """`text` as a normalised PEP 440 version ("v0.2" → "0.2"); AdminError otherwise."""
    try:
        version = str(Version(text.strip()))
    except InvalidVersion:
        raise AdminError(f"«{text}» no es un número de versión: use por ejemplo 0.2.0.") from None
    if len(version) > MAX_VERSION:
        raise AdminError(f"El número de versión puede tener hasta {MAX_VERSION} caracteres.")
    return version


def check_url(text: str) -> str:
    """`text` when it is an https address with a host (http only to this computer, for
    tests: an installer fetched over plain http could be swapped on the way); AdminError
    otherwise."""
    url = text.strip()
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme, parts.hostname
    except ValueError:  # e.g. an unclosed [IPv6]
        scheme, host = "", None
    secure = scheme == "https" or (
        scheme == "http" and host in ("localhost", "127.0.0.1", "::1"))
    if (not host or not secure or len(url) > MAX_URL
            or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url)):
        raise AdminError(f"«{text}» no es una dirección de descarga segura: escriba la "
                         "dirección web completa, que empieza por https://.")
    return url


def set_release(db: Database, version: str, url: str, org: str | None = None) -> Release:
    """Make `version` at `url` the release of organisation `org` (name or id), or the
    server-wide one when `org` is None. Checks both first: bad input changes nothing."""
    version, url = check_version(version), check_url(url)
    moment = now()
    with db.writing() as connection:
        if org is None:
            for key, value in ((VERSION_KEY, version), (URL_KEY, url)):
                _put_meta(connection, key, value)
            return Release(version, url, SERVER)
        found = find_organization(connection, org)
        values = {"version": version, "download_url": url, "updated_at": moment}
        insert_ignore(connection, app_release, [{"organization_id": found.id, **values}])
        connection.execute(
            update(app_release).where(app_release.c.organization_id == found.id).values(values))
    return Release(version, url, OWN)


def clear_release(db: Database, org: str | None = None) -> bool:
    """Remove organisation `org`'s own release (it gets the server-wide one again), or the
    server-wide one set by `set_release` when `org` is None; False when there was none."""
    with db.writing() as connection:
        if org is None:
            removed = connection.execute(
                delete(server_meta).where(server_meta.c.key.in_((VERSION_KEY, URL_KEY))))
        else:
            found = find_organization(connection, org)
            removed = connection.execute(
                delete(app_release).where(app_release.c.organization_id == found.id))
    return removed.rowcount > 0


def server_release(connection: Connection, settings: ServerSettings) -> Release | None:
    """The release of organisations without their own."""
    meta = dict(connection.execute(
        select(server_meta.c.key, server_meta.c.value)
        .where(server_meta.c.key.in_((VERSION_KEY, URL_KEY)))).all())
    if VERSION_KEY in meta:
        return Release(meta[VERSION_KEY], meta.get(URL_KEY, ""), SERVER)
    if settings.newest_app_version:
        return Release(settings.newest_app_version, settings.download_url, SETTINGS)
    return None


def release_for(connection: Connection, settings: ServerSettings,
                organization_id: str) -> Release | None:
    """The release organisation `organization_id` is told about: its own, else the
    server-wide one, else None."""
    row = connection.execute(
        select(app_release.c.version, app_release.c.download_url)
        .where(app_release.c.organization_id == organization_id)).first()
    if row is not None:
        return Release(row.version, row.download_url, OWN)
    return server_release(connection, settings)


def releases_by_organization(db: Database, settings: ServerSettings
                             ) -> tuple[Release | None, dict[str, Release | None]]:
    """The server-wide release and each organisation's (by id), in one read."""
    with db.reading() as connection:
        default = server_release(connection, settings)
        own = {row.organization_id: Release(row.version, row.download_url, OWN)
               for row in connection.execute(select(app_release))}
        ids = connection.execute(select(organization.c.id)).scalars().all()
    return default, {org_id: own.get(org_id, default) for org_id in ids}


def at_least(release: Release | None, version: str) -> str:
    """The version a client must install to sync with a server running `version`: the
    release's when it is not older, else `version` itself."""
    if release is not None:
        try:
            if Version(release.version) >= Version(version):
                return release.version
        except InvalidVersion:
            pass
    return version


def _put_meta(connection: Connection, key: str, value: str) -> None:
    insert_ignore(connection, server_meta, [{"key": key, "value": value}])
    connection.execute(update(server_meta).where(server_meta.c.key == key).values(value=value))
