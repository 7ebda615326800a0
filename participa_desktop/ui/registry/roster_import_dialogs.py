"""The two dialogs of a roster import: before it (which file, and whether the people
signed the data authorisation on paper, and when) and after it (how many people were
registered, updated, unchanged and not imported, with the report of the rows not
imported a click away). `roster_import` drives them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.reports.roster_import import ConsentDefaults, ImportResult

from ..field_errors import ERROR_STYLE


class RosterImportDialog(QDialog):
    """Before the import. `import_requested` when «Importar» is pressed (the dialog stays
    open, busy, until the owner calls `accept()` or `show_error(text)`); `change_requested`
    when the person wants another file (the owner calls `set_roster`)."""

    import_requested = Signal()
    change_requested = Signal()

    def __init__(self, roster: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_import_dialog")
        self.setMinimumWidth(560)
        self.roster = roster
        self._busy = False

        self.file_label = QLabel(self)
        self.file_label.setObjectName("roster_file")
        self.file_label.setWordWrap(True)
        self.change_button = QPushButton(self)
        self.change_button.clicked.connect(self.change_requested)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.change_button)

        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.signed_check = QCheckBox(self)
        self.signed_check.setObjectName("signed_on_paper")
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setEnabled(False)
        self.signed_check.toggled.connect(self.date_edit.setEnabled)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.signed_check)
        consent_row.addWidget(self.date_edit)
        consent_row.addStretch(1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)

        self.busy_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # how long it takes is not known: it just moves
        self.progress.setTextVisible(False)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("roster_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addSpacing(6)
        layout.addWidget(self.explanation)
        layout.addLayout(consent_row)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.set_busy(False)
        self.error_label.setVisible(False)
        self.retranslate()
        self.signed_check.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Importar planilla de Excel"))
        self.file_label.setText(self.tr("Planilla: «{name}»\nen {folder}").format(
            name=self.roster.name, folder=self.roster.parent))
        self.change_button.setText(self.tr("&Cambiar de archivo…"))
        self.explanation.setText(self.tr(
            "Las personas nuevas solo se registran con su autorización de tratamiento de "
            "datos (Ley 1581 de 2012). Si la planilla no trae una columna de autorización, "
            "pero la lista en papel la llevaba firmada por cada persona, márquelo aquí:"))
        self.signed_check.setText(self.tr(
            "Las personas &firmaron la autorización en papel el día"))
        self.date_edit.setAccessibleName(self.tr("Fecha en que firmaron la autorización"))
        self.note.setText(self.tr(
            "Las personas que ya están en el registro (mismo documento) se actualizan con "
            "los datos de la planilla; su autorización no cambia. Las filas que no se puedan "
            "importar quedan en un informe, con su número de fila y el motivo."))
        self.busy_label.setText(self.tr("Importando la planilla… (no cierre esta ventana)"))
        self.import_button.setText(self.tr("&Importar"))
        self.cancel_button.setText(self.tr("Cancelar"))

    def set_roster(self, roster: Path) -> None:
        self.roster = roster
        self.error_label.setVisible(False)
        self.retranslate()
        self._fit()

    def consent(self) -> ConsentDefaults | None:
        """The consent to record for new people of a roster without consent columns."""
        if not self.signed_check.isChecked():
            return None
        day: dt.date = self.date_edit.date().toPython()
        return ConsentDefaults(day)

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.change_button, self.signed_check, self.import_button,
                       self.cancel_button):
            widget.setEnabled(not busy)
        self.date_edit.setEnabled(not busy and self.signed_check.isChecked())
        self.busy_label.setVisible(busy)
        self.progress.setVisible(busy)
        self._fit()

    def show_error(self, text: str) -> None:
        """The import did not happen: say why; the person may change the file or cancel."""
        self.set_busy(False)
        self.error_label.setText(text)
        self.error_label.setVisible(True)
        self.change_button.setFocus()
        self._fit()

    def _fit(self) -> None:
        """Grow to show every line when the error or the progress appears (wrapped words
        need more height than the layout's minimum says)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        height = layout.totalHeightForWidth(self.width())
        if height > self.height():
            self.resize(self.width(), height)

    def _import(self) -> None:
        self.error_label.setVisible(False)
        self.set_busy(True)
        self.import_requested.emit()

    def reject(self) -> None:
        if not self._busy:  # an import cannot be stopped halfway: it is one transaction
            super().reject()


class RosterResultDialog(QDialog):
    """After the import: the counts, and where the report of the rows not imported is.
    `open_report_requested` when its button is pressed."""

    open_report_requested = Signal()

    def __init__(self, roster: Path, result: ImportResult, report: Path | None,
                 moved: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roster_result_dialog")
        self.setMinimumWidth(520)
        self.roster, self.result, self.report, self.moved = roster, result, report, moved

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.count_labels: dict[str, tuple[QLabel, QLabel]] = {}
        counts = QFormLayout()
        for key, value in (("registered", result.registered), ("updated", result.updated),
                           ("unchanged", result.unchanged),
                           ("not_imported", len(result.problems))):
            name, number = QLabel(self), QLabel(str(value), self)
            number.setObjectName(f"count_{key}")
            counts.addRow(name, number)
            self.count_labels[key] = (name, number)
        if result.problems:
            self.count_labels["not_imported"][1].setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.report_label = QLabel(self)
        self.report_label.setWordWrap(True)
        self.report_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_label.setVisible(report is not None)

        self.buttons = QDialogButtonBox(self)
        self.open_report_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_report_button.setVisible(report is not None)
        self.open_report_button.clicked.connect(self.open_report_requested)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        (self.open_report_button if report is not None else self.close_button).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(counts)
        layout.addWidget(self.report_label)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Planilla importada"))
        self.heading.setText(self.tr("Se importó «{name}».").format(name=self.roster.name))
        for key, text in (("registered", self.tr("Personas nuevas registradas:")),
                          ("updated", self.tr("Personas actualizadas:")),
                          ("unchanged", self.tr("Ya estaban y no cambiaron:")),
                          ("not_imported", self.tr("Filas no importadas:"))):
            self.count_labels[key][0].setText(text)
        if self.report is not None:
            text = self.tr("Las filas no importadas, con su número de fila y el motivo, están "
                           "en «{name}», en {folder}.").format(name=self.report.name,
                                                             folder=self.report.parent)
            if self.moved:
                text = self.tr("No se pudo escribir el informe junto a la planilla, así que "
                               "quedó en la carpeta de los datos de Participa+.") + " " + text
            self.report_label.setText(text)
        self.open_report_button.setText(self.tr("Abrir el &informe de filas no importadas"))
        self.close_button.setText(self.tr("&Cerrar"))
