"""How the wall compares what people typed: equipment tags and convener names.

Both are typed fast at the marketplace, by different people, on different keyboards:
'Beamer', ' beamer', 'Flip-Chart' and 'Flipchart', 'Ayşe Yılmaz' and 'Ayse Yilmaz' must
be the same. The records keep what was typed (tidied); only comparisons use the keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters NFKD does not take apart; umlauts are spelled out so 'Küche' == 'Kueche'.
_BASE_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "đ": "d",
        "ə": "a",
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
    }
)
# Between tags in one entry field. A comma is also usual between conveners' names, but
# 'Weber, Jonas' is one person, so conveners are only split on these:
_TAG_SEPARATORS = re.compile(r"[,;/\n]")
_CONVENER_SEPARATORS = re.compile(r"\s*[/&;+\n]\s*")
CONVENER_JOIN = " / "  # how a merged session lists its conveners; splits back the same
_NOT_IN_TAG_KEY = re.compile(r"[\s\-_.]+")


def tidy(text: str) -> str:
    """White space collapsed to single blanks, nothing at either end."""
    return " ".join(text.split())


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFC", text.casefold()).translate(_BASE_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tag_key(tag: str) -> str:
    """What makes two tags the same: case, umlauts, accents, blanks and hyphens do not
    matter ('Flip-Chart' == 'flipchart', 'Barrierefrei ' == 'barrierefrei')."""
    return _NOT_IN_TAG_KEY.sub("", _fold(tag))


def tags(values: Iterable[str]) -> frozenset[str]:
    """Tags tidied, empty ones dropped, one spelling kept of those with the same key (the
    first in sorted order, so the result does not depend on the input's order). A single
    string is read as typed into one field (see :func:`parse_tags`), not as letters."""
    if isinstance(values, str):
        values = _TAG_SEPARATORS.split(values)
    kept: dict[str, str] = {}
    for value in sorted(tidy(value) for value in values):
        key = tag_key(value)
        if key and key not in kept:
            kept[key] = value
    return frozenset(kept.values())


def parse_tags(text: str) -> frozenset[str]:
    """Tags typed into one field: 'Beamer, barrierefrei; Flipchart'."""
    return tags(text)


def tag_keys(values: Iterable[str]) -> frozenset[str]:
    return frozenset(key for value in values if (key := tag_key(value)))


def convener_key(name: str) -> str:
    """What makes two conveners the same person: case, umlauts, accents and extra blanks
    do not matter. 'Weber, Jonas' and 'Jonas Weber' are not recognised as one."""
    return " ".join(_fold(name).split())


def conveners(text: str) -> tuple[str, ...]:
    """The people in a convener field ('Ayşe Yılmaz / Jonas Weber', 'Anna & Ben'),
    tidied, each once (by key), in the order typed; empty: nobody."""
    names: dict[str, str] = {}
    for part in _CONVENER_SEPARATORS.split(text):
        name = tidy(part)
        key = convener_key(name)
        if key and key not in names:
            names[key] = name
    return tuple(names.values())


def join_conveners(*texts: str) -> str:
    """Convener fields joined for a merged session, each person once."""
    return CONVENER_JOIN.join(conveners(CONVENER_JOIN.join(texts)))
