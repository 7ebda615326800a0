"""A read that a view asks for often (after every data change, a checkbox, a button) and
runs one at a time on the task runner: the asks of one event-loop turn make one read, and
asks made while a read runs make one more read after it, whose result alone is shown.

    self.reads = CoalescedRead(context.runner, self._work, self._loaded, self._failed, self)
    self.reads.ask()
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .tasks import Task, TaskRunner


class CoalescedRead(QObject):
    """`make_work()` runs on the GUI thread as each read starts and returns the work for
    the runner (take what it needs from widgets there, not in the work). `on_done(result)`
    gets the result of the last read asked for (a result made stale by a newer ask is
    dropped); `on_error(error)` gets a failure, after which no read is pending. Both run
    on the GUI thread, skipped once `parent` (the owner) is destroyed. `busy_changed(busy)`
    tells when reading starts and when the last read is over."""

    busy_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, make_work: Callable[[], Callable[[Task], Any]],
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._runner = runner
        self._make_work = make_work
        self._on_done = on_done
        self._on_error = on_error
        self.running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)

    def ask(self) -> None:
        """Read again soon (see the module docstring)."""
        self._timer.start()

    def _start(self) -> None:
        if self.running:
            self._again = True
            return
        self.running = True
        self.busy_changed.emit(True)
        self._run()

    def _run(self) -> None:
        self._runner.run(self._make_work(), on_done=self._done, on_error=self._failed,
                         owner=self)

    def _done(self, result: Any) -> None:
        if self._again:
            self._again = False
            self._run()
            return
        self.running = False
        self.busy_changed.emit(False)
        self._on_done(result)

    def _failed(self, error: BaseException) -> None:
        self.running = self._again = False
        self.busy_changed.emit(False)
        self._on_error(error)
