"""What the attendance screen reads about one workshop, in one read on a worker thread:
its heading, its roster and how many people are present (`load_roster`); and the
workshops to choose from (`load_choices`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from participa_desktop.core.services import NotFound, attendance, choices
from participa_desktop.core.services.choices import WorkshopHeading
from participa_desktop.core.store import Store


@dataclass(frozen=True)
class RosterSnapshot:
    """One workshop as read at one moment: heading, roster entries (in the core's order)
    and the live count of people present."""

    workshop: WorkshopHeading
    entries: tuple[Any, ...]
    present: int

    def ids(self) -> list[str]:
        return [entry.participant_id for entry in self.entries]

    def by_id(self) -> dict[str, Any]:
        return {entry.participant_id: entry for entry in self.entries}


def load_roster(store: Store, workshop_id: str) -> RosterSnapshot:
    """Read the workshop's heading, roster and present count (one consistent snapshot).
    Raises NotFound when the workshop is gone."""
    with store.reading() as session:
        heading = choices.workshop_heading(session, workshop_id)
        entries = tuple(attendance.roster(session, workshop_id))
        present = attendance.present_count(session, workshop_id)
    return RosterSnapshot(heading, entries, present)


def roster_rows(store: Store, workshop_id: str, ids: Sequence[str]) -> dict[str, Any]:
    """Roster entries of `ids` (a block of the roster table), by participant id."""
    wanted = set(ids)
    with store.reading() as session:
        return {entry.participant_id: entry for entry in attendance.roster(session, workshop_id)
                if entry.participant_id in wanted}


def load_choices(store: Store, today: dt.date,
                 also: str | None = None) -> list[WorkshopHeading]:
    """Today's and recent workshops (see `choices.recent_workshops`), plus the workshop
    `also` when it is older or further ahead (and still exists)."""
    with store.reading() as session:
        listed = choices.recent_workshops(session, today)
        if also is not None and all(heading.id != also for heading in listed):
            with suppress(NotFound):  # deleted meanwhile
                listed.insert(0, choices.workshop_heading(session, also))
    return listed
