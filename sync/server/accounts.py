"""Organisations, people, enrolment codes and enrolled devices.

Secrets (enrolment codes, device tokens) are stored only as SHA-256 hashes: a copy of the
database does not let anyone sync. Codes are single-use and expire; enrolment attempts
are counted per client address in the database, so every server process shares the limit.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.engine.ids import new_id
from sync.protocol import ROLE_NAMES, ROLES

from .database import Database, now
from .problems import Problem
from .tables import device, enrolment_attempt, enrolment_code, organization, person

_DEVICE_ID = re.compile(r"^[0-9a-f]{16}$")
_DURATION = re.compile(r"^(\d+)\s*([mhd])$")
_UNIT_SECONDS = {"m": 60, "h": 3600, "d": 86400}


class AdminError(ValueError):
    """A server-admin request that cannot be done; `str()` is Spanish."""


@dataclass(frozen=True)
class Organization:
    id: str
    name: str


@dataclass(frozen=True)
class DeviceIdentity:
    """The device a request's token belongs to."""

    device_id: str
    organization_id: str
    organization_name: str
    role: str
    name: str
    acked_seq: int


@dataclass(frozen=True)
class Enrolment:
    token: str
    device: DeviceIdentity


def secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_duration(text: str) -> int:
    """Seconds in "30m", "12h" or "7d"; AdminError otherwise."""
    match = _DURATION.match(text.strip().lower())
    if not match or int(match.group(1)) == 0:
        raise AdminError(f"«{text}» no es una duración: use por ejemplo 30m, 12h o 7d.")
    return int(match.group(1)) * _UNIT_SECONDS[match.group(2)]


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AdminError(f"Rol desconocido «{role}»: use {', '.join(ROLES)}.")


def create_organization(db: Database, name: str) -> Organization:
    name = name.strip()
    if not name:
        raise AdminError("La organización necesita un nombre.")
    organization_id = new_id()
    try:
        with db.writing() as connection:
            connection.execute(insert(organization).values(
                id=organization_id, name=name, last_seq=0, created_at=now()))
    except IntegrityError:
        raise AdminError(f"Ya existe una organización llamada «{name}».") from None
    return Organization(organization_id, name)


def find_organization(connection: Connection, name_or_id: str) -> Organization:
    row = connection.execute(
        select(organization.c.id, organization.c.name).where(
            (organization.c.id == name_or_id) | (organization.c.name == name_or_id))
    ).first()
    if row is None:
        raise AdminError(f"No existe la organización «{name_or_id}».")
    return Organization(row.id, row.name)


def list_organizations(db: Database) -> list[tuple[Organization, int, int]]:
    """Every organisation with its number of devices and people."""
    with db.reading() as connection:
        devices = (select(func.count()).select_from(device)
                   .where(device.c.organization_id == organization.c.id).scalar_subquery())
        people = (select(func.count()).select_from(person)
                  .where(person.c.organization_id == organization.c.id).scalar_subquery())
        rows = connection.execute(
            select(organization.c.id, organization.c.name, devices, people)
            .order_by(organization.c.name)
        ).all()
    return [(Organization(r[0], r[1]), r[2], r[3]) for r in rows]


def add_person(db: Database, org: str, name: str, role: str, email: str | None = None) -> str:
    """Create a person account (a coordinator, say) in organisation `org`; its id."""
    _check_role(role)
    if not name.strip():
        raise AdminError("La persona necesita un nombre.")
    person_id = new_id()
    with db.writing() as connection:
        found = find_organization(connection, org)
        connection.execute(insert(person).values(
            id=person_id, organization_id=found.id, name=name.strip(), email=email,
            role=role, created_at=now()))
    return person_id


def create_code(db: Database, org: str, role: str, expires_in: int,
                person_id: str | None = None) -> str:
    """A new single-use enrolment code for `org` and `role`, valid `expires_in` seconds.
    The code is returned once and stored only as a hash."""
    _check_role(role)
    code = "-".join(secrets.token_hex(3).upper() for _ in range(3))
    with db.writing() as connection:
        found = find_organization(connection, org)
        if person_id is not None and connection.execute(
            select(person.c.id).where(person.c.id == person_id,
                                      person.c.organization_id == found.id)
        ).first() is None:
            raise AdminError("Esa persona no pertenece a la organización.")
        connection.execute(insert(enrolment_code).values(
            code_hash=secret_hash(_normal_code(code)), organization_id=found.id,
            person_id=person_id, role=role, created_at=now(), expires_at=now() + expires_in))
    return code


