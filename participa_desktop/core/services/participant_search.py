"""Reading the registry of participants: the search as people type (over the local FTS5
index, `store.search_index`), the lines lists show (`summaries`) and the people who may
already be the one about to be registered (`likely_duplicates`). Read-only: call them in
`Store.reading()` (or any) sessions. (Registering and editing: `participants`.)"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from ..folding import fold
from ..models import DocumentType, Organization, Participant, Territory
from ..store import search_index
from ..store.search_index import sort_key
from ..validation import normalize_document

SAME_DOCUMENT = "mismo documento"
SIMILAR_NAME = "nombre muy parecido"
#: difflib ratio from which two given names (same surnames) count as the same person's.
GIVEN_NAMES_RATIO = 0.85


@dataclass(frozen=True)
class ParticipantSummary:
    """One person as lists show them. `full_name` reads "Nombres Apellido Apellido";
    `document_type_code` is CC, TI, …; `territory_name` reads "Municipio (Departamento)";
    `organization_name` is None when the person has none or it was deleted;
    `consent_channel` is the code (`labels.CONSENT_CHANNEL` has the words)."""

    id: str
    full_name: str
    document_type_code: str | None
    document_number: str | None
    organization_name: str | None
    territory_name: str | None
    consent_date: dt.date | None
    consent_channel: str | None
    birth_year: int | None

    @property
    def document(self) -> str | None:
        """"CC 1234567", the number alone when its type is unknown, or None."""
        return document_text(self.document_type_code, self.document_number)


@dataclass(frozen=True)
class LikelyDuplicate:
    """A registered person who may be the one about to be registered, and why, in Spanish:
    "mismo documento", "nombre muy parecido" or both ("mismo documento y nombre muy
    parecido")."""

    person: ParticipantSummary
    reason: str


def document_text(type_code: str | None, number: str | None) -> str | None:
    if number is None:
        return None
    return f"{type_code} {number}" if type_code else number


def full_name(given_names: str | None, first_surname: str | None,
              second_surname: str | None) -> str:
    return " ".join(part for part in (given_names, first_surname, second_surname) if part)


def search_words(typed: str) -> list[str]:
    """The words of a search as the index compares them: lower case, no accents, split at
    anything but letters and digits; "1.144.567" stays one number. Words that begin
    another word of the search are dropped (they add nothing)."""
    words = fold(re.sub(r"(?<=\d)[.,](?=\d)", "", typed)).split()
    kept: list[str] = []
    for word in sorted(set(words), key=len, reverse=True):
        if not any(longer.startswith(word) for longer in kept):
            kept.append(word)
    return kept


_NOT_PENDING = f"k.participant_id NOT IN (SELECT participant_id FROM {search_index.PENDING_TABLE})"
#: Matches first, then sorted: for searches that match few people.
_SEARCH_MATCHES = sql_text(
    f"SELECT k.participant_id, k.sort_key FROM {search_index.SEARCH_TABLE} s "
    f"JOIN {search_index.KEY_TABLE} k ON k.entry = s.rowid "
    f"WHERE {search_index.SEARCH_TABLE} MATCH :match AND {_NOT_PENDING} "
    "ORDER BY k.sort_key, k.participant_id LIMIT :limit"
)
#: The registry in its order, keeping the matches: for searches that match many people (a
#: letter: up to 60 % of them), as it stops after `limit` matches.
_SEARCH_IN_ORDER = sql_text(
    f"SELECT k.participant_id, k.sort_key FROM {search_index.KEY_TABLE} k "
    f"INDEXED BY {search_index.SORT_INDEX} "
    f"WHERE k.entry IN (SELECT rowid FROM {search_index.SEARCH_TABLE} "
    f"WHERE {search_index.SEARCH_TABLE} MATCH :match) AND {_NOT_PENDING} "
    "ORDER BY k.sort_key, k.participant_id LIMIT :limit"
)
#: One typed word this short may match thousands of people: walk the registry in order.
#: (On 100,000 people the walk takes at most ~10 ms, the whole order when nobody matches;
#: sorting the 60,000 matches of "1" takes ~16 ms, those of "gonz" 2 ms.)
_SHORT_WORD = 3


def search(session: Session, text: str, limit: int = 200) -> list[str]:
    """Ids of the live participants matching what a person typed, at most `limit`, by
    first surname, second surname, then given names (accents and case do not count).

    Each typed word must begin some word of the person's given names, surnames or
    document number: "mar gonz" finds María González, "jose" finds José, "1144" the
    documents that start so. Blank text finds nobody. Any text is safe: quotes, `*`,
    `-`, `:`, parentheses, NEAR, AND, OR are words to look for, never search syntax.
    Uses the local FTS5 index (milliseconds on 100,000 people).
    """
    words = search_words(text)
    if not words or limit <= 0:
        return []
    expression = " ".join(f'"{word}"*' for word in words)  # words: letters and digits only
    short = len(words) == 1 and len(words[0]) <= _SHORT_WORD
    query = _SEARCH_IN_ORDER if short else _SEARCH_MATCHES
    found = session.execute(query, {"match": expression, "limit": limit}).tuples().all()
    if search_index.has_pending(session):  # changed since the index caught up: check here
        found += _pending_matches(session, words)
        found.sort(key=lambda row: (row[1], row[0]))
    return [participant_id for participant_id, _key in found[:limit]]


def _pending_matches(session: Session, words: list[str]) -> list[tuple[str, str]]:
    rows = session.execute(
        select(Participant.id, Participant.given_names, Participant.first_surname,
               Participant.second_surname, Participant.document_number)
        .where(Participant.id.in_(search_index.pending_participants),
               Participant.deleted.is_(False))
    ).tuples()
    result = []
    for participant_id, given, first, second, document in rows:
        own = fold(given, first, second, document).split()
        if all(any(word.startswith(typed) for word in own) for typed in words):
            result.append((participant_id, sort_key(first, second, given)))
    return result


def summaries(session: Session, ids: Sequence[str]) -> list[ParticipantSummary]:
    """The list lines of `ids`, in the order of `ids` (one query, any number of ids); ids
    of people that do not exist or were deleted are left out."""
    if not ids:
        return []
    wanted = func.json_each(json.dumps(list(ids))).table_valued("key", "value")
    rows = session.execute(
        select(
            Participant.id,
            Participant.given_names,
            Participant.first_surname,
            Participant.second_surname,
            DocumentType.code,
            Participant.document_number,
            Organization.name.label("organization"),
            Territory.name.label("territory"),
            Territory.department,
            Participant.consent_date,
            Participant.consent_channel,
            Participant.birth_year,
        )
        .select_from(wanted)
        .join(Participant, Participant.id == wanted.c.value)
        .outerjoin(DocumentType, DocumentType.id == Participant.document_type_id)
        .outerjoin(
            Organization,
            and_(Organization.id == Participant.organization_id,
                 Organization.deleted.is_(False)),
        )
        .outerjoin(Territory, Territory.id == Participant.territory_id)
        .where(Participant.deleted.is_(False))
        .order_by(wanted.c.key)
    ).all()
    return [
        ParticipantSummary(
            id=row.id,
            full_name=full_name(row.given_names, row.first_surname, row.second_surname),
            document_type_code=row.code,
            document_number=row.document_number,
            organization_name=row.organization,
            territory_name=f"{row.territory} ({row.department})" if row.territory else None,
            consent_date=row.consent_date,
            consent_channel=row.consent_channel,
            birth_year=row.birth_year,
        )
        for row in rows
    ]


def likely_duplicates(
    session: Session, values: Mapping[str, Any], *, exclude_id: str | None = None
) -> list[LikelyDuplicate]:
    """Live people who may already be the person described by `values` (the fields of
    `register_participant`, as typed), to warn before saving a walk-in.

    "mismo documento": the same document number once normalised (1.234.567 = 1234567),
    whatever its type. "nombre muy parecido": compared without accents, case or
    punctuation (`folding.fold`), the same full name; or the same surnames
    (a missing second surname, on either side, matches any) and given names whose
    difflib ratio is at least 0.85. Candidates come from the search index (people with
    that first surname, or with every word of the name), so it stays fast on 100,000
    people. `exclude_id` leaves out the person being edited. Same-document people first,
    then by surname and given names; never raises on odd input (it finds nobody).
    """
    reasons: dict[str, list[str]] = {}
    order: dict[str, str] = {}
    number = values.get("document_number")
    if isinstance(number, str) and normalize_document(number):
        for pid, given, first, second in session.execute(
            select(Participant.id, Participant.given_names, Participant.first_surname,
                   Participant.second_surname)
            .where(Participant.document_number == normalize_document(number),
                   Participant.deleted.is_(False))
        ).tuples():
            reasons[pid] = [SAME_DOCUMENT]
            order[pid] = sort_key(first, second, given)
    typed = _name_parts(values)
    if typed[0] and typed[1]:
        for pid, key in _name_candidates(session, typed):
            first, second, given = search_index.name_parts(key)
            if _very_similar(typed, (given, first, second)):
                reasons.setdefault(pid, []).append(SIMILAR_NAME)
                order[pid] = key
    reasons.pop(exclude_id or "", None)
    ranked = sorted(reasons, key=lambda pid: (reasons[pid][0] != SAME_DOCUMENT, order[pid], pid))
    return [
        LikelyDuplicate(person, " y ".join(reasons[person.id]))
        for person in summaries(session, ranked)
    ]


_NameParts = tuple[str, str, str]

def _name_parts(values: Mapping[str, Any]) -> _NameParts:
    """Normalised given names, first and second surname as typed ("" when missing)."""
    given, first, second = (
        fold(part) if isinstance(part, str) else ""
        for part in (values.get("given_names"), values.get("first_surname"),
                     values.get("second_surname"))
    )
    return given, first, second


def _very_similar(a: _NameParts, b: _NameParts) -> bool:
    if " ".join(p for p in a if p) == " ".join(p for p in b if p):
        return True
    if a[1] != b[1] or (a[2] and b[2] and a[2] != b[2]):
        return False
    return _alike(a[0], b[0])


@lru_cache(maxsize=8192)  # given names repeat a lot: a common surname's holders hit it
def _alike(a: str, b: str) -> bool:
    """difflib's ratio of two given names reaches GIVEN_NAMES_RATIO."""
    if 2 * min(len(a), len(b)) < GIVEN_NAMES_RATIO * (len(a) + len(b)):
        return False  # the ratio's upper bound (real_quick_ratio) is already too low
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= GIVEN_NAMES_RATIO and matcher.ratio() >= GIVEN_NAMES_RATIO


_CANDIDATES = sql_text(
    f"SELECT k.participant_id, k.sort_key FROM {search_index.SEARCH_TABLE} s "
    f"JOIN {search_index.KEY_TABLE} k ON k.entry = s.rowid "
    f"WHERE {search_index.SEARCH_TABLE} MATCH :match AND k.participant_id NOT IN "
    f"(SELECT participant_id FROM {search_index.PENDING_TABLE})"
)


def _name_candidates(session: Session, typed: _NameParts) -> list[tuple[str, str]]:
    """(id, sort key) of the live people with the typed first surname, or with every word
    of the typed name: from the index (its key table, not the wide participant rows), and
    from the participants it has not caught up with yet. (The words are letters and
    digits only, so quoting them is enough.)"""
    every_word = " AND ".join(f'"{word}"' for part in typed for word in part.split())
    expression = f'(first_surname : "{typed[1]}") OR ({every_word})'
    rows = list(session.execute(_CANDIDATES, {"match": expression}).tuples())
    if search_index.has_pending(session):
        rows += [
            (pid, sort_key(first, second, given))
            for pid, given, first, second in session.execute(
                select(Participant.id, Participant.given_names, Participant.first_surname,
                       Participant.second_surname)
                .where(Participant.id.in_(search_index.pending_participants),
                       Participant.deleted.is_(False))
            ).tuples()
        ]
    return rows
