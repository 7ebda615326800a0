"""`participa provision-key` and `participa provision`: the key pair and the signed file a
partner ships beside the installer; Spanish errors on stderr with exit status 1, and
nothing written when the input is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from participa_desktop.cli import main
from participa_desktop.cli_common import EXIT_ERROR
from participa_desktop.core.provisioning import (
    FILE_NAME,
    TRUSTED_KEYS_VARIABLE,
    read_provisioning,
)

IMPLEMENTATION = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"


@pytest.fixture
def key(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "coordinacion.key"
    assert main(["provision-key", str(path)]) == 0
    capsys.readouterr()
    return path


def provision(key: Path, *extra: str) -> int:
    return main(["provision", "--key", str(key), "--server", "https://sync.minga.org",
                 "--org", "Fundación Minga", *extra])


def test_provision_key_writes_both_halves_and_says_where_the_public_one_goes(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "coordinacion.key"
    assert main(["provision-key", str(path)]) == 0

    out = capsys.readouterr().out
    assert path.is_file() and Path(f"{path}.pub").is_file()
    assert str(path) in out and f"{path}.pub" in out
    assert "resources/provisioning/trusted-keys/" in out


def test_provision_key_refuses_to_overwrite_a_key(key: Path, capsys) -> None:
    before = key.read_bytes()
    assert main(["provision-key", str(key)]) == EXIT_ERROR

    err = capsys.readouterr().err
    assert err.startswith("participa provision-key: Ya existe")
    assert key.read_bytes() == before


def test_provision_writes_a_signed_file_with_the_default_name_here(
    key: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(TRUSTED_KEYS_VARIABLE, f"{key}.pub")

    assert provision(key, "--code", "7F3-A21-9C4", "--implementation", IMPLEMENTATION,
                     "--language", "en") == 0

    out, err = capsys.readouterr()
    found = read_provisioning(tmp_path / FILE_NAME)
    assert (found.server_url, found.organization_name, found.enrolment_code,
            found.implementation_id, found.language) == (
        "https://sync.minga.org", "Fundación Minga", "7F3-A21-9C4", IMPLEMENTATION, "en")
    assert "«Fundación Minga»" in out and FILE_NAME in out
    assert "sirve para un solo equipo" in err  # one-use codes: a warning, not an error
    assert "no confía" not in err


def test_provision_replaces_a_file_and_says_so(key: Path, tmp_path: Path, capsys) -> None:
    out_file = tmp_path / "socio" / "minga.json"
    out_file.parent.mkdir()
    assert provision(key, "--out", str(out_file)) == 0
    assert "reemplazó" not in capsys.readouterr().out

    assert provision(key, "--out", str(out_file)) == 0
    assert "(reemplazó al que había)" in capsys.readouterr().out


def test_provision_warns_when_this_installation_does_not_trust_the_key(
    key: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TRUSTED_KEYS_VARIABLE, raising=False)
    assert provision(key, "--out", str(tmp_path / "x.json")) == 0
    assert "no confía en la clave" in capsys.readouterr().err


@pytest.mark.parametrize(("extra", "message"), [
    (["--server", "http://10.0.0.7"], "no es segura (http:// sin cifrar)"),
    (["--server", "sincronizacion.minga.org"], "no es una dirección de servidor"),
    (["--language", "fr"], "«fr» no es un idioma de la aplicación: use es o en."),
    (["--implementation", "Activa Buenaventura"], "no es el identificador de una "
                                                  "implementación"),
    (["--org", " "], "Escriba el nombre de la organización"),
])
def test_provision_refuses_bad_input_and_writes_nothing(
    key: Path, tmp_path: Path, capsys, extra: list[str], message: str
) -> None:
    out_file = tmp_path / "x.json"
    assert provision(key, "--out", str(out_file), *extra) == EXIT_ERROR

    out, err = capsys.readouterr()
    assert err.startswith("participa provision: ") and message in err
    assert out == ""
    assert not out_file.exists()


def test_provision_needs_a_private_key(tmp_path: Path, key: Path, capsys) -> None:
    assert provision(tmp_path / "no-existe.key", "--out", str(tmp_path / "x.json")) \
        == EXIT_ERROR
    assert "No existe el archivo de clave" in capsys.readouterr().err

    assert provision(Path(f"{key}.pub"), "--out", str(tmp_path / "x.json")) == EXIT_ERROR
    assert "no es una clave privada de aprovisionamiento" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_provision_into_a_missing_folder_fails_in_words(
    key: Path, tmp_path: Path, capsys
) -> None:
    out_file = tmp_path / "no-hay" / "x.json"
    assert provision(key, "--out", str(out_file)) == EXIT_ERROR
    assert f"participa provision: no se pudo usar el archivo «{out_file}»" \
        in capsys.readouterr().err
