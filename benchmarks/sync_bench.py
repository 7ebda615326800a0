"""Sync benchmark (issue: sync engine): package size and build time, merge throughput.

One run on the demo database (100,000 participants / 5,000 workshops by default) prints one
markdown table:

* one edited record: `export` build time and compressed bytes of the incremental package
  for a peer that has acknowledged everything before the edit;
* 5,000 edited records: the same, beside **pygeodiff** (Mergin Maps' diff library, a
  benchmark-only dependency: `pip install -e '.[bench]'`) computing a changeset of the
  same two states (the file before and after the edits), compressed at the level the app
  uses for a package of that size;
* merging a `--merge-rows` package (a full export of a second, fresh demo device) into a
  byte copy of the big database: rows/s beside a plain `INSERT … SELECT` of the same rows
  from the attached, decompressed package into another byte copy, in one transaction (the
  machine's limit); both run in a child process, which reports its own peak RSS.

The peer is made the way it happens in the field: B is a byte copy of A given a new device
id; B tells A what it has by a real package (B exports to A with its acknowledgement, A
merges it), and after each measured export B merges A's package and acknowledges again.

    .venv/bin/python benchmarks/sync_bench.py --keep /tmp/sync-bench   # full size
    .venv/bin/python benchmarks/sync_bench.py --participants 5000 --workshops 250 \\
        --merge-rows 20000 --keep /tmp/sync-bench-small
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import zstandard

from participa_desktop.core import replication
from participa_desktop.core.demo import activity, generator
from participa_desktop.core.store import Store
from sync.engine import export as export_module
from sync.engine.layout import ARCHIVE_TABLE
from sync.engine.package import SMALL_PACKAGE
from sync.engine.versions import sequence_column, version_column

ROOT = Path(__file__).resolve().parent.parent
GOAL_ONE_MS = 50.0
GOAL_ONE_BYTES = 1024
GOAL_BYTES_VS_GEODIFF = 1.0
GOAL_SPEED_VS_GEODIFF = 20.0
GOAL_MERGE_VS_PLAIN = 0.3
GOAL_MERGE_RSS_MB = 200.0


# ---------------------------------------------------------------------------- databases


def copy_db(source: Path, target: Path) -> None:
    """Byte-for-byte copy of a SQLite database with the backup API."""
    target.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def file_size(path: Path) -> int:
    checkpoint(path)
    return path.stat().st_size


def build_demo(path: Path, participants: int, workshops: int, seed: int, device: str,
               log: Callable[[str], None]) -> None:
    """The demo database at `path`, built once (kept when it already exists)."""
    if path.exists():
        log(f"reusing {path}")
        return
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    log(f"building {path.name}: {participants:,} participants, {workshops:,} workshops …")
    started = time.perf_counter()
    with Store.open(partial, device_name=device) as store, store.unit_of_work() as session:
        generator.populate(session, random.Random(seed), participants, workshops)
    checkpoint(partial)
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(partial, path)
    log(f"  built in {time.perf_counter() - started:.1f} s")


def replicated_rows(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {
            table.name: connection.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
            for table in replication.replica_schema().tables
        }
    finally:
        connection.close()


def local_state(path: Path) -> tuple[str, int]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT device_id, last_seq FROM local_state").fetchone()
    finally:
        connection.close()


def acked_seq(path: Path, peer_id: str) -> int | None:
    connection = sqlite3.connect(path)
    try:
        row = connection.execute(
            "SELECT acked_seq FROM sync_peer WHERE device_id = ?", (peer_id,)
        ).fetchone()
        return row[0] if row else None
    finally:
        connection.close()


# ---------------------------------------------------------------------------- the peer


class Pair:
    """Replica A (the big demo) and its peer B (a byte copy with its own device id)."""

    def __init__(self, a: Path, b: Path, folder: Path) -> None:
        self.a, self.b, self.folder = a, b, folder
        self.a_id, a_seq = local_state(a)
        copy_db(a, b)
        self.b_id = secrets.token_hex(8)
        connection = sqlite3.connect(b, isolation_level=None)
        # B was made from A's file: it has all A's changes up to A's last_seq, and A has
        # all of B's (B has none of its own yet).
        connection.execute("UPDATE local_state SET device_id = ?, device_name = 'bench-B'",
                           (self.b_id,))
        connection.execute(
            "INSERT INTO sync_peer (device_id, name, acked_seq, received_seq, last_seen) "
            "VALUES (?, 'bench', (SELECT last_seq FROM local_state), ?, NULL)",
            (self.a_id, a_seq),
        )
        connection.close()
        self._packages = 0
        self.acknowledge()

    def _package(self, stem: str) -> Path:
        self._packages += 1
        return self.folder / f"{self._packages:02d}-{stem}.participa"

    def acknowledge(self) -> None:
        """B sends A a package carrying its acknowledgement; A merges it."""
        with Store.open(self.b) as store:
            package = replication.export(store, self._package("ack-b-to-a"), peer=self.a_id)
        with Store.open(self.a) as store:
            replication.merge(store, package.path)
        _, a_seq = local_state(self.a)
        if acked_seq(self.a, self.b_id) != a_seq:
            raise RuntimeError(f"A does not see B's acknowledgement of change {a_seq}")

    def receive(self, package: Path) -> None:
        """B merges a package from A, then acknowledges it."""
        with Store.open(self.b) as store:
            replication.merge(store, package)
        self.acknowledge()


def edit(path: Path, rng: random.Random, count: int) -> None:
    with Store.open(path) as store, store.unit_of_work() as session:
        activity.edit_random(session, rng, count)


class CompressTimer:
    """Times `sync.engine.export.compress` (zstd + fsync) inside `export`, by wrapping the
    module's name for the duration: the engine's code is not changed."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __enter__(self) -> CompressTimer:
        self._original = export_module.compress

        def timed(source: Path, target: Path) -> None:
            started = time.perf_counter()
            try:
                self._original(source, target)
            finally:
                self.seconds += time.perf_counter() - started

        export_module.compress = timed
        return self

    def __exit__(self, *_exc: object) -> None:
        export_module.compress = self._original


