"""Acuerdos: the agreements of every workshop in one tracker — overdue ones first and
highlighted, filters remembered between sessions — with the selected agreement's details
and follow-ups under the table, where a follow-up is added in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import NotFound, agreements
from participa_desktop.core.services import agreement_tracker as tracker

from . import errors, vocabulary
from .agreement_filters import AgreementFilterBar
from .agreement_form import AgreementForm, summary
from .agreement_panel import AgreementPanel
from .agreement_text import (
    OVERDUE_BACKGROUND,
    progress_text,
    responsible_text,
    rich_tooltip,
    status_text,
    workshop_text,
)
from .context import AppContext
from .screen import Screen
from .table_model import Column, LazyTableModel
from .table_view import make_table

#: What reloads the table, and what reloads the filters' and form's choices.
AGREEMENT_TABLES = {"agreement", "follow_up", "*"}
CHOICE_TABLES = {"workshop", "organization", "implementation", "*"}

#: Width of the workshop, component and responsible columns, in average characters (the
#: first takes what is left; the others fit their longest value).
COLUMN_CHARACTERS = (0, 22, 14, 18, 0, 0, 0, 0)


def _sample_row(status: str) -> tracker.AgreementRow:
    """An overdue row of `status`, to measure the longest status text."""
    return tracker.AgreementRow(
        id="", text="", workshop_id="", workshop_title=None, workshop_date=None,
        implementation_id=None, implementation_name=None, component_id=None,
        component_name=None, responsible_organization_id=None,
        responsible_organization_name=None, responsible_person=None, shared_objective=None,
        due_date=None, status=status, progress=0, last_follow_up=None, overdue=True)


def _overdue_background(row: tracker.AgreementRow) -> str | None:
    return OVERDUE_BACKGROUND if row.overdue else None


class AgreementsScreen(Screen):
    """The tracker. `reloaded` is emitted each time the table has its new ids."""

    key = "acuerdos"
    reloaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.choices: tracker.TrackerChoices | None = None
        self.form: AgreementForm | None = None
        self._generation = 0
        self._overdue_count = 0
        self._select_after_reload: str | None = None

        self.filter_bar = AgreementFilterBar(context.settings, self)
        self.filter_bar.changed.connect(self.reload)

        # Actions.
        self.new_button = QPushButton(self)
        self.new_button.setEnabled(False)  # until the workshops are known
        self.new_button.clicked.connect(self.new_agreement)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_agreement)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_agreement)
        self.count_label = QLabel(self)
        self.overdue_label = QLabel(self)
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold;")
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_agreement)

        # The table.
        self.model = LazyTableModel(context.runner, self._columns(), _fetcher(context), self)
        self.table = make_table(self, self.model, name="agreements", stretch=0,
                                alternate=False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.activated.connect(lambda _index: self.edit_agreement())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_agreement)

        self.panel = AgreementPanel(context, self)

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addSpacing(12)
        actions.addWidget(self.overdue_label)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter_bar)
        top_layout.addLayout(actions)
        top_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([6000, 4000])  # proportions, whatever the height
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.filter_bar.search_edit, self.new_button)
        self.setTabOrder(self.new_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.table)
        self.setTabOrder(self.table, self.panel.text_edit)
        context.hub.data_changed.connect(self._data_changed)
        self.retranslate()
        self._enable()

    # --- texts ----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Acuerdos")

    def _columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Acuerdo"), display=lambda r: " ".join(r.text.split()),
                   tooltip=lambda r: rich_tooltip(r.text), background=_overdue_background),
            Column(header=lambda: self.tr("Taller"), display=workshop_text,
                   tooltip=workshop_text, background=_overdue_background),
            Column(header=lambda: self.tr("Componente"), display=lambda r: r.component_name or "",
                   tooltip=lambda r: r.component_name, background=_overdue_background),
            Column(header=lambda: self.tr("Responsable"), display=responsible_text,
                   tooltip=responsible_text, background=_overdue_background),
            Column(header=lambda: self.tr("Fecha límite"),
                   display=lambda r: vocabulary.date_text(r.due_date),
                   background=_overdue_background, align_right=True),
            Column(header=lambda: self.tr("Estado"), display=status_text,
                   background=_overdue_background),
            Column(header=lambda: self.tr("Avance"), display=lambda r: progress_text(r.progress),
                   background=_overdue_background, align_right=True),
            Column(header=lambda: self.tr("Último seguimiento"),
                   display=lambda r: vocabulary.date_text(r.last_follow_up),
                   background=_overdue_background, align_right=True),
        ]

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&Nuevo acuerdo"))
        self.new_button.setToolTip(self.tr("Registrar un acuerdo de un taller (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edita&r"))
        self.edit_button.setToolTip(self.tr("Editar el acuerdo elegido (Enter o doble clic)"))
        self.delete_button.setText(self.tr("E&liminar"))
        self.delete_button.setToolTip(self.tr("Eliminar el acuerdo elegido (Supr)"))
        self.model.retranslate()
        self._size_columns()
        self._show_counts()

    def _size_columns(self) -> None:
        """Widths that fit the header and the longest usual value of each column (the
        first column takes what is left)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        samples = {
            4: ["00/00/0000"],
            5: [status_text(_sample_row(code)) for code, _word
                in vocabulary.choices("agreement_status")],
            6: [progress_text(100)],
            7: ["00/00/0000"],
        }
        padding = 3 * metrics.averageCharWidth()
        for column, characters in enumerate(COLUMN_CHARACTERS):
            if column == 0:
                continue
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.averageCharWidth() * characters,
                        header.fontMetrics().horizontalAdvance(title) + padding,
                        *(metrics.horizontalAdvance(text) + padding
                          for text in samples.get(column, [])))
            header.resizeSection(column, width)

    def _show_counts(self) -> None:
        if self.choices is not None and not self.choices.workshops:
            self.count_label.setText(self.tr(
                "Todavía no hay talleres: registre uno en Talleres para anotar sus acuerdos."))
            self.overdue_label.clear()
            return
        count = self.model.rowCount()
        self.count_label.setText(self.tr("1 acuerdo") if count == 1
                                 else self.tr("{count} acuerdos").format(count=count))
        late = self._overdue_count
        self.overdue_label.setText("" if late == 0 else self.tr("1 vencido") if late == 1
                                   else self.tr("{count} vencidos").format(count=late))

    # --- loading --------------------------------------------------------------------------

    def activate(self) -> None:
        self._load_choices()

    def _data_changed(self, table: str) -> None:
        if not self.isVisible():
            return  # `activate` reloads when the screen is shown again
        if table in CHOICE_TABLES:
            self._load_choices()
        elif table in AGREEMENT_TABLES:
            self.reload()

    def _load_choices(self) -> None:
        """Read the pickers' choices, then the table."""
        store = self.context.store

        def load(_task: object) -> tracker.TrackerChoices:
            with store.reading() as session:
                return tracker.tracker_choices(session)

        self.context.runner.run(load, on_done=self._choices_arrived, owner=self)

    def _choices_arrived(self, choices: tracker.TrackerChoices) -> None:
        self.choices = choices
        self.filter_bar.set_choices(choices)
        self._enable()
        self.reload()

    def reload(self) -> None:
        """Read the ids (and the first rows, and the selected one's) on the task runner."""
        self._generation += 1
        generation = self._generation
        filters = self.filter_bar.filters()
        keep = self._select_after_reload or self.selected_id()
        store = self.context.store
        block = LazyTableModel.BLOCK

        def load(_task: object) -> tuple[tracker.TrackerIds, dict[str, Any]]:
            with store.reading() as session:
                found = tracker.tracker_ids(session, filters)
                wanted = [*found.ids[:block], *([keep] if keep else [])]
                return found, tracker.tracker_rows(session, wanted)

        self.context.runner.run(
            load, on_done=lambda result: self._arrived(generation, keep, *result), owner=self)

    def _arrived(self, generation: int, keep: str | None, found: tracker.TrackerIds,
                 rows: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self._select_after_reload = None
        self._overdue_count = found.overdue
        self.model.set_ids(found.ids, rows)
        self._show_counts()
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.panel.show_agreement(None)
        self._enable()
        self.reloaded.emit()

    # --- selection and actions ------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _current_changed(self) -> None:
        self.panel.show_agreement(self.selected_id())
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        self.new_button.setEnabled(self.choices is not None and bool(self.choices.workshops))
        self.edit_button.setEnabled(chosen and self.choices is not None)
        self.delete_button.setEnabled(chosen)

    def new_agreement(self) -> None:
        if not self.new_button.isEnabled() or not self.isVisible():
            return
        self._open_form(None)

    def edit_agreement(self) -> None:
        """Edit the selected agreement (its row read again first, so the form is fresh)."""
        agreement_id = self.selected_id()
        if agreement_id is None or self.choices is None:
            return
        store = self.context.store

        def load(_task: object) -> tracker.AgreementRow | None:
            with store.reading() as session:
                return tracker.tracker_rows(session, [agreement_id]).get(agreement_id)

        self.context.runner.run(load, on_done=self._edit_loaded, owner=self)

    def _edit_loaded(self, row: tracker.AgreementRow | None) -> None:
        if row is None:
            errors.show_error(self, NotFound(self.tr(
                "No se encontró el acuerdo (puede haber sido eliminado).")))
            self.reload()
            return
        self._open_form(row)

    def _open_form(self, row: tracker.AgreementRow | None) -> None:
        if self.form is not None and self.form.isVisible():
            return
        assert self.choices is not None
        self.form = AgreementForm(self.context, self.choices, row, self)
        self.form.saved.connect(self._saved)
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_closed(self) -> None:
        if self.form is not None:
            self.form.deleteLater()
            self.form = None
        self.table.setFocus()

    def _saved(self, record: Any) -> None:
        self._select_after_reload = record.id  # the hub's "agreement" reloads the table

    def delete_agreement(self) -> None:
        """Delete the selected agreement after asking (its follow-ups stay, as history)."""
        row = self.model.record_at(self.table.currentIndex().row())
        if row is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Eliminar acuerdo"),
                          self.tr("¿Eliminar el acuerdo «{summary}»? Esto no se puede "
                                  "deshacer.").format(summary=summary(row.text)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("confirm_delete")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(
            lambda button: self._delete(row.id) if button is yes else None)
        box.open()

    def _delete(self, agreement_id: str) -> None:
        store = self.context.store

        def work(_task: object) -> None:
            with store.unit_of_work() as session:
                agreements.delete_agreement(session, agreement_id)

        self.context.runner.write(work, on_done=lambda _r: self.context.changed("agreement"),
                                  on_error=lambda error: errors.show_error(self, error),
                                  owner=self)


def _fetcher(context: AppContext) -> Any:
    """Rows of the tracker's model (runs on a worker thread)."""
    store = context.store

    def fetch(ids: list[str]) -> dict[str, tracker.AgreementRow]:
        with store.reading() as session:
            return tracker.tracker_rows(session, ids)

    return fetch
