"""Undo and redo of an edit that is already saved: undo writes back the values the record
had before, redo the values it had after (each through the task runner's writer lane),
and then tells the screens the data changed; a write that fails is shown and leaves the
stack (`undo.WriteCommand`).

    command = EditCommand.between(context, text, update, before_record, after_record,
                                  tables=("participant",))
    if command is not None:          # None when nothing really changed
        context.undo_stack.push(command)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from ..context import AppContext
from ..undo import SavedEdit, Update


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


class EditCommand(SavedEdit):
    """Pushed after the edit was saved: the stack's first `redo()` does nothing; undo
    writes the values before, redo the values after (see `undo.SavedEdit`)."""

    def __init__(self, context: AppContext, text: str, update: Update, record_id: str,
                 before: Mapping[str, Any], after: Mapping[str, Any],
                 tables: Sequence[str]) -> None:
        super().__init__(context, text, update, record_id, dict(before), dict(after), tables)

    @classmethod
    def between(cls, context: AppContext, text: str, update: Update, before: Any, after: Any,
                tables: Sequence[str]) -> EditCommand | None:
        """The command that undoes the change from record `before` to record `after`, or
        None when they hold the same values."""
        old, new = record_changes(before, after)
        if not new:
            return None
        return cls(context, text, update, after.id, old, new, tables)
