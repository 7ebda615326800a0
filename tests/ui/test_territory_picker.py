"""The DIVIPOLA picker: search as you type (accents, department, DANE code), chosen from
the keyboard, cleared, set from code; its list model passes Qt's model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui import territory_picker
from participa_desktop.ui.territory_picker import TerritoryPicker

BUENAVENTURA = reference_id("territory", "76109")
BOGOTA = reference_id("territory", "11001")
YUMBO = reference_id("territory", "76892")

#: The offscreen platform cannot raise a popup nor let it grab the keyboard, and says so;
#: real platforms do both silently.
pytestmark = pytest.mark.qt_log_ignore(
    "^This plugin does not support raise\\(\\)$",
    "^This plugin does not support grabbing the keyboard$",
)


@pytest.fixture
def picker(qtbot, app_context, show_screen):
    """A shown picker with a line edit after it (somewhere for the focus to go)."""
    context = app_context()
    page = QWidget()
    chooser = TerritoryPicker(context, page)
    page.after = QLineEdit(page)
    layout = QVBoxLayout(page)
    layout.addWidget(chooser)
    layout.addWidget(page.after)
    show_screen(page)
    qtbot.waitUntil(chooser.is_ready)
    chooser.setFocus()
    return chooser


def _type(qtbot, picker: TerritoryPicker, text: str) -> None:
    qtbot.keyClicks(picker.edit, text)
    qtbot.waitUntil(picker.popup_visible)


def _first_suggestion(picker: TerritoryPicker) -> str:
    return picker.completer.popup().currentIndex().data()


def test_typing_part_of_a_name_lists_it_and_enter_chooses_it(qtbot, picker):
    _type(qtbot, picker, "buenav")
    assert _first_suggestion(picker) == "Buenaventura, Valle del Cauca (76109)"
    with qtbot.waitSignal(picker.territory_changed) as changed:
        qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert changed.args == [BUENAVENTURA]
    assert picker.territory_id() == BUENAVENTURA
    assert picker.edit.text() == "Buenaventura, Valle del Cauca (76109)"
    assert not picker.popup_visible()


def test_the_dane_code_finds_the_municipality(qtbot, picker):
    _type(qtbot, picker, "76109")
    assert picker.model.rowCount() == 1
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Enter)
    assert picker.territory_id() == BUENAVENTURA


def test_accents_and_case_do_not_matter(qtbot, picker):
    _type(qtbot, picker, "BOGOTA")
    assert _first_suggestion(picker) == "Bogotá D.C. (11001)"
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Return)
    assert picker.territory_id() == BOGOTA


def test_the_department_narrows_the_list_and_arrows_move(qtbot, picker):
    _type(qtbot, picker, "yumbo valle")
    assert picker.model.rowCount() == 1
    picker.edit.clear()
    _type(qtbot, picker, "valle del cauca")
    assert picker.model.rowCount() == 42  # the municipalities of Valle del Cauca
    popup = picker.completer.popup()
    first = _first_suggestion(picker)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    second = _first_suggestion(picker)
    assert second != first and "Valle del Cauca" in second
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.territory().department == "Valle del Cauca"


def test_escape_and_leaving_keep_the_previous_choice(qtbot, picker):
    picker.set_territory_id(YUMBO)
    picker.edit.selectAll()
    _type(qtbot, picker, "buenav")
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Escape)
    assert not picker.popup_visible()
    picker.parent().after.setFocus()
    qtbot.waitUntil(lambda: picker.edit.text() == "Yumbo, Valle del Cauca (76892)")
    assert picker.territory_id() == YUMBO


def test_leaving_with_a_single_match_chooses_it(qtbot, picker):
    _type(qtbot, picker, "76892")
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Escape)
    picker.parent().after.setFocus()
    qtbot.waitUntil(lambda: picker.territory_id() == YUMBO)


def test_down_opens_the_list_and_emptying_the_field_clears(qtbot, picker):
    picker.set_territory_id(BUENAVENTURA)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    assert picker.popup_visible()
    qtbot.keyClick(picker.completer.popup(), Qt.Key.Key_Escape)
    with qtbot.waitSignal(picker.territory_changed) as changed:
        picker.edit.selectAll()
        qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert changed.args == [None]
    assert picker.territory_id() is None


def test_the_clear_button_clears(qtbot, picker):
    picker.set_territory_id(BUENAVENTURA)
    with qtbot.waitSignal(picker.territory_changed) as changed:
        picker.edit.clear()  # what the line edit's clear button does
    assert changed.args == [None]


def test_set_before_the_catalogue_arrives_shows_the_name(qtbot, app_context, show_screen,
                                                        monkeypatch):
    monkeypatch.setattr(territory_picker, "_catalogues", {})  # not read yet
    chooser = TerritoryPicker(app_context())
    assert not chooser.is_ready()
    chooser.set_territory_id(BUENAVENTURA)
    assert chooser.territory_id() == BUENAVENTURA
    show_screen(chooser)
    qtbot.waitUntil(lambda: chooser.edit.text() == "Buenaventura, Valle del Cauca (76109)")


def test_model_passes_the_model_tester(qtbot, picker, qtmodeltester):
    qtmodeltester.check(picker.model)
    picker.model.set_filter("san")
    qtmodeltester.check(picker.model)
