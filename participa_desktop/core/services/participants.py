"""The registry of participants, each with their Ley 1581 de 2012 consent: registering
and editing people. Reading them back (search, list lines, likely duplicates) is
`participant_search`, whose names are importable from here too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import labels
from ..models import (
    CONSENT_CHANNELS,
    DISABILITIES,
    GENDERS,
    Attendance,
    DocumentType,
    EthnicGroup,
    Organization,
    Participant,
    Territory,
)
from ..validation import (
    MINOR_DOCUMENTS,
    Problems,
    age_on,
    check_contact,
    date_in_range,
    document_problem,
    normalize_document,
    one_of,
    require,
)
from ..versioning import insert_many
from .base import check_reference, create, live, to_record, tombstone, update, validate_many
from .participant_search import (
    GIVEN_NAMES_RATIO,
    SAME_DOCUMENT,
    SIMILAR_NAME,
    LikelyDuplicate,
    ParticipantSummary,
    document_text,
    full_name,
    likely_duplicates,
    search,
    search_words,
    summaries,
)

__all__ = [
    "EARLIEST_BIRTH", "EARLIEST_CONSENT", "GIVEN_NAMES_RATIO", "SAME_DOCUMENT",
    "SIMILAR_NAME", "WHAT", "LikelyDuplicate", "ParticipantSummary", "delete_participant",
    "document_text", "full_name", "is_minor", "likely_duplicates", "register_many",
    "register_participant", "search", "search_words", "summaries", "update_participant",
]

WHAT = "la persona"
EARLIEST_BIRTH = dt.date(1900, 1, 1)
#: Ley 1581 de 2012 was enacted on 17 October 2012: no consent under it predates that.
EARLIEST_CONSENT = dt.date(2012, 10, 17)


def _document_codes(session: Session) -> dict[str, str]:
    cache = session.info.setdefault("participa_document_codes", {})
    if not cache:
        cache.update(session.execute(select(DocumentType.id, DocumentType.code)).tuples().all())
    return cache


def _validate(session: Session, values: dict[str, Any], problems: Problems, stored: object) -> None:
    today = dt.date.today()
    if values.get("consent_date") is None:
        problems.add(
            "consent_date",
            "Falta la autorización de tratamiento de datos "
            "(Ley 1581 de 2012): registre la fecha en que se dio.",
        )
    require(
        values,
        problems,
        "given_names",
        "first_surname",
        "consent_channel",
        "consent_notice_version",
    )
    one_of(values, problems, "gender", GENDERS, labels.GENDER)
    one_of(values, problems, "disability", DISABILITIES, labels.DISABILITY)
    one_of(values, problems, "consent_channel", CONSENT_CHANNELS, labels.CONSENT_CHANNEL)
    for field, model, what in (
        ("ethnic_group_id", EthnicGroup, "la autoidentificación étnica"),
        ("organization_id", Organization, "la organización"),
        ("territory_id", Territory, "el municipio"),
    ):
        check_reference(session, values, problems, field, model, what)
    _check_document(session, values, problems)
    check_contact(values, problems)
    date_in_range(values, problems, "birth_date", earliest=EARLIEST_BIRTH, latest=today)
    if values.get("birth_date") is not None:
        values["birth_year"] = values["birth_date"].year
    elif values.get("birth_year") is not None and not (
        EARLIEST_BIRTH.year <= values["birth_year"] <= today.year
    ):
        problems.add(
            "birth_year",
            f"El año de nacimiento debe estar entre {EARLIEST_BIRTH.year} y {today.year}.",
        )
    date_in_range(values, problems, "consent_date", earliest=EARLIEST_CONSENT, latest=today)
    _check_minor(session, values, problems)


def _check_document(session: Session, values: dict[str, Any], problems: Problems) -> None:
    type_id, number = values.get("document_type_id"), values.get("document_number")
    if type_id is None and number is None:
        return
    if type_id is None:
        problems.add("document_type_id", "Elija el tipo de documento del número escrito.")
        return
    code = _document_codes(session).get(type_id)
    if code is None:
        problems.add("document_type_id", "El tipo de documento elegido no existe.")
        return
    if code == "NIT":
        problems.add("document_type_id", "El NIT es para organizaciones, no para personas.")
        return
    if number is None:
        problems.add("document_number", "Falta el número de documento.")
        return
    values["document_number"] = normalize_document(number)
    message = document_problem(code, values["document_number"])
    if message:
        problems.add("document_number", message)


def is_minor(session: Session, values: Mapping[str, Any]) -> bool:
    """Under 18 on the consent date, or holding a child's document (TI, RC)."""
    birth, consent = values.get("birth_date"), values.get("consent_date") or dt.date.today()
    if birth is not None:
        return age_on(birth, consent) < 18
    if values.get("birth_year") is not None:
        return consent.year - values["birth_year"] < 18
    code = _document_codes(session).get(values.get("document_type_id") or "")
    return code in MINOR_DOCUMENTS


def _check_minor(session: Session, values: dict[str, Any], problems: Problems) -> None:
    if values.get("guardian_name") is None and is_minor(session, values):
        problems.add(
            "guardian_name",
            "Es menor de edad: registre el nombre de la madre, el "
            "padre o el acudiente que autorizó el tratamiento de "
            "sus datos.",
        )


def register_participant(session: Session, values: Mapping[str, Any]) -> Any:
    """Register a person. Required: given_names, first_surname and the consent record
    (consent_date, consent_channel: signed_paper / verbal / digital,
    consent_notice_version); guardian_name for minors. Document numbers are checked
    against their type (CC, TI, CE, PPT, PA, RC). Raises ValidationError."""
    return to_record(create(session, Participant, values, _validate))


def register_many(session: Session, rows: Iterable[Mapping[str, Any]]) -> int:
    """Register many people at once (imports, demo) with the same checks; all or none."""
    return insert_many(session, Participant, validate_many(session, Participant, rows, _validate))


def update_participant(session: Session, participant_id: str, changes: Mapping[str, Any]) -> Any:
    obj = live(session, Participant, participant_id, WHAT)
    return to_record(update(session, obj, changes, _validate))


def delete_participant(session: Session, participant_id: str) -> None:
    """Tombstone the person and their attendance records."""
    tombstone(session, live(session, Participant, participant_id, WHAT))
    for attendance in session.scalars(
        select(Attendance).where(
            Attendance.participant_id == participant_id, Attendance.deleted.is_(False)
        )
    ):
        attendance.deleted = True
    session.flush()
