"""Why a sync, an export or an import stopped, in clear words: a heading naming the
problem, the engine's or server's own Spanish sentence (which says what to do), and what
only the app can add (where to download a newer version, a USB stick that went away).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sync.client.errors import (
    AppTooOld,
    Cancelled,
    ClockWrong,
    InsecureServer,
    NoConnection,
    NotEnrolled,
    PackageRejected,
    Refused,
    ServerProblem,
    SyncError,
)
from sync.engine.errors import PackageError, PackageHeld, PackageTooNew

from .notice import Level

translate = QCoreApplication.translate
_CONTEXT = "SyncFailures"


@dataclass(frozen=True)
class Explanation:
    level: Level
    heading: str
    text: str
    rich: bool = False


#: The heading of each expected failure, most specific first; the text is the error's own.
_HEADINGS: tuple[tuple[type[BaseException], Level, str], ...] = (
    (Cancelled, Level.INFO, QT_TRANSLATE_NOOP("SyncFailures", "Sincronización cancelada")),
    (NoConnection, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "Sin conexión con el servidor")),
    (ClockWrong, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "La fecha o la hora de este equipo están mal")),
    (NotEnrolled, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "Hay que inscribir este equipo de nuevo")),
    (Refused, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "El servidor no aceptó la solicitud")),
    (PackageRejected, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "El servidor rechazó un paquete dañado")),
    (InsecureServer, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "La dirección del servidor no es segura")),
    (ServerProblem, Level.ERROR, QT_TRANSLATE_NOOP("SyncFailures", "El servidor tuvo un problema")),
    (SyncError, Level.ERROR, QT_TRANSLATE_NOOP("SyncFailures", "No se pudo sincronizar")),
    (PackageTooNew, Level.WARNING,
     QT_TRANSLATE_NOOP("SyncFailures", "El paquete es de una versión más nueva de Participa+")),
    (PackageHeld, Level.WARNING,
     QT_TRANSLATE_NOOP("SyncFailures", "Paquete retenido para revisión")),
    (PackageError, Level.ERROR,
     QT_TRANSLATE_NOOP("SyncFailures", "El paquete está dañado o no es válido")),
)


#: The sync client's sentence for no connection; its technical detail is kept.
_NO_CONNECTION = re.compile(r"No hay conexión con el servidor\..*\((?P<detail>.*)\)",
                            re.DOTALL)


def explain(error: BaseException) -> Explanation | None:
    """The explanation of an expected failure, or None for an unexpected error (the
    caller then shows the error dialog, which logs it)."""
    if isinstance(error, AppTooOld):
        return _app_too_old(error)
    if isinstance(error, OSError):
        return Explanation(Level.ERROR, translate(
            "SyncFailures", "No se pudo usar el archivo o la carpeta"), file_problem(error))
    for kind, level, heading in _HEADINGS:
        if isinstance(error, kind):
            return Explanation(level, translate(_CONTEXT, heading), _own_words(error))
    return None


def _own_words(error: BaseException) -> str:
    """The error's sentence: in the interface language for the two the app knows by heart
    (a cancelled sync, no connection); the sync client's or engine's Spanish otherwise."""
    text = str(error)
    if isinstance(error, Cancelled):
        return translate("SyncFailures",
                         "Sincronización cancelada. Lo enviado y recibido hasta ahora quedó "
                         "guardado; la próxima vez continúa donde quedó.")
    found = _NO_CONNECTION.fullmatch(text) if isinstance(error, NoConnection) else None
    if found:
        return translate("SyncFailures",
                         "No hay conexión con el servidor. Revise el internet y vuelva a "
                         "intentarlo; lo que falte por enviar se reanudará donde quedó. "
                         "({detail})").format(detail=found["detail"])
    return text


def file_problem(error: OSError) -> str:
    """An operating-system failure on a file, in words (a USB stick pulled out, full or
    write-protected)."""
    where = error.filename or ""
    return translate(
        "SyncFailures",
        "No se pudo usar «{path}»: {reason}. Revise que la memoria USB siga conectada, que "
        "tenga espacio y que no esté protegida contra escritura, y vuelva a intentarlo.",
    ).format(path=where, reason=error.strerror or error)


def _app_too_old(error: AppTooOld) -> Explanation:
    heading = translate("SyncFailures", "Hay que actualizar Participa+")
    version = html.escape(error.version)
    link = ""
    if error.url.startswith(("https://", "http://")):
        link = html.escape(error.url, quote=True)
        link = f'<a href="{link}">{link}</a>'
        where = (translate("SyncFailures", "Descargue Participa+ {version} aquí: {link}") if version
                 else translate("SyncFailures", "Descargue la versión más reciente aquí: {link}"))
    else:
        where = (translate("SyncFailures",
                           "Pida a su coordinador(a) el instalador de Participa+ {version} o "
                           "posterior; sus datos se conservan al actualizar.") if version
                 else translate("SyncFailures",
                                "Pida a su coordinador(a) el instalador de la versión más "
                                "reciente de Participa+; sus datos se conservan al actualizar."))
    where = where.format(version=version, link=link)
    return Explanation(Level.ERROR, heading, f"{html.escape(str(error))}<br><br>{where}",
                       rich=True)
