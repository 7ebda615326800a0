"""Demo data: a plausible season of Participa+ field work, written through the services.

`populate` creates (or reuses) the program's organisations and implementations, then
registers people (about 2 % of them twice, with small spelling differences, as happens
when two facilitators register one person), workshops across the three components,
attendance, agreements with follow-ups, knowledge notes and milestones. Large volumes go
through the services' bulk paths (`register_many`, `record_many`, …), with the same
validation as one-by-one creation.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync.engine.ids import new_id

from ..models import Implementation, Organization
from ..services import agreements, attendance, implementations, knowledge, organizations, workshops
from ..services import participants as people
from ..store.seed import COMPONENTS, reference_id
from ..validation import age_on
from . import vocabulary as words

Progress = Callable[[str], None]

ATTENDANCE_PER_WORKSHOP = 100
DUPLICATE_SHARE = 0.02


@dataclass(frozen=True)
class DemoCounts:
    participants: int
    workshops: int
    attendance: int
    agreements: int
    follow_ups: int


@dataclass(frozen=True)
class Program:
    """Ids of the organisations and implementations the demo works with."""

    organizations: list[tuple[str, str]]  # (id, sector)
    implementations: list[tuple[str, str]]  # (id, territory id)


def populate(
    session: Session,
    rng: random.Random,
    participants: int,
    workshop_count: int,
    progress: Progress = lambda _message: None,
) -> DemoCounts:
    """Add demo field activity in the session's unit of work."""
    if participants == 0 and workshop_count == 0:
        return DemoCounts(0, 0, 0, 0, 0)
    program = ensure_program(session, rng)
    progress(f"Registrando {participants} personas…")
    person_ids = _register_people(session, rng, program, participants)
    progress(f"Creando {workshop_count} talleres…")
    workshop_rows = _create_workshops(session, rng, program, workshop_count)
    progress("Tomando asistencia…")
    attended = _take_attendance(session, rng, workshop_rows, person_ids)
    progress("Registrando acuerdos y seguimientos…")
    agreement_count, follow_up_count = _make_agreements(session, rng, program, workshop_rows)
    return DemoCounts(
        len(person_ids), len(workshop_rows), attended, agreement_count, follow_up_count
    )


def ensure_program(session: Session, rng: random.Random) -> Program:
    """The program's organisations and implementations, created the first time."""
    existing = (
        session.execute(
            select(Organization.id, Organization.sector).where(Organization.deleted.is_(False))
        )
        .tuples()
        .all()
    )
    if not existing:
        _create_program(session, rng)
        existing = (
            session.execute(
                select(Organization.id, Organization.sector).where(Organization.deleted.is_(False))
            )
            .tuples()
            .all()
        )
    implementation_rows = (
        session.execute(
            select(Implementation.id, Implementation.territory_id).where(
                Implementation.deleted.is_(False)
            )
        )
        .tuples()
        .all()
    )
    return Program(sorted(existing), sorted(implementation_rows))


def _create_program(session: Session, rng: random.Random) -> None:
    today = dt.date.today()
    ids: dict[str, str] = {}
    for name, sector, is_ally in words.ORGANIZATIONS:
        values: dict[str, Any] = {"name": name, "sector": sector, "is_model_ally": is_ally}
        if is_ally:
            values["model_transfer_date"] = today - dt.timedelta(days=rng.randint(90, 900))
        ids[name] = organizations.create_organization(session, values).id
    allies = [ids[name] for name, _sector, is_ally in words.ORGANIZATIONS if is_ally]
    for name, dane_code, description in words.IMPLEMENTATIONS:
        implementation = implementations.create_implementation(
            session,
            {
                "name": name,
                "territory_id": reference_id("territory", dane_code),
                "lead_organization_id": allies[0],
                "description": description,
                "start_date": today - dt.timedelta(days=rng.randint(400, 1200)),
            },
        )
        for ally in rng.sample(allies, 3):
            implementations.add_ally(session, implementation.id, ally)
        for kind, notes in words.KNOWLEDGE_NOTES.items():
            for text in rng.sample(notes, 2):
                knowledge.add_note(
                    session,
                    {
                        "implementation_id": implementation.id,
                        "kind": kind,
                        "text": text,
                        "date": today - dt.timedelta(days=rng.randint(0, 300)),
                    },
                )
        for text in rng.sample(words.MILESTONES, 2):
            knowledge.add_milestone(
                session,
                {
                    "implementation_id": implementation.id,
                    "text": text,
                    "date": today - dt.timedelta(days=rng.randint(0, 300)),
                },
            )
    # Ten alliances: five public actors, five private ones.
    for sector in ("public", "private"):
        actors = [ids[n] for n, s, _ally in words.ORGANIZATIONS if s == sector]
        for actor in actors[:5]:
            implementations.create_alliance(
                session,
                {
                    "organization_id": actor,
                    "purpose": "Fortalecer el despliegue territorial de las herramientas de "
                    "gobierno abierto, incidencia y liderazgo orientado a lo público.",
                    "start_date": today - dt.timedelta(days=rng.randint(60, 700)),
                    "status": rng.choice(("active", "active", "exploring")),
                },
            )


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _misspell(name: str) -> str:
    """The same name as a second facilitator might have typed it."""
    for right, variant in words.SPELLING_VARIANTS:
        if right in name:
            return name.replace(right, variant, 1)
    stripped = strip_accents(name)
    if stripped != name:
        return stripped
    return name.upper()


