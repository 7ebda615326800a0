"""Decide, without writing a byte, whether a file can be opened as a Participa+ database."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import DatabaseCorrupt, DatabaseTooNew, NotAParticipaDatabase

#: SQLite `PRAGMA application_id` of Participa+ data files: "P+DB".
APPLICATION_ID = 0x502B4442
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileFacts:
    """What an existing file is: `schema` 0 means new (absent, empty, or never set up)."""

    schema: int


def check_file(path: Path, known_schema: int, app_version: str) -> FileFacts:
    """Facts about `path`, or the StoreError that says why it must not be opened.

    Reads the file through a read-only connection only; the file's bytes do not change.
    """
    if not path.exists() or path.stat().st_size == 0:
        return FileFacts(schema=0)
    if path.is_dir():
        raise NotAParticipaDatabase(str(path), "es una carpeta")
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotAParticipaDatabase(str(path), "no es un archivo SQLite")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DatabaseCorrupt(str(path), str(error)) from error
    try:
        # Through SQLite, not the header bytes: a file another process has open in WAL
        # mode may have its newest header page in the -wal file only.
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if application_id != APPLICATION_ID:
            if application_id == 0 and not tables:
                return FileFacts(schema=0)  # an empty SQLite file: set it up
            raise NotAParticipaDatabase(str(path), "es una base de datos de otro programa")
        if user_version > known_schema:
            needed = dict(connection.execute("SELECT key, value FROM app_meta").fetchall())
            raise DatabaseTooNew(
                str(path), user_version, needed.get("app_version", "?"), app_version
            )
        return FileFacts(schema=user_version)
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(str(path), str(error)) from error
    finally:
        connection.close()


def verify_integrity(path: Path) -> None:
    """Raise DatabaseCorrupt unless SQLite's `quick_check` passes (reads the whole file:
    seconds on a large one, so the store runs it only before a migration)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(str(path), str(error)) from error
    finally:
        connection.close()
    if result != ["ok"]:
        raise DatabaseCorrupt(str(path), "; ".join(result[:3]))
