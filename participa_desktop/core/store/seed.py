"""Reference data seeded into every data file, with the same ids on every device.

Components, Colombian document types, DANE's ethnic self-identification categories and the
DIVIPOLA municipalities shipped in `resources/data/divipola.csv`. Seeding is an upsert by
id, so it is idempotent and a release that corrects a name corrects it everywhere.
"""

from __future__ import annotations

import csv
import hashlib
import json
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.dialects.sqlite import insert

from participa_desktop.paths import resource_path
from sync.engine.ids import stable_id

from ..models import Component, DocumentType, EthnicGroup, Territory

COMPONENTS = (
    ("liderazgo", "Liderazgos orientados a lo público"),
    ("incidencia", "Incidencia"),
    ("gobierno_abierto", "Gobierno abierto"),
)

# (code, name, for organisations)
DOCUMENT_TYPES = (
    ("CC", "Cédula de ciudadanía", False),
    ("TI", "Tarjeta de identidad", False),
    ("CE", "Cédula de extranjería", False),
    ("PPT", "Permiso por Protección Temporal", False),
    ("PA", "Pasaporte", False),
    ("RC", "Registro civil de nacimiento", False),
    ("NIT", "Número de Identificación Tributaria", True),
)

ETHNIC_GROUPS = (
    ("indigena", "Indígena"),
    ("gitano", "Gitano(a) o Rrom"),
    ("raizal", "Raizal del Archipiélago de San Andrés, Providencia y Santa Catalina"),
    ("palenquero", "Palenquero(a) de San Basilio"),
    ("afro", "Negro(a), mulato(a), afrodescendiente, afrocolombiano(a)"),
    ("ninguno", "Ningún grupo étnico"),
)


@cache
def reference_id(table: str, code: str) -> str:
    """The id of a reference row: the same on every device."""
    return stable_id(table, code)


@cache
def reference_rows() -> dict[Table, list[dict[str, Any]]]:
    """Every reference row, by table."""
    rows: dict[Table, list[dict[str, Any]]] = {
        Component.__table__: [
            {"id": reference_id("component", code), "code": code, "name": name, "position": i}
            for i, (code, name) in enumerate(COMPONENTS)
        ],
        DocumentType.__table__: [
            {
                "id": reference_id("document_type", code),
                "code": code,
                "name": name,
                "for_organizations": for_orgs,
                "position": i,
            }
            for i, (code, name, for_orgs) in enumerate(DOCUMENT_TYPES)
        ],
        EthnicGroup.__table__: [
            {"id": reference_id("ethnic_group", code), "code": code, "name": name, "position": i}
            for i, (code, name) in enumerate(ETHNIC_GROUPS)
        ],
    }
    with resource_path("data", "divipola.csv").open(encoding="utf-8", newline="") as handle:
        rows[Territory.__table__] = [
            {
                "id": reference_id("territory", line["municipality_code"]),
                "dane_code": line["municipality_code"],
                "name": line["municipality"],
                "department_code": line["department_code"],
                "department": line["department"],
                "region": line["region"] or None,
            }
            for line in csv.DictReader(handle)
        ]
    return rows


@cache
def reference_fingerprint() -> str:
    """A hash of all reference rows: re-seed when it differs from the file's."""
    content = {table.name: rows for table, rows in reference_rows().items()}
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()[:16]


def seed_reference_data(connection: Connection) -> None:
    """Upsert every reference row in the connection's transaction."""
    for table, rows in reference_rows().items():
        statement = insert(table)
        columns = {c.name: statement.excluded[c.name] for c in table.columns if c.name != "id"}
        connection.execute(
            statement.on_conflict_do_update(index_elements=["id"], set_=columns), rows
        )
