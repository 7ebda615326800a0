"""Conflicts: fields that two laptops edited concurrently, the value kept side by side with
the values that lost, and the coordinator's decision (restore one, or keep the current).

What counts as a conflict
    The archive (`archived_value`) holds every replaced value without saying what replaced
    it: a merge's loser and the old value of an ordinary local edit (`core.versioning`
    archives it before stamping the new one) look the same, and no edit records which value
    it had in front of it. So concurrency is inferred, per field (table, row, column), from
    the field's history: its archived values and its current value, in stamp order (the
    engine carries every archived value to every laptop, so the history is the same
    everywhere). The value that displaced an archived value is the next stamp of the
    history, its successor. An archived value LOST A CONFLICT when

    1. its successor was written by another device (a stamp's last 16 hex digits name its
       device). A device always has its own previous value in front of it, so a device
       replacing its own value, however often, is an ordinary overwrite;
    2. its successor holds a different value (two laptops typing the same is no conflict);
    3. it is not the row's first value replaced by an edit. Whoever edits a row has it, with
       its first value or a later one, and a later one would stand between the two in the
       history: so the value a row was created with is always replaced knowingly. Except
       by another creation: rows whose id comes from their natural key (attendance, an
       implementation's ally) can be created on two laptops at once. A creation stamps
       every column of the row, its tombstone too, which is how it is recognised;
    4. it is not a proven overwrite made on this laptop: when the successor was written
       here and the archived value was archived by that very change (its `row_seq` is the
       change sequence at which the successor was written; `versioning` archives and
       stamps in one change, a merge never writes this device's stamps), this laptop had
       the value in front of it and replaced it on purpose.

    Limit: another laptop editing, after receiving it, a value that was itself an edit (a
    correction made there, a restore made there) looks, from here, exactly like a
    concurrent edit, and is listed; the coordinator dismisses it with `keep_current`.
    Nothing that really conflicted is left out.

    A field in conflict is listed with its current value ("kept") and its alternatives:
    the values that lost a conflict plus the value a restore made here replaced, without
    the kept value itself, one per distinct value (the newest stamp of it), newest first.
    A field with no alternative left is not listed. Conflicts are ordered newest first by
    `conflict_ver`, the newest stamp that beat one of the field's conflict losers.

Deleted rows
    Their conflicts are not listed and cannot be restored (NotFound): there is nothing to
    restore into, and deletion has its own action. Their archive stays; a row that is
    revived (attendance marked again) shows its conflicts again. The tombstone column
    `deleted` is never a field here.

Decisions ("resolved")
    A decision is remembered per field as the stamp of the value it kept (after a restore:
    the restore's own new stamp) in this file's local `app_meta` table, key
    `conflicto.<stable id of the field>`. The conflict is resolved while that stamp is not
    older than `conflict_ver`: a later conflicting edit of the field reopens it. Local, not
    replicated, and without a migration: a restore is already an ordinary edit that
    replicates to every laptop (stamped now, the value it replaces archived, so nothing is
    lost), and "keep the current value" changes no data; what stays on this laptop is only
    which fields its coordinator has reviewed. Another laptop lists the restore as a
    conflict of its own (see Limit) until its coordinator decides too.

Every function takes the caller's session: `list_conflicts` a `store.reading()` one,
`restore` and `keep_current` a `store.unit_of_work()` one; they never commit. Bad input
raises `ValidationError` or `NotFound` (Spanish messages) before anything is written.
How a conflict reads for people (values in words, the row described, devices named):
`conflict_display`, whose `Conflict`, `FieldValue`, `column_label`, `EMPTY` and `MISSING`
are importable from here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.engine.ids import stable_id
from sync.engine.layout import ARCHIVE_TABLE
from sync.engine.versions import TOMBSTONE, sequence_column, version_column

from ..models import (
    REPLICATED_MODELS,
    Agreement,
    Alliance,
    AppMeta,
    ArchivedValue,
    Attendance,
    Implementation,
    ImplementationAlly,
    KnowledgeNote,
    LocalState,
    Milestone,
    Organization,
    Participant,
    Replicated,
    Workshop,
)
from ..validation import ValidationError
from . import (
    agreements,
    attendance,
    implementations,
    knowledge,
    organizations,
    participants,
    workshops,
)
from .base import NotFound, live, update
from .conflict_display import (
    EMPTY,
    MISSING,
    Conflict,
    FieldValue,
    column_label,
    present,
    python_value,
)

DECISION_PREFIX = "conflicto."

Changes = dict[str, Any]


def _edit_attendance(session: Session, row: Replicated, changes: Changes) -> None:
    assert isinstance(row, Attendance)
    values = {"status": row.status, "arrival_time": row.arrival_time, **changes}
    attendance.mark(session, row.workshop_id, row.participant_id, values["status"],
                    values["arrival_time"])


def _edit_ally(session: Session, row: Replicated, changes: Changes) -> None:
    update(session, row, changes, lambda *_args: None)  # the role is free text


def _by_id(function: Callable[[Session, str, Changes], object]) -> Callable[..., None]:
    def edit(session: Session, row: Replicated, changes: Changes) -> None:
        function(session, row.id, changes)

    return edit


@dataclass(frozen=True)
class _Table:
    model: type[Replicated]
    what: str
    edit: Callable[[Session, Replicated, Changes], None]


_TABLES = {
    spec.model.__tablename__: spec
    for spec in (
        _Table(Participant, "la persona", _by_id(participants.update_participant)),
        _Table(Workshop, "el taller", _by_id(workshops.update_workshop)),
        _Table(Agreement, "el acuerdo", _by_id(agreements.update_agreement)),
        _Table(Attendance, "la asistencia", _edit_attendance),
        _Table(Organization, "la organización", _by_id(organizations.update_organization)),
        _Table(Implementation, "la implementación",
               _by_id(implementations.update_implementation)),
        _Table(ImplementationAlly, "el aliado", _edit_ally),
        _Table(Alliance, "la alianza", _by_id(implementations.update_alliance)),
        _Table(KnowledgeNote, "la nota", _by_id(knowledge.update_note)),
        _Table(Milestone, "el hito", _by_id(knowledge.update_milestone)),
    )
}

def _editable(model: type[Replicated]) -> tuple[str, ...]:
    return tuple(c for c in model.versioned_columns if c != TOMBSTONE)


def _spec(table: Any, column: Any) -> _Table:
    """The table's spec, once `column` is known to be one of its editable fields."""
    spec = _TABLES.get(table) if isinstance(table, str) else None
    if spec is None:
        if any(m.__tablename__ == table for m in REPLICATED_MODELS):
            raise ValidationError({"table": f"Los registros de «{table}» no se editan: no "
                                            "hay valores que restaurar."})
        raise ValidationError({"table": f"«{table}» no es un tipo de registro de Participa+."})
    if column == TOMBSTONE:
        raise ValidationError({"column": "Que un registro esté eliminado no se decide aquí: "
                                         "use la acción «Eliminar» de su pantalla."})
    if isinstance(column, str) and column in spec.model.immutable_columns:
        raise ValidationError({column: f"«{column_label(column).capitalize()}» identifica el "
                                       "registro y no se puede cambiar."})
    if column not in _editable(spec.model):
        raise ValidationError({"column": f"«{column}» no es un dato de {spec.what}."})
    return spec


