"""Pull: one page of what an organisation has after a device's cursor, as a package.

A page is a package in the engine's format whose source is the server and whose change
range (seq_from, seq_to] is the organisation's sequence: the device merges it with the
engine's own merge, which advances its cursor for the server (`sync_peer.received_seq`)
in the same transaction. Values the device stamped itself are left out (it has them), as
an export for a peer does (a page then ends at the last value the device lacks); every
row carries its natural keys.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, func, select

from sync.engine.archive import ARCHIVE_COLUMNS
from sync.engine.clock import ZERO_STAMP
from sync.engine.ids import stable_id
from sync.engine.layout import ARCHIVE_TABLE
from sync.engine.package import (
    FORMAT_VERSION,
    MANIFEST_TABLE,
    PACKAGE_APPLICATION_ID,
    checksum,
    compress,
)
from sync.engine.schema import ReplicaSchema
from sync.engine.state import now_text

from .accounts import DeviceIdentity
from .tables import archived, cell, record

FETCH = 2_000
CELL, ARCHIVE = 0, 1


@dataclass(frozen=True)
class Page:
    path: Path
    seq_to: int
    more: bool


def _stream(connection: Connection, table, stamp, org: str, device_id: str, after: int,
            kind: int, columns: list) -> Iterator[tuple]:
    """(seq, kind, …columns) of `table` after `after`, in seq order, fetched in batches,
    without the values `device_id` stamped itself (it has them: after a big push, they
    would otherwise fill pages with nothing for it)."""
    last = after
    while True:
        rows = connection.execute(
            select(table.c.seq, *columns)
            .where(table.c.organization_id == org, table.c.seq > last,
                   func.substr(stamp, 17) != device_id)
            .order_by(table.c.seq).limit(FETCH)
        ).all()
        for row in rows:
            yield (row[0], kind, *row[1:])
        if len(rows) < FETCH:
            return
        last = rows[-1][0]


def build_page(connection: Connection, schema: ReplicaSchema, server_id: str,
               server_name: str, for_device: DeviceIdentity, after: int, page_bytes: int,
               folder: Path) -> Page | None:
    """Write the next page after `after` for `for_device` into `folder`; None when the
    organisation has nothing after it. `connection` is in a read transaction."""
    org = for_device.organization_id
    device_id = for_device.device_id
    cells = _stream(connection, cell, cell.c.ver, org, device_id, after, CELL,
                    [cell.c.table_name, cell.c.row_id, cell.c.column_name, cell.c.value,
                     cell.c.ver])
    archive = _stream(connection, archived, archived.c.value_ver, org, device_id, after,
                      ARCHIVE,
                      [archived.c.table_name, archived.c.row_id, archived.c.column_name,
                       archived.c.value_ver, archived.c.value])
    changes = heapq.merge(cells, archive)
    rows: dict[str, dict[str, dict[str, tuple[str, str]]]] = defaultdict(dict)
    archive_rows: list[tuple] = []
    size, seq_to, more = 0, after, False
    for change in changes:
        if size >= page_bytes:
            more = True
            break
        seq_to = change[0]
        if change[1] == CELL:
            _seq, _kind, table, row_id, column, value, ver = change
            size += len(value) + 100
            rows[table].setdefault(row_id, {})[column] = (value, ver)
        else:
            _seq, _kind, table, row_id, column, ver, value = change
            size += len(value) + 140
            archive_rows.append((table, row_id, column, ver, json.loads(value)))
    if seq_to == after:
        return None
    raw = folder / "pagina.sqlite"
    manifest = _write(connection, schema, raw, rows, archive_rows)
    manifest.update({
        "format_version": FORMAT_VERSION, "schema_version": schema.schema_version,
        "app_version": schema.app_version,
        "package_id": stable_id("pagina", server_id, for_device.device_id, str(after),
                                str(seq_to)),
        "source_device": server_id, "source_name": server_name,
        "target_device": for_device.device_id, "created_at": now_text(),
        "seq_from": after, "seq_to": seq_to,
        "acks": json.dumps({for_device.device_id: for_device.acked_seq}),
    })
    package = sqlite3.connect(raw)
    try:
        manifest["checksum"] = checksum(package, "main")
        package.execute(f"CREATE TABLE {MANIFEST_TABLE} (key, value)")
        package.executemany(f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)",
                            [(k, str(v)) for k, v in manifest.items()])
        package.commit()
    finally:
        package.close()
    out = folder / "pagina.participa"
    compress(raw, out)
    return Page(out, seq_to, more)


def _write(connection: Connection, schema: ReplicaSchema, raw: Path,
           rows: dict[str, dict[str, dict[str, tuple[str, str]]]],
           archive_rows: list[tuple]) -> dict[str, object]:
    """Create the page's tables and rows; the manifest fields they decide."""
    package = sqlite3.connect(raw, isolation_level=None)
    stamps: list[str] = []
    counts: dict[str, int] = {}
    try:
        package.execute("PRAGMA page_size = 512")
        package.execute("PRAGMA journal_mode = OFF")
        package.execute(f"PRAGMA application_id = {PACKAGE_APPLICATION_ID}")
        package.execute("BEGIN")
        for table in schema.tables:
            table_rows = rows.get(table.name)
            if not table_rows:
                continue
            columns = table.package_columns()
            package.execute(f"CREATE TABLE {table.name} ({', '.join(columns)})")
            keys = _natural_keys(connection, table.name, list(table_rows))
            values = []
            for row_id, changed in table_rows.items():
                line: list[object] = [row_id]
                line += [keys.get(row_id, {}).get(k) for k in table.immutable]
                for column in table.versioned:
                    value, ver = changed.get(column, ("null", None))
                    line += [json.loads(value), ver]
                    if ver:
                        stamps.append(ver)
                values.append(line)
            marks = ", ".join("?" for _ in columns)
            package.executemany(f"INSERT INTO {table.name} VALUES ({marks})", values)
            counts[table.name] = len(values)
        if archive_rows:
            package.execute(f"CREATE TABLE {ARCHIVE_TABLE} ({', '.join(ARCHIVE_COLUMNS)})")
            package.executemany(f"INSERT INTO {ARCHIVE_TABLE} VALUES (?, ?, ?, ?, ?)",
                                archive_rows)
            counts[ARCHIVE_TABLE] = len(archive_rows)
        package.execute("COMMIT")
    finally:
        package.close()
    return {"hlc_min": min(stamps, default=ZERO_STAMP),
            "hlc_max": max(stamps, default=ZERO_STAMP),
            "row_counts": json.dumps(counts, sort_keys=True)}


def _natural_keys(connection: Connection, table: str, row_ids: list[str]) -> dict[str, dict]:
    keys: dict[str, dict] = {}
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start:start + 500]
        for row_id, text in connection.execute(
            select(record.c.row_id, record.c.natural_keys)
            .where(record.c.table_name == table, record.c.row_id.in_(chunk))
        ):
            keys[row_id] = json.loads(text)
    return keys
