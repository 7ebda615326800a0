"""The first-run wizard: the language, the data file (new or existing), enrolling with a
server or working offline, and optional demo data; it ends with the data file open. A
provisioning file shipped beside the built app (`core.provisioning`) pre-fills it.

    wizard = FirstRunWizard(runner, settings)
    wizard.accepted.connect(lambda: open_window(wizard.take_store()))
    wizard.open()

The wizard never blocks the window: opening the file, enrolling and loading demo data run
on the task runner while the wizard is busy (its buttons disabled, a progress bar on the
page), and the page goes on by itself when the work succeeds. Expected failures are shown
in red on the page, unexpected ones in the error dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget, QWizard

from participa_desktop.core import provisioning
from participa_desktop.core.provisioning import Provisioning, ProvisioningError
from participa_desktop.core.server_link import ServerLink
from participa_desktop.core.store import Store

from . import errors, i18n
from .first_run_pages import DataFilePage, FirstRunPage, LanguagePage
from .first_run_work import DemoPage, WorkModePage
from .settings import Settings
from .tasks import Task, TaskRunner

#: Qt's own button texts (context "QWizard"), looked up again when the language changes:
#: QWizard does not retranslate its buttons by itself. Not literals in tr() calls, so
#: lupdate leaves them to Qt's translation files.
_QT_BUTTON_TEXTS = {
    QWizard.WizardButton.BackButton: "< &Back",
    QWizard.WizardButton.NextButton: "&Next >",
    QWizard.WizardButton.FinishButton: "&Finish",
    QWizard.WizardButton.CancelButton: "Cancel",
}


class FirstRunWizard(QWizard):
    """Four pages (see `first_run_pages`). After `accepted`, `take_store()` hands over the
    open data file; when rejected, a file it opened is closed (a file it created stays,
    empty, and is offered to be opened next time).

    On start it looks for a provisioning file beside the built app
    (`provisioning.find_provisioning`); the person can also choose one on the work-mode
    page (`use_provisioning`)."""

    LANGUAGE, DATA_FILE, WORK_MODE, DEMO = range(4)

    def __init__(self, runner: TaskRunner, settings: Settings, *,
                 credentials_folder: Path | None = None,
                 notice: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.runner = runner
        self.settings = settings
        self.credentials_folder = credentials_folder
        #: The open data file, whether this wizard created it, its server link, and
        #: whether demo data went in: filled in as the pages succeed.
        self.store: Store | None = None
        self.created = False
        self.link: ServerLink | None = None
        self.demo_loaded = False
        #: The provisioning file in use (the last valid one read), if any.
        self.provisioning: Provisioning | None = None
        self.busy = False
        self._task: Task | None = None
        self._cancellable = False

        self.language_page = LanguagePage(settings.language, self)
        self.data_file_page = DataFilePage(notice, self)
        self.work_mode_page = WorkModePage(self)
        self.demo_page = DemoPage(self)
        self.setPage(self.LANGUAGE, self.language_page)
        self.setPage(self.DATA_FILE, self.data_file_page)
        self.setPage(self.WORK_MODE, self.work_mode_page)
        self.setPage(self.DEMO, self.demo_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(640, 480)
        self.resize(720, 540)
        self.retranslate()
        found = provisioning.find_provisioning()
        if found is not None:
            self.use_provisioning(found, at_start=True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Participa+: primeros pasos"))
        style = self.wizardStyle()
        if style == QWizard.WizardStyle.MacStyle:
            return  # its own words ("Continue", "Go Back"…); not a target of this app
        for button, source in _QT_BUTTON_TEXTS.items():
            if button == QWizard.WizardButton.NextButton \
                    and style == QWizard.WizardStyle.AeroStyle:
                source = "&Next"  # Windows' wizards have no arrow
            self.setButtonText(button, QCoreApplication.translate("QWizard", source))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what the pages use -------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Apply `language` to the whole app at once (this wizard included) and keep it."""
        i18n.apply_language(language)
        self.settings.language = language

    def work(self, work: Callable[[Task], Any], *, on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], bool], page: QWidget,
             on_progress: Callable[[str, int, int], None] | None = None,
             cancellable: bool = False) -> None:
        """Run `work` on the task runner while the wizard is busy. On success `on_done`
        runs and the wizard goes on (to the next page, or finishes on the last); on
        failure `on_error` shows the problem on the page and returns True, or returns
        False for an unexpected error (then the error dialog shows it). Cancel (or
        Escape) asks `cancellable` work to stop (it polls `task.cancelled()` and fails);
        other work cannot be abandoned halfway and Cancel waits for it."""

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)
            if self.currentId() == self.DEMO:
                self.accept()
            else:
                self.next()

        def failed(error: BaseException) -> None:
            self._set_busy(False)
            if not on_error(error):
                errors.show_error(self, error)

        self._task = self.runner.run(work, on_done=done, on_error=failed,
                                     on_progress=on_progress, owner=page)
        self._set_busy(True, cancellable=cancellable)

    def _set_busy(self, busy: bool, *, cancellable: bool = False) -> None:
        self.busy = busy
        if not busy:
            self._task = None
        page = self.currentPage()
        assert isinstance(page, FirstRunPage)
        page.hold(busy)
        page.completeChanged.emit()  # Next / Finish follow isComplete()
        if busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy or cancellable)
        self._cancellable = busy and cancellable

    def close_store(self) -> None:
        """Close the file opened so far (the user went back and chose another)."""
        if self.store is not None:
            self.store.close()
        self.store, self.created, self.link, self.demo_loaded = None, False, None, False

    def use_provisioning(self, path: Path, *, at_start: bool = False) -> bool:
        """Read the provisioning file at `path` (tiny: read here, on the GUI thread) and
        pre-fill the pages from it: the server and code on the work-mode page, the default
        implementation for new workshops (kept when the wizard is accepted) and, for the
        file found at start, the language unless one was chosen before. A file that cannot
        be used changes nothing: why is shown on the first page (at start) or on the
        work-mode page. Returns whether the file was used."""
        try:
            found = provisioning.read_provisioning(path)
        except ProvisioningError as error:
            page = self.language_page if at_start else self.work_mode_page
            page.show_refused(path, str(error))
            return False
        self.provisioning = found
        if at_start:
            self.language_page.show_provisioned(found)
            if found.language is not None and not self.settings.language_chosen:
                self.language_page.choose(found.language)
        self.work_mode_page.apply_provisioning(found)
        return True

    # --- the outcome ----------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: keep the provisioned default implementation (the file is open now)."""
        if self.provisioning is not None and self.provisioning.implementation_id:
            self.settings.default_implementation = self.provisioning.implementation_id
        super().accept()

    def take_store(self) -> Store:
        """The open data file, now the caller's to close (after `accepted`)."""
        store = self.store
        assert store is not None, "take_store() before the wizard was accepted"
        self.store = None
        return store

    def reject(self) -> None:
        """Cancel: stop cancellable work (the page says it stopped), wait for other work
        to end, else close the wizard and the file it opened."""
        if self.busy:
            if self._cancellable and self._task is not None:
                self._task.cancel()
                self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
                page = self.currentPage()
                if isinstance(page, FirstRunPage) and page.status is not None:
                    page.status.busy(self.tr("Cancelando…"))
            return
        self.close_store()
        super().reject()
