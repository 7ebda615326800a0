"""The update notice of a data file: the newest app release the server named at the last
sync that asked, kept in the file's `app_meta` so it survives restarts, and shown only
while the running app is older than it. Participa+ never updates itself: it only says
which version to install and where to download it."""

from __future__ import annotations

from sync.client.releases import AppRelease

from .. import __version__
from .replication import replica_connection
from .store import Store

_VERSION, _URL = "actualizacion.version", "actualizacion.descarga"


def remember(store: Store, release: AppRelease | None) -> None:
    """Keep `release` as what the server names now; None (it names none) forgets the
    notice. One transaction."""
    with replica_connection(store) as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("DELETE FROM app_meta WHERE key IN (?, ?)", (_VERSION, _URL))
        if release is not None:
            connection.executemany("INSERT INTO app_meta (key, value) VALUES (?, ?)",
                                   [(_VERSION, release.version), (_URL, release.url)])
        connection.execute("COMMIT")


def remembered(store: Store) -> AppRelease | None:
    """The release kept by the last sync that learned one, or None."""
    with replica_connection(store) as connection:
        values = dict(connection.execute(
            "SELECT key, value FROM app_meta WHERE key IN (?, ?)", (_VERSION, _URL)).fetchall())
    if _VERSION not in values:
        return None
    return AppRelease(values[_VERSION], values.get(_URL, ""))


def pending(store: Store, current: str = __version__) -> AppRelease | None:
    """The remembered release while it is newer than app version `current` (by default
    this app's): once that version or a newer one is installed, None."""
    release = remembered(store)
    return release if release is not None and release.is_newer_than(current) else None


def sentence(release: AppRelease, current: str = __version__) -> str:
    """The notice in one Spanish line (for `participa sync`)."""
    text = (f"Hay una versión nueva de Participa+: {release.version} (usted tiene "
            f"{current}).")
    if release.url:
        return f"{text} Descárguela de {release.url}."
    return f"{text} Pida el instalador a su coordinador(a)."
