"""The local search index of participants: FTS5, never replicated, never dumped.

Three tables, made by migration 0002 (their names all start with `participant_search`):

* `participant_search`: FTS5 over given names, both surnames and document number of live
  participants (tokenizer `unicode61 remove_diacritics 2`: accents and case do not count;
  prefix indexes for 1 to 3 characters); its rowid is an `entry` of
* `participant_search_key`: entry, participant id and the sort key (surnames, then given
  names; see `sort_key`), with an index in that order (`SORT_INDEX`);
* `participant_search_pending`: ids of participants changed since the index last caught
  up, written by triggers on `participant` (INSERT, UPDATE of the indexed columns or the
  tombstone, DELETE). The triggers fire for every writer: the ORM, `insert_many`, and the
  sync engine's `INSERT … SELECT … ON CONFLICT DO UPDATE`.

Why a queue: data files are opened with `trusted_schema = OFF`, under which SQLite refuses
a trigger that writes to a virtual table ("unsafe use of virtual table"). So the triggers
note the change, in the transaction of the change, and `catch_up` re-indexes the noted
people from Python: before every commit of a store write session (`install`), after each
use of a replication connection, and when the store opens a file (after migrating).
Readers stay exact in between: `pending_participants` names the people the index may be
wrong about, for the search to leave out of the index's answer and check itself.

(Alternatives left: `trusted_schema = ON` would let the triggers write the
index directly, but the data files keep it OFF on purpose; TEMP triggers would have to be
created on every connection that may write, the engine's included.)
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import column, event, select, table, text
from sqlalchemy.orm import Session, sessionmaker

from ..folding import ENYE_MARK, fold

SEARCH_TABLE = "participant_search"
KEY_TABLE = "participant_search_key"
PENDING_TABLE = "participant_search_pending"
SORT_INDEX = "ix_participant_search_key_sort_key"
INDEXED_COLUMNS = ("given_names", "first_surname", "second_surname", "document_number")
_KEY_FUNCTION = "participa_search_sort_key"
_TOUCHED = "participa_search_touched"


def is_search_table(name: str) -> bool:
    """True for the index's tables (and FTS5's own shadow tables): local, not models."""
    return name.startswith(SEARCH_TABLE)


def sort_key(first_surname: str | None, second_surname: str | None,
             given_names: str | None) -> str:
    """The order of people in lists: first surname, second surname, given names; case and
    accents do not count, ñ comes after n ("Muñoz" after "Munoz", before "Murillo")."""
    return _SEPARATOR.join(fold(part, enye_apart=True)
                           for part in (first_surname, second_surname, given_names))


def name_parts(key: str) -> tuple[str, str, str]:
    """(first surname, second surname, given names) of a `sort_key`, each exactly as
    `folding.fold` writes it ("" when missing): the index's key table can
    answer name comparisons without reading the participant rows."""
    first, second, given = key.replace(ENYE_MARK, "").split(_SEPARATOR)
    return first, second, given


_SEPARATOR = "\x1f"


def catch_up(connection: sqlite3.Connection) -> int:
    """Re-index the people noted in the pending table; returns how many notes it cleared.

    Runs in the connection's current transaction (the caller begins and commits it); a
    connection in autocommit mode outside a transaction would apply it statement by
    statement. Cheap when nothing is pending (one indexed read).
    """
    if connection.execute(f"SELECT 1 FROM {PENDING_TABLE} LIMIT 1").fetchone() is None:
        return 0
    connection.create_function(_KEY_FUNCTION, 3, sort_key, deterministic=True)
    pending = f"SELECT participant_id FROM {PENDING_TABLE}"
    columns = ", ".join(INDEXED_COLUMNS)
    for statement in (
        f"DELETE FROM {SEARCH_TABLE} WHERE rowid IN "
        f"(SELECT entry FROM {KEY_TABLE} WHERE participant_id IN ({pending}))",
        f"DELETE FROM {KEY_TABLE} WHERE participant_id IN ({pending})",
        f"INSERT INTO {KEY_TABLE} (participant_id, sort_key) "
        f"SELECT id, {_KEY_FUNCTION}(first_surname, second_surname, given_names) "
        f"FROM participant WHERE deleted = 0 AND id IN ({pending})",
        f"INSERT INTO {SEARCH_TABLE} (rowid, {columns}) "
        f"SELECT k.entry, {', '.join('p.' + c for c in INDEXED_COLUMNS)} "
        f"FROM {KEY_TABLE} k JOIN participant p ON p.id = k.participant_id "
        f"WHERE k.participant_id IN ({pending})",
    ):
        connection.execute(statement)
    return connection.execute(f"DELETE FROM {PENDING_TABLE}").rowcount


def catch_up_now(connection: sqlite3.Connection) -> None:
    """`catch_up` in a write transaction of its own, on a connection in autocommit mode
    (a replication connection after the engine has committed). Takes no write lock when
    nothing is pending, nor inside a transaction someone else left open (the next writer
    catches up then)."""
    if connection.in_transaction:
        return
    if connection.execute(f"SELECT 1 FROM {PENDING_TABLE} LIMIT 1").fetchone() is None:
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        catch_up(connection)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise


#: The participants the index may be wrong about right now, for a subquery (`IN`): normally
#: none, only those changed in the session's own open transaction, or by a writer that
#: has not caught up yet (possibly many: never bind them as parameters).
pending_participants = select(table(PENDING_TABLE, column("participant_id")))


def has_pending(session: Session) -> bool:
    return session.scalar(text(f"SELECT EXISTS (SELECT 1 FROM {PENDING_TABLE})")) == 1


def install(factory: sessionmaker[Session]) -> None:
    """Make `factory`'s sessions bring the index up to date before they commit (only
    sessions that used the database)."""
    event.listen(factory, "after_begin", _began)
    event.listen(factory, "before_commit", _before_commit)


def _began(session: Session, _transaction: Any, _connection: Any) -> None:
    session.info[_TOUCHED] = True


def _before_commit(session: Session) -> None:
    if not session.info.pop(_TOUCHED, False):
        return
    session.flush()  # commit() would flush only after this hook
    catch_up(session.connection().connection.driver_connection)
