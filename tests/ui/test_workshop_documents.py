"""The documents of a workshop from the workshops screen (and the attendance screen): the
attendance list in Excel and the two printouts (PDF), saved where the facilitator chooses,
with a name made of the workshop's title and date, the folder remembered, and clear words
when it cannot be done."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl

from participa_desktop.core.services import agreements, attendance, participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.attendance_screen import AttendanceScreen
from participa_desktop.ui.notice import Level
from participa_desktop.ui.usb_places import documents_folder
from participa_desktop.ui.workshop_documents import Kind, WorkshopDocuments
from participa_desktop.ui.workshops_screen import WorkshopsScreen

CC = reference_id("document_type", "CC")
DAY = dt.date(2026, 11, 24)
PEOPLE = [("Yésica María", "Ibargüen", "Núñez", "1144123456"),
          ("Luis", "Angulo", None, "16555444"),
          ("Ana", "Zapata", "Mina", "29888777")]


@pytest.fixture
def store(open_store):
    """A workshop on 24/11/2026 with three people (one excused) and two agreements."""
    store = open_store("documentos")
    with store.unit_of_work() as session:
        workshop = workshops.create_workshop(session, {
            "title": "Cabildo abierto: el agua", "date": DAY, "start_time": "08:00",
            "place": "Caseta comunal", "facilitators": "Ana Ruiz"})
        for number, (given, first, second, document) in enumerate(PEOPLE):
            person = participants.register_participant(session, {
                "given_names": given, "first_surname": first, "second_surname": second,
                "document_type_id": CC, "document_number": document,
                "consent_date": DAY, "consent_channel": "signed_paper",
                "consent_notice_version": "2025-1"})
            attendance.mark(session, workshop.id, person.id,
                            "excused" if number == 1 else "present")
        agreements.create_agreement(session, {
            "workshop_id": workshop.id, "text": "Pedir el informe del acueducto",
            "responsible_person": "Junta de Acción Comunal", "due_date": DAY})
        agreements.create_agreement(session, {
            "workshop_id": workshop.id, "text": "Convocar la segunda sesión"})
    return store


@pytest.fixture
def open_screen(qtbot, app_context, show_screen):
    def open_(store) -> WorkshopsScreen:
        screen = WorkshopsScreen(app_context(store))
        host = show_screen(screen)
        host.activateWindow()
        with qtbot.waitSignal(screen.list_loaded):
            screen.activate()
        return screen

    return open_


class Chooser:
    """Stands in for the save dialog: records what it was offered and answers `folder`
    plus the suggested name (or None: cancelled)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.offered: list[Path] = []

    def __call__(self, _caption: str, suggested: Path, _filter: str) -> Path | None:
        self.offered.append(suggested)
        return None if self.folder is None else self.folder / suggested.name


def save(qtbot, documents: WorkshopDocuments, kind: Kind) -> None:
    with qtbot.waitSignal(documents.finished):
        documents.actions[kind].trigger()


def table_rows(path: Path) -> list[tuple]:
    """The rows under the table header of an exported list."""
    with closing(load_workbook(path, read_only=True)) as book:  # read-only keeps it open
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row and row[0] == "N.º")
    return [row[:5] for row in rows[header + 1:]]


