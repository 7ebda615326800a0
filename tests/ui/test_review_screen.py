"""The coordinator's review, driven through its widgets: a conflict between two laptops
resolved by restoring the archived value (and undone), another kept; duplicates compared
side by side with their attendance, linked and unlinked. Every table model is checked with
qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from sqlalchemy import select

from participa_desktop.core import replication
from participa_desktop.core.models import DuplicateLink, Participant
from participa_desktop.core.services import attendance, participants, workshops
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui.review_screen import ReviewScreen

CONSENT = {"consent_date": dt.date(2025, 2, 1), "consent_channel": "signed_paper",
           "consent_notice_version": "2025-1"}


def _register(store, **values) -> str:
    with store.unit_of_work() as session:
        return participants.register_participant(session, {**CONSENT, **values}).id


def _edit(store, person: str, **changes) -> None:
    with store.unit_of_work() as session:
        participants.update_participant(session, person, changes)


def _person(store, person: str) -> Participant:
    with store.reading() as session:
        row = session.get(Participant, person)
        session.expunge(row)
        return row


@pytest.fixture
def review(qtbot, app_context, show_screen):
    """review(store): the review screen over `store`, shown and activated."""

    def make(store) -> ReviewScreen:
        screen = ReviewScreen(app_context(store))
        show_screen(screen)
        return screen

    return make


@pytest.fixture
def conflicting(open_store, tmp_path):
    """Ana's laptop and Luis's laptop both changed María's phone and email while apart;
    Luis's package reached Ana's laptop (Luis edited last, so his values were kept)."""
    ana = open_store("ana", device="portátil de Ana")
    maria = _register(ana, given_names="María", first_surname="Angulo",
                      phone="3205550202", email="maria@ejemplo.org")
    replication.merge(luis := open_store("luis", device="portátil de Luis"),
                      replication.export(ana, tmp_path / "inicial.participa").path)
    _edit(ana, maria, phone="3205559999", email="maria.angulo@ejemplo.org")
    _edit(luis, maria, phone="3105550101", email="mariaa@ejemplo.org")
    replication.merge(ana, replication.export(luis, tmp_path / "de-luis.participa").path)
    return ana, maria


def test_restore_the_archived_phone_then_undo_and_keep_the_other(qtbot, qtmodeltester,
                                                                 review, conflicting):
    store, maria = conflicting
    assert _person(store, maria).phone == "3105550101"  # Luis's, the newest
    screen = review(store)
    tab = screen.conflicts
    with qtbot.waitSignal(tab.loaded):
        screen.activate()
    assert tab.model.rowCount() == 2
    qtmodeltester.check(tab.model)

    phone_row = next(r for r in range(tab.model.rowCount())
                     if tab.model.index(r, 3).data() == "teléfono")
    tab.view.selectRow(phone_row)
    assert tab.field_label.text() == "Persona «María Angulo»: teléfono"
    # Side by side: the value kept (Luis's) and the archived one (Ana's), with who wrote it.
    assert tab.kept_card.value_label.text() == "3105550101"
    assert "«portátil de Luis»" in tab.kept_card.origin_label.text()
    [archived] = tab.alternative_cards
    assert archived.value_label.text() == "3205559999"
    assert "este equipo («portátil de Ana»)" in archived.origin_label.text()
    qtbot.waitUntil(lambda: archived.isVisible() and tab.kept_card.isVisible())

    with (qtbot.waitSignal(screen.context.hub.data_changed) as changed,
          qtbot.waitSignal(tab.loaded)):
        qtbot.mouseClick(archived.button, Qt.MouseButton.LeftButton)
    assert changed.args == ["participant"]
    assert _person(store, maria).phone == "3205559999"
    assert "Se restauró «3205559999» como teléfono" in tab.notice.text_label.text()
    assert tab.model.rowCount() == 1  # the phone is decided; the email is left

    # Ctrl+Z brings Luis's phone back (and the conflict with it).
    with qtbot.waitSignal(tab.loaded):
        screen.context.undo_stack.undo()
    assert _person(store, maria).phone == "3105550101"
    assert "Se deshizo la restauración" in tab.notice.text_label.text()
    screen.context.undo_stack.redo()
    qtbot.waitUntil(lambda: _person(store, maria).phone == "3205559999")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and not tab.loading)

    # The email: keep Luis's value (the current one), from the keyboard.
    tab.view.setFocus()
    tab.view.selectRow(0)
    assert tab.field_label.text() == "Persona «María Angulo»: correo"
    with qtbot.waitSignal(tab.loaded):
        tab.kept_card.button.setFocus()
        qtbot.keyClick(tab.kept_card.button, Qt.Key.Key_Space)
    assert tab.model.rowCount() == 0
    assert tab.count_label.text() == "No hay conflictos por revisar."
    assert _person(store, maria).email == "mariaa@ejemplo.org"

    with qtbot.waitSignal(tab.loaded):
        tab.resolved_check.setChecked(True)
    assert tab.model.rowCount() == 2
    assert {tab.model.index(r, 6).data() for r in range(2)} == {"revisado"}
    qtmodeltester.check(tab.model)


@pytest.fixture
def twins(open_store):
    """Two rows for one Yésica (same name and birth year), each with its own attendance,
    and an unrelated person."""
    store = open_store("coordinacion")
    with store.unit_of_work() as session:
        first = workshops.create_workshop(session, {"title": "Cartografía social",
                                                    "date": "04/03/2025"}, []).id
        second = workshops.create_workshop(session, {"title": "Presupuesto participativo",
                                                     "date": "10/04/2025"}, []).id
    one = _register(store, given_names="Yésica", first_surname="Ibargüen",
                    birth_year=1994, phone="3115550000")
    two = _register(store, given_names="YESICA", first_surname="Ibarguen", birth_year=1994)
    _register(store, given_names="Otra", first_surname="Persona", birth_year=1994)
    with store.unit_of_work() as session:
        attendance.mark(session, first, one)
        attendance.mark(session, second, two)
        attendance.mark(session, first, two, "excused")
    return store, one, two


def _live_link(store) -> bool:
    with store.reading() as session:
        return bool(session.scalars(select(DuplicateLink.id)
                                    .where(DuplicateLink.deleted.is_(False))).all())


def test_link_then_unlink_two_rows_of_one_person(qtbot, qtmodeltester, review, twins):
    store, one, two = twins
    screen = review(store)
    tab = screen.duplicates
    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(screen.tabs.tabBar(), Qt.MouseButton.LeftButton,
                         pos=screen.tabs.tabBar().tabRect(1).center())
    assert screen.tabs.currentWidget() is tab
    assert tab.model.rowCount() == 1
    assert tab.model.index(0, 1).data() == "mismo nombre y año de nacimiento"
    assert tab.model.index(0, 2).data() == "por revisar"
    qtmodeltester.check(tab.model)

    tab.view.selectRow(0)
    qtbot.waitUntil(lambda: tab.state is not None)
    cards = {tab.first_card.person.id: tab.first_card, tab.second_card.person.id:
             tab.second_card}
    qtbot.waitUntil(lambda: cards[two].model.rowCount() == 2)
    assert cards[one].name_label.text() == "Yésica Ibargüen"
    assert cards[one].phone_value.text() == "3115550000"
    assert cards[two].phone_value.text() == "(sin dato)"
    attended = cards[two].model
    assert [[attended.index(r, c).data() for c in range(3)] for r in range(2)] == [
        ["10/04/2025", "Presupuesto participativo", "asistió"],
        ["04/03/2025", "Cartografía social", "excusado"],
    ]
    assert cards[one].attendance_label.text() == "Asistencias registradas (1):"
    qtmodeltester.check(attended)
    assert tab.state_label.text().startswith("No están vinculadas")
    assert tab.link_button.isEnabled() and not tab.unlink_button.isEnabled()

    with (qtbot.waitSignal(screen.context.hub.data_changed) as changed,
          qtbot.waitSignal(tab.loaded)):
        qtbot.mouseClick(tab.link_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["duplicate_link"]
    assert _live_link(store)
    assert tab.model.index(0, 2).data() == "vinculadas: son la misma persona"
    qtbot.waitUntil(lambda: tab.unlink_button.isEnabled())
    assert tab.state_label.text().startswith("Están vinculadas")
    assert "quedaron vinculadas como la misma persona" in tab.notice.text_label.text()

    with qtbot.waitSignal(tab.loaded):
        qtbot.mouseClick(tab.unlink_button, Qt.MouseButton.LeftButton)
    assert not _live_link(store)
    assert tab.model.index(0, 2).data() == "por revisar"
    qtbot.waitUntil(lambda: tab.link_button.isEnabled())

    with qtbot.waitSignal(tab.loaded):  # undo the unlink: linked again
        screen.context.undo_stack.undo()
    assert _live_link(store)


def test_the_screen_reloads_a_stale_tab_when_data_changed(qtbot, review, twins):
    store, _one, _two = twins
    screen = review(store)
    with qtbot.waitSignal(screen.conflicts.loaded):
        screen.activate()
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.duplicates.model.rowCount() == 1)
    _register(store, given_names="Yesica", first_surname="Ibargüen", birth_year=1994)
    with qtbot.waitSignal(screen.duplicates.loaded):
        screen.context.changed("participant")
    assert "Yesica Ibargüen" in screen.duplicates.model.index(0, 0).data()
    assert screen.duplicates.pickers.isVisibleTo(screen)  # three rows: choose the pair
    assert screen.duplicates.first_combo.count() == 3


def test_the_review_follows_a_language_change(qtbot, review, twins):
    from participa_desktop.ui import i18n

    store, _one, _two = twins
    screen = review(store)
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.duplicates.model.rowCount() == 1)
    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert screen.title() == "Review"
    assert screen.tabs.tabText(0) == "Con&flicts"
    assert screen.tabs.tabText(1) == "D&uplicates"
    assert screen.duplicates.model.headerData(0, Qt.Orientation.Horizontal) == "People"
    assert screen.duplicates.model.index(0, 1).data() == "same name and birth year"
    i18n.apply_language("es")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert screen.tabs.tabText(0) == "Con&flictos"
    assert screen.duplicates.model.headerData(0, Qt.Orientation.Horizontal) == "Personas"
    assert screen.duplicates.model.index(0, 1).data() == "mismo nombre y año de nacimiento"


@pytest.fixture
def conflicting_gender(open_store, tmp_path):
    """Ana's and Luis's laptops both changed Mario's gender while apart (Luis last)."""
    ana = open_store("ana", device="portátil de Ana")
    mario = _register(ana, given_names="Mario", first_surname="Riascos", gender="male",
                      document_type_id=reference_id("document_type", "CC"),
                      document_number="1144555666")
    replication.merge(luis := open_store("luis", device="portátil de Luis"),
                      replication.export(ana, tmp_path / "inicial.participa").path)
    _edit(ana, mario, gender="other")
    _edit(luis, mario, gender="non_binary")
    replication.merge(ana, replication.export(luis, tmp_path / "de-luis.participa").path)
    return ana, mario


def test_in_english_a_conflict_reads_in_english(qtbot, review, conflicting_gender):
    """Record, field and coded values are told from codes, not the core's Spanish."""
    from participa_desktop.ui import i18n

    store, _mario = conflicting_gender
    screen = review(store)
    tab = screen.conflicts
    with qtbot.waitSignal(tab.loaded):
        screen.activate()
    assert tab.model.rowCount() == 1
    assert [tab.model.index(0, c).data() for c in (1, 3, 4, 5)] == [
        "persona", "género", "no binario", "otro"]
    i18n.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert tab.model.headerData(3, Qt.Orientation.Horizontal) == "Field"
    assert [tab.model.index(0, c).data() for c in (1, 2, 3, 4, 5)] == [
        "person", "Mario Riascos (ID 1144555666)", "gender", "non-binary", "other"]
    tab.view.selectRow(0)
    assert tab.field_label.text() == "Person “Mario Riascos (ID 1144555666)”: gender"
    assert tab.kept_card.value_label.text() == "non-binary"
    assert tab.kept_card.origin_label.text().startswith("Written on computer “portátil")
    [archived] = tab.alternative_cards
    assert archived.value_label.text() == "other"
    assert archived.title() == "Archived value"
