"""Importing a roster from Personas: choose the workbook, say when the people signed the
authorisation on paper, see the counts, open the report of the rows not imported; a file
that is not a workbook is refused in plain words and adds nobody."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QDate, Qt, QUrl
from sqlalchemy import select

from participa_desktop.core.models import Participant
from participa_desktop.core.services import participants
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.registry.people_screen import PeopleScreen

CC = reference_id("document_type", "CC")
SIGNED = dt.date(2026, 11, 10)
HEADERS = ["Nombres", "Apellidos", "Tipo de documento", "Número de documento", "Celular",
           "Sexo"]
ROWS = [
    ["Yésica María", "Ibargüen Núñez", "CC", 1144123456, 3104567890, "F"],
    ["Luis", "Angulo", "CC", "16555444", "300 111 2233", "M"],  # registered already
    ["Pedro", "Mosquera", "XX", "12345678", None, "M"],  # row 4: unknown document type
    ["Juan", "de la Hoz Pérez", "C.C.", "1.098.765", None, "Masculino"],
]

pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


def write_roster(path: Path, rows=ROWS) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.active.append(HEADERS)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def store(open_store):
    store = open_store("campo")
    with store.unit_of_work() as session:
        participants.register_participant(session, {
            "given_names": "Luis", "first_surname": "Angulo", "document_type_id": CC,
            "document_number": "16555444", "consent_date": dt.date(2025, 3, 4),
            "consent_channel": "verbal", "consent_notice_version": "2025-1"})
    return store


@pytest.fixture
def screen(qtbot, app_context, show_screen, store):
    people = PeopleScreen(app_context(store))
    show_screen(people).activateWindow()
    people.activate()
    qtbot.waitUntil(lambda: people.list.model.rowCount() == 1)
    return people


class Chooser:
    """Stands in for the open dialog: answers the files given, one per call."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.started_in: list[Path] = []

    def __call__(self, start: Path) -> Path | None:
        self.started_in.append(start)
        return self.answers.pop(0)


def names(screen: PeopleScreen) -> list[str]:
    model = screen.list.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def live_people(store) -> dict[str, Participant]:
    with store.reading() as session:
        return {p.document_number: p for p in session.scalars(
            select(Participant).where(Participant.deleted.is_(False)))}


def run_import(qtbot, screen: PeopleScreen) -> None:
    importer = screen.roster_import
    assert importer.dialog is not None
    with qtbot.waitSignal(importer.finished):
        qtbot.mouseClick(importer.dialog.import_button, Qt.MouseButton.LeftButton)


def counts(screen: PeopleScreen) -> dict[str, int]:
    dialog = screen.roster_import.result_dialog
    assert dialog is not None
    return {key: int(number.text()) for key, (_name, number) in dialog.count_labels.items()}


def test_a_roster_signed_on_paper_registers_people_and_reports_the_bad_row(
        qtbot, screen, store, tmp_path):
    roster = write_roster(tmp_path / "planillas" / "lista.xlsx")
    importer = screen.roster_import
    importer.choose_file = Chooser(roster)
    opened: list[QUrl] = []
    importer.open_url = opened.append

    qtbot.keyClick(screen.search_edit, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = importer.dialog
    assert dialog is not None and "lista.xlsx" in dialog.file_label.text()
    assert not dialog.date_edit.isEnabled()
    qtbot.keyClick(dialog.signed_check, Qt.Key.Key_Space)
    assert dialog.date_edit.isEnabled()
    dialog.date_edit.setDate(QDate(SIGNED.year, SIGNED.month, SIGNED.day))
    with qtbot.waitSignal(screen.list.reloaded):
        run_import(qtbot, screen)

    assert importer.dialog is None
    assert counts(screen) == {"registered": 2, "updated": 1, "unchanged": 0,
                              "not_imported": 1}
    qtbot.waitUntil(lambda: sorted(names(screen)) == [
        "Juan de la Hoz Pérez", "Luis Angulo", "Yésica María Ibargüen Núñez"])
    people = live_people(store)
    assert people["1144123456"].consent_date == SIGNED
    assert people["1144123456"].consent_channel == "signed_paper"
    assert people["16555444"].phone == "3001112233"
    assert people["16555444"].consent_channel == "verbal"  # an import never changes it

    report = tmp_path / "planillas" / "lista-errores.xlsx"
    result = importer.result_dialog
    assert result is not None and result.open_report_button.isVisible()
    assert "lista-errores.xlsx" in result.report_label.text()
    qtbot.mouseClick(result.open_report_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(report))]
    rows = list(load_workbook(report).worksheets[0].iter_rows(values_only=True))
    assert rows[0] == ("Fila", "Nombre", "Documento", "Motivo")
    assert [row[:3] for row in rows[1:]] == [(4, "Pedro Mosquera", "12345678")]
    assert "tipo de documento «XX»" in rows[1][3]
    assert not list(tmp_path.rglob("*.part"))  # no half-written report left anywhere


