"""The Conflicts tab of the coordinator's review: the fields two laptops edited at the same
time, and for the selected one the value kept and the archived value(s) side by side, with
who wrote each and when; "Conservar este" or "Restaurar este" decides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import conflicts
from participa_desktop.core.services.conflicts import Conflict, FieldValue

from . import conflict_text, errors, review_commands
from .coalesced_read import CoalescedRead
from .context import AppContext
from .notice import Level, Notice
from .package_history import moment_text
from .table_model import Column, LazyTableModel
from .table_view import make_table

_PENDING_COLOUR = "#fff8e1"


def conflict_key(conflict: Conflict) -> str:
    return f"{conflict.table}/{conflict.row_id}/{conflict.column}"


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


class ValueCard(QGroupBox):
    """One value of the field: the value in large type, who wrote it and when, a button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict: Conflict | None = None
        self.value: FieldValue | None = None
        self.value_label = QLabel(self)
        self.value_label.setWordWrap(True)
        self.value_label.setTextFormat(Qt.TextFormat.PlainText)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.value_label.setFont(font)
        self.origin_label = QLabel(self)
        self.origin_label.setWordWrap(True)
        self.button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.origin_label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_value(self, conflict: Conflict, value: FieldValue) -> None:
        """Show `value`, one of `conflict`'s."""
        self.conflict, self.value = conflict, value
        self.retranslate()

    def retranslate(self) -> None:
        value = self.value
        if value is None or self.conflict is None:
            return
        self.value_label.setText(conflict_text.value_text(self.conflict, value))
        device = value.device_name or value.device_id
        when = moment_text(value.written_at)
        if value.this_device:
            text = (self.tr("Escrito en este equipo («{device}») el {when}.") if when
                    else self.tr("Escrito en este equipo («{device}»)."))
        else:
            text = (self.tr("Escrito en el equipo «{device}» el {when}.") if when
                    else self.tr("Escrito en el equipo «{device}»."))
        self.origin_label.setText(text.format(device=device, when=when))


