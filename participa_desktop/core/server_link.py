"""A data file's link to the central server: enrolment and sync, for the CLI and the app.

The link (server address and id, organisation, role) is kept in the file's `app_meta`;
the device token is kept apart, in the keyring or a private file
(`sync.client.credentials`), so a copied data file does not carry the right to sync.
Each sync also keeps what the server says of the newest app release (`update_notice`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sync.client import credentials
from sync.client.errors import NotEnrolled, SyncError
from sync.client.session import ProgressCallback, SyncReport, SyncSession
from sync.client.transport import Transport, check_url
from sync.engine.layout import PEER_TABLE
from sync.engine.state import read_state

from .. import __version__
from ..paths import data_folder
from . import update_notice
from .replication import inbox_folder, replica_connection, replica_schema
from .store import Store

_PREFIX = "servidor."
_FIELDS = ("url", "server_id", "server_name", "organization_id", "organization_name", "role")


@dataclass(frozen=True)
class ServerLink:
    url: str
    server_id: str
    server_name: str
    organization_id: str
    organization_name: str
    role: str


def read_link(store: Store) -> ServerLink | None:
    """The server this file is enrolled with, or None."""
    with replica_connection(store) as connection:
        values = dict(connection.execute(
            "SELECT substr(key, ?), value FROM app_meta WHERE key LIKE ?",
            (len(_PREFIX) + 1, _PREFIX + "%")).fetchall())
    if not all(f in values for f in _FIELDS):
        return None
    return ServerLink(**{f: values[f] for f in _FIELDS})


def _transport(url: str, *, insecure: bool, token: str | None = None,
               **options: object) -> Transport:
    return Transport(url, app_version=__version__,
                     schema_version=replica_schema().schema_version, token=token,
                     insecure=insecure, **options)  # type: ignore[arg-type]


def enrol(store: Store, url: str, code: str, *, insecure: bool = False,
          credentials_folder: Path | None = None, **transport_options: object) -> ServerLink:
    """Enrol this data file with the server at `url` using a one-time `code`.

    The token goes to the keyring (or a private file in `credentials_folder`, by default
    the user's data folder); the link and the server as a sync peer go into the file in
    one transaction. Raises SyncError (Spanish) when the server refuses."""
    url = check_url(url, insecure)
    with replica_connection(store) as connection:
        state = read_state(connection)
    with _transport(url, insecure=insecure, **transport_options) as transport:
        hello = transport.request("GET", "/hola").json()
        answer = transport.request("POST", "/enrol", json={
            "code": code.strip(), "device_id": state.device_id,
            "device_name": state.device_name}).json()
    link = ServerLink(url, answer["server_id"], answer["server_name"],
                      answer["organization_id"], answer["organization_name"], answer["role"])
    if link.server_id != hello["server_id"]:  # pragma: no cover - a server changing midway
        raise SyncError("El servidor cambió durante la inscripción: inténtelo de nuevo.")
    credentials.save_token(credentials_folder or data_folder(), state.device_id,
                           link.server_id, answer["token"])
    with replica_connection(store) as connection:
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)",
            [(_PREFIX + f, getattr(link, f)) for f in _FIELDS])
        connection.execute(
            f"INSERT INTO {PEER_TABLE} (device_id, name, acked_seq, received_seq, last_seen) "
            "VALUES (?, ?, 0, 0, NULL) ON CONFLICT(device_id) DO UPDATE SET name = excluded.name",
            (link.server_id, link.server_name))  # last_seen: set by the first sync
        connection.execute("COMMIT")
    return link


def outbox_folder(store: Store) -> Path:
    """Where packages for the server wait until the server acknowledges them."""
    return store.path.parent / f"{store.path.stem}-envios"


def sync(store: Store, *, server_url: str | None = None, insecure: bool = False,
         progress: ProgressCallback | None = None,
         cancelled: Callable[[], bool] | None = None,
         credentials_folder: Path | None = None, **transport_options: object) -> SyncReport:
    """Push and pull with the server this file is enrolled with (see
    `sync.client.session`), and remember the release the server names (`update_notice`;
    a server that does not say leaves the remembered one). Raises SyncError with what to
    do when it cannot."""
    link = read_link(store)
    if link is None:
        raise NotEnrolled("Este archivo de datos no está inscrito en un servidor. Inscríbalo "
                          "con «participa enroll» y el código de su coordinador(a).")
    if server_url is not None and check_url(server_url, insecure) != link.url:
        raise SyncError(f"Este archivo está inscrito en {link.url}, no en {server_url}. Para "
                        "cambiar de servidor, inscríbalo de nuevo con un código de ese servidor.")
    with replica_connection(store) as connection:
        device_id = read_state(connection).device_id
    token = credentials.load_token(credentials_folder or data_folder(), device_id,
                                   link.server_id)
    if token is None:
        raise NotEnrolled("No se encontró la credencial de este equipo para el servidor (el "
                          "archivo se copió de otro computador o se borró la credencial). "
                          "Inscríbalo de nuevo con un código de su coordinador(a).")
    with _transport(link.url, insecure=insecure, token=token,
                    **transport_options) as transport:
        session = SyncSession(transport, lambda: replica_connection(store), replica_schema(),
                              link.server_id, outbox_folder(store), inbox_folder(store),
                              progress=progress, cancelled=cancelled)
        report = session.sync()
    if report.release_answered:
        update_notice.remember(store, report.release)
    return report


__all__ = ["ServerLink", "enrol", "read_link", "sync"]
