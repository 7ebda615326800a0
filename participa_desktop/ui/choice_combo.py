"""Filling a filter's pick list: an "all" item first, then the choices read from the core."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

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
