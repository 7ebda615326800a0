"""Checks of what people type, with messages a facilitator understands (Spanish).

`Problems` collects one message per field; services raise `ValidationError` with all of
them at once, before anything is written. The format rules for Colombian documents,
phones and e-mails live here so the UI can reuse them while a person types.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Time

from .models import Replicated

FIELD_LABELS = {
    "name": "el nombre",
    "title": "el título",
    "text": "el texto",
    "purpose": "el propósito",
    "sector": "el sector",
    "nit": "el NIT",
    "email": "el correo",
    "phone": "el teléfono",
    "given_names": "los nombres",
    "first_surname": "el primer apellido",
    "second_surname": "el segundo apellido",
    "document_type_id": "el tipo de documento",
    "document_number": "el número de documento",
    "gender": "el género",
    "birth_date": "la fecha de nacimiento",
    "birth_year": "el año de nacimiento",
    "ethnic_group_id": "la autoidentificación étnica",
    "disability": "la discapacidad",
    "organization_id": "la organización",
    "territory_id": "el municipio",
    "consent_date": "la fecha de la autorización",
    "consent_channel": "el medio de la autorización",
    "consent_notice_version": "la versión del aviso de privacidad",
    "guardian_name": "el nombre del acudiente",
    "date": "la fecha",
    "start_time": "la hora de inicio",
    "end_time": "la hora de cierre",
    "place": "el lugar",
    "modality": "la modalidad",
    "implementation_id": "la implementación",
    "workshop_id": "el taller",
    "participant_id": "el participante",
    "status": "el estado",
    "arrival_time": "la hora de llegada",
    "due_date": "la fecha límite",
    "progress": "el avance",
    "component_id": "el componente",
    "responsible_organization_id": "la organización responsable",
    "responsible_person": "la persona responsable",
    "agreement_id": "el acuerdo",
    "kind": "el tipo",
    "start_date": "la fecha de inicio",
    "end_date": "la fecha de cierre",
    "lead_organization_id": "la organización líder",
    "new_status": "el nuevo estado",
    "new_progress": "el nuevo avance",
    "model_transfer_date": "la fecha de transferencia",
}


def label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


class ValidationError(ValueError):
    """Input that cannot be saved. `problems` maps each field to its Spanish message."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__(" ".join(self.problems.values()))


class Problems:
    """One message per field, the first one found."""

    def __init__(self) -> None:
        self.by_field: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.by_field.setdefault(field, message)

    def __contains__(self, field: str) -> bool:
        return field in self.by_field

    def raise_if_any(self) -> None:
        if self.by_field:
            raise ValidationError(self.by_field)


def clean_values(
    model: type[Replicated], values: Mapping[str, Any], problems: Problems
) -> dict[str, Any]:
    """Values converted to the column types: text stripped (empty means none), dates from
    ISO text (aaaa-mm-dd) or dd/mm/aaaa, times from hh:mm, whole numbers, yes/no.

    Fields the model does not have, and bookkeeping columns, are reported as problems.
    """
    converters = _converters(model)
    clean: dict[str, Any] = {}
    for field, value in values.items():
        convert = converters.get(field)
        if convert is None:
            problems.add(field, f"«{field}» no es un dato que se pueda guardar aquí.")
            continue
        if isinstance(value, str):
            value = _tidy(value, model.__table__.columns[field].type)
        if value is None:
            clean[field] = None
            continue
        try:
            clean[field] = convert(value)
        except (TypeError, ValueError) as error:
            kind = model.__table__.columns[field].type
            problems.add(field, _format_message(field, kind, isinstance(error, TypeError)))
    return clean


def _tidy(text: str, kind: Any) -> str | None:
    """Short texts lose repeated spaces; long ones (notes, agreements) keep their lines."""
    if getattr(kind, "length", None) is None:
        return text.strip() or None
    return " ".join(text.split()) or None


@cache
def _converters(model: type[Replicated]) -> dict[str, Callable[[Any], Any]]:
    """For each field a person may set, the function that turns input into its type."""
    columns = model.__table__.columns
    return {
        name: _converter(columns[name].type)
        for name in (*model.versioned_columns, *model.immutable_columns)
    }


