"""What the `participa` subcommands share: the exit status of an expected error, opening a
data file that must already exist, and reading a date argument."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .core.store import Store

EXIT_ERROR = 1


def existing_store(path: Path) -> Store:
    """The data file at `path`, which must exist (these commands never create one);
    StoreError (Spanish) otherwise."""
    from .core.store import Store, StoreError

    if not path.is_file():
        raise StoreError(f"No existe el archivo «{path}».")
    return Store.open(path)


def day(text: str) -> dt.date:
    """An AAAA-MM-DD argument as a date (argparse shows the Spanish message)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» no es una fecha AAAA-MM-DD") from None
