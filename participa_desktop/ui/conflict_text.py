"""A conflict in the interface language. The core describes conflicts in Spanish
(`conflict_display.Conflict.table_label`, `column_label`, `row_label`,
`FieldValue.display`); the review screen shows these words instead, made from the codes
the conflict carries (table, column, stored value) and, where the core only gives a
description, from its known shapes ("Nombre (doc. 123)", "persona en taller", "reto:
texto"). Anything else (names, titles, free text, dates) is data and is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from participa_desktop.core import labels
from participa_desktop.core.services.conflict_display import (
    EMPTY,
    MISSING,
    Conflict,
    FieldValue,
)

from . import vocabulary

_CONTEXT = "ConflictText"

#: The core's Spanish placeholders for no value and a reference not received, in words.
_PLACEHOLDERS = {
    EMPTY: QT_TRANSLATE_NOOP("ConflictText", "(vacío)"),
    MISSING: QT_TRANSLATE_NOOP("ConflictText", "(no ha llegado a este equipo)"),
}
#: Columns holding a code, and the vocabulary kind that names it.
_CODES = {
    "sector": "sector",
    "gender": "gender",
    "disability": "disability",
    "consent_channel": "consent_channel",
    "modality": "modality",
    "kind": "knowledge_kind",
}
#: The `status` column's codes, by table.
_STATUS = {
    "alliance": "alliance_status",
    "agreement": "agreement_status",
    "attendance": "attendance_status",
}
#: Boolean columns (the core shows them as "sí" / "no").
_BOOLEANS = frozenset({"is_model_ally"})
_DOCUMENT = re.compile(r"^(?P<name>.*) \(doc\. (?P<number>[^()]*)\)$")
#: Rows the core describes as "<one> en <other>", and that sentence in the interface.
_PAIRS = {
    "attendance": QT_TRANSLATE_NOOP("ConflictText", "{person} en {workshop}"),
    "implementation_ally": QT_TRANSLATE_NOOP("ConflictText",
                                             "{organization} en {implementation}"),
}


def _translate(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _placeholder_or(text: str) -> str:
    source = _PLACEHOLDERS.get(text)
    return text if source is None else _translate(source)


def record_text(conflict: Conflict) -> str:
    """The kind of record, lower case ("persona" / "person")."""
    if vocabulary.knows("record", conflict.table):
        return vocabulary.word("record", conflict.table)
    return conflict.table_label


def field_text(conflict: Conflict) -> str:
    """The field, lower case, without article ("teléfono" / "phone")."""
    if vocabulary.knows("field", conflict.column):
        return vocabulary.word("field", conflict.column)
    return conflict.column_label


def value_text(conflict: Conflict, value: FieldValue) -> str:
    """One value of the field: codes and yes/no in words, "(empty)" and the like
    translated; names, dates, numbers and free text as the core shows them."""
    kind = _STATUS.get(conflict.table) if conflict.column == "status" \
        else _CODES.get(conflict.column)
    if kind is not None and isinstance(value.raw, str) and vocabulary.knows(kind, value.raw):
        return vocabulary.word(kind, value.raw)
    if conflict.column in _BOOLEANS and value.raw in (0, 1):
        return _translate(QT_TRANSLATE_NOOP("ConflictText", "sí")) if value.raw \
            else _translate(QT_TRANSLATE_NOOP("ConflictText", "no"))
    return _placeholder_or(value.display)


def row_text(conflict: Conflict) -> str:
    """Which record: a person's name and document, "person at workshop", a note's kind and
    text… (the core's description with its Spanish words translated)."""
    text = conflict.row_label
    if text in _PLACEHOLDERS:
        return _placeholder_or(text)
    if conflict.table == "participant":
        found = _DOCUMENT.match(text)
        if found:
            return _translate(QT_TRANSLATE_NOOP("ConflictText", "{name} (doc. {number})")
                              ).format(name=found["name"], number=found["number"])
    elif conflict.table in _PAIRS:
        parts = text.split(" en ")
        if len(parts) == 2:  # more: a name with " en " in it, ambiguous, left as it is
            one, other = (_placeholder_or(part) for part in parts)
            return _translate(_PAIRS[conflict.table]).format(
                person=one, workshop=other, organization=one, implementation=other)
    elif conflict.table == "knowledge_note":
        for code, spanish in labels.KNOWLEDGE_KIND.items():
            if text.startswith(spanish + ": "):
                return _translate(QT_TRANSLATE_NOOP("ConflictText", "{kind}: {text}")).format(
                    kind=vocabulary.word("knowledge_kind", code),
                    text=text[len(spanish) + 2:])
    return text
