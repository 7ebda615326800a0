"""The lazy table model: ids first, rows loaded by block off the GUI thread, stale blocks
ignored, checked by Qt's model tester."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from participa_desktop.ui.table_model import ID_ROLE, LOADING, Column, LazyTableModel
from participa_desktop.ui.tasks import TaskRunner

COLUMNS = [
    Column(header=lambda: "Nombre", display=lambda row: row["name"]),
    Column(header=lambda: "Edad", display=lambda row: str(row["age"]), align_right=True,
           background=lambda row: "#fde2e2" if row["age"] > 60 else None),
]


def _people(count: int) -> dict[str, dict]:
    return {f"id{n:05}": {"name": f"Persona {n}", "age": n % 90} for n in range(count)}


def test_rows_load_off_the_gui_thread_by_block(qtbot, qtmodeltester):
    people = _people(250)
    threads: list[threading.Thread] = []
    asked: list[int] = []

    def fetch(ids):
        threads.append(threading.current_thread())
        asked.append(len(ids))
        return {i: people[i] for i in ids}

    model = LazyTableModel(TaskRunner(), COLUMNS, fetch)
    model.set_ids(sorted(people))
    qtmodeltester.check(model)

    assert model.rowCount() == 250 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Edad"
    first = model.index(0, 0)
    assert model.data(first) == LOADING
    assert model.data(first, ID_ROLE) == "id00000"
    qtbot.waitUntil(lambda: model.data(first) == "Persona 0")
    assert asked[:1] == [LazyTableModel.BLOCK]
    assert all(t is not threading.main_thread() for t in threads)
    assert model.data(model.index(61, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.BackgroundRole) is None
    # The last block is loaded only when asked for.
    assert model.record_at(249) is None
    model.data(model.index(249, 0))
    qtbot.waitUntil(lambda: model.record_at(249) is not None)


def test_a_block_for_an_older_search_is_ignored(qtbot):
    release = threading.Event()

    def slow_fetch(ids):
        release.wait(5)
        return {i: {"name": "viejo", "age": 1} for i in ids}

    runner = TaskRunner()
    model = LazyTableModel(runner, COLUMNS, slow_fetch)
    model.set_ids(["a", "b"])
    model.data(model.index(0, 0))  # asks for the block
    model.set_ids(["a"], rows={"a": {"name": "nuevo", "age": 2}})
    with qtbot.waitSignal(runner.idle):
        release.set()
    assert model.data(model.index(0, 0)) == "nuevo"


def test_a_row_gone_since_the_search_shows_empty(qtbot):
    model = LazyTableModel(TaskRunner(), COLUMNS, lambda ids: {})
    model.set_ids(["gone"])
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: not model.is_loading())
    assert model.data(model.index(0, 0)) == ""
    assert model.row_of("gone") == 0 and model.row_of("other") == -1
