"""Agreements reached at workshops, their append-only follow-ups, and the implementation's
knowledge: notes (learning / challenge / opportunity) and milestones."""

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Replicated, immutable

AGREEMENT_STATUSES = ("pending", "in_progress", "done", "cancelled")
KNOWLEDGE_KINDS = ("learning", "challenge", "opportunity")


class Agreement(Replicated, Base):
    """A commitment made at a workshop, with who answers for it and when."""

    __tablename__ = "agreement"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshop.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    responsible_organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    responsible_person: Mapped[str | None] = mapped_column(String(200))
    shared_objective: Mapped[str | None] = mapped_column(Text)
    component_id: Mapped[str | None] = mapped_column(ForeignKey("component.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    progress: Mapped[int] = mapped_column(default=0)


class FollowUp(Replicated, Base):
    """An append-only note on an agreement: written once, never edited nor deleted."""

    __tablename__ = "follow_up"

    agreement_id: Mapped[str] = immutable(mapped_column(ForeignKey("agreement.id"), index=True))
    date: Mapped[dt.date] = immutable(mapped_column(Date))
    text: Mapped[str] = immutable(mapped_column(Text))
    new_status: Mapped[str | None] = immutable(mapped_column(String(20)))
    new_progress: Mapped[int | None] = immutable(mapped_column())


class KnowledgeNote(Replicated, Base):
    """A learning, challenge or opportunity of an implementation."""

    __tablename__ = "knowledge_note"

    implementation_id: Mapped[str] = mapped_column(ForeignKey("implementation.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


class Milestone(Replicated, Base):
    """A milestone of an implementation."""

    __tablename__ = "milestone"

    implementation_id: Mapped[str] = mapped_column(ForeignKey("implementation.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
