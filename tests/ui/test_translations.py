"""The English translation is complete and built: every source string of the interface in
participa_en.ts has a finished translation that keeps the `{placeholders}` the code fills
in, and participa_en.qm holds exactly those translations (it was built after the .ts was
last changed)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTranslator

from participa_desktop.paths import resource_path

TS = resource_path("translations", "participa_en.ts")
QM = resource_path("translations", "participa_en.qm")
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    translations: tuple[str, ...]  # one, or the plural forms
    finished: bool
    plural: bool


def read_ts() -> list[Message]:
    messages = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            texts = (tuple(form.text or "" for form in translation.iter("numerusform"))
                     if plural else (translation.text or "",))
            messages.append(Message(
                context=name, source=message.findtext("source", ""),
                comment=message.findtext("comment"), translations=texts,
                finished=translation.get("type") is None and all(texts), plural=plural))
    return messages


MESSAGES = read_ts()
needs_translations = pytest.mark.skipif(
    not any(message.finished for message in MESSAGES),
    reason="participa_en.ts no tiene traducciones todavía: el responsable las completa al "
           "final (scripts/translations y pyside6-linguist)")


@needs_translations
def test_every_source_string_has_a_finished_translation() -> None:
    missing = [f"{m.context}: {m.source!r}" for m in MESSAGES if not m.finished]
    assert not missing, "sin traducción terminada:\n" + "\n".join(missing)


@needs_translations
def test_translations_keep_the_placeholders_the_code_fills_in() -> None:
    wrong = [f"{m.context}: {m.source!r} → {text!r}" for m in MESSAGES if m.finished
             for text in m.translations
             if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source))]
    assert not wrong, "marcadores {…} distintos:\n" + "\n".join(wrong)


@needs_translations
def test_the_qm_file_is_built_from_the_current_ts() -> None:
    translator = QTranslator()
    assert translator.load(str(QM)), f"no se pudo cargar {QM}"
    stale = []
    for m in MESSAGES:
        if not m.finished:
            continue
        built = translator.translate(m.context, m.source, m.comment, 1 if m.plural else -1)
        if built not in m.translations:
            stale.append(f"{m.context}: {m.source!r}: .qm {built!r}, .ts {m.translations[0]!r}")
    assert not stale, ("participa_en.qm es anterior a participa_en.ts (vuelva a ejecutar "
                       "scripts/translations):\n" + "\n".join(stale))
