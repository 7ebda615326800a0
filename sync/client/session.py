"""One sync of a replica with the central server: push what the server has not
acknowledged, then pull what the organisation has that this device has not applied.

Push: the package is exported (`sync.engine.export`, for the server as peer) into the
outbox and uploaded in chunks; after a cut, the next attempt (or the next sync) resumes at
the offset the server reports. The device's changes count as acknowledged only when the
server's receipt arrives. Pull: each page is merged by the engine together with the
cursor for the server, in one transaction; a cut page is simply asked for again. Before
both, it asks which app release the server names for the organisation (`releases`).

The caller passes a function that opens the replica's `sqlite3` connection, the
`ReplicaSchema`, and optional `progress` and `cancelled` callbacks; nothing here knows Qt.
"""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sync import protocol
from sync.engine.export import export_package
from sync.engine.layout import PACKAGE_TABLE, PEER_TABLE, STATE_TABLE
from sync.engine.merge import merge_package
from sync.engine.schema import ReplicaSchema
from sync.engine.state import now_text

from .errors import Cancelled, PackageRejected, ServerProblem
from .releases import AppRelease, ask_release
from .transport import Transport

ProgressCallback = Callable[[str, int, int], None]
"""progress(what, done, total): a Spanish phrase and a count of bytes or pages."""

OpenReplica = Callable[[], AbstractContextManager[sqlite3.Connection]]
"""Opens an autocommit connection to the replica (the engine begins its own transactions)."""

MIN_CHUNK = 16 << 10
MAX_CHUNK = 1 << 20
FAST_CHUNK_SECONDS = 2.0  # a chunk that took less than this: the next one is bigger


@dataclass
class SyncReport:
    """What a sync did, for the person who asked for it."""

    packages_sent: int = 0
    rows_sent: int = 0
    bytes_sent: int = 0
    resumed: bool = False
    pages_received: int = 0
    rows_received: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    #: The newest release the server names for this device's organisation (None: it
    #: names none); `release_answered` is False when the server is older than that
    #: question, and then `release` says nothing.
    release: AppRelease | None = None
    release_answered: bool = False

    def describe(self) -> str:
        sent = (f"Se enviaron {self.rows_sent} filas en {self.packages_sent} paquete(s) "
                f"({self.bytes_sent / 1024:.0f} KB)" if self.packages_sent
                else "No había cambios por enviar")
        if self.resumed:
            sent += ", retomando un envío interrumpido"
        received = (f"se recibieron {self.rows_received} filas nuevas o cambiadas en "
                    f"{self.pages_received} página(s)" if self.rows_received
                    else "no había nada nuevo en el servidor")
        text = f"{sent}; {received}."
        if self.conflicts:
            text += (f" {self.conflicts} valores editados en dos equipos a la vez quedaron en "
                     "el archivo para que un(a) coordinador(a) los revise.")
        return " ".join([text, *self.notes]) + f" ({self.seconds:.1f} s)"


