"""Merge (invariants 4–6): newest version of each column wins, losers are archived.

One package is merged in one transaction, in SQL: the verified package is attached
read-only and each table is merged with `INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE`,
after the values about to lose (on either side) are copied to the archive. Applying any
set of packages in any order, any number of times, gives the same content, because the
outcome of each column depends only on the set of (value, stamp) pairs seen.

Foreign keys are not enforced while merging: packages may arrive in any order, so a child
row may come before its parent. Local writes still enforce them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .archive import ARCHIVE_COLUMNS
from .errors import PackageError, PackageHeld, PackageTooNew
from .layout import ARCHIVE_TABLE, PACKAGE_TABLE, PEER_TABLE
from .package import copy_into, table_columns
from .schema import ReplicaSchema, TableSpec
from .state import advance, note_peer, read_state, record_package
from .verify import DEFAULT_SIZE_LIMIT, Manifest, expand_package, verify_package
from .versions import sequence_column, version_column

#: Called between tables during a merge (tests inject failures here).
Checkpoint = Callable[[str], None]


@dataclass
class MergeSummary:
    package_id: str
    source_name: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    archived: int = 0
    conflicts: int = 0
    by_table: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    def describe(self) -> str:
        return (
            f"Paquete {self.package_id} de «{self.source_name}»: {self.new} filas nuevas, "
            f"{self.updated} actualizadas, {self.unchanged} sin cambios; {self.conflicts} "
            f"valores reemplazados guardados en el archivo ({self.archived} entradas nuevas "
            "en el archivo en total)."
        )


def _conflicting_ids(table: TableSpec, columns: list[str]) -> str:
    """SELECT of the ids whose package row and replica row disagree on some column that
    both have stamped: one join over the package, whatever the number of columns."""
    disagreements = [
        f"p.{version_column(c)} != m.{version_column(c)}"
        for c in table.versioned if version_column(c) in columns
    ]
    return (
        f"SELECT p.id FROM pkg.{table.name} p JOIN main.{table.name} m ON m.id = p.id "
        f"WHERE {' OR '.join(disagreements) or 'false'}"
    )


def _archive_losers(table: TableSpec, columns: list[str]) -> str:
    """INSERT of both sides' losing values of every conflicting column into the archive,
    for the rows listed in temp.conflict.

    A loser is archived even when its value equals the winner's: what the archive holds
    must depend only on the (value, stamp) pairs seen, not on the order they came in
    (invariant 4). Otherwise a pair dropped for being equal to the winner of the moment
    would be archived by a later merge of the same package, once the winner has changed."""
    selects = []
    for column in table.versioned:
        ver = version_column(column)
        if ver not in columns:
            continue
        for loser, winner, known in (("m", "p", f"m.{sequence_column(column)}"),
                                     ("p", "m", "NULL")):
            selects.append(
                f"SELECT '{table.name}', m.id, '{column}', {loser}.{ver}, {loser}.{column}, "
                f"{known} "
                f"FROM temp.conflict c JOIN pkg.{table.name} p ON p.id = c.id "
                f"JOIN main.{table.name} m ON m.id = c.id "
                f"WHERE {loser}.{ver} IS NOT NULL AND {winner}.{ver} > {loser}.{ver}"
            )
    return (
        f"INSERT OR IGNORE INTO main.{ARCHIVE_TABLE} "
        f"({', '.join(ARCHIVE_COLUMNS)}, value_seq, row_seq) "
        f"SELECT *, :seq FROM ({' UNION ALL '.join(selects)})"
    )


def _refuse_new_rows_without_keys(
    connection: sqlite3.Connection, table: TableSpec, columns: list[str]
) -> None:
    required = [c for c in table.immutable if c in columns and c not in table.optional]
    if not required:
        return
    missing = " OR ".join(f"p.{c} IS NULL" for c in required)
    row = connection.execute(
        f"SELECT p.id FROM pkg.{table.name} p WHERE ({missing}) "
        f"AND NOT EXISTS (SELECT 1 FROM main.{table.name} m WHERE m.id = p.id) LIMIT 1"
    ).fetchone()
    if row is not None:
        raise PackageError(
            f"El paquete trae filas nuevas de «{table.name}» sin los datos que las "
            "identifican: fue hecho para otro equipo. Pida un paquete completo (sin --peer)."
        )


def _upsert(table: TableSpec, columns: list[str]) -> str:
    """INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE for the columns the package has."""
    present = [c for c in table.versioned if version_column(c) in columns]
    insert_columns = ["id", *(c for c in table.immutable if c in columns)]
    values = ["p.id"] + [
        # Left out for rows the receiver has: take them from its own row.
        f"coalesce(p.{c}, (SELECT {c} FROM main.{table.name} WHERE id = p.id))"
        for c in insert_columns[1:]
    ]
    for column in present:
        ver = version_column(column)
        insert_columns += [column, ver, sequence_column(column)]
        value = "coalesce(p.deleted, 0)" if column == "deleted" else f"p.{column}"
        values += [value, f"p.{ver}", f"CASE WHEN p.{ver} IS NULL THEN NULL ELSE :seq END"]
    if "deleted" not in present:
        insert_columns.append("deleted")
        values.append("0")
    insert_columns.append("row_seq")
    values.append(":seq")
    updates = []
    conditions = []
    for column in present:
        ver, seq = version_column(column), sequence_column(column)
        wins = f"excluded.{ver} > coalesce({table.name}.{ver}, '')"
        conditions.append(wins)
        updates += [
            f"{column} = CASE WHEN {wins} THEN excluded.{column} ELSE {table.name}.{column} END",
            f"{ver} = CASE WHEN {wins} THEN excluded.{ver} ELSE {table.name}.{ver} END",
            f"{seq} = CASE WHEN {wins} THEN :seq ELSE {table.name}.{seq} END",
        ]
    updates.append("row_seq = :seq")
    sql = (
        f"INSERT INTO main.{table.name} ({', '.join(insert_columns)}) "
        f"SELECT {', '.join(values)} FROM pkg.{table.name} p WHERE true "
    )
    if conditions:
        sql += (f"ON CONFLICT(id) DO UPDATE SET {', '.join(updates)} "
                f"WHERE {' OR '.join(conditions)}")
    else:
        sql += "ON CONFLICT(id) DO NOTHING"
    return sql


def merge_package(
    connection: sqlite3.Connection, schema: ReplicaSchema, package: Path, inbox: Path,
    *, size_limit: int = DEFAULT_SIZE_LIMIT, now: dt.datetime | None = None,
    checkpoint: Checkpoint | None = None, keep: bool = True,
) -> MergeSummary:
    """Verify and merge one package file into the replica on `connection` (outside any
    transaction). Raises PackageError, and changes nothing, for a bad package; a package of
    a newer app is kept in `inbox`, one from the future in `inbox/retenidos`.

    A merged package is kept in `inbox` (to pass on to other replicas) unless `keep` is
    false: pages pulled from the server, which the server itself still has."""
    with tempfile.TemporaryDirectory(prefix="participa-merge-") as folder:
        raw = expand_package(package, Path(folder), size_limit)
        try:
            manifest = verify_package(raw, schema, now)
        except PackageTooNew:
            copy_into(inbox, package, package.name)
            raise
        except PackageHeld as held:
            kept = copy_into(inbox / "retenidos", package, package.name)
            _record(connection, None, "held", str(held), kept)
            raise
        kept = copy_into(inbox, package, f"{manifest.package_id}.participa") if keep else None
        try:
            summary = _merge_verified(connection, schema, raw, manifest, kept, checkpoint)
        except BaseException:
            if kept is not None:
                kept.unlink(missing_ok=True)  # not merged: nothing to keep for it
            raise
    prune_inbox(connection)
    return summary


def prune_inbox(connection: sqlite3.Connection) -> list[Path]:
    """Delete the kept copies of received packages whose content another replica than
    their sender has acknowledged; returns the files removed. Held or refused packages
    stay."""
    rows = connection.execute(
        f"SELECT package_id, kept_file FROM {PACKAGE_TABLE} p WHERE direction = 'received' "
        f"AND status = 'merged' AND kept_file IS NOT NULL "
        f"AND merged_seq <= (SELECT coalesce(max(acked_seq), 0) FROM {PEER_TABLE} "
        f"WHERE device_id IS NOT p.peer_device_id)"
    ).fetchall()
    removed = []
    for package_id, kept_file in rows:
        path = Path(kept_file)
        path.unlink(missing_ok=True)
        removed.append(path)
        connection.execute(
            f"UPDATE {PACKAGE_TABLE} SET kept_file = NULL WHERE package_id = ?", (package_id,)
        )
    return removed


def _record(
    connection: sqlite3.Connection, manifest: Manifest | None, status: str, message: str,
    kept: Path | None, rows: int = 0, merged_seq: int | None = None,
) -> None:
    held_name = kept.name if kept else "?"
    record_package(
        connection, manifest.package_id if manifest else f"retenido:{held_name}", "received",
        peer_device_id=manifest.source_device if manifest else None,
        peer_name=manifest.source_name if manifest else None,
        created_at=manifest.created_at if manifest else None, status=status, rows=rows,
        message=message, kept_file=str(kept) if kept else None, merged_seq=merged_seq,
    )


def _merge_verified(
    connection: sqlite3.Connection, schema: ReplicaSchema, raw: Path, manifest: Manifest,
    kept: Path | None, checkpoint: Checkpoint | None,
) -> MergeSummary:
    summary = MergeSummary(manifest.package_id, manifest.source_name)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute(
        "ATTACH DATABASE ? AS pkg", (f"{raw.resolve().as_uri()}?mode=ro&immutable=1",)
    )
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            state = read_state(connection)
            if manifest.source_device == state.device_id and manifest.seq_to > state.last_seq:
                raise PackageError(
                    "El paquete lo hizo otra copia de este mismo archivo de datos (mismo "
                    "equipo, cambios que este no tiene): una copia de seguridad restaurada o "
                    "un archivo copiado a otro computador. Dé una identidad nueva a la copia "
                    "con «participa new-device» y vuelva a exportar desde ella."
                )
            seq = state.last_seq + 1
            changed = _merge_tables(connection, schema, seq, summary, checkpoint)
            if changed:
                advance(connection, seq, manifest.hlc_max)
            if manifest.source_device != state.device_id:  # not our own package back
                # A package made for another device leaves out what that device has: it
                # does not show that we now have the source's changes up to seq_to, and
                # acknowledging them would keep the source from ever sending us the rest.
                made_for_us = manifest.target_device in ("", state.device_id)
                note_peer(connection, manifest.source_device, manifest.source_name,
                          seq_from=manifest.seq_from,
                          seq_to=manifest.seq_to if made_for_us else manifest.seq_from,
                          acked_for_us=manifest.acks.get(state.device_id))
            _record(connection, manifest, "merged", summary.describe(), kept,
                    rows=sum(manifest.row_counts.values()),
                    merged_seq=seq if changed else state.last_seq)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.execute("DETACH DATABASE pkg")
        connection.execute("PRAGMA foreign_keys = ON")
    return summary


def _merge_tables(
    connection: sqlite3.Connection, schema: ReplicaSchema, seq: int, summary: MergeSummary,
    checkpoint: Checkpoint | None,
) -> bool:
    present = set(
        name for (name,) in connection.execute("SELECT name FROM pkg.sqlite_master "
                                               "WHERE type = 'table'")
    )
    params = {"seq": seq}
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS conflict (id PRIMARY KEY)")
    if ARCHIVE_TABLE in present:
        # First what the package archived, so that a loser it already carries is not
        # counted again as a conflict found here.
        summary.archived = connection.execute(
            f"INSERT OR IGNORE INTO main.{ARCHIVE_TABLE} ({', '.join(ARCHIVE_COLUMNS)}, "
            f"row_seq) SELECT {', '.join(ARCHIVE_COLUMNS)}, :seq FROM pkg.{ARCHIVE_TABLE}",
            params,
        ).rowcount
    for table in schema.tables:
        if table.name not in present:
            continue
        columns = table_columns(connection, "pkg", table.name)
        total = connection.execute(f"SELECT count(*) FROM pkg.{table.name}").fetchone()[0]
        _refuse_new_rows_without_keys(connection, table, columns)
        before = connection.execute(f"SELECT count(*) FROM main.{table.name}").fetchone()[0]
        connection.execute("DELETE FROM temp.conflict")
        conflicting = connection.execute(
            f"INSERT INTO temp.conflict {_conflicting_ids(table, columns)}"
        ).rowcount
        if conflicting:
            summary.conflicts += connection.execute(
                _archive_losers(table, columns), params
            ).rowcount
        touched = connection.execute(_upsert(table, columns), params).rowcount
        new = connection.execute(f"SELECT count(*) FROM main.{table.name}").fetchone()[0]
        new -= before
        summary.new += new
        summary.updated += touched - new
        summary.unchanged += total - touched
        summary.by_table[table.name] = (new, touched - new, total - touched)
        if checkpoint:
            checkpoint(table.name)
    summary.archived += summary.conflicts
    return bool(summary.new or summary.updated or summary.archived)
