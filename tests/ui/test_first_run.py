"""The first run: language, data file, enrolment or offline work, demo data; driven from
the keyboard and the mouse through the wizard's own widgets."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from participa_desktop import paths
from participa_desktop.core import server_link
from participa_desktop.core.models import Participant
from participa_desktop.core.store import Store
from participa_desktop.ui import i18n
from participa_desktop.ui.app import Launcher
from participa_desktop.ui.first_run import FirstRunWizard
from participa_desktop.ui.first_run_pages import DataFilePage
from participa_desktop.ui.first_run_work import DEMO_PARTICIPANTS
from participa_desktop.ui.settings import Settings
from participa_desktop.ui.tasks import TaskRunner

FOREIGN_BYTES = b"esto no es una base de datos " * 100
NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's data folder (where the default data file goes) is tmp_path/datos."""
    folder = tmp_path / "datos"
    folder.mkdir()
    monkeypatch.setattr(paths, "data_folder", lambda: folder)
    return folder


@pytest.fixture
def launcher(qtbot: QtBot, data_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """launcher(): the app's start-up flow; shut down (window, wizard, file) at the end."""
    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    made: list[Launcher] = []

    def make() -> Launcher:
        made.append(Launcher(Settings(), credentials_folder=tmp_path / "credenciales"))
        return made[-1]

    yield make
    for launcher_ in made:
        launcher_.shutdown()


@pytest.fixture
def wizard(qtbot: QtBot, data_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The first-run wizard alone, shown, with its own task runner, in Spanish with Qt's
    own strings in Spanish too (as the app starts)."""
    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    i18n.apply_language("es")
    runner = TaskRunner()
    shown = FirstRunWizard(runner, Settings(), credentials_folder=tmp_path / "credenciales")
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    runner.wait(30_000)
    shown.close_store()


@pytest.fixture
def foreign_file(tmp_path: Path) -> Path:
    path = tmp_path / "notas.sqlite"
    path.write_bytes(FOREIGN_BYTES)
    return path


def press_enter(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """Enter, as a person would press it on the page (the wizard's default button)."""
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def wait_for_page(qtbot: QtBot, wizard: FirstRunWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy)


def type_into(qtbot: QtBot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def to_data_file_page(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    assert wizard.currentId() == FirstRunWizard.LANGUAGE
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DATA_FILE)


def create_new_file(qtbot: QtBot, wizard: FirstRunWizard, path: Path) -> None:
    to_data_file_page(qtbot, wizard)
    type_into(qtbot, wizard.data_file_page.new_edit, str(path))
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.WORK_MODE)


def choose(qtbot: QtBot, button) -> None:
    """Click a radio button or check box on its indicator (its widget is wider than what
    reacts to a click)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def visible_message_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name \
                and widget.isVisible():
            return widget
    return None


def count_people(store: Store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Participant))


# --- the whole first run ---------------------------------------------------------------


def test_first_run_creates_a_new_file_with_demo_data_offline_and_opens_the_window(
    qtbot: QtBot, launcher, data_folder: Path, tmp_path: Path
) -> None:
    start = launcher()
    start.start(None)
    wizard = start.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.language_page.buttons["es"].isChecked()

    to_data_file_page(qtbot, wizard)
    page = wizard.data_file_page
    assert page.new_radio.isChecked()
    assert page.new_edit.text() == str(data_folder / "participa.sqlite")  # the default, shown
    chosen = tmp_path / "campo" / "practica"  # no suffix, folder not there yet
    type_into(qtbot, page.new_edit, str(chosen))
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.WORK_MODE)

    assert wizard.work_mode_page.offline_radio.isChecked()
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)

    demo = wizard.demo_page
    assert demo.demo_check.isEnabled()
    assert not demo.warning.isVisible()
    choose(qtbot, demo.demo_check)
    assert demo.warning.isVisible()
    assert f"{DEMO_PARTICIPANTS} personas" in demo.warning.text_label.text()
    assert "inventados" in demo.warning.heading_label.text()
    with qtbot.waitSignal(start.window_opened):
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)

    created = chosen.with_suffix(".sqlite")
    window = start.window
    assert window is not None and window.isVisible()
    assert not wizard.isVisible()
    assert window.context.store.path == created
    assert created.is_file()
    assert Settings().last_database == str(created)
    assert count_people(window.context.store) >= DEMO_PARTICIPANTS


def test_the_file_opened_last_opens_directly_next_time(
    qtbot: QtBot, launcher, tmp_path: Path
) -> None:
    remembered = tmp_path / "campo.sqlite"
    Store.open(remembered).close()
    Settings().last_database = str(remembered)

    start = launcher()
    with qtbot.waitSignal(start.window_opened):
        start.start(None)

    assert start.wizard is None
    assert start.window.context.store.path == remembered


def test_a_remembered_file_that_is_gone_brings_the_wizard_back_saying_so(
    qtbot: QtBot, launcher, tmp_path: Path
) -> None:
    gone = tmp_path / "usb" / "campo.sqlite"
    Settings().last_database = str(gone)

    start = launcher()
    start.start(None)

    notice = start.wizard.data_file_page.notice
    assert notice.isVisibleTo(start.wizard.data_file_page)
    assert str(gone) in notice.text_label.text()


def test_a_file_that_cannot_be_opened_at_start_is_explained_and_the_wizard_offered(
    qtbot: QtBot, launcher, foreign_file: Path
) -> None:
    start = launcher()
    start.start(foreign_file)

    qtbot.waitUntil(lambda: visible_message_box("open_failed") is not None)
    box = visible_message_box("open_failed")
    assert "notas.sqlite" in box.informativeText()
    assert "no es una base de datos de Participa+" in box.informativeText()
    assert start.wizard is None  # not yet: first the message is read
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: start.wizard is not None and start.wizard.isVisible())
    assert start.window is None
    assert foreign_file.read_bytes() == FOREIGN_BYTES
    assert Settings().last_database == ""


def test_cancelling_the_wizard_ends_the_app(qtbot: QtBot, launcher) -> None:
    start = launcher()
    start.start(None)

    with qtbot.waitSignal(start.finished) as ended:
        qtbot.keyClick(start.wizard, Qt.Key.Key_Escape)

    assert ended.args == [0]
    assert start.window is None


# --- the data file page -----------------------------------------------------------------


def test_an_existing_file_that_is_not_participa_is_refused_and_nothing_changes(
    qtbot: QtBot, wizard: FirstRunWizard, foreign_file: Path
) -> None:
    to_data_file_page(qtbot, wizard)
    page = wizard.data_file_page
    choose(qtbot, page.open_radio)
    assert page.open_edit.isEnabled() and not page.new_edit.isEnabled()
    type_into(qtbot, page.open_edit, str(foreign_file))
    press_enter(qtbot, wizard)

    qtbot.waitUntil(lambda: page.error.isVisible() and not wizard.busy)
    assert "no es una base de datos de Participa+" in page.error.text()
    assert wizard.currentId() == FirstRunWizard.DATA_FILE
    assert wizard.button(NEXT).isEnabled()  # the user can correct and go on
    assert page.open_edit.isEnabled()
    assert wizard.store is None
    assert foreign_file.read_bytes() == FOREIGN_BYTES
    assert Settings().last_database == ""


@pytest.mark.parametrize(("open_existing", "typed", "message"), [
    (True, "{tmp}/no-existe.sqlite", "No se encontró el archivo"),
    (False, "{tmp}/ya-esta.sqlite", "Ya existe un archivo"),
    (False, "", "Escriba o elija la ubicación"),
    (False, "relativo.sqlite", "ubicación completa"),
])
def test_a_path_that_cannot_be_used_is_explained_beside_the_field(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path,
    open_existing: bool, typed: str, message: str,
) -> None:
    (tmp_path / "ya-esta.sqlite").write_bytes(b"")
    to_data_file_page(qtbot, wizard)
    page = wizard.data_file_page
    radio, edit = ((page.open_radio, page.open_edit) if open_existing
                   else (page.new_radio, page.new_edit))
    choose(qtbot, radio)
    type_into(qtbot, edit, typed.format(tmp=tmp_path))
    press_enter(qtbot, wizard)

    assert page.error.isVisible()
    assert message in page.error.text()
    assert wizard.currentId() == FirstRunWizard.DATA_FILE
    assert not (tmp_path / "no-existe.sqlite").exists()


def test_an_earlier_default_file_is_offered_to_open(
    qtbot: QtBot, data_folder: Path, wizard: FirstRunWizard
) -> None:
    default = data_folder / "participa.sqlite"
    Store.open(default).close()
    page = DataFilePage()  # a page made now sees the file
    qtbot.addWidget(page)

    assert page.open_radio.isChecked()
    assert page.open_edit.text() == str(default)


def test_going_back_and_choosing_another_file_opens_that_one(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    create_new_file(qtbot, wizard, tmp_path / "primero.sqlite")
    first = wizard.store
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    type_into(qtbot, wizard.data_file_page.new_edit, str(tmp_path / "segundo.sqlite"))
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.WORK_MODE)

    assert wizard.store is not first
    assert wizard.store.path == tmp_path / "segundo.sqlite"


# --- language ---------------------------------------------------------------------------


def test_choosing_english_applies_at_once_to_the_wizard(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    spanish_next = wizard.button(NEXT).text()
    spanish_cancel = wizard.button(QWizard.WizardButton.CancelButton).text()
    assert spanish_cancel == "Cancelar"

    choose(qtbot, wizard.language_page.buttons["en"])

    assert i18n.current_language() == "en"
    assert Settings().language == "en"
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == "&Next >")  # LanguageChange is posted
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel"

    choose(qtbot, wizard.language_page.buttons["es"])

    assert i18n.current_language() == "es"
    assert Settings().language == "es"
    qtbot.waitUntil(lambda: wizard.button(NEXT).text() == spanish_next)
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == spanish_cancel


# --- how to work ------------------------------------------------------------------------


def test_enrolment_problems_are_shown_in_words_and_the_page_stays(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    create_new_file(qtbot, wizard, tmp_path / "campo.sqlite")
    page = wizard.work_mode_page
    choose(qtbot, page.enrol_radio)
    assert page.server_edit.isEnabled()
    press_enter(qtbot, wizard)

    assert "Escriba la dirección del servidor" in page.error.text()
    assert wizard.currentId() == FirstRunWizard.WORK_MODE

    type_into(qtbot, page.server_edit, "ftp://servidor.ejemplo.org")
    type_into(qtbot, page.code_edit, "ABC-123")
    press_enter(qtbot, wizard)

    qtbot.waitUntil(lambda: not wizard.busy and "no es una dirección de servidor"
                    in page.error.text())
    assert page.error.isVisible()
    assert wizard.currentId() == FirstRunWizard.WORK_MODE
    assert wizard.link is None
    assert server_link.read_link(wizard.store) is None


def test_an_enrolment_that_keeps_retrying_can_be_cancelled(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        closed_port = probe.getsockname()[1]  # nobody listens there once closed
    create_new_file(qtbot, wizard, tmp_path / "campo.sqlite")
    page = wizard.work_mode_page
    choose(qtbot, page.enrol_radio)
    type_into(qtbot, page.server_edit, f"http://127.0.0.1:{closed_port}")
    type_into(qtbot, page.code_edit, "ABC-123")
    press_enter(qtbot, wizard)

    assert wizard.busy
    assert not wizard.button(NEXT).isEnabled()
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    assert cancel.isEnabled()
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not wizard.busy)
    assert "Inscripción cancelada" in page.error.text()
    assert wizard.isVisible() and wizard.currentId() == FirstRunWizard.WORK_MODE
    assert wizard.link is None
    assert page.server_edit.isEnabled()  # ready to try again


def test_enrolling_with_a_code_links_the_file_and_leaves_out_demo_data(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path, live_server
) -> None:
    organization = live_server.organization("Fundación Minga")
    create_new_file(qtbot, wizard, tmp_path / "campo.sqlite")
    page = wizard.work_mode_page
    choose(qtbot, page.enrol_radio)
    type_into(qtbot, page.server_edit, live_server.url)
    type_into(qtbot, page.code_edit, live_server.code(organization))
    press_enter(qtbot, wizard)

    wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)
    link = server_link.read_link(wizard.store)
    assert link is not None and link.organization_name == "Fundación Minga"
    demo = wizard.demo_page
    assert not demo.demo_check.isEnabled()
    assert demo.unavailable.isVisible()

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert "Fundación Minga" in page.enrolled_label.text()
    assert not page.enrol_radio.isEnabled()  # enrolled once is enough

    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
        wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert count_people(wizard.store) == 0


def test_opening_an_existing_file_offers_no_demo_data(
    qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path
) -> None:
    existing = tmp_path / "campo.sqlite"
    Store.open(existing).close()
    to_data_file_page(qtbot, wizard)
    page = wizard.data_file_page
    choose(qtbot, page.open_radio)
    type_into(qtbot, page.open_edit, str(existing))
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.WORK_MODE)
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)

    assert not wizard.demo_page.demo_check.isEnabled()
    assert str(existing) in wizard.demo_page.summary.text()
    with qtbot.waitSignal(wizard.accepted):
        press_enter(qtbot, wizard)
    store = wizard.take_store()
    try:
        assert store.path == existing
    finally:
        store.close()
