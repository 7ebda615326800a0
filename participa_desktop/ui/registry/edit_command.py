"""Undo and redo of an edit that is already saved: undo writes back the values the record
had before, redo the values it had after (each through the task runner's writer lane),
and then tells the screens the data changed.

    command = EditCommand.between(context, text, update, before_record, after_record,
                                  tables=("participant",))
    if command is not None:          # None when nothing really changed
        context.undo_stack.push(command)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from ..context import AppContext
from ..errors import show_error

#: A core update function: (session, record id, changes) -> record.
Update = Callable[[Session, str, Mapping[str, Any]], Any]


def record_changes(before: Any, after: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields (but the id) whose value differs between two records of one row: (their
    values before, their values after)."""
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for field in dataclasses.fields(before):
        if field.name == "id":
            continue
        was, now = getattr(before, field.name), getattr(after, field.name)
        if was != now:
            old[field.name], new[field.name] = was, now
    return old, new


class EditCommand(QUndoCommand):
    """Pushed after the edit was saved: the stack's first `redo()` does nothing."""

    def __init__(self, context: AppContext, text: str, update: Update, record_id: str,
                 before: Mapping[str, Any], after: Mapping[str, Any],
                 tables: Sequence[str]) -> None:
        super().__init__(text)
        self._context = context
        self._update = update
        self._record_id = record_id
        self._before = dict(before)
        self._after = dict(after)
        self._tables = tuple(tables)
        self._already_done = True

    @classmethod
    def between(cls, context: AppContext, text: str, update: Update, before: Any, after: Any,
                tables: Sequence[str]) -> EditCommand | None:
        """The command that undoes the change from record `before` to record `after`, or
        None when they hold the same values."""
        old, new = record_changes(before, after)
        if not new:
            return None
        return cls(context, text, update, after.id, old, new, tables)

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, values: dict[str, Any]) -> None:
        store, update, record_id = self._context.store, self._update, self._record_id
        context = self._context

        def work(_task: object) -> Any:
            with store.unit_of_work() as session:
                return update(session, record_id, values)

        context.runner.write(
            work, on_done=lambda _record: context.changed(*self._tables),
            on_error=lambda error: show_error(QApplication.activeWindow(), error))
