"""Server benchmark (issue: central server): devices under load on PostgreSQL, two server
processes, a slow link.

One run prints markdown tables for the team's closing note:

* **load** — `--devices` simulated laptops (real data files, real `server_link.sync`
  calls) push and pull at once against `participa serve` on PostgreSQL. Each device is a
  small demo file (`--device-participants`, `--device-workshops`; its own seed, so its own
  rows) in one of `--orgs` organisations; it syncs `--rounds` times back to back, with
  `--edits` offline edits before every sync after the first. The devices run as threads
  in `--client-processes` worker processes (real concurrency despite the GIL), all
  released together once every device is enrolled. Measured: every HTTP request's latency
  (by kind: upload declaration, chunk, commit, pull page, empty pull) and every sync's,
  throughput as syncs/s and rows/s (rows sent + rows received by the devices over the
  wall time of the load). Then every device syncs again, one after the other, until a
  round moves nothing, and **zero rows lost** is checked: every device of an organisation
  has the same dump (`participa dump`), and the server's `record` rows of each
  organisation are exactly the union of the rows its devices created (none missing on the
  server, none missing on any device).
* the same load with **two server processes** on the same PostgreSQL (devices enrolled
  on either, alternately), and **one device alone** (same rounds and edits, nothing else
  running) as the baselines: ratios are printed beside the absolute numbers, since this
  machine is noisy and the clients, both servers and PostgreSQL share its cores.
* **slow link** — one device with a ≈5 MB package (`--slow-participants`,
  `--slow-workshops`) syncs through `sync.devtools.faulty_link.FaultyLink` at
  `--link-bytes-per-second` (32,000 B/s = 256 kbit/s) with every connection cut every
  `--cut-every` seconds; it must complete (syncs are retried as a person would, up to
  `--slow-attempts`), and the bytes the proxy carried upstream (HTTP headers included)
  must be ≤ 1.2 × the package's size.

Every scenario gets a fresh PostgreSQL schema (`?options=-csearch_path=…`), dropped at the
end. Device files are built once and cached with `--keep`.

    .venv/bin/python benchmarks/server_bench.py --keep /tmp/server-bench     # full size
    .venv/bin/python benchmarks/server_bench.py --quick                      # smoke run
    .venv/bin/python benchmarks/server_bench.py --skip-slow --devices 50     # load only
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import hashlib
import multiprocessing
import os
import queue
import random
import re
import resource
import secrets
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from participa_desktop.core import replication, server_link
from participa_desktop.core.demo import activity, generator
from participa_desktop.core.dump import dump_lines
from participa_desktop.core.store import Store
from sync import protocol

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
GOAL_SLOW_BYTES_RATIO = 1.2

FULL = {
    "devices": 100, "orgs": 10, "device_participants": 20, "device_workshops": 2,
    "rounds": 5, "edits": 5, "client_processes": 10,
    "slow_participants": 16_000, "slow_workshops": 800,
    "link_bytes_per_second": 32_000, "cut_every": 30.0, "slow_attempts": 10,
}
QUICK = {
    "devices": 8, "orgs": 2, "device_participants": 10, "device_workshops": 1,
    "rounds": 3, "edits": 3, "client_processes": 2,
    "slow_participants": 800, "slow_workshops": 40,
    "link_bytes_per_second": 32_000, "cut_every": 10.0, "slow_attempts": 10,
}

Log = Callable[[str], None]
EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Disconnect|Timeout)\w*)(?::|$)")


# ---------------------------------------------------------------------------- data files


def copy_db(source: Path, target: Path) -> None:
    """Byte-for-byte copy of a SQLite database with the backup API."""
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def checkpoint(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def build_demo(path: Path, participants: int, workshops: int, seed: int, device: str) -> None:
    """A demo data file at `path`, built once (kept when it already exists)."""
    if path.exists():
        return
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    with Store.open(partial, device_name=device) as store, store.unit_of_work() as session:
        generator.populate(session, random.Random(seed), participants, workshops)
    checkpoint(partial)
    for leftover in (Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(partial, path)


def row_keys(path: Path) -> set[tuple[str, str]]:
    """(table, id) of every replicated row in the data file (tombstones included)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {(table.name, row_id)
                for table in replication.replica_schema().tables
                for (row_id,) in connection.execute(f'SELECT id FROM "{table.name}"')}
    finally:
        connection.close()


def dump_text(path: Path) -> list[str]:
    """The file's canonical dump (`participa dump`), as lines."""
    with Store.open(path) as store, store.engine.connect() as connection:
        return list(dump_lines(connection))


def dump_digest(path: Path) -> str:
    """SHA-256 of the file's canonical dump."""
    return hashlib.sha256("\n".join(dump_text(path)).encode()).hexdigest()