def _decision_key(table: str, row_id: str, column: str) -> str:
    return DECISION_PREFIX + stable_id("conflict_decision", table, row_id, column)


def _decide(session: Session, table: str, row_id: str, column: str, kept_ver: str) -> None:
    session.merge(AppMeta(key=_decision_key(table, row_id, column), value=kept_ver))
    session.flush()


# ---- Reading the history of fields ---------------------------------------------------


@dataclass(frozen=True)
class _Stamp:
    """One stamp of a field's history. `seq`: the local change sequence at which the value
    was written or arrived here (if known); `archived_seq`: when it was archived here."""

    ver: str
    raw: Any
    seq: int | None
    archived_seq: int | None

    @property
    def device(self) -> str:
        return self.ver[16:]


@dataclass(frozen=True)
class _Found:
    table: str
    row_id: str
    column: str
    kept: _Stamp
    alternatives: tuple[_Stamp, ...]
    conflict_ver: str
    resolved: bool


_Fields = dict[tuple[str, str], list[_Stamp]]


def _archive(session: Session) -> tuple[dict[str, _Fields], dict[tuple[str, str], set[str]]]:
    """(table → (row id, column) → the field's archived values,
        (table, row id) → archived stamps of the row's tombstone)."""
    wanted = {name: _editable(spec.model) for name, spec in _TABLES.items()}
    names = ", ".join(f"'{t}'" for t in wanted)
    cursor = session.connection().exec_driver_sql(
        f"SELECT table_name, row_id, column_name, value_ver, value, value_seq, row_seq "
        f"FROM {ARCHIVE_TABLE} WHERE table_name IN ({names})"
    )
    fields: dict[str, _Fields] = defaultdict(lambda: defaultdict(list))
    tombstones: dict[tuple[str, str], set[str]] = defaultdict(set)
    for table, row_id, column, ver, raw, value_seq, row_seq in cursor:
        if not isinstance(ver, str):
            continue
        if column == TOMBSTONE:
            tombstones[(table, row_id)].add(ver)
        elif column in wanted[table]:
            fields[table][(row_id, column)].append(_Stamp(ver, raw, value_seq, row_seq))
    return fields, tombstones


