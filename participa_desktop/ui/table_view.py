"""The one way the app sets up a table of data: read-only, a whole row selected at a time,
one line per row, Tab leaving the table (arrows move inside it), columns of a starting
width that the user can resize, one column taking the room left."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def set_up_table(view: QTableView, *, widths: Sequence[int] | Mapping[int, int] = (),
                 stretch: int | None = None, alternate: bool = True,
                 wrap: bool = False) -> None:
    """Give `view` the app's table behaviour (see the module docstring). `widths`: pixels
    of the first columns (a sequence) or of some columns (column → width); `stretch`: the
    column that takes the room left (None: the last one); `alternate`: rows in alternating
    colours; `wrap`: long texts wrap onto more lines instead of being cut."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternate)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    sized = widths.items() if isinstance(widths, Mapping) else enumerate(widths)
    for column, width in sized:
        header.resizeSection(column, width)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def make_table(parent: QWidget, model: QAbstractItemModel, *, name: str = "",
               widths: Sequence[int] | Mapping[int, int] = (), stretch: int | None = None,
               alternate: bool = True, wrap: bool = False) -> QTableView:
    """A new table view over `model`, named `name` (tests find it by name), set up by
    `set_up_table`."""
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    set_up_table(view, widths=widths, stretch=stretch, alternate=alternate, wrap=wrap)
    return view
