"""The one accent-folding function: how typed words are compared."""

from __future__ import annotations

from participa_desktop.core.folding import fold


def test_accents_case_punctuation_and_spacing_do_not_count():
    assert fold("Yésica ", " IBARGÜEN", "Núñez") == "yesica ibarguen nunez"
    assert fold("O'Neil-Díaz,  (Ana)") == "o neil diaz ana"
    assert fold(None, "", "Árbol") == "arbol"
    assert fold() == ""


def test_the_enye_can_stay_apart_from_the_n():
    assert fold("Muñoz", enye_apart=True) == "mun~oz"
    assert fold("ÑAÑEZ", enye_apart=True) == "n~an~ez"
    assert fold("a~b", enye_apart=True) == "a b"  # a typed ~ is punctuation
    assert sorted(["Murillo", "Muñoz", "Munoz"], key=lambda n: fold(n, enye_apart=True)) == [
        "Munoz", "Muñoz", "Murillo"]
