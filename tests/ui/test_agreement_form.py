"""The agreement form on its own: it shows an agreement to edit, refuses bad input beside
the field without saving, and an edit can be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import func, select

from participa_desktop.core.models import Agreement
from participa_desktop.core.services import agreement_tracker as tracker
from participa_desktop.core.services import agreements, organizations, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.agreement_form import AgreementForm

INCIDENCIA = reference_id("component", "incidencia")
TODAY = dt.date.today()
WORKSHOP_DAY = TODAY - dt.timedelta(days=30)


@pytest.fixture
def setup(open_store, app_context):
    """A context over a file with one workshop (a month ago) and one agreement of it."""
    store = open_store("formulario")
    with store.unit_of_work() as session:
        org = organizations.create_organization(
            session, {"name": "Junta de Acción Comunal La Playita", "sector": "civil_society"})
        workshop = workshops.create_workshop(
            session, {"title": "Taller de incidencia", "date": WORKSHOP_DAY})
        agreement = agreements.create_agreement(
            session, {"workshop_id": workshop.id, "text": "Radicar el derecho de petición",
                      "responsible_organization_id": org.id, "component_id": INCIDENCIA,
                      "due_date": TODAY + dt.timedelta(days=15), "progress": 20})
    context = app_context(store)
    with store.reading() as session:
        choices = tracker.tracker_choices(session)
        row = tracker.tracker_rows(session, [agreement.id])[agreement.id]
    return context, choices, row


def open_form(qtbot, context, choices, row=None) -> AgreementForm:
    form = AgreementForm(context, choices, row)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def count(store) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(Agreement))


def save(qtbot, form: AgreementForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_editing_shows_the_agreement(qtbot, setup):
    context, choices, row = setup
    form = open_form(qtbot, context, choices, row)
    assert form.windowTitle() == "Editar acuerdo"
    assert form.workshop_combo.currentText() == WORKSHOP_DAY.strftime(
        "%d/%m/%Y — Taller de incidencia")
    assert form.text_edit.toPlainText() == "Radicar el derecho de petición"
    assert form.organization_combo.currentText() == "Junta de Acción Comunal La Playita"
    assert form.component_combo.currentText() == "Incidencia"
    assert form.due_edit.value() == TODAY + dt.timedelta(days=15)
    assert form.status_combo.currentText() == "pendiente"
    assert form.progress_spin.value() == 20
    assert form.labels["text"].buddy() is form.text_edit


def test_saving_without_changes_writes_nothing_and_leaves_nothing_to_undo(qtbot, setup):
    context, choices, row = setup
    form = open_form(qtbot, context, choices, row)
    with qtbot.waitSignal(form.finished) as finished:
        save(qtbot, form)
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert context.undo_stack.count() == 0


def test_a_due_date_before_the_workshop_is_refused_beside_it(qtbot, setup):
    context, choices, row = setup
    form = open_form(qtbot, context, choices, row)
    before = WORKSHOP_DAY - dt.timedelta(days=1)
    form.due_edit.date_edit.setDate(QDate(before.year, before.month, before.day))
    save(qtbot, form)
    qtbot.waitUntil(lambda: form.errors.text("due_date") != "")
    assert WORKSHOP_DAY.strftime("%d/%m/%Y") in form.errors.text("due_date")
    assert form.errors.labels["due_date"].isVisible()
    assert form.isVisible() and form.buttons.isEnabled()
    with context.store.reading() as session:
        stored = session.get(Agreement, row.id)
        assert stored.due_date == TODAY + dt.timedelta(days=15)


def test_a_workshop_not_in_the_list_is_refused(qtbot, setup, type_text):
    context, choices, _row = setup
    form = open_form(qtbot, context, choices)
    assert form.windowTitle() == "Nuevo acuerdo"
    type_text(form.workshop_combo.lineEdit(), "zzz")
    type_text(form.text_edit, "Hacer algo")
    save(qtbot, form)
    assert "Elija un taller de la lista" in form.errors.text("workshop_id")
    assert count(context.store) == 1


def test_ctrl_enter_creates_the_agreement(qtbot, setup, type_text):
    context, choices, _row = setup
    form = open_form(qtbot, context, choices)
    form.workshop_combo.setCurrentIndex(0)
    type_text(form.text_edit, "Convocar a la mesa técnica")
    form.activateWindow()
    form.text_edit.setFocus()
    qtbot.waitUntil(form.text_edit.hasFocus)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.keyClick(form.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = saved.args[0]
    assert (record.text, record.status, record.progress, record.due_date) == (
        "Convocar a la mesa técnica", "pending", 0, None)
    assert count(context.store) == 2


def test_an_edit_is_undone_and_redone(qtbot, setup, wait_idle):
    context, choices, row = setup
    form = open_form(qtbot, context, choices, row)
    form.status_combo.setCurrentIndex(form.status_combo.findData("in_progress"))
    form.progress_spin.setValue(60)
    form.due_edit.check.setChecked(False)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)

    def stored():
        with context.store.reading() as session:
            agreement = session.get(Agreement, row.id)
            return agreement.status, agreement.progress, agreement.due_date

    assert stored() == ("in_progress", 60, None)
    assert context.undo_stack.count() == 1
    assert "Radicar el derecho" in context.undo_stack.undoText()
    context.undo_stack.undo()
    wait_idle(context.runner)
    assert stored() == ("pending", 20, TODAY + dt.timedelta(days=15))
    context.undo_stack.redo()
    wait_idle(context.runner)
    assert stored() == ("in_progress", 60, None)


def test_escape_cancels_without_saving(qtbot, setup, type_text):
    context, choices, _row = setup
    form = open_form(qtbot, context, choices)
    form.workshop_combo.setCurrentIndex(0)
    type_text(form.text_edit, "No se guarda")
    with qtbot.waitSignal(form.finished) as finished:
        qtbot.keyClick(form.person_edit, Qt.Key.Key_Escape)
    assert finished.args == [QDialog.DialogCode.Rejected]
    assert count(context.store) == 1
