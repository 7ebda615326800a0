"""Reads asked for often: one read for the asks of one event-loop turn, one more read (and
only its result) for the asks made while a read runs, failures passed on."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from participa_desktop.ui.coalesced_read import CoalescedRead
from participa_desktop.ui.tasks import TaskRunner


class Reader:
    """Counts reads; each read returns its number, and waits for `gate` while it is set."""

    def __init__(self, fail: bool = False) -> None:
        self.owner = QObject()
        self.started = 0
        self.gate = threading.Event()
        self.gate.set()
        self.results: list[int] = []
        self.errors: list[BaseException] = []
        self.busy: list[bool] = []
        self.fail = fail
        self.runner = TaskRunner()
        self.reads = CoalescedRead(self.runner, self.make_work, self.results.append,
                                   self.errors.append, self.owner)
        self.reads.busy_changed.connect(self.busy.append)

    def make_work(self):
        self.started += 1
        number = self.started

        def work(_task) -> int:
            self.gate.wait(30)
            if self.fail:
                raise RuntimeError("sin disco")
            return number

        return work


def test_the_asks_of_one_turn_make_one_read(qtbot):
    reader = Reader()
    for _ in range(5):
        reader.reads.ask()
    qtbot.waitUntil(lambda: reader.results == [1])
    qtbot.waitUntil(lambda: not reader.runner.busy)
    assert reader.started == 1
    assert reader.busy == [True, False]
    assert not reader.reads.running


def test_asks_while_reading_make_one_more_read_whose_result_alone_is_shown(qtbot):
    reader = Reader()
    reader.gate.clear()
    reader.reads.ask()
    qtbot.waitUntil(lambda: reader.reads.running)
    for _ in range(3):
        reader.reads.ask()
        qtbot.wait(20)  # each ask in a turn of its own
    reader.gate.set()
    qtbot.waitUntil(lambda: reader.results == [2])
    qtbot.waitUntil(lambda: not reader.runner.busy)
    assert reader.started == 2
    assert reader.busy == [True, False]


def test_a_failure_is_passed_on_and_nothing_stays_pending(qtbot):
    reader = Reader(fail=True)
    reader.reads.ask()
    qtbot.waitUntil(lambda: len(reader.errors) == 1)
    assert str(reader.errors[0]) == "sin disco"
    assert reader.results == [] and reader.busy == [True, False]
    assert not reader.reads.running
