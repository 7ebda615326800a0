"""The results report (`participa report`): the summary's figures read back from the
workbook equal what was recorded (a small program counted by hand), the data sheets match
the database row for row, people stay pseudonymous unless personal data is asked for, the
scope narrows everything, LibreOffice opens the file, and bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from participa_desktop.cli import main
from participa_desktop.core import labels
from participa_desktop.core.models import Attendance, Participant, Workshop
from participa_desktop.core.services import (
    agreements,
    attendance,
    duplicates,
    implementations,
    knowledge,
    organizations,
    participants,
    workshops,
)
from participa_desktop.core.store.seed import reference_id
from participa_desktop.reports.report_scope import ReportScope, ScopeError
from participa_desktop.reports.results_report import ReportCancelled, write_results_report
from participa_desktop.reports.results_sheets import person_code
from participa_desktop.reports.xlsx import ExportError

TODAY = dt.date(2025, 12, 31)
BUENAVENTURA = reference_id("territory", "76109")
YUMBO = reference_id("territory", "76892")
CC = reference_id("document_type", "CC")
AFRO = reference_id("ethnic_group", "afro")
LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")


def person(given, first, **more):
    return {"given_names": given, "first_surname": first, "consent_date": dt.date(2025, 2, 1),
            "consent_channel": "signed_paper", "consent_notice_version": "2025-1", **more}


@pytest.fixture
def program(open_store):
    """Three workshops in two implementations, five registrations of four people (Carla
    twice, linked as duplicates), three agreements, three alliances, allies, a milestone
    and two knowledge notes. The figures the tests expect are counted in the comments."""
    store = open_store("programa")
    with store.unit_of_work() as s:
        fundacion = organizations.create_organization(s, {
            "name": "Fundación Pacífico", "sector": "civil_society", "is_model_ally": True,
            "model_transfer_date": dt.date(2025, 2, 1)}).id
        alcaldia = organizations.create_organization(s, {
            "name": "Alcaldía de Yumbo", "sector": "public"}).id
        empresa = organizations.create_organization(s, {
            "name": "Empresa del Valle", "sector": "private"}).id
        activa = implementations.create_implementation(s, {
            "name": "Activa Buenaventura", "territory_id": BUENAVENTURA,
            "lead_organization_id": fundacion}).id
        yumbo = implementations.create_implementation(s, {
            "name": "Participa+ Yumbo", "territory_id": YUMBO,
            "lead_organization_id": alcaldia}).id
        implementations.add_ally(s, yumbo, empresa, "cofinanciador")
        implementations.create_alliance(s, {"organization_id": empresa, "purpose": "Datos",
                                            "start_date": dt.date(2025, 1, 1)})
        implementations.create_alliance(s, {"organization_id": alcaldia, "purpose": "Mesa",
                                            "implementation_id": yumbo})
        implementations.create_alliance(s, {"organization_id": fundacion, "purpose": "Modelo",
                                            "status": "ended"})
        knowledge.add_milestone(s, {"implementation_id": activa, "date": dt.date(2025, 6, 1),
                                    "text": "Se reinició la gestión del conocimiento"})
        knowledge.add_note(s, {"implementation_id": activa, "kind": "learning",
                               "date": dt.date(2025, 6, 2), "text": "Las JAC abren puertas"})
        knowledge.add_note(s, {"implementation_id": yumbo, "kind": "challenge",
                               "text": "La conectividad"})
        w1 = workshops.create_workshop(s, {
            "title": "Liderazgo e incidencia", "date": "04/03/2025", "implementation_id": activa,
            "territory_id": BUENAVENTURA, "modality": "in_person",
            "facilitators": "Luz Dary Mosquera"}, [LIDERAZGO, INCIDENCIA]).id
        w2 = workshops.create_workshop(s, {
            "title": "Derecho de petición", "date": "20/03/2025", "implementation_id": activa,
            "territory_id": BUENAVENTURA, "modality": "virtual"}, [INCIDENCIA]).id
        w3 = workshops.create_workshop(s, {
            "title": "Mesa de Yumbo", "date": "10/05/2025", "implementation_id": yumbo,
            "territory_id": YUMBO, "modality": "hybrid"}, []).id
        ana = participants.register_participant(s, person(
            "Ana", "Riascos", gender="female", birth_year=2010, guardian_name="Rosa Riascos")).id
        beto = participants.register_participant(s, person(
            "Beto", "Valencia", gender="male", birth_year=1990, ethnic_group_id=AFRO,
            document_type_id=CC, document_number="1144123456", phone="3157654321")).id
        carla = participants.register_participant(s, person(
            "Carla", "Angulo", gender="female", birth_year=1950)).id
        carla_again = participants.register_participant(s, person(
            "Carla", "Angulo", gender="female", birth_year=1950)).id
        duplicates.link(s, carla, carla_again)
        dani = participants.register_participant(s, person("Dani", "Castro")).id
        for workshop, who, status in (
                (w1, ana, "present"), (w1, beto, "present"), (w1, carla, "present"),
                (w1, dani, "absent"), (w2, beto, "present"), (w2, carla_again, "present"),
                (w2, ana, "excused"), (w3, dani, "present"), (w3, beto, "present")):
            attendance.mark(s, workshop, who, status)
        agreements.create_agreement(s, {  # pending, overdue on TODAY
            "workshop_id": w1, "text": "Radicar el derecho de petición",
            "responsible_organization_id": fundacion, "responsible_person": "Yesid Mina",
            "due_date": dt.date(2025, 4, 1)})
        met = agreements.create_agreement(s, {"workshop_id": w1, "text": "Convocar la mesa",
                                              "due_date": dt.date(2025, 4, 1)}).id
        agreements.add_follow_up(s, {"agreement_id": met, "date": dt.date(2025, 3, 30),
                                     "text": "Mesa convocada", "new_status": "done",
                                     "new_progress": 100})
        agreements.create_agreement(s, {"workshop_id": w3, "text": "Publicar el acta",
                                        "status": "in_progress",
                                        "due_date": dt.date(2026, 1, 31)})
    return store, {"activa": activa, "yumbo": yumbo, "empresa": empresa, "carla": carla,
                   "carla_again": carla_again, "beto": beto}


def write(store, tmp_path, name="informe.xlsx", **options) -> Path:
    out = tmp_path / name
    write_results_report(store, out, today=TODAY, **options)
    return out


def sections(path: Path) -> dict[str, list[tuple]]:
    """The summary's tables: {section title: data rows (without the header row)}."""
    rows = list(load_workbook(path)["Resumen"].iter_rows(values_only=True))
    found: dict[str, list[tuple]] = {}
    for index, row in enumerate(rows):
        if row and isinstance(row[0], str) and index + 1 < len(rows) and rows[index + 1][0] \
                and len([value for value in row if value is not None]) == 1 \
                and index > 0 and not any(rows[index - 1]):
            table = []
            for values in rows[index + 2:]:
                if not any(values):
                    break
                table.append(tuple(values))
            found[row[0]] = table
    return found