def _person(rng: random.Random, program: Program, today: dt.date) -> dict[str, Any]:
    female = rng.random() < 0.56
    names = words.FEMALE_GIVEN_NAMES if female else words.MALE_GIVEN_NAMES
    age = rng.choice((rng.randint(14, 17), *(rng.randint(18, 75) for _ in range(6))))
    birth = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    consent = today - dt.timedelta(days=rng.randint(0, 700))
    minor = age_on(birth, consent) < 18
    territory = rng.choice(program.implementations)[1]
    given = rng.choice(names)
    first, second = rng.sample(words.SURNAMES, 2)
    person: dict[str, Any] = {
        "given_names": given,
        "first_surname": first,
        "second_surname": second,
        "gender": "female" if female else rng.choice(("male",) * 30 + ("non_binary",)),
        "birth_date": birth if rng.random() < 0.8 else None,
        "birth_year": birth.year,
        "ethnic_group_id": reference_id(
            "ethnic_group", rng.choice(("afro",) * 6 + ("ninguno",) * 3 + ("indigena",))
        ),
        "disability": rng.choice(("none",) * 19 + ("physical",)),
        "territory_id": territory,
        "consent_date": consent,
        "consent_channel": rng.choice(("signed_paper",) * 4 + ("verbal", "digital")),
        "consent_notice_version": rng.choice(("2024-1", "2025-2")),
    }
    if minor:
        person["document_type_id"] = reference_id("document_type", "TI")
        person["document_number"] = str(rng.randint(1_000_000_000, 1_199_999_999))
        person["guardian_name"] = f"{rng.choice(words.FEMALE_GIVEN_NAMES)} {first}"
    elif rng.random() < 0.95:
        person["document_type_id"] = reference_id("document_type", "CC")
        person["document_number"] = str(rng.randint(1_000_000, 1_999_999_999))
    if rng.random() < 0.85:
        person["phone"] = rng.choice(words.MOBILE_PREFIXES) + f"{rng.randint(0, 9999999):07d}"
    if rng.random() < 0.4:
        user = strip_accents(f"{given.split()[0]}.{first}").lower().replace(" ", "")
        person["email"] = f"{user}{rng.randint(1, 99)}@{rng.choice(words.EMAIL_DOMAINS)}"
    if rng.random() < 0.3:
        person["organization_id"] = rng.choice(program.organizations)[0]
    return person


def _register_people(
    session: Session, rng: random.Random, program: Program, count: int
) -> list[str]:
    today = dt.date.today()
    ids: list[str] = []

    def rows() -> Iterator[dict[str, Any]]:
        earlier: list[dict[str, Any]] = []
        for _ in range(count):
            if earlier and rng.random() < DUPLICATE_SHARE:
                person = dict(rng.choice(earlier))
                field = rng.choice(("given_names", "first_surname", "second_surname"))
                person[field] = _misspell(person[field])
                if rng.random() < 0.3:
                    person.pop("document_number", None)
                    person.pop("document_type_id", None)
            else:
                person = _person(rng, program, today)
                if len(earlier) < 5_000:
                    earlier.append(person)
            person["id"] = new_id()
            ids.append(person["id"])
            yield person

    people.register_many(session, rows())
    return ids


