"""The one task runner: every database or network call of the UI runs here, off the GUI
thread, and its outcome comes back by signal (STYLE.md, after Anki's QueryOp).

    runner.run(work, on_done=show, on_error=explain, on_progress=bar.update)

`work(task)` runs on a worker thread and receives a `Task`: it may report progress and
must poll `task.cancelled()`; it must not touch any widget. `on_done(result)`,
`on_error(exception)` and `on_progress(what, done, total)` run on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task:
    """What a piece of work sees of its run: progress out, cancel in."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, what: str, done: int, total: int) -> None:
        self._signals.progress.emit(what, done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, int, int)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Task], Any], signals: _Signals, task: Task) -> None:
        super().__init__()
        self.work = work
        self.signals = signals
        self.task = task

    def run(self) -> None:
        try:
            result = self.work(self.task)
        except Exception as error:  # every failure goes to the GUI thread
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)
        finally:
            self.signals.finished.emit()


class TaskRunner(QObject):
    """Runs work on a thread pool; `busy` tells whether any is running (for tests and for
    closing the window safely)."""

    started = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._running: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, work: Callable[[Task], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[str, int, int], None] | None = None) -> Task:
        """Start `work` on the pool; returns its Task (to cancel it)."""
        signals = _Signals()  # lives in the GUI thread: its signals reach us queued
        task = Task(signals)
        if on_done is not None:
            signals.done.connect(on_done)
        if on_error is not None:
            signals.failed.connect(on_error)
        if on_progress is not None:
            signals.progress.connect(on_progress)
        # A bound slot, not a lambda: the connection dies with the runner if the window
        # goes away while the work is still running.
        signals.finished.connect(self._finished)
        self._running.add(signals)
        self.started.emit()
        self.pool.start(_Runnable(work, signals, task))
        return task

    @Slot()
    def _finished(self) -> None:
        signals = self.sender()
        self._running.discard(signals)
        signals.deleteLater()
        if not self._running:
            self.idle.emit()

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until every task is done (when the window closes)."""
        return self.pool.waitForDone(milliseconds)
