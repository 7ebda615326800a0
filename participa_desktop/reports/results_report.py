"""The results report: one workbook for partners and funders with a summary sheet
("Resumen", figures and native charts) and data sheets (Talleres, Asistencia, Personas,
Acuerdos, Seguimientos), for a period, an implementation or an organisation.

    outcome = write_results_report(store, Path("informe.xlsx"), ReportScope(...),
                                   personal=False, progress=print_progress)

Pure code (no Qt); safe to run on a worker thread (it opens its own read session). The
workbook is written in openpyxl's write-only mode, streamed from one read transaction (a
consistent snapshot even while the app keeps writing), to a temporary file that replaces
`out` only when complete. Memory stays flat whatever the number of rows: what it keeps
grows only with the people reached (a small record each, for the summary and the people
sheet: about 150 MB in all with 100,000 people and 500,000 attendance entries).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core.models import Implementation, Organization
from ..core.store import Store
from . import results_sheets
from .reach_tally import PeopleTally, ReachTally
from .report_scope import ReportScope, check_scope
from .results_sheets import DataSheet
from .results_summary import SHEET_TITLE, SummarySheet, read_summary
from .xlsx import (
    cell,
    check_destination,
    header_row,
    landscape_fit_to_width,
    replace_when_complete,
    set_widths,
)

#: progress(what, done, total): `what` is a Spanish phrase, `done`/`total` rows written.
Progress = Callable[[str, int, int], None]
#: How often (in data rows) progress is reported and cancellation checked.
STEP = 5000


class ReportCancelled(Exception):
    """The report was cancelled; nothing was written (an existing file is untouched)."""


@dataclass
class ReportOutcome:
    """What was written: rows per data sheet, and the summary's headline figures."""

    out: Path
    rows: dict[str, int] = field(default_factory=dict)
    workshops: int = 0
    people: int = 0
    attendances: int = 0

    def describe(self) -> str:
        sheets = ", ".join(f"{title}: {count}" for title, count in self.rows.items())
        return (f"Informe de resultados → {self.out}\n"
                f"{self.workshops} talleres, {self.attendances} asistencias, "
                f"{self.people} personas únicas. Hojas de datos: {sheets}.")


def _heading(session: Session, scope: ReportScope, personal: bool,
             today: dt.date) -> list[tuple[str, str]]:
    def name(model: Any, record_id: str | None) -> str | None:
        return session.scalar(select(model.name).where(model.id == record_id)) \
            if record_id else None

    lines = [("Periodo", scope.describe())]
    if scope.implementation_id:
        lines.append(("Implementación", name(Implementation, scope.implementation_id) or ""))
    if scope.organization_id:
        lines.append(("Organización", name(Organization, scope.organization_id) or ""))
    lines.append(("Generado el", f"{today:%d/%m/%Y}"))
    lines.append(("Datos personales", "incluidos (manéjelos según la Ley 1581 de 2012)"
                  if personal else "no incluidos: cada persona aparece con un código estable"))
    return lines


def write_results_report(store: Store, out: Path, scope: ReportScope | None = None,
                         personal: bool = False, progress: Progress | None = None,
                         cancelled: Callable[[], bool] | None = None,
                         today: dt.date | None = None) -> ReportOutcome:
    """Write the results report of `scope` to `out` (.xlsx).

    Raises ExportError or ScopeError (Spanish) before anything is written, and
    ReportCancelled when `cancelled()` turned true (checked every `STEP` rows). `personal`
    adds names, documents, phones and the like (see `results_sheets`). `today` decides
    which agreements are overdue and the year ages are reckoned in (when the period has
    no end)."""
    check_destination(out)
    scope = scope or ReportScope()
    today = today or dt.date.today()
    report = progress or (lambda what, done, total: None)
    stop = cancelled or (lambda: False)
    outcome = ReportOutcome(out)
    with store.reading() as session:
        check_scope(session, scope)
        report("Preparando el informe…", 0, 0)
        reach, people = ReachTally(session, scope), PeopleTally(session)
        numbers: dict[str, int] = {}
        sheets = [
            results_sheets.workshops_sheet(session, scope, personal),
            *results_sheets.attendance_and_people_sheets(
                session, scope, personal, (scope.date_to or today).year, reach, people.person),
            results_sheets.agreements_sheet(session, scope, personal, today, numbers),
            results_sheets.follow_ups_sheet(session, scope, numbers),
        ]

        def write(path: Path) -> None:
            book = Workbook(write_only=True)
            summary_sheet = book.create_sheet(SHEET_TITLE)  # first tab, written last
            # Sizes are upper bounds (see DataSheet): the total only shrinks, to the rows
            # written in the end, so the share done never goes back.
            total = sum(sheet.size for sheet in sheets)
            done = 0
            for sheet in sheets:
                _check(stop)
                expected = sheet.size if sheet.settled_size is None else sheet.settled_size()
                total -= sheet.size - expected
                written = _write_sheet(book, sheet, done, total, report, stop)
                outcome.rows[sheet.title] = written
                total -= expected - written
                done += written
            _check(stop)
            report("Escribiendo el resumen y sus gráficos…", total, total)
            summary = read_summary(session, scope, _heading(session, scope, personal, today),
                                   today, reach, people)
            SummarySheet(summary_sheet, personal).write(summary)
            outcome.workshops = summary.totals.workshops
            outcome.people = summary.totals.people
            outcome.attendances = summary.totals.attendances
            report("Guardando el libro…", total, total)
            book.save(path)

        replace_when_complete(out, write)
    return outcome


def _write_sheet(book: Workbook, data: DataSheet, before: int, total: int,
                 report: Progress, stop: Callable[[], bool]) -> int:
    """Stream `data` into a new sheet of `book`; the number of data rows written.

    A write-only sheet writes a row out when it is appended, so one styled cell per
    formatted column serves every row (its value set anew each time): a new cell with its
    own number format per date would cost a few seconds on 500,000 rows."""
    sheet = book.create_sheet(data.title)
    set_widths(sheet, data.widths)
    sheet.freeze_panes = "A2"
    landscape_fit_to_width(sheet, repeat_first_row=True)
    sheet.append(header_row(sheet, data.headers))
    what = f"Escribiendo la hoja «{data.title}»…"
    report(what, before, total)
    styled = [(index, cell(sheet, None, number_format=number_format))
              for index, number_format in data.formats]
    count = 0
    for row in data.rows:
        for index, formatted in styled:
            value = row[index]
            if value is not None:
                formatted.value = value
                row[index] = formatted
        sheet.append(row)
        count += 1
        if count % STEP == 0:
            _check(stop)
            report(what, before + count, total)
    if count:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(data.headers))}{count + 1}"
    return count


def _check(stop: Callable[[], bool]) -> None:
    if stop():
        raise ReportCancelled("Se canceló el informe; no se escribió ningún archivo.")