def timed_export(path: Path, out: Path, peer: str, repeats: int
                 ) -> tuple[float, float, replication.ExportSummary]:
    """Median seconds of `repeats` exports of the same package, and of the compression
    inside each (the last package is kept)."""
    times, compressing = [], []
    with Store.open(path) as store:
        for _ in range(repeats):
            with CompressTimer() as timer:
                started = time.perf_counter()
                summary = replication.export(store, out, peer=peer)
                times.append(time.perf_counter() - started)
            compressing.append(timer.seconds)
    return statistics.median(times), statistics.median(compressing), summary


def raw_size(package: Path) -> int:
    with package.open("rb") as reader, zstandard.ZstdDecompressor().stream_reader(
        reader, read_across_frames=True
    ) as stream:
        size = 0
        while chunk := stream.read(1 << 20):
            size += len(chunk)
    return size


def compress_like_app(source: Path, target: Path) -> int:
    """zstd at the level `sync.engine.package.compress` picks for a file of that size."""
    level = 19 if source.stat().st_size < SMALL_PACKAGE else 6
    with source.open("rb") as reader, target.open("wb") as writer:
        zstandard.ZstdCompressor(level=level).copy_stream(reader, writer)
    return target.stat().st_size


# ---------------------------------------------------------------------------- geodiff


def geodiff_changeset(base: Path, modified: Path, changeset: Path, tables: list[str],
                      repeats: int) -> dict[str, object]:
    import pygeodiff

    geodiff = pygeodiff.GeoDiff()
    messages: list[str] = []
    geodiff.set_logger_callback(lambda _level, message: messages.append(message))
    geodiff.set_tables_to_include(tables)
    times = []
    for _ in range(repeats):
        changeset.unlink(missing_ok=True)
        started = time.perf_counter()
        geodiff.create_changeset(str(base), str(modified), str(changeset))
        times.append(time.perf_counter() - started)
    summary_path = changeset.with_suffix(".json")
    geodiff.list_changes_summary(str(changeset), str(summary_path))
    summary = json.loads(summary_path.read_text())
    changes = sum(t.get("insert", 0) + t.get("update", 0) + t.get("delete", 0)
                  for t in summary.get("geodiff_summary", []))
    compressed = compress_like_app(changeset, changeset.with_suffix(".zst"))
    return {
        "seconds": statistics.median(times), "raw": changeset.stat().st_size,
        "compressed": compressed, "changes": changes, "version": geodiff.version(),
        "messages": messages,
    }


# ---------------------------------------------------------------------------- merge


#: The child's own peak RSS (VmHWM, KB). Not `ru_maxrss` from wait4/RUSAGE_CHILDREN: on
#: Linux that also counts the parent's image the child was forked from (before its exec),
#: so here it would report the benchmark process's size.
PEAK = """
import re
def PEAK():
    status = open("/proc/self/status").read()
    return int(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
"""