def test_the_list_is_exported_with_the_roster_and_named_after_the_workshop(
        qtbot, store, open_screen, tmp_path):
    screen = open_screen(store)
    documents = screen.documents
    chooser = documents.choose_file = Chooser(tmp_path / "salida")
    (tmp_path / "salida").mkdir()
    screen.table.setFocus()

    with qtbot.waitSignal(documents.finished):
        qtbot.keyClick(screen.table, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    assert chooser.offered == [
        documents_folder() / "asistencia-cabildo-abierto-el-agua-2026-11-24.xlsx"]
    out = tmp_path / "salida" / "asistencia-cabildo-abierto-el-agua-2026-11-24.xlsx"
    with store.reading() as session:
        roster = attendance.roster(session, screen.selected_id())
    assert [(number, doc) for number, *_names, doc in table_rows(out)] == [
        (number, entry.document_number) for number, entry in enumerate(roster, start=1)]
    assert sorted(row[1] for row in table_rows(out)) == sorted(p[0] for p in PEOPLE)
    assert "Ibargüen Núñez" in [row[2] for row in table_rows(out)]
    assert documents.notice.level is Level.OK
    assert out.name in documents.notice.text_label.text()
    assert "3 personas" in documents.notice.text_label.text()
    assert screen.window().statusBar().currentMessage().endswith(out.name)

    # The next document starts in the folder chosen this time.
    documents.choose_file = again = Chooser(None)
    save(qtbot, documents, Kind.SHEET)
    assert again.offered == [
        tmp_path / "salida" / "hoja-de-asistencia-cabildo-abierto-el-agua-2026-11-24.pdf"]


def test_both_printouts_are_saved_as_pdfs_that_render(qtbot, store, open_screen, tmp_path,
                                                      pages_of):
    screen = open_screen(store)
    documents = screen.documents
    documents.choose_file = Chooser(tmp_path)

    save(qtbot, documents, Kind.SHEET)
    sheet = tmp_path / "hoja-de-asistencia-cabildo-abierto-el-agua-2026-11-24.pdf"
    assert documents.last_written is not None and documents.last_written.path == sheet
    assert pages_of(sheet) == documents.last_written.count >= 1
    save(qtbot, documents, Kind.ACTA)
    acta = tmp_path / "acta-de-acuerdos-cabildo-abierto-el-agua-2026-11-24.pdf"
    assert pages_of(acta) == documents.last_written.count == 1
    assert documents.notice.heading_label.text() == "Acta de acuerdos guardada"
    assert "1 página" in documents.notice.text_label.text()


def test_the_notice_opens_the_file_and_its_folder(qtbot, store, open_screen, tmp_path):
    screen = open_screen(store)
    documents = screen.documents
    documents.choose_file = Chooser(tmp_path)
    opened: list[QUrl] = []
    documents.open_url = opened.append
    save(qtbot, documents, Kind.LIST)
    out = tmp_path / "asistencia-cabildo-abierto-el-agua-2026-11-24.xlsx"

    qtbot.mouseClick(documents.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(documents.open_folder_button, Qt.MouseButton.LeftButton)

    assert opened == [QUrl.fromLocalFile(str(out)), QUrl.fromLocalFile(str(tmp_path))]


@pytest.mark.parametrize("kind", list(Kind))
def test_a_missing_folder_is_explained_and_nothing_is_written(qtbot, store, open_screen,
                                                               tmp_path, kind):
    screen = open_screen(store)
    documents = screen.documents
    gone = tmp_path / "memoria-retirada"
    documents.choose_file = Chooser(gone)

    save(qtbot, documents, kind)

    assert documents.notice.level is Level.ERROR
    text = documents.notice.text_label.text()
    assert "carpeta" in text and "no existe" in text.lower()
    assert not gone.exists()
    assert not documents.open_file_button.isVisibleTo(documents.notice)
    assert all(action.isEnabled() for action in documents.actions.values())


@pytest.mark.parametrize("kind", list(Kind))
def test_an_existing_file_stays_as_it_was_when_the_document_cannot_be_made(
        qtbot, store, open_screen, tmp_path, kind):
    screen = open_screen(store)
    documents = screen.documents
    workshop_id = screen.selected_id()
    existing = tmp_path / f"anterior{kind.suffix}"
    existing.write_bytes(b"lo de antes")

    def deleted_meanwhile(_caption: str, _suggested: Path, _filter: str) -> Path:
        # Another laptop's deletion arrives while the dialog is open.
        with store.unit_of_work() as session:
            workshops.delete_workshop(session, workshop_id)
        return existing

    documents.choose_file = deleted_meanwhile
    save(qtbot, documents, kind)

    assert documents.notice.level is Level.ERROR
    assert "eliminado" in documents.notice.text_label.text()
    assert existing.read_bytes() == b"lo de antes"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == kind.suffix) == [
        existing.name]


def test_the_documents_are_off_until_a_workshop_is_chosen(qtbot, open_store, open_screen,
                                                          tmp_path):
    store = open_store("vacio")
    screen = open_screen(store)
    documents = screen.documents
    assert screen.selected_id() is None
    assert not documents.button.isEnabled()
    assert not any(action.isEnabled() for action in documents.actions.values())
    chooser = documents.choose_file = Chooser(tmp_path)
    qtbot.keyClick(screen.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert chooser.offered == []

    with store.unit_of_work() as session:
        workshops.create_workshop(session, {"title": "Mesa de seguimiento", "date": DAY})
    with qtbot.waitSignal(screen.list_loaded):
        screen.context.changed("workshop")
    assert documents.button.isEnabled()
    assert all(action.isEnabled() for action in documents.actions.values())


def test_cancelling_the_dialog_writes_nothing(qtbot, store, open_screen, tmp_path):
    screen = open_screen(store)
    documents = screen.documents
    documents.choose_file = Chooser(None)
    save(qtbot, documents, Kind.ACTA)
    assert documents.last_written is None
    assert not documents.notice.isVisibleTo(screen)
    assert documents.acta_action.isEnabled()


def test_the_attendance_screen_prints_the_sheet_of_the_workshop_it_shows(
        qtbot, store, app_context, show_screen, tmp_path, pages_of):
    context = app_context(store)
    screen = AttendanceScreen(context)
    show_screen(screen).activateWindow()
    documents = screen.header.documents
    assert not documents.button.isEnabled()  # no workshop yet
    with store.reading() as session:
        workshop_id = workshops.find_workshops(session)[0]
    with qtbot.waitSignal(screen.roster_shown):
        context.hub.open_attendance.emit(workshop_id)
    assert documents.button.isEnabled()
    documents.choose_file = Chooser(tmp_path)

    with qtbot.waitSignal(documents.finished):
        qtbot.keyClick(screen.search.box, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    sheet = tmp_path / "hoja-de-asistencia-cabildo-abierto-el-agua-2026-11-24.pdf"
    assert documents.notice.level is Level.OK
    assert pages_of(sheet) == documents.last_written.count >= 1
