"""Workshops, their components and attendance."""

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Replicated, immutable

MODALITIES = ("in_person", "virtual", "hybrid")
ATTENDANCE_STATUSES = ("present", "excused", "absent")


class Workshop(Replicated, Base):
    """A workshop or accompaniment session of an implementation."""

    __tablename__ = "workshop"

    title: Mapped[str] = mapped_column(String(200))
    implementation_id: Mapped[str | None] = mapped_column(
        ForeignKey("implementation.id"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str | None] = mapped_column(String(200))
    territory_id: Mapped[str | None] = mapped_column(ForeignKey("territory.id"))
    modality: Mapped[str] = mapped_column(String(20), default="in_person")
    facilitators: Mapped[str | None] = mapped_column(String(400))
    objectives: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class WorkshopComponent(Replicated, Base):
    """A component a workshop works on; id = stable_id of the pair."""

    __tablename__ = "workshop_component"

    workshop_id: Mapped[str] = immutable(mapped_column(ForeignKey("workshop.id"), index=True))
    component_id: Mapped[str] = immutable(mapped_column(ForeignKey("component.id")))


class Attendance(Replicated, Base):
    """One person at one workshop. id = stable_id("attendance", workshop, participant), so two
    devices marking the same attendance converge on one row."""

    __tablename__ = "attendance"
    __table_args__ = (Index("ix_attendance_participant_id", "participant_id"),)

    workshop_id: Mapped[str] = immutable(mapped_column(ForeignKey("workshop.id"), index=True))
    participant_id: Mapped[str] = immutable(mapped_column(ForeignKey("participant.id")))
    status: Mapped[str] = mapped_column(String(20), default="present")
    arrival_time: Mapped[dt.time | None] = mapped_column(Time)
