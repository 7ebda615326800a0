"""Paged PDFs drawn with Qt's own printing: an HTML body (QTextDocument) laid out on A4
portrait pages with 15 mm margins, and a footer drawn on every page ("Página X de Y").

Qt needs a QGuiApplication; one is created (offscreen when no platform was chosen) if the
process has none. Call from one thread at a time: the CLI, or a task-runner worker in the app
(Qt allows painting a PDF off the GUI thread when every object is created in that thread).
The file is written to a temporary name beside `path` and renamed when complete, so a
failure leaves nothing behind; an unwritable folder raises `OSError`.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

#: Device resolution the pages are laid out at (dots per inch).
DPI = 300
MARGIN_MM = 15.0
FOOTER_GAP_MM = 3.0
FONT_FAMILY = "DejaVu Sans"

_app: QApplication | None = None


def mm(millimetres: float) -> int:
    """Device pixels (at `DPI`) in `millimetres`, for drawing on the page."""
    return round(millimetres * DPI / 25.4)


def css_mm(millimetres: float) -> int:
    """CSS pixels in `millimetres`, for HTML (Qt scales CSS px from 96 dpi to the page)."""
    return round(millimetres * 96 / 25.4)


def text(value: object) -> str:
    """`value` as escaped HTML text ("" for None)."""
    return "" if value is None else escape(str(value))


def ensure_gui_app() -> None:
    """Make sure an application object exists (QPdfWriter and fonts need one). A widgets
    `QApplication`, not a bare QGuiApplication: the process may show windows later (the
    app, or a test session), and Qt allows only one application object per process."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([sys.argv[0] if sys.argv else "participa"])


def _page_layout() -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       margins, QPageLayout.Unit.Millimeter)


class PagedDocument:
    """A body laid out in the printable area of A4 pages, leaving room for a footer.

    `footer(page, pages)` gives the footer's HTML for page `page` (1-based) of `pages`; it
    must keep the same height on every page (its text may change, not its lines).
    """

    def __init__(self, footer: Callable[[int, int], str], title: str) -> None:
        ensure_gui_app()
        self._footer = footer
        self._title = title
        layout = _page_layout()
        paint = layout.paintRectPixels(DPI)
        self._width = float(paint.width())
        self._height = float(paint.height())
        self._footer_height = self._footer_doc(1, 1).size().height()
        self._body_height = self._height - self._footer_height - mm(FOOTER_GAP_MM)

    def _doc(self, html: str, height: float) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        font = doc.defaultFont()
        font.setFamily(FONT_FAMILY)
        font.setPointSizeF(9.0)
        doc.setDefaultFont(font)
        # Lay out at the printer's resolution so that point sizes are printed true to size.
        doc.documentLayout().setPaintDevice(self._device())
        doc.setPageSize(QSizeF(self._width, height))
        doc.setHtml(html)
        return doc

    def _device(self) -> QPdfWriter:
        if not hasattr(self, "_measuring"):
            self._measuring = QPdfWriter(os.devnull)
            self._measuring.setResolution(DPI)
            self._measuring.setPageLayout(_page_layout())
        return self._measuring

    def _footer_doc(self, page: int, pages: int) -> QTextDocument:
        doc = self._doc(self._footer(page, pages), 1e9)
        doc.setPageSize(QSizeF(self._width, -1))
        return doc

    def page_count(self, body_html: str) -> int:
        """How many pages `body_html` takes."""
        return self._doc(body_html, self._body_height).pageCount()

    def write(self, path: Path, body_html: str) -> int:
        """Write the PDF to `path` (replacing it only once complete); the page count."""
        path = Path(path)
        try:
            handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part",
                                                 dir=path.parent)
        except OSError as error:  # name the file asked for, not the temporary one
            raise OSError(error.errno, error.strerror, str(path)) from None
        os.close(handle)
        try:
            pages = self._paint(Path(temporary), body_html)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        return pages

    def _paint(self, path: Path, body_html: str) -> int:
        writer = QPdfWriter(str(path))
        writer.setResolution(DPI)
        writer.setPageLayout(_page_layout())
        writer.setTitle(self._title)
        writer.setCreator("Participa+")
        body = self._doc(body_html, self._body_height)
        pages = body.pageCount()
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"no se pudo escribir «{path}»")
        try:
            for index in range(pages):
                if index:
                    writer.newPage()
                painter.save()
                painter.translate(0, -index * self._body_height)
                body.drawContents(painter, QRectF(0, index * self._body_height,
                                                  self._width, self._body_height))
                painter.restore()
                top = self._height - self._footer_height
                painter.save()
                painter.setPen(QPen(painter.pen().color(), mm(0.2)))
                painter.drawLine(0, round(top - mm(FOOTER_GAP_MM) / 2),
                                 round(self._width), round(top - mm(FOOTER_GAP_MM) / 2))
                painter.translate(0, top)
                self._footer_doc(index + 1, pages).drawContents(painter)
                painter.restore()
        finally:
            painter.end()
        return pages
