"""The attendance list of one workshop as an Excel workbook: a heading block (what, when,
where, who facilitated, how many came), then one row per person of the workshop's roster.

Pure code (no Qt). The workbook is written in openpyxl's write-only mode, row by row, to a
temporary file beside the destination that replaces it only when complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..core import labels
from ..core.models import Attendance, Participant, Workshop
from ..core.services import NotFound, attendance, workshops
from .xlsx import (
    BOLD,
    DATE_FORMAT,
    TIME_FORMAT,
    TITLE,
    ExportError,  # noqa: F401  (re-exported: callers catch it from here)
    cell,
    check_destination,
    header_row,
    replace_when_complete,
    set_widths,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

SHEET_TITLE = "Asistencia"
TABLE_HEADERS = ("N.º", "Nombres", "Apellidos", "Tipo de documento", "Número de documento",
                 "Organización", "Estado", "Hora de llegada")
COLUMN_WIDTHS = (6, 24, 28, 12, 20, 36, 14, 12)
MIN_PREFIX = 4


@dataclass(frozen=True)
class AttendanceHeading:
    """What the heading block of the list says about the workshop. `municipality` reads
    "Municipio (Departamento)"; `components` are names in the model's order; `present`
    counts the roster's entries marked present."""

    id: str
    title: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    place: str | None
    municipality: str | None
    implementation: str | None
    components: tuple[str, ...]
    facilitators: str | None
    present: int


@dataclass(frozen=True)
class AttendanceLine:
    """One row of the table: a roster entry with the names split as the registry keeps
    them (`surnames`: first and second surname). `status` is the code."""

    number: int
    given_names: str
    surnames: str
    document_type_code: str | None
    document_number: str | None
    organization_name: str | None
    status: str
    arrival_time: dt.time | None


def resolve_workshop(session: Session, typed: str) -> str:
    """The id of the live workshop `typed` names: its whole id, or (with at least
    MIN_PREFIX characters) the start of exactly one live workshop's id. NotFound (Spanish)
    otherwise, also when the prefix is shared by several workshops."""
    typed = typed.strip()
    exact = session.scalar(
        select(Workshop.id).where(Workshop.id == typed, Workshop.deleted.is_(False)))
    if exact is not None:
        return exact
    if len(typed) >= MIN_PREFIX:
        found = list(session.scalars(
            select(Workshop.id)
            .where(Workshop.id.startswith(typed, autoescape=True), Workshop.deleted.is_(False))
            .limit(2)))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise NotFound(f"Varios talleres tienen un id que empieza por «{typed}»; "
                           "escriba más caracteres del id.")
    raise NotFound(f"No se encontró el taller «{typed}» (puede haber sido eliminado).")


def attendance_heading(session: Session, workshop_id: str) -> AttendanceHeading:
    """The heading of a live workshop's list; NotFound (Spanish) when it is gone."""
    record, _components = workshops.get_workshop(session, workshop_id)
    row = workshops.workshop_rows(session, [workshop_id])[workshop_id]
    municipality = row.territory
    if municipality and row.department:
        municipality = f"{municipality} ({row.department})"
    return AttendanceHeading(
        id=row.id, title=row.title, date=row.date, start_time=row.start_time,
        end_time=row.end_time, place=row.place, municipality=municipality,
        implementation=row.implementation, components=row.components,
        facilitators=record.facilitators,
        present=attendance.present_count(session, workshop_id),
    )


def attendance_lines(session: Session, workshop_id: str) -> list[AttendanceLine]:
    """The workshop's roster (`attendance.roster`: same people, same order), numbered from
    1, with given names and surnames apart. Two queries."""
    names = {
        pid: (given or "", " ".join(part for part in (first, second) if part))
        for pid, given, first, second in session.execute(
            select(Participant.id, Participant.given_names, Participant.first_surname,
                   Participant.second_surname)
            .join(Attendance, and_(Attendance.participant_id == Participant.id,
                                   Attendance.workshop_id == workshop_id))
        ).tuples()
    }
    return [
        AttendanceLine(
            number=number,
            given_names=names.get(entry.participant_id, ("", ""))[0],
            surnames=names.get(entry.participant_id, ("", ""))[1],
            document_type_code=entry.document_type_code,
            document_number=entry.document_number,
            organization_name=entry.organization_name,
            status=entry.status,
            arrival_time=entry.arrival_time,
        )
        for number, entry in enumerate(attendance.roster(session, workshop_id), start=1)
    ]


def export_attendance(session: Session, workshop_id: str, out: Path) -> int:
    """Write the attendance list of the live workshop `workshop_id` to `out` (.xlsx) and
    return the number of people listed. Raises NotFound or ExportError (Spanish) before
    anything is written; an existing `out` is replaced only by a complete workbook."""
    check_destination(out)
    heading = attendance_heading(session, workshop_id)
    lines = attendance_lines(session, workshop_id)
    replace_when_complete(out, lambda path: write_workbook(heading, lines, path))
    return len(lines)


# --- The workbook ------------------------------------------------------------------------

def write_workbook(heading: AttendanceHeading, lines: Sequence[AttendanceLine],
                   path: Path) -> None:
    """Stream the heading block and the table to a new workbook at `path`."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET_TITLE)
    set_widths(sheet, COLUMN_WIDTHS)
    for row in _rows(sheet, heading, lines):
        sheet.append(row)
    book.save(path)


def _rows(sheet: WriteOnlyWorksheet, heading: AttendanceHeading,
          lines: Sequence[AttendanceLine]) -> Iterator[list[Any]]:
    yield [cell(sheet, "Lista de asistencia", TITLE)]
    fields: list[tuple[str, Any, str | None]] = [
        ("Taller", heading.title, None),
        ("Fecha", heading.date, DATE_FORMAT),
        ("Hora de inicio", heading.start_time, TIME_FORMAT),
        ("Hora de cierre", heading.end_time, TIME_FORMAT),
        ("Lugar", heading.place, None),
        ("Municipio", heading.municipality, None),
        ("Implementación", heading.implementation, None),
        ("Componentes", ", ".join(heading.components) or None, None),
        ("Facilitadores", heading.facilitators, None),
        ("Asistentes (presentes)", heading.present, "0"),
    ]
    for label, value, number_format in fields:
        yield [cell(sheet, label, BOLD), None,
               cell(sheet, value, number_format=number_format)]
    yield []
    yield header_row(sheet, TABLE_HEADERS)
    for line in lines:
        yield [
            line.number,
            line.given_names,
            line.surnames,
            line.document_type_code,
            # Text, so that leading zeros and long numbers survive as typed.
            cell(sheet, line.document_number, number_format="@"),
            line.organization_name,
            labels.ATTENDANCE_STATUS.get(line.status, line.status),
            cell(sheet, line.arrival_time, number_format=TIME_FORMAT),
        ]
