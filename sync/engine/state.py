"""Reading and advancing a replica's bookkeeping (`local_state`, `sync_peer`) in SQL.

All functions take a `sqlite3.Connection` inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from .clock import ClockState, observe
from .layout import PACKAGE_TABLE, PEER_TABLE, STATE_TABLE


@dataclass(frozen=True)
class DeviceState:
    device_id: str
    device_name: str
    clock: ClockState
    last_seq: int


def read_state(connection: sqlite3.Connection) -> DeviceState:
    device_id, name, millis, counter, last_seq = connection.execute(
        f"SELECT device_id, device_name, clock_millis, clock_counter, last_seq "
        f"FROM {STATE_TABLE}"
    ).fetchone()
    return DeviceState(device_id, name, ClockState(millis, counter), last_seq)


def advance(connection: sqlite3.Connection, seq: int, seen_stamp: str | None) -> None:
    """Record that change `seq` happened and that the clock has seen `seen_stamp`."""
    state = read_state(connection)
    clock = observe(state.clock, seen_stamp) if seen_stamp else state.clock
    connection.execute(
        f"UPDATE {STATE_TABLE} SET last_seq = max(last_seq, ?), clock_millis = ?, "
        f"clock_counter = ?",
        (seq, clock.millis, clock.counter),
    )


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class AmbiguousPeer(LookupError):
    def __init__(self, peer: str, device_ids: list[str]) -> None:
        super().__init__(
            f"Hay varios equipos llamados «{peer}» ({', '.join(device_ids)}): indique el "
            "identificador del equipo en lugar del nombre."
        )


def find_peer(connection: sqlite3.Connection, peer: str) -> tuple[str, str, int] | None:
    """(device id, name, acked seq) of a peer named by its device id or its name;
    AmbiguousPeer when several peers share that name."""
    exact = connection.execute(
        f"SELECT device_id, name, acked_seq FROM {PEER_TABLE} WHERE device_id = ?", (peer,)
    ).fetchone()
    if exact is not None:
        return exact
    named = connection.execute(
        f"SELECT device_id, name, acked_seq FROM {PEER_TABLE} WHERE name = ? "
        f"ORDER BY device_id", (peer,)
    ).fetchall()
    if len(named) > 1:
        raise AmbiguousPeer(peer, [row[0] for row in named])
    return named[0] if named else None


def acknowledgements(connection: sqlite3.Connection) -> dict[str, int]:
    """How far this replica has each peer's changes: sent back as acknowledgements."""
    return dict(connection.execute(
        f"SELECT device_id, received_seq FROM {PEER_TABLE} WHERE received_seq > 0"
    ).fetchall())


def note_peer(
    connection: sqlite3.Connection, device_id: str, name: str, *,
    seq_from: int, seq_to: int, acked_for_us: int | None,
) -> None:
    """After merging a package from `device_id` covering (seq_from, seq_to]: advance how
    far we have its changes (only when contiguous with what we had) and how far it has
    ours (its acknowledgement)."""
    connection.execute(
        f"INSERT INTO {PEER_TABLE} (device_id, name, acked_seq, received_seq, last_seen) "
        f"VALUES (?, ?, 0, 0, ?) ON CONFLICT(device_id) DO UPDATE SET name = excluded.name, "
        f"last_seen = excluded.last_seen",
        (device_id, name, now_text()),
    )
    connection.execute(
        f"UPDATE {PEER_TABLE} SET received_seq = ? "
        f"WHERE device_id = ? AND received_seq >= ? AND received_seq < ?",
        (seq_to, device_id, seq_from, seq_to),
    )
    if acked_for_us:
        # Never beyond what we have made: a forged ack would stop exports to that peer.
        connection.execute(
            f"UPDATE {PEER_TABLE} SET acked_seq = max(acked_seq, "
            f"min(?, (SELECT last_seq FROM {STATE_TABLE}))) WHERE device_id = ?",
            (acked_for_us, device_id),
        )


def new_identity(connection: sqlite3.Connection, device_id: str) -> None:
    """Give a replica a new device id (after restoring a backup, or for a copy of a file
    on a second computer): two replicas must never share one. Every peer's
    acknowledgement of us is forgotten, since it was of the old identity's changes, so the
    next packages carry everything; what we have of others stays."""
    connection.execute(f"UPDATE {STATE_TABLE} SET device_id = ?", (device_id,))
    connection.execute(f"UPDATE {PEER_TABLE} SET acked_seq = 0")


def record_package(
    connection: sqlite3.Connection, package_id: str, direction: str, *,
    peer_device_id: str | None, peer_name: str | None, created_at: str | None,
    status: str, rows: int, message: str | None, kept_file: str | None,
    merged_seq: int | None,
) -> None:
    """Write (or rewrite) one line of the local history of packages sent and received."""
    connection.execute(
        f"INSERT OR REPLACE INTO {PACKAGE_TABLE} (package_id, direction, peer_device_id, "
        "peer_name, created_at, handled_at, status, rows, message, kept_file, merged_seq) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (package_id, direction, peer_device_id, peer_name, created_at, now_text(), status,
         rows, message, kept_file, merged_seq),
    )