MERGE_CHILD = PEAK + """
import json, sys, time
from pathlib import Path
from participa_desktop.core import replication
from participa_desktop.core.store import Store
import sync.engine.merge as engine_merge
phases = {}
def timing(name, function):
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            phases[name] = phases.get(name, 0.0) + time.perf_counter() - started
    return timed
for name, label in (("expand_package", "expand"), ("verify_package", "verify"),
                    ("_merge_verified", "merge_sql")):
    if hasattr(engine_merge, name):
        setattr(engine_merge, name, timing(label, getattr(engine_merge, name)))
with Store.open(Path(sys.argv[1])) as store:
    started = time.perf_counter()
    summary = replication.merge(store, Path(sys.argv[2]))
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "new": summary.new, "updated": summary.updated,
                  "unchanged": summary.unchanged, "peak_kb": PEAK(), "phases": phases}))
"""

PLAIN_CHILD = PEAK + """
import json, sqlite3, sys, time
statements = json.loads(open(sys.argv[3]).read())
connection = sqlite3.connect(sys.argv[1], uri=True, isolation_level=None)
connection.execute("PRAGMA foreign_keys = OFF")
connection.execute("PRAGMA trusted_schema = OFF")
connection.execute("ATTACH DATABASE ? AS pkg", (sys.argv[2] + "?mode=ro&immutable=1",))
started = time.perf_counter()
connection.execute("BEGIN IMMEDIATE")
rows = sum(connection.execute(sql).rowcount for sql in statements)
connection.execute("COMMIT")
seconds = time.perf_counter() - started
connection.close()
print(json.dumps({"seconds": seconds, "rows": rows, "peak_kb": PEAK()}))
"""


def plain_statements(raw: Path, seq: int) -> list[str]:
    """`INSERT INTO main.T (…) SELECT … FROM pkg.T` per package table: the package's
    columns to the table's, the local sequence columns filled with the constant `seq`."""
    connection = sqlite3.connect(f"{raw.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        present = {name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        statements = []
        if ARCHIVE_TABLE in present:
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({ARCHIVE_TABLE})")]
            statements.append(
                f"INSERT INTO main.{ARCHIVE_TABLE} ({', '.join(columns)}, row_seq) "
                f"SELECT {', '.join(columns)}, {seq} FROM pkg.{ARCHIVE_TABLE}"
            )
        for table in replication.replica_schema().tables:
            if table.name not in present:
                continue
            columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table.name})")]
            targets = list(columns)
            values = list(columns)
            for column in table.versioned:
                if version_column(column) in columns:
                    targets.append(sequence_column(column))
                    values.append(str(seq))
            if "deleted" not in columns:
                targets.append("deleted")
                values.append("0")
            targets.append("row_seq")
            values.append(str(seq))
            statements.append(
                f"INSERT INTO main.{table.name} ({', '.join(targets)}) "
                f"SELECT {', '.join(values)} FROM pkg.{table.name}"
            )
        return statements
    finally:
        connection.close()


def run_child(code: str, *args: str) -> tuple[dict[str, object], float]:
    """Run `code` in a child Python; its printed JSON and its peak RSS in MB."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=out,
                                   stderr=err, cwd=ROOT)
        process.wait()
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            raise RuntimeError(f"child failed ({process.returncode}): {err.read()}")
        result = json.loads(out.read().strip().splitlines()[-1])
        return result, int(result["peak_kb"]) / 1024


def _median_run(runs: list[tuple[dict[str, object], float]]) -> dict[str, object]:
    ordered = sorted((result for result, _ in runs), key=lambda r: float(r["seconds"]))
    return ordered[len(ordered) // 2]


# ---------------------------------------------------------------------------- main


def _git_commit() -> str:
    """HEAD's short hash, and the app's files changed but not committed (they ran too)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True, check=False, cwd=ROOT).stdout.strip() or "?"
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", "participa_desktop",
         "sync"], capture_output=True, text=True, check=False, cwd=ROOT,
    ).stdout.split("\n")
    changed = [line[3:] for line in changed if line.strip()]
    if changed:
        return f"{head} + uncommitted changes to {', '.join(changed)}"
    return head


