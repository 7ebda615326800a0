"""A roster written by LibreOffice Calc, not by openpyxl, imports as the coordinator typed
it: accents and ñ kept, document numbers and phones LibreOffice stored as numbers read back
as text, dates typed as text (dd/mm/aaaa) or entered as real date cells, a bad date
reported with its row number, and a second import changing nothing.

The roster starts as a flat OpenDocument spreadsheet (.fods) where every cell's type is
chosen, and LibreOffice itself saves it as .xlsx — once for the module."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from participa_desktop.core.dump import dump_lines
from participa_desktop.core.models import Participant
from participa_desktop.core.store.seed import reference_id
from participa_desktop.reports.roster_import import import_roster

TITLE = "Listado de participantes — Encuentro regional del Pacífico"
HEADERS = ["Nombres", "Apellidos", "Tipo de documento", "Número de documento", "Celular",
           "Correo", "Sexo", "Fecha de nacimiento", "Etnia", "Autoriza datos",
           "Fecha autorización"]
#: Cell types in the .fods: str → text, float → number, date → date cell (dd/mm/aaaa
#: format), bool → LibreOffice's TRUE/FALSE. The header is on row 3: data rows are 4 to 7.
PEOPLE = [
    ["María José", "Quiñónez Aragón", "CC", 1144123456.0, 3104567890.0,
     "MJ.Quinonez@Correo.co", "F", "05/11/1988", "Afrocolombiana", "Sí", "15/03/2025"],
    ["Íñigo", "Peña Muñoz", "C.C.", 80234567.0, 573157654321.0, None, "Masculino",
     dt.date(1975, 2, 28), "Ninguno", True, dt.date(2025, 3, 15)],
    ["Nohemí", "Güiza Córdoba", "CE", "004512345", 6024881234.0, None, "Mujer",
     "01/02/1999", "Indígena", "si", "16/03/2025"],
    ["Ángel Ñuste", "Mosquera Ibargüen", "CC", 1098765432.0, 3001112233.0, None, "M",
     "31/02/1990", None, "sí", "16/03/2025"],
]
BAD_DATE_ROW = 7

_FODS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="dma"><number:day number:style="long"/><number:text>/</number:text
 ><number:month number:style="long"/><number:text>/</number:text
 ><number:year number:style="long"/></number:date-style>
 <number:number-style style:name="miles"><number:number number:decimal-places="0"
  number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="fecha" style:family="table-cell" style:data-style-name="dma"/>
 <style:style style:name="numero" style:family="table-cell" style:data-style-name="miles"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Asistentes">
{rows}
</table:table></office:spreadsheet></office:body></office:document>
"""


def _cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, bool):
        return (f'<table:table-cell office:value-type="boolean" office:boolean-value='
                f'"{str(value).lower()}"><text:p>{"VERDADERO" if value else "FALSO"}'
                "</text:p></table:table-cell>")
    if isinstance(value, float):
        return (f'<table:table-cell table:style-name="numero" office:value-type="float" '
                f'office:value="{value!r}"><text:p>{value:,.0f}</text:p></table:table-cell>')
    if isinstance(value, dt.date):
        return (f'<table:table-cell table:style-name="fecha" office:value-type="date" '
                f'office:date-value="{value.isoformat()}"><text:p>{value:%d/%m/%Y}</text:p>'
                "</table:table-cell>")
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")


def _fods(rows: list[list[object]]) -> str:
    return _FODS.format(rows="\n".join(
        "<table:table-row>" + "".join(_cell(value) for value in row) + "</table:table-row>"
        for row in rows))


@pytest.fixture(scope="module")
def roster(tmp_path_factory, convert_with_libreoffice) -> Path:
    """The roster as LibreOffice saved it: asistentes.xlsx (a title, a blank row, the
    headers, PEOPLE)."""
    folder = tmp_path_factory.mktemp("lista-libreoffice")
    source = folder / "asistentes.fods"
    source.write_text(_fods([[TITLE], [], HEADERS, *PEOPLE]), encoding="utf-8")
    return convert_with_libreoffice(source, "xlsx", folder / "xlsx")


def _people(store) -> dict[str, Participant]:
    with store.reading() as session:
        return {p.document_number: p for p in session.scalars(
            select(Participant).where(Participant.deleted.is_(False)))}


