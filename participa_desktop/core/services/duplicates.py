"""Duplicate people (invariant 11): suggestions, confirmed links, the canonical person.

Two devices that register one person make two rows. Suggestions group live participants
with the same document number, or the same normalised name (lower case, no accents, given
names and both surnames) and the same birth year or phone. A coordinator confirms a link
between two rows; links are replicated data (`DuplicateLink`), undone by unlinking (a
tombstone). The canonical person of a linked group is its smallest id, so every device
picks the same one; foreign keys are never rewritten, readers resolve through
`canonical_ids`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.engine.ids import stable_id

from ..folding import fold
from ..models import Attendance, DuplicateLink, Participant
from .base import NotFound, live


@dataclass(frozen=True)
class PersonSummary:
    id: str
    name: str
    document_number: str | None
    birth_year: int | None
    phone: str | None


@dataclass(frozen=True)
class Suggestion:
    """A group of rows that may be one person, why, and whether all are linked already."""

    people: tuple[PersonSummary, ...]
    reasons: tuple[str, ...]
    linked: bool


class _Groups:
    """Union-find over participant ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        root = self.parent.setdefault(item, item)
        while root != self.parent[root]:
            root = self.parent[root]
        while item != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[str, list[str]]:
        result: dict[str, list[str]] = defaultdict(list)
        for item in self.parent:
            result[self.find(item)].append(item)
        return result


def _live_links(session: Session) -> list[tuple[str, str]]:
    return session.execute(
        select(DuplicateLink.participant_a_id, DuplicateLink.participant_b_id)
        .where(DuplicateLink.deleted.is_(False))
    ).tuples().all()


def canonical_ids(session: Session) -> dict[str, str]:
    """participant id → canonical id, for every participant in a linked group (others are
    their own canonical person and are left out)."""
    groups = _Groups()
    for a, b in _live_links(session):
        groups.union(a, b)
    return {member: min(members) for members in groups.groups().values()
            for member in members}


def canonical_id(session: Session, participant_id: str) -> str:
    return canonical_ids(session).get(participant_id, participant_id)


def attendance_of(session: Session, participant_id: str) -> list[Attendance]:
    """Live attendance of a person, through every row linked to them."""
    mapping = canonical_ids(session)
    canonical = mapping.get(participant_id, participant_id)
    ids = [p for p, c in mapping.items() if c == canonical] or [participant_id]
    return list(session.scalars(
        select(Attendance).where(Attendance.participant_id.in_(ids),
                                 Attendance.deleted.is_(False))
    ))


def suggest(session: Session) -> list[Suggestion]:
    """Groups of live participants that look like one person, sorted by their first id."""
    rows = session.execute(
        select(Participant.id, Participant.given_names, Participant.first_surname,
               Participant.second_surname, Participant.document_number,
               Participant.birth_year, Participant.phone)
        .where(Participant.deleted.is_(False))
    ).tuples().all()
    groups = _Groups()
    reasons: dict[str, set[str]] = defaultdict(set)

    def join(ids: Iterable[str], reason: str) -> None:
        ids = list(ids)
        for other in ids[1:]:
            groups.union(ids[0], other)
        for one in ids:
            reasons[one].add(reason)

    by_document: dict[str, list[str]] = defaultdict(list)
    by_name_year: dict[tuple[str, int], list[str]] = defaultdict(list)
    by_name_phone: dict[tuple[str, str], list[str]] = defaultdict(list)
    summaries = {}
    for pid, given, first, second, document, year, phone in rows:
        name = fold(given, first, second)
        summaries[pid] = PersonSummary(pid, " ".join(p for p in (given, first, second) if p),
                                       document, year, phone)
        if document:
            by_document[document].append(pid)
        if year is not None:
            by_name_year[(name, year)].append(pid)
        if phone:
            by_name_phone[(name, phone)].append(pid)
    for index, reason in ((by_document, "mismo número de documento"),
                          (by_name_year, "mismo nombre y año de nacimiento"),
                          (by_name_phone, "mismo nombre y teléfono")):
        for ids in index.values():
            if len(ids) > 1:
                join(ids, reason)
    linked = canonical_ids(session)
    result = []
    for members in groups.groups().values():
        if len(members) < 2:
            continue
        members.sort()
        why = sorted(set().union(*(reasons[m] for m in members)))
        all_linked = len({linked.get(m, m) for m in members}) == 1
        result.append(Suggestion(tuple(summaries[m] for m in members), tuple(why),
                                 all_linked))
    result.sort(key=lambda s: s.people[0].id)
    return result


def _pair(session: Session, first: str, second: str) -> tuple[str, str, str]:
    if first == second:
        raise NotFound("Elija dos personas distintas.")
    for person in (first, second):
        live(session, Participant, person, "la persona")
    a, b = sorted((first, second))
    return stable_id("duplicate_link", a, b), a, b


def link(session: Session, first: str, second: str) -> None:
    """Confirm that two participant rows are one person (idempotent; re-links)."""
    link_id, a, b = _pair(session, first, second)
    row = session.get(DuplicateLink, link_id)
    if row is None:
        session.add(DuplicateLink(id=link_id, participant_a_id=a, participant_b_id=b))
    else:
        row.deleted = False
    session.flush()


def unlink(session: Session, first: str, second: str) -> None:
    """Undo a link between two rows (a tombstone, which syncs like any other change)."""
    link_id, _a, _b = _pair(session, first, second)
    live(session, DuplicateLink, link_id, "el vínculo entre esas dos personas").deleted = True
    session.flush()
