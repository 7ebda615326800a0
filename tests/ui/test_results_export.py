"""The results report from the Resultados screen: the workbook written for the scope the
screen shows, pseudonymous unless personal data is ticked, cancellable, and a folder that
does not exist is explained without writing anything."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from participa_desktop.core.models import Implementation, Participant
from participa_desktop.reports import figures
from participa_desktop.ui.results_screen import ResultsScreen


@pytest.fixture
def screen(qtbot, app_context, show_screen, open_store, fill_demo):
    store = open_store("resultados")
    fill_demo(store, seed=3, participants=80, workshops=14)
    shown = ResultsScreen(app_context(store))
    show_screen(shown)
    with qtbot.waitSignal(shown.figures_shown):
        shown.activate()
    return shown


def export_to(qtbot, screen, out: Path | None, keys: bool = False) -> None:
    screen.export.choose_file = lambda caption, suggested, name_filter: out
    with qtbot.waitSignal(screen.export.finished):
        if keys:
            screen.export.action.trigger()
        else:
            screen.export.button.click()


def general(path: Path) -> dict[str, object]:
    with closing(load_workbook(path, read_only=True)) as book:  # read-only keeps it open
        rows = list(book["Resumen"].iter_rows(values_only=True))
    return {row[0]: row[1] for row in rows if len(row) > 1 and row[0]}


def test_the_report_of_the_shown_scope_is_written_and_can_be_opened(qtbot, screen, tmp_path):
    combo = screen.filter_bar.implementation_combo
    with screen.store.reading() as session:
        implementation = session.scalar(select(Implementation.id).order_by(Implementation.name))
    combo.setCurrentIndex(combo.findData(implementation))
    scope = screen.current_scope()
    assert scope.implementation_id == implementation
    with screen.store.reading() as session:
        expected = figures.totals(session, scope)
    out = tmp_path / "informe"
    export_to(qtbot, screen, out)
    written = tmp_path / "informe.xlsx"
    assert screen.export.last_outcome.out == written
    assert general(written)["Talleres y sesiones"] == expected.workshops
    assert general(written)["Personas únicas alcanzadas"] == expected.people
    assert screen.export.notice.heading_label.text() == "Informe de resultados guardado"
    assert f"{expected.people} personas únicas" in screen.export.notice.text_label.text()
    opened = []
    screen.export.open_url = opened.append
    screen.export.open_file_button.click()
    assert opened[0].toLocalFile() == str(written)
    assert not screen.export.progress.isVisible()


def test_personal_data_only_when_ticked(qtbot, screen, tmp_path):
    with screen.store.reading() as session:
        surnames = set(session.scalars(select(Participant.first_surname)))
    export_to(qtbot, screen, tmp_path / "sin.xlsx", keys=True)
    with closing(load_workbook(tmp_path / "sin.xlsx", read_only=True)) as book:
        header = next(book["Personas"].iter_rows(values_only=True))
    assert "Apellidos" not in header
    screen.export.personal.setChecked(True)
    export_to(qtbot, screen, tmp_path / "con.xlsx")
    with closing(load_workbook(tmp_path / "con.xlsx", read_only=True)) as book:
        people = list(book["Personas"].iter_rows(values_only=True))
    column = people[0].index("Apellidos")
    assert {row[column].split()[0] for row in people[1:]} <= surnames


def test_a_missing_folder_or_a_cancel_writes_nothing(qtbot, screen, tmp_path):
    export_to(qtbot, screen, tmp_path / "falta" / "informe.xlsx")
    assert screen.export.last_outcome is None
    assert "No existe la carpeta" in screen.export.notice.text_label.text()
    assert not (tmp_path / "falta").exists()
    existing = tmp_path / "informe.xlsx"
    existing.write_bytes(b"anterior")
    screen.export.choose_file = lambda caption, suggested, name_filter: existing
    with qtbot.waitSignal(screen.export.finished):
        screen.export.button.click()
        screen.export.cancel()  # before the first rows: the worker sees it at once
    assert existing.read_bytes() == b"anterior"
    assert screen.export.notice.heading_label.text() == "Informe cancelado"
    assert screen.export.button.isEnabled()
    export_to(qtbot, screen, None)  # the save dialog closed: nothing happens
    assert screen.export.button.isEnabled()