def dump_difference(a: Path, b: Path, limit: int = 8) -> tuple[int, str]:
    """How many lines of the dumps of `a` and `b` differ, and the first of them (a
    unified diff, cut short)."""
    lines = list(difflib.unified_diff(dump_text(a), dump_text(b), a.name, b.name, n=0,
                                      lineterm=""))
    changed = sum(1 for line in lines[2:] if line[:1] in "+-")
    return changed, "\n".join(lines[:limit])


# ---------------------------------------------------------------------------- PostgreSQL


@contextlib.contextmanager
def pg_schema(base_url: str) -> Iterator[str]:
    """A fresh schema in `base_url`'s database: the URL that uses it; dropped at the end."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    schema = "bench_" + secrets.token_hex(6)
    admin = create_engine(base_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def server_records(db: object) -> dict[str, set[tuple[str, str]]]:
    """The server's `record` rows, (table, id) by organisation id."""
    from sqlalchemy import select

    from sync.server.tables import record

    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    with db.reading() as connection:  # type: ignore[attr-defined]
        for table, row_id, org in connection.execute(
                select(record.c.table_name, record.c.row_id, record.c.organization_id)):
            found[org].add((table, row_id))
    return found


# ---------------------------------------------------------------------------- servers


def free_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return sock.getsockname()[1]


