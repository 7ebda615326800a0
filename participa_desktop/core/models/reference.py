"""Reference data: the same rows, with the same ids, on every device.

Seeded on first open (`participa_desktop.core.store.seed`), never edited by users and never
replicated: every device already has them. Ids are `stable_id(<table>, code)`.
"""

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import ID_LENGTH, Base


class Component(Base):
    """One of the three components of the Participa+ model."""

    __tablename__ = "component"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]


class DocumentType(Base):
    """A Colombian identity document type (CC, TI, …, NIT for organisations)."""

    __tablename__ = "document_type"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    for_organizations: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int]


class EthnicGroup(Base):
    """An ethnic self-identification category of Colombian statistics (DANE)."""

    __tablename__ = "ethnic_group"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    position: Mapped[int]


class Territory(Base):
    """A Colombian municipality (or non-municipalised area) of DANE's DIVIPOLA."""

    __tablename__ = "territory"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    dane_code: Mapped[str] = mapped_column(String(5), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    department_code: Mapped[str] = mapped_column(String(2))
    department: Mapped[str] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
