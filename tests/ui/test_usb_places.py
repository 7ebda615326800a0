"""Where the package dialogs open: the removable drive is looked for on the task runner
(asking the drives can stall on a slow or just-removed one), and the dialog opens there."""

from __future__ import annotations

import threading

from participa_desktop.ui import usb_places
from participa_desktop.ui.sync_screen import SyncScreen


def test_the_export_dialog_opens_on_the_stick_found_off_the_gui_thread(
        qtbot, open_store, app_context, show_screen, monkeypatch, tmp_path, wait_idle):
    stick = tmp_path / "memoria"
    stick.mkdir()
    looked_on: list[threading.Thread] = []
    opened_in: list[str] = []

    def drives() -> list:
        looked_on.append(threading.current_thread())
        return [stick]

    def ask(_parent, _title, start):  # the native dialog, cancelled
        opened_in.append(start)
        return ""

    monkeypatch.setattr(usb_places, "removable_drives", drives)
    monkeypatch.setattr(usb_places.QFileDialog, "getExistingDirectory", ask)
    screen = SyncScreen(app_context(open_store("campo")))
    show_screen(screen)
    wait_idle(screen.runner)
    screen.export_action.trigger()  # Ctrl+E
    qtbot.waitUntil(lambda: opened_in == [str(stick)])
    assert looked_on and threading.main_thread() not in looked_on
    wait_idle(screen.runner)
    assert not screen.notice.isVisible() and screen.export_button.isEnabled()


def test_with_no_stick_the_dialogs_open_in_documents(monkeypatch):
    monkeypatch.setattr(usb_places, "removable_drives", list)
    assert usb_places.default_package_folder() == usb_places.documents_folder()
