"""Desktop responsiveness on the big demo database (issue 5).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/ui_bench.py
    .venv/bin/python benchmarks/ui_bench.py --participants 20000 --workshops 1000   # quicker

Builds (or reuses, `--cache`) a demo data file of 100,000 participants and ~500,000
attendance rows, and a small one (1,000 participants) as the baseline, then measures on
both, in this run:

1. launch: a fresh process opens the file, shows the main window and waits until the home
   screen has its data (the window is usable);
2. registry search: per keystroke, from the key press in the attendance screen's search box
   to the results being shown (goal ≤ 50 ms on the big file);
3. opening a 200-person workshop's attendance: from choosing it to its roster and count
   being shown (goal ≤ 100 ms);
4. the longest time the GUI thread is blocked during a full sync of the big file with a
   `participa serve` process (goal < 100 ms), measured by a 5 ms timer probe on the GUI
   thread; the baseline is the same probe on an idle window.

Timings are wall clock on a shared machine: the table prints each figure next to its
baseline and their ratio. Run it under Xvfb or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

_HOME = tempfile.mkdtemp(prefix="participa-ui-bench-")
for _variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_variable] = os.path.join(_HOME, _variable.lower())
os.environ.setdefault("PARTICIPA_CREDENTIALS", "file")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from participa_desktop.core.store import Store  # noqa: E402

GOALS_MS = {"search": 50.0, "attendance": 100.0, "sync_block": 100.0}


@dataclass
class Figure:
    name: str
    big: float
    baseline: float
    goal: float | None = None
    unit: str = "ms"

    def row(self) -> str:
        ratio = self.big / self.baseline if self.baseline else float("nan")
        goal = "" if self.goal is None else f"≤ {self.goal:.0f}"
        verdict = "" if self.goal is None else ("cumple" if self.big <= self.goal else "NO")
        return (f"| {self.name} | {self.big:.1f} | {self.baseline:.1f} | {ratio:.2f} | "
                f"{goal} | {verdict} |")


# ------------------------------------------------------------------------- data files


def build(path: Path, participants: int, workshops: int) -> None:
    if not path.exists():
        subprocess.run([sys.executable, "-m", "participa_desktop.cli", "demo", "--device",
                        "bench", "--seed", "11", "--participants", str(participants), "--workshops",
                        str(workshops), str(path)], check=True, cwd=ROOT)
    with Store.open(path):  # migrate a cached file once here, not inside a measurement
        pass


def copy(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    shutil.copyfile(source, target)
    return target


# ------------------------------------------------------------------------- helpers


def settle(window, timeout_ms: int = 60_000) -> None:
    """Process events until the window's task runner is idle."""
    deadline = time.monotonic() + timeout_ms / 1000
    QTest.qWait(10)
    while window.runner.busy and time.monotonic() < deadline:
        QTest.qWait(2)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("la condición no se cumplió a tiempo")
        QApplication.processEvents()
        time.sleep(0.0005)


def open_window(path: Path):
    from participa_desktop.ui.main_window import MainWindow

    store = Store.open(path)
    window = MainWindow(store, credentials_folder=Path(_HOME) / "credenciales")
    window.resize(1366, 768)
    window.show()
    settle(window)
    return store, window


# ------------------------------------------------------------------------- 1. launch


LAUNCH_PROBE = """
import os, sys, time
started = time.monotonic()
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from participa_desktop.core.store import Store
from participa_desktop.ui.main_window import MainWindow
app = QApplication(sys.argv)
store = Store.open({path!r})
window = MainWindow(store)
window.resize(1366, 768)
window.show()
QTest.qWait(1)
while window.runner.busy:
    QTest.qWait(1)
print(time.monotonic() - started)
window.close()
store.close()
"""


def launch_ms(path: Path, repeat: int) -> float:
    """Median over `repeat` fresh processes: interpreter start to a usable window."""
    times = []
    for _ in range(repeat):
        code = LAUNCH_PROBE.format(root=str(ROOT), path=str(path))
        started = time.monotonic()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                       env=os.environ, cwd=ROOT)
        times.append((time.monotonic() - started) * 1000)
    return statistics.median(times)


# ------------------------------------------------------------------------- 4. sync


