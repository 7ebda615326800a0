"""The first pages of the first-run wizard (language, data file) and what every page
shares (the rest are in `first_run_work`).

Each page checks what was typed and shows problems in red beside the fields; the slow part
of a page (opening the file, enrolling, loading demo data) runs on the task runner while
the wizard is busy, and the page moves on by itself when it succeeds
(`FirstRunWizard.work`). Pages read and write the wizard's state (`store`, `created`,
`link`), never the settings directly, except the language, which applies at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from participa_desktop import paths
from participa_desktop.core.provisioning import Provisioning
from participa_desktop.core.store import Store, StoreError

from .field_errors import error_label
from .notice import Level, Notice

if TYPE_CHECKING:
    from .first_run import FirstRunWizard

#: Languages offered, each named in its own language (never translated).
LANGUAGE_NAMES = (("es", "Español (Colombia)"), ("en", "English"))
DATA_FILE_SUFFIX = ".sqlite"


class WorkStatus(QWidget):
    """A line saying what is being done, with a progress bar (busy when the amount is
    unknown); hidden while idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setVisible(False)

    def busy(self, text: str) -> None:
        self.step(text, 0, 0)

    def step(self, text: str, done: int, total: int) -> None:
        self.label.setText(text)
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.setVisible(True)

    def clear(self) -> None:
        self.label.clear()
        self.setVisible(False)


