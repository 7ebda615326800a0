"""The first run with a provisioning file: found beside a built app's executable, or chosen
on the work-mode page, it fills in the language, the server and the enrolment code (and
the default implementation of new workshops); an altered file is refused in words and
fills in nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from participa_desktop import paths
from participa_desktop.core import provisioning, server_link
from participa_desktop.core.provisioning import (
    FILE_NAME,
    TRUSTED_KEYS_VARIABLE,
    load_signing_key,
    make_key_pair,
    write_provisioning,
)
from participa_desktop.ui import i18n, settings
from participa_desktop.ui.first_run import FirstRunWizard
from participa_desktop.ui.first_run_pages import LANGUAGE_NAMES
from participa_desktop.ui.notice import Level
from participa_desktop.ui.settings import Settings
from participa_desktop.ui.tasks import TaskRunner

IMPLEMENTATION = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
SERVER = "https://sincronizacion.minga.org"
FINISH = QWizard.WizardButton.FinishButton


@pytest.fixture
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "datos"
    folder.mkdir()
    monkeypatch.setattr(paths, "data_folder", lambda: folder)
    return folder


@pytest.fixture
def key_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The program's signing key, trusted by this installation (PARTICIPA_TRUSTED_KEYS)."""
    path = tmp_path / "coordinacion.key"
    monkeypatch.setenv(TRUSTED_KEYS_VARIABLE, str(make_key_pair(path)))
    return path


@pytest.fixture
def app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run as a built app whose executable is in tmp_path/Participa."""
    folder = tmp_path / "Participa"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "participa"))
    return folder


@pytest.fixture
def provision(key_file: Path):
    """provision(path, **changes): a provisioning file for Fundación Minga at `path`."""

    def write(path: Path, **changes) -> Path:
        values = {"server_url": SERVER, "organization_name": "Fundación Minga",
                  "enrolment_code": "7F3-A21-9C4", "implementation_id": IMPLEMENTATION,
                  "language": None}
        values.update(changes)
        write_provisioning(path, load_signing_key(key_file), **values)
        return path

    return write


@pytest.fixture
def make_wizard(qtbot: QtBot, data_folder: Path, tmp_path: Path,
                monkeypatch: pytest.MonkeyPatch):
    """make_wizard(): the first-run wizard, made now (it looks for the file as it starts)
    and shown, in Spanish; its runner waited for and its file closed at the end."""
    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    i18n.apply_language("es")
    made: list[tuple[FirstRunWizard, TaskRunner]] = []

    def make() -> FirstRunWizard:
        runner = TaskRunner()
        wizard = FirstRunWizard(runner, Settings(), credentials_folder=tmp_path / "credenciales")
        qtbot.addWidget(wizard)
        wizard.show()
        made.append((wizard, runner))
        return wizard

    yield make
    for wizard, runner in made:
        runner.wait(30_000)
        wizard.close_store()


def press_enter(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def wait_for_page(qtbot: QtBot, wizard: FirstRunWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == page_id and not wizard.busy)


def type_into(qtbot: QtBot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def to_work_mode_page(qtbot: QtBot, wizard: FirstRunWizard, tmp_path: Path) -> None:
    """From the first page, through a new data file, to the work-mode page."""
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DATA_FILE)
    type_into(qtbot, wizard.data_file_page.new_edit, str(tmp_path / "campo.sqlite"))
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.WORK_MODE)


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The next file dialog answers `path`; returns the filters it was shown with."""
    filters: list[str] = []

    def answer(_parent, _caption, _folder, file_filter):
        filters.append(file_filter)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return filters


# --- found beside the built app ---------------------------------------------------------


def test_a_file_beside_the_built_app_fills_in_the_first_run_and_enrols_for_real(
    qtbot: QtBot, make_wizard, provision, app_folder: Path, tmp_path: Path, live_server
) -> None:
    organization = live_server.organization("Fundación Minga")
    code = live_server.code(organization)
    provision(app_folder / FILE_NAME, server_url=live_server.url, enrolment_code=code)

    wizard = make_wizard()
    first = wizard.language_page.notice
    assert first.isVisibleTo(wizard.language_page) and first.level is Level.INFO
    assert "«Fundación Minga»" in first.heading_label.text()

    to_work_mode_page(qtbot, wizard, tmp_path)
    page = wizard.work_mode_page
    assert page.enrol_radio.isChecked() and page.server_edit.isEnabled()
    assert page.server_edit.text() == live_server.url
    assert page.code_edit.text() == code
    assert page.notice.isVisibleTo(page)
    assert page.notice.heading_label.text() == (
        "Configuración de «Fundación Minga» (archivo de aprovisionamiento)")

    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)
    link = server_link.read_link(wizard.store)
    assert link is not None and link.organization_name == "Fundación Minga"
    assert link.url == live_server.url

    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)
    assert Settings().default_implementation == IMPLEMENTATION


def test_a_file_without_a_code_leaves_the_code_to_the_person(
    qtbot: QtBot, make_wizard, provision, app_folder: Path, tmp_path: Path
) -> None:
    provision(app_folder / FILE_NAME, enrolment_code=None, implementation_id=None)

    wizard = make_wizard()
    to_work_mode_page(qtbot, wizard, tmp_path)

    page = wizard.work_mode_page
    assert page.server_edit.text() == SERVER and page.code_edit.text() == ""
    assert "Escriba el código de inscripción" in page.notice.text_label.text()
    wizard.work_mode_page.offline_radio.setChecked(True)
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)
    with qtbot.waitSignal(wizard.accepted):
        press_enter(qtbot, wizard)
    assert Settings().default_implementation == ""


