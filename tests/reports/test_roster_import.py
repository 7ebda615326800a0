"""Importing a roster from Excel: tolerant headers, Excel's numbers and dates, people
updated not duplicated, every rejected row reported, re-imports that change nothing."""

import datetime as dt

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from participa_desktop.cli import main
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.models import Participant
from participa_desktop.core.store.seed import reference_id
from participa_desktop.reports.roster_headers import find_header_row
from participa_desktop.reports.roster_import import (
    ConsentDefaults,
    RosterError,
    import_roster,
    split_surnames,
)

SPANISH = ["Nº", "NOMBRES", "Apellidos", "Tipo doc.", "Número de documento", "Celular",
           "Correo electrónico", "Sexo", "Fecha de nacimiento", "Etnia", "Municipio",
           "Autoriza datos", "Fecha autorización"]


def _roster(path, rows, headers=SPANISH, title_rows=()):
    book = Workbook()
    sheet = book.active
    for title in title_rows:
        sheet.append(title)
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _people(store):
    with store.reading() as session:
        return {p.document_number: p for p in session.scalars(
            select(Participant).where(Participant.deleted.is_(False)))}


def _dump(store):
    with store.engine.connect() as connection:
        return list(dump_lines(connection))


def _import(store, path, consent=None):
    with store.unit_of_work() as session:
        return import_roster(session, path, consent)


@pytest.fixture
def spanish_roster(tmp_path):
    return _roster(tmp_path / "lista.xlsx", [
        [1, "Yésica María", "Ibargüen Núñez", "CC", 1144123456.0, 3104567890, "YESICA@Correo.co",
         "F", 32874, "Afrocolombiana", "Quibdó", "Sí", "15/03/2025"],
        [2, "Juan", "de la Hoz Pérez", "C.C.", "1.098.765", "310 222 3344", None,
         "Masculino", "07/08/1990", "Ninguno", "Villanueva, Casanare", "si",
         dt.datetime(2025, 3, 15)],
        [3, "Ana", "Rentería", "TI", "1023456789", None, None, "Mujer",
         dt.datetime(2000, 1, 2), "Indígena", "Medellín", "no", None],
        [4, "Pedro", "Mosquera", "CC", "12", None, None, "M", "31/02/1980", None, None,
         "sí", "01/04/2025"],
        [None, None, None, None, None, None, None, None, None, None, None, None, None],
    ], title_rows=[["Lista de asistencia — Taller de liderazgo"], []])


def test_a_spanish_roster_is_registered_with_excel_numbers_and_dates_read(open_store,
                                                                          spanish_roster):
    store = open_store("datos")
    result = _import(store, spanish_roster)
    assert (result.registered, result.updated, result.unchanged) == (2, 0, 0)
    people = _people(store)
    yesica = people["1144123456"]
    assert (yesica.given_names, yesica.first_surname, yesica.second_surname) == (
        "Yésica María", "Ibargüen", "Núñez")
    assert yesica.phone == "3104567890" and yesica.email == "yesica@correo.co"
    assert yesica.gender == "female" and yesica.birth_date == dt.date(1990, 1, 1)
    assert yesica.ethnic_group_id == reference_id("ethnic_group", "afro")
    assert yesica.consent_date == dt.date(2025, 3, 15)
    assert yesica.consent_channel == "signed_paper"
    juan = people["1098765"]
    assert (juan.first_surname, juan.second_surname) == ("de la Hoz", "Pérez")
    assert juan.birth_date == dt.date(1990, 8, 7) and juan.gender == "male"
    assert juan.phone == "3102223344"
    assert juan.document_type_id == reference_id("document_type", "CC")
    rows = {p.row: p.reason for p in result.problems}
    assert set(rows) == {6, 7}  # the header is on row 3, below a title and a blank row
    assert "no autorizó" in rows[6]
    assert "cédula" in rows[7] and "fecha de nacimiento" in rows[7]


def test_reimporting_the_same_roster_changes_nothing(open_store, fill_demo, spanish_roster):
    store = open_store("datos")
    fill_demo(store)
    _import(store, spanish_roster)
    before = _dump(store)
    again = _import(store, spanish_roster)
    assert (again.registered, again.updated, again.unchanged) == (0, 0, 2)
    assert len(again.problems) == 2
    assert _dump(store) == before


