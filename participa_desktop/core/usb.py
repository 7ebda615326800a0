"""Packages carried on a USB stick, as the app handles them: a file name for a package of
this device, the packages found among chosen files and folders, and merging several one
after another with an outcome for each (a bad package never stops the others).

No Qt here: the sync screen runs these on its task runner.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sync.engine.errors import PackageError
from sync.engine.package import PACKAGE_SUFFIX

from . import replication
from .services import sync_history
from .store import Store

#: What an import reports after each package: (file name, packages done, total).
Progress = Callable[[str, int, int], None]

MERGED = "merged"  #: merged; its counts say what it brought
ALREADY = "already"  #: merged before: nothing new, nothing changed
OWN = "own"  #: written by this very device: not merged (nothing in it is new here)
FAILED = "failed"  #: not merged (damaged, not a package, newer app…): `message` says why
SKIPPED = "skipped"  #: not tried: the import was cancelled before it


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one chosen package file."""

    path: Path
    kind: str
    source_name: str = ""
    new: int = 0
    updated: int = 0
    conflicts: int = 0
    message: str = ""

    @property
    def changed(self) -> bool:
        return self.kind == MERGED and bool(self.new or self.updated or self.conflicts)


def package_file_name(device_name: str, now: dt.datetime | None = None) -> str:
    """A file name for a package of this device, safe on any USB stick (FAT32): the device
    name without accents or symbols, and the local date and time, e.g.
    "participa-portatil-ana-2025-03-04-1530.participa"."""
    moment = now or dt.datetime.now()
    plain = unicodedata.normalize("NFKD", device_name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40] or "equipo"
    return f"participa-{plain}-{moment:%Y-%m-%d-%H%M}{PACKAGE_SUFFIX}"


def new_package_path(folder: Path, device_name: str, now: dt.datetime | None = None) -> Path:
    """A path in `folder` for a new package of this device that names no existing file
    (a second export within the minute gets "-2", and so on)."""
    name = package_file_name(device_name, now)
    path = folder / name
    number = 2
    while path.exists():
        path = folder / name.replace(PACKAGE_SUFFIX, f"-{number}{PACKAGE_SUFFIX}")
        number += 1
    return path


def package_files(chosen: Iterable[Path]) -> list[Path]:
    """The package files among `chosen`: a file stands for itself (whatever its name, so
    a renamed package can still be imported), a folder for the `.participa` files directly
    in it, sorted by name. Each file once, in the order given."""
    found: list[Path] = []
    for path in chosen:
        if path.is_dir():
            found += sorted((p for p in path.iterdir()
                             if p.suffix.lower() == PACKAGE_SUFFIX and p.is_file()),
                            key=lambda p: p.name.lower())
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def import_packages(store: Store, packages: list[Path], *,
                    cancelled: Callable[[], bool] = lambda: False,
                    progress: Progress | None = None) -> list[ImportOutcome]:
    """Merge `packages` into `store` one after another (each in its own transaction, see
    `replication.merge`); returns one outcome per package, in order.

    A package that cannot be merged is reported (FAILED with the engine's Spanish message)
    and the next one is tried. A file this device wrote a package to is not merged (OWN):
    merging its own package back would gain nothing and would overwrite the history line
    of the package sent with one of a package received. `cancelled()` is asked between
    packages: the remaining ones are SKIPPED, the merged ones stay merged. Runs on a
    worker thread; raises only for what is not about a package (an unexpected error)."""
    with store.reading() as session:
        known = sync_history.handled_ids(session)
        own_files = {_resolved(f) for f in sync_history.sent_files(session)}
    outcomes: list[ImportOutcome] = []
    for done, path in enumerate(packages):
        if cancelled():
            outcomes += [ImportOutcome(p, SKIPPED) for p in packages[done:]]
            break
        if progress is not None:
            progress(path.name, done, len(packages))
        if _resolved(str(path)) in own_files:
            outcomes.append(ImportOutcome(path, OWN))
        else:
            outcomes.append(_import_one(store, path, known))
    if progress is not None and not cancelled():
        progress("", len(packages), len(packages))
    return outcomes


def _resolved(path: str) -> Path:
    try:
        return Path(path).resolve()
    except OSError:  # pragma: no cover - a path the system cannot resolve
        return Path(path)


def _import_one(store: Store, path: Path, known: dict[str, str]) -> ImportOutcome:
    try:
        summary = replication.merge(store, path)
    except PackageError as error:
        return ImportOutcome(path, FAILED, message=str(error))
    except OSError as error:
        return ImportOutcome(path, FAILED, message=(
            f"No se pudo leer «{path.name}»: {error.strerror or error}. Revise que la "
            "memoria USB siga conectada."))
    except sqlite3.DatabaseError as error:
        return ImportOutcome(path, FAILED, message=(
            f"No se pudo mezclar «{path.name}» en el archivo de datos ({error}). Nada de "
            "ese paquete se aplicó; vuelva a intentarlo."))
    seen_before = known.get(summary.package_id)
    known[summary.package_id] = "received"
    changed = bool(summary.new or summary.updated or summary.conflicts)
    kind = MERGED
    if seen_before and not changed:
        kind = OWN if seen_before == "sent" else ALREADY
    return ImportOutcome(path, kind,
                         source_name=summary.source_name, new=summary.new,
                         updated=summary.updated, conflicts=summary.conflicts)