def table(path: Path, title: str) -> dict[str, tuple]:
    return {row[0]: row[1:] for row in sections(path)[title]}


def sheet_rows(path: Path, title: str) -> tuple[tuple, list[tuple]]:
    with closing(load_workbook(path, read_only=True)) as book:  # read-only keeps it open
        rows = list(book[title].iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_summary_figures_match_what_was_recorded(program, tmp_path):
    store, _ = program
    out = write(store, tmp_path)
    general = table(out, "Cifras generales")
    assert general["Talleres y sesiones"][0] == 3
    assert general["  presenciales"][0] == 1
    assert general["  virtuales o híbridos"][0] == 2
    assert general["Asistencias registradas (personas presentes por taller)"][0] == 7
    # Ana, Beto, Carla (registered twice, linked) and Dani: four people, not five.
    assert general["Personas únicas alcanzadas"][0] == 4
    assert general["Acuerdos"][0] == 3 and general["  vencidos"][0] == 1
    assert general["  con el sector público"][0] == 1
    assert general["  con el sector privado"][0] == 1

    # (workshops, in person, remote, attendances, unique people)
    by_component = table(out, "Por componente")
    assert by_component["Liderazgos orientados a lo público"][:5] == (1, 1, 0, 3, 3)
    assert by_component["Incidencia"][:5] == (2, 1, 1, 5, 3)
    assert by_component["Gobierno abierto"][:5] == (0, 0, 0, 0, 0)
    assert by_component["Sin componente"][:5] == (1, 0, 1, 2, 2)
    by_territory = table(out, "Por municipio")
    assert by_territory["Buenaventura (Valle del Cauca)"][:5] == (2, 1, 1, 5, 3)
    assert by_territory["Yumbo (Valle del Cauca)"][:5] == (1, 0, 1, 2, 2)
    assert table(out, "Por mes") == {"mar 2025": (2, 1, 1, 5, 3, None),
                                     "may 2025": (1, 0, 1, 2, 2, None)}

    assert {k: v[0] for k, v in table(out, "Personas alcanzadas por género").items()} == {
        "femenino": 2, "masculino": 1, "Sin dato": 1}
    assert {k: v[0] for k, v in table(out, "Personas alcanzadas por rango de edad").items()} \
        == {"Menores de 18": 1, "29 a 59": 1, "60 y más": 1, "Sin dato": 1}
    ethnic = table(out, "Personas alcanzadas por autorreconocimiento étnico")
    assert ethnic["Sin dato"][0] == 3 and sum(v[0] for v in ethnic.values()) == 4

    status = table(out, "Acuerdos por estado")
    assert status["pendiente"][:2] == (1, 1)
    assert status["en curso"][:2] == (1, 0)
    assert status["cumplido"][:2] == (1, 0)
    overdue = sections(out)["Acuerdos vencidos (1)"]
    assert overdue[0][0] == "Radicar el derecho de petición"
    assert overdue[0][5] == (TODAY - dt.date(2025, 4, 1)).days
    sectors = table(out, "Alianzas por sector")
    assert sectors["público"][:2] == (1, 1) and sectors["privado"][:2] == (1, 1)
    assert sectors["sociedad civil"][:2] == (1, 0)  # ended
    allies = table(out, "Aliados (2)")
    assert allies["Fundación Pacífico"][1] == "Transferencia del modelo"
    assert allies["Empresa del Valle"][1:3] == ("Participa+ Yumbo", "cofinanciador")
    assert list(table(out, "Hitos (1)")) == ["Se reinició la gestión del conocimiento"]
    assert {k: v[0] for k, v in table(out, "Gestión del conocimiento por tipo").items()} == {
        "aprendizaje": 1, "reto": 1, "oportunidad": 0}


def test_data_sheets_match_the_database_row_for_row(program, tmp_path):
    store, ids = program
    out = write(store, tmp_path)
    header, rows = sheet_rows(out, "Asistencia")
    assert header[:4] == ("Fecha", "Código del taller", "Taller", "Código de persona")
    with store.reading() as session:
        live_attendance = session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.deleted.is_(False)))
        titles = dict(session.execute(select(Workshop.id, Workshop.title)).tuples().all())
    assert len(rows) == live_attendance == 9
    assert all(titles[row[1]] == row[2] for row in rows)
    # Carla's two registrations carry one code, the canonical one, in every sheet.
    carla = person_code(min(ids["carla"], ids["carla_again"]))
    assert sum(row[3] == carla for row in rows) == 2
    _, people = sheet_rows(out, "Personas")
    assert len(people) == 4
    codes = {row[0] for row in people}
    assert carla in codes and person_code(ids["beto"]) in codes
    beto = next(row for row in people if row[0] == person_code(ids["beto"]))
    assert beto[1:4] == ("masculino", "29 a 59",
                         "Negro(a), mulato(a), afrodescendiente, afrocolombiano(a)")
    assert beto[7:] == (3, dt.datetime(2025, 3, 4), dt.datetime(2025, 5, 10))
    _, talleres = sheet_rows(out, "Talleres")
    assert [row[-1] for row in talleres] == [3, 2, 2]  # presences, by date
    assert [row[1] for row in talleres] == [dt.datetime(2025, 3, 4), dt.datetime(2025, 3, 20),
                                            dt.datetime(2025, 5, 10)]
    _, acuerdos = sheet_rows(out, "Acuerdos")
    assert [(row[0], row[8], row[10]) for row in acuerdos] == [
        (1, "pendiente", "Sí"), (2, "cumplido", "No"), (3, "en curso", "No")]
    _, seguimientos = sheet_rows(out, "Seguimientos")
    assert seguimientos == [(2, dt.datetime(2025, 3, 30), "Mesa convocada", "cumplido", 1)]


