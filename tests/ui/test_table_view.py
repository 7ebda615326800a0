"""The one table set-up: read-only, one whole row selected, Tab leaves the table, starting
widths, one column taking the room left."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QVBoxLayout, QWidget

from participa_desktop.ui.table_view import make_table


def _model() -> QStandardItemModel:
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"{row}-{column}"))
    return model


def test_a_table_selects_whole_rows_and_cannot_be_edited(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    view = make_table(host, _model(), name="prueba", widths={0: 120, 2: 40}, stretch=1)
    assert view.objectName() == "prueba"
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.verticalHeader().isVisible() and not view.wordWrap()
    header = view.horizontalHeader()
    assert (header.sectionSize(0), header.sectionSize(2)) == (120, 40)
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive


def test_widths_from_the_first_column_and_the_last_one_stretching(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    view = make_table(host, _model(), widths=(70, 80), alternate=False, wrap=True)
    header = view.horizontalHeader()
    assert (header.sectionSize(0), header.sectionSize(1)) == (70, 80)
    assert header.stretchLastSection()
    assert view.wordWrap() and not view.alternatingRowColors()


def test_tab_leaves_the_table(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    view = make_table(host, _model())
    after = QLineEdit(host)
    layout.addWidget(view)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
