"""The Duplicates tab of the coordinator's review: groups of rows that look like one person
(with why), and for the selected pair the two people side by side with their attendance;
"Son la misma persona (vincular)" / "Son personas distintas (desvincular)" decide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import duplicates
from participa_desktop.core.services.duplicate_review import PairState, pair_state
from participa_desktop.core.services.duplicates import PersonSummary, Suggestion

from . import errors, review_commands
from .coalesced_read import CoalescedRead
from .context import AppContext
from .notice import Level, Notice
from .person_card import PersonCard
from .table_model import Column, LazyTableModel
from .table_view import make_table

#: The core's reasons (Spanish) in the interface language.
_REASONS = {
    "mismo número de documento": QT_TRANSLATE_NOOP("DuplicatesTab", "mismo número de documento"),
    "mismo nombre y año de nacimiento": QT_TRANSLATE_NOOP("DuplicatesTab",
                                                          "mismo nombre y año de nacimiento"),
    "mismo nombre y teléfono": QT_TRANSLATE_NOOP("DuplicatesTab", "mismo nombre y teléfono"),
}
_LINKED_COLOUR = "#e8f5e9"


def group_key(suggestion: Suggestion) -> str:
    return "|".join(person.id for person in suggestion.people)


def reason_text(reason: str) -> str:
    source = _REASONS.get(reason)
    return reason if source is None else QCoreApplication.translate("DuplicatesTab", source)


class DuplicatesTab(QWidget):
    """Finds suggestions on `reload()` (on the runner: slow on big files, so a busy bar
    shows). `loaded` is emitted when the groups are shown, `pair_shown` when the selected
    pair's state is known, `decided` after a link or unlink was written."""

    loaded = Signal()
    pair_shown = Signal()
    decided = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.groups: dict[str, Suggestion] = {}
        self.current: Suggestion | None = None
        self.state: PairState | None = None
        self.reads = CoalescedRead(context.runner, self._search, self._loaded,
                                   self._search_failed, self)
        self.reads.busy_changed.connect(self._show_busy)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.search_button = QPushButton(self)
        self.search_button.clicked.connect(self.reload)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setVisible(False)
        self.count_label = QLabel(self)
        self.model = LazyTableModel(context.runner, self._columns(), self._fetch, self)
        self.view = make_table(self, self.model, name="duplicate_groups",
                               widths=(520, 340, 200), stretch=0, alternate=False)
        self.count_label.setBuddy(self.view)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_group())

        self.first_label, self.second_label = QLabel(self), QLabel(self)
        self.first_combo, self.second_combo = QComboBox(self), QComboBox(self)
        self.first_label.setBuddy(self.first_combo)
        self.second_label.setBuddy(self.second_combo)
        for combo in (self.first_combo, self.second_combo):
            combo.currentIndexChanged.connect(lambda _i: self._show_pair())
        self.first_card = PersonCard(context, self)
        self.second_card = PersonCard(context, self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(lambda: self._decide(linked=True))
        self.unlink_button = QPushButton(self)
        self.unlink_button.clicked.connect(lambda: self._decide(linked=False))
        self.notice = Notice(self)
        self._lay_out()
        self.retranslate()
        self._show_group()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.busy_bar)
        top.addWidget(self.search_button)
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro_label)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        self.pickers = QWidget(self)
        pickers = QHBoxLayout(self.pickers)
        pickers.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.first_label, self.first_combo),
                             (self.second_label, self.second_combo)):
            pickers.addWidget(label)
            pickers.addWidget(combo, 1)
        sides = QHBoxLayout()
        sides.addWidget(self.first_card, 1)
        sides.addWidget(self.second_card, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        detail = QWidget(self)
        lower = QVBoxLayout(detail)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.notice)
        lower.addWidget(self.pickers)
        lower.addLayout(sides, 1)
        lower.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(listing)
        splitter.addWidget(detail)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _columns(self) -> list[Column]:
        def linked(suggestion: Suggestion) -> str | None:
            return _LINKED_COLOUR if suggestion.linked else None

        return [
            Column(lambda: self.tr("Personas"),
                   lambda s: " / ".join(p.name for p in s.people),
                   tooltip=lambda s: "\n".join(p.name for p in s.people)),
            Column(lambda: self.tr("Por qué se parecen"),
                   lambda s: "; ".join(reason_text(r) for r in s.reasons)),
            Column(lambda: self.tr("Estado"),
                   lambda s: self.tr("vinculadas: son la misma persona") if s.linked
                   else self.tr("por revisar"), background=linked),
        ]

    def _fetch(self, ids: list[str]) -> dict[str, Suggestion]:
        known = self.groups  # replaced, never mutated: safe to read from a worker
        return {key: known[key] for key in ids if key in known}

    def retranslate(self) -> None:
        self.intro_label.setText(self.tr(
            "Personas registradas más de una vez (por ejemplo en dos equipos). Compare a las "
            "dos personas y su asistencia: si son la misma, vincúlelas y sus asistencias se "
            "contarán juntas; nada se borra y se puede desvincular después."))
        self.search_button.setText(self.tr("&Buscar de nuevo"))
        self.first_label.setText(self.tr("Persona &1:"))
        self.second_label.setText(self.tr("Persona &2:"))
        self.link_button.setText(self.tr("Son la misma persona (&vincular)"))
        self.unlink_button.setText(self.tr("Son personas distintas (&desvincular)"))
        self._show_count()
        self._show_state()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self.searching:
            text = self.tr("Buscando posibles duplicados…")
        elif count == 0:
            text = self.tr("No se encontraron posibles duplicados.")
        else:
            text = self.tr("&Posibles duplicados ({count}):").format(count=count)
        self.count_label.setText(text)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Look for suggestions again (on the runner, soon), keeping the selected group.
        Asks made while a search runs make one more search after it."""
        self.reads.ask()

    @property
    def searching(self) -> bool:
        """A search is running (or about to run again)."""
        return self.reads.running

    def _search(self) -> Callable[[object], list[Suggestion]]:
        store = self.context.store

        def find(_task: object) -> list[Suggestion]:
            with store.reading() as session:
                return duplicates.suggest(session)

        return find

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.search_button.setEnabled(not busy)
        self._show_count()

    def _loaded(self, found: list[Suggestion]) -> None:
        previous = group_key(self.current) if self.current else None
        row = max(self.view.currentIndex().row(), 0)
        self.groups = {group_key(s): s for s in found}
        self.model.set_ids(list(self.groups), self.groups)
        self._show_count()
        if found:
            keys = list(self.groups)
            self.view.selectRow(keys.index(previous) if previous in self.groups
                                else min(row, len(found) - 1))
        self._show_group()
        self.loaded.emit()

    def _search_failed(self, error: BaseException) -> None:
        errors.show_error(self, error)

    def _show_group(self) -> None:
        record = self.model.record_at(self.view.currentIndex().row())
        suggestion = record if isinstance(record, Suggestion) else None
        same = (suggestion is not None and self.current is not None
                and group_key(suggestion) == group_key(self.current))
        self.current = suggestion
        if same:  # reloaded: keep the chosen pair, refresh what is shown
            self._show_pair()
            return
        people = suggestion.people if suggestion else ()
        for combo, chosen in ((self.first_combo, 0), (self.second_combo, 1)):
            combo.blockSignals(True)
            combo.clear()
            for person in people:
                combo.addItem(self._person_choice(person), person.id)
            combo.setCurrentIndex(min(chosen, len(people) - 1))
            combo.blockSignals(False)
        self.pickers.setVisible(len(people) > 2)  # a pair needs no choosing
        self._show_pair()

    def _person_choice(self, person: PersonSummary) -> str:
        if person.document_number:
            return self.tr("{name} (doc. {document})").format(name=person.name,
                                                              document=person.document_number)
        return person.name

    def _pair(self) -> tuple[PersonSummary, PersonSummary] | None:
        if self.current is None:
            return None
        people = {p.id: p for p in self.current.people}
        first = people.get(self.first_combo.currentData())
        second = people.get(self.second_combo.currentData())
        return (first, second) if first and second else None

    def _show_pair(self) -> None:
        pair = self._pair()
        self.first_card.show_person(pair[0] if pair else None)
        self.second_card.show_person(pair[1] if pair else None)
        self.state = None
        self._show_state()
        if pair is None or pair[0].id == pair[1].id:
            return
        store, first, second = self.context.store, pair[0].id, pair[1].id

        def read(_task: object) -> tuple[str, str, PairState]:
            with store.reading() as session:
                return first, second, pair_state(session, first, second)

        self.context.runner.run(read, on_done=self._pair_read, owner=self)

    def _pair_read(self, result: tuple[str, str, PairState]) -> None:
        first, second, state = result
        pair = self._pair()
        if pair is None or (pair[0].id, pair[1].id) != (first, second):
            return  # another pair was chosen meanwhile
        self.state = state
        self._show_state()
        self.pair_shown.emit()

    def _show_state(self) -> None:
        pair = self._pair()
        texts = {
            PairState.LINKED: self.tr("Están vinculadas: se cuentan como la misma persona."),
            PairState.LINKED_THROUGH_OTHERS: self.tr(
                "Se cuentan como la misma persona a través de otra fila del grupo; para "
                "separarlas, desvincule el par que las une."),
            PairState.NOT_LINKED: self.tr("No están vinculadas: se cuentan como dos personas."),
        }
        if pair is not None and pair[0].id == pair[1].id:
            text = self.tr("Elija dos personas distintas del grupo.")
        else:
            text = texts.get(self.state, "") if self.state else ""
        self.state_label.setText(text)
        self.link_button.setEnabled(self.state in (PairState.NOT_LINKED,
                                                   PairState.LINKED_THROUGH_OTHERS))
        self.unlink_button.setEnabled(self.state == PairState.LINKED)

    # --- decisions -------------------------------------------------------------------------

    def _decide(self, *, linked: bool) -> None:
        pair = self._pair()
        if pair is None:
            return
        first, second = pair
        if linked:
            text = self.tr("Vincular a {first} y {second}")
            message = self.tr("{first} y {second} quedaron vinculadas como la misma persona.")
        else:
            text = self.tr("Desvincular a {first} y {second}")
            message = self.tr("{first} y {second} quedaron como personas distintas.")
        names = {"first": first.name, "second": second.name}
        self.link_button.setEnabled(False)
        self.unlink_button.setEnabled(False)
        self.context.undo_stack.push(review_commands.link_people(
            self.context, self, text.format(**names), first.id, second.id, linked=linked,
            written=lambda redone: self._decided(message.format(**names), redone),
            failed=self._failed))

    def _decided(self, message: str, redone: bool) -> None:
        self.notice.show_message(Level.OK, "", message if redone else self.tr(
            "Se deshizo la última decisión sobre duplicados."))
        self.decided.emit()
        self.reload()

    def _failed(self, error: BaseException) -> None:
        message = errors.user_message(error)
        if message is None:
            errors.show_error(self, error)
            return
        self.notice.show_message(Level.ERROR, self.tr("No se pudo aplicar la decisión"),
                                 message)
        self.reload()
