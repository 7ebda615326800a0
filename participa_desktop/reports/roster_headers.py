"""Which column of a roster holds what: headers in Spanish or English matched with
accents, case, spaces and punctuation ignored ("Número de documento" = "numero documento")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.folding import fold

#: Roster fields (our keys) and the headers that name them, written as people write them.
HEADERS: dict[str, tuple[str, ...]] = {
    "given_names": ("Nombres", "Nombre", "Nombre(s)", "First name", "First names",
                    "Given name", "Given names"),
    "surnames": ("Apellidos", "Apellido", "Last name", "Last names", "Surname", "Surnames"),
    "first_surname": ("Primer apellido", "Apellido 1", "First surname", "First last name"),
    "second_surname": ("Segundo apellido", "Apellido 2", "Second surname",
                       "Second last name"),
    "document_type": ("Tipo de documento", "Tipo documento", "Tipo doc", "Tipo de doc",
                      "Tipo de identificación", "Tipo identificación", "Document type", "ID type"),
    "document_number": ("Número de documento", "Numero documento", "No. documento",
                        "N° documento", "Nro documento", "Documento", "Cédula",
                        "Cédula de ciudadanía", "Número de identificación", "Identificación",
                        "Document number", "Document", "ID number", "ID"),
    "phone": ("Celular", "Teléfono", "Teléfono celular", "Número de celular", "Móvil",
              "Phone", "Phone number", "Mobile", "Cell phone"),
    "email": ("Correo", "Correo electrónico", "E-mail", "Email", "Mail"),
    "gender": ("Sexo", "Género", "Gender", "Sex"),
    "birth_date": ("Fecha de nacimiento", "Fecha nacimiento", "F. nacimiento", "Nacimiento",
                   "Birth date", "Date of birth", "Birthdate", "DOB"),
    "ethnic_group": ("Etnia", "Autoidentificación étnica", "Pertenencia étnica",
                     "Grupo étnico", "Ethnicity", "Ethnic group"),
    "organization": ("Organización", "Organization", "Organisation", "Entidad"),
    "territory": ("Municipio", "Ciudad", "Municipality", "Town", "City"),
    "consent": ("Autoriza datos", "Autoriza tratamiento de datos", "Autoriza",
                "Autorización de datos", "Autorización", "Consentimiento", "Consent",
                "Data consent"),
    "consent_date": ("Fecha autorización", "Fecha de autorización", "Fecha de la autorización",
                     "Fecha consentimiento", "Fecha del consentimiento", "Consent date"),
}

#: Rows searched for the header row, from the top of the sheet.
HEADER_SEARCH_ROWS = 10


def _key(text: str) -> str:
    """Headers compare folded and without spaces: "Tipo  doc." = "tipodoc"."""
    return fold(text).replace(" ", "")


_BY_KEY: dict[str, str] = {_key(alias): field for field, aliases in HEADERS.items()
                           for alias in aliases}


def header_field(cell: Any) -> str | None:
    """The roster field a header cell names, or None."""
    if not isinstance(cell, str):
        return None
    return _BY_KEY.get(_key(cell))


def match_headers(cells: Sequence[Any]) -> dict[str, int]:
    """Field → column index (0-based) for the recognised headers of one row; when two
    columns name the same field, the first one wins."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = header_field(cell)
        if field is not None and field not in found:
            found[field] = index
    return found


def find_header_row(rows: Sequence[Sequence[Any]]) -> tuple[int, dict[str, int]] | None:
    """(0-based position, columns) of the first of `rows` (at most HEADER_SEARCH_ROWS)
    with two or more recognised headers; None when there is none."""
    for position, cells in enumerate(rows[:HEADER_SEARCH_ROWS]):
        columns = match_headers(cells)
        if len(columns) >= 2:
            return position, columns
    return None
