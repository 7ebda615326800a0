"""The summary sheet of the results report ("Resumen"): the program's figures in the shape
Participa+ reports them (reach by component, territory and month; who was reached;
agreements and the overdue ones; alliances by sector; allies; milestones; knowledge), each
section a small table, most with a native Excel chart beside it that reads the table's
cells. Pure code (no Qt); the figures come from `figures` and `program_figures`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from sqlalchemy.orm import Session

from . import program_figures
from .figures import ReachRow, Share
from .program_figures import Ally, Note, OverdueAgreement, SectorCount, StatusCount
from .reach_tally import PeopleTally, ReachTally
from .report_scope import ReportScope
from .xlsx import (
    BOLD,
    DATE_FORMAT,
    SUBTITLE,
    TITLE,
    cell,
    header_row,
    landscape_fit_to_width,
    set_widths,
)

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

SHEET_TITLE = "Resumen"
#: Rows a chart covers (7.5 cm at the default row height); sections with a chart leave at
#: least this many rows so that charts never overlap the next section.
CHART_ROWS = 16
CHART_COLUMN = "H"
REACH_HEADERS = ("Talleres", "Presenciales", "Virtuales o híbridos", "Asistencias",
                 "Personas únicas")


@dataclass(frozen=True)
class Summary:
    """Every figure of the summary sheet, read in one go."""

    heading: tuple[tuple[str, str], ...]
    totals: ReachRow
    by_component: list[ReachRow]
    by_territory: list[ReachRow]
    by_month: list[ReachRow]
    by_gender: list[Share]
    by_age: list[Share]
    by_ethnicity: list[Share]
    agreements: list[StatusCount]
    overdue: list[OverdueAgreement]
    alliances: list[SectorCount]
    allies: list[Ally]
    milestones: list[Note]
    knowledge: list[Note]


def read_summary(session: Session, scope: ReportScope, heading: Sequence[tuple[str, str]],
                 today: dt.date, reach: ReachTally, people: PeopleTally) -> Summary:
    """The summary of `scope`: reach and shares from the tallies the data sheets fed
    (complete only once those sheets were written), the rest read here. `heading`: the
    label/value lines shown under the title."""
    return Summary(
        tuple(heading),
        reach.totals(),
        reach.reach_by_component(),
        reach.reach_by_territory(),
        reach.reach_by_month(),
        people.people_by_gender(),
        people.people_by_age_band(),
        people.people_by_ethnicity(),
        program_figures.agreements_by_status(session, scope, today),
        program_figures.overdue_agreements(session, scope, today),
        program_figures.alliances_by_sector(session, scope),
        program_figures.allies(session, scope),
        program_figures.milestones(session, scope),
        program_figures.knowledge_notes(session, scope),
    )


class SummarySheet:
    """Appends the summary's sections to a write-only sheet, keeping count of the row
    being written so that each chart can point at its table."""

    def __init__(self, sheet: WriteOnlyWorksheet, personal: bool) -> None:
        self.sheet = sheet
        self.personal = personal
        self.row = 0  # the last row written (1-based)
        set_widths(sheet, (44, 12, 13, 19, 12, 15, 3))
        landscape_fit_to_width(sheet)

    def append(self, values: Sequence[Any]) -> int:
        self.sheet.append(list(values))
        self.row += 1
        return self.row

    def blank(self, rows: int = 1) -> None:
        for _ in range(rows):
            self.append([])

    def title(self, text: str) -> int:
        self.blank()
        return self.append([cell(self.sheet, text, SUBTITLE)])

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[Any]],
              formats: dict[int, str] | None = None) -> tuple[int, int]:
        """A header row and `rows`; (first data row, last data row)."""
        self.append(header_row(self.sheet, headers))
        first = self.row + 1
        formats = formats or {}
        for values in rows:
            self.append([cell(self.sheet, value, number_format=formats[index])
                         if index in formats else value
                         for index, value in enumerate(values)])
        return first, self.row

    def chart(self, chart: Any, top: int) -> None:
        """Anchor `chart` beside the section starting at row `top`, and pad the section
        so the chart stays clear of the next one."""
        chart.anchor = f"{CHART_COLUMN}{top}"
        self.sheet.add_chart(chart)
        self.blank(max(0, top + CHART_ROWS - self.row))

    def ref(self, column: int, first: int, last: int) -> Reference:
        return Reference(self.sheet, min_col=column, min_row=first, max_row=last)

    # --- sections ---------------------------------------------------------------------

    def write(self, summary: Summary) -> None:
        self.append([cell(self.sheet, "Informe de resultados — Participa+", TITLE)])
        for label, value in summary.heading:
            self.append([cell(self.sheet, label, BOLD), value])
        self.general(summary)
        self.reach("Por componente", "Componente", summary.by_component, 6,
                   "Personas únicas por componente")
        self.reach("Por municipio", "Municipio", summary.by_territory, 5,
                   "Asistencias por municipio")
        self.reach("Por mes", "Mes", summary.by_month, 2, "Talleres por mes")
        self.shares("Personas alcanzadas por género", "Género", summary.by_gender, pie=True)
        self.shares("Personas alcanzadas por rango de edad", "Rango de edad", summary.by_age)
        self.shares("Personas alcanzadas por autorreconocimiento étnico", "Grupo étnico",
                    summary.by_ethnicity)
        self.agreements(summary.agreements, summary.overdue)
        self.alliances(summary.alliances)
        self.allies(summary.allies)
        self.notes("Hitos", summary.milestones)
        self.knowledge(summary.knowledge)

    def general(self, summary: Summary) -> None:
        totals = summary.totals
        self.title("Cifras generales")
        open_agreements = sum(count.agreements for count in summary.agreements
                              if count.status in ("pending", "in_progress"))
        self.table(("Cifra", "Total"), [
            ("Talleres y sesiones", totals.workshops),
            ("  presenciales", totals.in_person),
            ("  virtuales o híbridos", totals.remote),
            ("Asistencias registradas (personas presentes por taller)", totals.attendances),
            ("Personas únicas alcanzadas", totals.people),
            ("Acuerdos", sum(count.agreements for count in summary.agreements)),
            ("  abiertos (pendientes o en curso)", open_agreements),
            ("  vencidos", len(summary.overdue)),
            ("Alianzas", sum(count.alliances for count in summary.alliances)),
            ("  con el sector público", _sector(summary.alliances, "public")),
            ("  con el sector privado", _sector(summary.alliances, "private")),
            ("Aliados", len(summary.allies)),
            ("Hitos", len(summary.milestones)),
            ("Notas de gestión del conocimiento", len(summary.knowledge)),
        ])

    def reach(self, title: str, what: str, rows: list[ReachRow], column: int,
              chart_title: str) -> None:
        """A reach table and a one-series bar chart of its `column` (1-based: 2 workshops,
        5 attendances, 6 unique people)."""
        top = self.title(title)
        first, last = self.table((what, *REACH_HEADERS), [
            (row.label, row.workshops, row.in_person, row.remote, row.attendances, row.people)
            for row in rows])
        if last < first:
            self.append(["Sin talleres en el periodo."])
            return
        chart = BarChart()
        chart.type = "col" if what == "Mes" else "bar"
        chart.title = chart_title
        chart.add_data(self.ref(column, first - 1, last), titles_from_data=True)
        chart.set_categories(self.ref(1, first, last))
        chart.legend = None
        if chart.type == "bar":
            chart.x_axis.scaling.orientation = "maxMin"  # first row on top, as in the table
        chart.width, chart.height = 17, 7.5
        self.chart(chart, top)

    def shares(self, title: str, what: str, shares: list[Share], pie: bool = False) -> None:
        top = self.title(title)
        total = sum(share.people for share in shares) or 1
        first, last = self.table((what, "Personas", "%"),
                                 [(share.label, share.people, share.people / total)
                                  for share in shares], {2: "0.0%"})
        if last < first:
            self.append(["Nadie alcanzado en el periodo."])
            return
        chart: Any = PieChart() if pie else BarChart()
        chart.title = title
        chart.add_data(self.ref(2, first - 1, last), titles_from_data=True)
        chart.set_categories(self.ref(1, first, last))
        if pie:
            chart.dataLabels = _labels(percent=True)
        else:
            chart.legend = None
        chart.width, chart.height = 15, 7.5
        self.chart(chart, top)

    def agreements(self, counts: list[StatusCount], overdue: list[OverdueAgreement]) -> None:
        top = self.title("Acuerdos por estado")
        first, last = self.table(("Estado", "Acuerdos", "Vencidos"),
                                 [(count.label, count.agreements, count.overdue)
                                  for count in counts])
        chart = BarChart()
        chart.title = "Acuerdos por estado (y vencidos)"
        chart.add_data(self.ref(2, first - 1, last), titles_from_data=True)
        chart.add_data(self.ref(3, first - 1, last), titles_from_data=True)
        chart.set_categories(self.ref(1, first, last))
        chart.width, chart.height = 15, 7.5
        self.chart(chart, top)
        self.title(f"Acuerdos vencidos ({len(overdue)})")
        headers = ("Acuerdo", "Taller", "Fecha del taller", "Organización responsable",
                   *(("Persona responsable",) if self.personal else ()), "Fecha límite",
                   "Días de atraso", "Estado")
        self.table(headers, [
            (item.text, item.workshop, item.workshop_date, item.responsible_organization,
             *((item.responsible_person,) if self.personal else ()), item.due_date,
             item.days_overdue, item.status) for item in overdue],
            {2: DATE_FORMAT, 5 if self.personal else 4: DATE_FORMAT})

    def alliances(self, counts: list[SectorCount]) -> None:
        top = self.title("Alianzas por sector")
        first, last = self.table(("Sector", "Alianzas", "Activas"),
                                 [(count.label, count.alliances, count.active)
                                  for count in counts])
        chart = PieChart()
        chart.title = "Alianzas por sector"
        chart.add_data(self.ref(2, first - 1, last), titles_from_data=True)
        chart.set_categories(self.ref(1, first, last))
        chart.dataLabels = _labels(percent=False)
        chart.width, chart.height = 13, 7.5
        self.chart(chart, top)

    def allies(self, allies: list[Ally]) -> None:
        self.title(f"Aliados ({len(allies)})")
        self.table(("Organización", "Sector", "Relación", "Rol", "Fecha de transferencia"),
                   [(ally.name, ally.sector, ally.kind, ally.role, ally.date)
                    for ally in allies], {4: DATE_FORMAT})

    def notes(self, title: str, notes: list[Note]) -> None:
        self.title(f"{title} ({len(notes)})")
        self.table(("Texto", "Implementación", "Fecha"),
                   [(note.text, note.implementation, note.date) for note in notes],
                   {2: DATE_FORMAT})

    def knowledge(self, notes: list[Note]) -> None:
        top = self.title("Gestión del conocimiento por tipo")
        first, last = self.table(("Tipo", "Notas"),
                                 program_figures.knowledge_by_kind(notes))
        chart = BarChart()
        chart.title = "Aprendizajes, retos y oportunidades"
        chart.add_data(self.ref(2, first - 1, last), titles_from_data=True)
        chart.set_categories(self.ref(1, first, last))
        chart.legend = None
        chart.width, chart.height = 13, 7.5
        self.chart(chart, top)
        self.title(f"Notas de gestión del conocimiento ({len(notes)})")
        self.table(("Texto", "Implementación", "Fecha", "Tipo"),
                   [(note.text, note.implementation, note.date, note.kind) for note in notes],
                   {2: DATE_FORMAT})


def _labels(percent: bool) -> DataLabelList:
    """Pie slice labels: the percentage, or the count; nothing else."""
    return DataLabelList(showPercent=percent, showVal=not percent, showCatName=False,
                         showSerName=False, showLegendKey=False)


def _sector(counts: list[SectorCount], sector: str) -> int:
    return next((count.alliances for count in counts if count.sector == sector), 0)
