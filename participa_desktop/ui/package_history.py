"""The history of packages sent and received, newest first: a lazy table the sync screen
refreshes after every sync, export and import."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QLabel,
    QVBoxLayout,
    QWidget,
)

from participa_desktop.core.services import sync_history
from participa_desktop.core.services.sync_history import PackageEntry
from participa_desktop.core.store import Store

from .table_model import Column, LazyTableModel
from .table_view import make_table
from .tasks import TaskRunner

#: The engine's status codes in words (sent packages, then received ones).
_STATUS = {
    "written": QT_TRANSLATE_NOOP("PackageHistory", "paquete escrito"),
    "acknowledged": QT_TRANSLATE_NOOP("PackageHistory", "recibido por el servidor"),
    "rejected": QT_TRANSLATE_NOOP("PackageHistory", "rechazado"),
    "superseded": QT_TRANSLATE_NOOP("PackageHistory", "reemplazado por uno más nuevo"),
    "merged": QT_TRANSLATE_NOOP("PackageHistory", "mezclado"),
    "held": QT_TRANSLATE_NOOP("PackageHistory", "retenido para revisión"),
}
_PROBLEM_COLOUR = "#fdecea"
#: What the engine records for a merged package (`MergeSummary.describe`, Spanish): its
#: numbers are told again in the interface language.
_MERGED = re.compile(
    r"^Paquete \S+ de «.*»: (?P<new>\d+) filas nuevas, (?P<updated>\d+) actualizadas, "
    r"(?P<unchanged>\d+) sin cambios; (?P<conflicts>\d+) valores reemplazados ", re.DOTALL)


def moment_text(moment: dt.datetime | None) -> str:
    """A stored UTC moment in this computer's time: 04/03/2025 15:30."""
    return "" if moment is None else moment.astimezone().strftime("%d/%m/%Y %H:%M")


class PackageHistory(QWidget):
    """A heading and the table. `refreshed` is emitted when new ids are shown."""

    refreshed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.heading = QLabel(self)
        self.model = LazyTableModel(runner, self._columns(), self._fetch, self)
        self.view = make_table(self, self.model, name="package_history",
                               widths=(130, 90, 190, 190, 60))
        self.heading.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def _columns(self) -> list[Column]:
        def problem(entry: PackageEntry) -> str | None:
            return _PROBLEM_COLOUR if entry.status in ("rejected", "held") else None

        return [
            Column(lambda: self.tr("Fecha"), lambda e: moment_text(e.handled_at or e.created_at),
                   tooltip=self._dates),
            Column(lambda: self.tr("Sentido"), self._direction),
            Column(lambda: self.tr("Equipo"), self._peer),
            Column(lambda: self.tr("Estado"), self._status, background=problem),
            Column(lambda: self.tr("Filas"), lambda e: str(e.rows), align_right=True),
            Column(lambda: self.tr("Detalle"), lambda e: self._detail(e) or e.file or "",
                   tooltip=lambda e: self._detail(e) or e.file),
        ]

    def _dates(self, entry: PackageEntry) -> str:
        return self.tr("Hecho: {created}\nEnviado o recibido: {handled}").format(
            created=moment_text(entry.created_at) or "—",
            handled=moment_text(entry.handled_at) or "—")

    def _direction(self, entry: PackageEntry) -> str:
        return self.tr("enviado") if entry.direction == "sent" else self.tr("recibido")

    def _peer(self, entry: PackageEntry) -> str:
        if entry.peer_name:
            return entry.peer_name
        return self.tr("cualquier equipo (USB)") if entry.direction == "sent" else ""

    def _status(self, entry: PackageEntry) -> str:
        words = _STATUS.get(entry.status)
        return entry.status if words is None else QCoreApplication.translate(
            "PackageHistory", words)

    def _detail(self, entry: PackageEntry) -> str | None:
        """What a merge brought, in the interface language; other messages (why a package
        was held: the engine's Spanish) as they were recorded."""
        found = _MERGED.match(entry.message or "")
        if found is None:
            return entry.message
        return self.tr("{new} filas nuevas, {updated} actualizadas, {unchanged} sin "
                       "cambios; {conflicts} valores en conflicto guardados para revisión."
                       ).format(**found.groupdict())

    def _fetch(self, ids: list[str]) -> dict[str, PackageEntry]:
        with self.store.reading() as session:
            return sync_history.package_entries(session, ids)

    def refresh(self) -> None:
        """Read the history again (on the task runner)."""
        store = self.store

        def read(_task: object) -> tuple[list[str], dict[str, PackageEntry]]:
            with store.reading() as session:
                ids = sync_history.package_ids(session)
                return ids, sync_history.package_entries(session, ids[:LazyTableModel.BLOCK])

        self.runner.run(read, on_done=self._show, owner=self)

    def _show(self, result: tuple[list[str], dict[str, PackageEntry]]) -> None:
        ids, first = result
        self.model.set_ids(ids, first)
        self.heading.setText(self._heading_text(len(ids)))
        self.refreshed.emit()

    def _heading_text(self, count: int) -> str:
        if count == 0:
            return self.tr("&Historial de paquetes: todavía no se ha enviado ni recibido "
                           "ninguno.")
        return self.tr("&Historial de paquetes enviados y recibidos ({count}), el más "
                       "reciente primero:").format(count=count)

    def retranslate(self) -> None:
        self.heading.setText(self._heading_text(self.model.rowCount()))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
