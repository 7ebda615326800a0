"""Undoable edits (Ctrl+Z / Ctrl+Shift+Z in the Edit menu): a `QUndoCommand` whose `redo()`
and `undo()` each queue one unit of work on the task runner's writer lane, so an edit and
its undo reach the database in the order they were asked for.

    class RenameCommand(WriteCommand):
        def edit(self, redone: bool) -> Edit:             # on the GUI thread
            thing_id, name = self.thing_id, self.new if redone else self.old
            return lambda session: things.rename(session, thing_id, name)  # on a worker

A command whose write fails is never replayed: it is made obsolete (the stack then skips
it and deletes it when it reaches it) and, when it is the next one Undo or Redo would act
on, taken off the stack at once; then `write_failed` tells why (by default the warning of
`errors.show_error`). `SavedEdit` is the command of an edit a form has already saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid
from sqlalchemy.orm import Session

from . import errors
from .context import AppContext

#: What a command writes: runs on a worker, inside one unit of work.
Edit = Callable[[Session], Any]
#: A core update function: (session, record id, what to write) -> record.
Update = Callable[[Session, str, Any], Any]


class WriteCommand(QUndoCommand):
    """One undoable edit of `tables`. Subclasses give `edit(redone)`; the hooks
    `applying`, `written` and `write_failed` run on the GUI thread. Callbacks are skipped
    when `owner` (default: the app's hub) has been destroyed. With `already_done`, the
    first `redo()` (the one `QUndoStack.push` makes) writes nothing: the edit was saved by
    whoever pushed the command."""

    def __init__(self, context: AppContext, text: str, tables: Sequence[str], *,
                 owner: QObject | None = None, already_done: bool = False) -> None:
        super().__init__(text)
        self.context = context
        self.tables = tuple(tables)
        self.owner = owner if owner is not None else context.hub
        self._skip_next_redo = already_done

    def edit(self, redone: bool) -> Edit:
        """What to write: the edit (`redone`) or its undo. Called on the GUI thread; the
        function returned runs on a worker, so copy into it everything it needs."""
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._write(True)

    def undo(self) -> None:
        self._write(False)

    def _write(self, redone: bool) -> None:
        edit, store = self.edit(redone), self.context.store

        def work(_task: object) -> Any:
            with store.unit_of_work() as session:
                return edit(session)

        self.applying(redone)
        self.context.runner.write(
            work, on_done=lambda result: self.written(redone, result),
            on_error=lambda error: self._failed(redone, error), owner=self.owner)

    def _failed(self, redone: bool, error: BaseException) -> None:
        text = self.text() if isValid(self) else ""
        drop(self.context.undo_stack, self)
        self.write_failed(redone, error, text)

    # --- hooks ---------------------------------------------------------------------------

    def applying(self, redone: bool) -> None:
        """The write was just queued."""

    def written(self, redone: bool, result: Any) -> None:
        """The write succeeded: tell the screens showing `tables`."""
        self.context.changed(*self.tables)

    def write_failed(self, redone: bool, error: BaseException, text: str) -> None:
        """The write failed and the command (whose text was `text`) will not run again:
        show `error` in a warning (an unexpected one in the error dialog)."""
        box = errors.show_error(self._window(), error)
        if errors.user_message(error) is None or not text:
            return  # the unexpected-error dialog says what to do
        if redone:
            note = QCoreApplication.translate(
                "WriteCommand", "No se pudo rehacer «{action}»: los datos quedan como estaban.")
        else:
            note = QCoreApplication.translate(
                "WriteCommand", "No se pudo deshacer «{action}»: los datos quedan como "
                "estaban.")
        box.setInformativeText(note.format(action=text))

    def _window(self) -> QWidget | None:
        owner = self.owner
        if isinstance(owner, QWidget) and isValid(owner):
            return owner.window()
        parent = owner.parent() if isValid(owner) else None
        return parent if isinstance(parent, QWidget) else QApplication.activeWindow()


def drop(stack: QUndoStack, command: QUndoCommand) -> None:
    """Make sure `command`, whose write failed, never runs again: obsolete, the stack
    deletes it instead of running it; when it is the next command Undo or Redo would act
    on, it is taken off now. Nothing to do when it is gone."""
    if not isValid(command):  # the stack was cleared meanwhile
        return
    position = next((i for i in range(stack.count()) if stack.command(i) is command), None)
    if position is None:
        return
    command.setObsolete(True)
    if position == stack.index() - 1:
        stack.undo()  # obsolete: deleted, not undone
    elif position == stack.index():
        stack.redo()  # obsolete: deleted, not redone


class SavedEdit(WriteCommand):
    """An edit a form has already saved: `undo()` writes `before` back, `redo()` writes
    `after`, each through `update(session, record_id, …)`; then the screens showing
    `tables` reload. The first `redo()` writes nothing (the edit is in the file)."""

    def __init__(self, context: AppContext, text: str, update: Update, record_id: str,
                 before: Any, after: Any, tables: Sequence[str]) -> None:
        super().__init__(context, text, tables, already_done=True)
        self.update = update
        self.record_id = record_id
        self.before = before
        self.after = after

    def edit(self, redone: bool) -> Edit:
        update, record_id = self.update, self.record_id
        values = self.after if redone else self.before
        return lambda session: update(session, record_id, values)
