"""The `participa` subcommands for per-partner provisioning files: `provision-key` makes the
signing key pair, `provision` writes a signed file a partner ships beside the installer
(see `core.provisioning`). Errors go to stderr in Spanish with exit status 1; a key is never
overwritten, a provisioning file is replaced whole or not at all."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_common import EXIT_ERROR

# core.provisioning (cryptography, the HTTP client) is imported only when a command runs:
# building the parser must stay cheap for every other command and the app's start.


def add_provision_commands(commands: argparse._SubParsersAction) -> None:
    key = commands.add_parser(
        "provision-key",
        help="crea el par de claves que firma los archivos de aprovisionamiento")
    key.add_argument("keyfile", type=Path, metavar="ARCHIVO_CLAVE",
                     help="dónde guardar la clave privada (la pública va a ARCHIVO_CLAVE.pub); "
                          "nunca se reemplaza una clave que ya existe")
    provision = commands.add_parser(
        "provision",
        help="escribe un archivo de aprovisionamiento firmado para entregar con el instalador")
    provision.add_argument("--key", required=True, type=Path, metavar="ARCHIVO_CLAVE",
                           help="la clave privada creada con «provision-key»")
    provision.add_argument("--server", required=True, metavar="URL",
                           help="dirección https:// del servidor de sincronización")
    provision.add_argument("--org", required=True, metavar="NOMBRE",
                           help="nombre de la organización (se muestra al inscribirse)")
    provision.add_argument("--code", default=None, metavar="CÓDIGO",
                           help="código de inscripción (de un solo uso: sirve para un equipo)")
    provision.add_argument("--implementation", default=None, metavar="ID",
                           help="implementación predeterminada de los talleres nuevos (UUID)")
    provision.add_argument("--language", default=None, metavar="IDIOMA",
                           help="idioma de la aplicación en el primer inicio: es o en")
    provision.add_argument("--out", type=Path, default=None, metavar="ARCHIVO",
                           help="dónde escribirlo (por defecto, en esta carpeta con el nombre "
                                "que la aplicación busca junto al programa); si ya existe, se "
                                "reemplaza")


def _provision_key(args: argparse.Namespace) -> int:
    from .core.provisioning import ProvisioningError, make_key_pair

    try:
        public_key = make_key_pair(args.keyfile)
    except ProvisioningError as error:
        print(f"participa provision-key: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Clave privada: {args.keyfile}. Guárdela en un lugar seguro y privado: quien la "
          "tenga puede firmar archivos de aprovisionamiento.")
    print(f"Clave pública: {public_key}. Cópiela en resources/provisioning/trusted-keys/ "
          "antes de construir los instaladores: solo las compilaciones que la incluyen "
          "aceptan los archivos firmados con esta clave.")
    return 0


def _provision(args: argparse.Namespace) -> int:
    from .core.provisioning import (
        FILE_NAME,
        ProvisioningError,
        is_trusted,
        load_signing_key,
        write_provisioning,
    )

    out = args.out if args.out is not None else Path(FILE_NAME)
    replacing = out.exists()
    try:
        key = load_signing_key(args.key)
        written = write_provisioning(
            out, key, server_url=args.server, organization_name=args.org,
            enrolment_code=args.code, implementation_id=args.implementation,
            language=args.language)
    except ProvisioningError as error:
        print(f"participa provision: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Archivo de aprovisionamiento de «{written.organization_name}» "
          f"({written.server_url}) escrito en {out}"
          + (" (reemplazó al que había)." if replacing else "."))
    print(f"Entréguelo junto al instalador con el nombre «{FILE_NAME}»; en el primer "
          "inicio la aplicación lo encuentra junto al programa, o la persona lo elige.")
    if written.enrolment_code is not None:
        print("Aviso: el código de inscripción sirve para un solo equipo. Si reparte este "
              "archivo a varias personas, las demás necesitarán un código personal de su "
              "coordinador(a).", file=sys.stderr)
    if not is_trusted(key):
        print("Aviso: esta instalación no confía en la clave que firmó el archivo; solo lo "
              "aceptarán las compilaciones que tengan su .pub en "
              "resources/provisioning/trusted-keys/.", file=sys.stderr)
    return 0


PROVISION_COMMANDS = {"provision-key": _provision_key, "provision": _provision}