class ServerProcess:
    """`participa serve` in a child process on a loopback port."""

    def __init__(self, database_url: str, folder: Path, enrol_attempts: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        folder.mkdir(parents=True, exist_ok=True)
        self.log_path = folder / f"serve-{self.port}.log"
        env = {**os.environ, "PARTICIPA_SERVER_ENROL_ATTEMPTS": str(enrol_attempts),
               "PARTICIPA_SERVER_DATA_DIR": str(folder)}
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            [str(Path(sys.executable).with_name("participa")), "serve", "--port",
             str(self.port), "--database", database_url],
            stdout=self._log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        deadline = time.monotonic() + 60
        while True:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"participa serve did not start: {self.log_tail()}")
            try:
                if httpx.get(f"{self.url}{protocol.API_PREFIX}/hola",
                             timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process so far (Linux /proc)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def errors_logged(self) -> dict[str, int]:
        """The exceptions in the server's log (tracebacks), by type."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return {}
        found: dict[str, int] = defaultdict(int)
        for line in lines:
            match = EXCEPTION_LINE.match(line)
            if match and not line.startswith("ERROR:"):
                found[match.group(1).rsplit(".", 1)[-1]] += 1
        return dict(found)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


# ---------------------------------------------------------------------------- the devices


def request_kind(method: str, url: str, status: int | str) -> str:
    path = str(url).split("?", 1)[0]
    if path.endswith("/commit"):
        return "commit"
    if "/chunks/" in path:
        return "chunk"
    if "/uploads/" in path:
        return "declare"
    if path.endswith("/changes"):
        return "pull (page)" if status == 200 else "pull (nothing new)"
    return path.rsplit("/", 1)[-1] or method


#: Per-request timings in a worker process: (kind, seconds, status), appended by threads.
REQUESTS: list[tuple[str, float, int | str]] = []
#: Request-body bytes (package chunks) handed to httpx while recording, every attempt.
BODY_BYTES = [0]
_RECORDING = threading.Event()


def instrument_transport() -> None:
    """Time every HTTP request the sync client makes (each retry on its own), by wrapping
    the httpx client of every `Transport` this process creates. Benchmark-only."""
    from sync.client.transport import Transport

    if getattr(Transport, "_bench_timed", False):
        return
    Transport._bench_timed = True  # type: ignore[attr-defined]
    original = Transport.__init__

    def init(self, *args: object, **kwargs: object) -> None:
        original(self, *args, **kwargs)  # type: ignore[arg-type]
        send = self._client.request

        def timed(method: str, url: str, **options: object) -> httpx.Response:
            started = time.perf_counter()
            status: int | str = "error"
            try:
                response = send(method, url, **options)  # type: ignore[arg-type]
                status = response.status_code
                return response
            except httpx.TransportError as error:
                status = type(error).__name__
                raise
            finally:
                if _RECORDING.is_set():
                    BODY_BYTES[0] += len(options.get("content") or b"")  # type: ignore[arg-type]
                    REQUESTS.append((request_kind(method, url, status),
                                     time.perf_counter() - started, status))

        self._client.request = timed  # type: ignore[method-assign]

    Transport.__init__ = init  # type: ignore[method-assign]


@dataclass
class DeviceJob:
    index: int
    path: str
    url: str
    code: str
    org: int
    seed: int


@dataclass
class SyncRecord:
    device: int
    round: int
    started: float  # time.time()
    seconds: float
    ok: bool
    rows_sent: int = 0
    rows_received: int = 0
    bytes_sent: int = 0
    pages: int = 0
    error: str = ""


def _device_loop(store: Store, job: DeviceJob, rounds: int, edits: int,
                 credentials: Path, out: list[SyncRecord]) -> None:
    rng = random.Random(job.seed * 7919 + 17)
    for round_ in range(rounds):
        started_wall, started = time.time(), time.perf_counter()
        try:
            if round_ and edits:
                with store.unit_of_work() as session:
                    activity.edit_random(session, rng, edits)
                started_wall, started = time.time(), time.perf_counter()
            report = server_link.sync(store, credentials_folder=credentials)
        except Exception as error:  # every failure is counted and reported
            out.append(SyncRecord(job.index, round_, started_wall,
                                  time.perf_counter() - started, False,
                                  error=f"{type(error).__name__}: {str(error)[:200]}"))
            continue
        out.append(SyncRecord(job.index, round_, started_wall, time.perf_counter() - started,
                              True, report.rows_sent, report.rows_received, report.bytes_sent,
                              report.pages_received))


def _own_cpu() -> float:
    """User + system CPU seconds of this process (all its threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def machine_busy() -> float:
    """CPU seconds the whole machine spent busy since boot, all cores (Linux /proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return float("nan")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def load_worker(jobs: list[DeviceJob], rounds: int, edits: int, credentials: str,
                ready: multiprocessing.Queue, go: multiprocessing.Event,
                results: multiprocessing.Queue) -> None:
    """A client process: enrol its devices, wait for `go`, run them as threads."""
    os.environ["PARTICIPA_CREDENTIALS"] = "file"
    instrument_transport()
    folder = Path(credentials)
    stores: list[Store] = []
    try:
        for job in jobs:
            store = Store.open(Path(job.path))
            stores.append(store)
            server_link.enrol(store, job.url, job.code, credentials_folder=folder)
    except Exception as error:  # reported to the parent
        ready.put(f"{type(error).__name__}: {error}")
        for store in stores:
            store.close()
        return
    ready.put("ok")
    go.wait()
    _RECORDING.set()
    cpu_before = _own_cpu()
    records: list[SyncRecord] = []
    threads = [threading.Thread(target=_device_loop,
                                args=(store, job, rounds, edits, folder, records))
               for store, job in zip(stores, jobs, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    _RECORDING.clear()
    for store in stores:
        store.close()
    results.put(([vars(r) for r in records], list(REQUESTS), _own_cpu() - cpu_before))


# ---------------------------------------------------------------------------- statistics


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0–100); NaN for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def ms(seconds: float) -> str:
    return "–" if seconds != seconds else f"{seconds * 1000:,.0f}"  # NaN check


def ratio(a: float, b: float) -> str:
    if not b or a != a or b != b:
        return "–"
    return f"{a / b:.2f}"


@dataclass
class LoadResult:
    label: str
    devices: int
    orgs: int
    servers: int
    syncs: list[SyncRecord]
    requests: list[tuple[str, float, int | str]]
    wall: float
    settle_rounds: int = 0
    settle_failures: int = 0
    rows_expected: int = 0
    missing_on_server: int = 0
    extra_on_server: int = 0
    missing_on_devices: int = 0
    orgs_converged: int = 0
    server_cpu: float = 0.0  # the server processes, during the load
    client_cpu: float = 0.0  # the client processes, during the load
    machine_cpu: float = 0.0  # the whole machine (PostgreSQL and the rest included)
    server_tracebacks: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    divergent: list[str] = field(default_factory=list)

    @property
    def ok(self) -> list[SyncRecord]:
        return [s for s in self.syncs if s.ok]

    @property
    def failed(self) -> int:
        return len(self.syncs) - len(self.ok)

    def syncs_per_second(self) -> float:
        return len(self.ok) / self.wall if self.wall else float("nan")

    def rows_moved(self) -> int:
        return sum(s.rows_sent + s.rows_received for s in self.ok)

    def rows_per_second(self) -> float:
        return self.rows_moved() / self.wall if self.wall else float("nan")

    def sync_seconds(self, first_round: bool | None = None) -> list[float]:
        return [s.seconds for s in self.ok
                if first_round is None or (s.round == 0) == first_round]

    def request_seconds(self, kind: str | None = None) -> list[float]:
        return [seconds for k, seconds, status in self.requests
                if (kind is None or k == kind) and isinstance(status, int)]

    def lost(self) -> int:
        return self.missing_on_server + self.missing_on_devices


# ---------------------------------------------------------------------------- scenarios


def device_templates(cache: Path, count: int, participants: int, workshops: int,
                     log: Log) -> list[Path]:
    folder = cache / f"devices-{participants}-{workshops}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"device-{i:03d}.sqlite" for i in range(count)]
    missing = [p for p in paths if not p.exists()]
    if missing:
        log(f"building {len(missing)} device files ({participants} participants, "
            f"{workshops} workshops each) …")
    for index, path in enumerate(paths):
        build_demo(path, participants, workshops, seed=1000 + index, device=f"bench-{index}")
    return paths


def run_load(label: str, templates: list[Path], orgs: int, servers: int, args: argparse.Namespace,
             work: Path, log: Log) -> LoadResult:
    """One load scenario on a fresh schema: enrol, release all devices, settle, verify."""
    from sync.server import accounts
    from sync.server.database import Database

    folder = work / label.replace(" ", "-").replace(",", "")
    folder.mkdir(parents=True)
    credentials = folder / "credenciales"
    orgs = min(orgs, len(templates))
    with pg_schema(args.postgres) as url:
        db = Database(url)
        db.create()  # before the servers, so two processes never race creating tables
        org_ids = [accounts.create_organization(db, f"Organización {k + 1}").id
                   for k in range(orgs)]
        running: list[ServerProcess] = []
        try:
            for _ in range(servers):
                running.append(ServerProcess(url, folder / "servidor",
                                             enrol_attempts=10 * len(templates) + 100))
            jobs = []
            for index, template in enumerate(templates):
                path = folder / f"device-{index:03d}.sqlite"
                copy_db(template, path)
                org = index % orgs
                jobs.append(DeviceJob(index, str(path), running[index % servers].url,
                                      accounts.create_code(db, org_ids[org], "facilitator",
                                                           3600), org, index))
            result = _release(label, jobs, orgs, servers, args, credentials, log,
                              lambda: sum(s.cpu_seconds() for s in running))
            _settle(result, jobs, credentials, log)
            _verify(result, jobs, templates, org_ids, db, log)
            for server in running:
                for kind, count in server.errors_logged().items():
                    result.server_tracebacks[kind] = result.server_tracebacks.get(kind, 0) + count
            if result.server_tracebacks:
                log(f"  server log ({running[0].log_path}):\n{running[0].log_tail(30)}")
        finally:
            for server in running:
                server.stop()
            db.dispose()
    return result


def _release(label: str, jobs: list[DeviceJob], orgs: int, servers: int,
             args: argparse.Namespace, credentials: Path, log: Log,
             server_cpu: Callable[[], float]) -> LoadResult:
    context = multiprocessing.get_context("spawn")
    ready, results, go = context.Queue(), context.Queue(), context.Event()
    workers = max(1, min(args.client_processes, len(jobs)))
    shares = [jobs[k::workers] for k in range(workers)]
    processes = [context.Process(target=load_worker,
                                 args=(share, args.rounds, args.edits, str(credentials),
                                       ready, go, results), daemon=True)
                 for share in shares]
    log(f"{label}: {len(jobs)} device(s) in {workers} client process(es), {servers} server "
        f"process(es), {orgs} organisation(s) — enrolling …")
    for process in processes:
        process.start()
    try:
        for _ in processes:
            answer = _next(ready, processes, 600)
            if answer != "ok":
                raise RuntimeError(f"a client process could not enrol its devices: {answer}")
        log(f"{label}: {args.rounds} round(s) of sync, {args.edits} edit(s) between rounds …")
        servers_before, machine_before = server_cpu(), machine_busy()
        go.set()
        records: list[SyncRecord] = []
        requests: list[tuple[str, float, int | str]] = []
        client_cpu = 0.0
        for _ in processes:
            sync_rows, request_rows, cpu = _next(results, processes, args.load_timeout)
            records += [SyncRecord(**row) for row in sync_rows]
            requests += request_rows
            client_cpu += cpu
        servers_cpu = server_cpu() - servers_before
        machine_cpu = machine_busy() - machine_before
    finally:
        for process in processes:
            process.join(30)
            if process.is_alive():
                process.kill()
    start = min(r.started for r in records)
    wall = max(r.started + r.seconds for r in records) - start
    result = LoadResult(label, len(jobs), orgs, servers, records, requests, wall,
                        server_cpu=servers_cpu, client_cpu=client_cpu, machine_cpu=machine_cpu)
    for record in records:
        if not record.ok:
            kind = record.error.split(":", 1)[0]
            result.errors[kind] = result.errors.get(kind, 0) + 1
    log(f"  {len(result.ok)} syncs ok, {result.failed} failed in {wall:.1f} s "
        f"({result.syncs_per_second():.1f} syncs/s)" +
        (f"; failures: {result.errors}" if result.errors else ""))
    return result


def _next(answers: multiprocessing.Queue, processes: list, timeout: float) -> object:
    """The next answer of the client processes; RuntimeError when they have all stopped
    without one (a crash) or after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return answers.get(timeout=2)
        except queue.Empty:
            if not any(process.is_alive() for process in processes):
                raise RuntimeError("the client processes stopped without answering "
                                   f"(exit codes {[p.exitcode for p in processes]})") from None
            if time.monotonic() > deadline:
                raise RuntimeError(f"no answer from the client processes in {timeout:g} s") \
                    from None


def _settle(result: LoadResult, jobs: list[DeviceJob], credentials: Path, log: Log) -> None:
    """Every device syncs again, one after the other, until a round moves nothing."""
    for round_ in range(1, 6):
        moved = failures = 0
        for job in jobs:
            with Store.open(Path(job.path)) as store:
                try:
                    report = server_link.sync(store, credentials_folder=credentials)
                except Exception as error:  # counted, reported
                    failures += 1
                    log(f"  settle: device {job.index}: {type(error).__name__}: {error}")
                    continue
            moved += report.rows_sent + report.rows_received
        result.settle_rounds = round_
        result.settle_failures += failures
        log(f"  settle round {round_}: {moved:,} rows moved, {failures} failure(s)")
        if moved == 0 and failures == 0:
            return


def _verify(result: LoadResult, jobs: list[DeviceJob], templates: list[Path],
            org_ids: list[str], db: object, log: Log) -> None:
    """Zero rows lost: the server holds exactly the rows the organisation's devices made,
    and every device of an organisation has them all, with the same content."""
    expected: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for job, template in zip(jobs, templates, strict=True):
        expected[job.org] |= row_keys(template)
    on_server = server_records(db)
    result.rows_expected = sum(len(rows) for rows in expected.values())
    digests: dict[int, dict[str, Path]] = defaultdict(dict)
    for job in jobs:
        have = row_keys(Path(job.path))
        result.missing_on_devices += len(expected[job.org] - have)
        digests[job.org].setdefault(dump_digest(Path(job.path)), Path(job.path))
    for org, found in sorted(digests.items()):
        if len(found) > 1:
            first, second = list(found.values())[:2]
            changed, preview = dump_difference(first, second)
            result.divergent.append(f"organisation {org + 1}: {len(found)} different dumps "
                                    f"among its devices ({changed} dump lines differ between "
                                    f"{first.stem} and {second.stem})")
            log(f"  {result.divergent[-1]}:\n{preview}")
    for org, rows in expected.items():
        server_rows = on_server.get(org_ids[org], set())
        result.missing_on_server += len(rows - server_rows)
        result.extra_on_server += len(server_rows - rows)
    result.orgs_converged = sum(1 for found in digests.values() if len(found) == 1)
    log(f"  verified: {result.rows_expected:,} rows expected, {result.missing_on_server} "
        f"missing on the server, {result.extra_on_server} extra there, "
        f"{result.missing_on_devices} missing on devices, {result.orgs_converged}/"
        f"{len(digests)} organisations with identical dumps")


@dataclass
class SlowResult:
    package_bytes: int
    rows: int
    bytes_up: int
    bytes_down: int
    client_body_bytes: int
    seconds: float
    cuts: int
    attempts: int
    failures: list[str]
    resumed: bool
    complete: bool
    on_server: int
    server_matches: bool
    pages: int
    requests: list[tuple[str, float, int | str]]
    server_errors: dict[str, int]


def run_slow(args: argparse.Namespace, cache: Path, work: Path, log: Log) -> SlowResult:
    """One big device through the slow, cut link to a fresh server."""
    from sync.devtools.faulty_link import FaultyLink
    from sync.server import accounts
    from sync.server.database import Database

    template = cache / f"slow-{args.slow_participants}-{args.slow_workshops}.sqlite"
    if not template.exists():
        log(f"building the slow-link device ({args.slow_participants:,} participants, "
            f"{args.slow_workshops:,} workshops) …")
    build_demo(template, args.slow_participants, args.slow_workshops, seed=7, device="lento")
    folder = work / "slow"
    folder.mkdir()
    path = folder / "lento.sqlite"
    copy_db(template, path)
    credentials = folder / "credenciales"
    expected = row_keys(path)
    with pg_schema(args.postgres) as url:
        db = Database(url)
        db.create()
        org = accounts.create_organization(db, "Organización lenta").id
        server = ServerProcess(url, folder / "servidor", enrol_attempts=100)
        try:
            with FaultyLink(("127.0.0.1", server.port),
                            bytes_per_second=args.link_bytes_per_second,
                            cut_every=args.cut_every) as link, Store.open(path) as store:
                link_url = f"http://127.0.0.1:{link.port}"
                server_link.enrol(store, link_url, accounts.create_code(db, org, "facilitator",
                                                                        3600),
                                  credentials_folder=credentials)
                link.bytes_up = link.bytes_down = link.cuts = 0  # count the sync only
                sizes: list[int] = []
                last_log = [0.0]

                def progress(what: str, done: int, total: int) -> None:
                    if what.startswith("Enviando") and total:
                        sizes.append(total)
                        if time.monotonic() - last_log[0] > 15:
                            last_log[0] = time.monotonic()
                            log(f"  {done / 1e6:.2f}/{total / 1e6:.2f} MB sent, "
                                f"{link.bytes_up / 1e6:.2f} MB through the link, "
                                f"{link.cuts} cut(s)")

                log(f"slow link: {args.link_bytes_per_second * 8 / 1000:.0f} kbit/s, a cut "
                    f"every {args.cut_every:g} s …")
                instrument_transport()
                REQUESTS.clear()
                BODY_BYTES[0] = 0
                _RECORDING.set()
                started = time.monotonic()
                failures: list[str] = []
                complete = resumed = False
                attempts = pages = 0
                while attempts < args.slow_attempts and not complete:
                    attempts += 1
                    try:
                        report = server_link.sync(store, credentials_folder=credentials,
                                                  progress=progress)
                    except Exception as error:  # a person would sync again
                        failures.append(f"{type(error).__name__}: {str(error)[:160]}")
                        log(f"  attempt {attempts} failed: {failures[-1]}")
                        continue
                    complete = True
                    resumed = resumed or report.resumed
                    pages += report.pages_received
                seconds = time.monotonic() - started
                _RECORDING.clear()
                body_bytes = BODY_BYTES[0]
                bytes_up, bytes_down, cuts = link.bytes_up, link.bytes_down, link.cuts
            on_server = server_records(db).get(org, set())
            server_errors = server.errors_logged()
        finally:
            server.stop()
            db.dispose()
    return SlowResult(max(sizes, default=0), len(expected), bytes_up, bytes_down, body_bytes,
                      seconds, cuts, attempts, failures, resumed, complete, len(on_server),
                      on_server == expected, pages, list(REQUESTS), server_errors)


# ---------------------------------------------------------------------------- output


def _git_commit() -> str:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                          text=True, check=False, cwd=ROOT).stdout.strip() or "?"
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", "participa_desktop",
         "sync"], capture_output=True, text=True, check=False, cwd=ROOT,
    ).stdout.split("\n")
    changed = [line[3:] for line in changed if line.strip()]
    return f"{head} + uncommitted changes to {', '.join(changed)}" if changed else head


