"""Words for the codes stored in the database, in the interface language, and the one way
dates and times are shown. (The core's `labels` module is the Spanish used in its own
messages and reports; the screens use these, which follow the language setting.)

    vocabulary.word("modality", "in_person")  -> "presencial" / "in person"
    vocabulary.choices("modality")            -> [(code, word), …] in the stored order
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocabulary"

_WORDS: dict[str, dict[str, str]] = {
    "sector": {
        "public": QT_TRANSLATE_NOOP("Vocabulary", "público"),
        "private": QT_TRANSLATE_NOOP("Vocabulary", "privado"),
        "civil_society": QT_TRANSLATE_NOOP("Vocabulary", "sociedad civil"),
        "academia": QT_TRANSLATE_NOOP("Vocabulary", "academia"),
        "cooperation": QT_TRANSLATE_NOOP("Vocabulary", "cooperación"),
    },
    "alliance_status": {
        "exploring": QT_TRANSLATE_NOOP("Vocabulary", "en exploración"),
        "active": QT_TRANSLATE_NOOP("Vocabulary", "activa"),
        "ended": QT_TRANSLATE_NOOP("Vocabulary", "finalizada"),
    },
    "gender": {
        "female": QT_TRANSLATE_NOOP("Vocabulary", "femenino"),
        "male": QT_TRANSLATE_NOOP("Vocabulary", "masculino"),
        "non_binary": QT_TRANSLATE_NOOP("Vocabulary", "no binario"),
        "other": QT_TRANSLATE_NOOP("Vocabulary", "otro"),
        "undisclosed": QT_TRANSLATE_NOOP("Vocabulary", "prefiere no decir"),
    },
    "disability": {
        "none": QT_TRANSLATE_NOOP("Vocabulary", "ninguna"),
        "physical": QT_TRANSLATE_NOOP("Vocabulary", "física"),
        "visual": QT_TRANSLATE_NOOP("Vocabulary", "visual"),
        "hearing": QT_TRANSLATE_NOOP("Vocabulary", "auditiva"),
        "intellectual": QT_TRANSLATE_NOOP("Vocabulary", "intelectual"),
        "psychosocial": QT_TRANSLATE_NOOP("Vocabulary", "psicosocial"),
        "multiple": QT_TRANSLATE_NOOP("Vocabulary", "múltiple"),
        "undisclosed": QT_TRANSLATE_NOOP("Vocabulary", "prefiere no decir"),
    },
    "consent_channel": {
        "signed_paper": QT_TRANSLATE_NOOP("Vocabulary", "planilla firmada"),
        "verbal": QT_TRANSLATE_NOOP("Vocabulary", "verbal"),
        "digital": QT_TRANSLATE_NOOP("Vocabulary", "digital"),
    },
    "modality": {
        "in_person": QT_TRANSLATE_NOOP("Vocabulary", "presencial"),
        "virtual": QT_TRANSLATE_NOOP("Vocabulary", "virtual"),
        "hybrid": QT_TRANSLATE_NOOP("Vocabulary", "híbrida"),
    },
    "attendance_status": {
        "present": QT_TRANSLATE_NOOP("Vocabulary", "asistió"),
        "excused": QT_TRANSLATE_NOOP("Vocabulary", "excusado"),
        "absent": QT_TRANSLATE_NOOP("Vocabulary", "no asistió"),
    },
    "agreement_status": {
        "pending": QT_TRANSLATE_NOOP("Vocabulary", "pendiente"),
        "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "en curso"),
        "done": QT_TRANSLATE_NOOP("Vocabulary", "cumplido"),
        "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "cancelado"),
    },
    "knowledge_kind": {
        "learning": QT_TRANSLATE_NOOP("Vocabulary", "aprendizaje"),
        "challenge": QT_TRANSLATE_NOOP("Vocabulary", "reto"),
        "opportunity": QT_TRANSLATE_NOOP("Vocabulary", "oportunidad"),
    },
}


def word(kind: str, code: str | None) -> str:
    """The word for `code` of `kind` in the current language; "" for None, the code itself
    when unknown (a newer app may have written it)."""
    if code is None:
        return ""
    source = _WORDS[kind].get(code)
    return code if source is None else QCoreApplication.translate(_CONTEXT, source)


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, word) pairs of `kind`, for a combo box."""
    return [(code, QCoreApplication.translate(_CONTEXT, source))
            for code, source in _WORDS[kind].items()]


def date_text(value: dt.date | None) -> str:
    """A date as people read it in Colombia, whatever the language: 24/11/2026; "" for
    None."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def time_text(value: dt.time | None) -> str:
    return "" if value is None else value.strftime("%H:%M")
