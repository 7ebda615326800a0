"""Choosing a DIVIPOLA municipality by typing: a line edit whose popup lists the matches
(accent- and case-insensitive, by municipality, department or DANE code), usable from the
keyboard alone, clearable.

    picker = TerritoryPicker(context)
    label.setBuddy(picker)                  # the picker passes focus to its line edit
    picker.territory_changed.connect(…)     # (id or None)
    picker.set_territory_id(record.territory_id)

Keys: type to filter (the popup opens with the best match selected), Up/Down to move,
Enter or Tab to choose, Escape to close the popup; Down opens the popup again. Leaving the
field without choosing keeps the previous choice (or picks the only match); emptying it
clears the choice.

The catalogue (~1,100 rows of the `Territory` reference table) is read once per data file
through the task runner and shared by every picker of that file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QWidget

from participa_desktop.core.services.territories import TerritoryRecord, all_territories, find

from .context import AppContext
from .table_model import ID_ROLE

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

#: Catalogues already read, by data file path (reference data never changes while open).
_catalogues: dict[str, list[TerritoryRecord]] = {}


def load_catalogue(context: AppContext, on_done: Callable[[list[TerritoryRecord]], None],
                   owner: QObject) -> None:
    """Call `on_done(records)` with every municipality: at once when the file's catalogue
    was read before, otherwise after reading it on the task runner."""
    key = str(context.store.path)
    if key in _catalogues:
        on_done(_catalogues[key])
        return
    store = context.store

    def read(_task: object) -> list[TerritoryRecord]:
        with store.reading() as session:
            return all_territories(session)

    def done(records: list[TerritoryRecord]) -> None:
        _catalogues[key] = records
        on_done(records)

    context.runner.run(read, on_done=done, owner=owner)


def territory_label(record: TerritoryRecord) -> str:
    """How a municipality reads in pickers and tables: "Buenaventura, Valle del Cauca
    (76109)"."""
    if record.name == record.department:
        return QCoreApplication.translate("TerritoryPicker", "{name} ({code})").format(
            name=record.name, code=record.dane_code)
    return QCoreApplication.translate("TerritoryPicker", "{name}, {department} ({code})").format(
        name=record.name, department=record.department, code=record.dane_code)


class TerritoryListModel(QAbstractListModel):
    """The municipalities matching the current filter, best first (see
    `territories.find`). `ID_ROLE` gives a row's territory id."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue: list[TerritoryRecord] = []
        self._by_id: dict[str, TerritoryRecord] = {}
        self._shown: list[TerritoryRecord] = []
        self._filter = ""

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        record = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return territory_label(record)
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.region
        return None

    def set_catalogue(self, records: Sequence[TerritoryRecord]) -> None:
        self._catalogue = list(records)
        self._by_id = {record.id: record for record in self._catalogue}
        self.set_filter(self._filter)

    def set_filter(self, text: str) -> None:
        """Show only the municipalities matching `text` (all for a blank text)."""
        self.beginResetModel()
        self._filter = text
        self._shown = find(self._catalogue, text)
        self.endResetModel()

    def record(self, territory_id: str | None) -> TerritoryRecord | None:
        return self._by_id.get(territory_id) if territory_id else None

    def record_at(self, row: int) -> TerritoryRecord | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def is_loaded(self) -> bool:
        return bool(self._catalogue)

    def retranslate(self) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._shown) - 1, 0))


class TerritoryPicker(QWidget):
    """A municipality chooser; see the module docstring for its keys and behaviour."""

    #: The chosen municipality changed: its id, or None when cleared. Emitted by the user's
    #: choice and by `set_territory_id` alike (only when the value really changes).
    territory_changed = Signal(object)
    #: The catalogue arrived (the picker can show and search names from now on).
    catalogue_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._territory_id: str | None = None
        self._showing = False  # the picker itself is setting the text

        self.edit = QLineEdit(self)
        self.edit.setObjectName("territory_edit")
        self.edit.setClearButtonEnabled(True)
        self.model = TerritoryListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(10)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._choose_index)

        self.edit.textEdited.connect(self._on_edited)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.edit.installEventFilter(self)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.retranslate()
        load_catalogue(context, self._loaded, owner=self)

    # --- what forms use -------------------------------------------------------------------

    def territory_id(self) -> str | None:
        """The chosen municipality's id, or None."""
        return self._territory_id

    def set_territory_id(self, territory_id: str | None) -> None:
        """Choose `territory_id` (None clears). May be called before the catalogue arrives."""
        self._set(territory_id)

    def clear(self) -> None:
        self._set(None)

    def territory(self) -> TerritoryRecord | None:
        """The chosen municipality's record (None when none, or while loading)."""
        return self.model.record(self._territory_id)

    def is_ready(self) -> bool:
        return self.model.is_loaded()

    def popup_visible(self) -> bool:
        return self.completer.popup().isVisible()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Escriba municipio, departamento o código DANE"))
        self.edit.setToolTip(self.tr(
            "Escriba parte del nombre (sin importar tildes) o el código DANE; elija con las "
            "flechas y Enter. Borre el texto para quitar el municipio."))
        self.edit.setAccessibleName(self.tr("Municipio"))
        self.model.retranslate()
        self._show_choice()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- behaviour ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down
                and not self.popup_visible()):
            self._open_popup(self.edit.text() if self._territory_id is None else "")
            return True
        return super().eventFilter(watched, event)

    def _loaded(self, records: list[TerritoryRecord]) -> None:
        self.model.set_catalogue(records)
        self._show_choice()
        self.catalogue_loaded.emit()

    def _on_edited(self, text: str) -> None:
        if not text.strip():
            self.completer.popup().hide()
            self._set(None)
            return
        self._open_popup(text)

    def _on_text_changed(self, text: str) -> None:
        # The clear button changes the text without `textEdited`.
        if not self._showing and not text and self._territory_id is not None:
            self._set(None)

    def _open_popup(self, text: str) -> None:
        if not self.model.is_loaded():
            return
        self.model.set_filter(text)
        if self.model.rowCount() == 0:
            self.completer.popup().hide()
            return
        self.completer.complete()
        popup = self.completer.popup()
        popup.setCurrentIndex(self.completer.completionModel().index(0, 0))

    def _choose_index(self, index: QModelIndex) -> None:
        territory_id = index.data(ID_ROLE)
        if isinstance(territory_id, str):
            self._set(territory_id)

    def _on_editing_finished(self) -> None:
        if self.popup_visible():
            return
        text = self.edit.text().strip()
        chosen = self.territory()
        if not text:
            self._set(None)
        elif chosen is not None and text == territory_label(chosen):
            return
        elif self.model.is_loaded():
            self.model.set_filter(text)
            only = self.model.record_at(0) if self.model.rowCount() == 1 else None
            if only is not None:
                self._set(only.id)
            else:
                self._show_choice()

    def _set(self, territory_id: str | None) -> None:
        changed = territory_id != self._territory_id
        self._territory_id = territory_id
        self._show_choice()
        if changed:
            self.territory_changed.emit(territory_id)

    def _show_choice(self) -> None:
        record = self.territory()
        text = territory_label(record) if record is not None else ""
        if self._territory_id is not None and record is None and not self.model.is_loaded():
            text = ""  # the name comes with the catalogue
        if self.edit.text() != text:
            self._showing = True
            try:
                self.edit.setText(text)
            finally:
                self._showing = False
