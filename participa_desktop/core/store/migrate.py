"""Apply the shipped Alembic migrations to an open connection.

Alembic is imported only when a file needs migrating: opening a file that is up to date
(the everyday start) reads the newest schema number from the migration files' names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .search_index import is_search_table

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_schema() -> int:
    """The schema number of the newest shipped migration: the largest numeric prefix of
    the files in `migrations/versions` (revision ids are `NNNN_name`, each revising the
    one before; `tests/core/store/test_migrations.py` holds this equal to Alembic's head)."""
    numbers = [int(path.name.split("_", 1)[0]) for path in (MIGRATIONS / "versions").glob("*.py")
               if path.name[:4].isdigit()]
    assert numbers, f"no migrations in {MIGRATIONS}"
    return max(numbers)


def upgrade(connection: Connection) -> None:
    """Bring the schema to head inside the connection's current transaction."""
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's filter: the local search index (raw SQL in its migration, FTS5 shadow
    tables) is not in the models, and autogenerate must leave it alone."""
    return not (type_ == "table" and name is not None and is_search_table(name))
