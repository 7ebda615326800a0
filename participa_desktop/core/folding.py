"""How Participa+ compares words people type: the one accent-folding function of the core
(searches, duplicate suggestions, the search index's sort key)."""

from __future__ import annotations

import unicodedata

#: What `fold(..., enye_apart=True)` writes for ñ: an n and this mark, which sorts after
#: every letter and digit ("munoz" < "mun~oz" < "murillo"). Removing the marks gives the
#: plain fold.
ENYE_MARK = "~"


def fold(*parts: str | None, enye_apart: bool = False) -> str:
    """The words of `parts` (None and "" left out) in lower case, without accents or
    punctuation, one space between words: "Yésica  Ibargüen-Núñez" → "yesica ibarguen
    nunez". With `enye_apart`, ñ stays apart from n, as "n~" ("nunez" → "nun~ez"), for
    orders in which "Muñoz" comes after "Munoz"; a "~" typed is punctuation either way.

    Compatibility characters are kept as they are (NFD, not NFKD): "º" stays "º".
    """
    text = " ".join(part for part in parts if part).replace(ENYE_MARK, " ").lower()
    decomposed = unicodedata.normalize("NFD", text)
    if enye_apart:
        decomposed = decomposed.replace("n\u0303", "n" + ENYE_MARK)
    kept = "".join(
        c if c.isalnum() or c == ENYE_MARK else " "
        for c in decomposed
        if unicodedata.category(c) != "Mn"
    )
    return " ".join(kept.split())
