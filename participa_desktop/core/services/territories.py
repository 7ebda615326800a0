"""The DIVIPOLA municipalities (reference data, read-only) and the one way to search them:
accent- and case-insensitive, by municipality, department or DANE code.

    catalogue = all_territories(session)          # ~1,100 frozen records, by name
    find(catalogue, "bogota")                     # [Bogotá D.C.]
    find(catalogue, "761")                        # municipalities whose code starts so
    territory_activity(session, ids)              # workshops, people, implementations
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..folding import fold
from ..models import Implementation, Participant, Territory, Workshop


@dataclass(frozen=True)
class TerritoryRecord:
    """One municipality. `search_key` is its searchable text, normalised (lower case, no
    accents or punctuation): name, department and codes."""

    id: str
    dane_code: str
    name: str
    department_code: str
    department: str
    region: str | None
    search_key: str = field(default="", compare=False, repr=False)
    name_key: str = field(default="", compare=False, repr=False)


def all_territories(session: Session) -> list[TerritoryRecord]:
    """Every municipality, ordered by name then department."""
    rows = session.execute(
        select(Territory.id, Territory.dane_code, Territory.name, Territory.department_code,
               Territory.department, Territory.region)
        .order_by(Territory.name, Territory.department)
    ).all()
    return [
        TerritoryRecord(
            id=row.id,
            dane_code=row.dane_code,
            name=row.name,
            department_code=row.department_code,
            department=row.department,
            region=row.region,
            search_key=f"{fold(row.name, row.department)} {row.dane_code}",
            name_key=fold(row.name),
        )
        for row in rows
    ]


def find(catalogue: Sequence[TerritoryRecord], query: str) -> list[TerritoryRecord]:
    """The records matching `query`, best first; all of them (in catalogue order) for a
    blank query.

    Every word of the query must appear in the record's name, department or DANE code,
    ignoring case and accents ("bogota" finds "Bogotá D.C."). Ranking: name starting with
    the query, then code starting with it, then a word of the name starting with it, then
    the rest; ties keep the catalogue order.
    """
    text = fold(query)
    if not text:
        return list(catalogue)
    words = text.split()
    ranked: list[tuple[int, int, TerritoryRecord]] = []
    for position, record in enumerate(catalogue):
        key = record.search_key
        if not all(word in key for word in words):
            continue
        if record.name_key.startswith(text):
            rank = 0
        elif record.dane_code.startswith(text):
            rank = 1
        elif any(part.startswith(words[0]) for part in record.name_key.split()):
            rank = 2
        else:
            rank = 3
        ranked.append((rank, position, record))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [record for _rank, _position, record in ranked]


@dataclass(frozen=True)
class TerritoryActivity:
    """What the program has in a municipality: live workshops held there, live people
    living there, live implementations there."""

    workshops: int = 0
    participants: int = 0
    implementations: int = 0


_ACTIVE = (Workshop, Participant, Implementation)


def territory_activity(session: Session, ids: Sequence[str]) -> dict[str, TerritoryActivity]:
    """The activity of each of `ids` (zeros where there is none)."""
    wanted = list(ids)
    counts: dict[str, dict[str, int]] = {territory_id: {} for territory_id in wanted}
    for model, name in zip(_ACTIVE, ("workshops", "participants", "implementations"),
                           strict=True):
        rows = session.execute(
            select(model.territory_id, func.count())
            .where(model.territory_id.in_(wanted), model.deleted.is_(False))
            .group_by(model.territory_id)
        ).all()
        for territory_id, count in rows:
            counts[territory_id][name] = count
    return {territory_id: TerritoryActivity(**values) for territory_id, values in counts.items()}


def active_territory_ids(session: Session) -> set[str]:
    """The municipalities with any live workshop, person or implementation."""
    active: set[str] = set()
    for model in _ACTIVE:
        active.update(session.scalars(
            select(model.territory_id).where(model.territory_id.is_not(None),
                                             model.deleted.is_(False)).distinct()
        ))
    return active