def _create_workshops(
    session: Session, rng: random.Random, program: Program, count: int
) -> list[tuple[str, dt.date, str]]:
    """Returns (id, date, component code) of each new workshop."""
    today = dt.date.today()
    created: list[tuple[str, dt.date, str]] = []
    components: dict[str, list[str]] = {}
    codes = [code for code, _name in COMPONENTS]
    dane_codes = {reference_id("territory", code): code for _n, code, _d in words.IMPLEMENTATIONS}

    def rows() -> Iterator[dict[str, Any]]:
        for _ in range(count):
            implementation_id, territory_id = rng.choice(program.implementations)
            code = rng.choice(codes)
            date = today + dt.timedelta(days=rng.randint(-700, 45))
            start = dt.time(rng.choice((8, 9, 10, 14, 15)), rng.choice((0, 30)))
            dane = dane_codes.get(territory_id)
            workshop_id = new_id()
            chosen = {code} | ({rng.choice(codes)} if rng.random() < 0.3 else set())
            components[workshop_id] = [reference_id("component", c) for c in chosen]
            created.append((workshop_id, date, code))
            yield {
                "id": workshop_id,
                "title": rng.choice(words.WORKSHOP_TITLES[code]),
                "implementation_id": implementation_id,
                "territory_id": territory_id,
                "date": date,
                "start_time": start,
                "end_time": dt.time(start.hour + rng.choice((2, 3, 4)), start.minute),
                "place": rng.choice(words.PLACES.get(dane, ("Salón comunal",))),
                "modality": rng.choice(("in_person",) * 7 + ("virtual", "hybrid")),
                "facilitators": ", ".join(rng.sample(words.FACILITATORS, 2)),
                "objectives": rng.choice(words.OBJECTIVES[code]),
            }

    workshops.create_many(session, rows(), components)
    return created


def _take_attendance(
    session: Session,
    rng: random.Random,
    workshop_rows: list[tuple[str, dt.date, str]],
    person_ids: list[str],
) -> int:
    """About ATTENDANCE_PER_WORKSHOP rows per workshop on average, all given to workshops
    that already took place."""
    today = dt.date.today()
    held = [row for row in workshop_rows if row[1] <= today]
    if not held or not person_ids:
        return 0
    mean = ATTENDANCE_PER_WORKSHOP * len(workshop_rows) / len(held)

    def rows() -> Iterator[dict[str, Any]]:
        for workshop_id, _date, _code in held:
            size = min(len(person_ids), round(mean * rng.uniform(0.5, 1.5)))
            for person in rng.sample(person_ids, size):
                roll = rng.random()
                if roll < 0.85:
                    status = "present"
                    arrival = dt.time(7 + int(roll * 12), int(roll * 997) % 60)
                else:
                    status, arrival = ("excused" if roll < 0.95 else "absent"), None
                yield {
                    "workshop_id": workshop_id,
                    "participant_id": person,
                    "status": status,
                    "arrival_time": arrival,
                }

    return attendance.record_many(session, rows())


def _make_agreements(
    session: Session,
    rng: random.Random,
    program: Program,
    workshop_rows: list[tuple[str, dt.date, str]],
) -> tuple[int, int]:
    today = dt.date.today()
    follow_up_rows: list[dict[str, Any]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for workshop_id, date, code in workshop_rows:
            if date > today:
                continue
            for _ in range(rng.choice((0, 1, 1, 1, 2))):
                agreement_id = new_id()
                due = date + dt.timedelta(days=rng.randint(15, 120))
                status, progress = "pending", 0
                for step in range(rng.choice((0, 1, 1, 2))):
                    day = date + dt.timedelta(days=rng.randint(3, 40) * (step + 1))
                    if day > today:
                        break
                    progress = min(100, progress + rng.choice((20, 30, 50)))
                    status = "done" if progress == 100 else "in_progress"
                    follow_up_rows.append(
                        {
                            "agreement_id": agreement_id,
                            "date": day,
                            "text": rng.choice(words.FOLLOW_UP_TEXTS),
                            "new_status": status,
                            "new_progress": progress,
                        }
                    )
                yield {
                    "id": agreement_id,
                    "workshop_id": workshop_id,
                    "text": rng.choice(words.AGREEMENT_TEXTS),
                    "responsible_organization_id": rng.choice(program.organizations)[0],
                    "responsible_person": rng.choice(words.RESPONSIBLE_PEOPLE_ROLES),
                    "component_id": reference_id("component", code),
                    "due_date": due,
                    "status": status,
                    "progress": progress,
                }

    count = agreements.create_many(session, rows())
    return count, agreements.add_follow_ups_many(session, follow_up_rows)