class GuiProbe:
    """A timer on the GUI thread every `interval` ms; the longest gap between two ticks
    beyond the interval is the longest time the GUI thread could not answer."""

    def __init__(self, interval: int = 5, label: Callable[[], str] = lambda: "") -> None:
        self.interval = interval
        self.label = label
        #: (gap ms, what the app was doing) of the longest gaps.
        self.worst: list[tuple[float, str]] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0

    def start(self) -> None:
        self.gaps.clear()
        self.worst.clear()
        self.clock.start()
        self._last = 0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        gap = max(0, now - self._last - self.interval)
        self.gaps.append(gap)
        self._last = now
        if gap >= 20:
            self.worst = sorted([*self.worst, (gap, self.label())], reverse=True)[:5]

    @property
    def longest(self) -> float:
        return max(self.gaps, default=0.0)


def sync_block_ms(path: Path, work: Path) -> tuple[float, float, float, str]:
    """(longest block during a full sync, longest block of an idle window over as long,
    sync seconds, the sync's report)."""
    from server_bench import ServerProcess

    from participa_desktop.core import server_link
    from sync.server import accounts
    from sync.server.database import Database

    server_folder = work / "servidor"
    server_folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{server_folder / 'servidor.sqlite'}"
    db = Database(url)
    db.create()
    organization = accounts.create_organization(db, "Organización de prueba").id
    code = accounts.create_code(db, organization, "facilitator", 3600)
    server = ServerProcess(url, server_folder, enrol_attempts=10)
    try:
        with Store.open(path) as store:
            server_link.enrol(store, server.url, code, insecure=True,
                              credentials_folder=Path(_HOME) / "credenciales")
        store, window = open_window(path)
        try:
            screen = window.sync_screen
            probe = GuiProbe(label=lambda: screen.step_label.text())
            outcome: list[tuple[bool, str]] = []
            window.sync_screen.finished.connect(lambda ok, message: outcome.append((ok, message)))
            started = time.monotonic()
            probe.start()
            window.show_sync()
            wait_until(lambda: bool(outcome), timeout_ms=30 * 60_000)
            probe.stop()
            seconds = time.monotonic() - started
            during = probe.longest
            for gap, doing in probe.worst:
                print(f"  GUI bloqueada {gap:.0f} ms durante «{doing}»")
            probe.start()
            idle_until = time.monotonic() + min(seconds, 20)
            wait_until(lambda: time.monotonic() > idle_until, timeout_ms=60_000)
            probe.stop()
            ok, message = outcome[0]
            if not ok:
                raise RuntimeError(f"la sincronización falló: {message}")
            return during, probe.longest, seconds, message
        finally:
            window.close()
            store.close()
    finally:
        server.stop()


# ------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--workshops", type=int, default=5_000)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "participa-ui-bench")
    parser.add_argument("--repeat", type=int, default=3, help="launches per file")
    parser.add_argument("--only", choices=("launch", "search", "attendance", "sync"),
                        help="measure only this")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    big = args.cache / f"demo-{args.participants}-{args.workshops}.sqlite"
    small = args.cache / "demo-1000-50.sqlite"
    build(big, args.participants, args.workshops)
    build(small, 1_000, 50)

    app = QApplication(sys.argv)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      os.path.join(_HOME, "config"))
    figures: list[Figure] = []
    work = Path(_HOME)
    wanted = {args.only} if args.only else {"launch", "search", "attendance", "sync"}
    if "launch" in wanted:
        figures.append(Figure("ventana usable tras el arranque", launch_ms(big, args.repeat),
                              launch_ms(small, args.repeat)))
    for name, measure in MEASURES.items():
        if name in wanted:
            figures.extend(measure(copy(big, work / "grande.sqlite"),
                                   copy(small, work / "pequena.sqlite")))
    if "sync" in wanted:
        during, idle, seconds, report = sync_block_ms(copy(big, work / "sync.sqlite"), work)
        figures.append(Figure(f"GUI bloqueada durante la sincronización ({seconds:.0f} s)",
                              during, idle, GOALS_MS["sync_block"]))
        print(report)
    app.quit()

    print(f"\ncommit {_commit()} · {args.participants} personas · "
          f"{_attendance_rows(big)} asistencias\n")
    print("| medida | archivo grande ms | base ms | razón | meta ms | |")
    print("|---|---|---|---|---|---|")
    for figure in figures:
        print(figure.row())


