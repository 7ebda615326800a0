"""Where a device keeps its server token: the operating system's keyring (Windows
Credential Manager, macOS Keychain, Secret Service) when there is one, otherwise a file
only its user can read, in the app's data folder.

Set `PARTICIPA_CREDENTIALS=file` to skip the keyring (tests, shared accounts).
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

SERVICE = "participa-plus"


def _keyring_usable() -> bool:
    if os.environ.get("PARTICIPA_CREDENTIALS") == "file":
        return False
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 0) > 0


def _account(device_id: str, server_id: str) -> str:
    return f"{device_id}@{server_id}"


def _file(folder: Path, device_id: str, server_id: str) -> Path:
    return folder / "credenciales" / f"{_account(device_id, server_id)}.token"


def save_token(folder: Path, device_id: str, server_id: str, token: str) -> str:
    """Keep `token`; says where ("llavero del sistema" or the file's path)."""
    if _keyring_usable():
        try:
            keyring.set_password(SERVICE, _account(device_id, server_id), token)
            return "llavero del sistema"
        except keyring.errors.KeyringError:
            pass
    path = _file(folder, device_id, server_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    partial = path.with_suffix(".parcial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(token)
    os.replace(partial, path)
    return str(path)


def load_token(folder: Path, device_id: str, server_id: str) -> str | None:
    if _keyring_usable():
        try:
            found = keyring.get_password(SERVICE, _account(device_id, server_id))
        except keyring.errors.KeyringError:
            found = None
        if found:
            return found
    path = _file(folder, device_id, server_id)
    try:
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