def _met(ok: bool) -> str:
    return "met" if ok else "**NOT met**"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--workshops", type=int, default=5_000)
    parser.add_argument("--merge-rows", type=int, default=200_000,
                        help="about how many rows the merged package holds")
    parser.add_argument("--edits", type=int, default=5_000)
    parser.add_argument("--merge-repeats", type=int, default=3,
                        help="merges (and plain inserts) to take the median of")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path,
                        help="folder to cache the demo databases in between runs")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args()

    def log(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="participa-sync-bench-") as scratch:
        work = Path(scratch)
        cache = args.keep or work
        cache.mkdir(parents=True, exist_ok=True)
        big = cache / f"demo-{args.participants}-{args.workshops}-s{args.seed}.sqlite"
        build_demo(big, args.participants, args.workshops, args.seed, "bench", log)
        big_rows = replicated_rows(big)
        total_big = sum(big_rows.values())
        big_bytes = file_size(big)

        # ------------------------------------------------ incremental packages
        a, b = work / "a.sqlite", work / "b.sqlite"
        copy_db(big, a)
        log("making peer B and its acknowledgement …")
        pair = Pair(a, b, work)
        rng = random.Random(args.seed + 1)

        log("one edited record …")
        one_out = work / "one.participa"
        one_seconds, one_zstd, one = 0.0, 0.0, None
        for _attempt in range(10):  # an edit may be a no-op (same value drawn again)
            edit(a, rng, 1)
            one_seconds, one_zstd, one = timed_export(a, one_out, pair.b_id, repeats=7)
            if one.total_rows:
                break
        assert one is not None
        one_raw = raw_size(one_out)
        pair.receive(one_out)

        log(f"{args.edits:,} edited records …")
        before = work / "before.sqlite"
        copy_db(a, before)
        edit(a, rng, args.edits)
        many_out = work / "many.participa"
        many_seconds, many_zstd, many = timed_export(a, many_out, pair.b_id, repeats=3)
        many_raw = raw_size(many_out)
        checkpoint(a)
        checkpoint(before)

        log("geodiff …")
        tables = [t.name for t in replication.replica_schema().tables] + [ARCHIVE_TABLE]
        geo = geodiff_changeset(before, a, work / "geodiff.bin", tables, repeats=3)

        # ------------------------------------------------ merge
        scale = args.merge_rows / total_big
        c_people = max(1, round(args.participants * scale))
        c_workshops = max(1, round(args.workshops * scale))
        source = cache / f"demo-{c_people}-{c_workshops}-s{args.seed + 7}-c.sqlite"
        build_demo(source, c_people, c_workshops, args.seed + 7, "bench-C", log)
        log("merge package …")
        merge_package = work / "merge.participa"
        with Store.open(source) as store:
            full = replication.export(store, merge_package)
        merge_raw = work / "merge-raw.sqlite"
        with merge_package.open("rb") as reader, merge_raw.open("wb") as writer:
            zstandard.ZstdDecompressor().copy_stream(reader, writer)

        _, big_seq = local_state(big)
        statements = work / "plain.json"
        statements.write_text(json.dumps(plain_statements(merge_raw, big_seq + 1)))
        target = work / "target.sqlite"
        merges, plains = [], []
        for attempt in range(args.merge_repeats):  # alternated, each on a fresh byte copy
            log(f"merge {attempt + 1}/{args.merge_repeats}: the app, in a child process …")
            copy_db(big, target)
            checkpoint(target)
            merges.append(run_child(MERGE_CHILD, str(target), str(merge_package)))
            log(f"merge {attempt + 1}/{args.merge_repeats}: plain INSERT … SELECT …")
            copy_db(big, target)
            checkpoint(target)
            plains.append(run_child(PLAIN_CHILD, target.resolve().as_uri(),
                                    merge_raw.resolve().as_uri(), str(statements)))
        merged = _median_run(merges)
        plain = _median_run(plains)
        merge_rss = max(rss for _, rss in merges)
        plain_rss = max(rss for _, rss in plains)

    # ---------------------------------------------------- the table
    merge_rows = full.total_rows
    merge_seconds = float(merged["seconds"])
    merge_rate = merge_rows / merge_seconds
    plain_rate = int(plain["rows"]) / float(plain["seconds"])
    one_ms = one_seconds * 1000
    bytes_ratio = many.compressed_bytes / int(geo["compressed"])
    speed_ratio = float(geo["seconds"]) / many_seconds
    rate_ratio = merge_rate / plain_rate
    phases = {str(k): float(v) for k, v in dict(merged.get("phases") or {}).items()}
    rest = merge_seconds - sum(phases.values())

    def rows_text(summary: replication.ExportSummary) -> str:
        return ", ".join(f"{n:,} {t}" for t, n in sorted(summary.rows.items()))

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:,.1f} ms" if seconds < 0.1 else f"{seconds * 1000:,.0f} ms"

    rows = [
        (f"1 edited record ({rows_text(one)})", "package build time, `export` (median of 7)",
         ms(one_seconds), "", f"≤ {GOAL_ONE_MS:.0f} ms", _met(one_ms <= GOAL_ONE_MS)),
        ("", "… of which zstd + fsync (`compress`)", ms(one_zstd), "", "", ""),
        ("", "package size, compressed (raw SQLite)",
         f"{one.compressed_bytes:,} B ({one_raw:,} B)", "", f"≤ {GOAL_ONE_BYTES:,} B",
         _met(one.compressed_bytes <= GOAL_ONE_BYTES)),
        (f"{args.edits:,} edited records ({rows_text(many)}; geodiff: "
         f"{int(geo['changes']):,} changes)", "size, compressed (raw)",
         f"{many.compressed_bytes:,} B ({many_raw:,} B)",
         f"geodiff {int(geo['compressed']):,} B ({int(geo['raw']):,} B)",
         f"≤ {GOAL_BYTES_VS_GEODIFF:.1f}× geodiff",
         f"{bytes_ratio:.2f}× — {_met(bytes_ratio <= GOAL_BYTES_VS_GEODIFF)}"),
        ("", "build time (median of 3): `export` vs geodiff `create_changeset`",
         ms(many_seconds), f"geodiff {ms(float(geo['seconds']))}",
         f"≥ {GOAL_SPEED_VS_GEODIFF:.0f}× faster",
         f"{speed_ratio:.1f}× faster — {_met(speed_ratio >= GOAL_SPEED_VS_GEODIFF)}"),
        ("", "… of which zstd + fsync (`compress`)", ms(many_zstd), "", "", ""),
        (f"merge a {merge_rows:,}-row package ({full.compressed_bytes / 1e6:.1f} MB; "
         f"{int(merged['new']):,} new, {int(merged['updated']):,} updated rows)",
         f"rows/s, `merge` vs plain `INSERT … SELECT` (median of {args.merge_repeats})",
         f"{merge_rate:,.0f} ({merge_seconds:.2f} s)",
         f"plain {plain_rate:,.0f} ({float(plain['seconds']):.2f} s)",
         f"≥ {GOAL_MERGE_VS_PLAIN}× plain",
         f"{rate_ratio:.2f}× — {_met(rate_ratio >= GOAL_MERGE_VS_PLAIN)}"),
    ]
    if phases:
        rows.append((
            "", "… of which decompress / verify / merge SQL / rest",
            " / ".join(f"{phases.get(k, 0.0):.2f}" for k in ("expand", "verify", "merge_sql"))
            + f" / {rest:.2f} s", "", "", "",
        ))
    rows.append(("", "peak RSS of the process (VmHWM, max of runs)", f"{merge_rss:,.0f} MB",
                 f"plain {plain_rss:,.0f} MB", f"≤ {GOAL_MERGE_RSS_MB:.0f} MB",
                 _met(merge_rss <= GOAL_MERGE_RSS_MB)))

    print(f"Sync benchmark — commit {_git_commit()}. Demo database: "
          f"{big_rows['participant']:,} participants, {big_rows['workshop']:,} workshops, "
          f"{big_rows['attendance']:,} attendance; {total_big:,} replicated rows, "
          f"{big_bytes / 1e6:.0f} MB. pygeodiff {geo['version']}, zstandard "
          f"{zstandard.__version__}, Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs; load average (1 min) "
          f"{load_before:.2f} at the start, {os.getloadavg()[0]:.2f} at the end.")
    print()
    print("| scenario | measure | Participa+ | reference | goal | result |")
    print("|---|---|---:|---:|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print()
    print(f"geodiff diffed the {len(tables) - 1} replicated tables and `{ARCHIVE_TABLE}` (what "
          "a package carries; the local bookkeeping tables left out) of the file before and "
          "after the edits; its changeset is compressed with zstd at the level the app uses "
          "for that size. The merge time is the whole `replication.merge` call in a child "
          "process (decompress, verify, keep a copy in the inbox, merge, commit); the plain "
          "baseline inserts from the already decompressed package, in one transaction.")
    if geo["messages"]:
        print(f"geodiff said: {'; '.join(str(m) for m in geo['messages'][:5])}")


if __name__ == "__main__":
    main()