@dataclass(frozen=True)
class _Row:
    """A row's current state: tombstone, the stamps its tombstone has had (its creation
    among them: a creation stamps every column, the tombstone too), its fields' values."""

    deleted: bool
    births: set[str]
    fields: dict[str, _Stamp | None]


def _current(
    session: Session, table: str, columns: Iterable[str],
    tombstones: Mapping[tuple[str, str], set[str]],
) -> dict[str, _Row]:
    """The current state of the rows of `table` that have archived values, by id."""
    columns = list(columns)
    parts = ["id", TOMBSTONE, version_column(TOMBSTONE)]
    for c in columns:
        parts += [c, version_column(c), sequence_column(c)]
    cursor = session.connection().exec_driver_sql(
        f"SELECT {', '.join(parts)} FROM {table} WHERE id IN "
        f"(SELECT row_id FROM {ARCHIVE_TABLE} WHERE table_name = ?)",
        (table,),
    )
    rows = {}
    for row_id, deleted, deleted_ver, *values in cursor:
        stamps: dict[str, _Stamp | None] = {}
        for i, column in enumerate(columns):
            raw, ver, seq = values[3 * i: 3 * i + 3]
            stamps[column] = _Stamp(ver, raw, seq, None) if ver else None
        births = {deleted_ver, *tombstones.get((table, row_id), ())} - {None}
        rows[row_id] = _Row(bool(deleted), births, stamps)
    return rows


def _lost_a_conflict(
    value: _Stamp, successor: _Stamp, first: bool, births: set[str], device_id: str | None
) -> bool:
    """The rule of the module docstring, for one archived value and its successor."""
    if successor.device == value.device or successor.raw == value.raw:
        return False
    if first and value.ver in births and successor.ver not in births:
        return False  # rule 3
    overwritten_here = (successor.device == device_id and successor.seq is not None
                        and value.archived_seq == successor.seq)
    return not overwritten_here  # rule 4


def _examine(
    key: tuple[str, str, str], archived: list[_Stamp], kept: _Stamp, births: set[str],
    device_id: str | None, decided: str | None, include_resolved: bool,
) -> _Found | None:
    history = sorted([*(s for s in archived if s.ver != kept.ver), kept], key=lambda s: s.ver)
    lost = [(value, successor) for value, successor in pairwise(history)
            if _lost_a_conflict(value, successor, value is history[0], births, device_id)]
    if not lost:
        return None
    conflict_ver = max(successor.ver for _value, successor in lost)
    resolved = decided is not None and decided >= conflict_ver
    if resolved and not include_resolved:
        return None
    candidates = [value for value, _successor in lost]
    if decided is not None:  # the value a restore made here replaced
        candidates += [s for s in history if s.ver < decided][-1:]
    alternatives: dict[Any, _Stamp] = {}
    for stamp in sorted(candidates, key=lambda s: s.ver, reverse=True):
        if stamp.raw != kept.raw and stamp.raw not in alternatives:
            alternatives[stamp.raw] = stamp
    if not alternatives:
        return None
    return _Found(*key, kept, tuple(alternatives.values()), conflict_ver, resolved)


