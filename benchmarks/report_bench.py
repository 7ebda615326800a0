"""Benchmark of the results report (issue 6): time and peak memory of `participa report` on
the 500,000-attendance demo file, beside the limit openpyxl itself sets — a plain
write-only loop appending the same rows (the report's data sheets, as plain values, read
into memory before the clock starts) to a workbook in the same run.

    .venv/bin/python benchmarks/report_bench.py                 # 100,000 people, ~500,000 rows
    .venv/bin/python benchmarks/report_bench.py --participants 20000 --workshops 1000  # quicker

Each measurement runs in a fresh process (so its peak resident memory is its own), the
report and the loop alternating `--repeat` times; the table shows medians. Goals: report
time ≤ 1.3 × the loop's, report peak memory ≤ 300 MB (flat: it does not grow with the
data). The loop's memory is not comparable (it holds all rows) and is shown for the record.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIME_RATIO_GOAL = 1.3
MEMORY_GOAL_MB = 300


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def run_report(database: Path, out: Path) -> dict[str, float]:
    """(child process) Write the report; its seconds, peak MB and rows written."""
    from participa_desktop.core.store import Store
    from participa_desktop.reports.results_report import write_results_report

    with Store.open(database) as store:
        started = time.perf_counter()
        outcome = write_results_report(store, out)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": _peak_mb(), "rows": sum(outcome.rows.values())}


def run_plain_loop(database: Path, out: Path) -> dict[str, float]:
    """(child process) Read the report's data rows into lists (not timed), then time a
    plain write-only openpyxl loop appending them, one sheet per data sheet."""
    import datetime as dt

    from openpyxl import Workbook

    from participa_desktop.core.store import Store
    from participa_desktop.reports import results_sheets
    from participa_desktop.reports.reach_tally import ReachTally
    from participa_desktop.reports.report_scope import ReportScope

    scope, today = ReportScope(), dt.date.today()
    with Store.open(database) as store, store.reading() as session:
        numbers: dict[str, int] = {}
        sheets = [
            results_sheets.workshops_sheet(session, scope, False),
            # the people rows come from the tally of the attendance rows, read before them
            *results_sheets.attendance_and_people_sheets(
                session, scope, False, today.year, ReachTally(session, scope)),
            results_sheets.agreements_sheet(session, scope, False, today, numbers),
            results_sheets.follow_ups_sheet(session, scope, numbers),
        ]
        data = [(sheet.title, sheet.headers, list(sheet.rows)) for sheet in sheets]
    started = time.perf_counter()
    book = Workbook(write_only=True)
    for title, headers, rows in data:
        sheet = book.create_sheet(title)
        sheet.append(list(headers))
        for row in rows:
            sheet.append(row)
    book.save(out)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": _peak_mb(),
            "rows": sum(len(rows) for _, _, rows in data)}


CHILDREN = {"report": run_report, "loop": run_plain_loop}


def measure(kind: str, database: Path, out: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--child", kind, str(database), str(out)],
                            check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(result.stdout.strip().splitlines()[-1])


def build(path: Path, participants: int, workshops: int) -> None:
    if not path.exists():
        subprocess.run([sys.executable, "-m", "participa_desktop.cli", "demo", "--device",
                        "bench", "--seed", "11", "--participants", str(participants),
                        "--workshops", str(workshops), str(path)], check=True, cwd=ROOT)
    from participa_desktop.core.store import Store

    with Store.open(path):  # migrate a cached file once here, not inside a measurement
        pass


def _commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT)
    return result.stdout.strip() or "?"


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](Path(sys.argv[3]), Path(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--workshops", type=int, default=5_000)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "participa-ui-bench",
                        help="folder of the demo files (shared with ui_bench.py)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    database = args.cache / f"demo-{args.participants}-{args.workshops}.sqlite"
    build(database, args.participants, args.workshops)
    results: dict[str, list[dict[str, float]]] = {"report": [], "loop": []}
    with tempfile.TemporaryDirectory() as folder:
        for round_ in range(args.repeat):
            for kind in ("loop", "report"):
                figures = measure(kind, database, Path(folder) / f"{kind}.xlsx")
                results[kind].append(figures)
                print(f"round {round_ + 1} {kind}: {figures['seconds']:.1f} s, "
                      f"{figures['peak_mb']:.0f} MB, {figures['rows']:.0f} rows", flush=True)
    report_s = statistics.median(r["seconds"] for r in results["report"])
    loop_s = statistics.median(r["seconds"] for r in results["loop"])
    report_mb = max(r["peak_mb"] for r in results["report"])
    loop_mb = max(r["peak_mb"] for r in results["loop"])
    ratio = report_s / loop_s
    print(f"\ncommit {_commit()} · {args.participants} personas · "
          f"{results['report'][0]['rows']:.0f} filas de datos\n")
    print("| measure | report | plain write-only loop | ratio | goal | |")
    print("|---|---|---|---|---|---|")
    print(f"| time, median of {args.repeat} (s) | {report_s:.1f} | {loop_s:.1f} | "
          f"{ratio:.2f} | ≤ {TIME_RATIO_GOAL} | {'✔' if ratio <= TIME_RATIO_GOAL else '✘'} |")
    print(f"| peak resident memory (MB) | {report_mb:.0f} | {loop_mb:.0f} (holds every row) | "
          f"— | ≤ {MEMORY_GOAL_MB} | {'✔' if report_mb <= MEMORY_GOAL_MB else '✘'} |")


if __name__ == "__main__":
    main()
