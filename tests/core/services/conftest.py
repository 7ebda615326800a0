"""Fixtures of the service tests: a real data file, valid values, and a check that a refused
call writes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from participa_desktop.core.dump import dump_lines
from participa_desktop.core.services import (
    ValidationError,
    agreements,
    implementations,
    organizations,
    participants,
    workshops,
)
from participa_desktop.core.store import Store
from participa_desktop.core.store.seed import reference_id

BUENAVENTURA = reference_id("territory", "76109")
YUMBO = reference_id("territory", "76892")
CC = reference_id("document_type", "CC")
TI = reference_id("document_type", "TI")
NIT = reference_id("document_type", "NIT")
LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")
AFRO = reference_id("ethnic_group", "afro")
VALID_NIT = "890399010-6"


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "campo.sqlite", device_name="portátil de prueba")
    yield opened
    opened.close()


def snapshot(store: Store) -> str:
    """Everything a write could change: the canonical dump and the device's change state."""
    with store.engine.connect() as connection:
        lines = list(dump_lines(connection))
        state = connection.execute(
            text("SELECT last_seq, clock_millis, clock_counter FROM local_state")
        ).one()
    return "\n".join([*lines, repr(tuple(state))])


@pytest.fixture
def run(store) -> Callable[..., Any]:
    """`run(service_function, *args)`: call it in its own unit of work (committed)."""

    def call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with store.unit_of_work() as session:
            return function(session, *args, **kwargs)

    return call


@pytest.fixture
def refused(store) -> Callable[..., ValidationError]:
    """`refused(function, *args, field=, word=)`: the call, in its own unit of work, raises
    ValidationError whose message for `field` contains `word`, and the file is unchanged."""

    def check(function: Callable[..., Any], *args: Any, field: str, word: str) -> ValidationError:
        before = snapshot(store)
        with pytest.raises(ValidationError) as caught, store.unit_of_work() as session:
            function(session, *args)
        problems = caught.value.problems
        assert field in problems, problems
        assert word in problems[field], problems[field]
        assert snapshot(store) == before
        return caught.value

    return check


@pytest.fixture
def raw(store) -> Callable[..., list[Any]]:
    """`raw(sql, **params)`: rows read straight from the file, bypassing the services."""

    def query(sql: str, **params: Any) -> list[Any]:
        with store.engine.connect() as connection:
            return list(connection.execute(text(sql), params))

    return query


def years_ago(years: int) -> dt.date:
    return dt.date.today() - dt.timedelta(days=round(years * 365.25))


@pytest.fixture
def adult() -> dict[str, Any]:
    """Valid values of an adult participant with consent (typed as people type them)."""
    return {
        "given_names": "María José",
        "first_surname": "Angulo",
        "second_surname": "Riascos",
        "document_type_id": CC,
        "document_number": "1.234.567",
        "gender": "female",
        "birth_date": dt.date(1990, 5, 17),
        "ethnic_group_id": AFRO,
        "disability": "none",
        "phone": "+57 310 555 1234",
        "email": "Maria.Angulo@Ejemplo.COM",
        "territory_id": BUENAVENTURA,
        "consent_date": dt.date(2025, 3, 4),
        "consent_channel": "signed_paper",
        "consent_notice_version": "2025-1",
    }


@pytest.fixture
def minor() -> dict[str, Any]:
    """A 12-year-old with a TI, consent given today, no guardian yet."""
    return {
        "given_names": "Samuel",
        "first_surname": "Caicedo",
        "document_type_id": TI,
        "document_number": "1012345678",
        "birth_date": years_ago(12),
        "consent_date": dt.date.today(),
        "consent_channel": "verbal",
        "consent_notice_version": "2025-1",
    }


@pytest.fixture
def organization_values() -> dict[str, Any]:
    return {
        "name": "Fundación Pacífico Vivo",
        "sector": "civil_society",
        "nit": "890.399.010-6",
        "territory_id": BUENAVENTURA,
        "email": "Contacto@PacificoVivo.org",
        "phone": "+57 602 241 5566",
        "is_model_ally": True,
        "model_transfer_date": "15/06/2024",
    }


@pytest.fixture
def organization(run, organization_values) -> Any:
    return run(organizations.create_organization, organization_values)


@pytest.fixture
def implementation(run, organization) -> Any:
    return run(
        implementations.create_implementation,
        {
            "name": "Activa Buenaventura",
            "territory_id": BUENAVENTURA,
            "lead_organization_id": organization.id,
            "start_date": "2024-02-01",
        },
    )


@pytest.fixture
def workshop_values(implementation) -> dict[str, Any]:
    return {
        "title": "Taller de liderazgo juvenil",
        "implementation_id": implementation.id,
        "date": "04/03/2025",
        "start_time": "09:00",
        "end_time": "12:30",
        "place": "Casa de la cultura",
        "modality": "in_person",
        "facilitators": "Luz Dary Mosquera",
    }


@pytest.fixture
def workshop(run, workshop_values) -> Any:
    return run(workshops.create_workshop, workshop_values, [LIDERAZGO])


@pytest.fixture
def participant(run, adult) -> Any:
    return run(participants.register_participant, adult)


@pytest.fixture
def agreement(run, workshop, organization) -> Any:
    return run(
        agreements.create_agreement,
        {
            "workshop_id": workshop.id,
            "text": "Presentar la propuesta de presupuesto participativo al concejo",
            "responsible_organization_id": organization.id,
            "component_id": INCIDENCIA,
            "due_date": "2025-06-30",
        },
    )