class SyncSession:
    """Push and pull of one replica with one server (`server_id` is its peer id)."""

    def __init__(self, transport: Transport, open_replica: OpenReplica,
                 schema: ReplicaSchema, server_id: str, outbox: Path, inbox: Path, *,
                 progress: ProgressCallback | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 chunk_bytes: int = protocol.CHUNK_BYTES) -> None:
        self.transport = transport
        self.open_replica = open_replica
        self.schema = schema
        self.server_id = server_id
        self.outbox = outbox
        self.inbox = inbox
        self.progress = progress or (lambda _what, _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.chunk_bytes = chunk_bytes
        transport.cancelled = self.cancelled

    def sync(self) -> SyncReport:
        """Push, pull, then ask for the newest release (see the module's docstring)."""
        started = time.monotonic()
        report = SyncReport()
        self.push(report)
        self.pull(report)
        self._seen()
        answer = ask_release(self.transport)  # after the data: it may not hold the data up
        report.release_answered, report.release = answer.answered, answer.release
        report.bytes_sent = self.transport.bytes_sent
        report.seconds = time.monotonic() - started
        return report

    # --- push -----------------------------------------------------------------------

    def push(self, report: SyncReport) -> None:
        """Upload the package left unfinished last time, then one with what is new."""
        pending = self._pending()
        if pending is not None:
            report.resumed = True
            self._send(*pending, report)
        self._check_cancel()
        self.outbox.mkdir(parents=True, exist_ok=True)
        with self.open_replica() as connection:
            out = self.outbox / f"envio-{int(time.time() * 1000)}.participa"
            summary = export_package(connection, self.schema, out, peer=self.server_id)
            if summary.total_rows == 0:
                out.unlink(missing_ok=True)
                connection.execute(f"DELETE FROM {PACKAGE_TABLE} WHERE package_id = ?",
                                   (summary.package_id,))
                return
        self._send(summary.package_id, out, summary.seq_to, summary.total_rows, report)

    def _pending(self) -> tuple[str, Path, int, int] | None:
        """The last package written for the server and not yet acknowledged, if its file
        is still there."""
        with self.open_replica() as connection:
            row = connection.execute(
                f"SELECT package_id, kept_file, merged_seq, rows FROM {PACKAGE_TABLE} "
                "WHERE direction = 'sent' AND peer_device_id = ? AND status = 'written' "
                "ORDER BY created_at DESC LIMIT 1", (self.server_id,)
            ).fetchone()
        if row is None or not row[1] or not Path(row[1]).is_file():
            return None
        return row[0], Path(row[1]), row[2], row[3]

    def _send(self, package_id: str, path: Path, seq_to: int, rows: int,
              report: SyncReport) -> None:
        size = path.stat().st_size
        digest = _file_sha256(path)
        uploads = f"/uploads/{package_id}"
        try:
            with path.open("rb") as package:
                self._upload(uploads, package, size, digest)
            receipt = self.transport.request("POST", f"{uploads}/commit").json()
        except PackageRejected as refused:
            self._mark(package_id, "rejected", str(refused), seq_to=None)
            path.unlink(missing_ok=True)
            raise
        self._mark(package_id, "acknowledged", _receipt_text(receipt), seq_to=seq_to)
        path.unlink(missing_ok=True)
        report.packages_sent += 1
        report.rows_sent += rows

    def _upload(self, uploads: str, package: BinaryIO, size: int, digest: str) -> None:
        """Send the chunks the server does not have yet. Chunks grow while the link is
        fast and shrink when it is slow, so that a cut loses little."""
        offset = self.transport.request(
            "PUT", uploads, json={"size": size, "sha256": digest}).json()["offset"]
        chunk = self.chunk_bytes
        while offset < size:
            self._check_cancel()
            self.progress("Enviando cambios", offset, size)
            package.seek(offset)
            piece = package.read(chunk)
            started = time.monotonic()
            try:
                answer = self.transport.request(
                    "PUT", f"{uploads}/chunks/{offset}", content=piece,
                    headers={protocol.HEADER_CHUNK_SHA256:
                             hashlib.sha256(piece).hexdigest(),
                             "Content-Type": "application/octet-stream"})
            except ServerProblem as problem:
                if problem.kind != "posicion-incorrecta" or "offset" not in problem.body:
                    raise
                offset = int(problem.body["offset"])  # the server had more (or less)
                continue
            offset = int(answer.json()["offset"])
            took = time.monotonic() - started
            chunk = (min(MAX_CHUNK, chunk * 2) if took < FAST_CHUNK_SECONDS
                     else max(MIN_CHUNK, chunk // 2))
        self.progress("Enviando cambios", size, size)

    def _seen(self) -> None:
        """Remember when a whole sync last succeeded, even one with nothing to move."""
        with self.open_replica() as connection:
            connection.execute(f"UPDATE {PEER_TABLE} SET last_seen = ? WHERE device_id = ?",
                               (now_text(), self.server_id))

    def _mark(self, package_id: str, status: str, message: str, seq_to: int | None) -> None:
        """Record the server's answer on a sent package; on a receipt, its changes are
        acknowledged (invariant: only on the receipt)."""
        with self.open_replica() as connection:
            connection.execute("BEGIN IMMEDIATE")
            if seq_to is not None:
                connection.execute(
                    f"UPDATE {PEER_TABLE} SET acked_seq = max(acked_seq, ?), last_seen = ? "
                    "WHERE device_id = ?", (seq_to, now_text(), self.server_id))
            connection.execute(
                f"UPDATE {PACKAGE_TABLE} SET status = ?, message = ?, handled_at = ?, "
                "kept_file = NULL WHERE package_id = ?",
                (status, message, now_text(), package_id))
            superseded = connection.execute(
                f"SELECT package_id, kept_file FROM {PACKAGE_TABLE} WHERE direction = 'sent' "
                "AND peer_device_id = ? AND status = 'written' AND merged_seq <= (SELECT "
                f"acked_seq FROM {PEER_TABLE} WHERE device_id = ?)",
                (self.server_id, self.server_id)).fetchall()
            for old_id, old_file in superseded:  # left by earlier cut attempts
                connection.execute(
                    f"UPDATE {PACKAGE_TABLE} SET status = 'superseded', kept_file = NULL "
                    "WHERE package_id = ?", (old_id,))
                if old_file:
                    Path(old_file).unlink(missing_ok=True)
            connection.execute("COMMIT")

    # --- pull -----------------------------------------------------------------------

    def pull(self, report: SyncReport) -> None:
        """Apply pages until the server has nothing newer."""
        more = True
        while more:
            self._check_cancel()
            with self.open_replica() as connection:
                (after,) = connection.execute(
                    f"SELECT received_seq FROM {PEER_TABLE} WHERE device_id = ?",
                    (self.server_id,)).fetchone()
            self.progress("Recibiendo cambios", report.pages_received, 0)
            answer = self.transport.request("GET", "/changes", params={"after": after},
                                            ok=(200, 204))
            if answer.status_code == 204:
                return
            more = answer.headers.get(protocol.HEADER_PAGE_MORE) == "1"
            with tempfile.TemporaryDirectory(prefix="participa-pagina-") as folder:
                page = Path(folder) / "pagina.participa"
                page.write_bytes(answer.content)
                with self.open_replica() as connection:
                    summary = merge_package(connection, self.schema, page, self.inbox,
                                            keep=False)
                    self._skip_echo(connection, summary.package_id)
            report.pages_received += 1
            report.rows_received += summary.new + summary.updated
            report.conflicts += summary.conflicts

    def _skip_echo(self, connection: sqlite3.Connection, package_id: str) -> None:
        """What a page brought needs no sending back to the server. When the server had
        acknowledged everything before the page and nothing was edited since, move its
        acknowledgement past the page's change (otherwise the next push repeats it, which
        is harmless but wasteful)."""
        connection.execute("BEGIN IMMEDIATE")
        connection.execute(
            f"UPDATE {PEER_TABLE} SET acked_seq = (SELECT last_seq FROM {STATE_TABLE}) "
            f"WHERE device_id = :server AND acked_seq = :merged - 1 "
            f"AND (SELECT last_seq FROM {STATE_TABLE}) = :merged",
            {"server": self.server_id, "merged": self._merged_seq(connection, package_id)})
        connection.execute("COMMIT")

    @staticmethod
    def _merged_seq(connection: sqlite3.Connection, package_id: str) -> int:
        row = connection.execute(
            f"SELECT merged_seq FROM {PACKAGE_TABLE} WHERE package_id = ?", (package_id,)
        ).fetchone()
        return row[0] if row and row[0] is not None else -1

    def _check_cancel(self) -> None:
        if self.cancelled():
            raise Cancelled()


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while block := reader.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _receipt_text(receipt: dict) -> str:
    text = (f"Recibido por el servidor: {receipt.get('new_rows', 0)} filas nuevas, "
            f"{receipt.get('updated_values', 0)} valores actualizados")
    if receipt.get("repeated"):
        text += " (ya lo tenía)"
    return text + "."
