"""What the printouts show, read from the store: a workshop's heading, its expected roster
(with phones) and its agreements. Plain frozen data, no Qt; call inside `Store.reading()`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..core import labels
from ..core.models import Agreement, Organization, Participant, Territory, Workshop
from ..core.services import attendance, workshops
from ..core.services.base import live


@dataclass(frozen=True)
class WorkshopHeading:
    """The lines every printout of a workshop starts with (texts as printed; "" unknown)."""

    title: str
    date: dt.date
    time: str  # "08:00 – 12:00", "08:00" or ""
    place: str
    municipality: str  # "Municipio (Departamento)"
    components: tuple[str, ...]
    facilitators: str


@dataclass(frozen=True)
class SheetPerson:
    """One pre-filled line of an attendance sheet."""

    name: str
    document: str
    phone: str


@dataclass(frozen=True)
class RecordAgreement:
    """One agreement of an acta: texts as printed."""

    text: str
    responsible: str  # "Organización — Persona", either one, or ""
    due_date: dt.date | None
    status: str  # Spanish word ("pendiente", "en curso"…)


def workshop_heading(session: Session, workshop_id: str) -> WorkshopHeading:
    """The heading of a live workshop; `NotFound` (Spanish) for an unknown or deleted one."""
    workshop = live(session, Workshop, workshop_id, workshops.WHAT)
    row = workshops.workshop_rows(session, [workshop_id])[workshop_id]
    times = [f"{t:%H:%M}" for t in (workshop.start_time, workshop.end_time) if t is not None]
    municipality = ""
    if workshop.territory_id is not None:
        territory = session.get(Territory, workshop.territory_id)
        if territory is not None:
            municipality = f"{territory.name} ({territory.department})"
    return WorkshopHeading(
        title=workshop.title or "",
        date=workshop.date,
        time=" – ".join(times),
        place=workshop.place or "",
        municipality=municipality,
        components=row.components,
        facilitators=workshop.facilitators or "",
    )


def expected_people(session: Session, workshop_id: str) -> list[SheetPerson]:
    """The workshop's roster (`attendance.roster` order) with each person's phone."""
    entries = attendance.roster(session, workshop_id)
    phones: dict[str, str | None] = {}
    ids = [e.participant_id for e in entries]
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        phones.update(
            session.execute(
                select(Participant.id, Participant.phone)
                .where(Participant.id.in_(ids[start:start + 500]))
            ).tuples().all()
        )
    return [
        SheetPerson(e.full_name, e.document or "", phones.get(e.participant_id) or "")
        for e in entries
    ]


def workshop_agreements(session: Session, workshop_id: str) -> list[RecordAgreement]:
    """The live agreements of the workshop, by due date (those without one last)."""
    rows = session.execute(
        select(Agreement.text, Organization.name, Agreement.responsible_person,
               Agreement.due_date, Agreement.status)
        .outerjoin(Organization, Organization.id == Agreement.responsible_organization_id)
        .where(Agreement.workshop_id == workshop_id, Agreement.deleted.is_(False))
        .order_by(Agreement.due_date.is_(None), Agreement.due_date, Agreement.id)
    ).tuples()
    return [
        RecordAgreement(
            text=text or "",
            responsible=" — ".join(part for part in (organization, person) if part),
            due_date=due,
            status=labels.AGREEMENT_STATUS.get(status, status or ""),
        )
        for text, organization, person, due, status in rows
    ]