def _converter(kind: Any) -> Callable[[Any], Any]:
    if isinstance(kind, Date):
        return _to_date
    if isinstance(kind, Time):
        return _to_time
    if isinstance(kind, Boolean):
        return _to_bool
    if isinstance(kind, Integer):
        return _to_int
    length = getattr(kind, "length", None)

    def to_text(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(value)
        if length is not None and len(value) > length:
            raise ValueError(value)
        return value

    return to_text


def _to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date(str(value))


def _to_time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    return dt.time.fromisoformat(str(value)).replace(second=0, microsecond=0)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise ValueError(value)


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(value)
    return int(value)


def _format_message(field: str, kind: Any, wrong_type: bool = False) -> str:
    if isinstance(kind, Date):
        return f"Escriba {label(field)} como dd/mm/aaaa (por ejemplo 23/11/2026)."
    if isinstance(kind, Time):
        return f"Escriba {label(field)} como hh:mm (por ejemplo 14:30)."
    if isinstance(kind, Integer):
        return f"{label(field).capitalize()} debe ser un número entero."
    if isinstance(kind, Boolean):
        return f"{label(field).capitalize()} debe ser sí o no."
    length = getattr(kind, "length", None)
    if length is not None and not wrong_type:
        return f"{label(field).capitalize()} es demasiado largo (máximo {length} caracteres)."
    return f"{label(field).capitalize()} no es válido."


def parse_date(text: str) -> dt.date:
    """A date from `aaaa-mm-dd` or `dd/mm/aaaa` (also with `-` or `.`); ValueError if not."""
    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if match:
        day, month, year = (int(part) for part in match.groups())
        return dt.date(year, month, day)
    return dt.date.fromisoformat(text)


def require(values: Mapping[str, Any], problems: Problems, *fields: str) -> None:
    for field in fields:
        if values.get(field) is None:
            problems.add(field, f"Falta {label(field)}.")


def one_of(
    values: Mapping[str, Any],
    problems: Problems,
    field: str,
    allowed: tuple[str, ...],
    labels: Mapping[str, str],
) -> None:
    value = values.get(field)
    if value is not None and value not in allowed:
        choices = ", ".join(labels.get(a, a) for a in allowed)
        problems.add(field, f"{label(field).capitalize()} debe ser uno de: {choices}.")


def date_in_range(
    values: Mapping[str, Any],
    problems: Problems,
    field: str,
    *,
    earliest: dt.date,
    latest: dt.date,
) -> None:
    value = values.get(field)
    if value is None:
        return
    if value > latest:
        problems.add(
            field, f"{label(field).capitalize()} no puede ser posterior al {latest:%d/%m/%Y}."
        )
    elif value < earliest:
        problems.add(
            field, f"{label(field).capitalize()} no puede ser anterior al {earliest:%d/%m/%Y}."
        )


def not_before(values: Mapping[str, Any], problems: Problems, later: str, earlier: str) -> None:
    first, second = values.get(earlier), values.get(later)
    if first is not None and second is not None and second < first:
        problems.add(
            later, f"{label(later).capitalize()} no puede ser anterior a {label(earlier)}."
        )


# ---- Colombian documents, phones, e-mail -------------------------------------------------

DOCUMENT_RULES: dict[str, tuple[str, str]] = {
    "CC": (r"[1-9]\d{2,9}", "La cédula de ciudadanía tiene de 3 a 10 dígitos, sin puntos."),
    "TI": (r"\d{10,11}", "La tarjeta de identidad tiene 10 u 11 dígitos."),
    "CE": (r"\d{4,10}", "La cédula de extranjería tiene de 4 a 10 dígitos."),
    "PPT": (r"\d{4,10}", "El Permiso por Protección Temporal tiene de 4 a 10 dígitos."),
    "PA": (r"[A-Z0-9]{5,12}", "El pasaporte tiene de 5 a 12 letras o dígitos."),
    "RC": (r"[A-Z0-9]{7,11}", "El registro civil tiene de 7 a 11 letras o dígitos."),
    "NIT": (r"\d{9}-?\d", "El NIT tiene 9 dígitos y el dígito de verificación (900123456-7)."),
}

#: Documents of children: their holders need a guardian's consent.
MINOR_DOCUMENTS = ("TI", "RC")


def normalize_document(number: str) -> str:
    """Upper case, without the spaces, dots and commas people type in (1.234.567 → 1234567)."""
    return re.sub(r"[\s.,]", "", number).upper()


def document_problem(type_code: str, number: str) -> str | None:
    """The message for a document number that does not fit its type, or None."""
    rule = DOCUMENT_RULES.get(type_code)
    if rule is None:
        return None
    pattern, message = rule
    if not re.fullmatch(pattern, number):
        return message
    if type_code == "NIT" and not nit_check_digit_ok(number):
        return "El dígito de verificación del NIT no corresponde. Revise el número."
    return None


_NIT_WEIGHTS = (41, 37, 29, 23, 19, 17, 13, 7, 3)


def nit_check_digit_ok(nit: str) -> bool:
    """DIAN's check digit (módulo 11) of a 9-digit NIT written as 9 digits + digit."""
    digits = nit.replace("-", "")
    body, given = digits[:-1], int(digits[-1])
    total = sum(int(d) * w for d, w in zip(body, _NIT_WEIGHTS, strict=True))
    remainder = total % 11
    expected = remainder if remainder < 2 else 11 - remainder
    return given == expected


def normalize_phone(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if len(digits) == 12 and digits.startswith("57"):
        digits = digits[2:]
    return digits


def phone_problem(phone: str) -> str | None:
    if re.fullmatch(r"3\d{9}|60\d{8}", phone):
        return None
    return "El teléfono debe tener 10 dígitos: un celular (3XX XXX XXXX) o un fijo (60X XXX XXXX)."


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")


def email_problem(email: str) -> str | None:
    if _EMAIL.fullmatch(email):
        return None
    return "El correo no parece válido (debe ser como nombre@dominio.com)."


def check_contact(values: dict[str, Any], problems: Problems) -> None:
    """Normalise and check `phone` and `email` in place."""
    if values.get("phone") is not None:
        values["phone"] = normalize_phone(values["phone"])
        message = phone_problem(values["phone"])
        if message:
            problems.add("phone", message)
    if values.get("email") is not None:
        values["email"] = values["email"].lower()
        message = email_problem(values["email"])
        if message:
            problems.add("email", message)


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))
