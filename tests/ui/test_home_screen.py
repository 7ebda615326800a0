"""The home screen says what is happening today in plain words: today's workshop, the
overdue agreement (highlighted), the last sync and the changes waiting; a click or Enter
goes where the work is."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from participa_desktop.core import replication
from participa_desktop.core.services import agreements, organizations, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui import home_sentences
from participa_desktop.ui.home_screen import OVERDUE_COLOUR, HomeScreen

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.UTC)


def days(count: int) -> dt.date:
    return TODAY + dt.timedelta(days=count)


@pytest.fixture
def busy_store(open_store):
    """Today's workshop at 14:00, one next week, one last month with an overdue agreement
    and one due in five days (and a done one, not shown)."""
    store = open_store("inicio")
    with store.unit_of_work() as session:
        org = organizations.create_organization(
            session, {"name": "Junta de Acción Comunal La Playita", "sector": "civil_society"})
        today = workshops.create_workshop(session, {
            "title": "Escuela de liderazgo", "date": TODAY, "start_time": "14:00",
            "end_time": "17:00", "place": "Salón comunal",
            "territory_id": reference_id("territory", "76109")})
        workshops.create_workshop(session, {"title": "Foro de incidencia", "date": days(6)})
        past = workshops.create_workshop(session, {"title": "Mesa de seguimiento",
                                                   "date": days(-30)})
        late = agreements.create_agreement(session, {
            "workshop_id": past.id, "text": "Enviar el acta a la alcaldía",
            "due_date": days(-3), "responsible_organization_id": org.id})
        soon = agreements.create_agreement(session, {
            "workshop_id": past.id, "text": "Convocar la próxima mesa", "due_date": days(5),
            "responsible_person": "Luz Dary"})
        agreements.create_agreement(session, {
            "workshop_id": past.id, "text": "Ya cumplido", "due_date": days(-10),
            "status": "done"})
    return store, SimpleNamespace(today=today.id, late=late.id, soon=soon.id)


@pytest.fixture
def open_home(qtbot, app_context, show_screen):
    def open_(store) -> HomeScreen:
        screen = HomeScreen(app_context(store))
        show_screen(screen).activateWindow()
        with qtbot.waitSignal(screen.summary_shown):
            screen.activate()
        return screen

    return open_


def test_home_tells_todays_workshop_and_the_overdue_agreement(
    qtbot, busy_store, open_home, qtmodeltester
):
    store, ids = busy_store
    screen = open_home(store)
    qtmodeltester.check(screen.workshop_model)
    qtmodeltester.check(screen.agreement_model)

    assert screen.today_label.text() == "Hoy: 1 taller."
    assert screen.upcoming_label.text() == "1 taller más en los próximos 14 días."
    assert screen.overdue_label.text() == "1 acuerdo vencido."
    assert "b00020" in screen.overdue_label.styleSheet()  # in red
    assert screen.due_label.text() == "1 acuerdo vence en los próximos 14 días."

    workshops_ = screen.workshop_model
    assert workshops_.ids()[0] == ids.today
    assert [workshops_.data(workshops_.index(0, column)) for column in range(4)] == [
        "hoy", "14:00 a 17:00", "Escuela de liderazgo", "Salón comunal"]

    agreements_ = screen.agreement_model
    assert agreements_.ids() == [ids.late, ids.soon]
    late = [agreements_.data(agreements_.index(0, column)) for column in range(4)]
    assert late == [f"{days(-3):%d/%m/%Y}", "vencido hace 3 días",
                    "Enviar el acta a la alcaldía", "Junta de Acción Comunal La Playita"]
    background = agreements_.data(agreements_.index(0, 2), Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == OVERDUE_COLOUR
    assert agreements_.data(agreements_.index(1, 1)) == "vence en 5 días"
    assert agreements_.data(agreements_.index(1, 2), Qt.ItemDataRole.BackgroundRole) is None

    # The file and the device are still named.
    assert str(store.path) in screen.status_label.text()


def test_click_or_enter_goes_where_the_work_is(qtbot, busy_store, open_home):
    store, ids = busy_store
    screen = open_home(store)
    hub = screen.context.hub
    asked: list[tuple[str, str]] = []
    hub.open_attendance.connect(lambda workshop_id: asked.append(("taller", workshop_id)))
    hub.show_screen.connect(lambda key: asked.append(("pantalla", key)))

    table = screen.workshop_table
    cell = table.visualRect(screen.workshop_model.index(0, 2)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert asked == [("taller", ids.today), ("pantalla", "asistencia")]

    asked.clear()
    screen.agreement_table.setFocus()
    qtbot.waitUntil(screen.agreement_table.hasFocus)
    qtbot.keyClick(screen.agreement_table, Qt.Key.Key_Return)
    assert asked == [("pantalla", "acuerdos")]


def test_home_says_what_waits_to_be_sent(qtbot, busy_store, open_home, tmp_path):
    store, _ids = busy_store
    screen = open_home(store)
    assert screen.sync_label.text() == ("Este equipo no está inscrito en un servidor y "
                                        "todavía no ha intercambiado paquetes.")
    # organisation, three workshops, three agreements
    assert screen.pending_label.text() == "7 cambios aún no se han exportado en un paquete."

    replication.export(store, tmp_path / "usb.participa")
    with qtbot.waitSignal(screen.summary_shown):
        screen.context.changed("*")  # as the sync screen says after an export
    assert screen.sync_label.text() == ("Este equipo no está inscrito en un servidor. Último "
                                        "intercambio de paquetes: hace un momento.")
    assert screen.pending_label.text() == "Todos los cambios ya están en un paquete exportado."


def test_an_empty_file_reads_plainly(qtbot, open_store, open_home):
    screen = open_home(open_store("vacio"))
    assert screen.today_label.text() == "Hoy no hay talleres."
    assert screen.overdue_label.text() == "Ningún acuerdo vencido."
    assert screen.overdue_label.styleSheet() == ""
    assert screen.workshop_model.rowCount() == 0


@pytest.mark.parametrize(("seconds", "words"), [
    (5, "hace un momento"), (60, "hace 1 minuto"), (45 * 60, "hace 45 minutos"),
    (3600, "hace 1 hora"), (5 * 3600, "hace 5 horas"), (86_400, "hace 1 día"),
    (2 * 86_400 + 5, "hace 2 días"),
])
def test_how_long_ago_in_words(seconds, words):
    assert home_sentences.ago(NOW - dt.timedelta(seconds=seconds), NOW) == words


def test_after_a_sync_home_says_when_and_that_nothing_waits(
    qtbot, busy_store, open_home, live_server, enrolled, sync_now
):
    store, ids = busy_store
    enrolled(store, live_server, live_server.organization("Pacífico"))
    screen = open_home(store)
    assert screen.sync_label.text() == "Todavía no se ha sincronizado con el servidor."
    assert screen.pending_label.text() == "7 cambios por enviar."

    sync_now(store)
    with qtbot.waitSignal(screen.summary_shown):
        screen.context.changed("*")
    assert screen.sync_label.text() == "Última sincronización: hace un momento."
    assert screen.pending_label.text() == "No hay cambios por enviar."

    with store.unit_of_work() as session:
        agreements.update_agreement(session, ids.soon, {"progress": 20})
    with qtbot.waitSignal(screen.summary_shown):
        screen.context.changed("agreement")
    assert screen.pending_label.text() == "1 cambio por enviar."
