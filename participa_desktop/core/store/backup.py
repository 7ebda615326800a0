"""Copies of a data file taken with SQLite's online backup API before a migration."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

KEEP = 3


def backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def take_backup(path: Path, schema: int, keep: int = KEEP) -> Path:
    """Copy `path` (consistently, even in WAL mode) into `backups/`; keep the newest `keep`."""
    folder = backup_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-esquema{schema}{path.suffix or '.sqlite'}"
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    own = re.compile(re.escape(path.stem) + r"-\d{8}-\d{6}-\d{6}-esquema\d+")
    copies = sorted((p for p in folder.iterdir() if own.match(p.stem)), key=lambda p: p.name)
    for old in copies[:-keep]:
        old.unlink()
    return target
