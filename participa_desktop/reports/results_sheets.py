"""The data sheets of the results report: workshops, attendance, people reached,
agreements and their follow-ups, each a header and a stream of plain rows read from the
database in one ordered query (never loaded whole); the people sheet's workshops and dates
come from the attendance rows as they stream (`reach_tally`). Pure code (no Qt).

Personal data (names, documents, phones, e-mails, birth dates, and the names of
facilitators and of people responsible for agreements) is written only when asked for.
Otherwise a person appears as a *person code*, "P-" and ten hexadecimal digits derived
from the id of the person's canonical row (`duplicates`): the same person gets the same
code in every report from every laptop, and the code says nothing about who it is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from ..core import labels
from ..core.models import (
    Agreement,
    Attendance,
    Component,
    DocumentType,
    EthnicGroup,
    FollowUp,
    Implementation,
    Organization,
    Participant,
    Territory,
    Workshop,
    WorkshopComponent,
)
from ..core.services import duplicates
from ..core.services.agreement_tracker import CLOSED_STATUSES
from .figures import AGE_BANDS, NO_DATA
from .reach_tally import ReachTally
from .report_scope import (
    ReportScope,
    attendee_is_live,
    attendee_not_deleted,
    workshop_condition,
)

#: Rows fetched from SQLite at a time while streaming a sheet.
BATCH = 2000


def person_code(canonical_id: str) -> str:
    """The stable pseudonym of a person (see the module docstring)."""
    digest = hashlib.sha256(f"participa-persona:{canonical_id}".encode()).hexdigest()
    return f"P-{digest[:10].upper()}"


def age_band(birth_year: int | None, year: int) -> str:
    """The `AGE_BANDS` label of someone born in `birth_year`, as of `year`."""
    if birth_year is None:
        return NO_DATA
    age = year - birth_year
    for label, low, high in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return NO_DATA


@dataclass(frozen=True)
class DataSheet:
    """One data sheet: its title, column headers and widths, how many rows it will have
    (for progress: at most `size`, usually exactly) and the rows themselves (an iterator:
    read once)."""

    title: str
    headers: tuple[str, ...]
    widths: tuple[float, ...]
    size: int
    rows: Iterator[list[Any]]
    #: Columns (0-based) holding dates or times: (index, number format).
    formats: tuple[tuple[int, str], ...] = ()
    #: When `size` is only a bound until the sheets before this one were read: the closer
    #: count it then gives (still at most `size`).
    settled_size: Callable[[], int] | None = None


def _stream(session: Session, query: Any) -> Iterator[Any]:
    """The rows of `query` (columns, not entities), fetched `BATCH` at a time, in the
    session's transaction. Executed on the session's connection, not through the ORM,
    whose per-row bookkeeping costs half a second on 500,000 rows."""
    yield from session.connection().execute(query.execution_options(yield_per=BATCH))


def _territory_label() -> Any:
    return Territory.name + " (" + Territory.department + ")"


def _components_by_workshop() -> Any:
    return (
        select(WorkshopComponent.workshop_id,
               func.group_concat(Component.name, ", ").label("names"))
        .join(Component, Component.id == WorkshopComponent.component_id)
        .where(WorkshopComponent.deleted.is_(False))
        .group_by(WorkshopComponent.workshop_id)
        .subquery()
    )


def workshops_sheet(session: Session, scope: ReportScope, personal: bool) -> DataSheet:
    """Workshops in scope, by date; "Asistentes" counts their presences."""
    components = _components_by_workshop()
    present = (select(func.count()).where(
        Attendance.workshop_id == Workshop.id, Attendance.deleted.is_(False),
        Attendance.status == "present").correlate(Workshop).scalar_subquery())
    query = (
        select(Workshop.id, Workshop.date, Workshop.start_time, Workshop.end_time,
               Workshop.title, Implementation.name, _territory_label(), Territory.dane_code,
               Workshop.modality, components.c.names, Workshop.place, Workshop.facilitators,
               present)
        .outerjoin(Implementation, Implementation.id == Workshop.implementation_id)
        .outerjoin(Territory, Territory.id == Workshop.territory_id)
        .outerjoin(components, components.c.workshop_id == Workshop.id)
        .where(workshop_condition(scope))
        .order_by(Workshop.date, Workshop.start_time, Workshop.id)
    )
    size = session.scalar(select(func.count()).where(workshop_condition(scope))) or 0

    def rows() -> Iterator[list[Any]]:
        for (id_, date, start, end, title, implementation, territory, dane, modality,
             names, place, facilitators, count) in _stream(session, query):
            row = [id_, date, start, end, title, implementation, territory, dane,
                   labels.MODALITY.get(modality, modality), names, place]
            if personal:
                row.append(facilitators)
            row.append(count)
            yield row

    headers = ("Código del taller", "Fecha", "Inicio", "Cierre", "Taller", "Implementación",
               "Municipio", "Código DANE", "Modalidad", "Componentes", "Lugar",
               *(("Facilitadores",) if personal else ()), "Asistentes")
    widths = (38, 12, 8, 8, 44, 28, 30, 10, 12, 40, 28, *((30,) if personal else ()), 11)
    return DataSheet("Talleres", headers, widths, size, rows(),
                     ((1, "dd/mm/yyyy"), (2, "hh:mm"), (3, "hh:mm")))


def attendance_and_people_sheets(session: Session, scope: ReportScope, personal: bool,
                                 year: int, reach: ReachTally,
                                 on_person: Callable[[str, str, str], None] | None = None
                                 ) -> tuple[DataSheet, DataSheet]:
    """The attendance sheet and the people sheet, which go together.

    Attendance: every live attendance entry of a live person at workshops in scope (all
    statuses), by workshop date, workshop and participant; each "present" row is fed to
    `reach` as it streams (the summary's reach and the people sheet come from it).

    People: one row per unique person reached (present at least once in scope, a linked
    duplicate counted as the group's canonical person), with the workshops attended and
    the first and last date; ages as bands reckoned in `year`; `on_person(gender, age
    band, ethnic group)` (the labels shown) is called per row. Its rows come from what
    `reach` gathered, so they must be read after the attendance rows (as the report
    writes the sheets: in order). They are a scan of the participants, by id (by name
    when `personal`), keeping those reached."""
    canonical_of = duplicates.canonical_ids(session)
    # Sizes for progress, as bounds that cost one quick scan: entries of people not known
    # to be deleted (a participant missing altogether is rare: left out when streaming),
    # and no more people than presences or live participants (exact once the attendance
    # rows were read: `reach.reached`). A count of distinct people would cost 0.5 s more.
    entries, presences = session.execute(
        select(func.count(), func.count(case((Attendance.status == "present", 1))))
        .select_from(Attendance)
        .join(Workshop, Workshop.id == Attendance.workshop_id)
        .where(Attendance.deleted.is_(False), attendee_not_deleted(),
               workshop_condition(scope))).one()
    at_most_people = min(presences, session.scalar(
        select(func.count()).select_from(Participant)
        .where(Participant.deleted.is_(False))) or 0)
    condition = (Attendance.deleted.is_(False), attendee_is_live(), workshop_condition(scope))

    columns = [Workshop.date, Workshop.id, Workshop.title, Attendance.participant_id,
               Attendance.status, Attendance.arrival_time]
    query = (select(*columns).select_from(Attendance)
             .join(Workshop, Workshop.id == Attendance.workshop_id))
    if personal:  # names and documents need the join (which also says who is live)
        query = (query.add_columns(Participant.given_names, Participant.first_surname,
                                   Participant.second_surname, DocumentType.code,
                                   Participant.document_number)
                 .join(Participant, Participant.id == Attendance.participant_id)
                 .outerjoin(DocumentType, DocumentType.id == Participant.document_type_id))
        condition = (Attendance.deleted.is_(False), Participant.deleted.is_(False),
                     workshop_condition(scope))
    query = query.where(*condition).order_by(Workshop.date, Workshop.id,
                                             Attendance.participant_id)
    codes: dict[str, str] = {}  # canonical id → person code, shared by both sheets

    def attendance_rows() -> Iterator[list[Any]]:
        status_label, presence = labels.ATTENDANCE_STATUS, reach.presence
        for found in _stream(session, query):
            date, workshop_id, title, participant_id, status, arrival = found[:6]
            canonical = canonical_of.get(participant_id, participant_id)
            code = codes.get(canonical) or codes.setdefault(canonical, person_code(canonical))
            if status == "present":
                presence(workshop_id, canonical)
            if personal:
                given, first, second, doc_type, doc_number = found[6:]
                yield [date, workshop_id, title, code,
                       " ".join(filter(None, (given, first, second))), doc_type, doc_number,
                       status_label.get(status, status), arrival]
            else:
                yield [date, workshop_id, title, code, status_label.get(status, status), arrival]

    headers = ("Fecha", "Código del taller", "Taller", "Código de persona",
               *(("Nombre", "Tipo de documento", "Número de documento") if personal else ()),
               "Estado", "Hora de llegada")
    widths = (12, 38, 44, 15, *((36, 10, 16) if personal else ()), 12, 10)
    last = len(headers) - 1
    attendance = DataSheet("Asistencia", headers, widths, entries, attendance_rows(),
                           ((0, "dd/mm/yyyy"), (last, "hh:mm")))
    return attendance, _people_sheet(session, personal, year, at_most_people, reach, codes,
                                     on_person)


def _people_sheet(session: Session, personal: bool, year: int, size: int, reach: ReachTally,
                  codes: dict[str, str],
                  on_person: Callable[[str, str, str], None] | None) -> DataSheet:
    home = aliased(Territory)
    query = (
        select(Participant.id, Participant.birth_year, Participant.gender, EthnicGroup.name,
               Participant.disability, home.name + " (" + home.department + ")",
               Organization.name)
        .outerjoin(EthnicGroup, EthnicGroup.id == Participant.ethnic_group_id)
        .outerjoin(home, home.id == Participant.territory_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .order_by(*((Participant.first_surname, Participant.second_surname,
                     Participant.given_names) if personal else ()), Participant.id)
    )
    if personal:  # read only when asked for
        query = (query.add_columns(Participant.given_names, Participant.first_surname,
                                   Participant.second_surname, DocumentType.code,
                                   Participant.document_number, Participant.phone,
                                   Participant.email, Participant.birth_date)
                 .outerjoin(DocumentType, DocumentType.id == Participant.document_type_id))

    def rows() -> Iterator[list[Any]]:
        reached, gender_label, disability_label = reach.reached, labels.GENDER, labels.DISABILITY
        for found in _stream(session, query):
            person_id = found[0]
            seen = reached.get(person_id)
            if seen is None:
                continue
            birth_year, gender, ethnic, disability, territory, organization = found[1:7]
            row: list[Any] = [codes.get(person_id) or person_code(person_id)]
            if personal:
                given, first, second, doc_type, doc_number, phone, email, birth = found[7:]
                row += [given, " ".join(filter(None, (first, second))), doc_type, doc_number,
                        phone, email, birth]
            shares = (gender_label.get(gender, gender) if gender else NO_DATA,
                      age_band(birth_year, year), ethnic or NO_DATA)
            if on_person is not None:
                on_person(*shares)
            row += [*shares,
                    disability_label.get(disability, disability) if disability else NO_DATA,
                    territory, organization, seen.workshops, seen.first, seen.last]
            yield row

    personal_headers = ("Nombres", "Apellidos", "Tipo de documento", "Número de documento",
                        "Teléfono", "Correo", "Fecha de nacimiento")
    headers = ("Código de persona", *(personal_headers if personal else ()), "Género",
               f"Rango de edad ({year})", "Grupo étnico", "Discapacidad", "Municipio",
               "Organización", "Talleres asistidos", "Primera asistencia", "Última asistencia")
    widths = (15, *((24, 26, 10, 16, 14, 28, 12) if personal else ()), 14, 16, 30, 14, 30,
              34, 10, 12, 12)
    last = len(headers) - 1
    formats = ((last - 1, "dd/mm/yyyy"), (last, "dd/mm/yyyy"),
               *(((7, "dd/mm/yyyy"),) if personal else ()))
    return DataSheet("Personas", headers, widths, size, rows(), formats,
                     lambda: min(size, len(reach.reached)))


def agreements_sheet(session: Session, scope: ReportScope, personal: bool,
                     today: dt.date, numbers: dict[str, int]) -> DataSheet:
    """Agreements in scope, numbered in report order (fills `numbers`: agreement id → N.º,
    which `follow_ups_sheet` uses), with whether each is overdue on `today`."""
    follow_ups = (select(FollowUp.agreement_id, func.count().label("count"),
                         func.max(FollowUp.date).label("last"))
                  .where(FollowUp.deleted.is_(False))
                  .group_by(FollowUp.agreement_id).subquery())
    query = (
        select(Agreement.id, Workshop.title, Workshop.date, Agreement.text, Component.name,
               Organization.name, Agreement.responsible_person, Agreement.shared_objective,
               Agreement.due_date, Agreement.status, Agreement.progress,
               follow_ups.c.count, follow_ups.c.last)
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .outerjoin(Component, Component.id == Agreement.component_id)
        .outerjoin(Organization, Organization.id == Agreement.responsible_organization_id)
        .outerjoin(follow_ups, follow_ups.c.agreement_id == Agreement.id)
        .where(Agreement.deleted.is_(False), workshop_condition(scope))
        .order_by(Workshop.date, Workshop.id, Agreement.id)
    )
    size = session.scalar(
        select(func.count()).select_from(Agreement)
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .where(Agreement.deleted.is_(False), workshop_condition(scope))) or 0

    def rows() -> Iterator[list[Any]]:
        for number, (id_, title, date, text, component, organization, person, objective,
                     due, status, progress, count, last) in enumerate(
                         _stream(session, query), start=1):
            numbers[id_] = number
            overdue = due is not None and due < today and status not in CLOSED_STATUSES
            row = [number, title, date, text, component, organization]
            if personal:
                row.append(person)
            row += [objective, due, labels.AGREEMENT_STATUS.get(status, status),
                    (progress or 0) / 100, "Sí" if overdue else "No", count or 0, last]
            yield row

    headers = ("N.º", "Taller", "Fecha del taller", "Acuerdo", "Componente",
               "Organización responsable", *(("Persona responsable",) if personal else ()),
               "Objetivo compartido", "Fecha límite", "Estado", "Avance", "Vencido",
               "Seguimientos", "Último seguimiento")
    widths = (6, 40, 12, 60, 28, 32, *((26,) if personal else ()), 40, 12, 12, 8, 8, 12, 14)
    shift = 1 if personal else 0
    formats = ((2, "dd/mm/yyyy"), (7 + shift, "dd/mm/yyyy"), (9 + shift, "0%"),
               (12 + shift, "dd/mm/yyyy"))
    return DataSheet("Acuerdos", headers, widths, size, rows(), formats)


def follow_ups_sheet(session: Session, scope: ReportScope,
                     numbers: dict[str, int]) -> DataSheet:
    """Follow-ups of the agreements in scope, by agreement N.º (from `agreements_sheet`,
    which must have been written first) and date."""
    query = (
        select(FollowUp.agreement_id, FollowUp.date, FollowUp.text, FollowUp.new_status,
               FollowUp.new_progress)
        .join(Agreement, Agreement.id == FollowUp.agreement_id)
        .join(Workshop, Workshop.id == Agreement.workshop_id)
        .where(FollowUp.deleted.is_(False), Agreement.deleted.is_(False),
               workshop_condition(scope))
        .order_by(Workshop.date, Workshop.id, Agreement.id, FollowUp.date, FollowUp.id)
    )
    size = session.scalar(select(func.count()).select_from(query.subquery())) or 0

    def rows() -> Iterator[list[Any]]:
        for agreement_id, date, text, new_status, new_progress in _stream(session, query):
            yield [numbers.get(agreement_id), date, text,
                   labels.AGREEMENT_STATUS.get(new_status, new_status) if new_status else None,
                   None if new_progress is None else new_progress / 100]

    return DataSheet("Seguimientos",
                     ("N.º del acuerdo", "Fecha", "Seguimiento", "Nuevo estado", "Nuevo avance"),
                     (10, 12, 80, 14, 12), size, rows(), ((1, "dd/mm/yyyy"), (4, "0%")))
