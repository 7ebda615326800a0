"""Undo and redo of an agreement edit (Ctrl+Z / Ctrl+Shift+Z in the Edit menu)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from participa_desktop.core.services import agreements

from .context import AppContext


class EditAgreementCommand(QUndoCommand):
    """An edit that the form has already saved: `undo()` writes the previous values of the
    changed fields back, `redo()` the new ones, each on the writer lane, then tells the
    screens that agreements changed. The first `redo()` (the one `QUndoStack.push` makes)
    does nothing, since the edit is already in the file. A write that fails (the agreement
    was deleted meanwhile, say) reaches the runner's error dialog."""

    def __init__(self, context: AppContext, agreement_id: str,
                 before: Mapping[str, Any], after: Mapping[str, Any], summary: str) -> None:
        super().__init__(QCoreApplication.translate(
            "EditAgreementCommand", "editar el acuerdo «{summary}»").format(summary=summary))
        self._context = context
        self._agreement_id = agreement_id
        self._before = dict(before)
        self._after = dict(after)
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, values: dict[str, Any]) -> None:
        context, agreement_id = self._context, self._agreement_id

        def work(_task: object) -> None:
            with context.store.unit_of_work() as session:
                agreements.update_agreement(session, agreement_id, values)

        context.runner.write(work, on_done=lambda _result: context.changed("agreement"),
                             owner=context.hub)