def _postgres_version(url: str) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return str(connection.exec_driver_sql("SHOW server_version").scalar())
    finally:
        engine.dispose()


KINDS = ("declare", "chunk", "commit", "pull (page)", "pull (nothing new)")


def print_load(results: list[LoadResult]) -> None:
    print("### Load: devices pushing and pulling at once (PostgreSQL)")
    print()
    print("| scenario | devices / orgs | server processes | syncs ok / failed | wall s | "
          "syncs/s | rows/s | requests/s | sync p50 ms | sync p95 ms | request p50 ms | "
          "request p95 ms | CPU s: clients / servers / rest | rows lost | orgs converged |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    legend = ("CPU s are spent during the load: the client processes, the server processes, "
              "and the rest of the machine (PostgreSQL, this script, anything else running). "
              "Rows lost: rows (table, id) one of an organisation's devices created that are "
              "missing on the server or on another of its devices after the settling syncs. "
              "Orgs converged: organisations whose devices all have the same `participa "
              "dump` (same values too) after them.")
    for r in results:
        requests = r.request_seconds()
        lost = (f"**{r.lost()}**" if r.lost() else "0") + (
            f" of {r.rows_expected:,}" if r.rows_expected else "")
        converged = (f"{r.orgs_converged}/{r.orgs}" if r.orgs_converged == r.orgs
                     else f"**{r.orgs_converged}/{r.orgs}**")
        print(f"| {r.label} | {r.devices} / {r.orgs} | {r.servers} | {len(r.ok)} / {r.failed} "
              f"| {r.wall:.1f} | {r.syncs_per_second():.2f} | {r.rows_per_second():,.0f} | "
              f"{len(requests) / r.wall:.1f} | {ms(percentile(r.sync_seconds(), 50))} | "
              f"{ms(percentile(r.sync_seconds(), 95))} | {ms(percentile(requests, 50))} | "
              f"{ms(percentile(requests, 95))} | {r.client_cpu:.0f} / {r.server_cpu:.0f} / "
              f"{r.machine_cpu - r.client_cpu - r.server_cpu:.0f} | {lost} | {converged} |")
    print()
    print(legend)
    print()
    print("Latency by request (p50 / p95 ms, count); the first sync of a device pushes its "
          "whole file, later ones only the edits:")
    print()
    print("| request | " + " | ".join(r.label for r in results) + " |")
    print("|---|" + "---:|" * len(results))
    rows = [("whole sync, first (full push)", lambda r: r.sync_seconds(True)),
            ("whole sync, later (edits)", lambda r: r.sync_seconds(False))]
    rows += [(kind, lambda r, k=kind: r.request_seconds(k)) for kind in KINDS]
    for name, values in rows:
        cells = []
        for r in results:
            found = values(r)
            cells.append(f"{ms(percentile(found, 50))} / {ms(percentile(found, 95))} "
                         f"({len(found)})" if found else "–")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    for r in results:
        problems = []
        if r.errors:
            problems.append("failed syncs: " + ", ".join(f"{k} ×{n}" for k, n in r.errors.items()))
        statuses: dict[str, int] = defaultdict(int)
        for _kind, _seconds, status in r.requests:
            if status != 200 and status != 204:
                statuses[str(status)] += 1
        if statuses:
            problems.append("non-2xx answers / network errors (retried or reported): " +
                            ", ".join(f"{k} ×{n}" for k, n in sorted(statuses.items())))
        if r.server_tracebacks:
            problems.append("exceptions in the server log(s): " + ", ".join(
                f"{kind} ×{count}" for kind, count in r.server_tracebacks.items()))
        problems.append(f"settled in {r.settle_rounds} sequential round(s)"
                        + (f" ({r.settle_failures} failed syncs)" if r.settle_failures else ""))
        problems.append(f"{r.orgs_converged}/{r.orgs} organisations with identical dumps on "
                        f"all their devices; {r.missing_on_server} rows missing on the server, "
                        f"{r.extra_on_server} unexpected there, {r.missing_on_devices} missing "
                        "on devices")
        print(f"* {r.label}: " + "; ".join(problems) + ".")
        for divergence in r.divergent:
            print(f"  * **{divergence}** (the first lines of the diff are in the log on "
                  "stderr)")
    print()


