"""Demo field activity after creation: edits and deletions of random live records of any
origin (including records that came from other devices), through the services."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import (
    Agreement,
    Alliance,
    Attendance,
    KnowledgeNote,
    LocalState,
    Milestone,
    Organization,
    Participant,
    Replicated,
    Workshop,
)
from ..services import agreements, attendance, implementations, knowledge, organizations, workshops
from ..services import participants as people
from . import vocabulary as words

Edit = Callable[[Session, random.Random, Any], None]


def _edit_participant(session: Session, rng: random.Random, row: Participant) -> None:
    field = rng.choice(("phone", "email", "disability", "given_names"))
    value: Any
    if field == "phone":
        value = rng.choice(words.MOBILE_PREFIXES) + f"{rng.randint(0, 9999999):07d}"
    elif field == "email":
        value = f"{row.first_surname.lower()}{rng.randint(100, 999)}@gmail.com"
        value = value.replace(" ", "").encode("ascii", "ignore").decode()
    elif field == "disability":
        value = rng.choice(("none", "physical", "visual", "hearing"))
    else:
        value = rng.choice(
            words.FEMALE_GIVEN_NAMES if row.gender == "female" else words.MALE_GIVEN_NAMES
        )
    people.update_participant(session, row.id, {field: value})


def _edit_workshop(session: Session, rng: random.Random, row: Workshop) -> None:
    changes: dict[str, Any] = rng.choice(
        (
            {
                "notes": f"Asistencia {rng.choice(('alta', 'media', 'baja'))}; "
                f"{rng.choice(words.FOLLOW_UP_TEXTS)}"
            },
            {"place": rng.choice([p for places in words.PLACES.values() for p in places])},
            {"objectives": rng.choice([o for objs in words.OBJECTIVES.values() for o in objs])},
            {"facilitators": ", ".join(rng.sample(words.FACILITATORS, 2))},
        )
    )
    workshops.update_workshop(session, row.id, changes)


def _edit_agreement(session: Session, rng: random.Random, row: Agreement) -> None:
    progress = min(100, row.progress + rng.choice((10, 20, 40)))
    changes: dict[str, Any] = rng.choice(
        (
            {"progress": progress, "status": "done" if progress == 100 else "in_progress"},
            {"responsible_person": rng.choice(words.RESPONSIBLE_PEOPLE_ROLES)},
            {"text": rng.choice(words.AGREEMENT_TEXTS)},
        )
    )
    agreements.update_agreement(session, row.id, changes)


def _edit_attendance(session: Session, rng: random.Random, row: Attendance) -> None:
    status = rng.choice(("present", "excused", "absent"))
    arrival = dt.time(rng.randint(7, 17), rng.randint(0, 59)) if status == "present" else None
    attendance.mark(session, row.workshop_id, row.participant_id, status, arrival)


def _edit_organization(session: Session, rng: random.Random, row: Organization) -> None:
    organizations.update_organization(
        session,
        row.id,
        {"phone": "60" + rng.choice("24") + f"{rng.randint(0, 9999999):07d}"},
    )


def _edit_alliance(session: Session, rng: random.Random, row: Alliance) -> None:
    implementations.update_alliance(
        session, row.id, {"status": rng.choice(("exploring", "active", "ended"))}
    )


def _edit_note(session: Session, rng: random.Random, row: KnowledgeNote) -> None:
    knowledge.update_note(session, row.id, {"text": rng.choice(words.KNOWLEDGE_NOTES[row.kind])})


def _edit_milestone(session: Session, rng: random.Random, row: Milestone) -> None:
    knowledge.update_milestone(session, row.id, {"text": rng.choice(words.MILESTONES)})


EDITS: dict[type[Replicated], Edit] = {
    Participant: _edit_participant,
    Workshop: _edit_workshop,
    Agreement: _edit_agreement,
    Attendance: _edit_attendance,
    Organization: _edit_organization,
    Alliance: _edit_alliance,
    KnowledgeNote: _edit_note,
    Milestone: _edit_milestone,
}

DELETES: dict[type[Replicated], Callable[[Session, Any], None]] = {
    Participant: lambda s, row: people.delete_participant(s, row.id),
    Workshop: lambda s, row: workshops.delete_workshop(s, row.id),
    Agreement: lambda s, row: agreements.delete_agreement(s, row.id),
    Attendance: lambda s, row: attendance.unmark(s, row.workshop_id, row.participant_id),
    Alliance: lambda s, row: implementations.delete_alliance(s, row.id),
    KnowledgeNote: lambda s, row: knowledge.delete_note(s, row.id),
    Milestone: lambda s, row: knowledge.delete_milestone(s, row.id),
}


def _random_live(
    session: Session, rng: random.Random, models: list[type[Replicated]], count: int
) -> list[Replicated]:
    """`count` distinct live rows, drawn uniformly over all rows of `models`."""
    sizes = {
        model: session.scalar(
            select(func.count()).select_from(model).where(model.deleted.is_(False))
        )
        or 0
        for model in models
    }
    picks: dict[type[Replicated], set[int]] = {model: set() for model in models}
    population = sum(sizes.values())
    count = min(count, population)
    for slot in rng.sample(range(population), count):
        for model in models:
            if slot < sizes[model]:
                picks[model].add(slot)
                break
            slot -= sizes[model]
    chosen: list[Replicated] = []
    for model, offsets in picks.items():
        if not offsets:
            continue
        ids = session.scalars(
            select(model.id).where(model.deleted.is_(False)).order_by(model.id)
        ).all()
        chosen += [session.get(model, ids[offset]) for offset in sorted(offsets)]
    rng.shuffle(chosen)
    return chosen


def edit_random(session: Session, rng: random.Random, count: int) -> int:
    """Change a random field of `count` random live records; returns how many changed.

    A drawn value may equal the stored one (the same status again): then another is drawn,
    a few times, so that each record really changes.
    """
    rows = _random_live(session, rng, list(EDITS), count)
    changed = 0
    for row in rows:
        for _attempt in range(8):
            before = session.scalar(select(LocalState.last_seq))
            EDITS[type(row)](session, rng, row)
            if session.scalar(select(LocalState.last_seq)) != before:
                changed += 1
                break
    return changed


def delete_random(session: Session, rng: random.Random, count: int) -> int:
    """Tombstone `count` random live records; returns how many were still live."""
    rows = _random_live(session, rng, list(DELETES), count)
    deleted = 0
    for row in rows:
        if not row.deleted:  # a cascade may already have removed it
            DELETES[type(row)](session, row)
            deleted += 1
    return deleted
