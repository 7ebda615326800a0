"""Per-partner provisioning files: a small signed JSON file shipped beside the installer that
pre-fills the first run (server, organisation, enrolment code, default implementation,
language). No Qt here: the CLI writes these files, the first-run wizard reads them.

The file, readable by a person (UTF-8 JSON):

    {"formato": 1,
     "contenido": {"formato": 1, "creado": "2025-05-02T14:03:00Z",
                   "servidor": "https://…", "organizacion": "…", "codigo": "…" | null,
                   "implementacion": "<uuid>" | null, "idioma": "es" | "en" | null},
     "clave": "<Ed25519 public key, 32 bytes, base64>",
     "firma": "<Ed25519 signature of canonical_bytes(contenido), base64>"}

The signature covers `canonical_bytes(contenido)`: `json.dumps` with sorted keys, compact
separators and no ASCII escaping, encoded as UTF-8. A file is used only when the signature
matches and the key is one this installation trusts (`trusted_keys`).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import os
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from participa_desktop import paths
from sync.client.errors import InsecureServer, SyncError
from sync.client.transport import check_url

#: The name the app looks for beside its executable (and the CLI's default output).
FILE_NAME = "participa-aprovisionamiento.json"
#: The version of the file's layout this app reads and writes.
FORMAT = 1
#: Extra trusted public keys: `os.pathsep`-separated `.pub` files or folders of them.
TRUSTED_KEYS_VARIABLE = "PARTICIPA_TRUSTED_KEYS"
#: Interface languages a file may choose (the same as `ui.settings.LANGUAGES`).
LANGUAGES = ("es", "en")
PUBLIC_KEY_SUFFIX = ".pub"
#: Anything bigger is not a provisioning file (they are a few hundred bytes).
MAX_FILE_BYTES = 64 * 1024
MAX_NAME_LENGTH = 200
MAX_CODE_LENGTH = 100

_log = logging.getLogger(__name__)


class ProvisioningError(Exception):
    """A provisioning file or key that cannot be used; `str()` is a Spanish sentence
    saying what happened and what to do."""


@dataclass(frozen=True)
class Provisioning:
    """What a valid, trusted provisioning file says."""

    server_url: str
    organization_name: str
    enrolment_code: str | None
    implementation_id: str | None
    language: str | None
    created_at: dt.datetime


# --- keys ---------------------------------------------------------------------------------


def public_key_path(private_key: Path) -> Path:
    """Where `make_key_pair` puts the public half of `private_key`: KEYFILE.pub."""
    return private_key.with_name(private_key.name + PUBLIC_KEY_SUFFIX)


def make_key_pair(private_key: Path) -> Path:
    """Make an Ed25519 key pair: the private key at `private_key` (PEM, PKCS8, mode 0600)
    and the public key beside it (`public_key_path`: raw 32 bytes in base64, one line).
    Returns the public key's path. Never overwrites: ProvisioningError when either file
    exists (and then nothing is written)."""
    public_key = public_key_path(private_key)
    for path in (private_key, public_key):
        if path.exists():
            raise ProvisioningError(
                f"Ya existe «{path}»: no se reemplaza una clave (los archivos firmados con "
                "ella dejarían de ser válidos). Elija otro nombre.")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    _write_new(private_key, pem, 0o600)
    try:
        _write_new(public_key, (encode_public_key(key.public_key()) + "\n").encode("ascii"),
                   0o644)
    except BaseException:
        private_key.unlink(missing_ok=True)
        raise
    return public_key


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create `path` (it must not exist) with `mode` from the start, and write `data`."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise ProvisioningError(f"Ya existe «{path}»: elija otro nombre.") from None
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)


def encode_public_key(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_signing_key(path: Path) -> Ed25519PrivateKey:
    """The private key `make_key_pair` wrote at `path`; ProvisioningError otherwise."""
    if not path.is_file():
        raise ProvisioningError(
            f"No existe el archivo de clave «{path}». Cree una clave con «participa "
            "provision-key ARCHIVO» o indique la que usa su organización.")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ProvisioningError(
            f"No se pudo leer la clave «{path}»: {error.strerror or error}.") from None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise ProvisioningError(
            f"«{path}» no es una clave privada de aprovisionamiento (se esperaba la que "
            "escribe «participa provision-key»).")
    return key


def trusted_keys() -> dict[bytes, Path]:
    """The public keys this installation trusts (raw bytes → the file it came from): every
    `*.pub` in the resources' `provisioning/trusted-keys/`, and the files and folders named
    in PARTICIPA_TRUSTED_KEYS. A file that is not a public key is skipped (and logged)."""
    sources = [paths.resource_path("provisioning", "trusted-keys")]
    sources += [Path(entry) for entry in
                os.environ.get(TRUSTED_KEYS_VARIABLE, "").split(os.pathsep) if entry.strip()]
    keys: dict[bytes, Path] = {}
    for source in sources:
        if source.is_dir():
            files = sorted(source.glob("*" + PUBLIC_KEY_SUFFIX))
        elif source.is_file():
            files = [source]
        else:
            _log.warning("Claves de confianza: no existe «%s»", source)
            continue
        for file in files:
            raw = _read_public_key(file)
            if raw is None:
                _log.warning("Claves de confianza: «%s» no es una clave pública", file)
            else:
                keys.setdefault(raw, file)
    return keys


def is_trusted(key: Ed25519PrivateKey) -> bool:
    """Whether this installation accepts files signed with `key`."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw,
                                        serialization.PublicFormat.Raw)
    return raw in trusted_keys()


