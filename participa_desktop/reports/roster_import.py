"""Import a roster (.xlsx, first sheet) into the registry: people already registered with
the same document are updated with the roster's non-empty values, the others registered;
every row that cannot be imported is reported with its row number and the reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.folding import fold
from ..core.models import DocumentType, EthnicGroup, Organization, Participant, Territory
from ..core.services import participants
from ..core.validation import (
    ValidationError,
    normalize_document,
    normalize_phone,
    parse_date,
)
from .roster_headers import HEADER_SEARCH_ROWS, find_header_row

#: The privacy notice version recorded when the roster does not say (the app's default).
DEFAULT_NOTICE_VERSION = "2024-1"

_GENDERS = {
    "female": ("f", "fem", "femenino", "mujer", "female", "woman", "w"),
    "male": ("m", "masc", "masculino", "hombre", "male", "man", "h"),
    "non_binary": ("nb", "no binario", "no binaria", "non binary", "nonbinary"),
    "other": ("otro", "otra", "other"),
    "undisclosed": ("prefiere no decir", "no informa", "no responde", "undisclosed",
                    "prefer not to say", "ns nr", "nsnr"),
}
_GENDER_BY_WORD = {word: code for code, words in _GENDERS.items() for word in words}

_ETHNIC_WORDS = {
    "indigena": ("indigena", "indigenous"),
    "gitano": ("gitano", "gitana", "rrom", "rom", "roma"),
    "raizal": ("raizal",),
    "palenquero": ("palenquero", "palenquera"),
    "afro": ("afro", "negro", "negra", "mulato", "mulata", "afrodescendiente",
             "afrocolombiano", "afrocolombiana", "black"),
    "ninguno": ("ninguno", "ninguna", "ningun", "no", "mestizo", "mestiza", "none",
                "blanco", "blanca", "n a", "na"),
}

_YES = {"si", "s", "x", "yes", "y", "1", "true", "verdadero", "autoriza"}
_NO = {"no", "n", "0", "false", "falso", "no autoriza"}

#: Lower-case words that start a compound surname ("de la Hoz", "del Río").
_PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "van", "von", "san", "mc"}


class RosterError(Exception):
    """The file cannot be read as a roster (not a workbook, no header row). Spanish text."""


@dataclass(frozen=True)
class ConsentDefaults:
    """The consent to record for rows of a roster without consent columns: the paper
    roster carried people's signed authorisation on `date`."""

    date: dt.date
    channel: str = "signed_paper"
    notice_version: str = DEFAULT_NOTICE_VERSION


@dataclass(frozen=True)
class RowProblem:
    """A roster row that was not imported: its row number in the sheet and why."""

    row: int
    name: str
    document: str
    reason: str


@dataclass
class ImportResult:
    registered: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    def describe(self, report: Path | None = None) -> str:
        text = (f"{self.registered} registradas, {self.updated} actualizadas, "
                f"{self.unchanged} sin cambios, {len(self.problems)} con problemas")
        if self.problems and report is not None:
            text += f": vea {report}"
        return text + "."


@dataclass(frozen=True)
class RosterRow:
    """One data row of the roster: its row number and the raw cells by roster field."""

    number: int
    cells: dict[str, Any]


