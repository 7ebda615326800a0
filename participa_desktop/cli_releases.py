"""`participa server-admin set-release` and `clear-release`: which Participa+ release each
organisation's devices are told about at sync (`sync.server.releases`), and how
`server-admin list` shows it. The server only names a version and its download address."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sync.server.database import Database
    from sync.server.releases import Release

RELEASE_ACTIONS = ("set-release", "clear-release")


def add_release_actions(actions: argparse._SubParsersAction) -> None:
    """Add the two actions to `server-admin`'s subparsers."""
    release = actions.add_parser(
        "set-release", help="publica la versión más reciente de Participa+ y dónde descargarla")
    release.add_argument("--version", required=True, metavar="VERSIÓN",
                         help="número de versión (PEP 440), p. ej. 0.2.0")
    release.add_argument("--url", required=True, metavar="URL",
                         help="página de descarga (https://…)")
    release.add_argument("--org", default=None, metavar="ORGANIZACIÓN",
                         help="solo para esa organización (por defecto: para todas las que "
                              "no tengan una propia)")
    clear = actions.add_parser(
        "clear-release", help="quita la versión publicada de una organización (o la del "
                              "servidor)")
    clear.add_argument("--org", default=None, metavar="ORGANIZACIÓN",
                       help="la organización (por defecto: la versión de todo el servidor)")


def run_release_action(args: argparse.Namespace, db: Database) -> None:
    """Do `set-release` or `clear-release`; AdminError (Spanish) for a bad version, a bad
    address or an unknown organisation, with nothing changed."""
    from sync.server import releases

    if args.action == "set-release":
        release = releases.set_release(db, args.version, args.url, args.org)
        whom = (f"la organización «{args.org}»" if args.org
                else "las organizaciones sin versión propia")
        print(f"Versión publicada para {whom}: Participa+ {release.version} "
              f"({release.url}). Sus equipos la verán al sincronizar.")
    elif releases.clear_release(db, args.org):
        print(f"La organización «{args.org}» ya no tiene versión propia: se le avisa de la "
              "del servidor." if args.org else
              "Se quitó la versión publicada para todo el servidor. Ahora se avisa de la versión "
              "indicada en la configuración del servidor, si hay una.")
    else:
        print(f"La organización «{args.org}» no tenía versión propia." if args.org else
              "El servidor no tenía una versión publicada con set-release.")


def release_text(release: Release | None) -> str:
    """A release as `server-admin list` shows it."""
    if release is None:
        return "sin versión publicada"
    where = f": {release.url}" if release.url else ""
    return f"Participa+ {release.version} ({release.source}){where}"
