"""What every workbook this package writes shares: the destination check, the write to a
temporary file that replaces the destination only when complete, and the cell styles of
titles and table headers (openpyxl write-only cells). Pure code (no Qt)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd/mm/yyyy"
TIME_FORMAT = "hh:mm"
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
SUBTITLE = Font(bold=True, size=12, color="1F4E79")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


class ExportError(Exception):
    """The workbook cannot be written where asked (no such folder, not an .xlsx name);
    `str()` is Spanish. Nothing was written."""


def check_destination(out: Path) -> None:
    """ExportError (Spanish) unless `out` names an .xlsx file in an existing folder."""
    if out.is_dir():
        raise ExportError(f"«{out}» es una carpeta; indique el nombre del archivo .xlsx.")
    if out.suffix.lower() != ".xlsx":
        raise ExportError(f"El archivo de salida «{out}» debe terminar en .xlsx.")
    if not out.parent.is_dir():
        raise ExportError(f"No existe la carpeta «{out.parent}»; no se escribió nada.")


def replace_when_complete(out: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temporary)` with a temporary path beside `out`, then move it onto `out`.
    If `write` raises (or is interrupted), the temporary file is removed and an existing
    `out` stays as it was. The temporary file is created with the usual permissions (not
    mkstemp's 0600: workbooks are meant to be shared), on the same file system so that
    the final rename is atomic."""
    temporary = out.parent / f".{out.name}.{secrets.token_hex(4)}.tmp"
    try:
        write(temporary)
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def cell(sheet: WriteOnlyWorksheet, value: Any, font: Font | None = None,
         number_format: str | None = None, fill: PatternFill | None = None) -> WriteOnlyCell:
    """A styled write-only cell (plain values need no cell: append them as they are)."""
    styled = WriteOnlyCell(sheet, value=value)
    if font is not None:
        styled.font = font
    if number_format is not None:
        styled.number_format = number_format
    if fill is not None:
        styled.fill = fill
    return styled


def header_row(sheet: WriteOnlyWorksheet, titles: Iterable[str]) -> list[WriteOnlyCell]:
    """A table's header: bold on a light blue fill."""
    return [cell(sheet, title, BOLD, fill=HEADER_FILL) for title in titles]


def set_widths(sheet: WriteOnlyWorksheet, widths: Iterable[float]) -> None:
    """Column widths from column A on (set before the first row is appended)."""
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def landscape_fit_to_width(sheet: WriteOnlyWorksheet, repeat_first_row: bool = False) -> None:
    """Print `sheet` in landscape, as wide as one page (as many pages tall as needed),
    repeating the header row on every page when asked. Call before appending rows."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "1"  # letter, Colombia's usual paper
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if repeat_first_row:
        sheet.print_title_rows = "1:1"
