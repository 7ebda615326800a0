"""Device tokens: in the system keyring when there is one, otherwise in a file only the
user can read."""

from __future__ import annotations

import stat
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from sync.client import credentials


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in memory (a stand-in for Windows'
    Credential Manager or macOS' Keychain, which this machine has not)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def system_keyring(monkeypatch):
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("PARTICIPA_CREDENTIALS", raising=False)
    yield backend
    keyring.set_keyring(previous)


def test_the_token_goes_to_the_keyring_when_there_is_one(system_keyring, tmp_path):
    where = credentials.save_token(tmp_path, "00000000000000a1", "ffffffffffffff01", "t0k3n")
    assert where == "llavero del sistema"
    assert not (tmp_path / "credenciales").exists()
    assert credentials.load_token(tmp_path, "00000000000000a1", "ffffffffffffff01") == "t0k3n"
    assert credentials.load_token(tmp_path, "00000000000000a1", "ffffffffffffff02") is None


def test_without_a_keyring_the_token_is_a_private_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PARTICIPA_CREDENTIALS", "file")
    where = credentials.save_token(tmp_path, "00000000000000a1", "ffffffffffffff01", "t0k3n")
    mode = stat.S_IMODE((tmp_path / "credenciales").stat().st_mode)
    assert mode == 0o700
    assert stat.S_IMODE(Path(where).stat().st_mode) == 0o600
    assert credentials.load_token(tmp_path, "00000000000000a1", "ffffffffffffff01") == "t0k3n"
    credentials.save_token(tmp_path, "00000000000000a1", "ffffffffffffff01", "nuevo")
    assert credentials.load_token(tmp_path, "00000000000000a1", "ffffffffffffff01") == "nuevo"
