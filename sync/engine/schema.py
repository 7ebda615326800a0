"""How the application tells the engine its replicated tables (the engine knows no model).

Column kinds decide which stored values a package may carry for a column:
`text`, `integer`, `boolean` (0/1), `date` (aaaa-mm-dd), `time` (hh:mm:ss…), `id` (a UUID
text), `real`. Every table has `id` (a UUID) and `deleted` (a versioned boolean).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .versions import version_column

KINDS = ("text", "integer", "boolean", "date", "time", "id", "real")


@dataclass(frozen=True)
class TableSpec:
    """One replicated table. `versioned` includes `deleted`; `kinds` maps every column
    (immutable and versioned) to its kind; `optional` names the immutable columns that may
    be NULL (versioned columns always may: NULL with no stamp is "no opinion")."""

    name: str
    immutable: tuple[str, ...]
    versioned: tuple[str, ...]
    kinds: dict[str, str] = field(hash=False, compare=False)
    optional: frozenset[str] = frozenset()

    def package_columns(self) -> list[str]:
        """Every column a package of this table may hold, in a fixed order."""
        columns = ["id", *self.immutable]
        for name in self.versioned:
            columns += [name, version_column(name)]
        return columns


@dataclass(frozen=True)
class ReplicaSchema:
    """What a replica holds: its tables in insert order (parents first) and versions."""

    tables: tuple[TableSpec, ...]
    schema_version: int
    app_version: str

    def table(self, name: str) -> TableSpec | None:
        return next((t for t in self.tables if t.name == name), None)
