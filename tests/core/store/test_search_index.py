"""The local search index's helpers: the sort key (Spanish order without accents or case)
and the normalised name parts read back from it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from participa_desktop.core.folding import fold
from participa_desktop.core.store import search_index
from participa_desktop.core.store.search_index import name_parts, sort_key

names = st.one_of(st.none(), st.text(max_size=30),
                  st.sampled_from(["Muñoz", "ÑAÑEZ", "Ibargüen", "O'Neil", "a~b", "Ángel"]))


@given(first=names, second=names, given_names=names)
def test_name_parts_are_the_normalised_names(first, second, given_names):
    assert name_parts(sort_key(first, second, given_names)) == (
        fold(first), fold(second), fold(given_names)
    )


def test_the_sort_key_orders_surnames_then_given_names_in_spanish():
    people = [("Murillo", None, "Ana"), ("muñoz", "Zapata", "Ana"), ("Munoz", None, "Ana"),
              ("Álvarez", "Zapata", "Beatriz"), ("ALVAREZ", None, "Óscar"),
              ("Álvarez", "Zapata", "Ana"), ("Bermúdez", None, "Ana")]
    assert sorted(people, key=lambda p: sort_key(*p)) == [
        ("ALVAREZ", None, "Óscar"), ("Álvarez", "Zapata", "Ana"),
        ("Álvarez", "Zapata", "Beatriz"), ("Bermúdez", None, "Ana"), ("Munoz", None, "Ana"),
        ("muñoz", "Zapata", "Ana"), ("Murillo", None, "Ana"),
    ]


def test_its_tables_are_told_apart_from_the_models():
    for name in ("participant_search", "participant_search_key", "participant_search_pending",
                 "participant_search_data", "participant_search_idx"):
        assert search_index.is_search_table(name)
    assert not search_index.is_search_table("participant")
