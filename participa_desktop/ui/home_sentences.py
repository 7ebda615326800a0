"""The home screen's plain-word sentences: how many workshops today, agreements overdue,
when the last sync was and how many changes wait. Each case (none, one, many) is a whole
sentence to translate, never pieced together from fragments; the literals are marked with
QT_TRANSLATE_NOOP so that lupdate finds them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from participa_desktop.core.services.overview import HomeSummary, SyncStatus

_CONTEXT = "HomeSentences"


def number(value: int) -> str:
    """A count with the interface language's thousands separator (1.234 / 1,234)."""
    return QLocale().toString(value)


def _say(source: str, count: int = 0, **values: object) -> str:
    return QCoreApplication.translate(_CONTEXT, source).format(n=number(count), **values)


def _pick(count: int, none: str, one: str, many: str, **values: object) -> str:
    return _say(none if count == 0 else one if count == 1 else many, count, **values)


def workshops_today(summary: HomeSummary) -> str:
    return _pick(summary.workshops_today,
                 QT_TRANSLATE_NOOP("HomeSentences", "Hoy no hay talleres."),
                 QT_TRANSLATE_NOOP("HomeSentences", "Hoy: 1 taller."),
                 QT_TRANSLATE_NOOP("HomeSentences", "Hoy: {n} talleres."))


def workshops_upcoming(summary: HomeSummary) -> str:
    return _pick(summary.workshops_upcoming,
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "Ningún otro taller en los próximos {days} días."),
                 QT_TRANSLATE_NOOP("HomeSentences", "1 taller más en los próximos {days} días."),
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "{n} talleres más en los próximos {days} días."),
                 days=summary.horizon_days)


def agreements_overdue(summary: HomeSummary) -> str:
    return _pick(summary.agreements_overdue,
                 QT_TRANSLATE_NOOP("HomeSentences", "Ningún acuerdo vencido."),
                 QT_TRANSLATE_NOOP("HomeSentences", "1 acuerdo vencido."),
                 QT_TRANSLATE_NOOP("HomeSentences", "{n} acuerdos vencidos."))


def agreements_due(summary: HomeSummary) -> str:
    return _pick(summary.agreements_due,
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "Ningún acuerdo vence en los próximos {days} días."),
                 QT_TRANSLATE_NOOP("HomeSentences", "1 acuerdo vence en los próximos {days} días."),
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "{n} acuerdos vencen en los próximos {days} días."),
                 days=summary.horizon_days)


def last_sync(status: SyncStatus, now: dt.datetime) -> str:
    """When data last moved, in words; `now` is aware."""
    if status.linked:
        if status.last_sync is None:
            return _say(QT_TRANSLATE_NOOP(
                "HomeSentences", "Todavía no se ha sincronizado con el servidor."))
        return _say(QT_TRANSLATE_NOOP("HomeSentences", "Última sincronización: {when}."),
                    when=ago(status.last_sync, now))
    if status.last_sync is None:
        return _say(QT_TRANSLATE_NOOP(
            "HomeSentences",
            "Este equipo no está inscrito en un servidor y todavía no ha intercambiado "
            "paquetes."))
    return _say(QT_TRANSLATE_NOOP(
        "HomeSentences",
        "Este equipo no está inscrito en un servidor. Último intercambio de paquetes: "
        "{when}."), when=ago(status.last_sync, now))


def pending_changes(status: SyncStatus) -> str:
    if status.linked:
        return _pick(status.pending_changes,
                     QT_TRANSLATE_NOOP("HomeSentences", "No hay cambios por enviar."),
                     QT_TRANSLATE_NOOP("HomeSentences", "1 cambio por enviar."),
                     QT_TRANSLATE_NOOP("HomeSentences", "{n} cambios por enviar."))
    return _pick(status.pending_changes,
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "Todos los cambios ya están en un paquete exportado."),
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "1 cambio aún no se ha exportado en un paquete."),
                 QT_TRANSLATE_NOOP(
                     "HomeSentences", "{n} cambios aún no se han exportado en un paquete."))


def ago(moment: dt.datetime, now: dt.datetime) -> str:
    """How long ago `moment` was, in words (for example «hace 2 días»)."""
    seconds = max(0, int((now - moment).total_seconds()))
    minutes, hours = seconds // 60, seconds // 3600
    if seconds < 60:
        return _say(QT_TRANSLATE_NOOP("HomeSentences", "hace un momento"))
    if minutes < 60:
        return _pick(minutes, "", QT_TRANSLATE_NOOP("HomeSentences", "hace 1 minuto"),
                     QT_TRANSLATE_NOOP("HomeSentences", "hace {n} minutos"))
    if hours < 24:
        return _pick(hours, "", QT_TRANSLATE_NOOP("HomeSentences", "hace 1 hora"),
                     QT_TRANSLATE_NOOP("HomeSentences", "hace {n} horas"))
    return _pick(hours // 24, "", QT_TRANSLATE_NOOP("HomeSentences", "hace 1 día"),
                 QT_TRANSLATE_NOOP("HomeSentences", "hace {n} días"))


def due_in(due: dt.date, today: dt.date) -> str:
    """When an agreement falls due, seen from `today` («vencido hace 3 días», «vence
    hoy», «vence en 5 días»)."""
    days = (due - today).days
    if days < 0:
        return _pick(-days, "", QT_TRANSLATE_NOOP("HomeSentences", "vencido hace 1 día"),
                     QT_TRANSLATE_NOOP("HomeSentences", "vencido hace {n} días"))
    if days == 0:
        return _say(QT_TRANSLATE_NOOP("HomeSentences", "vence hoy"))
    return _pick(days, "", QT_TRANSLATE_NOOP("HomeSentences", "vence mañana"),
                 QT_TRANSLATE_NOOP("HomeSentences", "vence en {n} días"))


def day_text(day: dt.date, today: dt.date) -> str:
    """«hoy», «mañana» or the date (dd/mm/yyyy)."""
    if day == today:
        return _say(QT_TRANSLATE_NOOP("HomeSentences", "hoy"))
    if day == today + dt.timedelta(days=1):
        return _say(QT_TRANSLATE_NOOP("HomeSentences", "mañana"))
    return day.strftime("%d/%m/%Y")
