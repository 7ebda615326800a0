"""The sync screen, driven through its widgets against a real server on loopback:
enrolment, a sync that leaves the window responsive, cancel, and failures in words."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from participa_desktop.core import server_link
from participa_desktop.ui.sync_screen import SyncScreen


@pytest.fixture
def screen(open_store, fill_demo, app_context, show_screen):
    store = open_store("campo")
    fill_demo(store, participants=300, workshops=8)
    widget = SyncScreen(app_context(store))
    show_screen(widget)
    return widget


def _enrol(qtbot, screen, server) -> None:
    org = server.organization("Fundación Uno")
    qtbot.keyClicks(screen.server_edit, server.url)
    qtbot.keyClicks(screen.code_edit, server.code(org))
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0], outcome.args[1]


def test_enrol_then_sync_through_the_screen(qtbot, screen, live_server):
    assert not screen.enrol_box.isHidden() and not screen.sync_button.isEnabled()
    _enrol(qtbot, screen, live_server)
    assert "Fundación Uno" in screen.link_label.text()
    assert screen.enrol_box.isHidden()

    with qtbot.waitSignal(screen.finished, timeout=60_000) as outcome:
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
        # The click returned at once: the work runs on a worker, the window stays live.
        assert screen.cancel_button.isEnabled() and not screen.sync_button.isEnabled()
    ok, message = outcome.args
    assert ok and "Se enviaron" in message
    assert screen.result_label.text() == message
    assert not screen.cancel_button.isEnabled()


def test_in_english_the_sync_and_its_result_read_in_english(qtbot, screen, live_server):
    """The sync client reports in Spanish; the screen tells its steps and numbers in the
    interface language."""
    from participa_desktop.ui import i18n

    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert screen.sync_button.text() == "&Sync now"
    _enrol(qtbot, screen, live_server)
    steps: list[str] = []
    show_step = screen.step_label.setText
    screen.step_label.setText = lambda text: (steps.append(text), show_step(text))
    with qtbot.waitSignal(screen.finished, timeout=60_000) as outcome:
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    ok, message = outcome.args
    assert ok, message
    assert screen.notice.heading_label.text() == "Sync finished"
    assert re.fullmatch(r"Sent [\d,]+ rows \([\d.]+ [KMk]i?B\)\. (There was nothing new on "
                        r"the server|Received [\d,]+ new or changed rows?)\. "
                        r"Took \d+\.\d s\.", message), message
    assert screen.result_label.text() == message
    assert "Sending changes…" in steps and "Receiving changes…" in steps, steps
    assert not any("Enviando" in step or "Recibiendo" in step for step in steps)


def test_an_empty_form_is_answered_without_network(qtbot, screen):
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert outcome.args == [False, "Escriba la dirección del servidor y el código."]


def test_a_wrong_code_is_explained(qtbot, screen, live_server):
    qtbot.keyClicks(screen.server_edit, live_server.url)
    qtbot.keyClicks(screen.code_edit, "NO-ES-UN-CODIGO")
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.enrol_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert "código de inscripción no es válido" in screen.result_label.text()
    assert not screen.enrol_box.isHidden() and screen.enrol_button.isEnabled()


def test_cancel_stops_the_sync_and_says_so(qtbot, screen, live_server):
    _enrol(qtbot, screen, live_server)
    with qtbot.waitSignal(screen.finished, timeout=60_000) as outcome:
        screen.sync_now()
        qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert "cancelada" in screen.result_label.text()
    assert server_link.read_link(screen.store) is not None


# --- USB packages --------------------------------------------------------------------
# The file dialogs are replaced through the screen's `choose_*` attributes (native dialogs
# cannot be driven offscreen); everything after the choice runs as in the app.


def _history_rows(screen) -> list[tuple[str, ...]]:
    model = screen.history.model
    return [tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())]


def _count_people(store) -> int:
    from sqlalchemy import func, select

    from participa_desktop.core.models import Participant

    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Participant))


def test_export_to_usb_and_import_into_another_computer(qtbot, screen, open_store,
                                                      app_context, show_screen, tmp_path):
    stick = tmp_path / "memoria"
    stick.mkdir()
    screen.choose_export_folder = lambda: stick
    host = screen.window()
    host.activateWindow()
    qtbot.waitUntil(lambda: host.isActiveWindow())
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.keyClick(screen, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    ok, message = outcome.args
    [package] = stick.glob("*.participa")
    assert ok, message
    assert screen.notice.heading_label.text() == "Paquete exportado"
    assert package.name in message and "filas" in message
    qtbot.waitUntil(lambda: screen.history.model.rowCount() == 1)
    assert _history_rows(screen)[0][1:4] == ("enviado", "cualquier equipo (USB)",
                                            "paquete escrito")

    # A second laptop receives it, with a damaged copy and a letter among the files.
    damaged = stick / "copia-danada.participa"
    damaged.write_bytes(package.read_bytes()[:-64])
    letter = stick / "carta.participa"
    letter.write_text("esto no es un paquete")
    coordination = open_store("coordinacion", device="portátil de coordinación")
    context = app_context(coordination)
    other = SyncScreen(context)
    show_screen(other)
    other.choose_packages = lambda: [damaged, package, letter]
    with (qtbot.waitSignal(context.hub.data_changed) as changed,
          qtbot.waitSignal(other.finished) as imported):
        qtbot.mouseClick(other.import_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["*"]
    ok, message = imported.args
    assert not ok  # two of the three could not be merged
    assert other.notice.heading_label.text() == "Se recibieron 1 de 3 paquetes; 2 con problemas"
    text = other.result_label.text()
    assert ("copia-danada.participa</b>: no se mezcló. El paquete «copia-danada.participa» "
            "está dañado") in text
    assert f"{package.name}</b>: mezclado (de «campo»)" in text
    assert "carta.participa</b>: no se mezcló." in text and "no es un paquete" in text
    assert [o.kind for o in other.last_import] == ["failed", "merged", "failed"]
    assert _count_people(coordination) == _count_people(screen.store) > 0
    qtbot.waitUntil(lambda: other.history.model.rowCount() == 1)
    assert _history_rows(other)[0][1:4] == ("recibido", "campo", "mezclado")

    # The same package again: nothing new, said so.
    other.choose_packages = lambda: [package]
    with qtbot.waitSignal(other.finished) as again:
        qtbot.keyClick(other, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert again.args[0]
    assert "ya se había recibido antes" in other.result_label.text()

    # The laptop that wrote it is told it has nothing to receive from it.
    screen.choose_packages = lambda: [package]
    with qtbot.waitSignal(screen.finished):
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    assert "lo exportó este mismo equipo" in screen.result_label.text()
    qtbot.waitUntil(lambda: _history_rows(screen)[0][1] == "enviado")


def test_a_folder_of_packages_is_imported_in_one_go(qtbot, screen, open_store, fill_demo,
                                                    app_context, show_screen, tmp_path):
    from participa_desktop.core import replication

    stick = tmp_path / "memoria"
    stick.mkdir()
    for number in (1, 2):
        laptop = open_store(f"portatil{number}")
        fill_demo(laptop, seed=number + 10, participants=20, workshops=2)
        replication.export(laptop, stick / f"portatil{number}.participa")
    screen.choose_package_folder = lambda: [stick]
    progress_seen: list[str] = []
    screen.progress.valueChanged.connect(lambda _v: progress_seen.append(screen.progress.text()))
    buttons_seen: list[tuple[bool, bool]] = []  # while importing: (cancel, import) enabled
    screen.progress.valueChanged.connect(lambda _v: buttons_seen.append(
        (screen.cancel_button.isEnabled(), screen.import_button.isEnabled())))
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.import_folder_button, Qt.MouseButton.LeftButton)
    assert buttons_seen and buttons_seen[0] == (True, False)
    assert outcome.args[0]
    assert screen.notice.heading_label.text() == "Se recibieron los 2 paquetes"
    assert "paquete 2 de 2" in progress_seen
    assert screen.import_button.isEnabled() and not screen.cancel_button.isVisible()

    empty = tmp_path / "vacia"
    empty.mkdir()
    screen.choose_package_folder = lambda: [empty]
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.import_folder_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert "no hay paquetes de Participa+" in screen.result_label.text()


def test_an_export_to_a_missing_stick_is_explained(qtbot, screen, tmp_path):
    screen.choose_export_folder = lambda: tmp_path / "memoria-retirada"
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert screen.notice.heading_label.text() == "No se pudo usar el archivo o la carpeta"
    assert "memoria-retirada" in screen.result_label.text()
    assert "Revise que la memoria USB siga conectada" in screen.result_label.text()
    assert screen.notice.isVisible() and not screen.notice.icon_label.pixmap().isNull()


def test_cancelling_a_file_dialog_does_nothing(qtbot, screen, wait_idle):
    wait_idle(screen.runner)
    asked: list[str] = []
    screen.choose_export_folder = lambda: asked.append("export")
    screen.choose_packages = lambda: asked.append("import") or []
    qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == ["export"])  # asked after the drive was looked for
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: asked == ["export", "import"])
    wait_idle(screen.runner)
    assert screen.export_button.isEnabled()
    assert not screen.notice.isVisible()


# --- failures in words -----------------------------------------------------------------


def test_no_connection_is_explained(qtbot, screen):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    screen.transport_options = {"retries": 0}
    qtbot.keyClicks(screen.server_edit, f"http://127.0.0.1:{port}")
    qtbot.keyClicks(screen.code_edit, "ABCD-1234")
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.keyClick(screen.code_edit, Qt.Key.Key_Return)
    assert outcome.args[0] is False
    assert screen.notice.heading_label.text() == "Sin conexión con el servidor"
    assert "Revise el internet" in screen.result_label.text()


def test_a_wrong_clock_is_explained(qtbot, screen, live_server, monkeypatch):
    import time
    import types

    _enrol(qtbot, screen, live_server)
    ahead = types.SimpleNamespace(**{n: getattr(time, n) for n in dir(time)
                                     if not n.startswith("_")})
    ahead.time = lambda: time.time() + 2 * 3600
    monkeypatch.setattr("sync.client.transport.time", ahead)
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert screen.notice.heading_label.text() == "La fecha o la hora de este equipo están mal"
    assert "adelantado" in screen.result_label.text()
    assert "Corrija la fecha" in screen.result_label.text()


def test_an_app_too_old_is_told_which_version_and_where(qtbot, open_store, app_context,
                                                        show_screen, start_server,
                                                        monkeypatch):
    import dataclasses

    from participa_desktop.core import replication

    server = start_server(newest_app_version="9.1.0",
                          download_url="https://descargas.ejemplo.org/participa")
    screen = SyncScreen(app_context(open_store("viejo")))
    show_screen(screen)
    _enrol(qtbot, screen, server)
    current = replication.replica_schema()
    old = dataclasses.replace(current, schema_version=current.schema_version - 1)
    monkeypatch.setattr(server_link, "replica_schema", lambda: old)
    with qtbot.waitSignal(screen.finished) as outcome:
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0] is False
    assert screen.notice.heading_label.text() == "Hay que actualizar Participa+"
    text = screen.result_label.text()
    assert "Instale Participa+ 9.1.0 o posterior" in text
    assert ('Descargue Participa+ 9.1.0 aquí: <a href="https://descargas.ejemplo.org/'
            'participa">') in text


# --- a newer version ---------------------------------------------------------------------


def test_a_sync_that_learns_of_a_newer_version_tells_it_and_opens_its_page(
        qtbot, open_store, main_window, start_server, wait_idle, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from participa_desktop import __version__

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    server = start_server(newest_app_version="9.1.0",
                          download_url="https://descargas.ejemplo.org/participa")
    window = main_window(open_store("campo"))
    screen = window.sync_screen
    window.show_screen(screen.key)
    wait_idle(window.runner)
    assert not screen.release_notice.isVisible() and not window.release_label.isVisible()
    _enrol(qtbot, screen, server)

    with qtbot.waitSignal(screen.finished, timeout=60_000) as outcome:
        qtbot.mouseClick(screen.sync_button, Qt.MouseButton.LeftButton)
    assert outcome.args[0], outcome.args[1]
    notice = screen.release_notice
    assert notice.isVisible()
    assert notice.heading_label.text() == "Hay una versión nueva de Participa+"
    assert (f"Puede instalar Participa+ 9.1.0; este equipo tiene la versión {__version__}."
            in notice.text_label.text())
    assert "no se actualiza solo" in notice.text_label.text()
    assert notice.download_button.text() == "Abrir la página de &descarga"
    assert window.release_label.isVisible()
    assert window.release_label.text() == ("Hay una versión nueva: Participa+ 9.1.0 "
                                           "(vea Sincronización)")
    assert screen.notice.heading_label.text() == "Sincronización terminada"  # as before

    qtbot.mouseClick(notice.download_button, Qt.MouseButton.LeftButton)
    assert opened == ["https://descargas.ejemplo.org/participa"]


def test_a_remembered_version_shows_at_start_unless_it_is_installed_already(
        qtbot, open_store, main_window, wait_idle):
    from participa_desktop import __version__
    from participa_desktop.core import update_notice
    from sync.client.releases import AppRelease

    newer = open_store("con-aviso")
    update_notice.remember(newer, AppRelease("9.1.0", ""))
    window = main_window(newer)
    qtbot.waitUntil(window.release_label.isVisible)
    assert "Participa+ 9.1.0" in window.release_label.text()
    notice = window.sync_screen.release_notice
    assert "Pida el instalador a su coordinador(a)." in notice.text_label.text()
    assert notice.download_button.isHidden()  # no page was named: nothing to open

    same = open_store("actualizado")
    update_notice.remember(same, AppRelease(__version__, "https://descargas.ejemplo.org"))
    other = main_window(same)
    wait_idle(other.runner)
    assert other.release_label.isHidden() and other.sync_screen.release_notice.isHidden()
