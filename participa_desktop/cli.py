"""The `participa` command: the desktop app by default, subcommands for headless work.

Errors go to stderr in plain Spanish with a non-zero exit; nothing is half-written (every
subcommand that writes a data file does so in one transaction; packages appear whole or
not at all).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .cli_common import EXIT_ERROR, existing_store
from .cli_provision import PROVISION_COMMANDS, add_provision_commands
from .cli_releases import RELEASE_ACTIONS, add_release_actions, release_text, run_release_action
from .cli_reports import REPORT_COMMANDS, add_report_commands

if TYPE_CHECKING:
    pass



def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="participa",
        description="Participa+ Desktop. Sin subcomando abre la aplicación de escritorio.",
    )
    parser.add_argument("--version", action="version", version=f"Participa+ {__version__}")
    parser.add_argument("--database", type=Path, default=None,
                        help="archivo de datos para la aplicación (por defecto, el último "
                             "abierto; la primera vez, el asistente de inicio)")
    parser.add_argument("--smoke", action="store_true",
                        help="prueba de humo: abre (o crea) el archivo de datos, muestra la "
                             "ventana principal y termina (código 0 si todo funcionó)")
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMANDO")

    demo = commands.add_parser("demo", help="simula actividad de campo en una base de datos")
    demo.add_argument("database", type=Path, metavar="DB")
    demo.add_argument("--device", required=True, metavar="NOMBRE",
                      help="nombre del equipo (al crear la base de datos)")
    demo.add_argument("--seed", type=int, default=None, metavar="N")
    demo.add_argument("--participants", type=_count, default=200, metavar="N")
    demo.add_argument("--workshops", type=_count, default=20, metavar="N")
    demo.add_argument("--edits", type=_count, default=0, metavar="N")
    demo.add_argument("--deletes", type=_count, default=0, metavar="N")

    dump = commands.add_parser("dump", help="imprime el contenido como JSON canónico")
    dump.add_argument("database", type=Path, metavar="DB")

    export = commands.add_parser("export", help="escribe un paquete de sincronización")
    export.add_argument("database", type=Path, metavar="DB")
    export.add_argument("out", type=Path, metavar="SALIDA")
    export.add_argument("--peer", metavar="EQUIPO",
                        help="solo lo que ese equipo no ha confirmado (nombre o id)")

    merge = commands.add_parser("merge", help="mezcla paquetes recibidos")
    merge.add_argument("database", type=Path, metavar="DB")
    merge.add_argument("packages", type=Path, nargs="+", metavar="PAQUETE")

    renew = commands.add_parser(
        "new-device",
        help="da una identidad nueva al archivo (tras restaurar una copia o copiarlo a otro "
             "computador)")
    renew.add_argument("database", type=Path, metavar="DB")

    verify = commands.add_parser("verify", help="revisa un paquete y muestra su manifiesto")
    verify.add_argument("package", type=Path, metavar="PAQUETE")

    duplicates = commands.add_parser("duplicates",
                                     help="personas posiblemente registradas dos veces (JSON)")
    duplicates.add_argument("database", type=Path, metavar="DB")
    for name, text in (("link", "confirma que dos registros son la misma persona"),
                       ("unlink", "deshace esa confirmación")):
        command = commands.add_parser(name, help=text)
        command.add_argument("database", type=Path, metavar="DB")
        command.add_argument("first", metavar="ID")
        command.add_argument("second", metavar="ID")
    add_report_commands(commands)
    add_provision_commands(commands)
    _server_commands(commands)
    return parser


def _server_commands(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser("serve", help="ejecuta el servidor central de sincronización")
    _server_options(serve)
    serve.add_argument("--host", default=None, help="dirección en la que escucha "
                       "(por defecto 127.0.0.1; detrás de un proxy TLS)")
    serve.add_argument("--port", type=int, default=None, help="puerto (por defecto 8765)")

    admin = commands.add_parser("server-admin",
                                help="organizaciones, personas y códigos de inscripción")
    _server_options(admin)
    actions = admin.add_subparsers(dest="action", metavar="ACCIÓN", required=True)
    org = actions.add_parser("create-org", help="crea una organización")
    org.add_argument("name", metavar="NOMBRE")
    person = actions.add_parser("add-person", help="crea la cuenta de una persona")
    person.add_argument("--org", required=True, metavar="ORGANIZACIÓN")
    person.add_argument("--name", required=True, metavar="NOMBRE")
    person.add_argument("--role", default="coordinator",
                        choices=("facilitator", "coordinator", "admin"))
    person.add_argument("--email", default=None)
    code = actions.add_parser("create-code", help="crea un código de inscripción de un uso")
    code.add_argument("--org", required=True, metavar="ORGANIZACIÓN")
    code.add_argument("--role", default="facilitator",
                      choices=("facilitator", "coordinator", "admin"))
    code.add_argument("--expires", default="7d", metavar="DURACIÓN",
                      help="vigencia: 30m, 12h, 7d… (por defecto 7d)")
    code.add_argument("--person", default=None, metavar="ID",
                      help="la cuenta de la persona que usará el código")
    actions.add_parser("list", help="lista las organizaciones y la versión que se les avisa")
    add_release_actions(actions)

    enroll = commands.add_parser("enroll", help="inscribe este archivo de datos en un servidor")
    enroll.add_argument("database", type=Path, metavar="DB")
    enroll.add_argument("--server", required=True, metavar="URL")
    enroll.add_argument("--code", required=True, metavar="CÓDIGO")
    enroll.add_argument("--insecure", action="store_true",
                        help="permite http:// sin cifrar hacia otro equipo (solo pruebas)")

    sync = commands.add_parser("sync", help="sincroniza con el servidor central")
    sync.add_argument("database", type=Path, metavar="DB")
    sync.add_argument("--server", default=None, metavar="URL",
                      help="el servidor (por defecto, aquel en que está inscrito)")
    sync.add_argument("--insecure", action="store_true",
                      help="permite http:// sin cifrar hacia otro equipo (solo pruebas)")


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--database", dest="server_database", default=None, metavar="URL",
                        help="base de datos del servidor (por defecto SQLite en su carpeta "
                             "de datos; en producción postgresql+psycopg://…)")
    parser.add_argument("--config", type=Path, default=None, metavar="ARCHIVO",
                        help="archivo de configuración (VARIABLE=valor, como el entorno)")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» no es un número entero") from None
    if value < 0:
        raise argparse.ArgumentTypeError("debe ser cero o más")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None and args.smoke:
        from .ui.smoke import run_smoke

        return run_smoke(args.database)
    if args.command is None:
        from .ui.app import run_app  # Qt only when the window is wanted

        return run_app(args.database)
    from sync.client.errors import SyncError
    from sync.engine.errors import PackageError
    from sync.engine.export import UnknownPeer
    from sync.engine.state import AmbiguousPeer

    from .core.services import NotFound, ValidationError
    from .core.store import StoreError

    try:
        return COMMANDS[args.command](args)
    except (StoreError, ValidationError, NotFound, PackageError, UnknownPeer,
            AmbiguousPeer, SyncError, ServerCommandError) as error:
        print(f"participa {args.command}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(f"participa {args.command}: no se pudo usar el archivo "
              f"«{error.filename or ''}»: {error.strerror or error}.", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(f"participa {args.command}: interrumpido; no se guardó nada.", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader (e.g. `participa dump DB | head`) stopped reading: not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR


def _demo(args: argparse.Namespace) -> int:
    from .core.demo import activity, generator
    from .core.store import Store

    seed = args.seed if args.seed is not None else random.randrange(1_000_000)
    rng = random.Random(seed)
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    with Store.open(args.database, device_name=args.device) as store:
        with store.unit_of_work() as session:
            counts = generator.populate(session, rng, args.participants, args.workshops,
                                        progress)
            edited = activity.edit_random(session, rng, args.edits) if args.edits else 0
            deleted = activity.delete_random(session, rng, args.deletes) if args.deletes else 0
        device = store.device_name
    elapsed = time.perf_counter() - started
    print(
        f"Equipo «{device}», semilla {seed}: {counts.participants} personas, "
        f"{counts.workshops} talleres, {counts.attendance} asistencias, "
        f"{counts.agreements} acuerdos, {counts.follow_ups} seguimientos; "
        f"{edited} registros editados, {deleted} eliminados ({elapsed:.1f} s)."
    )
    return 0


def _dump(args: argparse.Namespace) -> int:
    from .core.dump import write_dump

    with existing_store(args.database) as store, store.engine.connect() as connection:
        write_dump(connection, sys.stdout)
    return 0


def _export(args: argparse.Namespace) -> int:
    from .core.replication import export

    with existing_store(args.database) as store:
        summary = export(store, args.out, args.peer)
    print(f"Paquete {summary.package_id}: {summary.total_rows} filas "
          f"(cambios {summary.seq_from + 1}–{summary.seq_to}), "
          f"{summary.compressed_bytes:,} bytes → {summary.path}")
    return 0


def _merge(args: argparse.Namespace) -> int:
    from sync.engine.errors import PackageError

    from .core.replication import merge

    failed = 0
    with existing_store(args.database) as store:
        for package in args.packages:
            try:
                print(merge(store, package).describe())
            except PackageError as error:
                failed += 1
                print(f"participa merge: {package}: {error}", file=sys.stderr)
    return EXIT_ERROR if failed else 0


def _new_device(args: argparse.Namespace) -> int:
    from .core.replication import new_device

    with existing_store(args.database) as store:
        device_id = new_device(store)
    print(f"Identidad nueva de «{args.database}»: {device_id}. Los próximos paquetes "
          "llevarán todo su contenido.")
    return 0


def _verify(args: argparse.Namespace) -> int:
    import tempfile

    from sync.engine.verify import expand_package, verify_package

    from .core.replication import replica_schema

    with tempfile.TemporaryDirectory(prefix="participa-verify-") as folder:
        raw = expand_package(args.package, Path(folder))
        manifest = verify_package(raw, replica_schema())
    print(manifest.describe())
    print("El paquete está completo y sin alteraciones.")
    return 0


def _duplicates(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from .core.services import duplicates

    with existing_store(args.database) as store, store.reading() as session:
        groups = [dataclasses.asdict(g) for g in duplicates.suggest(session)]
    json.dump(groups, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def _link(args: argparse.Namespace) -> int:
    from .core.services import duplicates

    action = duplicates.link if args.command == "link" else duplicates.unlink
    with existing_store(args.database) as store, store.unit_of_work() as session:
        action(session, args.first, args.second)
        canonical = duplicates.canonical_id(session, args.first)
    print(f"Hecho. Persona canónica de {args.first}: {canonical}")
    return 0


class ServerCommandError(Exception):
    """A server command that cannot run (missing extras, bad settings); Spanish text."""


def _server_settings(args: argparse.Namespace, **flags: object):  # -> ServerSettings
    try:
        from pydantic import ValidationError as SettingsError

        from sync.server.settings import load_settings
    except ImportError:
        raise ServerCommandError(
            "Faltan los componentes del servidor. Instálelos con "
            "«pip install 'participa-desktop[server]'».") from None
    if args.config is not None and not args.config.is_file():
        raise ServerCommandError(f"No existe el archivo de configuración «{args.config}».")
    try:
        return load_settings(args.config, database=args.server_database, **flags)
    except SettingsError as error:
        wrong = ", ".join(str(e["loc"][0]) for e in error.errors() if e.get("loc"))
        raise ServerCommandError(f"Configuración del servidor no válida: {wrong}.") from None


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.api import create_app

    from .core.replication import replica_schema

    settings = _server_settings(args, host=args.host, port=args.port)
    app = create_app(settings, replica_schema())
    print(f"Servidor Participa+ en http://{settings.host}:{settings.port} "
          f"(base de datos: {settings.database_url().split('@')[-1]})", file=sys.stderr)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning",
                proxy_headers=True)
    return 0


def _server_admin(args: argparse.Namespace) -> int:
    from sync.server import accounts, releases
    from sync.server.database import Database

    settings = _server_settings(args)
    db = Database(settings.database_url())
    try:
        db.create()
        if args.action == "create-org":
            org = accounts.create_organization(db, args.name)
            print(f"Organización «{org.name}» creada: {org.id}")
        elif args.action == "add-person":
            person_id = accounts.add_person(db, args.org, args.name, args.role, args.email)
            print(f"Persona «{args.name}» ({accounts.role_name(args.role)}) creada: {person_id}")
        elif args.action == "create-code":
            seconds = accounts.parse_duration(args.expires)
            code = accounts.create_code(db, args.org, args.role, seconds, args.person)
            print(code)
            print(f"Código de un solo uso para {accounts.role_name(args.role)}, vence en "
                  f"{args.expires}. Entréguelo por un canal privado.", file=sys.stderr)
        elif args.action in RELEASE_ACTIONS:
            run_release_action(args, db)
        else:
            default, release_of = releases.releases_by_organization(db, settings)
            for org, devices, people in accounts.list_organizations(db):
                print(f"{org.id}  {org.name}  ({devices} equipos, {people} personas)  "
                      f"{release_text(release_of.get(org.id, default))}")
            print(f"Por defecto (organizaciones sin versión propia): {release_text(default)}")
    except accounts.AdminError as error:
        raise ServerCommandError(str(error)) from None
    finally:
        db.dispose()
    return 0


def _enroll(args: argparse.Namespace) -> int:
    from .core.server_link import enrol

    with existing_store(args.database) as store:
        link = enrol(store, args.server, args.code, insecure=args.insecure)
    print(f"Equipo inscrito en «{link.server_name}» ({link.url}) para la organización "
          f"«{link.organization_name}» como {link.role}.")
    return 0


def _sync(args: argparse.Namespace) -> int:
    from .core import update_notice
    from .core.server_link import sync

    def progress(what: str, done: int, total: int) -> None:
        if total:
            print(f"{what}: {done * 100 // total} %", file=sys.stderr, flush=True)

    with existing_store(args.database) as store:
        report = sync(store, server_url=args.server, insecure=args.insecure,
                      progress=progress)
        notice = update_notice.pending(store)
    print(report.describe())
    if notice is not None:
        print(update_notice.sentence(notice))
    return 0


COMMANDS = {
    "demo": _demo, "dump": _dump, "export": _export, "merge": _merge, "verify": _verify,
    "new-device": _new_device,
    "duplicates": _duplicates, "link": _link, "unlink": _link,
    "serve": _serve, "server-admin": _server_admin, "enroll": _enroll, "sync": _sync,
    **REPORT_COMMANDS,
    **PROVISION_COMMANDS,
}


if __name__ == "__main__":
    sys.exit(main())
