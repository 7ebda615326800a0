"""Preferences (Archivo › Preferencias…, Ctrl+,): the interface language, applied at once
without restarting; the consent notice version new registrations record; and where the
data file and the log file are.

Changes apply when the dialog is accepted; Cancel or Escape leaves everything as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import errors, i18n
from .context import AppContext
from .field_errors import error_label
from .first_run_pages import LANGUAGE_NAMES
from .settings import Settings

#: The Settings.value key of the consent notice version that the walk-in dialog records
#: with each new person's consent, and its value until someone changes it.
CONSENT_VERSION_KEY = "consentimiento/version_aviso"
DEFAULT_CONSENT_VERSION = "2024-1"
CONSENT_VERSION_MAX_LENGTH = 20


def consent_version(settings: Settings) -> str:
    """The consent notice version in use (the default until one is set)."""
    return settings.value(CONSENT_VERSION_KEY, DEFAULT_CONSENT_VERSION) or DEFAULT_CONSENT_VERSION


class SettingsDialog(QDialog):
    """The preferences of this computer's app, over `settings`; `database` is the data file
    in use (shown, not changed here)."""

    def __init__(self, settings: Settings, database: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.database = database

        self.language_combo = QComboBox(self)
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(i18n.current_language()))
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language_combo)

        self.consent_edit = QLineEdit(consent_version(settings), self)
        self.consent_edit.setMaxLength(CONSENT_VERSION_MAX_LENGTH)
        self.consent_label = QLabel(self)
        self.consent_label.setBuddy(self.consent_edit)
        self.consent_help = QLabel(self)
        self.consent_help.setWordWrap(True)
        self.consent_error = error_label(self, "consent_version")

        self.files_box = QGroupBox(self)
        self.database_edit = _read_only(str(database), self.files_box)
        self.database_label = QLabel(self.files_box)
        self.database_label.setBuddy(self.database_edit)
        self.open_folder_button = QPushButton(self.files_box)
        self.open_folder_button.clicked.connect(self.open_data_folder)
        log = errors.log_path()
        self.log_edit = _read_only(str(log) if log else "", self.files_box)
        self.log_label = QLabel(self.files_box)
        self.log_label.setBuddy(self.log_edit)
        files = QFormLayout(self.files_box)
        files.addRow(self.database_label, self.database_edit)
        files.addRow(self.log_label, self.log_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder_button)
        folder_row.addStretch(1)
        files.addRow("", folder_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.consent_label, self.consent_edit)
        form.addRow("", self.consent_help)
        form.addRow("", self.consent_error)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.files_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferencias"))
        self.language_label.setText(self.tr("&Idioma:"))
        self.consent_label.setText(self.tr("&Versión del aviso de consentimiento:"))
        self.consent_help.setText(self.tr(
            "Se guarda con el consentimiento de cada persona que se registra. Cámbiela "
            "cuando su organización publique un aviso nuevo."))
        self.files_box.setTitle(self.tr("Archivos"))
        self.database_label.setText(self.tr("Archivo de &datos en uso:"))
        self.log_label.setText(self.tr("Archivo de &registro:"))
        if not errors.log_path():
            self.log_edit.setText(self.tr("(sin archivo de registro)"))
        self.open_folder_button.setText(self.tr("&Abrir la carpeta de datos"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_data_folder(self) -> None:
        """Show the folder holding the data file in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.database.parent)))

    def accept(self) -> None:
        """Check and keep the preferences; switch the language if it changed."""
        version = self.consent_edit.text().strip()
        if not version:
            self.consent_error.setText(self.tr(
                "Escriba la versión del aviso de consentimiento (por ejemplo, «{example}»)."
            ).format(example=DEFAULT_CONSENT_VERSION))
            self.consent_error.setVisible(True)
            self.consent_edit.setFocus()
            return
        self.settings.set_value(CONSENT_VERSION_KEY, version)
        language = self.language_combo.currentData()
        switched = True
        if language != i18n.current_language():
            switched = i18n.apply_language(language)
            self.settings.language = language
        self.settings.sync()
        super().accept()
        if not switched:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Preferencias"), self.tr(
                "No se encontró el archivo de traducción de ese idioma: parte de la "
                "aplicación seguirá en español. Reinstale Participa+ para corregirlo."),
                parent=self.parentWidget())
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

def open_settings(context: AppContext, parent: QWidget) -> SettingsDialog:
    """Show the preferences over the context's settings and data file (window-modal, not
    blocking); the dialog deletes itself when closed."""
    dialog = SettingsDialog(context.settings, context.store.path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _read_only(text: str, parent: QWidget) -> QLineEdit:
    """A field that shows a path the user can select and copy, not edit."""
    edit = QLineEdit(text, parent)
    edit.setReadOnly(True)
    edit.setCursorPosition(0)
    return edit
