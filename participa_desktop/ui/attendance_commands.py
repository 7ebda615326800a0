"""Undoable attendance edits: marking a person present and removing them from a workshop's
attendance, as `QUndoCommand`s on the app's undo stack (Ctrl+Z / Ctrl+Shift+Z).

Each `redo()`/`undo()` queues one write on the task runner's writer lane (so a mark and
its undo reach the database in the order they were asked for), then tells the screens
that attendance changed (`undo.WriteCommand`). Undo restores exactly what was there
before: no row, or the earlier status and arrival time (a person first marked "excused"
goes back to excused).
`PendingMarks` keeps the changes not yet read back, for a count that never lags.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from participa_desktop.core.services import NotFound, attendance

from .context import AppContext
from .undo import Edit, WriteCommand


@dataclass(frozen=True)
class AttendanceState:
    """A person's attendance at one workshop (None stands for "no live row")."""

    status: str
    arrival_time: dt.time | None


def arrival_now() -> dt.time:
    """The arrival time recorded when a person is marked present: now, to the minute."""
    return dt.datetime.now().time().replace(second=0, microsecond=0)


def write_state(session: Session, workshop_id: str, participant_id: str,
                state: AttendanceState | None) -> None:
    """Make the person's attendance `state` (runs on a worker, in a unit of work).

    Removing a row that is already gone is not an error (another device or an earlier
    undo removed it). Raises NotFound when the workshop or the person no longer exists,
    ValidationError for a bad status."""
    if state is None:
        with contextlib.suppress(NotFound):
            attendance.unmark(session, workshop_id, participant_id)
    else:
        attendance.mark(session, workshop_id, participant_id, state.status,
                        state.arrival_time)


#: (workshop id, participant id, state being written): a write was just queued.
Applying = Callable[[str, str, "AttendanceState | None"], None]
#: (workshop id, participant id): a write finished, whether it succeeded or not.
Written = Callable[[str, str], None]


class AttendanceChange(WriteCommand):
    """Change one person's attendance at `workshop_id` from `before` to `after` (None: no
    row).

    `applying(workshop_id, participant_id, state)` runs (on the GUI thread) as each write
    is queued, `written(workshop_id, participant_id)` after it finished (whether it
    succeeded or not), `failed(error)` when it raised (the command then leaves the stack:
    `undo.WriteCommand`). The workshop is passed on because an undo may come after the
    screen moved to another workshop. With `already_done`, the first `redo()` (the one
    `QUndoStack.push` makes) writes nothing: the change was saved by another write (a
    walk-in registered and marked present together)."""

    def __init__(self, context: AppContext, owner: QObject, workshop_id: str,
                 participant_id: str, before: AttendanceState | None,
                 after: AttendanceState | None, text: str, *,
                 applying: Applying, written: Written,
                 failed: Callable[[BaseException], None],
                 already_done: bool = False) -> None:
        super().__init__(context, text, ("attendance",), owner=owner,
                         already_done=already_done)
        self.workshop_id = workshop_id
        self.participant_id = participant_id
        self.before = before
        self.after = after
        self._applying = applying
        self._written = written
        self._failed_write = failed

    def edit(self, redone: bool) -> Edit:
        workshop_id, participant_id = self.workshop_id, self.participant_id
        state = self.after if redone else self.before
        return lambda session: write_state(session, workshop_id, participant_id, state)

    def applying(self, redone: bool) -> None:
        self._applying(self.workshop_id, self.participant_id,
                       self.after if redone else self.before)

    def written(self, redone: bool, result: object) -> None:
        self._written(self.workshop_id, self.participant_id)
        super().written(redone, result)

    def write_failed(self, redone: bool, error: BaseException, text: str) -> None:
        self._written(self.workshop_id, self.participant_id)
        self._failed_write(error)


class PendingMarks:
    """Marks and removals not yet read back from the database, so the count and the
    "already present" check follow each keystroke at once.

    A change is pending from the moment its write is queued (`applying`) until a roster
    read that started after the write finished has arrived (`written`, then `read_back`
    with that read's generation): only then does the roster itself show it."""

    def __init__(self) -> None:
        self._present: dict[str, bool] = {}
        self._written_at: dict[str, int] = {}

    def clear(self) -> None:
        self._present.clear()
        self._written_at.clear()

    def applying(self, participant_id: str, state: AttendanceState | None) -> None:
        self._present[participant_id] = state is not None and state.status == "present"
        self._written_at.pop(participant_id, None)

    def written(self, participant_id: str, generation: int) -> None:
        """The write finished while roster read `generation` was the latest."""
        self._written_at[participant_id] = generation

    def read_back(self, generation: int) -> None:
        """Roster read `generation` arrived: forget what it already shows."""
        for participant_id, written_at in list(self._written_at.items()):
            if generation > written_at:
                del self._written_at[participant_id]
                self._present.pop(participant_id, None)

    def present(self, participant_id: str) -> bool | None:
        """True or False while a change of the person is pending; None otherwise."""
        return self._present.get(participant_id)

    def apply_to(self, present: set[str]) -> set[str]:
        """`present` (ids read from the roster) with the pending changes applied."""
        result = set(present)
        for participant_id, is_present in self._present.items():
            if is_present:
                result.add(participant_id)
            else:
                result.discard(participant_id)
        return result
