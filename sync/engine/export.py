"""Export (invariant 7): write what a peer has not acknowledged into a package file.

The rows and columns are selected and copied in SQL (the package is attached to the
replica's connection), from one consistent snapshot; memory stays flat whatever the size.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .archive import ARCHIVE_COLUMNS
from .clock import ZERO_STAMP
from .errors import PackageError
from .ids import new_id
from .layout import ARCHIVE_TABLE
from .package import (
    FORMAT_VERSION,
    MANIFEST_TABLE,
    PACKAGE_APPLICATION_ID,
    checksum,
    compress,
    is_package_file,
)
from .schema import ReplicaSchema, TableSpec
from .state import acknowledgements, find_peer, now_text, read_state, record_package
from .versions import sequence_column, version_column


class UnknownPeer(LookupError):
    def __init__(self, peer: str) -> None:
        super().__init__(
            f"No se conoce el equipo «{peer}»: todavía no se ha recibido ningún paquete "
            "suyo. Exporte sin --peer para enviar todo."
        )


@dataclass(frozen=True)
class ExportSummary:
    package_id: str
    path: Path
    rows: dict[str, int]
    seq_from: int
    seq_to: int
    compressed_bytes: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def _select_changed(table: TableSpec) -> str:
    """SELECT of the rows changed after :since, each versioned column only if it changed
    then and was not written by the peer itself (:peer; a value a device wrote is never
    news to it: it still has it, live or archived)."""
    # Natural-key values only for rows the peer may not have (born, or deleted or revived,
    # since its acknowledgement); a row it has is found by id.
    maybe_new = "(deleted_seq IS NULL OR deleted_seq > :since)"
    parts = ["id", *(f"CASE WHEN {maybe_new} THEN {k} END" for k in table.immutable)]
    changes = []
    for column in table.versioned:
        ver = version_column(column)
        changed = f"({sequence_column(column)} > :since AND substr({ver}, 17) != :peer)"
        changes.append(changed)
        parts.append(f"CASE WHEN {changed} THEN {column} END")
        parts.append(f"CASE WHEN {changed} THEN {ver} END")
    return (f"SELECT {', '.join(parts)} FROM main.{table.name} "
            f"WHERE row_seq > :since AND ({' OR '.join(changes)})")


def _drop_silent_columns(connection: sqlite3.Connection, table: TableSpec) -> list[str]:
    """Rebuild the package table without the versioned columns on which no row has an
    opinion (all stamps NULL): a one-field edit then carries one field, not the schema."""
    probes = ", ".join(
        f"max({version_column(c)} IS NOT NULL)" for c in table.versioned
    )
    present = connection.execute(f"SELECT {probes} FROM pkg.{table.name}").fetchone()
    kept = [c for c, has in zip(table.versioned, present, strict=True) if has]
    if len(kept) == len(table.versioned):
        return kept
    columns = ["id", *table.immutable]
    for column in kept:
        columns += [column, version_column(column)]
    connection.execute(f"ALTER TABLE pkg.{table.name} RENAME TO {table.name}_full")
    connection.execute(
        f"CREATE TABLE pkg.{table.name} ({', '.join(columns)})"
    )
    connection.execute(
        f"INSERT INTO pkg.{table.name} SELECT {', '.join(columns)} "
        f"FROM pkg.{table.name}_full"
    )
    connection.execute(f"DROP TABLE pkg.{table.name}_full")
    return kept


def export_package(
    connection: sqlite3.Connection, schema: ReplicaSchema, out: Path, peer: str | None = None,
) -> ExportSummary:
    """Write a package for `peer` (a device id or name; None: everything) to `out`.

    `connection` is a replica connection outside any transaction. The file appears whole
    or not at all. Raises UnknownPeer for a peer never heard of.
    """
    if out.exists() and not is_package_file(out):
        raise PackageError(f"«{out}» ya existe y no es un paquete: no se reemplazó. Elija "
                           "otro nombre.")
    since = 0
    peer_id = None
    if peer is not None:
        found = find_peer(connection, peer)
        if found is None:
            raise UnknownPeer(peer)
        peer_id, _name, since = found
    with tempfile.TemporaryDirectory(prefix="participa-export-", dir=out.parent) as folder:
        raw = Path(folder) / "paquete.sqlite"
        connection.execute("ATTACH DATABASE ? AS pkg", (str(raw),))
        try:
            connection.execute("PRAGMA pkg.page_size = 512")  # small packages stay small
            connection.execute("PRAGMA pkg.journal_mode = OFF")
            connection.execute(f"PRAGMA pkg.application_id = {PACKAGE_APPLICATION_ID}")
            connection.execute("BEGIN")
            try:
                summary = _fill(connection, schema, since, peer_id, raw)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("VACUUM pkg")  # drop the pages of empty tables
        finally:
            connection.execute("DETACH DATABASE pkg")
        compress(raw, out)
    record_package(
        connection, summary.package_id, "sent", peer_device_id=peer_id, peer_name=peer,
        created_at=now_text(), status="written", rows=summary.total_rows, message=None,
        kept_file=str(out), merged_seq=summary.seq_to,
    )
    return ExportSummary(summary.package_id, out, summary.rows, summary.seq_from,
                         summary.seq_to, out.stat().st_size)


def _fill(
    connection: sqlite3.Connection, schema: ReplicaSchema, since: int, peer_id: str | None,
    raw: Path,
) -> ExportSummary:
    state = read_state(connection)
    counts: dict[str, int] = {}
    stamps: list[str] = []
    for table in schema.tables:
        columns = table.package_columns()
        connection.execute(
            f"CREATE TABLE pkg.{table.name} ({', '.join(columns)})"
        )
        inserted = connection.execute(
            f"INSERT INTO pkg.{table.name} ({', '.join(columns)}) {_select_changed(table)}",
            {"since": since, "peer": peer_id or ""},
        ).rowcount
        if inserted == 0:
            connection.execute(f"DROP TABLE pkg.{table.name}")
            continue
        counts[table.name] = inserted
        kept = _drop_silent_columns(connection, table)
        versions = " UNION ALL ".join(
            f"SELECT max({version_column(c)}) AS v FROM pkg.{table.name}" for c in kept
        )
        low = " UNION ALL ".join(
            f"SELECT min({version_column(c)}) AS v FROM pkg.{table.name}" for c in kept
        )
        high_stamp, low_stamp = connection.execute(
            f"SELECT (SELECT max(v) FROM ({versions})), (SELECT min(v) FROM ({low}))"
        ).fetchone()
        stamps += [s for s in (high_stamp, low_stamp) if s]
    connection.execute(
        f"CREATE TABLE pkg.{ARCHIVE_TABLE} ({', '.join(ARCHIVE_COLUMNS)})"
    )
    archived = connection.execute(
        f"INSERT INTO pkg.{ARCHIVE_TABLE} SELECT {', '.join(ARCHIVE_COLUMNS)} "
        f"FROM main.{ARCHIVE_TABLE} WHERE row_seq > :since AND substr(value_ver, 17) != :peer "
        # A value the peer had acknowledged live: it archives it itself when replaced.
        f"AND (value_seq IS NULL OR value_seq > :since)",
        {"since": since, "peer": peer_id or ""},
    ).rowcount
    if archived:
        counts[ARCHIVE_TABLE] = archived
    else:
        connection.execute(f"DROP TABLE pkg.{ARCHIVE_TABLE}")
    package_id = new_id()
    acks = acknowledgements(connection)
    manifest = {
        "format_version": FORMAT_VERSION,
        "schema_version": schema.schema_version,
        "app_version": schema.app_version,
        "package_id": package_id,
        "source_device": state.device_id,
        "source_name": state.device_name,
        "target_device": peer_id or "",
        "created_at": now_text(),
        "hlc_min": min(stamps, default=ZERO_STAMP),
        "hlc_max": max(stamps, default=ZERO_STAMP),
        "seq_from": since,
        "seq_to": state.last_seq,
        "row_counts": json.dumps(counts, sort_keys=True),
        "acks": json.dumps(acks, sort_keys=True),
    }
    connection.execute(f"CREATE TABLE pkg.{MANIFEST_TABLE} (key, value)")
    manifest["checksum"] = checksum(connection, "pkg")
    connection.executemany(
        f"INSERT INTO pkg.{MANIFEST_TABLE} VALUES (?, ?)",
        [(k, str(v)) for k, v in manifest.items()],
    )
    return ExportSummary(package_id, raw, counts, since, state.last_seq, 0)
