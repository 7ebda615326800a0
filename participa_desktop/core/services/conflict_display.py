"""Conflicts in words for people: each value of a field in conflict as a coordinator reads
it (dates dd/mm/aaaa, codes and references in words, «(vacío)»), the row it belongs to
described (a person's name, a workshop's title and date…), the device that wrote it named.
The Spanish names of tables and fields are here too. Reads only, in the caller's session;
`conflicts` finds the conflicts and decides them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from sync.engine.clock import ClockError, parse_stamp

from .. import labels
from ..models import (
    REPLICATED_MODELS,
    Agreement,
    Component,
    DocumentType,
    EthnicGroup,
    Implementation,
    LocalState,
    Organization,
    Participant,
    Replicated,
    SyncPackage,
    SyncPeer,
    Territory,
    Workshop,
)
from ..validation import label as field_label

if TYPE_CHECKING:
    from .conflicts import _Found, _Stamp

EMPTY = "(vacío)"
MISSING = "(no ha llegado a este equipo)"
_SQLITE = sqlite.dialect()
_MODELS: dict[str, type[Replicated]] = {model.__tablename__: model
                                        for model in REPLICATED_MODELS}


@dataclass(frozen=True)
class FieldValue:
    """One value of a field. `display` is for people (dates dd/mm/aaaa, codes and
    references in words); `raw` is as stored; `value_ver` its stamp, which names the
    device that wrote it (`device_name` when this laptop knows it) and when."""

    display: str
    raw: Any
    value_ver: str
    device_id: str
    device_name: str | None
    this_device: bool
    written_at: dt.datetime | None


@dataclass(frozen=True)
class Conflict:
    """A field edited concurrently on two laptops: the value kept and the alternatives."""

    table: str
    table_label: str
    row_id: str
    row_label: str
    column: str
    column_label: str
    kept: FieldValue
    alternatives: tuple[FieldValue, ...]
    conflict_ver: str
    resolved: bool

    @property
    def happened_at(self) -> dt.datetime | None:
        return stamp_time(self.conflict_ver)


#: The Spanish name of each table whose conflicts are listed.
TABLE_LABELS = {
    "participant": "persona",
    "workshop": "taller",
    "agreement": "acuerdo",
    "attendance": "asistencia",
    "organization": "organización",
    "implementation": "implementación",
    "implementation_ally": "aliado de una implementación",
    "alliance": "alianza",
    "knowledge_note": "nota de conocimiento",
    "milestone": "hito",
}
_COLUMN_LABELS = {
    "facilitators": "facilitadores",
    "objectives": "objetivos",
    "notes": "notas",
    "description": "descripción",
    "shared_objective": "objetivo compartido",
    "is_model_ally": "aliada del modelo",
    "role": "papel",
}
_CODES: dict[str, Mapping[str, str]] = {
    "sector": labels.SECTOR,
    "gender": labels.GENDER,
    "disability": labels.DISABILITY,
    "consent_channel": labels.CONSENT_CHANNEL,
    "modality": labels.MODALITY,
    "kind": labels.KNOWLEDGE_KIND,
}
_STATUS = {
    "alliance": labels.ALLIANCE_STATUS,
    "agreement": labels.AGREEMENT_STATUS,
    "attendance": labels.ATTENDANCE_STATUS,
}


def column_label(column: str) -> str:
    """The Spanish name of a field, without its article ("teléfono", "fecha límite")."""
    text = _COLUMN_LABELS.get(column) or field_label(column)
    for article in ("el ", "la ", "los ", "las "):
        if text.startswith(article):
            return text[len(article):]
    return text


def stamp_time(stamp: str) -> dt.datetime | None:
    """When a stamp was written (UTC), or None for a stamp that cannot be read."""
    try:
        millis, _counter, _device = parse_stamp(stamp)
    except ClockError:
        return None
    return dt.datetime.fromtimestamp(millis / 1000, dt.UTC)


@cache
def _reader(model: type[Replicated], column: str) -> Callable[[Any], Any] | None:
    """The column type's conversion of a stored SQLite value (the store is SQLite)."""
    kind = model.__table__.columns[column].type.dialect_impl(_SQLITE)
    return kind.result_processor(_SQLITE, None)


def python_value(model: type[Replicated], column: str, raw: Any) -> Any:
    """A stored value as the model's Python value (date, time, bool…); ValueError if it
    cannot be read as one."""
    reader = _reader(model, column)
    if raw is None or reader is None:
        return raw
    try:
        return reader(raw)
    except (TypeError, ValueError) as error:
        raise ValueError(raw) from error