def _normal_code(code: str) -> str:
    """Codes are typed by people: case, spaces and dashes do not matter."""
    return re.sub(r"[\s-]", "", code).upper()


def enrol(db: Database, code: str, device_id: str, device_name: str, client: str,
          *, attempts: int, window: int) -> Enrolment:
    """Spend `code` to enrol device `device_id`; Problem 429/403/409 when it cannot be.
    Failed attempts are counted per `client` address; past `attempts` of them within
    `window` seconds, every attempt from there gets 429 until the window passes."""
    if not _DEVICE_ID.match(device_id):
        raise Problem(400, "equipo-invalido", "El identificador del equipo no es válido.")
    with db.writing() as connection:
        moment = now()
        connection.execute(delete(enrolment_attempt)
                           .where(enrolment_attempt.c.at < moment - window))
        failed = connection.execute(
            select(func.count()).select_from(enrolment_attempt)
            .where(enrolment_attempt.c.client == client)
        ).scalar_one()
    if failed >= attempts:
        raise Problem(
            429, "demasiados-intentos",
            "Demasiados intentos de inscripción fallidos desde este equipo. Espere unos "
            "minutos y revise el código con su coordinador(a).",
            headers={"Retry-After": str(window)},
        )
    try:
        return _spend_code(db, code, device_id, device_name)
    except Problem:
        # Only failures count: a whole workshop may enrol from one address.
        with db.writing() as connection:
            connection.execute(insert(enrolment_attempt).values(client=client, at=now()))
        raise


def _spend_code(db: Database, code: str, device_id: str, device_name: str) -> Enrolment:
    with db.writing() as connection:
        moment = now()
        spent = connection.execute(
            update(enrolment_code)
            .where(enrolment_code.c.code_hash == secret_hash(_normal_code(code)),
                   enrolment_code.c.used_at.is_(None),
                   enrolment_code.c.expires_at > moment)
            .values(used_at=moment, used_by=device_id)
            .returning(enrolment_code.c.organization_id, enrolment_code.c.role,
                       enrolment_code.c.person_id)
        ).first()
        if spent is None:
            raise Problem(403, "codigo-invalido",
                          "El código de inscripción no es válido, ya se usó o venció. Pida "
                          "uno nuevo a su coordinador(a).")
        existing = connection.execute(
            select(device.c.organization_id).where(device.c.id == device_id)
        ).first()
        if existing is not None and existing.organization_id != spent.organization_id:
            raise Problem(409, "equipo-de-otra-organizacion",
                          "Este archivo de datos ya está inscrito en otra organización. Cree "
                          "uno nuevo, o dele una identidad nueva con «participa new-device».")
        token = secrets.token_urlsafe(32)
        values = {"organization_id": spent.organization_id, "person_id": spent.person_id,
                  "role": spent.role, "name": device_name.strip()[:120] or device_id,
                  "token_hash": secret_hash(token), "enrolled_at": moment}
        if existing is None:
            connection.execute(insert(device).values(id=device_id, acked_seq=0, **values))
        else:  # the same laptop again (a lost token): a new token replaces the old one
            connection.execute(update(device).where(device.c.id == device_id).values(**values))
        identity = _identity(connection, device.c.id == device_id)
    assert identity is not None
    return Enrolment(token, identity)


def authenticate(db: Database, token: str) -> DeviceIdentity | None:
    """The device whose token this is, or None."""
    with db.reading() as connection:
        return _identity(connection, device.c.token_hash == secret_hash(token))


def _identity(connection: Connection, where: object) -> DeviceIdentity | None:
    row = connection.execute(
        select(device.c.id, device.c.organization_id, organization.c.name, device.c.role,
               device.c.name, device.c.acked_seq)
        .join(organization, organization.c.id == device.c.organization_id).where(where)
    ).first()
    return DeviceIdentity(*row) if row else None


def list_devices(db: Database, organization_id: str) -> list[dict]:
    with db.reading() as connection:
        rows = connection.execute(
            select(device.c.id, device.c.name, device.c.role, device.c.enrolled_at,
                   device.c.last_seen_at, device.c.acked_seq)
            .where(device.c.organization_id == organization_id).order_by(device.c.name)
        ).all()
    return [dict(r._mapping) for r in rows]


def role_name(role: str) -> str:
    return ROLE_NAMES.get(role, role)
