"""Undo and redo of a workshop edit (Ctrl+Z / Ctrl+Shift+Z in the Edit menu)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from participa_desktop.core.services import workshops

from .context import AppContext
from .undo import SavedEdit


class WorkshopState:
    """The part of a workshop an edit changed: some of its fields and, when they changed,
    its component ids (None: the components were not touched)."""

    def __init__(self, values: Mapping[str, Any], components: Sequence[str] | None) -> None:
        self.values = dict(values)
        self.components = None if components is None else list(components)


class EditWorkshopCommand(SavedEdit):
    """An edit the form has already saved: `undo()` writes the previous values back,
    `redo()` the new ones (see `undo.SavedEdit`; a write that fails, the workshop deleted
    meanwhile say, is shown and leaves the stack)."""

    def __init__(self, context: AppContext, workshop_id: str, before: WorkshopState,
                 after: WorkshopState, title: str) -> None:
        super().__init__(
            context, QCoreApplication.translate(
                "EditWorkshopCommand", "editar el taller «{title}»").format(title=title),
            write_state, workshop_id, before, after, ("workshop",))


def write_state(session: Session, workshop_id: str, state: WorkshopState) -> None:
    """Give the workshop the fields and components of `state` (runs on a worker)."""
    if state.values:
        workshops.update_workshop(session, workshop_id, state.values)
    if state.components is not None:
        workshops.set_components(session, workshop_id, state.components)