def test_people_already_registered_are_updated_not_duplicated(open_store, tmp_path,
                                                               spanish_roster):
    store = open_store("datos")
    _import(store, spanish_roster)
    newer = _roster(tmp_path / "nueva.xlsx", [
        ["Yesica Maria", "Ibarguen Nunez", "CC", 1144123456, 3209998877, "", ""],
    ], headers=["Nombre", "Apellidos", "Tipo de documento", "Cédula", "Teléfono", "Correo",
                "Sexo"])
    result = _import(store, newer)
    assert (result.registered, result.updated, result.problems) == (0, 1, [])
    people = _people(store)
    assert len(people) == 2
    yesica = people["1144123456"]
    assert yesica.phone == "3209998877"
    assert yesica.given_names == "Yesica Maria"
    assert yesica.email == "yesica@correo.co"  # empty cells never erase


def test_english_headers_and_a_paper_roster_with_signed_consent(open_store, tmp_path):
    store = open_store("datos")
    path = _roster(tmp_path / "roster.xlsx", [
        ["Luz", "Palacios", "Ríos", 52123456.0, "female", "1985-05-20", "luz@x.org"],
        ["Sin", "Documento", None, None, "other", None, None],
    ], headers=["First name", "First surname", "Second surname", "ID number", "Gender",
                "Date of birth", "E-mail"])
    refused = _import(store, path)
    assert refused.registered == 0 and len(refused.problems) == 2
    assert all("autorización" in p.reason for p in refused.problems)
    assert _people(store) == {}

    signed = _import(store, path, ConsentDefaults(dt.date(2025, 6, 1)))
    assert (signed.registered, signed.problems) == (2, [])
    luz = _people(store)["52123456"]
    assert (luz.second_surname, luz.birth_date, luz.consent_date) == (
        "Ríos", dt.date(1985, 5, 20), dt.date(2025, 6, 1))
    again = _import(store, path, ConsentDefaults(dt.date(2025, 6, 1)))
    assert (again.registered, again.unchanged) == (0, 2)  # no document: same names


def test_the_cli_reports_rejected_rows_in_a_workbook(open_store, spanish_roster, tmp_path,
                                                     capsys):
    store = open_store("datos")
    db = store.path
    store.close()
    assert main(["import-participants", str(db), str(spanish_roster)]) == 0
    out = capsys.readouterr().out
    report = tmp_path / "lista-errores.xlsx"
    assert "2 registradas, 0 actualizadas, 0 sin cambios, 2 con problemas: vea" in out
    assert str(report) in out
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0] == ("Fila", "Nombre", "Documento", "Motivo")
    assert [r[0] for r in rows[1:]] == [6, 7]
    assert rows[1][1] == "Ana Rentería"


def test_the_cli_needs_consent_or_the_signed_paper_date(open_store, tmp_path, capsys):
    store = open_store("datos")
    store.close()
    db = tmp_path / "datos.sqlite"
    path = _roster(tmp_path / "l.xlsx", [["Eva", "Cuesta", "30111222"]],
                   headers=["Nombres", "Apellidos", "Documento"])
    assert main(["import-participants", str(db), str(path)]) == 0
    assert "0 registradas" in capsys.readouterr().out
    assert main(["import-participants", str(db), str(path),
                 "--consent-signed-paper", "2025-02-01"]) == 0
    assert "1 registradas" in capsys.readouterr().out


def test_a_file_that_is_not_a_workbook_changes_nothing(open_store, fill_demo, tmp_path,
                                                       capsys):
    store = open_store("datos")
    fill_demo(store)
    before = _dump(store)
    store.close()
    fake = tmp_path / "lista.xlsx"
    fake.write_text("Nombres;Apellidos\nAna;Ríos\n", encoding="utf-8")
    assert main(["import-participants", str(tmp_path / "datos.sqlite"), str(fake)]) == 1
    error = capsys.readouterr().err
    assert "no es un libro de Excel" in error
    assert not (tmp_path / "lista-errores.xlsx").exists()
    reopened = open_store("datos")
    assert _dump(reopened) == before


def test_a_sheet_without_recognisable_headers_is_refused(open_store, tmp_path):
    store = open_store("datos")
    path = _roster(tmp_path / "x.xlsx", [["Ana", "Ríos"]], headers=["Columna A", "Columna B"])
    with pytest.raises(RosterError, match="fila de títulos"):
        _import(store, path)


def test_headers_are_matched_without_accents_case_or_punctuation():
    row = ["", "  número DE documento ", "APELLIDOS", "e-mail", "Género", "Otra cosa"]
    assert find_header_row([["Título"], row]) == (1, {
        "document_number": 1, "surnames": 2, "email": 3, "gender": 4})


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Ibargüen Núñez", "Ibargüen", "Núñez"),
    ("de la Hoz Pérez", "de la Hoz", "Pérez"),
    ("Mosquera", "Mosquera", None),
    ("Palacios del Río", "Palacios", "del Río"),
])
def test_surnames_are_split_keeping_particles(text, first, second):
    assert split_surnames(text) == (first, second)
