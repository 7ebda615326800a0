"""Where the app finds its shipped resources and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "ParticipaPlus"
APP_AUTHOR = "ParticipaPlus"


def resources_root() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


#: Environment variable naming another data folder (a portable install, a smoke test).
DATA_FOLDER_VARIABLE = "PARTICIPA_DATA_DIR"


def data_folder() -> Path:
    """The user's data folder (created if missing): `PARTICIPA_DATA_DIR` when set, else the
    platform's per-user data folder."""
    override = os.environ.get(DATA_FOLDER_VARIABLE)
    folder = Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database() -> Path:
    """The embedded default: a SQLite file in the user's data folder."""
    return data_folder() / "participa.sqlite"
