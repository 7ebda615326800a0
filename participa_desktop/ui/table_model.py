"""A table model over record ids that loads its rows lazily, off the GUI thread.

The model holds only the ids of its rows, in display order (after Anki's browser model).
Rows are fetched in blocks of `BLOCK` ids by the task runner the first time a view asks
for one; until then the cell shows "…". A reset (new ids, after a search or a filter)
drops the row cache; blocks still loading for an older set of ids are ignored when they
arrive. Rows are any frozen records (dataclasses); `Column`s say how to show them.

    model = LazyTableModel(runner, columns, fetch_rows=load)   # load(ids) -> {id: row}
    model.set_ids(ids, first_rows)   # first_rows may be given to avoid a flash of "…"
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from .tasks import TaskRunner

#: Shown in a cell whose row is still loading.
LOADING = "…"
#: The role under which every cell gives its row's id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: its header (called each time, so it follows the language) and how a
    row shows in it. `background` may return a colour name to highlight a cell
    (overdue agreements, say); `align_right` for numbers and dates."""

    header: Callable[[], str]
    display: Callable[[Any], str]
    background: Callable[[Any], str | None] | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str | None] | None = None


class LazyTableModel(QAbstractTableModel):
    """Rows are ids; row contents arrive by block from `fetch_rows(ids) -> {id: row}`, which
    runs on a worker thread (it opens its own session) and may leave out ids that no
    longer exist (their cells then stay empty)."""

    BLOCK = 100
    #: Emitted when a block of rows arrived (tests and screens wait for it).
    rows_loaded = Signal()

    def __init__(self, runner: TaskRunner, columns: Sequence[Column],
                 fetch_rows: Callable[[list[str]], Mapping[str, Any]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._columns = list(columns)
        self._fetch_rows = fetch_rows
        self._ids: list[str] = []
        self._rows: dict[str, Any] = {}
        self._pending: set[int] = set()
        self._generation = 0

    # --- what views ask ---------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        record_id = self._ids[index.row()]
        if role == ID_ROLE:
            return record_id
        if record_id not in self._rows:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request(index.row())
                return LOADING if index.column() == 0 else ""
            return None
        row = self._rows[record_id]
        if row is None:  # gone since the ids were read
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            colour = column.background(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- what screens use -------------------------------------------------------------

    def set_ids(self, ids: Sequence[str], rows: Mapping[str, Any] | None = None) -> None:
        """Show these ids, in this order; `rows` (some or all of them) may come along."""
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._rows = dict(rows or {})
        self._pending.clear()
        self.endResetModel()

    def set_fetch_rows(self, fetch_rows: Callable[[list[str]], Mapping[str, Any]]) -> None:
        """Fetch rows with `fetch_rows` from now on: for rows that depend on what the
        screen shows (one workshop's roster), build one per thing shown, with what it
        needs copied in, since it runs on a worker."""
        self._fetch_rows = fetch_rows

    def reload_rows(self, ids: Sequence[str] | None = None) -> None:
        """Forget the cached rows of `ids` (all when None) so they load again."""
        if ids is None:
            self._rows.clear()
        else:
            for record_id in ids:
                self._rows.pop(record_id, None)
        self._generation += 1
        self._pending.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self._columns) - 1))

    def retranslate(self) -> None:
        """Headers and cells in the new language."""
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self._columns) - 1))

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        """The row showing `record_id`, or -1."""
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def record_at(self, row: int) -> Any | None:
        """The loaded record of `row`, or None while it loads."""
        record_id = self.id_at(row)
        return None if record_id is None else self._rows.get(record_id)

    def is_loading(self) -> bool:
        return bool(self._pending)

    # --- loading ----------------------------------------------------------------------

    def _request(self, row: int) -> None:
        block = row // self.BLOCK
        if block in self._pending:
            return
        self._pending.add(block)
        ids = self._ids[block * self.BLOCK:(block + 1) * self.BLOCK]
        generation = self._generation
        fetch = self._fetch_rows
        self._runner.run(lambda _task: fetch(ids),
                         on_done=lambda rows: self._arrived(generation, block, ids, rows),
                         owner=self)

    def _arrived(self, generation: int, block: int, ids: list[str],
                 rows: Mapping[str, Any]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(block)
        for record_id in ids:
            self._rows[record_id] = rows.get(record_id)
        first = block * self.BLOCK
        last = min(first + len(ids), len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self._columns) - 1))
        self.rows_loaded.emit()