def read_roster(path: Path) -> Iterator[RosterRow]:
    """The non-empty data rows of the first sheet, below its header row. Raises RosterError
    when the file is not a readable workbook or has no recognisable header row."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not Path(path).is_file():
        raise RosterError(f"No existe el archivo «{path}».")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise RosterError(f"«{path}» no es un libro de Excel (.xlsx) que se pueda leer. "
                          "Guárdelo como «Libro de Excel (.xlsx)» e inténtelo de nuevo.") from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        top = [row for _, row in zip(range(HEADER_SEARCH_ROWS), rows, strict=False)]
        found = find_header_row(top)
        if found is None:
            raise RosterError(
                f"No se encontró la fila de títulos en las primeras {HEADER_SEARCH_ROWS} filas "
                "de la primera hoja de «" + str(path) + "» (por ejemplo «Nombres», "
                "«Apellidos», «Número de documento»).")
        position, columns = found
        if "given_names" not in columns or not {"surnames", "first_surname"} & set(columns):
            raise RosterError("La lista necesita una columna «Nombres» y una «Apellidos» "
                              "(o «Primer apellido»).")
        numbered = [*enumerate(top, start=1)][position + 1:]
        later = enumerate(rows, start=len(top) + 1)
        for number, row in (*numbered, *later):
            cells = {name: row[i] if i < len(row) else None for name, i in columns.items()}
            if any(_present(value) for value in cells.values()):
                yield RosterRow(number, cells)
    finally:
        book.close()


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def _text(value: Any) -> str | None:
    """Cell text: numbers Excel stored for digits (1144123456.0) back to "1144123456"."""
    if not _present(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def _date(value: Any) -> Any:
    """A date from a datetime, an Excel serial or text (left to the core to check)."""
    from openpyxl.utils.datetime import from_excel

    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return from_excel(value).date()
        except (ValueError, OverflowError, TypeError):
            return str(value)
    text = _text(value)
    try:
        return parse_date(text) if text is not None else None
    except ValueError:
        return text  # the core explains the format


def split_surnames(text: str) -> tuple[str, str | None]:
    """First and second surname of "Ibargüen Núñez", "de la Hoz Pérez" (particles stay
    with the word they introduce)."""
    groups: list[list[str]] = []
    pending: list[str] = []
    for word in text.split():
        pending.append(word)
        if word.lower() not in _PARTICLES:
            groups.append(pending)
            pending = []
    if pending:
        if groups:
            groups[-1].extend(pending)
        else:
            groups.append(pending)
    first = " ".join(groups[0])
    second = " ".join(" ".join(g) for g in groups[1:]) or None
    return first, second


class _Lookups:
    """Names of reference rows and organisations, folded, read once per import."""

    def __init__(self, session: Session) -> None:
        self.document_types: dict[str, str] = {}
        for type_id, code, name in session.execute(
            select(DocumentType.id, DocumentType.code, DocumentType.name)
            .where(DocumentType.for_organizations.is_(False))
        ):
            self.document_types[fold(code).replace(" ", "")] = type_id
            self.document_types[fold(name).replace(" ", "")] = type_id
        self.default_document_type = self.document_types["cc"]
        self.ethnic: dict[str, str] = dict(
            session.execute(select(EthnicGroup.code, EthnicGroup.id)).tuples().all())
        self.organizations: dict[str, list[str]] = {}
        for org_id, name in session.execute(
            select(Organization.id, Organization.name).where(Organization.deleted.is_(False))
        ):
            self.organizations.setdefault(fold(name), []).append(org_id)
        self.territories: dict[str, list[str]] = {}
        for t_id, dane, name, department in session.execute(
            select(Territory.id, Territory.dane_code, Territory.name, Territory.department)
        ):
            self.territories.setdefault(fold(name), []).append(t_id)
            self.territories.setdefault(fold(name, department), []).append(t_id)
            self.territories.setdefault(dane, []).append(t_id)


def _row_values(row: RosterRow, look: _Lookups) -> tuple[dict[str, Any], dict[str, str]]:
    """The participant values a row gives, and its problems (field → Spanish message)."""
    cells, values, problems = row.cells, {}, {}
    values["given_names"] = _text(cells.get("given_names"))
    if _present(cells.get("first_surname")):
        values["first_surname"] = _text(cells["first_surname"])
        values["second_surname"] = _text(cells.get("second_surname"))
    elif _present(cells.get("surnames")):
        values["first_surname"], values["second_surname"] = split_surnames(
            _text(cells["surnames"]) or "")
    number = _text(cells.get("document_number"))
    if number is not None:
        values["document_number"] = normalize_document(number)
        kind = _text(cells.get("document_type"))
        type_id = (look.default_document_type if kind is None
                   else look.document_types.get(fold(kind).replace(" ", "")))
        if type_id is None:
            problems["document_type_id"] = f"No se reconoce el tipo de documento «{kind}»."
        values["document_type_id"] = type_id
    phone = _text(cells.get("phone"))
    if phone is not None:
        values["phone"] = normalize_phone(phone) or phone
    email = _text(cells.get("email"))
    if email is not None:
        values["email"] = email.lower()
    gender = _text(cells.get("gender"))
    if gender is not None:
        values["gender"] = _GENDER_BY_WORD.get(fold(gender))
        if values["gender"] is None:
            problems["gender"] = f"No se reconoce el sexo o género «{gender}»."
    if _present(cells.get("birth_date")):
        values["birth_date"] = _date(cells["birth_date"])
    ethnic = _text(cells.get("ethnic_group"))
    if ethnic is not None:
        words = set(fold(ethnic).split()) | {fold(ethnic)}
        codes = [code for code, keys in _ETHNIC_WORDS.items() if words & set(keys)]
        if codes:
            values["ethnic_group_id"] = look.ethnic.get(codes[0])
        else:
            problems["ethnic_group_id"] = f"No se reconoce la autoidentificación étnica «{ethnic}»."
    _reference(cells, "organization", look.organizations, values, problems,
               "organization_id", "La organización «{}» no está registrada.")
    _reference(cells, "territory", look.territories, values, problems,
               "territory_id", "No se encuentra el municipio «{}» (escriba «Municipio, "
               "Departamento» si hay varios con ese nombre).")
    return {k: v for k, v in values.items() if v is not None or k == "second_surname"}, problems


def _reference(cells: dict[str, Any], column: str, index: dict[str, list[str]],
               values: dict[str, Any], problems: dict[str, str], field_name: str,
               message: str) -> None:
    text = _text(cells.get(column))
    if text is None:
        return
    ids = index.get(fold(text), [])
    if len(ids) == 1:
        values[field_name] = ids[0]
    else:
        problems[field_name] = message.format(text)


def _consent(row: RosterRow, defaults: ConsentDefaults | None
             ) -> tuple[dict[str, Any], str | None]:
    """The consent values for a new person, or the reason there are none."""
    cells = row.cells
    if "consent" not in cells and "consent_date" not in cells:
        if defaults is None:
            return {}, ("La lista no trae la autorización de tratamiento de datos (Ley 1581 "
                        "de 2012); si la lista en papel la llevaba firmada, impórtela "
                        "indicando la fecha de esa autorización.")
        return {"consent_date": defaults.date, "consent_channel": defaults.channel,
                "consent_notice_version": defaults.notice_version}, None
    answer = _text(cells.get("consent"))
    if answer is not None and fold(answer) in _NO:
        return {}, "La persona no autorizó el tratamiento de sus datos."
    if "consent" in cells and (answer is None or fold(answer) not in _YES):
        return {}, "Falta la autorización de tratamiento de datos (escriba «sí» o «no»)."
    when = _date(cells.get("consent_date")) if _present(cells.get("consent_date")) else None
    if when is None and defaults is not None:
        when = defaults.date
    if when is None:
        return {}, "Falta la fecha de la autorización de tratamiento de datos."
    chosen = defaults or ConsentDefaults(when)
    return {"consent_date": when, "consent_channel": chosen.channel,
            "consent_notice_version": chosen.notice_version}, None


def _existing(session: Session, values: dict[str, Any]) -> Participant | None:
    """The live person with the same document, or (without a document) the one person
    without a document and with the same names."""
    query = select(Participant).where(Participant.deleted.is_(False))
    if values.get("document_number"):
        found = session.scalars(query.where(
            Participant.document_type_id == values.get("document_type_id"),
            Participant.document_number == values["document_number"],
        ).order_by(Participant.id)).first()
        return found
    wanted = fold(values.get("given_names"), values.get("first_surname"),
                  values.get("second_surname"))
    same = [p for p in session.scalars(query.where(
        Participant.document_number.is_(None),
        Participant.first_surname == values.get("first_surname"))) if
        fold(p.given_names, p.first_surname, p.second_surname) == wanted]
    return same[0] if len(same) == 1 else None


def import_roster(session: Session, path: Path,
                  consent: ConsentDefaults | None = None) -> ImportResult:
    """Import the roster at `path` in the caller's unit of work (valid rows are written,
    the others listed in the result; the caller commits). Raises RosterError (nothing
    written) when the file is not a readable roster."""
    look = _Lookups(session)
    result = ImportResult()
    for row in read_roster(path):
        values, problems = _row_values(row, look)
        name = " ".join(filter(None, (values.get("given_names"), values.get("first_surname"),
                                      values.get("second_surname"))))
        document = values.get("document_number") or ""

        def reject(reason: str, row: RosterRow = row, name: str = name,
                   document: str = document) -> None:
            result.problems.append(RowProblem(row.number, name, document, reason))

        if problems:
            reject(" ".join(problems.values()))
            continue
        try:
            person = _existing(session, values)
            if person is None:
                extra, reason = _consent(row, consent)
                if reason is not None:
                    reject(reason)
                    continue
                participants.register_participant(session, {**values, **extra})
                result.registered += 1
                continue
            changes = _changes(person, values)
            if changes:
                participants.update_participant(session, person.id, changes)
                result.updated += 1
            else:
                result.unchanged += 1
        except ValidationError as error:
            reject(str(error))
    return result


def _changes(person: Participant, values: dict[str, Any]) -> dict[str, Any]:
    """The roster's non-empty values that differ from the stored person (consent is
    never changed by an import)."""
    changes = {}
    for name, value in values.items():
        if value is None or value == "":
            continue
        if name == "birth_date" and not isinstance(value, dt.date):
            changes[name] = value  # unreadable text: the core explains the format
            continue
        if getattr(person, name) != value:
            changes[name] = value
    return changes


def problems_path(roster: Path) -> Path:
    """Where the list of rows not imported goes: `<roster>-errores.xlsx` beside it."""
    return roster.with_name(f"{roster.stem}-errores.xlsx")


def write_problems(problems: Sequence[RowProblem], out: Path) -> None:
    """The rows not imported as a small workbook a coordinator can open and fix from."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Filas no importadas")
    sheet.append(["Fila", "Nombre", "Documento", "Motivo"])
    for problem in problems:
        sheet.append([problem.row, problem.name, problem.document, problem.reason])
    book.save(out)

