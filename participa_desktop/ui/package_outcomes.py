"""What an export or an import of USB packages did, in plain words for the sync screen's
notice: what was written where, and for an import one line per package (merged and what
it brought, already merged, or why it could not be merged)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from participa_desktop.core import usb
from participa_desktop.core.usb import ImportOutcome
from sync.engine.export import ExportSummary

from .notice import Level

translate = QCoreApplication.translate


def size_text(size: int) -> str:
    """A file size as people read it (1,2 MB), in the interface language."""
    return QLocale().formattedDataSize(size, 1)


def exported(summary: ExportSummary) -> tuple[str, str]:
    """(heading, text) of a package written."""
    heading = translate("PackageOutcomes", "Paquete exportado")
    text = translate(
        "PackageOutcomes",
        "Se escribió el paquete «{name}» en «{folder}»: {rows} filas, {size}.\n"
        "Lleve la memoria USB al equipo que debe recibir estos datos e impórtelo allí con "
        "«Importar paquetes…». Antes de retirar la memoria, expúlsela de forma segura.",
    ).format(name=summary.path.name, folder=summary.path.parent, rows=summary.total_rows,
             size=size_text(summary.compressed_bytes))
    return heading, text


def _line(outcome: ImportOutcome) -> str:
    name = html.escape(outcome.path.name)
    if outcome.kind == usb.MERGED:
        text = translate(
            "PackageOutcomes",
            "mezclado (de «{source}»). Filas nuevas: {new}; actualizadas: {updated}; "
            "valores en conflicto guardados para revisión: {conflicts}.",
        ).format(source=outcome.source_name, new=outcome.new, updated=outcome.updated,
                 conflicts=outcome.conflicts)
    elif outcome.kind == usb.ALREADY:
        text = translate("PackageOutcomes",
                         "ya se había recibido antes; no trajo nada nuevo.")
    elif outcome.kind == usb.OWN:
        text = translate("PackageOutcomes",
                         "lo exportó este mismo equipo: no trae nada que recibir aquí.")
    elif outcome.kind == usb.SKIPPED:
        text = translate("PackageOutcomes", "no se importó: la importación se canceló antes.")
    else:
        text = translate("PackageOutcomes", "no se mezcló. {reason}").format(
            reason=outcome.message)
    return f"<li><b>{name}</b>: {html.escape(text)}</li>"


def imported(outcomes: list[ImportOutcome]) -> tuple[Level, str, str]:
    """(level, heading, HTML text) of an import: a summary heading and one line per
    package, in the order they were tried."""
    total = len(outcomes)
    merged = sum(o.kind in (usb.MERGED, usb.ALREADY, usb.OWN) for o in outcomes)
    failed = sum(o.kind == usb.FAILED for o in outcomes)
    skipped = sum(o.kind == usb.SKIPPED for o in outcomes)
    conflicts = sum(o.conflicts for o in outcomes)
    if skipped:
        level = Level.WARNING
        heading = translate("PackageOutcomes",
                            "Importación cancelada: se recibieron {merged} de {total} paquetes")
    elif failed == total:
        level = Level.ERROR
        heading = translate("PackageOutcomes", "No se pudo recibir ningún paquete")
    elif failed:
        level = Level.WARNING
        heading = translate("PackageOutcomes",
                            "Se recibieron {merged} de {total} paquetes; {failed} con problemas")
    else:
        level = Level.OK
        heading = translate("PackageOutcomes", "Se recibieron los {total} paquetes")
    heading = heading.format(merged=merged, total=total, failed=failed)
    text = "<ul style='margin-left: 0px'>" + "".join(_line(o) for o in outcomes) + "</ul>"
    if failed:
        text += html.escape(translate(
            "PackageOutcomes",
            "Los paquetes con problemas no cambiaron nada: pida que los vuelvan a exportar o "
            "cópielos de nuevo a la memoria."))
    if conflicts:
        text += "<p>" + html.escape(translate(
            "PackageOutcomes",
            "Hay valores editados en dos equipos a la vez: revíselos en la pantalla "
            "«Revisión», pestaña «Conflictos».")) + "</p>"
    return level, heading, text


def no_packages(folder: Path) -> str:
    return translate("PackageOutcomes",
                     "En «{folder}» no hay paquetes de Participa+ (archivos .participa).").format(
        folder=folder)
