"""The printouts of a workshop, as PDF: the attendance sheet people sign in the field and
the agreements record (acta). Each reads the store in one read session, then draws with
`pdf.PagedDocument` (Qt; see its threading note). `NotFound` (Spanish) for an unknown
workshop, `OSError` for an unwritable output; either way nothing is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..core.store import Store
from .pdf import PagedDocument, css_mm, text
from .printout_data import (
    RecordAgreement,
    SheetPerson,
    WorkshopHeading,
    expected_people,
    workshop_agreements,
    workshop_heading,
)

#: Blank lines after the expected roster: at least this many, then to the end of the page.
MIN_BLANK_ROWS = 10

CONSENT_NOTICE = (
    "<b>Autorización de tratamiento de datos personales.</b> Al marcar la casilla "
    "«Autorizo», la persona autoriza el tratamiento de sus datos personales conforme a la "
    "Ley 1581 de 2012 y sus decretos reglamentarios, solo para registrar su asistencia y "
    "hacer seguimiento al programa Participa+. Puede conocer, actualizar, rectificar y "
    "pedir la supresión de sus datos, y revocar esta autorización, ante la organización "
    "que realiza el taller. Los datos de menores de edad requieren la firma de su "
    "representante legal."
)

_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre")


def spanish_date(day: dt.date) -> str:
    """"7 de marzo de 2025"."""
    return f"{day.day} de {_MONTHS[day.month - 1]} de {day.year}"


def _day(day: dt.date | None) -> str:
    return f"{day:%d/%m/%Y}" if day is not None else "—"


def _heading_html(kind: str, heading: WorkshopHeading) -> str:
    fields = (
        ("Fecha", spanish_date(heading.date)),
        ("Hora", heading.time),
        ("Lugar", heading.place),
        ("Municipio", heading.municipality),
        ("Componentes", ", ".join(heading.components)),
        ("Facilitación", heading.facilitators),
    )
    pad = f"padding: {css_mm(0.6)}px"
    cells = [
        f"<td width='50%' style='{pad}'><b>{label}:</b> {text(value) or '—'}</td>"
        for label, value in fields
    ]
    rows = "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2))
    return (
        f"<p style='font-size: 8pt; color: #555555'>PARTICIPA+ · {text(kind.upper())}</p>"
        f"<h2 style='font-size: 14pt; margin-top: 0'>{text(heading.title)}</h2>"
        f"<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>"
    )


def _footer(notice: str) -> Callable[[int, int], str]:
    def footer(page: int, pages: int) -> str:
        consent = f"<p style='font-size: 7pt'>{notice}</p>" if notice else ""
        return (f"{consent}<p align='right' style='font-size: 8pt'>"
                f"Página {page} de {pages}</p>")
    return footer


# --- The attendance sheet ----------------------------------------------------------------


def _attendance_html(heading: WorkshopHeading, people: list[SheetPerson], blank: int) -> str:
    pad = (f"padding-top: {css_mm(2.6)}px; padding-bottom: {css_mm(2.6)}px; "
           f"padding-left: {css_mm(1)}px; padding-right: {css_mm(1)}px")
    head = "".join(
        f"<th width='{width}' bgcolor='#e8e8e8' style='padding: {css_mm(1)}px'>{label}</th>"
        for label, width in (("N.º", "6%"), ("Nombre completo", "31%"), ("Documento", "17%"),
                             ("Teléfono", "14%"), ("Firma", "22%"), ("Autorizo", "10%"))
    )
    lines = [
        (person.name, person.document, person.phone) for person in people
    ] + [("", "", "")] * blank
    rows = "".join(
        f"<tr><td align='right' style='{pad}'>{number}</td>"
        f"<td style='{pad}'>{text(name)}</td>"
        f"<td style='{pad}; white-space: nowrap'>{text(document)}</td>"
        f"<td style='{pad}; white-space: nowrap'>{text(phone)}</td><td style='{pad}'></td>"
        f"<td align='center' style='{pad}; font-size: 12pt'>☐</td></tr>"
        for number, (name, document, phone) in enumerate(lines, start=1)
    )
    return (
        _heading_html("Hoja de asistencia", heading)
        + f"<p style='font-size: 8pt'>Personas inscritas: {len(people)}. Quien no esté en la "
          "lista se anota en las filas en blanco.</p>"
        + f"<table width='100%' border='1' cellspacing='0' cellpadding='0' "
          f"style='border-collapse: collapse; border-color: #555555'>"
          f"<thead><tr>{head}</tr></thead>{rows}</table>"
    )


def write_attendance_sheet(store: Store, workshop_id: str, path: Path) -> int:
    """Write the attendance sheet of `workshop_id` to `path`; the number of pages.

    The expected roster comes first, then blank rows: at least `MIN_BLANK_ROWS`, and as
    many more as fit on the last page.
    """
    with store.reading() as session:
        heading = workshop_heading(session, workshop_id)
        people = expected_people(session, workshop_id)
    document = PagedDocument(_footer(CONSENT_NOTICE),
                             f"Hoja de asistencia — {heading.title}")
    pages = document.page_count(_attendance_html(heading, people, MIN_BLANK_ROWS))
    fits, too_many = MIN_BLANK_ROWS, MIN_BLANK_ROWS + 64  # a page holds fewer rows than that
    while too_many - fits > 1:  # the most blank rows that keep the same number of pages
        middle = (fits + too_many) // 2
        if document.page_count(_attendance_html(heading, people, middle)) == pages:
            fits = middle
        else:
            too_many = middle
    return document.write(path, _attendance_html(heading, people, fits))


# --- The agreements record (acta) ---------------------------------------------------------


def _agreements_html(heading: WorkshopHeading, agreements: list[RecordAgreement]) -> str:
    pad = f"padding: {css_mm(1.2)}px"
    head = "".join(
        f"<th width='{width}' bgcolor='#e8e8e8' style='{pad}'>{label}</th>"
        for label, width in (("N.º", "6%"), ("Acuerdo", "44%"), ("Responsable", "26%"),
                             ("Fecha límite", "12%"), ("Estado", "12%"))
    )
    rows = "".join(
        f"<tr><td align='right' style='{pad}'>{number}</td><td style='{pad}'>"
        f"{text(a.text)}</td><td style='{pad}'>{text(a.responsible) or '—'}</td>"
        f"<td style='{pad}; white-space: nowrap'>{_day(a.due_date)}</td>"
        f"<td style='{pad}'>{text(a.status)}</td></tr>"
        for number, a in enumerate(agreements, start=1)
    )
    if agreements:
        table = (f"<table width='100%' border='1' cellspacing='0' cellpadding='0' "
                 f"style='border-collapse: collapse; border-color: #555555'>"
                 f"<thead><tr>{head}</tr></thead>{rows}</table>")
    else:
        table = "<p><i>En este taller no se registraron acuerdos.</i></p>"
    signature = (
        "<td width='45%' style='padding-top: {top}px'>"
        "<hr/>{role}<br/>Nombre:<br/><br/>Documento:</td>"
    )
    top = css_mm(16)
    signatures = (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        + signature.format(top=top, role="<b>Facilitador(a)</b>")
        + "<td width='10%'></td>"
        + signature.format(top=top, role="<b>Representante de los participantes</b>")
        + "</tr></table>"
    )
    return (
        _heading_html("Acta de acuerdos", heading)
        + f"<h3 style='font-size: 11pt'>Acuerdos ({len(agreements)})</h3>"
        + table
        + "<p>En constancia firman:</p>"
        + signatures
    )


def write_agreements_record(store: Store, workshop_id: str, path: Path) -> int:
    """Write the agreements record (acta) of `workshop_id` to `path`; the number of pages."""
    with store.reading() as session:
        heading = workshop_heading(session, workshop_id)
        agreements = workshop_agreements(session, workshop_id)
    document = PagedDocument(_footer(""), f"Acta de acuerdos — {heading.title}")
    return document.write(path, _agreements_html(heading, agreements))
