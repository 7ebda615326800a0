"""Bulk-write benchmark of the demo (issue: foundation).

Builds the demo database through the services' bulk paths (the same code as
`participa demo`), then inserts exactly the same rows, all columns, into a fresh file with
the same schema using plain `sqlite3.executemany` in one transaction: the machine's limit.
Prints time, rows/s and database size of both, and their ratio. The goal: the demo's
rows/s is at least a quarter of the plain rate.

    .venv/bin/python benchmarks/demo_bench.py                 # 100,000 people / 5,000 workshops
    .venv/bin/python benchmarks/demo_bench.py --participants 10000 --workshops 500
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

from participa_desktop.core.demo import generator
from participa_desktop.core.models import REPLICATED_MODELS
from participa_desktop.core.store import Store


def _size(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path.stat().st_size


def _replicated_rows(path: Path) -> list[tuple[str, list[str], list[tuple]]]:
    tables = []
    with sqlite3.connect(path) as connection:
        for model in REPLICATED_MODELS:
            name = model.__table__.name
            columns = [c.name for c in model.__table__.columns]
            rows = connection.execute(f"SELECT {', '.join(columns)} FROM {name}").fetchall()
            tables.append((name, columns, rows))
    connection.close()
    return tables


def plain_executemany(path: Path, tables: list[tuple[str, list[str], list[tuple]]]) -> float:
    """Seconds to insert `tables` with bare sqlite3 in one transaction (same pragmas)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for name, columns, rows in tables:
        marks = ", ".join("?" * len(columns))
        connection.executemany(
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})", rows
        )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--workshops", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="also copy the demo database here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="participa-bench-") as folder:
        demo_path = Path(folder) / "demo.sqlite"
        started = time.perf_counter()
        with Store.open(demo_path, device_name="bench") as store, \
                store.unit_of_work() as session:
            counts = generator.populate(session, random.Random(args.seed), args.participants,
                                        args.workshops)
        demo_seconds = time.perf_counter() - started
        tables = _replicated_rows(demo_path)
        rows = sum(len(t[2]) for t in tables)
        demo_size = _size(demo_path)

        plain_path = Path(folder) / "plain.sqlite"
        Store.open(plain_path, device_name="plain").close()  # same schema, not timed
        plain_seconds = plain_executemany(plain_path, tables)
        plain_size = _size(plain_path)
        if args.keep:
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(demo_path) as source, sqlite3.connect(args.keep) as target:
                source.backup(target)

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, check=False).stdout.strip() or "?"
    print(f"demo: {counts.participants:,} participants, {counts.workshops:,} workshops, "
          f"{counts.attendance:,} attendance, {counts.agreements:,} agreements, "
          f"{counts.follow_ups:,} follow-ups; {rows:,} replicated rows (commit {commit})")
    print()
    print("| path | seconds | rows/s | database size |")
    print("|---|---:|---:|---:|")
    print(f"| `participa demo` bulk path (services + stamps) | {demo_seconds:.1f} | "
          f"{rows / demo_seconds:,.0f} | {demo_size / 1e6:.0f} MB |")
    print(f"| plain sqlite3.executemany, same rows | {plain_seconds:.1f} | "
          f"{rows / plain_seconds:,.0f} | {plain_size / 1e6:.0f} MB |")
    ratio = plain_seconds / demo_seconds
    print()
    print(f"ratio demo/plain rows/s: {ratio:.2f} (goal ≥ 0.25) — "
          f"{'met' if ratio >= 0.25 else 'NOT met'}")


if __name__ == "__main__":
    main()
