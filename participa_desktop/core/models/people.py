"""Participants, with the data-processing consent required by Ley 1581 de 2012."""

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Replicated

GENDERS = ("female", "male", "non_binary", "other", "undisclosed")
DISABILITIES = (
    "none",
    "physical",
    "visual",
    "hearing",
    "intellectual",
    "psychosocial",
    "multiple",
    "undisclosed",
)
CONSENT_CHANNELS = ("signed_paper", "verbal", "digital")


class Participant(Replicated, Base):
    """A person who takes part in the program's activities.

    Consent is part of the record: no participant is stored without `consent_date`,
    `consent_channel` and `consent_notice_version`; minors also need `guardian_name`.
    """

    __tablename__ = "participant"

    given_names: Mapped[str] = mapped_column(String(120))
    first_surname: Mapped[str] = mapped_column(String(80))
    second_surname: Mapped[str | None] = mapped_column(String(80))
    document_type_id: Mapped[str | None] = mapped_column(ForeignKey("document_type.id"))
    document_number: Mapped[str | None] = mapped_column(String(20), index=True)
    gender: Mapped[str | None] = mapped_column(String(20))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column()
    ethnic_group_id: Mapped[str | None] = mapped_column(ForeignKey("ethnic_group.id"))
    disability: Mapped[str | None] = mapped_column(String(20))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"))
    territory_id: Mapped[str | None] = mapped_column(ForeignKey("territory.id"), index=True)
    consent_date: Mapped[dt.date] = mapped_column(Date)
    consent_channel: Mapped[str] = mapped_column(String(20))
    consent_notice_version: Mapped[str] = mapped_column(String(20))
    guardian_name: Mapped[str | None] = mapped_column(String(200))
