"""The walk-in's work, apart from its dialog: reading what was typed in the search into
form values, the lists the form offers, and registering a person and marking them
present in one write, after a look for likely duplicates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from participa_desktop.core.services import attendance, choices, participants
from participa_desktop.core.services.choices import Choice
from participa_desktop.core.store import Store


class LikelyDuplicates(Exception):
    """The person about to be registered may already be there: nothing was saved.
    `candidates` are `participants.LikelyDuplicate` records."""

    def __init__(self, candidates: list[Any]) -> None:
        super().__init__(f"{len(candidates)} posibles duplicados")
        self.candidates = candidates


@dataclass(frozen=True)
class Registered:
    """A walk-in saved and marked present."""

    participant_id: str
    name: str
    arrival_time: dt.time


@dataclass(frozen=True)
class FormLists:
    """What the walk-in form's pickers offer."""

    document_types: list[Choice]
    organizations: list[Choice]


def load_lists(store: Store) -> FormLists:
    """The document types a person may hold and the live organisations (one read)."""
    with store.reading() as session:
        return FormLists(choices.person_document_types(session),
                         choices.organizations(session))


_NUMBER = re.compile(r"[\d.,\s]*\d[\d.,\s]*")


def prefill(typed: str) -> dict[str, str]:
    """Form values guessed from a search text: a number is a document number; words are
    names — one: given names; two: given names and first surname; three: plus the second
    surname; four or more: two given names, then the surnames. Words typed in lower case
    get a capital ("maria" → "Maria")."""
    text = " ".join(typed.split())
    if not text:
        return {}
    if _NUMBER.fullmatch(text):
        return {"document_number": re.sub(r"[.,\s]", "", text)}
    words = [word.capitalize() if word.islower() else word for word in text.split()]
    numbers = [word for word in words if word.isdigit()]
    words = [word for word in words if not word.isdigit()]
    values: dict[str, str] = {}
    if numbers:
        values["document_number"] = numbers[0]
    if len(words) >= 4:
        given, surnames = words[:2], words[2:]
    else:
        given, surnames = words[:1], words[1:]
    if given:
        values["given_names"] = " ".join(given)
    if surnames:
        values["first_surname"] = surnames[0]
    if len(surnames) > 1:
        values["second_surname"] = " ".join(surnames[1:])
    return values


def register_walk_in(store: Store, workshop_id: str, values: Mapping[str, Any],
                     arrival: dt.time, *, confirmed: bool) -> Registered:
    """Register the person described by `values` and mark them present at `workshop_id`
    at `arrival`, in one unit of work (runs on the writer lane).

    Raises ValidationError (nothing saved) for bad input; unless `confirmed`, raises
    LikelyDuplicates (nothing saved) when the registry already has someone with the same
    document or a very similar name."""
    with store.unit_of_work() as session:
        person = participants.register_participant(session, values)
        if not confirmed:
            candidates = participants.likely_duplicates(session, values, exclude_id=person.id)
            if candidates:
                raise LikelyDuplicates(candidates)  # rolls the registration back
        attendance.mark(session, workshop_id, person.id, "present", arrival)
        name = participants.full_name(person.given_names, person.first_surname,
                                      person.second_surname)
    return Registered(person.id, name, arrival)