def _short(text: str | None, size: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _person(given: str | None, first: str | None, second: str | None) -> str:
    return " ".join(p for p in (given, first, second) if p)


def _workshop(title: str | None, date: dt.date | None) -> str:
    return f"{title} ({date:%d/%m/%Y})" if date else str(title)


_NAMES: dict[str, tuple[Any, Callable[..., str]]] = {
    "participant": ((Participant.given_names, Participant.first_surname,
                     Participant.second_surname), _person),
    "workshop": ((Workshop.title, Workshop.date), _workshop),
    "organization": ((Organization.name,), str),
    "implementation": ((Implementation.name,), str),
    "agreement": ((Agreement.text,), _short),
    "territory": ((Territory.name, Territory.department), lambda n, d: f"{n} ({d})"),
    "document_type": ((DocumentType.name,), str),
    "ethnic_group": ((EthnicGroup.name,), str),
    "component": ((Component.name,), str),
}


class _Names:
    """Names of referenced rows, fetched once per table for all the ids asked for."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.wanted: dict[str, set[str]] = defaultdict(set)
        self.known: dict[str, dict[str, str]] = defaultdict(dict)

    def want(self, table: str, ids: Iterable[Any]) -> None:
        self.wanted[table].update(i for i in ids if isinstance(i, str))

    def fetch(self) -> None:
        for table, ids in self.wanted.items():
            columns, name = _NAMES[table]
            model = columns[0].class_
            ids = sorted(ids - self.known[table].keys())
            for start in range(0, len(ids), 500):
                rows = self.session.execute(
                    select(model.id, *columns).where(model.id.in_(ids[start:start + 500])))
                for row_id, *values in rows:
                    self.known[table][row_id] = name(*values)
        self.wanted.clear()

    def __call__(self, table: str, row_id: Any) -> str:
        return self.known[table].get(row_id, MISSING) if row_id is not None else EMPTY


@cache
def _target(model: type[Replicated], column: str) -> str | None:
    keys = model.__table__.columns[column].foreign_keys
    return next(iter(keys)).column.table.name if keys else None


def _display(value: Any, table: str, column: str, target: str | None, names: _Names) -> str:
    if value is None:
        return EMPTY
    if target is not None:
        return names(target, value)
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    codes = _STATUS.get(table) if column == "status" else _CODES.get(column)
    if codes is not None:
        return codes.get(value, str(value))
    if column == "progress":
        return f"{value} %"
    return str(value)


#: How a row of each table is described: its columns, which of them are references (to
#: be named), and the text made of them.
_ROW_TEXT: dict[str, tuple[tuple[str, ...], dict[int, str], Callable[..., str]]] = {
    "participant": (("given_names", "first_surname", "second_surname", "document_number"), {},
                    lambda given, first, second, document: _person(given, first, second)
                    + (f" (doc. {document})" if document else "")),
    "workshop": (("title", "date"), {}, _workshop),
    "organization": (("name",), {}, str),
    "implementation": (("name",), {}, str),
    "agreement": (("text",), {}, _short),
    "attendance": (("participant_id", "workshop_id"), {0: "participant", 1: "workshop"},
                   "{} en {}".format),
    "implementation_ally": (("organization_id", "implementation_id"),
                            {0: "organization", 1: "implementation"}, "{} en {}".format),
    "alliance": (("organization_id", "purpose"), {0: "organization"},
                 lambda organization, purpose: f"{organization}: {_short(purpose)}"),
    "knowledge_note": (("kind", "text"), {},
                       lambda kind, text: f"{labels.KNOWLEDGE_KIND.get(kind, kind)}: "
                                          f"{_short(text)}"),
    "milestone": (("date", "text"), {},
                  lambda date, text: (f"{date:%d/%m/%Y}: " if date else "") + _short(text)),
}


def _describe(session: Session, table: str, ids: set[str], names: _Names) -> dict[str, str]:
    """A human description of each row: a person's name, a workshop's title and date…"""
    model = _MODELS[table]
    columns, references, text = _ROW_TEXT[table]
    ordered = sorted(ids)
    rows = []
    for start in range(0, len(ordered), 500):
        rows += session.execute(
            select(model.id, *(getattr(model, c) for c in columns))
            .where(model.id.in_(ordered[start:start + 500]))).tuples().all()
    for index, target in references.items():
        names.want(target, (row[1 + index] for row in rows))
    names.fetch()
    return {
        row_id: text(*(names(references[i], v) if i in references else v
                       for i, v in enumerate(values)))
        for row_id, *values in rows
    }


def _device_names(session: Session) -> dict[str, str]:
    known = dict(session.execute(
        select(SyncPackage.peer_device_id, SyncPackage.peer_name).where(
            SyncPackage.direction == "received", SyncPackage.peer_device_id.is_not(None),
            SyncPackage.peer_name.is_not(None))).tuples().all())
    known.update(session.execute(select(SyncPeer.device_id, SyncPeer.name)).tuples().all())
    known.update(session.execute(
        select(LocalState.device_id, LocalState.device_name)).tuples().all())
    return known


def present(session: Session, found: Iterable[_Found], device_id: str | None) -> list[Conflict]:
    """`found` (fields in conflict, as `conflicts` finds them) in words for people: each
    value converted and named, each row described, each device named when known."""
    found = list(found)
    names = _Names(session)
    values: dict[tuple[str, str, str, str], Any] = {}
    for f in found:
        model = _MODELS[f.table]
        target = _target(model, f.column)
        for stamp in (f.kept, *f.alternatives):
            try:
                value = python_value(model, f.column, stamp.raw)
            except ValueError:
                value = str(stamp.raw)
            values[(f.table, f.row_id, f.column, stamp.ver)] = value
            if target is not None:
                names.want(target, [value])
    names.fetch()
    rows: dict[str, set[str]] = defaultdict(set)
    for f in found:
        rows[f.table].add(f.row_id)
    described = {table: _describe(session, table, ids, names) for table, ids in rows.items()}
    devices = _device_names(session)

    def field_value(f: _Found, stamp: _Stamp, target: str | None) -> FieldValue:
        value = values[(f.table, f.row_id, f.column, stamp.ver)]
        return FieldValue(_display(value, f.table, f.column, target, names), stamp.raw,
                          stamp.ver, stamp.device, devices.get(stamp.device),
                          stamp.device == device_id, stamp_time(stamp.ver))

    result = []
    for f in found:
        target = _target(_MODELS[f.table], f.column)
        result.append(Conflict(
            f.table, TABLE_LABELS[f.table], f.row_id, described[f.table].get(f.row_id, MISSING),
            f.column, column_label(f.column), field_value(f, f.kept, target),
            tuple(field_value(f, a, target) for a in f.alternatives), f.conflict_ver,
            f.resolved,
        ))
    return result
