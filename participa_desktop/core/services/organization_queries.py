"""Read queries of the organisations screen: organisations with their municipality and
number of alliances, and each organisation's alliances with their implementation.
Read-only; plain frozen records out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..folding import fold
from ..models import Alliance, Implementation, Organization, Territory
from .base import live, to_record


@dataclass(frozen=True)
class OrganizationRow:
    id: str
    name: str | None
    sector: str | None
    nit: str | None
    territory_name: str | None
    is_model_ally: bool
    model_transfer_date: dt.date | None
    alliance_count: int


@dataclass(frozen=True)
class AllianceRow:
    id: str
    organization_id: str
    sector: str | None
    purpose: str | None
    status: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    implementation_name: str | None


def organization_ids(session: Session, text: str = "") -> list[str]:
    """Live organisations by name; with `text`, those whose name or NIT contains every
    word of it (ignoring case and accents)."""
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.nit)
        .where(Organization.deleted.is_(False))
        .order_by(Organization.name, Organization.id)
    ).all()
    words = fold(text).split()
    if not words:
        return [row.id for row in rows]
    return [row.id for row in rows
            if all(word in fold(row.name, row.nit) for word in words)]


def organization_rows(session: Session, ids: Sequence[str]) -> dict[str, OrganizationRow]:
    """The rows of `ids` still live (others are left out)."""
    if not ids:
        return {}
    counts = dict(session.execute(
        select(Alliance.organization_id, func.count())
        .where(Alliance.organization_id.in_(list(ids)), Alliance.deleted.is_(False))
        .group_by(Alliance.organization_id)
    ).tuples().all())
    rows = session.execute(
        select(Organization.id, Organization.name, Organization.sector, Organization.nit,
               Territory.name, Organization.is_model_ally, Organization.model_transfer_date)
        .outerjoin(Territory, Territory.id == Organization.territory_id)
        .where(Organization.id.in_(list(ids)), Organization.deleted.is_(False))
    ).all()
    return {row[0]: OrganizationRow(*row[:5], bool(row[5]), row[6], counts.get(row[0], 0))
            for row in rows}


def organization(session: Session, organization_id: str) -> Any:
    """The live organisation's full record (for the form); raises NotFound (Spanish)."""
    return to_record(live(session, Organization, organization_id, "la organización"))


def alliance_ids(session: Session, organization_id: str) -> list[str]:
    """The organisation's live alliances, the most recent start first (undated last)."""
    return list(session.scalars(
        select(Alliance.id)
        .where(Alliance.organization_id == organization_id, Alliance.deleted.is_(False))
        .order_by(Alliance.start_date.is_(None), Alliance.start_date.desc(), Alliance.id)
    ))


def alliance_rows(session: Session, ids: Sequence[str]) -> dict[str, AllianceRow]:
    if not ids:
        return {}
    rows = session.execute(
        select(Alliance.id, Alliance.organization_id, Alliance.sector, Alliance.purpose,
               Alliance.status, Alliance.start_date, Alliance.end_date, Implementation.name)
        .outerjoin(Implementation, Implementation.id == Alliance.implementation_id)
        .where(Alliance.id.in_(list(ids)), Alliance.deleted.is_(False))
    ).all()
    return {row[0]: AllianceRow(*row) for row in rows}


def alliance(session: Session, alliance_id: str) -> Any:
    """The live alliance's full record (for the form); raises NotFound (Spanish)."""
    return to_record(live(session, Alliance, alliance_id, "la alianza"))
