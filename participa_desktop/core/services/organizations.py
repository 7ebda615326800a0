"""Organisations: allies that received the model and actors of the territories."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from .. import labels
from ..models import SECTORS, Organization, Territory
from ..validation import (
    Problems,
    check_contact,
    date_in_range,
    document_problem,
    normalize_document,
    one_of,
    require,
)
from .base import check_reference, create, live, to_record, tombstone, update

WHAT = "la organización"


def _validate(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "name", "sector")
    one_of(values, problems, "sector", SECTORS, labels.SECTOR)
    if values.get("nit") is not None:
        values["nit"] = normalize_document(values["nit"])
        message = document_problem("NIT", values["nit"])
        if message:
            problems.add("nit", message)
    check_contact(values, problems)
    check_reference(session, values, problems, "territory_id", Territory, "el municipio")
    date_in_range(
        values,
        problems,
        "model_transfer_date",
        earliest=dt.date(2010, 1, 1),
        latest=dt.date.today(),
    )


def create_organization(session: Session, values: Mapping[str, Any]) -> Any:
    """A new organisation. Required: name, sector (public, private, civil_society,
    academia, cooperation). Optional: nit, territory_id, email, phone, is_model_ally,
    model_transfer_date. Raises ValidationError."""
    return to_record(create(session, Organization, values, _validate))


def update_organization(session: Session, organization_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, Organization, organization_id, WHAT)
    return to_record(update(session, obj, changes, _validate))


def delete_organization(session: Session, organization_id: str) -> None:
    tombstone(session, live(session, Organization, organization_id, WHAT))