def _decisions(session: Session) -> dict[str, str]:
    return dict(session.execute(
        select(AppMeta.key, AppMeta.value).where(AppMeta.key.like(DECISION_PREFIX + "%"))
    ).tuples().all())


def list_conflicts(
    session: Session, *, limit: int | None = None, include_resolved: bool = False
) -> list[Conflict]:
    """The fields in conflict on live rows, newest first (see the module docstring); with
    `include_resolved`, also those the coordinator has decided (`resolved` True). Reads
    only; runs in the caller's session."""
    device_id = session.scalar(select(LocalState.device_id))
    decisions = _decisions(session)
    found: list[_Found] = []
    archive, tombstones = _archive(session)
    for table, fields in archive.items():
        rows = _current(session, table, {column for _row_id, column in fields}, tombstones)
        for (row_id, column), archived in fields.items():
            row = rows.get(row_id)
            kept = row.fields[column] if row is not None else None
            if row is None or row.deleted or kept is None:
                continue
            decided = decisions.get(_decision_key(table, row_id, column))
            conflict = _examine((table, row_id, column), archived, kept, row.births,
                                device_id, decided, include_resolved)
            if conflict is not None:
                found.append(conflict)
    found.sort(key=lambda f: (f.table, f.row_id, f.column))
    found.sort(key=lambda f: f.conflict_ver, reverse=True)
    if limit is not None:
        found = found[:max(limit, 0)]
    return present(session, found, device_id)


# ---- Decisions -----------------------------------------------------------------------


def restore(session: Session, table: str, row_id: str, column: str, value_ver: str) -> None:
    """Make the archived value `value_ver` of the field the current one: a new edit through
    the table's own service (validated as it would validate it, stamped now, replicated,
    the value it replaces archived), and the field marked decided.

    Any archived value of the field may be restored, not only a conflict's. Raises
    ValidationError for an unknown table or column, one that cannot be edited, or a value
    the service no longer accepts; NotFound for a deleted row or a value not in the
    archive. Needs a unit-of-work session."""
    spec = _spec(table, column)
    row = live(session, spec.model, row_id, spec.what)
    found = None
    if isinstance(value_ver, str):
        found = session.execute(select(ArchivedValue.value).where(
            ArchivedValue.table_name == table, ArchivedValue.row_id == row_id,
            ArchivedValue.column_name == column, ArchivedValue.value_ver == value_ver,
        )).first()
    if found is None:
        raise NotFound(f"No se encontró ese valor de {column_label(column)} entre los valores "
                       f"guardados de {spec.what}: la lista de conflictos puede estar "
                       "desactualizada; vuelva a cargarla.")
    try:
        value = python_value(spec.model, column, found[0])
    except ValueError:
        raise ValidationError({column: f"El valor guardado de {column_label(column)} no se "
                                       "puede leer: no se restauró."}) from None
    spec.edit(session, row, {column: value})
    session.flush()
    _decide(session, table, row_id, column, getattr(row, version_column(column)) or "")


def keep_current(session: Session, table: str, row_id: str, column: str) -> None:
    """Mark the field decided: its current value stays (nothing replicated changes). A
    later conflicting edit of the field lists it again. Raises like `restore`."""
    spec = _spec(table, column)
    row = live(session, spec.model, row_id, spec.what)
    _decide(session, table, row_id, column, getattr(row, version_column(column)) or "")


__all__ = ["EMPTY", "MISSING", "Conflict", "FieldValue", "column_label", "keep_current",
           "list_conflicts", "restore"]
