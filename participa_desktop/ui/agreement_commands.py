"""Undo and redo of an agreement edit (Ctrl+Z / Ctrl+Shift+Z in the Edit menu)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from participa_desktop.core.services import agreements

from .context import AppContext
from .undo import SavedEdit


class EditAgreementCommand(SavedEdit):
    """An edit that the form has already saved: `undo()` writes the previous values of the
    changed fields back, `redo()` the new ones (see `undo.SavedEdit`; a write that fails,
    the agreement deleted meanwhile say, is shown and leaves the stack)."""

    def __init__(self, context: AppContext, agreement_id: str,
                 before: Mapping[str, Any], after: Mapping[str, Any], summary: str) -> None:
        super().__init__(
            context, QCoreApplication.translate(
                "EditAgreementCommand", "editar el acuerdo «{summary}»").format(summary=summary),
            agreements.update_agreement, agreement_id, dict(before), dict(after),
            ("agreement",))
