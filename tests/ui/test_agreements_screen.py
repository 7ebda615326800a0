"""The agreements tracker, driven as a coordinator would: add an agreement through the form,
follow it up twice in place, spot the overdue one, filter by component and implementation,
and undo an edit."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from participa_desktop.core.models import Agreement, FollowUp, Workshop
from participa_desktop.core.services import (
    agreements,
    implementations,
    organizations,
    workshops,
)
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.agreements_screen import AgreementsScreen
from participa_desktop.ui.table_model import ID_ROLE

LIDERAZGO = reference_id("component", "liderazgo")
INCIDENCIA = reference_id("component", "incidencia")
TODAY = dt.date.today()
STATUS, PROGRESS, LAST = 5, 6, 7  # columns of the tracker

#: The offscreen platform cannot raise a popup (the workshop finder's) nor let it grab the
#: keyboard, and says so; real platforms do both silently.
pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


def days(count: int) -> dt.date:
    return TODAY + dt.timedelta(days=count)


@pytest.fixture
def tracker_store(open_store):
    """Two implementations, a workshop in each, four agreements: `late` (due ten days ago,
    pending), `upcoming` (due in a month), `done` (due long ago but done) and `undated`."""
    store = open_store("acuerdos")
    with store.unit_of_work() as session:
        org = organizations.create_organization(
            session, {"name": "Fundación Pacífico Vivo", "sector": "civil_society"})
        bue = implementations.create_implementation(
            session, {"name": "Activa Buenaventura",
                      "territory_id": reference_id("territory", "76109")})
        yum = implementations.create_implementation(
            session, {"name": "Activa Yumbo", "territory_id": reference_id("territory", "76892")})
        first = workshops.create_workshop(
            session, {"title": "Taller de liderazgo juvenil", "implementation_id": bue.id,
                      "date": days(-90)}, [LIDERAZGO])
        second = workshops.create_workshop(
            session, {"title": "Mesa de gobierno abierto", "implementation_id": yum.id,
                      "date": days(-60)})

        def make(workshop, **values):
            values = {"workshop_id": workshop.id, **values}
            return agreements.create_agreement(session, values).id

        ids = SimpleNamespace(
            late=make(first, text="Presentar la propuesta al concejo", due_date=days(-10),
                      responsible_organization_id=org.id, component_id=INCIDENCIA),
            upcoming=make(first, text="Hacer la cartografía social", due_date=days(30),
                          status="in_progress", progress=40, component_id=LIDERAZGO,
                          responsible_person="Jhon Jairo Caicedo"),
            done=make(second, text="Instalar la mesa de participación", due_date=days(-20),
                      status="done", progress=100, component_id=INCIDENCIA),
            undated=make(second, text="Publicar el informe"),
            bue=bue.id, yum=yum.id)
    return store, ids


@pytest.fixture
def open_tracker(qtbot, app_context, show_screen):
    """open_tracker(store): the tracker over `store`, shown, with its rows loaded."""

    def open_(store) -> AgreementsScreen:
        context = app_context(store)
        screen = AgreementsScreen(context)
        show_screen(screen)
        with qtbot.waitSignal(screen.reloaded):
            screen.activate()
        qtbot.waitUntil(lambda: screen.panel.agreement is not None or not screen.model.ids())
        return screen

    return open_


def focus(qtbot, widget) -> None:
    """Give `widget` the keyboard focus in an active window (the offscreen platform does
    not give the activation back to the window when a dialog closes)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def shown_ids(screen: AgreementsScreen) -> list[str]:
    return screen.model.ids()


def cell(screen: AgreementsScreen, agreement_id: str, column: int,
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole):
    return screen.model.data(screen.model.index(screen.model.row_of(agreement_id), column), role)


def read(store, query):
    with store.reading() as session:
        return session.execute(query).all()


def past_demo_workshop(store) -> tuple[str, str]:
    (row,) = read(store, select(Workshop.id, Workshop.title)
                  .where(Workshop.date <= TODAY, Workshop.deleted.is_(False))
                  .order_by(Workshop.date.desc()).limit(1))
    return row.id, row.title


