"""The shape every service shares: plain records out, validated values in, tombstones.

A service function takes the caller's `Session` (one unit of work, see `Store`) and never
commits: the unit of work does, or rolls everything back if anything raised. Validation
happens before the first write, so a `ValidationError` leaves the database as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import exists, select, true
from sqlalchemy.orm import Session

from sync.engine.ids import is_id

from ..models import Base, Replicated
from ..validation import Problems, ValidationError, clean_values

M = TypeVar("M", bound=Replicated)

_BULK_CACHE = "participa_live_ids"
_DELETE_MESSAGE = "Para eliminar use la acción «Eliminar»."

Validator = Callable[[Session, dict[str, Any], Problems, "Replicated | None"], None]
"""Checks (and may normalise in place) the full values of a record; the last argument is
the stored record when editing, None when creating."""


class NotFound(LookupError):
    """No live record with that id. `str()` is Spanish."""


@cache
def record_type(model: type[Replicated]) -> type:
    """The frozen dataclass that carries one `model` row out of the core."""
    fields = [("id", str)] + [
        (name, Any)
        for name in (*model.immutable_columns, *model.versioned_columns)
        if name != "deleted"
    ]
    return dataclasses.make_dataclass(f"{model.__name__}Record", fields, frozen=True)


def to_record(obj: Replicated) -> Any:
    kind = record_type(type(obj))
    return kind(**{f.name: getattr(obj, f.name) for f in dataclasses.fields(kind)})


def live(session: Session, model: type[M], record_id: Any, what: str) -> M:
    """The live (not deleted) record, or NotFound naming `what` in Spanish."""
    obj = session.get(model, record_id) if isinstance(record_id, str) else None
    if obj is None or obj.deleted:
        raise NotFound(f"No se encontró {what} (puede haber sido eliminado).")
    return obj


def exists_live(session: Session, model: type[Base], record_id: Any) -> bool:
    """True when `record_id` names a row of `model` (a live one, for replicated models).

    Inside `validate_many` the live ids of each model are read once into a set.
    """
    if not isinstance(record_id, str):
        return False
    cache = session.info.get(_BULK_CACHE)
    if cache is None:
        condition = exists().where(model.id == record_id, _alive(model))
        return bool(session.scalar(select(condition)))
    if model not in cache:
        cache[model] = set(session.scalars(select(model.id).where(_alive(model))))
    return record_id in cache[model]


def _alive(model: type[Base]) -> Any:
    return model.deleted.is_(False) if issubclass(model, Replicated) else true()


def check_reference(
    session: Session,
    values: Mapping[str, Any],
    problems: Problems,
    field: str,
    model: type[Base],
    what: str,
) -> None:
    if values.get(field) is not None and not exists_live(session, model, values[field]):
        ending = "a" if what.startswith("la ") else "o"  # la persona elegida, el taller elegido
        problems.add(field, f"{what.capitalize()} elegid{ending} no existe o fue eliminad{ending}.")


def create(session: Session, model: type[M], values: Mapping[str, Any], validate: Validator) -> M:
    """Validate and add a new `model` record; flushed, so its id and stamps are set."""
    problems = Problems()
    clean = clean_values(model, values, problems)  # an "id" is refused there too
    if "deleted" in clean:
        problems.add("deleted", _DELETE_MESSAGE)
    validate(session, clean, problems, None)
    problems.raise_if_any()
    obj = model(**clean)
    session.add(obj)
    session.flush()
    return obj


def update(session: Session, obj: M, changes: Mapping[str, Any], validate: Validator) -> M:
    """Validate the record as it would be after `changes`, then apply them (only the fields
    that really change get a new version)."""
    problems = Problems()
    clean = clean_values(obj.__class__, changes, problems)
    for field in clean:
        if field in obj.immutable_columns:
            problems.add(field, "Este dato no se puede cambiar una vez guardado.")
    if "deleted" in clean:
        problems.add("deleted", _DELETE_MESSAGE)
    stored = {
        name: getattr(obj, name)
        for name in (*obj.immutable_columns, *obj.versioned_columns)
        if name != "deleted"
    }
    candidate = {**stored, **clean}
    validate(session, candidate, problems, obj)
    problems.raise_if_any()
    # Besides the changed fields, apply what the validator derived from them (birth_year
    # from birth_date), but not what it would merely tidy in untouched fields (a phone
    # stored by an older app): re-stamping those could beat another device's newer edit.
    # So the stored record is validated too, and only differences from it are applied.
    baseline = dict(stored)
    validate(session, baseline, Problems(), obj)
    for field, value in candidate.items():
        if field in obj.immutable_columns:
            continue
        if field in clean or value != baseline.get(field):
            setattr(obj, field, value)
    session.flush()
    return obj


def tombstone(session: Session, obj: Replicated) -> None:
    obj.deleted = True
    session.flush()


def validate_many(
    session: Session, model: type[M], rows: Iterable[Mapping[str, Any]], validate: Validator
) -> Iterable[dict[str, Any]]:
    """Clean and validate each row as `create` would; the first bad row raises
    ValidationError naming its position (1-based). Lazy: rows are checked as the
    returned iterator is consumed, with the live ids of referenced tables cached."""
    session.info[_BULK_CACHE] = {}
    try:
        yield from _validated(session, model, rows, validate)
    finally:
        session.info.pop(_BULK_CACHE, None)


def _validated(
    session: Session, model: type[M], rows: Iterable[Mapping[str, Any]], validate: Validator
) -> Iterable[dict[str, Any]]:
    seen: set[str] = set()
    for position, values in enumerate(rows, start=1):
        problems = Problems()
        clean = clean_values(model, {k: v for k, v in values.items() if k != "id"}, problems)
        if "deleted" in clean:
            problems.add("deleted", _DELETE_MESSAGE)
        validate(session, clean, problems, None)
        if problems.by_field:
            raise ValidationError(
                {
                    f"fila {position}: {field}": message
                    for field, message in problems.by_field.items()
                }
            )
        if "id" in values:
            if not is_id(values["id"]) or values["id"] in seen:
                raise ValidationError(
                    {f"fila {position}: id": "El identificador no es válido o se repite."}
                )
            seen.add(values["id"])
            clean["id"] = values["id"]
        yield clean
