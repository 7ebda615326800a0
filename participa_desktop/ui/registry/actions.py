"""What the registry screens do the same way: open a form once its data is read, ask
before deleting, and delete through the writer lane.

A host is a widget with a `context` (AppContext) and attributes `dialog` (the form open
now, or None) and `confirm_box` (the question open now, or None): tests reach them there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from ..context import AppContext
from ..errors import show_error
from .record_dialog import RecordDialog
from .record_list import confirm_delete

T = TypeVar("T")


def open_form(host: QWidget, load: Callable[[], T], make: Callable[[T], RecordDialog],
              on_saved: Callable[[T, Any], None]) -> None:
    """Run `load()` on the task runner (it opens its own session), then show
    `make(data)` as `host.dialog`; `on_saved(data, record)` when it saves. A failure to
    load (the record was deleted meanwhile) is shown in a dialog."""
    context: AppContext = host.context  # type: ignore[attr-defined]

    def show(data: T) -> None:
        dialog = make(data)
        dialog.saved.connect(lambda record: on_saved(data, record))

        def closed(_result: int) -> None:
            if getattr(host, "dialog", None) is dialog:
                host.dialog = None  # type: ignore[attr-defined]
            dialog.deleteLater()

        dialog.finished.connect(closed)
        host.dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    context.runner.run(lambda _task: load(), on_done=show,
                       on_error=lambda error: show_error(host, error), owner=host)


def ask_to_delete(host: QWidget, title: str, question: str, detail: str,
                  delete: Callable[[Session], None], tables: Sequence[str],
                  on_done: Callable[[], None] | None = None) -> QMessageBox:
    """Ask `question` (No is the default); on Yes run `delete(session)` in a unit of work
    on the writer lane, then announce `tables` changed. The box is `host.confirm_box`."""
    context: AppContext = host.context  # type: ignore[attr-defined]
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, host)
    if detail:
        box.setInformativeText(detail)
    store = context.store

    def work(_task: object) -> None:
        with store.unit_of_work() as session:
            delete(session)

    def deleted(_none: object) -> None:
        context.changed(*tables)
        if on_done is not None:
            on_done()

    def yes() -> None:
        context.runner.write(work, on_done=deleted,
                             on_error=lambda error: show_error(host, error), owner=host)

    host.confirm_box = confirm_delete(box, yes)  # type: ignore[attr-defined]
    return box