def test_add_an_agreement_then_two_follow_ups_in_place(qtbot, open_store, fill_demo,
                                                      open_tracker, qtmodeltester, type_text):
    store = open_store("demo")
    fill_demo(store, seed=3, participants=20, workshops=4)
    workshop_id, title = past_demo_workshop(store)
    before = read(store, select(func.count()).select_from(Agreement))[0][0]
    screen = open_tracker(store)
    qtmodeltester.check(screen.model)

    # Ctrl+N opens the form; the workshop is found by typing part of its title.
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form is not None and screen.form.isVisible())
    form = screen.form
    type_text(form.workshop_combo.lineEdit(), title)
    popup = form.workshop_combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.workshop_combo.currentData() == workshop_id
    type_text(form.text_edit, "Gestionar el salón comunal para las reuniones")
    qtbot.keyClick(form.organization_combo, Qt.Key.Key_Down)  # the first organisation
    qtbot.keyClicks(form.person_edit, "Presidenta de la JAC")
    qtbot.keyClick(form.component_combo, Qt.Key.Key_Down)  # the first component
    qtbot.keyClick(form.due_edit.check, Qt.Key.Key_Space)  # due today
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.form is None)

    (new,) = read(store, select(Agreement).where(
        Agreement.text == "Gestionar el salón comunal para las reuniones"))
    agreement = new[0]
    assert agreement.workshop_id == workshop_id
    assert agreement.responsible_person == "Presidenta de la JAC"
    assert agreement.due_date == TODAY and agreement.component_id == LIDERAZGO
    assert read(store, select(func.count()).select_from(Agreement))[0][0] == before + 1
    # The table shows it, selected, with its details under the table.
    qtbot.waitUntil(lambda: screen.selected_id() == agreement.id)
    qtbot.waitUntil(lambda: screen.panel.agreement is not None
                    and screen.panel.agreement.id == agreement.id)
    assert "Gestionar el salón comunal" in screen.panel.details_label.text()
    assert cell(screen, agreement.id, STATUS) == "pendiente"

    # First follow-up: a note only, added with Ctrl+Enter.
    panel = screen.panel
    focus(qtbot, panel.text_edit)  # as a click or Tab would
    type_text(panel.text_edit, "La JAC prestó el salón para marzo")
    with qtbot.waitSignal(screen.reloaded):
        qtbot.keyClick(panel.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.text_edit.toPlainText() == ""
    assert cell(screen, agreement.id, LAST) == TODAY.strftime("%d/%m/%Y")

    # Second: the status becomes "en curso" and the progress 50 %.
    type_text(panel.text_edit, "Se hizo la primera reunión en el salón")
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)  # pendiente
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)  # en curso
    assert panel.status_combo.currentText() == "en curso"
    assert panel.progress_spin.text() == "(sin cambio)"
    panel.progress_spin.selectAll()
    qtbot.keyClicks(panel.progress_spin, "50")
    with qtbot.waitSignal(screen.reloaded):
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.waitUntil(lambda: cell(screen, agreement.id, STATUS) == "en curso")
    assert cell(screen, agreement.id, PROGRESS) == "50 %"
    assert panel.model.data(panel.model.index(1, 2)) == "en curso, 50 %"
    assert panel.model.data(panel.model.index(0, 1)) == "La JAC prestó el salón para marzo"
    qtmodeltester.check(panel.model)

    notes = read(store, select(FollowUp).where(FollowUp.agreement_id == agreement.id))
    assert len(notes) == 2
    (stored,) = read(store, select(Agreement.status, Agreement.progress)
                     .where(Agreement.id == agreement.id))
    assert tuple(stored) == ("in_progress", 50)


def test_a_follow_up_without_text_is_refused_beside_the_field(qtbot, tracker_store,
                                                             open_tracker):
    store, _ids = tracker_store
    screen = open_tracker(store)
    qtbot.waitUntil(lambda: screen.panel.agreement is not None)
    qtbot.mouseClick(screen.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.panel.errors.text("text") != "")
    assert "Falta el texto" in screen.panel.errors.text("text")
    assert read(store, select(func.count()).select_from(FollowUp))[0][0] == 0


def test_the_overdue_agreement_comes_first_highlighted_and_alone_when_asked(
        qtbot, tracker_store, open_tracker, qtmodeltester):
    store, ids = tracker_store
    screen = open_tracker(store)
    assert shown_ids(screen) == [ids.late, ids.done, ids.upcoming, ids.undated]
    qtmodeltester.check(screen.model)
    qtbot.waitUntil(lambda: screen.model.record_at(0) is not None)
    assert cell(screen, ids.late, STATUS) == "pendiente · vencido"
    assert cell(screen, ids.late, 0, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(screen, ids.done, STATUS) == "cumplido"
    assert cell(screen, ids.done, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert screen.overdue_label.text() == "1 vencido"
    assert screen.count_label.text() == "4 acuerdos"
    assert "Vencido" in screen.panel.details_label.text()

    screen.filter_bar.overdue_check.setFocus()
    with qtbot.waitSignal(screen.reloaded):
        qtbot.keyClick(screen.filter_bar.overdue_check, Qt.Key.Key_Space)
    assert shown_ids(screen) == [ids.late]
    assert screen.count_label.text() == "1 acuerdo"


def test_filters_by_component_and_implementation_are_remembered(
        qtbot, tracker_store, open_tracker):
    store, ids = tracker_store
    screen = open_tracker(store)
    bar = screen.filter_bar
    with qtbot.waitSignal(screen.reloaded):
        bar.component_combo.setCurrentIndex(bar.component_combo.findText("Incidencia"))
    assert shown_ids(screen) == [ids.late, ids.done]
    with qtbot.waitSignal(screen.reloaded):
        qtbot.keyClick(bar.implementation_combo, Qt.Key.Key_End)  # Activa Yumbo, the last
    assert bar.implementation_combo.currentText() == "Activa Yumbo"
    assert shown_ids(screen) == [ids.done]

    # A new session opens the tracker as it was left.
    again = open_tracker(store)
    assert again.filter_bar.component_combo.currentText() == "Incidencia"
    assert again.filter_bar.implementation_combo.currentText() == "Activa Yumbo"
    assert shown_ids(again) == [ids.done]


def test_search_ignores_accents(qtbot, tracker_store, open_tracker):
    store, ids = tracker_store
    screen = open_tracker(store)
    with qtbot.waitSignal(screen.reloaded):
        qtbot.keyClicks(screen.filter_bar.search_edit, "cartografia")
    assert shown_ids(screen) == [ids.upcoming]


def test_an_agreement_without_text_is_not_saved(qtbot, tracker_store, open_tracker):
    store, _ids = tracker_store
    screen = open_tracker(store)
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.form is not None and screen.form.isVisible())
    form = screen.form
    form.workshop_combo.setCurrentIndex(0)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.errors.text("text") != "")
    assert form.errors.text("text") == "Falta el texto."
    assert form.isVisible()
    assert read(store, select(func.count()).select_from(Agreement))[0][0] == 4