def _all_text(path: Path) -> str:
    with closing(load_workbook(path, read_only=True)) as book:
        return " ".join(str(value) for sheet in book
                        for row in sheet.iter_rows(values_only=True)
                        for value in row if value is not None)


def test_people_are_pseudonymous_unless_personal_data_is_asked_for(program, tmp_path):
    store, ids = program
    text = _all_text(write(store, tmp_path))
    for personal in ("Riascos", "Valencia", "1144123456", "3157654321", "Luz Dary",
                     "Yesid Mina", "Rosa"):
        assert personal not in text
    assert person_code(ids["beto"]) in text
    personal = write(store, tmp_path, "con-datos.xlsx", personal=True)
    text = _all_text(personal)
    for shown in ("Riascos", "Valencia", "1144123456", "3157654321", "Luz Dary", "Yesid Mina"):
        assert shown in text
    header, rows = sheet_rows(personal, "Personas")
    beto = next(row for row in rows if row[0] == person_code(ids["beto"]))
    assert beto[header.index("Número de documento")] == "1144123456"  # text, as typed


def test_codes_are_the_same_in_every_report(program, tmp_path):
    store, _ = program
    first = {row[0] for row in sheet_rows(write(store, tmp_path, "a.xlsx"), "Personas")[1]}
    second = {row[0] for row in sheet_rows(
        write(store, tmp_path, "b.xlsx", scope=ReportScope(dt.date(2025, 3, 1))), "Personas")[1]}
    assert first == second


