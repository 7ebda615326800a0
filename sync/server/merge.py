"""Merge a verified package into the server's cells (the same rule as the engine's merge:
the newest stamp of each column wins, every losing value is kept in `archived`).

One package is merged in one transaction. It starts by locking its organisation's row
(`UPDATE organization SET last_seq = last_seq`): merges of one organisation then run one
after the other, and the sequence numbers a merge hands out are all above those of every
merge committed before it. So the cells of an organisation become visible in `seq` order,
and a puller that has applied everything up to `seq` N never later finds a cell below N
(two server processes on one PostgreSQL included; tests/sync/server/test_ordering.py).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, and_, bindparam, insert, select, tuple_, update

from sync.engine.archive import ARCHIVE_COLUMNS
from sync.engine.layout import ARCHIVE_TABLE
from sync.engine.package import content_tables, table_columns
from sync.engine.schema import ReplicaSchema, TableSpec
from sync.engine.verify import Manifest, open_untrusted
from sync.engine.versions import version_column

from .accounts import DeviceIdentity
from .database import insert_ignore, now
from .problems import Problem
from .tables import archived, cell, device, organization, received_package, record

BATCH = 500


@dataclass
class Receipt:
    """What the server answers once a package is merged (again, for a repeat)."""

    package_id: str
    new_rows: int = 0
    updated_values: int = 0
    unchanged_values: int = 0
    conflicts: int = 0
    archived: int = 0
    server_seq: int = 0
    acked_seq: int = 0
    repeated: bool = False

    def to_json(self) -> dict:
        return asdict(self)


def previous_receipt(connection: Connection, package_id: str) -> Receipt | None:
    row = connection.execute(
        select(received_package.c.receipt).where(received_package.c.package_id == package_id)
    ).scalar()
    if row is None:
        return None
    receipt = Receipt(**json.loads(row))
    receipt.repeated = True
    return receipt


class _Sequence:
    """The organisation's sequence, handed out inside the merge's transaction."""

    def __init__(self, last: int) -> None:
        self.last = last

    def next(self) -> int:
        self.last += 1
        return self.last


def merge_package(connection: Connection, schema: ReplicaSchema, raw: Path,
                  manifest: Manifest, sender: DeviceIdentity,
                  checkpoint: Callable[[], None] | None = None) -> Receipt:
    """Merge the verified package file `raw` from `sender` in the caller's transaction.

    Raises Problem 403 (and the caller rolls back) when the package holds rows of another
    organisation, 400 when it brings new rows without their natural keys. `checkpoint` is
    called once everything is written, before the caller commits (fault tests pause there)."""
    org = sender.organization_id
    connection.execute(update(organization).where(organization.c.id == org)
                       .values(last_seq=organization.c.last_seq))  # the lock: see above
    repeat = previous_receipt(connection, manifest.package_id)
    if repeat is not None:
        return repeat
    last = connection.execute(
        select(organization.c.last_seq).where(organization.c.id == org)).scalar_one()
    sequence = _Sequence(last)
    receipt = Receipt(manifest.package_id)
    package = open_untrusted(raw)
    try:
        present = set(content_tables(package, "main"))
        for table in schema.tables:
            if table.name in present:
                _merge_table(connection, package, table, org, sequence, receipt)
        if ARCHIVE_TABLE in present:
            receipt.archived += _merge_archive(connection, package, org, sequence)
    finally:
        package.close()
    connection.execute(update(organization).where(organization.c.id == org)
                       .values(last_seq=sequence.last))
    acked = sender.acked_seq
    if manifest.source_device == sender.device_id and manifest.seq_from <= acked:
        acked = max(acked, manifest.seq_to)
    connection.execute(update(device).where(device.c.id == sender.device_id)
                       .values(acked_seq=acked, last_seen_at=now()))
    receipt.server_seq = sequence.last
    receipt.acked_seq = acked
    connection.execute(insert(received_package).values(
        package_id=manifest.package_id, device_id=sender.device_id, organization_id=org,
        receipt=json.dumps(receipt.to_json()), merged_at=now()))
    if checkpoint is not None:
        checkpoint()
    return receipt


def _batches(package: sqlite3.Connection, sql: str) -> Iterator[list[tuple]]:
    cursor = package.execute(sql)
    while rows := cursor.fetchmany(BATCH):
        yield rows


def _merge_table(connection: Connection, package: sqlite3.Connection, table: TableSpec,
                 org: str, sequence: _Sequence, receipt: Receipt) -> None:
    columns = table_columns(package, "main", table.name)
    quoted = ", ".join(f'"{c}"' for c in columns)
    keys = [c for c in table.immutable if c in columns]
    versioned = [c for c in table.versioned if version_column(c) in columns]
    for rows in _batches(package, f'SELECT {quoted} FROM "{table.name}"'):
        by_id = {row[0]: dict(zip(columns, row, strict=True)) for row in rows}
        owners = dict(connection.execute(
            select(record.c.row_id, record.c.organization_id).where(
                record.c.table_name == table.name, record.c.row_id.in_(list(by_id)))
        ).all())
        if any(owner != org for owner in owners.values()):
            raise Problem(403, "datos-de-otra-organizacion",
                          "El paquete trae datos que pertenecen a otra organización: no se "
                          "recibió nada. Quite esos datos del equipo (no mezcle paquetes de "
                          "otras organizaciones) y vuelva a sincronizar.")
        new_records = []
        for row_id, row in by_id.items():
            if row_id in owners:
                continue
            missing = [k for k in table.immutable
                       if row.get(k) is None and k not in table.optional]
            if missing:
                raise Problem(400, "paquete-incompleto",
                              f"El paquete trae filas nuevas de «{table.name}» sin los datos "
                              "que las identifican. Sincronice de nuevo: se enviará completo.")
            new_records.append({"table_name": table.name, "row_id": row_id,
                                "organization_id": org,
                                "natural_keys": json.dumps({k: row.get(k) for k in keys})})
        if new_records:
            connection.execute(insert(record), new_records)
            receipt.new_rows += len(new_records)
        _merge_cells(connection, table, by_id, versioned, org, sequence, receipt)


def _merge_cells(connection: Connection, table: TableSpec, by_id: dict[str, dict],
                 versioned: list[str], org: str, sequence: _Sequence,
                 receipt: Receipt) -> None:
    existing = {
        (r.row_id, r.column_name): (r.value, r.ver)
        for r in connection.execute(
            select(cell.c.row_id, cell.c.column_name, cell.c.value, cell.c.ver).where(
                cell.c.table_name == table.name, cell.c.row_id.in_(list(by_id)))
        )
    }
    inserts, updates, losers = [], [], []
    for row_id, row in by_id.items():
        for column in versioned:
            ver = row[version_column(column)]
            if ver is None:
                continue  # no opinion on this column
            value = json.dumps(row[column])
            old = existing.get((row_id, column))
            if old is None:
                inserts.append({"table_name": table.name, "row_id": row_id,
                                "column_name": column, "organization_id": org,
                                "value": value, "ver": ver, "seq": sequence.next()})
            elif ver == old[1]:
                receipt.unchanged_values += 1
            else:
                receipt.conflicts += 1
                loser = old if ver > old[1] else (value, ver)
                losers.append({"table_name": table.name, "row_id": row_id,
                               "column_name": column, "value_ver": loser[1],
                               "organization_id": org, "value": loser[0],
                               "seq": sequence.next()})
                if ver > old[1]:
                    updates.append({"k_row": row_id, "k_column": column, "value": value,
                                    "ver": ver, "seq": sequence.next()})
    if inserts:
        connection.execute(insert(cell), inserts)
    if updates:
        connection.execute(
            update(cell).where(and_(cell.c.table_name == table.name,
                                    cell.c.row_id == bindparam("k_row"),
                                    cell.c.column_name == bindparam("k_column")))
            .values(value=bindparam("value"), ver=bindparam("ver"), seq=bindparam("seq")),
            updates,
        )
    insert_ignore(connection, archived, losers)
    receipt.updated_values += len(inserts) + len(updates)
    receipt.archived += len(losers)


def _merge_archive(connection: Connection, package: sqlite3.Connection, org: str,
                   sequence: _Sequence) -> int:
    """Archive entries the package carries, kept when new and of this organisation's rows."""
    added = 0
    columns = ", ".join(ARCHIVE_COLUMNS)
    for rows in _batches(package, f"SELECT {columns} FROM {ARCHIVE_TABLE}"):
        keys = {(r[0], r[1]) for r in rows}
        owners = {
            (r.table_name, r.row_id): r.organization_id
            for r in connection.execute(
                select(record.c.table_name, record.c.row_id, record.c.organization_id)
                .where(tuple_(record.c.table_name, record.c.row_id).in_(list(keys))))
        }
        if any(owner != org for owner in owners.values()):
            raise Problem(403, "datos-de-otra-organizacion",
                          "El paquete trae valores archivados de datos de otra organización: "
                          "no se recibió nada.")
        have = {
            tuple(r) for r in connection.execute(
                select(archived.c.table_name, archived.c.row_id, archived.c.column_name,
                       archived.c.value_ver)
                .where(tuple_(archived.c.table_name, archived.c.row_id, archived.c.column_name,
                              archived.c.value_ver).in_([tuple(r[:4]) for r in rows])))
        }
        fresh = [
            {"table_name": t, "row_id": r, "column_name": c, "value_ver": v,
             "organization_id": org, "value": json.dumps(value), "seq": sequence.next()}
            for t, r, c, v, value in rows if (t, r, c, v) not in have
        ]
        insert_ignore(connection, archived, fresh)
        added += len(fresh)
    return added
