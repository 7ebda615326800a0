"""Words for the codes stored in the database, in the interface language, and the one way
dates and times are shown. (The core's `labels` module is the Spanish used in its own
messages and reports; the screens use these, which follow the language setting.)

    vocabulary.word("modality", "in_person")  -> "presencial" / "in person"
    vocabulary.word("field", "birth_date")    -> "fecha de nacimiento" / "date of birth"
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
    # A kind of record, by its table (lower case, no article: "persona", "taller").
    "record": {
        "participant": QT_TRANSLATE_NOOP("Vocabulary", "persona"),
        "workshop": QT_TRANSLATE_NOOP("Vocabulary", "taller"),
        "agreement": QT_TRANSLATE_NOOP("Vocabulary", "acuerdo"),
        "attendance": QT_TRANSLATE_NOOP("Vocabulary", "asistencia"),
        "organization": QT_TRANSLATE_NOOP("Vocabulary", "organización"),
        "implementation": QT_TRANSLATE_NOOP("Vocabulary", "implementación"),
        "implementation_ally": QT_TRANSLATE_NOOP("Vocabulary", "aliado de una implementación"),
        "alliance": QT_TRANSLATE_NOOP("Vocabulary", "alianza"),
        "knowledge_note": QT_TRANSLATE_NOOP("Vocabulary", "nota de conocimiento"),
        "milestone": QT_TRANSLATE_NOOP("Vocabulary", "hito"),
    },
    # A field of a record, by its column (lower case, no article: "teléfono").
    "field": {
        "given_names": QT_TRANSLATE_NOOP("Vocabulary", "nombres"),
        "first_surname": QT_TRANSLATE_NOOP("Vocabulary", "primer apellido"),
        "second_surname": QT_TRANSLATE_NOOP("Vocabulary", "segundo apellido"),
        "document_type_id": QT_TRANSLATE_NOOP("Vocabulary", "tipo de documento"),
        "document_number": QT_TRANSLATE_NOOP("Vocabulary", "número de documento"),
        "gender": QT_TRANSLATE_NOOP("Vocabulary", "género"),
        "birth_date": QT_TRANSLATE_NOOP("Vocabulary", "fecha de nacimiento"),
        "birth_year": QT_TRANSLATE_NOOP("Vocabulary", "año de nacimiento"),
        "ethnic_group_id": QT_TRANSLATE_NOOP("Vocabulary", "autoidentificación étnica"),
        "disability": QT_TRANSLATE_NOOP("Vocabulary", "discapacidad"),
        "phone": QT_TRANSLATE_NOOP("Vocabulary", "teléfono"),
        "email": QT_TRANSLATE_NOOP("Vocabulary", "correo"),
        "organization_id": QT_TRANSLATE_NOOP("Vocabulary", "organización"),
        "territory_id": QT_TRANSLATE_NOOP("Vocabulary", "municipio"),
        "consent_date": QT_TRANSLATE_NOOP("Vocabulary", "fecha de la autorización"),
        "consent_channel": QT_TRANSLATE_NOOP("Vocabulary", "medio de la autorización"),
        "consent_notice_version": QT_TRANSLATE_NOOP("Vocabulary",
                                                    "versión del aviso de privacidad"),
        "guardian_name": QT_TRANSLATE_NOOP("Vocabulary", "nombre del acudiente"),
        "title": QT_TRANSLATE_NOOP("Vocabulary", "título"),
        "implementation_id": QT_TRANSLATE_NOOP("Vocabulary", "implementación"),
        "date": QT_TRANSLATE_NOOP("Vocabulary", "fecha"),
        "start_time": QT_TRANSLATE_NOOP("Vocabulary", "hora de inicio"),
        "end_time": QT_TRANSLATE_NOOP("Vocabulary", "hora de cierre"),
        "place": QT_TRANSLATE_NOOP("Vocabulary", "lugar"),
        "modality": QT_TRANSLATE_NOOP("Vocabulary", "modalidad"),
        "facilitators": QT_TRANSLATE_NOOP("Vocabulary", "facilitadores"),
        "objectives": QT_TRANSLATE_NOOP("Vocabulary", "objetivos"),
        "notes": QT_TRANSLATE_NOOP("Vocabulary", "notas"),
        "workshop_id": QT_TRANSLATE_NOOP("Vocabulary", "taller"),
        "text": QT_TRANSLATE_NOOP("Vocabulary", "texto"),
        "responsible_organization_id": QT_TRANSLATE_NOOP("Vocabulary",
                                                         "organización responsable"),
        "responsible_person": QT_TRANSLATE_NOOP("Vocabulary", "persona responsable"),
        "shared_objective": QT_TRANSLATE_NOOP("Vocabulary", "objetivo compartido"),
        "component_id": QT_TRANSLATE_NOOP("Vocabulary", "componente"),
        "due_date": QT_TRANSLATE_NOOP("Vocabulary", "fecha límite"),
        "status": QT_TRANSLATE_NOOP("Vocabulary", "estado"),
        "progress": QT_TRANSLATE_NOOP("Vocabulary", "avance"),
        "arrival_time": QT_TRANSLATE_NOOP("Vocabulary", "hora de llegada"),
        "name": QT_TRANSLATE_NOOP("Vocabulary", "nombre"),
        "sector": QT_TRANSLATE_NOOP("Vocabulary", "sector"),
        "nit": QT_TRANSLATE_NOOP("Vocabulary", "NIT"),
        "is_model_ally": QT_TRANSLATE_NOOP("Vocabulary", "aliada del modelo"),
        "model_transfer_date": QT_TRANSLATE_NOOP("Vocabulary", "fecha de transferencia"),
        "lead_organization_id": QT_TRANSLATE_NOOP("Vocabulary", "organización líder"),
        "start_date": QT_TRANSLATE_NOOP("Vocabulary", "fecha de inicio"),
        "end_date": QT_TRANSLATE_NOOP("Vocabulary", "fecha de cierre"),
        "description": QT_TRANSLATE_NOOP("Vocabulary", "descripción"),
        "role": QT_TRANSLATE_NOOP("Vocabulary", "papel"),
        "purpose": QT_TRANSLATE_NOOP("Vocabulary", "propósito"),
        "kind": QT_TRANSLATE_NOOP("Vocabulary", "tipo"),
    },
}


def word(kind: str, code: str | None) -> str:
    """The word for `code` of `kind` in the current language; "" for None, the code itself
    when unknown (a newer app may have written it)."""
    if code is None:
        return ""
    source = _WORDS[kind].get(code)
    return code if source is None else QCoreApplication.translate(_CONTEXT, source)


def knows(kind: str, code: str) -> bool:
    """Whether `code` is one of the codes of `kind` this app has a word for."""
    return code in _WORDS[kind]


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
