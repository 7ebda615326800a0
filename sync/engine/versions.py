"""How per-column versions are laid out in a replicated table (invariants 2, 3 and 7).

Every mutable column `name` of a replicated table has two companions:

* `name_ver` — the clock stamp of the value (replicated: it travels with the value);
* `name_seq` — the local change sequence number at which the value last changed on this
  device (local bookkeeping: it never travels, and is what an export filters on).

Each table also has `deleted` (the tombstone, a versioned column like any other) and
`row_seq` (local: the largest `*_seq` of the row, indexed, so an export finds what changed
since a peer's acknowledgement without a full scan).
"""

from __future__ import annotations

VERSION_SUFFIX = "_ver"
SEQUENCE_SUFFIX = "_seq"
ROW_SEQUENCE = "row_seq"
TOMBSTONE = "deleted"


def version_column(column: str) -> str:
    return column + VERSION_SUFFIX


def sequence_column(column: str) -> str:
    return column + SEQUENCE_SUFFIX


def is_local_column(column: str) -> bool:
    """True for local bookkeeping columns, which are never replicated nor dumped."""
    return column == ROW_SEQUENCE or column.endswith(SEQUENCE_SUFFIX)
