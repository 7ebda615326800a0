"""Organisations, territorial implementations with their allies, and alliances."""

import datetime as dt

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Replicated, immutable

SECTORS = ("public", "private", "civil_society", "academia", "cooperation")
ALLIANCE_STATUSES = ("exploring", "active", "ended")


class Organization(Replicated, Base):
    """An organisation: an ally that received the model, or an actor of the territory."""

    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(20))
    nit: Mapped[str | None] = mapped_column(String(20))
    territory_id: Mapped[str | None] = mapped_column(ForeignKey("territory.id"))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(30))
    is_model_ally: Mapped[bool] = mapped_column(default=False)
    model_transfer_date: Mapped[dt.date | None] = mapped_column(Date)


class Implementation(Replicated, Base):
    """A territorial implementation of the model (e.g. "Activa Buenaventura")."""

    __tablename__ = "implementation"

    name: Mapped[str] = mapped_column(String(200))
    territory_id: Mapped[str] = mapped_column(ForeignKey("territory.id"))
    lead_organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)


class ImplementationAlly(Replicated, Base):
    """An allied organisation of an implementation; id = stable_id of the pair."""

    __tablename__ = "implementation_ally"

    implementation_id: Mapped[str] = immutable(
        mapped_column(ForeignKey("implementation.id"), index=True)
    )
    organization_id: Mapped[str] = immutable(mapped_column(ForeignKey("organization.id")))
    role: Mapped[str | None] = mapped_column(String(200))


class Alliance(Replicated, Base):
    """An alliance with a public or private actor around a purpose."""

    __tablename__ = "alliance"

    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    implementation_id: Mapped[str | None] = mapped_column(ForeignKey("implementation.id"))
    sector: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="active")
