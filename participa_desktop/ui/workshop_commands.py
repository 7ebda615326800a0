"""Undo and redo of a workshop edit (Ctrl+Z / Ctrl+Shift+Z in the Edit menu)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from participa_desktop.core.services import workshops

from .context import AppContext


class WorkshopState:
    """The part of a workshop an edit changed: some of its fields and, when they changed,
    its component ids (None: the components were not touched)."""

    def __init__(self, values: Mapping[str, Any], components: Sequence[str] | None) -> None:
        self.values = dict(values)
        self.components = None if components is None else list(components)


class EditWorkshopCommand(QUndoCommand):
    """An edit the form has already saved: `undo()` writes the previous values back,
    `redo()` the new ones, each on the writer lane, then tells the screens that workshops
    changed. The first `redo()` (the one `QUndoStack.push` makes) does nothing, since the
    edit is already in the file. A write that fails (the workshop was deleted meanwhile,
    say) reaches the runner's error dialog."""

    def __init__(self, context: AppContext, workshop_id: str, before: WorkshopState,
                 after: WorkshopState, title: str) -> None:
        super().__init__(QCoreApplication.translate(
            "EditWorkshopCommand", "editar el taller «{title}»").format(title=title))
        self._context = context
        self._workshop_id = workshop_id
        self._before = before
        self._after = after
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, state: WorkshopState) -> None:
        context, workshop_id = self._context, self._workshop_id

        def work(_task: object) -> None:
            with context.store.unit_of_work() as session:
                if state.values:
                    workshops.update_workshop(session, workshop_id, state.values)
                if state.components is not None:
                    workshops.set_components(session, workshop_id, state.components)

        context.runner.write(work, on_done=lambda _result: context.changed("workshop"),
                             owner=context.hub)