def print_ratios(alone: LoadResult | None, one: LoadResult | None,
                 two: LoadResult | None) -> None:
    def sync_ratio(a: LoadResult, b: LoadResult, q: float) -> str:
        return ratio(percentile(a.sync_seconds(), q), percentile(b.sync_seconds(), q))

    def request_ratio(a: LoadResult, b: LoadResult, q: float, kind: str | None = None) -> str:
        return ratio(percentile(a.request_seconds(kind), q),
                     percentile(b.request_seconds(kind), q))

    if not ((one and alone) or (one and two)):
        return
    print("Ratios (same run):")
    print()
    if one and alone:
        kinds = ", ".join(f"{kind} p50 × {request_ratio(one, alone, 50, kind)}"
                          for kind in ("chunk", "commit", "pull (page)"))
        print(f"* {one.devices} devices vs 1 alone, 1 server process: sync p50 × "
              f"{sync_ratio(one, alone, 50)}, sync p95 × {sync_ratio(one, alone, 95)}; "
              f"{kinds}; throughput × "
              f"{ratio(one.syncs_per_second(), alone.syncs_per_second())} syncs/s.")
    if one and two:
        print(f"* 2 server processes vs 1, {two.devices} devices: syncs/s × "
              f"{ratio(two.syncs_per_second(), one.syncs_per_second())}, rows/s × "
              f"{ratio(two.rows_per_second(), one.rows_per_second())}, sync p50 × "
              f"{sync_ratio(two, one, 50)}, sync p95 × {sync_ratio(two, one, 95)}, "
              f"request p50 × {request_ratio(two, one, 50)}, request p95 × "
              f"{request_ratio(two, one, 95)}.")
    print()


