"""The `participa` subcommands that read or write documents: the results report, a
workshop's attendance list (Excel), roster import (Excel), and the printable attendance
sheet and agreements record (PDF). Errors go to stderr in Spanish with exit status 1; a
document is written whole or not at all."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cli_common import EXIT_ERROR, day, existing_store


def add_report_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser(
        "report", help="escribe el informe de resultados (resumen con gráficos y datos) en Excel")
    report.add_argument("database", type=Path, metavar="DB")
    report.add_argument("out", type=Path, metavar="SALIDA.xlsx")
    report.add_argument("--from", dest="date_from", type=day, metavar="AAAA-MM-DD",
                        help="primer día del periodo (incluido)")
    report.add_argument("--to", dest="date_to", type=day, metavar="AAAA-MM-DD",
                        help="último día del periodo (incluido)")
    report.add_argument("--implementation", metavar="ID",
                        help="solo esta implementación territorial")
    report.add_argument("--organization", metavar="ID",
                        help="solo las implementaciones que la organización lidera o apoya")
    report.add_argument("--with-personal-data", action="store_true",
                        help="incluye nombres, documentos y teléfonos (sin esto, cada persona "
                             "aparece con un código estable)")
    attendance = commands.add_parser(
        "export-attendance", help="escribe la lista de asistencia de un taller en Excel")
    attendance.add_argument("database", type=Path, metavar="DB")
    attendance.add_argument("workshop", metavar="TALLER",
                            help="id del taller (o su comienzo, si es de un solo taller)")
    attendance.add_argument("out", type=Path, metavar="SALIDA.xlsx")
    roster = commands.add_parser(
        "import-participants", help="importa una lista de personas desde Excel (.xlsx)")
    roster.add_argument("database", type=Path, metavar="DB")
    roster.add_argument("roster", type=Path, metavar="LISTA.xlsx")
    roster.add_argument("--consent-signed-paper", type=day, default=None, metavar="AAAA-MM-DD",
                        help="la lista en papel llevaba la autorización de datos firmada en "
                             "esa fecha (para las filas sin columnas de autorización)")
    for name, text in (("print-attendance", "imprime en PDF la hoja de asistencia de un taller"),
                       ("print-agreements", "imprime en PDF el acta de acuerdos de un taller")):
        printout = commands.add_parser(name, help=text)
        printout.add_argument("database", type=Path, metavar="DB")
        printout.add_argument("workshop", metavar="TALLER",
                              help="id del taller (o su comienzo, si es de un solo taller)")
        printout.add_argument("out", type=Path, metavar="SALIDA.pdf")


def _report(args: argparse.Namespace) -> int:
    from .reports.report_scope import ReportScope, ScopeError
    from .reports.results_report import write_results_report
    from .reports.xlsx import ExportError

    scope = ReportScope(args.date_from, args.date_to, args.implementation, args.organization)
    # A windowed Windows build has no stderr at all (None).
    on_terminal = sys.stderr is not None and sys.stderr.isatty()

    def progress(what: str, done: int, total: int) -> None:
        if on_terminal and total:
            print(f"\r{what} {done * 100 // total:3d} %", end="", file=sys.stderr, flush=True)

    try:
        with existing_store(args.database) as store:
            outcome = write_results_report(store, args.out, scope, args.with_personal_data,
                                           progress)
    except (ExportError, ScopeError) as error:
        print(f"participa report: {error}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        if on_terminal:
            print(file=sys.stderr)
    print(outcome.describe())
    return 0


def _export_attendance(args: argparse.Namespace) -> int:
    from .reports.attendance_workbook import export_attendance, resolve_workshop
    from .reports.xlsx import ExportError

    try:
        with existing_store(args.database) as store, store.reading() as session:
            workshop_id = resolve_workshop(session, args.workshop)
            count = export_attendance(session, workshop_id, args.out)
    except ExportError as error:
        print(f"participa {args.command}: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(f"Lista de asistencia: {count} personas → {args.out}")
    return 0


def _import_participants(args: argparse.Namespace) -> int:
    from .reports.roster_import import (
        ConsentDefaults,
        RosterError,
        import_roster,
        problems_path,
        write_problems,
    )

    consent = (ConsentDefaults(args.consent_signed_paper)
               if args.consent_signed_paper is not None else None)
    report = problems_path(args.roster)
    try:
        with existing_store(args.database) as store, store.unit_of_work() as session:
            result = import_roster(session, args.roster, consent)
            if result.problems:  # before the commit: no report, nothing saved
                write_problems(result.problems, report)
    except RosterError as error:
        print(f"participa import-participants: {error}", file=sys.stderr)
        return EXIT_ERROR
    print(result.describe(report))
    return 0


def _print_workshop(args: argparse.Namespace) -> int:
    from .reports import printouts
    from .reports.attendance_workbook import resolve_workshop

    if args.command == "print-attendance":
        write, what = printouts.write_attendance_sheet, "Hoja de asistencia"
    else:
        write, what = printouts.write_agreements_record, "Acta de acuerdos"
    with existing_store(args.database) as store:
        with store.reading() as session:
            workshop_id = resolve_workshop(session, args.workshop)
        pages = write(store, workshop_id, args.out)
    print(f"{what}: {pages} {'página' if pages == 1 else 'páginas'} → {args.out}")
    return 0


REPORT_COMMANDS = {
    "report": _report,
    "export-attendance": _export_attendance,
    "import-participants": _import_participants,
    "print-attendance": _print_workshop, "print-agreements": _print_workshop,
}
