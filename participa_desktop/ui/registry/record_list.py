"""A lazy table of records with its buttons (new, edit, delete) and a count: the list
part of every registry screen.

    people = RecordList(context, columns, fetch_rows=load_rows)
    people.set_loader(lambda: read_ids())      # runs on the task runner
    people.reload()

Enter (or a double click) on a row asks to edit it, Delete asks to delete it; the owner
answers `add_requested`, `edit_requested(id)` and `delete_requested(id)`. The selected
row is kept across reloads when it is still there (else the first row is selected).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..table_model import Column, LazyTableModel
from ..table_view import make_table


class RecordList(QWidget):
    """See the module docstring. `widths` gives columns a starting width in pixels;
    column `stretch` takes the rest of the room. A list that is not `editable` (reference
    data) has no buttons and asks for nothing."""

    add_requested = Signal()
    edit_requested = Signal(str)
    delete_requested = Signal(str)
    #: The selected record changed: its id, or None.
    current_changed = Signal(object)
    #: New ids are shown (after `reload`).
    reloaded = Signal()

    def __init__(self, context: AppContext, columns: Sequence[Column],
                 fetch_rows: Callable[[list[str]], Mapping[str, Any]],
                 parent: QWidget | None = None, *, stretch: int = 0,
                 widths: Mapping[int, int] | None = None, editable: bool = True) -> None:
        super().__init__(parent)
        self.editable = editable
        self.context = context
        self._loader: Callable[[], list[str]] | None = None
        self._generation = 0
        self._current: str | None = None
        self._wanted: str | None = None
        self.count_text: Callable[[int], str] | None = None

        self.model = LazyTableModel(context.runner, columns, fetch_rows, self)
        self.view = make_table(self, self.model, widths=widths or {}, stretch=stretch)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._update_buttons)

        self.view.installEventFilter(self)

        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self._delete)
        self.count_label = QLabel(self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(editable)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------

    def set_loader(self, loader: Callable[[], list[str]] | None) -> None:
        """`loader()` returns the ordered ids to show; it runs on a worker thread and opens
        its own session. None shows nothing."""
        self._loader = loader

    def reload(self) -> None:
        """Read the ids again (a newer reload wins over an older one still running)."""
        self._generation += 1
        generation = self._generation
        loader = self._loader
        if loader is None:
            self._show([], generation)
            return
        self.context.runner.run(lambda _task: loader(),
                                on_done=lambda ids: self._show(ids, generation), owner=self)

    def _show(self, ids: list[str], generation: int) -> None:
        if generation != self._generation:
            return
        keep = self._wanted or self._current
        self._wanted = None
        self.model.set_ids(ids)
        row = self.model.row_of(keep) if keep is not None else -1
        self._select_row(row if row >= 0 else 0)
        self._update_count()
        self.reloaded.emit()

    # --- selection --------------------------------------------------------------------------

    def current_id(self) -> str | None:
        return self._current

    def want(self, record_id: str) -> None:
        """Select `record_id` after the next reload (a record just created or edited)."""
        self._wanted = record_id

    def select_id(self, record_id: str) -> bool:
        """Select `record_id` if shown; True when it is."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
        else:
            self._row_changed(QModelIndex(), QModelIndex())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        self._update_buttons()
        if record_id != self._current:
            self._current = record_id
            self.current_changed.emit(record_id)

    def _update_buttons(self) -> None:
        chosen = self.editable and self.view.currentIndex().isValid()
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _update_count(self) -> None:
        if self.count_text is not None:
            self.count_label.setText(self.count_text(self.model.rowCount()))

    # --- requests ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.matches(QKeySequence.StandardKey.Delete)):
            if self.delete_button.isEnabled():
                self._delete()
            return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        if not self.editable:
            return
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def _edit(self) -> None:
        if self._current is not None:
            self.edit_requested.emit(self._current)

    def _delete(self) -> None:
        if self._current is not None:
            self.delete_requested.emit(self._current)

    def set_texts(self, add: str, edit: str, delete: str) -> None:
        """The buttons' words (with their & mnemonics), from the owner's `retranslate`."""
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.delete_button.setText(delete)
        self.model.retranslate()
        self._update_count()


def confirm_delete(box: QMessageBox, on_yes: Callable[[], None]) -> QMessageBox:
    """Open `box`, a Yes/No question about deleting something (window-modal, not blocking;
    No is the default), and call `on_yes` if Yes is chosen; the box deletes itself when
    closed. Returns it."""
    yes = box.button(QMessageBox.StandardButton.Yes)
    no = box.button(QMessageBox.StandardButton.No)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    yes.setText(QCoreApplication.translate("RecordList", "&Eliminar"))
    no.setText(QCoreApplication.translate("RecordList", "&Cancelar"))

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
