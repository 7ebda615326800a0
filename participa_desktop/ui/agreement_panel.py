"""The selected agreement under the tracker's table: its details, its follow-up notes
(oldest first; they are append-only) and a form to add one in place (Ctrl+Enter)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import agreement_tracker as tracker
from participa_desktop.core.services import agreements

from . import vocabulary
from .agreement_text import details_html, follow_up_change, rich_tooltip
from .context import AppContext
from .field_errors import FieldErrors, error_label, with_error
from .table_model import Column, LazyTableModel
from .table_view import make_table

#: The progress spin box's "no change" value (shown as words, not a number).
NO_PROGRESS = -1


class AgreementPanel(QWidget):
    """Shows one agreement (`show_agreement(id)`, None for none). Adding a follow-up runs
    `agreements.add_follow_up` on the writer lane, then tells the screens that follow-ups
    and agreements changed; the tracker reloads (and calls `show_agreement` again)."""

    #: The agreement and its follow-ups are on screen (tests wait for it).
    loaded = Signal()
    #: A follow-up was saved: (agreement id).
    follow_up_added = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement: tracker.AgreementRow | None = None
        self._agreement_id: str | None = None
        self._generation = 0
        self._saving = False

        # Details of the agreement.
        self.details_box = QGroupBox(self)
        self.details_label = QLabel(self.details_box)
        self.details_label.setObjectName("agreement_details")
        self.details_label.setWordWrap(True)
        self.details_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        scroll = QScrollArea(self.details_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details_label)
        QVBoxLayout(self.details_box).addWidget(scroll)

        # The follow-ups so far.
        self.history_box = QGroupBox(self)
        self.model = LazyTableModel(context.runner, self._columns(), _fetcher(context), self)
        self.table = make_table(self.history_box, self.model, name="follow_ups", stretch=1,
                                alternate=False, wrap=True)
        self.empty_label = QLabel(self.history_box)
        self.empty_label.setWordWrap(True)
        history = QVBoxLayout(self.history_box)
        history.addWidget(self.table)
        history.addWidget(self.empty_label)

        # A new follow-up.
        self.new_box = QGroupBox(self)
        self.text_edit = QPlainTextEdit(self.new_box)
        self.text_edit.setObjectName("follow_up_text")
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.status_combo = QComboBox(self.new_box)
        self.status_combo.addItem("", None)
        for code, _word in vocabulary.choices("agreement_status"):
            self.status_combo.addItem("", code)
        self.progress_spin = QSpinBox(self.new_box)
        self.progress_spin.setRange(NO_PROGRESS, 100)
        self.progress_spin.setSuffix(" %")
        self.progress_spin.setValue(NO_PROGRESS)
        self.date_edit = QDateEdit(self.new_box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.add_button = QPushButton(self.new_box)
        self.add_button.clicked.connect(self.add_follow_up)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.new_box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.add_follow_up)
        fields: dict[str, QWidget] = {"text": self.text_edit, "new_status": self.status_combo,
                                      "new_progress": self.progress_spin,
                                      "date": self.date_edit}
        self.labels: dict[str, QLabel] = {}
        error_labels: dict[str, QLabel] = {}
        for name, field in fields.items():
            self.labels[name] = QLabel(self.new_box)
            self.labels[name].setBuddy(field)
            error_labels[name] = error_label(self.new_box, name)
        general = error_label(self.new_box, "general")
        # Labels above their fields, two columns under the note: the box is narrow.
        grid = QGridLayout(self.new_box)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.labels["text"], 0, 0, 1, 2)
        grid.addWidget(with_error(self.text_edit, error_labels["text"]), 1, 0, 1, 2)
        grid.addWidget(self.labels["new_status"], 2, 0)
        grid.addWidget(self.labels["new_progress"], 2, 1)
        grid.addWidget(with_error(self.status_combo, error_labels["new_status"]), 3, 0)
        grid.addWidget(with_error(self.progress_spin, error_labels["new_progress"]), 3, 1)
        grid.addWidget(self.labels["date"], 4, 0)
        grid.addWidget(with_error(self.date_edit, error_labels["date"]), 5, 0)
        grid.addWidget(self.add_button, 5, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(general, 6, 0, 1, 2)
        grid.setRowStretch(1, 1)
        self.errors = FieldErrors(error_labels, general)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for box in (self.details_box, self.history_box, self.new_box):
            self.splitter.addWidget(box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([3000, 4000, 3000])  # proportions, whatever the width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.text_edit, self.status_combo)
        self.setTabOrder(self.status_combo, self.progress_spin)
        self.setTabOrder(self.progress_spin, self.date_edit)
        self.setTabOrder(self.date_edit, self.add_button)
        self._reset_form()
        self.retranslate()
        self._show(None, [])

    # --- texts ----------------------------------------------------------------------------

    def _columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Fecha"),
                   display=lambda f: vocabulary.date_text(f.date)),
            Column(header=lambda: self.tr("Seguimiento"), display=lambda f: f.text,
                   tooltip=lambda f: rich_tooltip(f.text)),
            Column(header=lambda: self.tr("Cambio"),
                   display=lambda f: follow_up_change(f.new_status, f.new_progress)),
        ]

    def retranslate(self) -> None:
        self.details_box.setTitle(self.tr("Acuerdo elegido"))
        self.history_box.setTitle(self.tr("Seguimientos"))
        self.new_box.setTitle(self.tr("Nuevo seguimiento"))
        self.labels["text"].setText(self.tr("N&ota:"))
        self.labels["new_status"].setText(self.tr("Nuevo esta&do:"))
        self.labels["new_progress"].setText(self.tr("Nuevo &porcentaje:"))
        self.progress_spin.setToolTip(self.tr("Nuevo porcentaje de avance del acuerdo"))
        self.labels["date"].setText(self.tr("Fec&ha:"))
        self.text_edit.setPlaceholderText(self.tr("Qué pasó, qué se hizo, qué falta…"))
        self.status_combo.setItemText(0, self.tr("(sin cambio)"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, vocabulary.word("agreement_status", self.status_combo.itemData(index)))
        self.progress_spin.setSpecialValueText(self.tr("(sin cambio)"))
        self.add_button.setText(self.tr("A&gregar"))
        self.add_button.setToolTip(self.tr("Agregar el seguimiento (Ctrl+Enter)"))
        self.empty_label.setText(self.tr("Este acuerdo todavía no tiene seguimientos."))
        self.model.retranslate()
        self._show_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- showing an agreement -------------------------------------------------------------

    @property
    def agreement_id(self) -> str | None:
        return self._agreement_id

    def show_agreement(self, agreement_id: str | None) -> None:
        """Show `agreement_id` (read again, with its follow-ups, on the task runner)."""
        self._generation += 1
        generation = self._generation
        if agreement_id != self._agreement_id:
            self.errors.clear()
        self._agreement_id = agreement_id
        if agreement_id is None:
            self._show(None, [])
            self.loaded.emit()
            return
        store = self.context.store

        def load(_task: object) -> tuple[tracker.AgreementRow | None, list[Any]]:
            with store.reading() as session:
                row = tracker.tracker_rows(session, [agreement_id]).get(agreement_id)
                return row, agreements.follow_ups(session, agreement_id) if row else []

        self.context.runner.run(
            load, on_done=lambda result: self._arrived(generation, *result), owner=self)

    def _arrived(self, generation: int, row: tracker.AgreementRow | None,
                 notes: list[Any]) -> None:
        if generation != self._generation:
            return
        self._show(row, notes)
        self.loaded.emit()

    def _show(self, row: tracker.AgreementRow | None, notes: list[Any]) -> None:
        self.agreement = row
        self.model.set_ids([note.id for note in notes], {note.id: note for note in notes})
        self.table.resizeColumnToContents(0)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(notes))
        self.empty_label.setVisible(row is not None and not notes)
        self.new_box.setEnabled(row is not None)
        self.history_box.setEnabled(row is not None)
        today = dt.date.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        if row is not None and row.workshop_date is not None:
            first = row.workshop_date
            self.date_edit.setMinimumDate(QDate(first.year, first.month, first.day))
        else:
            self.date_edit.clearMinimumDate()
        self._show_details()

    def _show_details(self) -> None:
        if self.agreement is None:
            self.details_label.setText(self.tr(
                "Elija un acuerdo de la tabla para ver sus datos y sus seguimientos."))
        else:
            self.details_label.setText(details_html(self.agreement))

    # --- adding a follow-up ---------------------------------------------------------------

    def follow_up_values(self) -> dict[str, Any]:
        progress = self.progress_spin.value()
        return {
            "agreement_id": self._agreement_id,
            "text": self.text_edit.toPlainText(),
            "date": self.date_edit.date().toPython(),
            "new_status": self.status_combo.currentData(),
            "new_progress": None if progress == NO_PROGRESS else progress,
        }

    def add_follow_up(self) -> None:
        if self._saving or self._agreement_id is None:
            return
        self.errors.clear()
        values = self.follow_up_values()
        store = self.context.store

        def work(_task: object) -> Any:
            with store.unit_of_work() as session:
                return agreements.add_follow_up(session, values)

        self._busy(True)
        self.context.runner.write(work, on_done=self._added, on_error=self._failed,
                                  owner=self)

    def _added(self, record: Any) -> None:
        self._busy(False)
        self._reset_form()
        self.text_edit.setFocus()
        self.context.changed("follow_up", "agreement")
        self.follow_up_added.emit(record.agreement_id)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.errors.show_failure(self, error, {
            field: self.labels[field].buddy()
            for field in ("text", "new_status", "new_progress", "date")})

    def _busy(self, busy: bool) -> None:
        self._saving = busy
        self.add_button.setEnabled(not busy)

    def _reset_form(self) -> None:
        self.text_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self.progress_spin.setValue(NO_PROGRESS)
        today = dt.date.today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))



def _fetcher(context: AppContext) -> Callable[[list[str]], dict[str, Any]]:
    """Rows of the follow-up model (runs on a worker thread)."""
    store = context.store

    def fetch(ids: list[str]) -> dict[str, Any]:
        with store.reading() as session:
            return tracker.follow_up_rows(session, ids)

    return fetch
