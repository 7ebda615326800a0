"""What forms share about saving: a failed save answered beside the fields, in the general
label or in the error dialog; values compared as the core keeps them."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from participa_desktop.core.services import NotFound, ValidationError
from participa_desktop.ui import field_errors
from participa_desktop.ui.field_errors import FieldErrors, comparable, error_label


def _form(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    fields = {name: QLineEdit(host) for name in ("title", "date", "place")}
    labels = {name: error_label(host, name) for name in fields}
    general = error_label(host, "general")
    for name, field in fields.items():
        layout.addWidget(field)
        layout.addWidget(labels[name])
    layout.addWidget(general)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    return host, fields, FieldErrors(labels, general)


def test_problems_go_beside_their_fields_and_the_first_one_gets_the_focus(qtbot):
    host, fields, errors = _form(qtbot)
    fields["title"].setFocus()
    errors.show_failure(host, ValidationError({"place": "Falta el lugar.",
                                               "date": "Fecha inválida."}), fields)
    assert errors.text("date") == "Fecha inválida."
    assert errors.text("place") == "Falta el lugar."
    assert errors.text("title") == ""
    qtbot.waitUntil(fields["date"].hasFocus)  # the form's order, not the message's


def test_an_expected_error_goes_to_the_general_label(qtbot, monkeypatch):
    host, fields, errors = _form(qtbot)
    shown: list[BaseException] = []
    monkeypatch.setattr(field_errors, "show_error", lambda _parent, error: shown.append(error))
    errors.show_failure(host, NotFound("El taller ya no existe."), fields)
    assert errors.general.text() == "El taller ya no existe."
    assert errors.general.isVisible() and shown == []
    unexpected = RuntimeError("disco lleno")
    errors.show_failure(host, unexpected, fields)
    assert shown == [unexpected]


def test_texts_are_compared_trimmed_and_empty_means_none():
    assert comparable("  Casa de la cultura ") == "Casa de la cultura"
    assert comparable("   ") is None
    assert comparable(0) == 0