def _read_public_key(path: Path) -> bytes | None:
    try:
        return _decode_key(path.read_text(encoding="ascii").strip())
    except (OSError, UnicodeDecodeError):
        return None


def _decode_key(text: object) -> bytes | None:
    """The raw 32 bytes of a base64 public key, or None."""
    raw = _decode(text)
    return raw if raw is not None and len(raw) == 32 else None


def _decode(text: object) -> bytes | None:
    if not isinstance(text, str):
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


# --- what a file may say --------------------------------------------------------------------


def check_settings(server_url: str, organization_name: str, enrolment_code: str | None,
                   implementation_id: str | None, language: str | None
                   ) -> tuple[str, str, str | None, str | None, str | None]:
    """The values as a file holds them (URL without trailing slash, names trimmed, the
    implementation id in canonical UUID form); ProvisioningError saying what is wrong."""
    try:
        url = check_url(server_url)
    except InsecureServer:
        raise ProvisioningError(
            f"La dirección «{server_url}» no es segura (http:// sin cifrar). Use la "
            "dirección https:// del servidor; http:// solo se admite hacia este mismo "
            "computador (localhost), para pruebas.") from None
    except SyncError as error:
        raise ProvisioningError(str(error)) from None
    organization = organization_name.strip()
    if not organization or len(organization) > MAX_NAME_LENGTH:
        raise ProvisioningError(
            f"Escriba el nombre de la organización (hasta {MAX_NAME_LENGTH} caracteres).")
    code = None
    if enrolment_code is not None:
        code = enrolment_code.strip()
        if not code or len(code) > MAX_CODE_LENGTH:
            raise ProvisioningError(
                "El código de inscripción está vacío o es demasiado largo: escriba el que "
                "entregó «participa server-admin create-code», u omítalo.")
    implementation = None
    if implementation_id is not None:
        try:
            implementation = str(uuid.UUID(implementation_id.strip()))
        except ValueError:
            raise ProvisioningError(
                f"«{implementation_id}» no es el identificador de una implementación (un "
                "UUID como 0190a1b2-…, que muestra «participa dump» en la tabla "
                "implementation).") from None
    if language is not None and language not in LANGUAGES:
        raise ProvisioningError(
            f"«{language}» no es un idioma de la aplicación: use "
            f"{' o '.join(LANGUAGES)}.")
    return url, organization, code, implementation, language


def canonical_bytes(content: dict[str, Any]) -> bytes:
    """The bytes a signature covers: sorted keys, compact separators, UTF-8."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


# --- writing ------------------------------------------------------------------------------


def write_provisioning(out: Path, key: Ed25519PrivateKey, *, server_url: str,
                       organization_name: str, enrolment_code: str | None = None,
                       implementation_id: str | None = None, language: str | None = None,
                       now: dt.datetime | None = None) -> Provisioning:
    """Sign and write a provisioning file at `out`, replacing one that is there: the new
    file is written beside it and moved over it in one step, so `out` is always either
    the old file or the whole new one. ProvisioningError for values a file may not hold
    (see `check_settings`); OSError when `out` cannot be written."""
    url, organization, code, implementation, chosen_language = check_settings(
        server_url, organization_name, enrolment_code, implementation_id, language)
    created = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    content = {
        "formato": FORMAT,
        "creado": created.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "servidor": url,
        "organizacion": organization,
        "codigo": code,
        "implementacion": implementation,
        "idioma": chosen_language,
    }
    document = {
        "formato": FORMAT,
        "contenido": content,
        "clave": encode_public_key(key.public_key()),
        "firma": base64.b64encode(key.sign(canonical_bytes(content))).decode("ascii"),
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    _replace(out, text.encode("utf-8"))
    return Provisioning(url, organization, code, implementation, chosen_language, created)


def _replace(out: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `out`, then move it over `out`. An OSError
    names `out` (not the temporary file)."""
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=".participa-aprovisionamiento-",
                                                 suffix=".tmp", dir=out.parent)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(out)) from error
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes it 0600; partners hand this file out
        os.replace(temporary, out)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(out)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- reading ------------------------------------------------------------------------------