def test_an_edit_is_undone_and_redone_from_the_edit_menu(qtbot, tracker_store, main_window,
                                                        type_text):
    store, ids = tracker_store
    window = main_window(store)
    screen = window.show_screen("acuerdos")
    qtbot.waitUntil(lambda: screen.selected_id() == ids.late)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)  # the "done" one
    qtbot.waitUntil(lambda: screen.panel.agreement is not None
                    and screen.panel.agreement.id == ids.done)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.form is not None and screen.form.isVisible())
    form = screen.form
    assert form.text_edit.toPlainText() == "Instalar la mesa de participación"
    assert form.status_combo.currentText() == "cumplido"
    form.person_edit.selectAll()
    type_text(form.person_edit, "Secretaría de Gobierno")
    qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form is None)

    def person():
        return read(store, select(Agreement.responsible_person)
                    .where(Agreement.id == ids.done))[0][0]

    assert person() == "Secretaría de Gobierno"
    qtbot.waitUntil(lambda: cell(screen, ids.done, 3) == "Secretaría de Gobierno")
    assert window.undo_action.isEnabled()

    focus(qtbot, screen.table)
    qtbot.keyClick(screen.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: person() is None)
    qtbot.waitUntil(lambda: cell(screen, ids.done, 3) == "")
    qtbot.keySequence(screen.table, window.redo_action.shortcut())  # Ctrl+Y on Windows
    qtbot.waitUntil(lambda: person() == "Secretaría de Gobierno")


def test_delete_asks_first(qtbot, tracker_store, open_tracker):
    store, ids = tracker_store
    screen = open_tracker(store)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)
    box = screen.findChild(QMessageBox, "confirm_delete")
    assert box is not None and "Presentar la propuesta" in box.text()
    with qtbot.waitSignal(screen.reloaded):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert ids.late not in shown_ids(screen)
    (deleted,) = read(store, select(Agreement.deleted).where(Agreement.id == ids.late))
    assert deleted[0] is True


def test_the_tracker_is_fourth_in_navigation_or_after_those_there_are(main_window):
    window = main_window()
    keys = [screen.key for screen in window.screen_list]
    before = [key for key in ("inicio", "talleres", "asistencia") if key in keys]
    assert keys[:len(before) + 1] == [*before, "acuerdos"]
    assert window.screen("acuerdos").title() == "Acuerdos"


def test_id_role_gives_the_agreement(qtbot, tracker_store, open_tracker):
    store, ids = tracker_store
    screen = open_tracker(store)
    assert screen.model.data(screen.model.index(0, 3), ID_ROLE) == ids.late


def test_a_double_click_opens_the_agreement_to_edit(qtbot, tracker_store, open_tracker):
    store, ids = tracker_store
    screen = open_tracker(store)
    row = screen.model.row_of(ids.upcoming)
    center = screen.table.visualRect(screen.model.index(row, 0)).center()
    # A real double click: a click, then the second press that Qt reports as double.
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.waitUntil(lambda: screen.form is not None and screen.form.isVisible())
    assert screen.form.row.id == ids.upcoming
    assert screen.form.windowTitle() == "Editar acuerdo"
    assert screen.form.progress_spin.value() == 40
    screen.form.reject()
    qtbot.waitUntil(lambda: screen.form is None)


def test_without_workshops_it_says_where_to_start(qtbot, open_store, open_tracker):
    screen = open_tracker(open_store("vacio"))
    assert not screen.new_button.isEnabled()
    assert "Todavía no hay talleres" in screen.count_label.text()
    assert screen.panel.agreement is None and not screen.panel.new_box.isEnabled()
