"""A conflict in the interface language: the core's Spanish descriptions (record, field,
coded values, "(vacío)", "persona en taller", "Nombre (doc. 123)", "reto: …") are told in
English when English is chosen, and left exactly as they are in Spanish."""

from __future__ import annotations

import pytest

from participa_desktop.core.services.conflict_display import Conflict, FieldValue
from participa_desktop.ui import conflict_text, i18n


def _value(display: str, raw: object) -> FieldValue:
    return FieldValue(display, raw, "0" * 32, "d" * 16, "portátil", False, None)


def _conflict(table: str, table_label: str, row_label: str, column: str,
              column_label: str, kept: FieldValue, *others: FieldValue) -> Conflict:
    return Conflict(table, table_label, "id-1", row_label, column, column_label, kept,
                    others, "0" * 32, False)


ATTENDANCE = _conflict("attendance", "asistencia",
                       "Ana Mina en Cartografía social (04/03/2025)", "status", "estado",
                       _value("asistió", "present"), _value("excusado", "excused"))
ALLY = _conflict("implementation_ally", "aliado de una implementación",
                 "Fundación Vivir en Paz en Tumaco Siembra", "role", "papel",
                 _value("(vacío)", None), _value("logística", "logística"))
NOTE = _conflict("knowledge_note", "nota de conocimiento", "reto: conseguir transporte",
                 "kind", "tipo", _value("reto", "challenge"), _value("aprendizaje", "learning"))
ORGANIZATION = _conflict("organization", "organización", "(no ha llegado a este equipo)",
                         "is_model_ally", "aliada del modelo", _value("sí", 1),
                         _value("no", 0))
PERSON = _conflict("participant", "persona", "Ana Mina (doc. 1144)", "organization_id",
                   "organización", _value("(no ha llegado a este equipo)", "org-9"),
                   _value("Asocomunal", "org-1"))


@pytest.fixture
def english(qapp):
    i18n.apply_language("en")
    yield
    i18n.apply_language("es")


def _texts(conflict: Conflict) -> tuple[str, ...]:
    return (conflict_text.record_text(conflict), conflict_text.row_text(conflict),
            conflict_text.field_text(conflict), conflict_text.value_text(conflict, conflict.kept),
            *(conflict_text.value_text(conflict, v) for v in conflict.alternatives))


def test_in_english_the_core_words_are_translated(english):
    assert _texts(ATTENDANCE) == ("attendance", "Ana Mina at Cartografía social (04/03/2025)",
                                  "status", "present", "excused")
    assert _texts(NOTE) == ("knowledge note", "challenge: conseguir transporte", "type",
                            "challenge", "learning")
    assert _texts(ORGANIZATION) == ("organization", "(not yet on this computer)",
                                    "model ally", "yes", "no")
    assert _texts(PERSON) == ("person", "Ana Mina (ID 1144)", "organization",
                              "(not yet on this computer)", "Asocomunal")


def test_an_ambiguous_description_is_left_as_the_core_wrote_it(english):
    # Two " en ": which one joins the organisation and the implementation cannot be told.
    assert _texts(ALLY) == ("implementation ally", "Fundación Vivir en Paz en Tumaco Siembra",
                            "role", "(empty)", "logística")


@pytest.mark.parametrize("conflict", [ATTENDANCE, ALLY, NOTE, ORGANIZATION, PERSON])
def test_in_spanish_the_core_words_are_shown_unchanged(qapp, conflict):
    assert _texts(conflict) == (
        conflict.table_label, conflict.row_label, conflict.column_label,
        conflict.kept.display, *(v.display for v in conflict.alternatives))
