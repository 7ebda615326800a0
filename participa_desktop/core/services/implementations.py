"""Territorial implementations of the model, their allied organisations, and alliances."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from sync.engine.ids import stable_id

from .. import labels
from ..models import (
    ALLIANCE_STATUSES,
    SECTORS,
    Alliance,
    Implementation,
    ImplementationAlly,
    Organization,
    Territory,
)
from ..validation import Problems, date_in_range, not_before, one_of, require
from .base import check_reference, create, live, to_record, tombstone, update

EARLIEST = dt.date(2010, 1, 1)


def _latest() -> dt.date:
    return dt.date.today() + dt.timedelta(days=5 * 366)


def _validate_implementation(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "name", "territory_id")
    check_reference(session, values, problems, "territory_id", Territory, "el municipio")
    check_reference(
        session, values, problems, "lead_organization_id", Organization, "la organización líder"
    )
    for field in ("start_date", "end_date"):
        date_in_range(values, problems, field, earliest=EARLIEST, latest=_latest())
    not_before(values, problems, "end_date", "start_date")


def create_implementation(session: Session, values: Mapping[str, Any]) -> Any:
    """A territorial implementation. Required: name, territory_id (a DIVIPOLA municipality).
    Optional: lead_organization_id, start_date, end_date, description."""
    return to_record(create(session, Implementation, values, _validate_implementation))


def update_implementation(
    session: Session, implementation_id: str, changes: Mapping[str, Any]
) -> Any:
    obj = live(session, Implementation, implementation_id, "la implementación")
    return to_record(update(session, obj, changes, _validate_implementation))


def delete_implementation(session: Session, implementation_id: str) -> None:
    tombstone(session, live(session, Implementation, implementation_id, "la implementación"))


def add_ally(
    session: Session, implementation_id: str, organization_id: str, role: str | None = None
) -> Any:
    """Make an organisation an ally of an implementation (idempotent; revives a removed
    ally). The row's id is the same on every device for the same pair."""
    live(session, Implementation, implementation_id, "la implementación")
    live(session, Organization, organization_id, "la organización")
    ally_id = stable_id("implementation_ally", implementation_id, organization_id)
    ally = session.get(ImplementationAlly, ally_id)
    if ally is None:
        ally = ImplementationAlly(
            id=ally_id,
            implementation_id=implementation_id,
            organization_id=organization_id,
            role=role,
        )
        session.add(ally)
    else:
        ally.deleted = False
        if role is not None:
            ally.role = role
    session.flush()
    return to_record(ally)


def remove_ally(session: Session, implementation_id: str, organization_id: str) -> None:
    ally_id = stable_id("implementation_ally", implementation_id, organization_id)
    tombstone(session, live(session, ImplementationAlly, ally_id, "el aliado"))


def _validate_alliance(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "organization_id", "purpose")
    check_reference(session, values, problems, "organization_id", Organization, "la organización")
    check_reference(
        session, values, problems, "implementation_id", Implementation, "la implementación"
    )
    if (
        values.get("sector") is None
        and "organization_id" not in problems
        and values.get("organization_id")
    ):
        values["sector"] = session.get(Organization, values["organization_id"]).sector
    one_of(values, problems, "sector", SECTORS, labels.SECTOR)
    if values.get("status") is None:
        values["status"] = "active"
    one_of(values, problems, "status", ALLIANCE_STATUSES, labels.ALLIANCE_STATUS)
    for field in ("start_date", "end_date"):
        date_in_range(values, problems, field, earliest=EARLIEST, latest=_latest())
    not_before(values, problems, "end_date", "start_date")


def create_alliance(session: Session, values: Mapping[str, Any]) -> Any:
    """An alliance. Required: organization_id, purpose. The sector defaults to the
    organisation's; status to "active" (exploring, active, ended)."""
    return to_record(create(session, Alliance, values, _validate_alliance))


def update_alliance(session: Session, alliance_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, Alliance, alliance_id, "la alianza")
    return to_record(update(session, obj, changes, _validate_alliance))


def delete_alliance(session: Session, alliance_id: str) -> None:
    tombstone(session, live(session, Alliance, alliance_id, "la alianza"))
