"""The task runner: work off the GUI thread, results back on it, writes in order, callbacks
of a destroyed owner skipped, unhandled failures reported."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QApplication

from participa_desktop.ui.tasks import TaskRunner


def test_results_come_back_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(task):
        seen["worker"] = threading.current_thread()
        task.progress("paso", 1, 2)
        return 42

    def done(value):
        seen["done_thread"] = QThread.currentThread()
        seen["value"] = value

    with qtbot.waitSignal(runner.idle):
        runner.run(work, on_done=done,
                   on_progress=lambda *a: seen.setdefault("progress", a))
    assert seen["worker"] is not threading.main_thread()
    assert seen["done_thread"] is QApplication.instance().thread()
    assert seen["value"] == 42 and seen["progress"] == ("paso", 1, 2)


def test_writes_reach_the_database_in_the_order_they_were_asked(qtbot):
    runner = TaskRunner(max_threads=4)
    order: list[int] = []

    def write(number: int):
        def work(_task):
            time.sleep(0.02 if number % 2 == 0 else 0)  # the even ones are slower
            order.append(number)
        return work

    with qtbot.waitSignal(runner.idle):
        for number in range(8):
            runner.write(write(number))
    assert order == list(range(8))


def test_callbacks_of_a_destroyed_owner_are_skipped(qtbot):
    runner = TaskRunner()
    owner = QObject()
    release = threading.Event()
    called: list[object] = []
    runner.run(lambda _task: release.wait(5), on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: _deleted(owner))
    with qtbot.waitSignal(runner.idle):
        release.set()
    assert called == []


def _deleted(obj: QObject) -> bool:
    from shiboken6 import isValid
    return not isValid(obj)


def test_a_failure_nobody_handles_is_reported(qtbot):
    runner = TaskRunner()

    def boom(_task):
        raise RuntimeError("algo se rompió")

    with qtbot.waitSignal(runner.unexpected) as reported:
        runner.run(boom)
    assert str(reported.args[0]) == "algo se rompió"


def test_a_handled_failure_goes_to_its_handler_only(qtbot):
    runner = TaskRunner()
    handled: list[BaseException] = []
    unexpected: list[object] = []
    runner.unexpected.connect(unexpected.append)

    def boom(_task):
        raise ValueError("dato malo")

    with qtbot.waitSignal(runner.idle):
        runner.write(boom, on_error=handled.append)
    assert [str(e) for e in handled] == ["dato malo"] and unexpected == []