def read_provisioning(path: Path) -> Provisioning:
    """What the provisioning file at `path` says. ProvisioningError (Spanish, saying what
    to do) when it cannot be read, is not a provisioning file, is of a newer format, was
    altered after it was signed, or is signed with a key this installation does not
    trust (`trusted_keys`)."""
    name = path.name
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ProvisioningError(
            f"No se pudo leer el archivo de aprovisionamiento «{path}»: "
            f"{error.strerror or error}.") from None
    not_ours = ProvisioningError(
        f"«{name}» no es un archivo de aprovisionamiento de Participa+ (o está dañado). "
        "Pida a su organización el archivo correcto.")
    if len(data) > MAX_FILE_BYTES:
        raise not_ours
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise not_ours from None
    if not isinstance(document, dict) or type(document.get("formato")) is not int:
        raise not_ours
    if document["formato"] > FORMAT:
        raise ProvisioningError(
            f"El archivo de aprovisionamiento «{name}» es de una versión más nueva de "
            f"Participa+ (formato {document['formato']}). Instale la versión más reciente "
            "de la aplicación o pida a su organización un archivo para esta versión.")
    content = document.get("contenido")
    key = _decode_key(document.get("clave"))
    signature = _decode(document.get("firma"))
    if document["formato"] != FORMAT or not isinstance(content, dict) or key is None \
            or signature is None:
        raise not_ours
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, canonical_bytes(content))
    except (InvalidSignature, ValueError):
        raise ProvisioningError(
            f"El archivo de aprovisionamiento «{name}» fue modificado después de firmado, "
            "así que no se usa. Pida a su organización uno nuevo.") from None
    if key not in trusted_keys():
        raise ProvisioningError(
            f"El archivo de aprovisionamiento «{name}» está firmado con una clave en la que "
            "esta instalación de Participa+ no confía, así que no se usa. Use el archivo "
            "que vino con su instalador o pida uno a su organización.")
    return _provisioning(content, name)


def _provisioning(content: dict[str, Any], name: str) -> Provisioning:
    """The signed content as a Provisioning; ProvisioningError when it is not valid (a
    file signed by a trusted key but not made by `write_provisioning`)."""

    def text(field: str, optional: bool = True) -> str | None:
        value = content.get(field)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ProvisioningError(
                f"El archivo de aprovisionamiento «{name}» no es válido (falta «{field}» o "
                "no es un texto). Pida a su organización uno nuevo.")
        return value

    if content.get("formato") != FORMAT:
        raise ProvisioningError(
            f"El archivo de aprovisionamiento «{name}» no es válido (formato del contenido). "
            "Pida a su organización uno nuevo.")
    created_text = text("creado", optional=False)
    try:
        created = dt.datetime.fromisoformat(created_text or "")
    except ValueError:
        created = None
    if created is None or created.tzinfo is None:
        raise ProvisioningError(
            f"El archivo de aprovisionamiento «{name}» no es válido (fecha de creación). "
            "Pida a su organización uno nuevo.")
    try:
        values = check_settings(text("servidor", optional=False) or "",
                                text("organizacion", optional=False) or "",
                                text("codigo"), text("implementacion"), text("idioma"))
    except ProvisioningError as error:
        raise ProvisioningError(
            f"El archivo de aprovisionamiento «{name}» no es válido: {error}") from None
    return Provisioning(*values, created.astimezone(dt.UTC))


# --- finding ------------------------------------------------------------------------------


def find_provisioning() -> Path | None:
    """The provisioning file shipped with a built app, if there is one: `FILE_NAME` beside
    the executable, or (macOS, `X.app/Contents/MacOS/participa`) beside the `.app` bundle.
    When running from source there is none (the person can choose one)."""
    if not getattr(sys, "frozen", False):
        return None
    executable = Path(sys.executable)
    folders = [executable.parent]
    bundle = executable.parent.parent.parent
    if (executable.parent.name == "MacOS" and executable.parent.parent.name == "Contents"
            and bundle.suffix == ".app"):
        folders.append(bundle.parent)
    for folder in folders:
        candidate = folder / FILE_NAME
        if candidate.is_file():
            return candidate
    return None
