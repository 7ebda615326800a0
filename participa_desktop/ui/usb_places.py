"""The file dialogs for USB packages, and where they open: a removable drive when one is
plugged in, else the user's Documents folder."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QFileDialog, QWidget

#: Where Linux desktops and macOS mount removable drives.
_MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


def removable_drives() -> list[Path]:
    """The root folders of the writable removable drives plugged in now (may be empty).
    Asks the operating system only for mounted volumes: fast, no disk access."""
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
    """The first removable drive, else Documents."""
    drives = removable_drives()
    return drives[0] if drives else documents_folder()


def ask_export_folder(parent: QWidget) -> Path | None:
    """Ask where to write a package; None when the person cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate(
            "UsbPlaces", "Elija la memoria USB o la carpeta donde guardar el paquete"),
        str(default_package_folder()))
    return Path(folder) if folder else None


def ask_packages(parent: QWidget) -> list[Path]:
    """Ask for the package files to import (several at once); empty when cancelled."""
    files, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("UsbPlaces", "Elija los paquetes que va a recibir"),
        str(default_package_folder()),
        QCoreApplication.translate(
            "UsbPlaces", "Paquetes de Participa+ (*.participa);;Todos los archivos (*)"))
    return [Path(f) for f in files]


def ask_package_folder(parent: QWidget) -> list[Path]:
    """Ask for a folder whose packages to import; empty when cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate(
            "UsbPlaces", "Elija la carpeta con los paquetes que va a recibir"),
        str(default_package_folder()))
    return [Path(folder)] if folder else []