def test_the_files_language_applies_when_none_was_chosen_before(
    make_wizard, provision, app_folder: Path
) -> None:
    provision(app_folder / FILE_NAME, language="en")

    wizard = make_wizard()

    assert wizard.language_page.buttons["en"].isChecked()
    assert i18n.current_language() == "en"
    assert Settings().language == "en"


def test_a_language_chosen_before_is_kept(make_wizard, provision, app_folder: Path) -> None:
    Settings().language = "es"
    provision(app_folder / FILE_NAME, language="en")

    wizard = make_wizard()

    assert wizard.language_page.buttons["es"].isChecked()
    assert i18n.current_language() == "es"
    assert wizard.work_mode_page.server_edit.text() == SERVER  # the rest still applies


def test_an_altered_file_is_refused_on_the_first_page_and_fills_in_nothing(
    qtbot: QtBot, make_wizard, provision, app_folder: Path, tmp_path: Path
) -> None:
    path = provision(app_folder / FILE_NAME, language="en")
    path.write_text(path.read_text(encoding="utf-8").replace("minga.org", "mlnga.org"),
                    encoding="utf-8")

    wizard = make_wizard()
    notice = wizard.language_page.notice
    assert notice.isVisibleTo(wizard.language_page) and notice.level is Level.WARNING
    assert notice.heading_label.text() == "No se usó el archivo de aprovisionamiento"
    assert "fue modificado después de firmado, así que no se usa" in notice.text_label.text()
    assert str(path) in notice.text_label.text()
    assert wizard.language_page.buttons["es"].isChecked()
    assert i18n.current_language() == "es"
    assert wizard.provisioning is None

    to_work_mode_page(qtbot, wizard, tmp_path)
    page = wizard.work_mode_page
    assert page.offline_radio.isChecked()
    assert page.server_edit.text() == "" and page.code_edit.text() == ""
    assert not page.notice.isVisibleTo(page)


def test_a_file_signed_by_an_unknown_key_is_refused(
    make_wizard, provision, app_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    provision(app_folder / FILE_NAME)
    monkeypatch.delenv(TRUSTED_KEYS_VARIABLE)

    wizard = make_wizard()

    assert "no confía" in wizard.language_page.notice.text_label.text()
    assert wizard.work_mode_page.server_edit.text() == ""


# --- chosen by the person ---------------------------------------------------------------


def test_the_person_can_choose_a_file_on_the_work_mode_page(
    qtbot: QtBot, make_wizard, provision, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "descargas").mkdir()
    chosen = provision(tmp_path / "descargas" / "minga.json", language="en")
    wizard = make_wizard()  # from source: nothing found by itself
    assert wizard.provisioning is None
    assert not wizard.language_page.notice.isVisibleTo(wizard.language_page)
    to_work_mode_page(qtbot, wizard, tmp_path)
    page = wizard.work_mode_page
    assert page.provisioning_button.text() == "&Usar un archivo de aprovisionamiento…"

    filters = choose_file(monkeypatch, chosen)
    qtbot.mouseClick(page.provisioning_button, Qt.MouseButton.LeftButton)

    assert "*.json" in filters[0]
    assert page.enrol_radio.isChecked()
    assert (page.server_edit.text(), page.code_edit.text()) == (SERVER, "7F3-A21-9C4")
    assert "«Fundación Minga»" in page.notice.heading_label.text()
    assert i18n.current_language() == "es"  # the language was chosen on the first page

    altered = tmp_path / "descargas" / "alterado.json"
    altered.write_text(chosen.read_text(encoding="utf-8").replace("7F3", "7F4"),
                       encoding="utf-8")
    choose_file(monkeypatch, altered)
    qtbot.mouseClick(page.provisioning_button, Qt.MouseButton.LeftButton)

    assert page.notice.level is Level.WARNING
    assert "«alterado.json» fue modificado después de firmado" in page.notice.text_label.text()
    assert page.code_edit.text() == "7F3-A21-9C4"  # what was filled in stays


def test_a_provisioned_code_already_used_asks_for_a_personal_code(
    qtbot: QtBot, make_wizard, provision, app_folder: Path, tmp_path: Path, live_server,
    open_store
) -> None:
    organization = live_server.organization("Fundación Minga")
    shared = live_server.code(organization)
    server_link.enrol(open_store("otro-portatil"), live_server.url, shared,
                      credentials_folder=tmp_path / "otras-credenciales")
    provision(app_folder / FILE_NAME, server_url=live_server.url, enrolment_code=shared)

    wizard = make_wizard()
    to_work_mode_page(qtbot, wizard, tmp_path)
    page = wizard.work_mode_page
    press_enter(qtbot, wizard)

    qtbot.waitUntil(lambda: not wizard.busy and page.error.isVisible())
    assert "Cada código inscribe un solo equipo" in page.error.text()
    assert "pida a su coordinador(a) un código personal" in page.error.text()
    assert page.code_edit.hasFocus() and page.code_edit.selectedText() == shared
    assert wizard.currentId() == FirstRunWizard.WORK_MODE

    qtbot.keyClicks(page.code_edit, live_server.code(organization))  # replaces the selection
    press_enter(qtbot, wizard)
    wait_for_page(qtbot, wizard, FirstRunWizard.DEMO)
    assert server_link.read_link(wizard.store).organization_name == "Fundación Minga"


def test_the_languages_a_file_may_choose_are_the_apps() -> None:
    assert provisioning.LANGUAGES == settings.LANGUAGES
    assert tuple(code for code, _name in LANGUAGE_NAMES) == provisioning.LANGUAGES
