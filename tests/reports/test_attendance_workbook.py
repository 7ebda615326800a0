"""The attendance list of one workshop in Excel (`participa export-attendance`): the heading
and every row read back with openpyxl match the database; bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from participa_desktop.cli import main
from participa_desktop.core import labels
from participa_desktop.core.models import Workshop
from participa_desktop.core.services import (
    NotFound,
    attendance,
    organizations,
    participants,
    workshops,
)
from participa_desktop.core.store.seed import reference_id
from participa_desktop.reports import attendance_workbook
from participa_desktop.reports.attendance_workbook import TABLE_HEADERS

BUENAVENTURA = reference_id("territory", "76109")
CE = reference_id("document_type", "CE")
CC = reference_id("document_type", "CC")
LIDERAZGO = reference_id("component", "liderazgo")


def person(given, first, second=None, **more):
    return {"given_names": given, "first_surname": first, "second_surname": second,
            "consent_date": dt.date(2025, 2, 1), "consent_channel": "signed_paper",
            "consent_notice_version": "2025-1", **more}


@pytest.fixture
def demo(open_store, fill_demo):
    store = open_store("demo")
    fill_demo(store, seed=7, participants=40, workshops=3)
    with store.reading() as session:
        busiest = max(workshops.find_workshops(session),
                      key=lambda wid: len(attendance.roster(session, wid)))
    return store, busiest


@pytest.fixture
def small(open_store):
    """A workshop with three people: one present whose CE starts with zeros, one excused,
    one absent; and the ids."""
    store = open_store("taller")
    with store.unit_of_work() as session:
        org = organizations.create_organization(session, {
            "name": "Fundación Pacífico Vivo", "sector": "civil_society",
            "territory_id": BUENAVENTURA})
        workshop = workshops.create_workshop(session, {
            "title": "Taller de liderazgo juvenil", "date": "04/03/2025",
            "start_time": "09:00", "end_time": "12:30", "place": "Casa de la cultura",
            "territory_id": BUENAVENTURA, "facilitators": "Luz Dary Mosquera"}, [LIDERAZGO])
        zapata = participants.register_participant(session, person(
            "Ana María", "Zapata", "Ñañez", document_type_id=CE, document_number="00451234",
            organization_id=org.id)).id
        alvarez = participants.register_participant(session, person("Óscar", "Álvarez")).id
        mina = participants.register_participant(session, person(
            "Yesid", "Mina", document_type_id=CC, document_number="1.144.567")).id
        attendance.mark(session, workshop.id, zapata, "present", "08:55")
        attendance.mark(session, workshop.id, alvarez, "excused")
        attendance.mark(session, workshop.id, mina, "absent")
    return store, workshop.id


def read_list(path: Path) -> tuple[dict[str, object], list[tuple], object]:
    """The heading block as {label: value}, the table rows (without the header row) and
    the sheet."""
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if row[0] == "N.º")
    assert rows[header_at] == TABLE_HEADERS
    heading = {row[0]: row[2] for row in rows[1:header_at] if row[0] is not None}
    return heading, rows[header_at + 1:], sheet


def export(store, workshop: str, out: Path, capsys) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["export-attendance", str(store.path), workshop, str(out)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_every_row_and_the_count_match_the_roster(demo, tmp_path, capsys):
    store, workshop_id = demo
    out = tmp_path / "asistencia.xlsx"
    code, printed, _ = export(store, workshop_id, out, capsys)
    assert code == 0
    heading, table, _ = read_list(out)
    with store.reading() as session:
        roster = attendance.roster(session, workshop_id)
        present = attendance.present_count(session, workshop_id)
        row = workshops.workshop_rows(session, [workshop_id])[workshop_id]
        record, _ = workshops.get_workshop(session, workshop_id)
    assert len(roster) > 5 and f"{len(roster)} personas" in printed
    assert len(table) == len(roster)
    for number, (line, entry) in enumerate(zip(table, roster, strict=True), start=1):
        n, given, surnames, doc_type, doc_number, org, status, arrival = line
        assert n == number
        assert f"{given} {surnames}".strip() == entry.full_name
        assert doc_type == entry.document_type_code
        assert doc_number == entry.document_number
        assert org == entry.organization_name
        assert status == labels.ATTENDANCE_STATUS[entry.status]
        assert arrival == entry.arrival_time
    assert heading["Asistentes (presentes)"] == present
    assert present == sum(1 for line in table if line[6] == "asistió")
    assert heading["Taller"] == row.title
    assert heading["Fecha"].date() == row.date
    assert heading["Hora de inicio"] == row.start_time
    assert heading["Municipio"] == f"{row.territory} ({row.department})"
    assert heading["Implementación"] == row.implementation
    assert heading["Componentes"] == ", ".join(row.components)
    assert heading["Facilitadores"] == record.facilitators


def test_the_small_workshop_reads_back_with_types_and_styles(small, tmp_path, capsys):
    store, workshop_id = small
    out = tmp_path / "lista.xlsx"
    assert export(store, workshop_id, out, capsys)[0] == 0
    heading, table, sheet = read_list(out)
    assert table == [
        (1, "Óscar", "Álvarez", None, None, None, "excusado", None),
        (2, "Yesid", "Mina", "CC", "1144567", None, "no asistió", None),
        (3, "Ana María", "Zapata Ñañez", "CE", "00451234", "Fundación Pacífico Vivo",
         "asistió", dt.time(8, 55)),
    ]
    assert heading == {
        "Taller": "Taller de liderazgo juvenil",
        "Fecha": dt.datetime(2025, 3, 4), "Hora de inicio": dt.time(9),
        "Hora de cierre": dt.time(12, 30), "Lugar": "Casa de la cultura",
        "Municipio": "Buenaventura (Valle del Cauca)", "Implementación": None,
        "Componentes": "Liderazgos orientados a lo público",
        "Facilitadores": "Luz Dary Mosquera", "Asistentes (presentes)": 1,
    }
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value}
    assert cells["00451234"].data_type == "s" and cells["00451234"].number_format == "@"
    assert cells["Fecha"].font.b and cells["N.º"].font.b and cells["Estado"].font.b
    date = next(cell for row in sheet.iter_rows() for cell in row
                if isinstance(cell.value, dt.datetime))
    assert date.is_date and date.number_format == "dd/mm/yyyy"
    assert cells[dt.time(8, 55)].is_date
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGH"]
    assert widths == list(attendance_workbook.COLUMN_WIDTHS)


def test_a_unique_prefix_of_the_id_names_the_workshop(small, tmp_path, capsys):
    store, workshop_id = small
    out = tmp_path / "lista.xlsx"
    assert export(store, workshop_id[:8], out, capsys)[0] == 0
    assert len(read_list(out)[1]) == 3


def test_a_shared_or_short_prefix_is_refused(demo):
    store, _ = demo
    with store.reading() as session:
        ids = sorted(session.scalars(select(Workshop.id)))
        assert attendance_workbook.resolve_workshop(session, ids[0]) == ids[0]
        shared = next(
            a[:n] for n in range(4, 37) for a, b in itertools.pairwise(ids)
            if a[:n] == b[:n])
        with pytest.raises(NotFound, match="Varios talleres"):
            attendance_workbook.resolve_workshop(session, shared)
        with pytest.raises(NotFound, match="No se encontró el taller"):
            attendance_workbook.resolve_workshop(session, ids[0][:3])


@pytest.mark.parametrize("workshop", ["no-existe", ""])
def test_an_unknown_workshop_writes_nothing(small, tmp_path, capsys, workshop):
    store, _ = small
    out = tmp_path / "lista.xlsx"
    code, printed, error = export(store, workshop, out, capsys)
    assert code != 0 and printed == ""
    assert "No se encontró el taller" in error
    assert list(tmp_path.glob("*.xlsx*")) == [] and list(tmp_path.glob(".*")) == []


def test_a_deleted_workshop_is_unknown_and_an_old_file_is_kept(small, tmp_path, capsys):
    store, workshop_id = small
    out = tmp_path / "lista.xlsx"
    out.write_bytes(b"anterior")
    with store.unit_of_work() as session:
        workshops.delete_workshop(session, workshop_id)
    code, _, error = export(store, workshop_id, out, capsys)
    assert code != 0 and "No se encontró el taller" in error
    assert out.read_bytes() == b"anterior"


@pytest.mark.parametrize("name, message", [
    ("falta/lista.xlsx", "No existe la carpeta"),
    ("lista.csv", "debe terminar en .xlsx"),
    ("otra.xlsx", "es una carpeta"),
])
def test_a_bad_destination_writes_nothing(small, tmp_path, capsys, name, message):
    store, workshop_id = small
    folder = tmp_path / "salida"
    folder.mkdir()
    if name == "otra.xlsx":
        (folder / name).mkdir()
    before = sorted(folder.rglob("*"))
    code, printed, error = export(store, workshop_id, folder / name, capsys)
    assert code != 0 and printed == ""
    assert error.startswith("participa export-attendance: ") and message in error
    assert sorted(folder.rglob("*")) == before


def test_a_missing_data_file_is_refused(tmp_path, capsys):
    code = main(["export-attendance", str(tmp_path / "no.sqlite"), "x" * 8,
                 str(tmp_path / "lista.xlsx")])
    assert code != 0 and "No existe el archivo" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_libreoffice_opens_the_workbook(small, tmp_path, capsys, convert_with_libreoffice):
    store, workshop_id = small
    out = tmp_path / "lista.xlsx"
    assert export(store, workshop_id, out, capsys)[0] == 0
    converted = convert_with_libreoffice(
        out, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "csv")
    text = converted.read_text(encoding="utf-8")
    assert "Taller de liderazgo juvenil" in text
    assert "00451234" in text and "Zapata Ñañez" in text and "asistió" in text
