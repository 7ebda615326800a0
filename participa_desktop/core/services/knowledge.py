"""Knowledge management of implementations: learnings, challenges, opportunities, and
milestones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from .. import labels
from ..models import KNOWLEDGE_KINDS, Implementation, KnowledgeNote, Milestone
from ..validation import Problems, date_in_range, one_of, require
from .base import check_reference, create, live, to_record, tombstone, update

EARLIEST = dt.date(2010, 1, 1)


def _validate_note(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "implementation_id", "kind", "text")
    one_of(values, problems, "kind", KNOWLEDGE_KINDS, labels.KNOWLEDGE_KIND)
    check_reference(
        session, values, problems, "implementation_id", Implementation, "la implementación"
    )
    date_in_range(values, problems, "date", earliest=EARLIEST, latest=dt.date.today())


def _validate_milestone(
    session: Session, values: dict[str, Any], problems: Problems, _stored: object
) -> None:
    require(values, problems, "implementation_id", "date", "text")
    check_reference(
        session, values, problems, "implementation_id", Implementation, "la implementación"
    )
    date_in_range(
        values, problems, "date", earliest=EARLIEST, latest=dt.date.today() + dt.timedelta(days=366)
    )


def add_note(session: Session, values: Mapping[str, Any]) -> Any:
    """A knowledge note. Required: implementation_id, kind (learning, challenge,
    opportunity), text. Optional: date (not in the future)."""
    return to_record(create(session, KnowledgeNote, values, _validate_note))


def update_note(session: Session, note_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, KnowledgeNote, note_id, "la nota")
    return to_record(update(session, obj, changes, _validate_note))


def delete_note(session: Session, note_id: str) -> None:
    tombstone(session, live(session, KnowledgeNote, note_id, "la nota"))


def add_milestone(session: Session, values: Mapping[str, Any]) -> Any:
    """A milestone. Required: implementation_id, date, text."""
    return to_record(create(session, Milestone, values, _validate_milestone))


def update_milestone(session: Session, milestone_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, Milestone, milestone_id, "el hito")
    return to_record(update(session, obj, changes, _validate_milestone))


def delete_milestone(session: Session, milestone_id: str) -> None:
    tombstone(session, live(session, Milestone, milestone_id, "el hito"))