def test_the_scope_narrows_every_sheet(program, tmp_path):
    store, ids = program
    out = write(store, tmp_path, scope=ReportScope(implementation_id=ids["yumbo"]))
    assert table(out, "Cifras generales")["Talleres y sesiones"][0] == 1
    assert table(out, "Cifras generales")["Personas únicas alcanzadas"][0] == 2
    assert [row[4] for row in sheet_rows(out, "Talleres")[1]] == ["Mesa de Yumbo"]
    assert len(sheet_rows(out, "Asistencia")[1]) == 2
    assert [row[3] for row in sheet_rows(out, "Acuerdos")[1]] == ["Publicar el acta"]
    assert table(out, "Alianzas por sector")["público"][0] == 1
    assert table(out, "Alianzas por sector")["privado"][0] == 0
    assert "Hitos (0)" in sections(out)
    # A period: from May on, only the Yumbo workshop; ages reckoned at the period's end.
    out = write(store, tmp_path, "mayo.xlsx",
                scope=ReportScope(dt.date(2025, 5, 1), dt.date(2025, 12, 31)))
    dates = [row[1] for row in sheet_rows(out, "Talleres")[1]]
    assert dates == [dt.datetime(2025, 5, 10)]
    heading = dict(row[:2] for row in load_workbook(out)["Resumen"].iter_rows(
        min_row=2, max_row=5, values_only=True))
    assert heading["Periodo"] == "del 01/05/2025 al 31/12/2025"
    # An organisation: the implementations it leads or is an ally of.
    out = write(store, tmp_path, "empresa.xlsx", scope=ReportScope(organization_id=ids["empresa"]))
    assert [row[4] for row in sheet_rows(out, "Talleres")[1]] == ["Mesa de Yumbo"]


def test_the_summary_has_native_charts_that_read_its_cells(program, tmp_path):
    store, _ = program
    out = write(store, tmp_path)
    with zipfile.ZipFile(out) as archive:
        charts = [archive.read(name).decode() for name in archive.namelist()
                  if name.startswith("xl/charts/chart")]
    assert len(charts) == 9
    assert all("'Resumen'!$" in chart for chart in charts)
    assert sum("<pieChart>" in chart for chart in charts) == 2


def test_an_empty_scope_still_writes_a_readable_report(program, tmp_path):
    store, _ = program
    out = write(store, tmp_path, scope=ReportScope(dt.date(2020, 1, 1), dt.date(2020, 12, 31)))
    assert table(out, "Cifras generales")["Talleres y sesiones"][0] == 0
    assert sheet_rows(out, "Asistencia")[1] == []


def test_bad_input_writes_nothing(program, tmp_path):
    store, _ = program
    existing = tmp_path / "informe.xlsx"
    existing.write_bytes(b"informe anterior")
    with pytest.raises(ScopeError, match="antes de empezar"):
        write(store, tmp_path, scope=ReportScope(dt.date(2025, 5, 1), dt.date(2025, 1, 1)))
    with pytest.raises(ScopeError, match="No se encontró la implementación"):
        write(store, tmp_path, scope=ReportScope(implementation_id="no-existe"))
    with pytest.raises(ExportError, match="No existe la carpeta"):
        write_results_report(store, tmp_path / "falta" / "x.xlsx")
    with pytest.raises(ExportError, match=r"debe terminar en \.xlsx"):
        write_results_report(store, tmp_path / "informe.pdf")
    with pytest.raises(ReportCancelled):
        write_results_report(store, existing, cancelled=lambda: True,
                             progress=lambda *_: None, today=TODAY)
    assert existing.read_bytes() == b"informe anterior"
    assert not list(tmp_path.glob(".*.tmp"))


