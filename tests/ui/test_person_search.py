"""The attendance search box: a search that fails while the person typed on is followed by
a search for the latest text (not left waiting for the next keystroke)."""

from __future__ import annotations

import datetime as dt
import threading

from participa_desktop.core.services import participants
from participa_desktop.core.store import StoreError
from participa_desktop.core.store.seed import reference_id
from participa_desktop.ui import person_search
from participa_desktop.ui.person_search import PersonSearch

CC = reference_id("document_type", "CC")


def test_after_a_failed_search_the_latest_text_is_searched(qtbot, open_store, app_context,
                                                           show_screen, monkeypatch):
    store = open_store("busqueda")
    with store.unit_of_work() as session:
        luis = participants.register_participant(session, {
            "given_names": "Luis", "first_surname": "Angulo", "document_type_id": CC,
            "document_number": "16555444", "consent_date": dt.date(2025, 3, 4),
            "consent_channel": "verbal", "consent_notice_version": "2024-1"})
    release = threading.Event()
    searched: list[str] = []
    real_find = person_search.find_people

    def find(store, text, *args):  # the first search fails, once the person typed on
        searched.append(text)
        if len(searched) == 1:
            release.wait(20)
            raise StoreError("El archivo de datos está ocupado.")
        return real_find(store, text, *args)

    monkeypatch.setattr(person_search, "find_people", find)
    context = app_context(store)
    search = PersonSearch(context, lambda _participant_id: None)
    show_screen(search)
    search.box.setFocus()
    qtbot.keyClicks(search.box, "1")
    qtbot.waitUntil(lambda: searched == ["1"])
    qtbot.keyClicks(search.box, "6555444")  # typed while the first search runs
    with qtbot.waitSignal(search.results_shown) as shown:
        release.set()
    assert shown.args == ["16555444", 1]
    assert searched == ["1", "16555444"]
    assert search.model.id_at(0) == luis.id
    assert search.hint.text() == "Una persona. Enter la marca presente."