class FirstRunPage(QWizardPage):
    """A page that is complete only while the wizard is not busy and retranslates itself.
    Pages with slow work have a `status` line."""

    status: WorkStatus | None = None
    _held: list[QWidget]

    def wizard(self) -> FirstRunWizard:  # type: ignore[override]
        return super().wizard()  # type: ignore[return-value]

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return wizard is None or not wizard.busy

    def retranslate(self) -> None:
        """Set every text of the page in the current language."""

    def hold(self, busy: bool) -> None:
        """Disable the page's fields while its work runs (the status line stays lit), and
        give back exactly those afterwards."""
        if busy:
            self._held = [
                widget for widget in self.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if widget is not self.status and widget.isEnabled()]
            for widget in self._held:
                widget.setEnabled(False)
        else:
            for widget in getattr(self, "_held", []):
                widget.setEnabled(True)
            self._held = []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(FirstRunPage):
    """(a) The interface language; choosing one applies it at once. A provisioning file
    found at start is announced here (or why it was refused)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self._provisioned: Provisioning | None = None
        self._refused: tuple[Path, str] | None = None
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for code, name in LANGUAGE_NAMES:
            button = QRadioButton(name, self)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == language)
            button.toggled.connect(
                lambda checked, code=code: checked and self.wizard().set_language(code))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        self.notice = Notice(self)  # made after the choices: they come first in tab order
        layout.addSpacing(12)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self.group.checkedButton().setFocus()

    def choose(self, language: str) -> None:
        """Select `language` as if the person had (it applies at once)."""
        self.buttons[language].setChecked(True)

    def show_provisioned(self, found: Provisioning) -> None:
        """Say that the file found at start was read (what it fills in comes later)."""
        self._provisioned, self._refused = found, None
        self._show_provisioning()

    def show_refused(self, path: Path, reason: str) -> None:
        """Say why the file found at start is not used (`reason`: the core's sentence)."""
        self._provisioned, self._refused = None, (path, reason)
        self._show_provisioning()

    def _show_provisioning(self) -> None:
        if self._refused is not None:
            path, reason = self._refused
            self.notice.show_message(
                Level.WARNING, self.tr("No se usó el archivo de aprovisionamiento"),
                reason + " " + self.tr(
                    "Puede seguir sin él: escriba la dirección del servidor y el código que "
                    "le dé su coordinador(a), o trabaje sin conexión.") + "\n"
                + self.tr("Archivo: {path}").format(path=path))
        elif self._provisioned is not None:
            found = self._provisioned
            self.notice.show_message(
                Level.INFO,
                self.tr("Configuración de «{org}»").format(org=found.organization_name),
                self.tr("Este computador recibió el archivo de aprovisionamiento de su "
                        "organización: la dirección del servidor y el código de inscripción "
                        "ya vendrán escritos en el paso «Cómo va a trabajar».")
                if found.enrolment_code else
                self.tr("Este computador recibió el archivo de aprovisionamiento de su "
                        "organización: la dirección del servidor ya vendrá escrita en el "
                        "paso «Cómo va a trabajar»."))
        else:
            self.notice.clear()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bienvenida"))
        self.intro.setText(self.tr(
            "Participa+ le ayuda a registrar talleres, asistencia y acuerdos, con o sin "
            "conexión a internet. Primero, elija el idioma de la aplicación (podrá "
            "cambiarlo después en Archivo › Preferencias)."))
        self._show_provisioning()


class DataFilePage(FirstRunPage):
    """(b) Where the data lives: a new file (at the default place, or another) or an
    existing one. Going on opens (or creates) the file on the task runner."""

    def __init__(self, notice: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        """`notice()`: why the wizard is shown again (in the current language), if it is."""
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.notice = Notice(self)
        self._notice = notice

        self.new_radio = QRadioButton(self)
        self.new_radio.setObjectName("create_new")
        self.new_edit = QLineEdit(str(paths.default_database()), self)
        self.new_edit.setObjectName("new_path")
        self.new_label = QLabel(self)
        self.new_label.setBuddy(self.new_edit)
        self.change_button = QPushButton(self)
        self.change_button.clicked.connect(self._choose_new)

        self.open_radio = QRadioButton(self)
        self.open_radio.setObjectName("open_existing")
        self.open_edit = QLineEdit(self)
        self.open_edit.setObjectName("open_path")
        self.open_label = QLabel(self)
        self.open_label.setBuddy(self.open_edit)
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self._choose_existing)

        self.error = error_label(self, "path")
        self.status = WorkStatus(self)

        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.open_radio)
        self.new_radio.toggled.connect(self._enable)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.new_radio)
        layout.addLayout(_indented(self.new_label, self.new_edit, self.change_button))
        layout.addWidget(self.open_radio)
        layout.addLayout(_indented(self.open_label, self.open_edit, self.choose_button))
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addStretch(1)

        default = paths.default_database()
        if default.exists():  # a file from an earlier install: offer it first
            self.open_edit.setText(str(default))
            self.open_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
        self._enable()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Archivo de datos"))
        self.intro.setText(self.tr(
            "Todo lo que registre se guarda en un archivo de datos en este computador. "
            "Cree uno nuevo (en la carpeta de datos, o en otro lugar) o abra uno que ya "
            "tenga."))
        if self._notice is not None:
            self.notice.show_message(Level.WARNING, self.tr("Atención"), self._notice())
        self.new_radio.setText(self.tr("Crear un archivo nue&vo"))
        self.new_label.setText(self.tr("&Ubicación:"))
        self.change_button.setText(self.tr("Cam&biar…"))
        self.open_radio.setText(self.tr("Abrir un archivo e&xistente…"))
        self.open_label.setText(self.tr("Arc&hivo:"))
        self.open_edit.setPlaceholderText(self.tr("elija el archivo con «Elegir…»"))
        self.choose_button.setText(self.tr("E&legir…"))

    @property
    def creating(self) -> bool:
        return self.new_radio.isChecked()

    def _enable(self) -> None:
        for widget in (self.new_label, self.new_edit, self.change_button):
            widget.setEnabled(self.creating)
        for widget in (self.open_label, self.open_edit, self.choose_button):
            widget.setEnabled(not self.creating)

    def _choose_new(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Dónde crear el archivo de datos"), self.new_edit.text(),
            self._file_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.new_edit.setText(name)

    def _choose_existing(self) -> None:
        start = self.open_edit.text() or str(paths.data_folder())
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Abrir un archivo de datos"), start, self._file_filter())
        if name:
            self.open_edit.setText(name)
            self.open_radio.setChecked(True)

    def _file_filter(self) -> str:
        return self.tr("Archivos de datos de Participa+ (*.sqlite);;Todos los archivos (*)")

    def typed_path(self) -> Path | None:
        """The path in the active field as the file will be named (None when empty)."""
        text = (self.new_edit if self.creating else self.open_edit).text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if self.creating and not path.suffix:
            path = path.with_suffix(DATA_FILE_SUFFIX)
        return path

    def chosen_path(self) -> Path | None:
        """The file chosen, or None (the problem shown beside the field)."""
        path = self.typed_path()
        if path is None:
            return self._problem(self.tr("Escriba o elija la ubicación del archivo."))
        if not path.is_absolute():
            return self._problem(self.tr(
                "Escriba la ubicación completa del archivo, por ejemplo «{example}»."
            ).format(example=paths.default_database()))
        if self.creating and path.exists():
            return self._problem(self.tr(
                "Ya existe un archivo en «{path}». Para usarlo, elija «Abrir un archivo "
                "existente»; para empezar de cero, cambie la ubicación.").format(path=path))
        if not self.creating and not path.is_file():
            return self._problem(self.tr("No se encontró el archivo «{path}».").format(path=path))
        return path

    def _problem(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        (self.new_edit if self.creating else self.open_edit).setFocus()
        return None

    def validatePage(self) -> bool:
        wizard = self.wizard()
        self.error.setVisible(False)
        if wizard.store is not None and wizard.store.path == self.typed_path():
            return True  # opened already (just now, or the user came back and went on)
        path = self.chosen_path()
        if path is None:
            return False
        wizard.close_store()
        creating = self.creating
        self.status.busy(self.tr("Abriendo el archivo de datos…") if not creating
                         else self.tr("Creando el archivo de datos…"))
        wizard.work(lambda _task: Store.open(path),
                    on_done=lambda store: self._opened(store, creating),
                    on_error=self._failed, page=self)
        return False

    def _opened(self, store: Store, created: bool) -> None:
        self.status.clear()
        self.wizard().store = store
        self.wizard().created = created

    def _failed(self, error: BaseException) -> bool:
        self.status.clear()
        if isinstance(error, StoreError):
            message = str(error)
        elif isinstance(error, OSError):
            message = self.tr("No se pudo crear ni abrir «{path}»: {reason}. Elija otra "
                              "ubicación.").format(path=error.filename or "",
                                                   reason=error.strerror or error)
        else:
            return False
        self._problem(message)
        return True


def _indented(label: QLabel, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(24, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row
