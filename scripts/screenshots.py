"""Screenshots of every screen and dialog, as a facilitator sees them on a 1366×768 laptop.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py

Builds a demo data file in a temporary folder (two laptops that edited the same people,
so the review screen has conflicts to show), opens the main window, visits each screen
and writes PNGs to docs/screenshots/ (`NN-<screen>.png`, dialogs after them, and the home
screen in English). With `--language en` the whole interface is English and every file is
named `en-NN-<screen>.png`. The user's own settings and data are never touched. Run it under a
real X server (Xvfb), not the offscreen platform, so fonts and decorations are real.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

_HOME = tempfile.mkdtemp(prefix="participa-capturas-")
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_HOME, _variable.lower())
os.environ.setdefault("PARTICIPA_CREDENTIALS", "file")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from participa_desktop.core import replication  # noqa: E402
from participa_desktop.core.demo import generator  # noqa: E402
from participa_desktop.core.models import Participant, Workshop  # noqa: E402
from participa_desktop.core.services import participants as participant_service  # noqa: E402
from participa_desktop.core.store import Store  # noqa: E402
from participa_desktop.ui import i18n  # noqa: E402
from participa_desktop.ui.main_window import MainWindow  # noqa: E402

WIDTH, HEIGHT = 1366, 768


def build_demo(folder: Path, people: int, workshops: int) -> Path:
    """A data file with demo field work, plus concurrent edits from a second laptop."""
    main_path, other_path = folder / "participa.sqlite", folder / "otro-portatil.sqlite"
    with Store.open(main_path, device_name="portatil-ana") as store:
        with store.unit_of_work() as session:
            generator.populate(session, random.Random(7), people, workshops)
            _today_workshop(session)
        package = folder / "inicial.participa"
        replication.export(store, package)
    with Store.open(other_path, device_name="portatil-luis") as other:
        replication.merge(other, package)
        _edit_phones(other, "310 555 0101")
        back = folder / "de-luis.participa"
        replication.export(other, back)
    with Store.open(main_path) as store:
        _edit_phones(store, "320 555 0202")
        replication.merge(store, back)
    return main_path


def _today_workshop(session) -> None:
    """Move one workshop with attendance to today, so home and attendance have one."""
    workshop = session.query(Workshop).filter(Workshop.deleted.is_(False)).first()
    if workshop is not None:
        workshop.date = dt.date.today()


def _edit_phones(store: Store, phone: str) -> None:
    with store.unit_of_work() as session:
        ids = [p.id for p in session.query(Participant).order_by(Participant.id).limit(3)]
        for participant_id in ids:
            participant_service.update_participant(session, participant_id, {"phone": phone})


def settle(window: MainWindow, milliseconds: int = 400) -> None:
    """Let queued work finish and the screen repaint."""
    QTest.qWait(milliseconds)
    for _ in range(200):
        if not window.runner.busy:
            break
        QTest.qWait(50)
    QTest.qWait(milliseconds)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def capture_screens(window: MainWindow, out: Path, prefix: str = "") -> None:
    for number, screen in enumerate(window.screen_list, start=1):
        window.show_screen(screen.key)
        settle(window)
        prepare = PREPARE.get(screen.key)
        if prepare is not None:
            prepare(window, screen)
            settle(window)
        save(window, out, f"{prefix}{number:02}-{screen.key}")


def _open_some_attendance(window: MainWindow, _screen: QWidget) -> None:
    with window.context.store.reading() as session:
        workshop = (session.query(Workshop).filter(Workshop.deleted.is_(False))
                    .filter(Workshop.date == dt.date.today()).first())
    if workshop is not None:
        window.context.hub.open_attendance.emit(workshop.id)
        settle(window)
    _screen.search.search_for("mar")


def _select_a_conflict(_window: MainWindow, screen: QWidget) -> None:
    if screen.conflicts.model.rowCount():
        screen.conflicts.view.selectRow(0)


#: Per screen key: what to do before its screenshot (choose a workshop, select a row…).
PREPARE: dict[str, Callable[[MainWindow, QWidget], None]] = {
    "asistencia": _open_some_attendance,
    "revision": _select_a_conflict,
}


def capture_dialogs(window: MainWindow, out: Path, prefix: str = "") -> None:
    """The dialogs a facilitator meets: walk-in (from the attendance search), workshop and
    agreement forms, preferences, and the first-run wizard."""
    from participa_desktop.ui.first_run import FirstRunWizard
    from participa_desktop.ui.settings_dialog import SettingsDialog

    attendance = window.show_screen("asistencia")
    settle(window)
    attendance.new_person("Yurany Mosquera 1144123456")
    settle(window)
    save(attendance._dialog, out, f"{prefix}20-persona-nueva")
    attendance._dialog.reject()

    workshops = window.show_screen("talleres")
    settle(window)
    workshops.new_workshop()
    settle(window)
    save(workshops.form, out, f"{prefix}21-taller-nuevo")
    workshops.form.reject()

    agreements = window.show_screen("acuerdos")
    settle(window)
    agreements.new_agreement()
    settle(window)
    save(agreements.form, out, f"{prefix}22-acuerdo-nuevo")
    agreements.form.reject()

    preferences = SettingsDialog(window.context.settings, window.context.store.path, window)
    preferences.show()
    settle(window)
    save(preferences, out, f"{prefix}23-preferencias")
    preferences.reject()

    wizard = FirstRunWizard(window.runner, window.context.settings)
    wizard.resize(760, 560)
    wizard.show()
    for page in range(2):
        settle(window)
        save(wizard, out, f"{prefix}24-primer-uso-{page + 1}")
        wizard.next()
    wizard.reject()
    settle(window)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--participants", type=int, default=1500)
    parser.add_argument("--workshops", type=int, default=60)
    parser.add_argument("--language", choices=("es", "en"), default="es",
                        help="interface language of every shot (en: files named en-NN-…)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.path.join(_HOME, "config"))
    i18n.apply_language("es")
    database = build_demo(Path(_HOME), args.participants, args.workshops)
    with Store.open(database) as store:
        window = MainWindow(store, credentials_folder=Path(_HOME) / "credenciales")
        window.resize(WIDTH, HEIGHT)
        window.show()
        settle(window)
        if args.language == "en":
            i18n.apply_language("en")
            settle(window)
            capture_screens(window, args.out, "en-")
            capture_dialogs(window, args.out, "en-")
        else:
            capture_screens(window, args.out)
            capture_dialogs(window, args.out)
            i18n.apply_language("en")
            window.show_screen("inicio")
            settle(window)
            save(window, args.out, "en-01-inicio")
        i18n.apply_language("es")
        window.close()
    app.quit()


if __name__ == "__main__":
    main()