def test_without_the_paper_authorisation_new_people_wait_and_the_report_says_why(
        qtbot, screen, store, tmp_path):
    roster = write_roster(tmp_path / "lista.xlsx")
    screen.roster_import.choose_file = Chooser(roster)
    screen.roster_import.start()
    run_import(qtbot, screen)

    assert counts(screen) == {"registered": 0, "updated": 1, "unchanged": 0,
                              "not_imported": 3}
    assert set(live_people(store)) == {"16555444"}
    rows = list(load_workbook(tmp_path / "lista-errores.xlsx").worksheets[0]
                .iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [2, 4, 5]
    assert "autorización" in rows[1][3]


def test_a_file_that_is_not_a_workbook_is_refused_and_adds_nobody(qtbot, screen, store,
                                                                   tmp_path):
    fake = tmp_path / "lista.xlsx"
    fake.write_text("Nombres;Apellidos\nAna;Mina\n", encoding="utf-8")
    good = write_roster(tmp_path / "otra" / "buena.xlsx", ROWS[:1])
    importer = screen.roster_import
    importer.choose_file = Chooser(fake, good)
    importer.start()
    qtbot.keyClick(importer.dialog.signed_check, Qt.Key.Key_Space)
    run_import(qtbot, screen)

    dialog = importer.dialog
    assert dialog is not None and importer.result_dialog is None
    assert dialog.error_label.isVisible()
    assert "no es un libro de Excel" in dialog.error_label.text()
    assert set(live_people(store)) == {"16555444"}
    assert not (tmp_path / "lista-errores.xlsx").exists()
    qtbot.waitUntil(lambda: names(screen) == ["Luis Angulo"])

    # Another file, from the same dialog, imports.
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "buena.xlsx" in dialog.file_label.text() and not dialog.error_label.isVisible()
    assert importer.choose_file.started_in[1] == tmp_path  # the folder used last
    run_import(qtbot, screen)
    assert counts(screen)["registered"] == 1
    assert not importer.result_dialog.open_report_button.isVisible()
    assert set(live_people(store)) == {"16555444", "1144123456"}


def test_the_report_goes_beside_the_data_when_the_roster_folder_cannot_take_it(
        qtbot, screen, store, tmp_path):
    roster = write_roster(tmp_path / "memoria" / "lista.xlsx")
    (tmp_path / "memoria" / "lista-errores.xlsx").mkdir()  # the report cannot go there
    importer = screen.roster_import
    importer.choose_file = Chooser(roster)
    opened: list[QUrl] = []
    importer.open_url = opened.append
    importer.start()
    qtbot.keyClick(importer.dialog.signed_check, Qt.Key.Key_Space)
    run_import(qtbot, screen)

    assert counts(screen)["registered"] == 2
    moved = store.path.parent / "lista-errores.xlsx"
    assert moved.is_file()
    text = importer.result_dialog.report_label.text()
    assert "carpeta de los datos" in text and str(store.path.parent) in text
    qtbot.mouseClick(importer.result_dialog.open_report_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(moved))]
    assert not list(tmp_path.rglob("*.part"))


def test_cancelling_the_file_dialog_or_the_import_changes_nothing(qtbot, screen, store,
                                                                  tmp_path):
    importer = screen.roster_import
    importer.choose_file = Chooser(None, write_roster(tmp_path / "lista.xlsx"))
    with qtbot.waitSignal(importer.finished):
        importer.start()
    assert importer.dialog is None

    importer.start()
    with qtbot.waitSignal(importer.finished):
        qtbot.mouseClick(importer.dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert importer.dialog is None and importer.result_dialog is None
    assert set(live_people(store)) == {"16555444"}
