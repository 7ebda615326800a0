"""The first-run wizard: the language, the data file (new or existing), enrolling with a
server or working offline, and optional demo data; it ends with the data file open.

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
    empty, and is offered to be opened next time)."""

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

    # --- the outcome ----------------------------------------------------------------------

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
