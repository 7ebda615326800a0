"""The one task runner: every database or network call of the UI runs here, off the GUI
thread, and its outcome comes back by signal (STYLE.md, after Anki's QueryOp).

    runner.run(work, on_done=show, on_error=explain, on_progress=bar.update, owner=self)
    runner.write(work, on_done=refresh, owner=self)

`work(task)` runs on a worker thread and receives a `Task`: it may report progress and
must poll `task.cancelled()`; it must not touch any widget. `on_done(result)`,
`on_error(exception)` and `on_progress(what, done, total)` run on the GUI thread.

`run` is for reads and long jobs (sync, exports); `write` is the one writer lane: edits
run one at a time in the order they were asked for, so "mark present" then "undo" reach
the database in that order. When `owner` (a widget or model) has been destroyed by the
time the work ends, its callbacks are skipped. A failure with no `on_error` goes to the
runner's `unexpected` signal (the main window shows the error dialog and logs it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid


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
    #: A failure no caller handles: (exception).
    unexpected = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self.writer = QThreadPool(self)
        self.writer.setMaxThreadCount(1)
        self._running: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, work: Callable[[Task], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            on_progress: Callable[[str, int, int], None] | None = None,
            owner: QObject | None = None) -> Task:
        """Start `work` on the pool; returns its Task (to cancel it)."""
        return self._start(self.pool, work, on_done, on_error, on_progress, owner)

    def write(self, work: Callable[[Task], Any], *,
              on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None,
              owner: QObject | None = None) -> Task:
        """Start `work` on the writer lane: after every write asked for before it."""
        return self._start(self.writer, work, on_done, on_error, None, owner)

    def _start(self, pool: QThreadPool, work: Callable[[Task], Any],
               on_done: Callable[[Any], None] | None,
               on_error: Callable[[BaseException], None] | None,
               on_progress: Callable[[str, int, int], None] | None,
               owner: QObject | None) -> Task:
        signals = _Signals()  # lives in the GUI thread: its signals reach us queued
        task = Task(signals)
        if on_done is not None:
            signals.done.connect(_guarded(on_done, owner))
        if on_error is not None:
            signals.failed.connect(_guarded(on_error, owner))
        else:
            signals.failed.connect(self.unexpected)
        if on_progress is not None:
            signals.progress.connect(_guarded(on_progress, owner))
        # A bound slot, not a lambda: the connection dies with the runner if the window
        # goes away while the work is still running.
        signals.finished.connect(self._finished)
        self._running.add(signals)
        self.started.emit()
        pool.start(_Runnable(work, signals, task))
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
        writes_done = self.writer.waitForDone(milliseconds)
        return self.pool.waitForDone(milliseconds) and writes_done


def _guarded(callback: Callable[..., None], owner: QObject | None) -> Callable[..., None]:
    if owner is None:
        return callback

    def call(*args: Any) -> None:
        if isValid(owner):
            callback(*args)

    return call