class ConflictsTab(QWidget):
    """Loads on `reload()` (on the runner); `loaded` is emitted when the list is shown and
    `decided` when a decision was written."""

    loaded = Signal()
    decided = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conflicts: dict[str, Conflict] = {}
        self.current: Conflict | None = None
        self.reads = CoalescedRead(context.runner, self._read, self._loaded,
                                   self._load_failed, self)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.resolved_check = QCheckBox(self)
        self.resolved_check.toggled.connect(self.reload)
        self.count_label = QLabel(self)
        self.model = LazyTableModel(context.runner, self._columns(), self._fetch, self)
        self.view = make_table(self, self.model, name="conflict_list",
                               widths=(125, 90, 250, 130, 180, 180, 100), stretch=2,
                               alternate=False)
        self.count_label.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        self.field_label = QLabel(self)
        self.field_label.setWordWrap(True)
        font = self.field_label.font()
        font.setBold(True)
        self.field_label.setFont(font)
        self.kept_card = ValueCard(self)
        self.kept_card.button.clicked.connect(self.keep_current)
        self.alternative_cards: list[ValueCard] = []
        self.alternatives = QWidget(self)
        self.alternatives_layout = QVBoxLayout(self.alternatives)
        self.alternatives_layout.setContentsMargins(0, 0, 0, 0)
        self.notice = Notice(self)
        self._lay_out()
        self.retranslate()
        self._show_selected()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.resolved_check)
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro_label)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.alternatives)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.viewport().setAutoFillBackground(False)
        self.alternatives.setAutoFillBackground(False)
        sides = QHBoxLayout()
        sides.addWidget(self.kept_card, 1)
        sides.addWidget(scroll, 1)
        detail = QWidget(self)
        lower = QVBoxLayout(detail)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.notice)
        lower.addWidget(self.field_label)
        lower.addLayout(sides, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(listing)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _columns(self) -> list[Column]:
        def pending(conflict: Conflict) -> str | None:
            return None if conflict.resolved else _PENDING_COLOUR

        def others(conflict: Conflict) -> str:
            first = (conflict_text.value_text(conflict, conflict.alternatives[0])
                     if conflict.alternatives else "")
            more = len(conflict.alternatives) - 1
            return self.tr("{value} (y {more} más)").format(value=first, more=more) \
                if more > 0 else first

        return [
            Column(lambda: self.tr("Cuándo"), lambda c: moment_text(c.happened_at)),
            Column(lambda: self.tr("Registro"), conflict_text.record_text),
            Column(lambda: self.tr("Qué"), conflict_text.row_text,
                   tooltip=conflict_text.row_text),
            Column(lambda: self.tr("Dato"), conflict_text.field_text),
            Column(lambda: self.tr("Valor conservado"),
                   lambda c: conflict_text.value_text(c, c.kept)),
            Column(lambda: self.tr("Valor archivado"), others),
            Column(lambda: self.tr("Estado"),
                   lambda c: self.tr("revisado") if c.resolved else self.tr("por revisar"),
                   background=pending),
        ]

    def _fetch(self, ids: list[str]) -> dict[str, Conflict]:
        known = self.conflicts  # replaced, never mutated: safe to read from a worker
        return {key: known[key] for key in ids if key in known}

    def retranslate(self) -> None:
        self.intro_label.setText(self.tr(
            "Datos que se cambiaron en dos equipos a la vez. Al sincronizar se conservó el "
            "cambio más reciente y el otro quedó archivado: nada se perdió. Compare los "
            "valores y decida cuál queda."))
        self.resolved_check.setText(self.tr("Mostrar también los ya re&visados"))
        self.kept_card.setTitle(self.tr("Valor conservado (el actual)"))
        self.kept_card.button.setText(self.tr("&Conservar este"))
        self.kept_card.retranslate()
        for card in self.alternative_cards:
            self._retranslate_alternative(card)
        self._show_count()
        self._show_field_label()
        self.model.retranslate()

    def _retranslate_alternative(self, card: ValueCard) -> None:
        card.setTitle(self.tr("Valor archivado"))
        card.button.setText(self.tr("&Restaurar este"))
        card.retranslate()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("No hay conflictos por revisar.") if count == 0
            else self.tr("&Lista de conflictos ({count}), el más reciente primero:").format(
                count=count))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the conflicts again (on the runner, soon), keeping the selected row's
        place. Asks made while a read runs make one more read after it."""
        self.reads.ask()

    @property
    def loading(self) -> bool:
        """A read is running (or about to run again)."""
        return self.reads.running

    def _read(self) -> Callable[[object], list[Conflict]]:
        store = self.context.store
        include_resolved = self.resolved_check.isChecked()

        def read(_task: object) -> list[Conflict]:
            with store.reading() as session:
                return conflicts.list_conflicts(session, include_resolved=include_resolved)

        return read

    def _load_failed(self, error: BaseException) -> None:
        errors.show_error(self, error)

    def _loaded(self, found: list[Conflict]) -> None:
        row = max(self.view.currentIndex().row(), 0)
        self.conflicts = {conflict_key(c): c for c in found}
        self.model.set_ids(list(self.conflicts), self.conflicts)
        self._show_count()
        if found:
            self.view.selectRow(min(row, len(found) - 1))
        self._show_selected()
        self.loaded.emit()

    def _show_selected(self) -> None:
        record = self.model.record_at(self.view.currentIndex().row())
        self.current = record if isinstance(record, Conflict) else None
        for card in self.alternative_cards:
            card.deleteLater()
        self.alternative_cards = []
        conflict = self.current
        self.kept_card.setVisible(conflict is not None)
        self.alternatives.setVisible(conflict is not None)
        self._show_field_label()
        if conflict is None:
            return
        self.kept_card.show_value(conflict, conflict.kept)
        for value in conflict.alternatives:
            card = ValueCard(self.alternatives)
            card.show_value(conflict, value)
            card.button.clicked.connect(lambda _c=False, v=value: self.restore(v))
            self._retranslate_alternative(card)
            self.alternatives_layout.addWidget(card)
            self.alternative_cards.append(card)

    def _show_field_label(self) -> None:
        conflict = self.current
        self.field_label.setText(
            self.tr("Elija un conflicto de la lista para comparar sus valores.")
            if conflict is None else
            self.tr("{record} «{what}»: {field}").format(
                record=_capitalized(conflict_text.record_text(conflict)),
                what=conflict_text.row_text(conflict), field=conflict_text.field_text(conflict)))

    # --- decisions -------------------------------------------------------------------------

    def restore(self, value: FieldValue) -> None:
        """Make `value` current (undoable)."""
        conflict = self.current
        if conflict is None:
            return
        field, what = conflict_text.field_text(conflict), conflict_text.row_text(conflict)
        text = self.tr("Restaurar {field} de «{what}»").format(field=field, what=what)
        message = self.tr("Se restauró «{value}» como {field} de «{what}».").format(
            value=conflict_text.value_text(conflict, value), field=field, what=what)
        self._set_busy(True)
        self.context.undo_stack.push(review_commands.restore_value(
            self.context, self, text, conflict, value,
            written=lambda redone: self._decided(message if redone else self.tr(
                "Se deshizo la restauración: volvió el valor que estaba antes.")),
            failed=self._failed))

    def keep_current(self) -> None:
        """Keep the current value: the conflict is marked reviewed (no data changes)."""
        conflict = self.current
        if conflict is None:
            return
        store, table = self.context.store, conflict.table
        row_id, column = conflict.row_id, conflict.column
        message = self.tr("Se conservó «{value}» como {field} de «{what}».").format(
            value=conflict_text.value_text(conflict, conflict.kept),
            field=conflict_text.field_text(conflict), what=conflict_text.row_text(conflict))

        def work(_task: object) -> None:
            with store.unit_of_work() as session:
                conflicts.keep_current(session, table, row_id, column)

        self._set_busy(True)
        self.context.runner.write(work, on_done=lambda _r: self._decided(message),
                                  on_error=self._failed, owner=self)

    def _decided(self, message: str) -> None:
        self._set_busy(False)
        self.notice.show_message(Level.OK, "", message)
        self.decided.emit()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        message = errors.user_message(error)
        if message is None:
            errors.show_error(self, error)
            return
        self.notice.show_message(Level.ERROR, self.tr("No se pudo aplicar la decisión"),
                                 message)
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        for card in (self.kept_card, *self.alternative_cards):
            card.button.setEnabled(not busy)
