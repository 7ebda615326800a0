"""The coordinator's review decisions as undoable edits (Ctrl+Z / Ctrl+Shift+Z): restoring
an archived value (undo restores the value it replaced), linking two rows as one person
and unlinking them (each the other's undo).

Each `redo()`/`undo()` queues one unit of work on the runner's writer lane, then tells the
screens which tables changed and calls back the tab that asked (to reload its list).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from participa_desktop.core.services import conflicts, duplicates

from .context import AppContext
from .undo import Edit, WriteCommand


class ReviewEdit(WriteCommand):
    """`forward` on redo, `backward` on undo, each in its own unit of work on a worker.
    `written(redone)` runs on the GUI thread after a write succeeded (`redone` false after
    an undo), `failed(error)` when it raised (the tab shows expected errors in its
    notice; the command leaves the stack: `undo.WriteCommand`)."""

    def __init__(self, context: AppContext, owner: QObject, text: str, forward: Edit,
                 backward: Edit, tables: tuple[str, ...], *, written: Callable[[bool], None],
                 failed: Callable[[BaseException], None]) -> None:
        super().__init__(context, text, tables, owner=owner)
        self.forward = forward
        self.backward = backward
        self._written = written
        self._failed_write = failed

    def edit(self, redone: bool) -> Edit:
        return self.forward if redone else self.backward

    def written(self, redone: bool, result: object) -> None:
        super().written(redone, result)
        self._written(redone)

    def write_failed(self, redone: bool, error: BaseException, text: str) -> None:
        self._failed_write(error)


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
