"""The one write path that stamps versions (invariants 2, 3 and 7).

Every change to a replicated table goes through here, either

* the ORM: a `before_flush` listener installed on the store's sessions stamps, for new
  objects, every versioned column, and for changed objects only the columns whose value
  changed, after copying the values they overwrite to the archive (nothing is lost,
  invariant 5); or
* `insert_many`, the bulk path for large creations (demo data, imports), which writes rows
  with the driver's `executemany` and stamps them with the same `Change`.

A `Change` is one tick of the device's hybrid logical clock and one step of its change
sequence, read and written in `local_state` inside the transaction of the change, so a
rolled-back change leaves no trace. Callers never set `*_ver`, `*_seq` or `row_seq`.

Rows of replicated tables are never deleted: setting `deleted = True` is the tombstone.
A `session.delete()` of one, or a change to a natural-key (immutable) column, raises
`WritePathError` before anything is written.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import Session, sessionmaker

from sync.engine.archive import archive_current_sql
from sync.engine.clock import ClockState, format_stamp, tick
from sync.engine.ids import new_id
from sync.engine.versions import ROW_SEQUENCE, sequence_column, version_column

from .models import LocalState, Replicated
from .validation import ValidationError

BATCH_ROWS = 5_000

WallClock = Callable[[], int]
"""Milliseconds since 1970; `session.info["wall_clock"]` overrides it (tests move it back)."""


def system_wall_clock() -> int:
    return time.time_ns() // 1_000_000


class WritePathError(RuntimeError):
    """A write that would break replication (a hard delete, an edited natural key)."""


@dataclass(frozen=True)
class Change:
    """The stamp and sequence number shared by everything written in one flush."""

    stamp: str
    seq: int


def begin_change(session: Session) -> Change:
    """Tick the device clock and change sequence in the session's transaction."""
    wall_clock: WallClock = session.info.get("wall_clock", system_wall_clock)
    connection = session.connection()
    state = connection.execute(
        select(
            LocalState.device_id,
            LocalState.clock_millis,
            LocalState.clock_counter,
            LocalState.last_seq,
        )
    ).one()
    reading = tick(ClockState(state.clock_millis, state.clock_counter), wall_clock())
    seq = state.last_seq + 1
    connection.execute(
        update(LocalState).values(
            clock_millis=reading.millis, clock_counter=reading.counter, last_seq=seq
        )
    )
    return Change(format_stamp(reading.millis, reading.counter, state.device_id), seq)


def _stamp_object(obj: Replicated, columns: Iterable[str], change: Change) -> None:
    for column in columns:
        setattr(obj, version_column(column), change.stamp)
        setattr(obj, sequence_column(column), change.seq)
    obj.row_seq = change.seq


def changed_columns(obj: Replicated) -> list[str]:
    """The versioned columns of a persistent object whose value really changed."""
    state = inspect(obj)
    changed = []
    for column in obj.versioned_columns:
        history = state.attrs[column].history
        if history.added and list(history.added) != list(history.deleted):
            changed.append(column)
    for column in obj.immutable_columns:
        history = state.attrs[column].history
        if history.added and list(history.added) != list(history.deleted):
            raise WritePathError(
                f"{type(obj).__name__}.{column} is part of the record's identity and cannot change"
            )
    return changed


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Replicated):
            raise WritePathError(
                f"{type(obj).__name__} rows are never deleted: set deleted = True instead"
            )
    new = [obj for obj in session.new if isinstance(obj, Replicated)]
    edited = []
    for obj in session.dirty:
        if isinstance(obj, Replicated):
            columns = changed_columns(obj)
            if columns:
                edited.append((obj, columns))
    if not new and not edited:
        return
    change = begin_change(session)
    for obj in new:
        if obj.id is None:
            obj.id = new_id()
        if obj.deleted is None:
            obj.deleted = False
        _stamp_object(obj, obj.versioned_columns, change)
    connection = session.connection()
    for obj, columns in edited:
        # Nothing is lost (invariant 5): the stored value of each column about to be
        # overwritten goes to the archive first, while the row still holds it.
        for column in columns:
            connection.exec_driver_sql(
                archive_current_sql(obj.__tablename__, column),
                {"row_id": obj.id, "seq": change.seq},
            )
        _stamp_object(obj, columns, change)


def install(factory: sessionmaker[Session]) -> None:
    """Make `factory`'s sessions stamp every flush."""
    event.listen(factory, "before_flush", _before_flush)


def insert_many(
    session: Session, model: type[Replicated], rows: Iterable[Mapping[str, Any]]
) -> int:
    """Insert new rows of `model` in bulk, stamped as one change; returns the row count.

    Each row maps content column names (and optionally `id`) to Python values; missing
    columns take their default or NULL. Unknown keys, or version columns, raise `KeyError`
    before the bad row is written (the caller's transaction then rolls back). Values are
    converted with the column types' own processors, so rows read back through the ORM
    exactly as if they had been added one by one.
    """
    table = model.__table__
    dialect = session.get_bind().dialect
    content = [
        c
        for c in table.columns
        if c.name in model.versioned_columns or c.name in model.immutable_columns
    ]
    allowed = {c.name for c in content} | {"id"}
    defaults = []
    for column in content:
        default = column.default
        defaults.append(default.arg if default is not None and default.is_scalar else None)
    processors = [
        (i, proc)
        for i, column in enumerate(content)
        if (proc := column.type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    change = begin_change(session)
    tail_names = []
    for column in content:
        if column.name in model.versioned_columns:
            tail_names += [version_column(column.name), sequence_column(column.name)]
    tail = (
        *(change.stamp if name.endswith("_ver") else change.seq for name in tail_names),
        change.seq,
    )
    names = ["id", *(c.name for c in content), *tail_names, ROW_SEQUENCE]
    statement = (
        f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    )
    keyed = list(zip((c.name for c in content), defaults, strict=True))

    def as_tuple(row: Mapping[str, Any]) -> tuple[Any, ...]:
        if not row.keys() <= allowed:
            raise KeyError(f"{table.name}: unknown columns {sorted(row.keys() - allowed)}")
        values = [row.get(name, default) for name, default in keyed]
        for i, proc in processors:
            if values[i] is not None:
                values[i] = proc(values[i])
        return (row.get("id") or new_id(), *values, *tail)

    raw = session.connection().connection.driver_connection
    count = 0
    source = iter(rows)
    # Batches, so that producing a row (which may query the session) never runs while
    # the driver is in the middle of an executemany on the same connection.
    while batch := [as_tuple(row) for row in islice(source, BATCH_ROWS)]:
        try:
            raw.executemany(statement, batch)
        except sqlite3.IntegrityError as error:
            raise ValidationError(
                {"id": "Algunos registros ya existían (mismo identificador): no se guardó "
                       f"nada. ({error})"}
            ) from None
        count += len(batch)
    return count