def test_progress_is_reported_up_to_the_whole(open_store, fill_demo, tmp_path):
    store = open_store("demo")
    fill_demo(store, seed=3, participants=400, workshops=60)
    seen: list[tuple[str, int, int]] = []
    outcome = write_results_report(store, tmp_path / "r.xlsx",
                                   progress=lambda *step: seen.append(step))
    total = sum(outcome.rows.values())
    assert total > 5000 and seen[-1][1:] == (total, total)
    assert 0 < seen[3][1] < total  # figures, then rows as they are written
    assert any(what.startswith("Escribiendo la hoja «Asistencia»") for what, _, _ in seen)
    done = [step[1] for step in seen]
    assert done == sorted(done)
    shares = [done / total for _, done, total in seen if total]
    assert shares == sorted(shares)  # the total may shrink (sizes are bounds), never grow


def test_attendance_of_a_person_the_file_lacks_is_left_out(open_store, fill_demo, tmp_path):
    """A merge can bring attendance before its person (or the person deleted): neither is
    counted or listed, and progress still ends at the rows written."""
    store = open_store("demo")
    fill_demo(store, seed=3, participants=60, workshops=6)
    with store.reading() as session:
        workshop = session.scalar(select(Workshop.id).limit(1))
        gone = session.scalar(select(Attendance.participant_id).where(
            Attendance.workshop_id == workshop, Attendance.status == "present").limit(1))
    before = write_results_report(store, tmp_path / "antes.xlsx", today=TODAY)
    with sqlite3.connect(store.path) as raw:
        raw.execute("INSERT INTO attendance (id, workshop_id, participant_id, status, deleted)"
                    " VALUES ('huerfana', ?, 'persona-ausente', 'present', 0)", (workshop,))
        raw.execute("UPDATE participant SET deleted = 1 WHERE id = ?", (gone,))
    raw.close()
    seen: list[tuple[str, int, int]] = []
    after = write_results_report(store, tmp_path / "r.xlsx", today=TODAY,
                                 progress=lambda *step: seen.append(step))
    theirs = [row for row in sheet_rows(tmp_path / "antes.xlsx", "Asistencia")[1]
              if row[3] == person_code(gone)]
    present = sum(row[4] == labels.ATTENDANCE_STATUS["present"] for row in theirs)
    assert after.rows["Asistencia"] == before.rows["Asistencia"] - len(theirs)
    assert after.attendances == before.attendances - present and present > 0
    assert after.people == before.people - 1
    text = _all_text(tmp_path / "r.xlsx")
    assert "persona-ausente" not in text and person_code(gone) not in text
    total = sum(after.rows.values())
    assert seen[-1][1:] == (total, total)


def test_libreoffice_opens_the_report(program, tmp_path, convert_with_libreoffice):
    store, _ = program
    out = write(store, tmp_path)
    csv = convert_with_libreoffice(out, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path)
    text = csv.read_text(encoding="utf-8")
    assert "Informe de resultados — Participa+" in text
    assert "Personas únicas alcanzadas,4" in text


def test_cli_writes_the_report_and_explains_bad_input(program, tmp_path, capsys):
    store, ids = program
    database = store.path
    store.close()
    out = tmp_path / "cli.xlsx"
    assert main(["report", str(database), str(out), "--implementation", ids["yumbo"]]) == 0
    assert "1 talleres, 2 asistencias, 2 personas únicas" in capsys.readouterr().out
    assert table(out, "Cifras generales")["Talleres y sesiones"][0] == 1
    assert main(["report", str(database), str(out), "--from", "2025-06-01",
                 "--to", "2025-01-01"]) == 1
    assert "antes de empezar" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", str(database), str(out), "--from", "ayer"])
    assert "no es una fecha AAAA-MM-DD" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "no.db"), str(out)]) == 1
    assert "No existe el archivo" in capsys.readouterr().err


def test_participants_with_attendance_only_elsewhere_are_not_reached(program, tmp_path):
    store, _ = program
    with store.reading() as session:
        registered = session.scalar(select(func.count()).select_from(Participant))
    out = write(store, tmp_path)
    assert registered == 5
    assert len(sheet_rows(out, "Personas")[1]) == 4
