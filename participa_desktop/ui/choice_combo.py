"""A filter bar's pick lists: made with an "all" item first (`filter_combo`, with its
label from `buddy_label`), then filled with the choices read from the core (`refill`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from participa_desktop.core.services.choices import Choice


def refill(combo: QComboBox, items: Sequence[Choice], wanted: str | None,
           tooltips: bool = False) -> None:
    """Replace every item after the first ("all") by `items` (the name shown, the id as
    data) and choose `wanted`, or the first item when it is None or no longer offered.
    Emits no signal. `tooltips`: each name is also its tooltip (for lists whose long names
    are elided)."""
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for item in items:
            combo.addItem(item.name, item.id)
            if tooltips:
                combo.setItemData(combo.count() - 1, item.name, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted else 0)
    finally:
        combo.blockSignals(False)


def filter_combo(parent: QWidget, name: str, width: int) -> QComboBox:
    """An empty pick list named `name` whose only item is "all" (data None), about
    `width` characters wide and showing up to 20 items."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.addItem("", None)  # "all"
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(width)
    combo.setMaxVisibleItems(20)
    return combo


def buddy_label(parent: QWidget, buddy: QWidget) -> QLabel:
    """A label (text set on retranslation) whose mnemonic focuses `buddy`."""
    label = QLabel(parent)
    label.setBuddy(buddy)
    return label
