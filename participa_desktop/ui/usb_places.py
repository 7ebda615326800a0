"""The file dialogs for USB packages, and where they open: a removable drive when one is
plugged in, else the user's Documents folder. Looking for the drive asks every mounted
volume, which can stall on a slow or just-removed one: `find_package_folder` does it on the
task runner, and the dialogs are given the folder it found."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QFileDialog, QWidget

from .tasks import TaskRunner

#: Where Linux desktops and macOS mount removable drives.
_MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


def removable_drives() -> list[Path]:
    """The root folders of the writable removable drives plugged in now (may be empty).
    Asks the operating system for each mounted volume: run it on a worker."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if _is_removable(root):
            found.append(Path(root))
    return sorted(found)


def _is_removable(root: str) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]
        return drive_type == _DRIVE_REMOVABLE
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return root.startswith("/Volumes/")
    return root.startswith(_MOUNT_PARENTS)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def default_package_folder() -> Path:
    """The first removable drive, else Documents (run it on a worker)."""
    drives = removable_drives()
    return drives[0] if drives else documents_folder()


def find_package_folder(runner: TaskRunner, owner: QObject,
                        then: Callable[[Path], None]) -> None:
    """Look for the folder the package dialogs open in (`default_package_folder`) on the
    runner, then call `then(folder)` on the GUI thread (with Documents if the look
    failed). Skipped when `owner` is gone by then."""
    runner.run(lambda _task: default_package_folder(), on_done=then,
               on_error=lambda _error: then(documents_folder()), owner=owner)


def ask_export_folder(parent: QWidget, start: Path) -> Path | None:
    """Ask where to write a package, opening in `start`; None when the person
    cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate(
            "UsbPlaces", "Elija la memoria USB o la carpeta donde guardar el paquete"),
        str(start))
    return Path(folder) if folder else None


def ask_packages(parent: QWidget, start: Path) -> list[Path]:
    """Ask for the package files to import (several at once), opening in `start`; empty
    when cancelled."""
    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("UsbPlaces", "Elija los paquetes que va a recibir"),
        str(start),
        QCoreApplication.translate(
            "UsbPlaces", "Paquetes de Participa+ (*.participa);;Todos los archivos (*)"))
    return [Path(f) for f in files]


def ask_package_folder(parent: QWidget, start: Path) -> list[Path]:
    """Ask for a folder whose packages to import, opening in `start`; empty when
    cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate(
            "UsbPlaces", "Elija la carpeta con los paquetes que va a recibir"),
        str(start))
    return [Path(folder)] if folder else []
