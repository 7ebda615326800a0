"""How an agreement reads on screen, in the interface language: its workshop, who answers
for it, its status (saying "vencido" in words, not only in colour), a follow-up's change and
the details shown under the tracker's table."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from participa_desktop.core.services.agreement_tracker import AgreementRow

from . import vocabulary

#: The soft red behind an overdue agreement's row.
OVERDUE_BACKGROUND = "#fde2e2"

translate = QCoreApplication.translate


def rich_tooltip(text: str | None) -> str | None:
    """A tooltip that wraps long text (Qt wraps rich text only)."""
    if not text:
        return None
    return f"<p style='white-space: pre-wrap'>{html.escape(text)}</p>"


def workshop_text(row: AgreementRow) -> str:
    if row.workshop_title is None:
        return translate("AgreementText", "(taller aún no recibido en este equipo)")
    return translate("AgreementText", "{title} ({date})").format(
        title=row.workshop_title, date=vocabulary.date_text(row.workshop_date))


def responsible_text(row: AgreementRow) -> str:
    organization, person = row.responsible_organization_name, row.responsible_person
    if organization and person:
        return translate("AgreementText", "{organization} ({person})").format(
            organization=organization, person=person)
    return organization or person or ""


def status_text(row: AgreementRow) -> str:
    status = vocabulary.word("agreement_status", row.status)
    if row.overdue:
        return translate("AgreementText", "{status} · vencido").format(status=status)
    return status


def progress_text(progress: int) -> str:
    return translate("AgreementText", "{progress} %").format(progress=progress)


def follow_up_change(new_status: str | None, new_progress: int | None) -> str:
    """What a follow-up changed, in words ("" when it changed nothing)."""
    status = vocabulary.word("agreement_status", new_status)
    if new_status is not None and new_progress is not None:
        return translate("AgreementText", "{status}, {progress} %").format(
            status=status, progress=new_progress)
    if new_status is not None:
        return status
    if new_progress is not None:
        return translate("AgreementText", "avance {progress} %").format(progress=new_progress)
    return ""


def details_html(row: AgreementRow) -> str:
    """The agreement's data as a short rich text (every value escaped)."""
    status = translate("AgreementText", "{status}, avance {progress} %").format(
        status=vocabulary.word("agreement_status", row.status), progress=row.progress)
    lines = [
        (translate("AgreementText", "Taller:"), workshop_text(row)),
        (translate("AgreementText", "Implementación:"), row.implementation_name),
        (translate("AgreementText", "Componente:"), row.component_name),
        (translate("AgreementText", "Responsable:"), responsible_text(row)),
        (translate("AgreementText", "Objetivo compartido:"), row.shared_objective),
        (translate("AgreementText", "Fecha límite:"), vocabulary.date_text(row.due_date)),
        (translate("AgreementText", "Estado:"), status),
    ]
    parts = [f"<b>{html.escape(label)}</b> {html.escape(value)}"
             for label, value in lines if value]
    if row.overdue:
        warning = translate("AgreementText",
                            "Vencido: la fecha límite ya pasó y no está cumplido.")
        parts.append(f"<span style='color: #b00020'><b>{html.escape(warning)}</b></span>")
    text = html.escape(row.text).replace("\n", "<br>")
    return f"<p>{text}</p><p>{'<br>'.join(parts)}</p>"