def _import(store, path: Path):
    with store.unit_of_work() as session:
        return import_roster(session, path)


def _dump(store) -> list[str]:
    with store.engine.connect() as connection:
        return list(dump_lines(connection))


def test_libreoffice_wrote_numbers_as_numbers_and_typed_dates_as_text(roster):
    with zipfile.ZipFile(roster) as package:
        assert "LibreOffice" in package.read("docProps/app.xml").decode()
    sheet = load_workbook(roster).active
    assert sheet["A1"].value == TITLE and sheet["A2"].value is None
    assert [cell.value for cell in sheet[3]] == HEADERS
    maria, inigo, nohemi, angel = (sheet[row] for row in range(4, 8))
    for person in (maria, inigo, angel):
        document, phone = person[3], person[4]
        assert document.data_type == "n" and isinstance(document.value, int | float)
        assert phone.data_type == "n" and isinstance(phone.value, int | float)
    assert inigo[3].value == 80234567 and inigo[3].number_format == "#,##0"
    assert inigo[4].value == 573157654321
    assert (nohemi[3].data_type, nohemi[3].value) == ("s", "004512345")
    for person in (maria, nohemi, angel):
        assert person[7].data_type == "s" and not person[7].is_date
    assert maria[7].value == "05/11/1988" and angel[7].value == "31/02/1990"
    assert inigo[7].is_date and inigo[7].value == dt.datetime(1975, 2, 28)
    assert inigo[10].is_date and maria[10].value == "15/03/2025"
    assert maria[0].value == "María José" and angel[1].value == "Mosquera Ibargüen"


def test_every_person_is_registered_as_typed_and_the_bad_date_is_reported(open_store,
                                                                          roster):
    store = open_store("datos")
    result = _import(store, roster)
    assert (result.registered, result.updated, result.unchanged) == (3, 0, 0)
    assert [(p.row, p.name, p.document) for p in result.problems] == [
        (BAD_DATE_ROW, "Ángel Ñuste Mosquera Ibargüen", "1098765432")]
    assert "fecha de nacimiento" in result.problems[0].reason

    people = _people(store)
    assert sorted(people) == ["004512345", "1144123456", "80234567"]
    maria = people["1144123456"]
    assert (maria.given_names, maria.first_surname, maria.second_surname) == (
        "María José", "Quiñónez", "Aragón")
    assert maria.document_type_id == reference_id("document_type", "CC")
    assert (maria.phone, maria.email) == ("3104567890", "mj.quinonez@correo.co")
    assert (maria.gender, maria.birth_date) == ("female", dt.date(1988, 11, 5))
    assert maria.ethnic_group_id == reference_id("ethnic_group", "afro")
    assert maria.consent_date == dt.date(2025, 3, 15)

    inigo = people["80234567"]
    assert (inigo.given_names, inigo.first_surname, inigo.second_surname) == (
        "Íñigo", "Peña", "Muñoz")
    assert inigo.document_type_id == reference_id("document_type", "CC")
    assert inigo.phone == "3157654321"  # stored as the number 573157654321
    assert (inigo.gender, inigo.birth_date) == ("male", dt.date(1975, 2, 28))
    assert inigo.ethnic_group_id == reference_id("ethnic_group", "ninguno")
    assert inigo.consent_date == dt.date(2025, 3, 15)

    nohemi = people["004512345"]
    assert (nohemi.given_names, nohemi.first_surname, nohemi.second_surname) == (
        "Nohemí", "Güiza", "Córdoba")
    assert nohemi.document_type_id == reference_id("document_type", "CE")
    assert (nohemi.phone, nohemi.gender) == ("6024881234", "female")
    assert nohemi.birth_date == dt.date(1999, 2, 1)
    assert nohemi.ethnic_group_id == reference_id("ethnic_group", "indigena")
    assert nohemi.consent_date == dt.date(2025, 3, 16)


def test_importing_the_libreoffice_roster_again_changes_nothing(open_store, fill_demo,
                                                                roster):
    store = open_store("datos")
    fill_demo(store)
    first = _import(store, roster)
    assert first.registered == 3
    before = _dump(store)
    again = _import(store, roster)
    assert (again.registered, again.updated, again.unchanged) == (0, 0, 3)
    assert [p.row for p in again.problems] == [BAD_DATE_ROW]
    assert _dump(store) == before
