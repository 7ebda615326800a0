"""Apply the shipped Alembic migrations to an open connection."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from .search_index import is_search_table

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_schema() -> int:
    """The schema number of the newest shipped migration (its revision id's prefix)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return int(head.split("_", 1)[0])


def upgrade(connection: Connection) -> None:
    """Bring the schema to head inside the connection's current transaction."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's filter: the local search index (raw SQL in its migration, FTS5 shadow
    tables) is not in the models, and autogenerate must leave it alone."""
    return not (type_ == "table" and name is not None and is_search_table(name))
