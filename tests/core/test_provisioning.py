"""Provisioning files: signed by the program's key, readable by a person, refused whole when
altered, malformed, of a newer format or signed by a key this installation does not trust;
found beside a built app's executable."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from participa_desktop import paths
from participa_desktop.core import provisioning
from participa_desktop.core.provisioning import (
    FILE_NAME,
    TRUSTED_KEYS_VARIABLE,
    Provisioning,
    ProvisioningError,
    canonical_bytes,
    find_provisioning,
    load_signing_key,
    make_key_pair,
    read_provisioning,
    write_provisioning,
)

IMPLEMENTATION = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
CREATED = dt.datetime(2025, 5, 2, 14, 3, tzinfo=dt.UTC)


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    """A key pair made by `make_key_pair`: the private key's path (KEYFILE.pub beside it)."""
    path = tmp_path / "claves" / "coordinacion.key"
    path.parent.mkdir()
    make_key_pair(path)
    return path


@pytest.fixture
def trusted(key_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This installation trusts `key_file` (through PARTICIPA_TRUSTED_KEYS)."""
    public = key_file.with_name(key_file.name + ".pub")
    monkeypatch.setenv(TRUSTED_KEYS_VARIABLE, str(public))
    return public


@pytest.fixture
def write(key_file: Path, tmp_path: Path):
    """write(**changes): a provisioning file for Fundación Minga, signed with `key_file`."""

    def write_(out: Path | None = None, key: Path | None = None, **changes) -> Path:
        out = out or tmp_path / FILE_NAME
        values = {"server_url": "https://sincronizacion.minga.org",
                  "organization_name": "Fundación Minga", "enrolment_code": "7F3-A21-9C4",
                  "implementation_id": IMPLEMENTATION, "language": "es", "now": CREATED}
        values.update(changes)
        write_provisioning(out, load_signing_key(key or key_file), **values)
        return out

    return write_


def edit_json(path: Path, change) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")


# --- keys ------------------------------------------------------------------------------------


def test_a_key_pair_is_a_private_pem_only_its_owner_reads_and_a_one_line_public_key(
    tmp_path: Path
) -> None:
    private = tmp_path / "coordinacion.key"
    public = make_key_pair(private)

    assert public == tmp_path / "coordinacion.key.pub"
    assert private.read_text().startswith("-----BEGIN PRIVATE KEY-----")  # PKCS8
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    lines = public.read_text().splitlines()
    assert len(lines) == 1 and len(base64.b64decode(lines[0], validate=True)) == 32
    load_signing_key(private)  # usable for signing


@pytest.mark.parametrize("existing", ["coordinacion.key", "coordinacion.key.pub"])
def test_a_key_is_never_overwritten(tmp_path: Path, existing: str) -> None:
    (tmp_path / existing).write_text("clave de antes")

    with pytest.raises(ProvisioningError, match="Ya existe"):
        make_key_pair(tmp_path / "coordinacion.key")

    assert (tmp_path / existing).read_text() == "clave de antes"
    assert sorted(p.name for p in tmp_path.iterdir()) == [existing]


def test_a_file_that_is_not_a_private_key_cannot_sign(key_file: Path, tmp_path: Path) -> None:
    with pytest.raises(ProvisioningError, match="no es una clave privada"):
        load_signing_key(key_file.with_name(key_file.name + ".pub"))
    with pytest.raises(ProvisioningError, match="No existe el archivo de clave"):
        load_signing_key(tmp_path / "no-existe.key")


# --- round trip --------------------------------------------------------------------------


def test_a_written_file_reads_back_and_a_person_can_read_what_it_says(
    write, trusted: Path
) -> None:
    path = write()

    assert read_provisioning(path) == Provisioning(
        server_url="https://sincronizacion.minga.org", organization_name="Fundación Minga",
        enrolment_code="7F3-A21-9C4", implementation_id=IMPLEMENTATION, language="es",
        created_at=CREATED)
    text = path.read_text(encoding="utf-8")
    assert "Fundación Minga" in text and "\n" in text.strip()  # not escaped, not one line
    document = json.loads(text)
    assert set(document) == {"formato", "contenido", "clave", "firma"}
    assert document["contenido"]["creado"] == "2025-05-02T14:03:00Z"
    assert document["contenido"]["formato"] == 1
    assert document["clave"] == trusted.read_text().strip()


def test_optional_values_may_be_left_out_and_values_are_normalised(
    write, trusted: Path
) -> None:
    path = write(server_url=" http://localhost:8765/ ", organization_name="  Minga ",
                 enrolment_code=None, implementation_id=IMPLEMENTATION.upper(),
                 language=None)

    found = read_provisioning(path)
    assert found.server_url == "http://localhost:8765"  # http only to this computer
    assert found.organization_name == "Minga"
    assert found.enrolment_code is None and found.language is None
    assert found.implementation_id == IMPLEMENTATION


def test_the_signature_covers_the_canonical_bytes_of_the_content(write, trusted) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    document = json.loads(write().read_text(encoding="utf-8"))
    canonical = canonical_bytes(document["contenido"])
    assert canonical.startswith(b'{"codigo":"7F3-A21-9C4","creado":')
    assert "Fundación".encode() in canonical
    Ed25519PublicKey.from_public_bytes(base64.b64decode(document["clave"])).verify(
        base64.b64decode(document["firma"]), canonical)


@pytest.mark.parametrize(("changes", "message"), [
    ({"server_url": "http://sincronizacion.minga.org"}, "no es segura"),
    ({"server_url": "ftp://sincronizacion.minga.org"}, "no es una dirección de servidor"),
    ({"organization_name": "   "}, "nombre de la organización"),
    ({"enrolment_code": " "}, "código de inscripción"),
    ({"implementation_id": "Activa Buenaventura"}, "no es el identificador"),
    ({"language": "fr"}, "no es un idioma"),
])
def test_values_a_file_may_not_hold_are_refused_and_nothing_is_written(
    write, tmp_path: Path, changes: dict, message: str
) -> None:
    with pytest.raises(ProvisioningError, match=message):
        write(**changes)
    assert not (tmp_path / FILE_NAME).exists()


def test_writing_again_replaces_the_file_in_one_step(
    write, trusted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(organization_name="Primera")
    write(organization_name="Segunda")
    assert read_provisioning(path).organization_name == "Segunda"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # partners hand it out

    def broken_replace(_source, _target) -> None:
        raise OSError(28, "No queda espacio en el dispositivo")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write(organization_name="Tercera")
    assert read_provisioning(path).organization_name == "Segunda"  # the old file, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claves", FILE_NAME]  # no temp


# --- refusals ----------------------------------------------------------------------------


def test_a_one_character_change_to_the_server_is_refused_as_altered(write, trusted) -> None:
    path = write()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("sincronizacion.minga.org", "sincronizacion.mlnga.org"),
                    encoding="utf-8")

    with pytest.raises(ProvisioningError) as refused:
        read_provisioning(path)
    assert str(refused.value) == (
        f"El archivo de aprovisionamiento «{FILE_NAME}» fue modificado después de firmado, "
        "así que no se usa. Pida a su organización uno nuevo.")


@pytest.mark.parametrize("change", [
    lambda d: d["contenido"].update(codigo="OTRO-CODIGO"),
    lambda d: d["contenido"].update(idioma=None),
    lambda d: d["contenido"].pop("implementacion"),
    lambda d: d["contenido"].update(extra="añadido"),
    lambda d: d.update(firma=base64.b64encode(bytes(64)).decode()),
], ids=["code", "language", "removed", "added", "signature"])
def test_any_other_change_after_signing_is_refused_as_altered(write, trusted, change) -> None:
    path = write()
    edit_json(path, change)

    with pytest.raises(ProvisioningError, match="modificado después de firmado"):
        read_provisioning(path)


def test_a_changed_key_does_not_match_the_signature(write, trusted, tmp_path: Path) -> None:
    other = tmp_path / "otra.key"
    other_public = make_key_pair(other)
    path = write()
    edit_json(path, lambda d: d.update(clave=other_public.read_text().strip()))

    with pytest.raises(ProvisioningError, match="modificado después de firmado"):
        read_provisioning(path)


def test_a_file_signed_with_a_key_this_installation_does_not_trust_is_refused(
    write, trusted, tmp_path: Path
) -> None:
    stranger = tmp_path / "desconocida.key"
    make_key_pair(stranger)
    path = write(key=stranger, server_url="https://servidor-falso.example")

    with pytest.raises(ProvisioningError, match="no confía"):
        read_provisioning(path)


def test_without_trusted_keys_no_file_is_used(
    write, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TRUSTED_KEYS_VARIABLE, raising=False)
    with pytest.raises(ProvisioningError, match="no confía"):
        read_provisioning(write())


@pytest.mark.parametrize("data", [
    b"", b"esto no es JSON", b"\xff\xfe\x00", b"[1, 2]", b'{"formato": "1"}',
    b'{"formato": true}', b'{"formato": 0}', b'{"contenido": {}}',
    b'{"formato": 1, "contenido": {}, "clave": "no-es-base64!", "firma": ""}',
    b'{"formato": 1, "contenido": [], "clave": "", "firma": ""}',
    b" " * (provisioning.MAX_FILE_BYTES + 1),
], ids=["empty", "text", "binary", "list", "format-text", "format-bool", "format-0",
        "no-format", "bad-key", "content-list", "huge"])
def test_what_is_not_a_provisioning_file_is_refused(
    tmp_path: Path, trusted, data: bytes
) -> None:
    path = tmp_path / "notas.json"
    path.write_bytes(data)

    with pytest.raises(ProvisioningError) as refused:
        read_provisioning(path)
    assert str(refused.value) == (
        "«notas.json» no es un archivo de aprovisionamiento de Participa+ (o está dañado). "
        "Pida a su organización el archivo correcto.")


def test_a_file_of_a_newer_format_names_what_to_do(write, trusted) -> None:
    path = write()
    edit_json(path, lambda d: d.update(formato=2))

    with pytest.raises(ProvisioningError, match=r"versión más nueva.*formato 2"):
        read_provisioning(path)


def test_a_missing_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ProvisioningError, match="No se pudo leer"):
        read_provisioning(tmp_path / FILE_NAME)


def test_signed_content_that_a_file_may_not_hold_is_refused(
    key_file: Path, trusted, tmp_path: Path
) -> None:
    key = load_signing_key(key_file)
    content = {"formato": 1, "creado": "2025-05-02T14:03:00Z",
               "servidor": "http://10.0.0.7", "organizacion": "Minga", "codigo": None,
               "implementacion": None, "idioma": None}
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps({
        "formato": 1, "contenido": content,
        "clave": trusted.read_text().strip(),
        "firma": base64.b64encode(key.sign(canonical_bytes(content))).decode()}))

    with pytest.raises(ProvisioningError, match=r"no es válido: .*no es segura"):
        read_provisioning(path)


# --- trusted keys ------------------------------------------------------------------------


def test_trusted_keys_come_from_the_resources_and_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    shipped = resources / "provisioning" / "trusted-keys"
    shipped.mkdir(parents=True)
    (shipped / "README.md").write_text("no es una clave")
    monkeypatch.setattr(paths, "resources_root", lambda: resources)
    made = {}
    for name, folder in (("coordinacion", shipped), ("socio", tmp_path / "socio"),
                         ("pruebas", tmp_path / "pruebas")):
        folder.mkdir(exist_ok=True)
        made[name] = make_key_pair(folder / f"{name}.key")
    (shipped / "rota.pub").write_text("no-es-una-clave")
    monkeypatch.setenv(TRUSTED_KEYS_VARIABLE, os.pathsep.join(
        [str(tmp_path / "socio"), str(made["pruebas"]), str(tmp_path / "no-existe")]))

    trusted = provisioning.trusted_keys()

    assert sorted(trusted.values()) == sorted(made.values())


def test_the_shipped_trusted_keys_folder_says_how_keys_get_in() -> None:
    folder = paths.resource_path("provisioning", "trusted-keys")
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "provision-key" in readme and TRUSTED_KEYS_VARIABLE in readme


# --- finding the file --------------------------------------------------------------------


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch):
    """frozen(executable): pretend to be a built app whose executable is there."""

    def freeze(executable: Path) -> None:
        executable.parent.mkdir(parents=True, exist_ok=True)
        monkeypatch.setattr(sys, "frozen", True, raising=False)
        monkeypatch.setattr(sys, "executable", str(executable))

    return freeze


def test_the_file_is_found_beside_a_built_apps_executable(tmp_path: Path, frozen) -> None:
    folder = tmp_path / "Participa"
    frozen(folder / "participa")
    assert find_provisioning() is None  # none there yet

    (folder / FILE_NAME).write_text("{}")
    assert find_provisioning() == folder / FILE_NAME


def test_on_macos_the_file_is_found_beside_the_app_bundle(tmp_path: Path, frozen) -> None:
    frozen(tmp_path / "Descargas" / "Participa.app" / "Contents" / "MacOS" / "participa")
    (tmp_path / "Descargas" / FILE_NAME).write_text("{}")

    assert find_provisioning() == tmp_path / "Descargas" / FILE_NAME


def test_running_from_source_finds_none(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    (tmp_path / FILE_NAME).write_text("{}")

    assert find_provisioning() is None