def print_slow(slow: SlowResult, args: argparse.Namespace) -> None:
    ratio_up = slow.bytes_up / slow.package_bytes if slow.package_bytes else float("nan")
    met = slow.complete and slow.server_matches and ratio_up <= GOAL_SLOW_BYTES_RATIO
    print(f"### Slow link: {args.link_bytes_per_second * 8 / 1000:.0f} kbit/s through "
          f"FaultyLink, every connection cut every {args.cut_every:g} s")
    print()
    print("| package | rows | completed | sync attempts | seconds | cuts | bytes up at the "
          "proxy | × package | chunk bytes the client sent | bytes down (pull pages) | rows on the "
          "server |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    on_server = (f"{slow.on_server:,} (= the device's)" if slow.server_matches
                 else f"**{slow.on_server:,}, not the device's rows**")
    print(f"| {slow.package_bytes:,} B | {slow.rows:,} | {'yes' if slow.complete else '**no**'}"
          f"{' (resumed)' if slow.resumed else ''} | {slow.attempts} | {slow.seconds:.0f} | "
          f"{slow.cuts} | {slow.bytes_up:,} | {ratio_up:.3f} | {slow.client_body_bytes:,} | "
          f"{slow.bytes_down:,} ({slow.pages}) | {on_server} |")
    print()
    spent: dict[str, list[float]] = defaultdict(list)
    failed: dict[str, int] = defaultdict(int)
    for kind, seconds, status in slow.requests:
        spent[kind].append(seconds)
        if status not in (200, 204):
            failed[kind] += 1
    print("Where the time went: " + ", ".join(
        f"{kind} {len(times)} request(s) {sum(times):.0f} s"
        + (f" ({failed[kind]} cut or refused)" if failed[kind] else "")
        for kind, times in spent.items()) + ".")
    if slow.server_errors:
        print("Exceptions in the server's log: " + ", ".join(
            f"{kind} ×{count}" for kind, count in slow.server_errors.items()) + ".")
    print()
    print(f"Goal: completes and bytes up ≤ {GOAL_SLOW_BYTES_RATIO} × package: "
          f"{'met' if met else '**NOT met**'}."
          + (f" Failed attempts: {'; '.join(slow.failures)}." if slow.failures else ""))
    print()


# ---------------------------------------------------------------------------- main


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="small smoke version (8 devices, a 0.24 MB package, 10 s cuts)")
    for name, value in FULL.items():
        flag = "--" + name.replace("_", "-")
        parser.add_argument(flag, type=type(value), default=None,
                            help=f"default {value:,} (--quick: {QUICK[name]:,})")
    parser.add_argument("--postgres", default=os.environ.get("PARTICIPA_TEST_POSTGRES_URL",
                                                             POSTGRES_URL),
                        help="PostgreSQL database (a schema is made and dropped per scenario)")
    parser.add_argument("--load-timeout", type=float, default=3600,
                        help="seconds to wait for a load scenario's devices")
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--skip-alone", action="store_true", help="no 1-device baseline")
    parser.add_argument("--skip-two", action="store_true", help="no 2-server-process run")
    parser.add_argument("--skip-slow", action="store_true")
    parser.add_argument("--keep", type=Path, help="folder to cache the device files in")
    parser.add_argument("--work", type=Path,
                        help="keep each scenario's data files and server logs in this (new) "
                             "folder instead of a temporary one")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args()
    preset = QUICK if args.quick else FULL
    for name, value in preset.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def main() -> None:
    args = parse_args()
    os.environ["PARTICIPA_CREDENTIALS"] = "file"

    def log(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    load_before = os.getloadavg()[0]
    results: list[LoadResult] = []
    alone = one = two = None
    slow = None
    with tempfile.TemporaryDirectory(prefix="participa-server-bench-") as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        cache = args.keep or work / "cache"
        cache.mkdir(parents=True, exist_ok=True)
        if not args.skip_load:
            templates = device_templates(cache, args.devices, args.device_participants,
                                         args.device_workshops, log)
            if not args.skip_alone:
                alone = run_load("1 device alone", templates[:1], 1, 1, args, work, log)
                results.append(alone)
            one = run_load(f"{args.devices} devices, 1 process", templates, args.orgs, 1,
                           args, work, log)
            results.append(one)
            if not args.skip_two:
                two = run_load(f"{args.devices} devices, 2 processes", templates, args.orgs,
                               2, args, work, log)
                results.append(two)
        if not args.skip_slow:
            slow = run_slow(args, cache, work, log)
        postgres = _postgres_version(args.postgres)

    print(f"## Server benchmark — {time.strftime('%Y-%m-%d %H:%M')}, commit {_git_commit()}")
    print()
    print(f"Machine: {os.cpu_count()} cores shared by the client processes, the server "
          f"process(es) and PostgreSQL {postgres} (load average {load_before:.2f} before, "
          f"{os.getloadavg()[0]:.2f} after"
          + ("; other work was running on the machine" if load_before > 0.5 else "")
          + f"); Python {sys.version.split()[0]}. Absolute numbers are this machine's; "
          "compare the ratios.")
    print()
    if results:
        print(f"Each device: a demo file of {args.device_participants} participants / "
              f"{args.device_workshops} workshops (its own rows), {args.rounds} syncs back to "
              f"back with {args.edits} edits before each but the first; {args.orgs} "
              f"organisation(s); {args.client_processes} client processes × threads. Sync "
              "latency is one whole `server_link.sync` (push + pull); request latency is "
              "each HTTP request (retries counted separately).")
        print()
        print_load(results)
        print_ratios(alone, one, two)
    if slow is not None:
        print_slow(slow, args)


if __name__ == "__main__":
    main()