def _attendance_rows(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        count = connection.execute(
            "SELECT count(*) FROM attendance WHERE deleted = 0").fetchone()[0]
    connection.close()
    return count


def _commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT)
    return result.stdout.strip() or "?"


# ------------------------------------------------------------------------- 2. search

#: What a facilitator types at the door: names without accents, a document's first digits.
TYPED = ("jose", "valencia", "mar gonz", "1144", "quinonez")


def search_keystrokes_ms(path: Path) -> list[float]:
    """Per keystroke in the attendance screen's search box: key press → results shown
    (the model holds the first rows; one more event-loop pass paints them)."""
    store, window = open_window(path)
    try:
        screen = window.show_screen("asistencia")
        settle(window)
        search = screen.search
        times = []
        for text in TYPED:
            search.box.clear()
            settle(window)
            for char in text:
                started = time.perf_counter()
                QTest.keyClick(search.box, char)
                wait_until(lambda: search.shown_text() == search.text()
                           and not search.is_searching())
                QApplication.processEvents()
                times.append((time.perf_counter() - started) * 1000)
        return times
    finally:
        window.close()
        store.close()


def measure_search(big: Path, small: Path) -> list[Figure]:
    big_times, small_times = search_keystrokes_ms(big), search_keystrokes_ms(small)
    return [
        Figure(f"búsqueda por tecla, mediana ({len(big_times)} teclas)",
               statistics.median(big_times), statistics.median(small_times),
               GOALS_MS["search"]),
        Figure("búsqueda por tecla, la más lenta", max(big_times), max(small_times),
               GOALS_MS["search"]),
    ]


# ------------------------------------------------------------------------- 3. attendance


def workshop_near(path: Path, people: int) -> tuple[str, int]:
    """The workshop whose attendance is closest to `people` (id, size)."""
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT workshop_id, count(*) AS n FROM attendance WHERE deleted = 0 "
            "GROUP BY workshop_id ORDER BY abs(count(*) - ?), workshop_id LIMIT 1",
            (people,)).fetchone()
    connection.close()
    return row[0], row[1]


def grow_workshop(path: Path, people: int) -> tuple[str, int]:
    """The workshop closest to `people` attendees, topped up to exactly `people` through
    the attendance service (the demo's workshops hold about 100)."""
    from sqlalchemy import select

    from participa_desktop.core.models import Participant
    from participa_desktop.core.services import attendance

    workshop_id, size = workshop_near(path, people)
    if size >= people:
        return workshop_id, size
    with Store.open(path) as store, store.unit_of_work() as session:
        present = {entry.participant_id for entry in attendance.roster(session, workshop_id)}
        newcomers = [pid for pid in session.scalars(
            select(Participant.id).where(Participant.deleted.is_(False)).limit(people * 2))
            if pid not in present][:people - size]
        attendance.record_many(session, ({"workshop_id": workshop_id, "participant_id": pid}
                                          for pid in newcomers))
    return workshop_near(path, people)


def open_attendance_ms(path: Path, repeat: int = 7) -> tuple[float, int]:
    """Median time from choosing a 200-person workshop to its roster and count on screen."""
    workshop_id, size = grow_workshop(path, 200)
    store, window = open_window(path)
    try:
        screen = window.show_screen("asistencia")
        settle(window)
        shown: list[str] = []
        screen.roster_shown.connect(lambda shown_id, _rows: shown.append(shown_id))
        times = []
        for _ in range(repeat):
            shown.clear()
            started = time.perf_counter()
            screen.open_workshop(workshop_id)
            wait_until(lambda: workshop_id in shown)
            QApplication.processEvents()
            times.append((time.perf_counter() - started) * 1000)
            settle(window)
        return statistics.median(times), size
    finally:
        window.close()
        store.close()


def measure_attendance(big: Path, small: Path) -> list[Figure]:
    (big_ms, big_size), (small_ms, small_size) = open_attendance_ms(big), open_attendance_ms(small)
    return [Figure(f"abrir la asistencia de un taller de {big_size} personas "
                   f"(base: {small_size})", big_ms, small_ms, GOALS_MS["attendance"])]


#: Measurements on (big copy, small copy) → figures.
MEASURES: dict[str, Callable[[Path, Path], list[Figure]]] = {
    "search": measure_search, "attendance": measure_attendance}


if __name__ == "__main__":
    main()
