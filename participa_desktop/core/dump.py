"""Canonical JSON of a data file's replicated content (`participa dump`).

Same content ⇒ byte-identical output: tables sorted by name, rows by id, keys sorted,
compact separators, one row per line. Values are written as SQLite stores them (dates as
ISO text, yes/no as 0/1), with their version stamps, then the archive of losing and
overwritten values (invariant 5); local bookkeeping (`*_seq`, `row_seq`, `local_state`,
`sync_peer`, `sync_package`, `app_meta`) and shipped reference data are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from sqlalchemy import Connection

from sync.engine.archive import ARCHIVE_COLUMNS
from sync.engine.layout import ARCHIVE_TABLE
from sync.engine.versions import is_local_column

from .models import REPLICATED_MODELS


def dump_lines(connection: Connection) -> Iterator[str]:
    """The dump, as lines (without newlines), streamed table by table."""
    tables = sorted((model.__table__ for model in REPLICATED_MODELS), key=lambda t: t.name)
    yield '{"format":"participa-dump/1","tables":{'
    for t_index, table in enumerate(tables):
        columns = sorted(c.name for c in table.columns if not is_local_column(c.name))
        yield json.dumps(table.name) + ":["
        yield from _rows(connection, table.name, columns, "id")
        yield "]" + ("," if t_index < len(tables) - 1 else "")
    yield '},"archive":['
    yield from _rows(connection, ARCHIVE_TABLE, list(ARCHIVE_COLUMNS),
                     ", ".join(ARCHIVE_COLUMNS[:4]))
    yield "]}"


def _rows(connection: Connection, table: str, columns: list[str], order: str) -> Iterator[str]:
    cursor = connection.exec_driver_sql(
        f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"
    )
    previous = None
    for row in cursor:
        if previous is not None:
            yield previous + ","
        previous = json.dumps(
            dict(zip(columns, row, strict=True)), ensure_ascii=False, separators=(",", ":")
        )
    if previous is not None:
        yield previous


def write_dump(connection: Connection, out: TextIO) -> None:
    for line in dump_lines(connection):
        out.write(line)
        out.write("\n")
