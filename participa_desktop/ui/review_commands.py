"""The coordinator's review decisions as undoable edits (Ctrl+Z / Ctrl+Shift+Z): restoring
an archived value (undo restores the value it replaced), linking two rows as one person
and unlinking them (each the other's undo).

Each `redo()`/`undo()` queues one unit of work on the runner's writer lane, then tells the
screens which tables changed and calls back the tab that asked (to reload its list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from participa_desktop.core.services import conflicts, duplicates

from .context import AppContext

Edit = Callable[[Session], None]


class ReviewEdit(QUndoCommand):
    """`forward` on redo, `backward` on undo, each in its own unit of work on a worker.
    `written(redone)` runs on the GUI thread after a write succeeded (`redone` false after
    an undo), `failed(error)` when it raised (the tab shows expected errors in its
    notice)."""

    def __init__(self, context: AppContext, owner: QObject, text: str, forward: Edit,
                 backward: Edit, tables: tuple[str, ...], *, written: Callable[[bool], None],
                 failed: Callable[[BaseException], None]) -> None:
        super().__init__(text)
        self.context = context
        self.owner = owner
        self.forward = forward
        self.backward = backward
        self.tables = tables
        self._written = written
        self._failed = failed

    def redo(self) -> None:
        self._write(self.forward, True)

    def undo(self) -> None:
        self._write(self.backward, False)

    def _write(self, edit: Edit, redone: bool) -> None:
        store = self.context.store

        def work(_task: object) -> None:
            with store.unit_of_work() as session:
                edit(session)

        self.context.runner.write(work, on_done=lambda _result: self._done(redone),
                                  on_error=self._failed, owner=self.owner)

    def _done(self, redone: bool) -> None:
        self.context.changed(*self.tables)
        self._written(redone)


def restore_value(context: AppContext, owner: QObject, text: str,
                  conflict: conflicts.Conflict, value: conflicts.FieldValue, *,
                  written: Callable[[bool], None],
                  failed: Callable[[BaseException], None]) -> ReviewEdit:
    """Make `value` (an archived alternative of `conflict`) current; undo makes the value
    kept until then current again (the restore archived it)."""
    table, row_id, column = conflict.table, conflict.row_id, conflict.column
    chosen, kept = value.value_ver, conflict.kept.value_ver
    return ReviewEdit(
        context, owner, text,
        lambda session: conflicts.restore(session, table, row_id, column, chosen),
        lambda session: conflicts.restore(session, table, row_id, column, kept),
        (table,), written=written, failed=failed)


def link_people(context: AppContext, owner: QObject, text: str, first: str, second: str,
                *, linked: bool, written: Callable[[bool], None],
                failed: Callable[[BaseException], None]) -> ReviewEdit:
    """Link (`linked` true) or unlink two participant rows; undo does the opposite."""
    def link(session: Session) -> None:
        duplicates.link(session, first, second)

    def unlink(session: Session) -> None:
        duplicates.unlink(session, first, second)

    forward, backward = (link, unlink) if linked else (unlink, link)
    return ReviewEdit(context, owner, text, forward, backward, ("duplicate_link",),
                      written=written, failed=failed)
