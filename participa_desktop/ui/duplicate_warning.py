"""The warning shown before registering a person who may already be in the registry: the
likely duplicates side by side with why they look alike, and the two ways out — "it is
this person" (use the one already registered) or "it is someone else" (register anyway).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services.participants import SAME_DOCUMENT, SIMILAR_NAME

from . import vocabulary
from .table_model import Column, LazyTableModel
from .table_view import make_table
from .tasks import TaskRunner

#: Why the core says a person looks alike (`LikelyDuplicate.reason`, Spanish), in words.
_REASONS = {
    SAME_DOCUMENT: QT_TRANSLATE_NOOP("DuplicateWarning", "mismo documento"),
    SIMILAR_NAME: QT_TRANSLATE_NOOP("DuplicateWarning", "nombre muy parecido"),
    f"{SAME_DOCUMENT} y {SIMILAR_NAME}": QT_TRANSLATE_NOOP(
        "DuplicateWarning", "mismo documento y nombre muy parecido"),
}


def reason_text(reason: str) -> str:
    """A likely duplicate's reason in the interface language (an unknown one as it came)."""
    source = _REASONS.get(reason)
    return reason if source is None else QCoreApplication.translate("DuplicateWarning", source)


class DuplicateWarning(QWidget):
    """Shows `LikelyDuplicate`s (see `participant_search.likely_duplicates`). Emits
    `same_person(participant_id, name)`, `other_person()` or `back()`."""

    same_person = Signal(str, str)
    other_person = Signal()
    back = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._candidates: dict[str, Any] = {}
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.model = LazyTableModel(runner, self._columns(),
                                    lambda ids: {i: self._candidates.get(i) for i in ids}, self)
        self.view = make_table(self, self.model, name="duplicate_candidates",
                               widths=(220, 120, 150, 180, 90), alternate=False)
        self.view.doubleClicked.connect(lambda _index: self._choose_same())
        self.same_button = QPushButton(self)
        self.same_button.setObjectName("same_person_button")
        self.same_button.clicked.connect(self._choose_same)
        self.other_button = QPushButton(self)
        self.other_button.setObjectName("other_person_button")
        self.other_button.clicked.connect(self.other_person)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.same_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.view, self.same_button)
        self.setTabOrder(self.same_button, self.other_button)
        self.setTabOrder(self.other_button, self.back_button)
        self.retranslate()

    def _columns(self) -> list[Column]:
        return [
            Column(header=lambda: self.tr("Nombre"), display=lambda c: c.person.full_name),
            Column(header=lambda: self.tr("Documento"),
                   display=lambda c: c.person.document or ""),
            Column(header=lambda: self.tr("Organización"),
                   display=lambda c: c.person.organization_name or ""),
            Column(header=lambda: self.tr("Municipio"),
                   display=lambda c: c.person.territory_name or ""),
            Column(header=lambda: self.tr("Autorización"),
                   display=lambda c: vocabulary.date_text(c.person.consent_date)),
            Column(header=lambda: self.tr("Por qué se parece"),
                   display=lambda c: reason_text(c.reason)),
        ]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("¿Es alguna de estas personas?"))
        self.explanation.setText(self.tr(
            "Ya hay en el registro personas con el mismo documento o un nombre muy "
            "parecido. Si es una de ellas, elíjala y se marcará presente sin registrarla "
            "otra vez; si es otra persona, regístrela."))
        self.same_button.setText(self.tr("&Es esta persona"))
        self.other_button.setText(self.tr("Es &otra persona, registrar"))
        self.back_button.setText(self.tr("&Volver al formulario"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_candidates(self, candidates: Sequence[Any]) -> None:
        """List `candidates` (LikelyDuplicate records), the first one selected."""
        self._candidates = {candidate.person.id: candidate for candidate in candidates}
        self.model.set_ids(list(self._candidates), self._candidates)
        if candidates:
            self.view.selectRow(0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def candidate_ids(self) -> list[str]:
        return self.model.ids()

    def _choose_same(self) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else 0
        candidate = self._candidates.get(self.model.id_at(row) or "")
        if candidate is not None:
            self.same_person.emit(candidate.person.id, candidate.person.full_name)
