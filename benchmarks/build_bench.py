"""Benchmark of the Linux build (issue 7): the size of the built folder and of its archive,
and the time from launching the built binary to its main window on screen, beside a bare
PySide6 window built the same way in the same run (the floor Qt itself sets).

    .venv/bin/python benchmarks/build_bench.py                  # builds both, then times
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python benchmarks/build_bench.py

Both are built by `packaging/build` from a clean virtual environment with the same spec
(`PARTICIPA_BARE_WINDOW=1` swaps the app's entry point for `packaging/bare_window.py`).
Both print the same marker line the moment their main window is exposed; a launch is timed
from `Popen` to that line. The app's window appears first and then opens its data file
(`ui/app.py`), so the time to the window ready over its file (its home screen filled) is
shown too, for the record. The app runs `participa --smoke` over a data file that already
exists (the everyday start; the very first start, which creates the file, is timed apart).
Launches alternate, `--repeat` times each; the table shows medians. With a DISPLAY (Xvfb)
the windows are real X11 windows; without one, Qt's offscreen platform.

Goals: folder ≤ 160 MB, archive ≤ 70 MB (MB = 10⁶ bytes), launch-to-window ≤ 2 × the bare
window's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MARKER = "VENTANA-MOSTRADA"  # participa_desktop.ui.smoke.SHOWN_MARKER
READY = "VENTANA-LISTA"  # participa_desktop.ui.smoke.READY_MARKER
FOLDER_GOAL_MB, ARCHIVE_GOAL_MB, LAUNCH_RATIO_GOAL = 160, 70, 2.0


def build(bare: bool, keep: Path) -> dict[str, Path]:
    """Run packaging/build; move its folder and archive into `keep` (the next build empties
    dist/). Returns {"folder": …, "archive": …}."""
    environment = {**os.environ, "PARTICIPA_BARE_WINDOW": "1" if bare else "0"}
    run = subprocess.run(["bash", str(ROOT / "packaging" / "build")], cwd=ROOT, env=environment,
                         capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"packaging/build falló:\n{run.stderr[-3000:]}")
    made = dict(line.split("\t")[:2] for line in run.stdout.splitlines() if "\t" in line)
    kept = {}
    for kind, path in made.items():
        target = keep / Path(path).name
        shutil.move(path, target)
        kept[kind] = target
    return kept


def size_mb(path: Path) -> float:
    """Bytes (10⁶) of a file, or of the files in a folder; symbolic links (PyInstaller
    links some libraries into the folder's top) count once, as the link they are."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(item.lstat().st_size for item in path.rglob("*")
               if item.is_symlink() or item.is_file()) / 1e6


def launch_seconds(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting `command` to its window-shown line, and to its window-ready
    line (the same for a program that prints none); the process must then exit 0."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    shown = ready = None
    for line in process.stdout:
        if line.startswith(MARKER):
            shown = time.perf_counter() - started
        elif line.startswith(READY):
            ready = time.perf_counter() - started
    _, errors = process.communicate(timeout=120)
    if shown is None or process.returncode != 0:
        sys.exit(f"{command[0]} terminó con {process.returncode} sin mostrar la ventana:\n"
                 f"{errors}")
    return shown, ready if ready is not None else shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--work", type=Path, default=None,
                        help="carpeta de trabajo (por defecto una temporal)")
    parser.add_argument("--reuse", action="store_true",
                        help="usar las compilaciones que ya están en --work")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        sys.exit("Este benchmark mide la compilación de Linux.")
    work = args.work or Path(tempfile.mkdtemp(prefix="participa-build-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ)
    if not environment.get("DISPLAY"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    platform = environment.get("QT_QPA_PLATFORM", "xcb")

    print("Construyendo la aplicación y la ventana mínima (packaging/build)…", flush=True)
    if args.reuse:
        app = {"folder": work / "app" / "participa",
               "archive": next((work / "app").glob("*.tar.gz"))}
        bare = {"folder": work / "bare" / "bare-window",
                "archive": next((work / "bare").glob("*.tar.gz"))}
    else:
        app = build(False, work / "app")
        bare = build(True, work / "bare")
    app_command = [str(app["folder"] / "participa"), "--smoke"]
    bare_command = [str(bare["folder"] / "bare-window")]
    environment["PARTICIPA_DATA_DIR"] = str(work / "datos")
    shutil.rmtree(work / "datos", ignore_errors=True)
    first_start = launch_seconds(app_command, environment)[1]

    launch_seconds(bare_command, environment)  # warm the file cache for both
    launch_seconds(app_command, environment)
    app_times, ready_times, bare_times = [], [], []
    for _ in range(args.repeat):
        bare_times.append(launch_seconds(bare_command, environment)[0])
        shown, ready = launch_seconds(app_command, environment)
        app_times.append(shown)
        ready_times.append(ready)
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    ready_median = statistics.median(ready_times)

    rows = [
        ("folder (MB)", size_mb(app["folder"]), size_mb(bare["folder"]), None,
         f"≤ {FOLDER_GOAL_MB}", size_mb(app["folder"]) <= FOLDER_GOAL_MB),
        ("archive .tar.gz (MB)", size_mb(app["archive"]), size_mb(bare["archive"]), None,
         f"≤ {ARCHIVE_GOAL_MB}", size_mb(app["archive"]) <= ARCHIVE_GOAL_MB),
        (f"launch to window, median of {args.repeat} (s)", app_median, bare_median,
         app_median / bare_median, f"≤ {LAUNCH_RATIO_GOAL}×",
         app_median / bare_median <= LAUNCH_RATIO_GOAL),
        ("launch to window ready (home screen read the file), median (s)", ready_median,
         bare_median, ready_median / bare_median, "(for the record)", None),
    ]
    print(f"\nplatform {platform}; work folder {work}")
    print("| measure | Participa+ | bare PySide6 window | ratio | goal | holds |")
    print("|---|---|---|---|---|---|")
    for name, ours, floor, ratio, goal, holds in rows:
        ratio_text = f"{ratio:.2f}" if ratio is not None else "—"
        holds_text = "—" if holds is None else "yes" if holds else "NO"
        print(f"| {name} | {ours:.2f} | {floor:.2f} | {ratio_text} | {goal} | {holds_text} |")
    print(f"\nfirst start (creates the data file), to window ready: {first_start:.2f} s")
    print(f"app launches, shown (s): {', '.join(f'{value:.3f}' for value in app_times)}")
    print(f"app launches, ready (s): {', '.join(f'{value:.3f}' for value in ready_times)}")
    print(f"bare launches (s): {', '.join(f'{value:.3f}' for value in bare_times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
