"""The grow-only archive of values (invariant 5): what lost a merge or was overwritten."""

from __future__ import annotations

from .layout import ARCHIVE_TABLE
from .versions import sequence_column, version_column

ARCHIVE_COLUMNS = ("table_name", "row_id", "column_name", "value_ver", "value")


def archive_current_sql(table: str, column: str) -> str:
    """SQL that archives the stored value of `column` in row :row_id before it is
    overwritten; parameters :row_id and :seq. Values never stamped are not archived."""
    ver, seq = version_column(column), sequence_column(column)
    return (
        f"INSERT OR IGNORE INTO {ARCHIVE_TABLE} "
        f"(table_name, row_id, column_name, value_ver, value, row_seq, value_seq) "
        f"SELECT '{table}', id, '{column}', {ver}, {column}, :seq, {seq} FROM {table} "
        f"WHERE id = :row_id AND {ver} IS NOT NULL"
    )
