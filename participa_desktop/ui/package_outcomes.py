"""What a sync with the server, an export or an import of USB packages did, in plain words
for the sync screen's notice: what was sent and received, what was written where, and for
an import one line per package (merged and what it brought, already merged, or why it
could not be merged). The sync client reports in Spanish; these sentences are made from its
numbers, in the interface language."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from participa_desktop.core import usb
from participa_desktop.core.usb import ImportOutcome
from sync.client.session import SyncReport
from sync.engine.export import ExportSummary

from .notice import Level

translate = QCoreApplication.translate

#: The sync client's progress steps (Spanish, from `sync.client.session`) in words.
_STEPS = {
    "Enviando cambios": QT_TRANSLATE_NOOP("PackageOutcomes", "Enviando cambios…"),
    "Recibiendo cambios": QT_TRANSLATE_NOOP("PackageOutcomes", "Recibiendo cambios…"),
}


def size_text(size: int) -> str:
    """A file size as people read it (1,2 MB), in the interface language."""
    return QLocale().formattedDataSize(size, 1)


def number(value: int) -> str:
    """A count with the interface language's thousands separator."""
    return QLocale().toString(value)


def step_text(what: str) -> str:
    """A progress step of the sync client in the interface language (an unknown one as it
    came)."""
    source = _STEPS.get(what)
    return what if source is None else translate("PackageOutcomes", source)


def synced(report: SyncReport) -> str:
    """What a sync did: what was sent, what was received, the conflicts kept for review
    and how long it took. Whole sentences, one per fact."""
    sentences = []
    if not report.packages_sent:
        sentences.append(translate("PackageOutcomes", "No había cambios por enviar."))
    elif report.rows_sent == 1:
        sentences.append(translate("PackageOutcomes", "Se envió 1 fila ({size}).").format(
            size=size_text(report.bytes_sent)))
    else:
        sentences.append(translate("PackageOutcomes", "Se enviaron {rows} filas ({size}).")
                         .format(rows=number(report.rows_sent),
                                 size=size_text(report.bytes_sent)))
    if report.resumed:
        sentences.append(translate("PackageOutcomes",
                                   "El envío retomó uno que se había interrumpido."))
    if not report.rows_received:
        sentences.append(translate("PackageOutcomes", "No había nada nuevo en el servidor."))
    elif report.rows_received == 1:
        sentences.append(translate("PackageOutcomes",
                                   "Se recibió 1 fila nueva o cambiada."))
    else:
        sentences.append(translate("PackageOutcomes",
                                   "Se recibieron {rows} filas nuevas o cambiadas.").format(
            rows=number(report.rows_received)))
    if report.conflicts == 1:
        sentences.append(translate(
            "PackageOutcomes",
            "1 valor editado en dos equipos a la vez quedó guardado para que un(a) "
            "coordinador(a) lo revise en la pantalla «Revisión»."))
    elif report.conflicts:
        sentences.append(translate(
            "PackageOutcomes",
            "{count} valores editados en dos equipos a la vez quedaron guardados para que "
            "un(a) coordinador(a) los revise en la pantalla «Revisión».").format(
            count=number(report.conflicts)))
    sentences += report.notes  # the client's own remarks (Spanish; none at present)
    sentences.append(translate("PackageOutcomes", "Duración: {seconds} s.").format(
        seconds=QLocale().toString(report.seconds, "f", 1)))
    return " ".join(sentences)


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
