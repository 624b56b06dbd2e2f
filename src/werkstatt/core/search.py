"""What a search for workshops matches: one definition for the store and the library window.

A workshop matches when every word of the query is found in its title, its method's
name, its place, its client or its moderators. Case, umlauts, ß and accents do not
matter, and German spellings without umlauts work both ways: "Bürger", "Buerger" and
"burger" all find "Bürgerforum", and "Yilmaz" finds "Ayşe Yılmaz".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from werkstatt.core.records import Workshop

# Letters NFKD does not take apart, and ß (casefold already makes it "ss").
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d"})
# How German writes umlauts without them: "Buerger" for "Bürger".
_GERMAN_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _plain(text: str) -> str:
    """Lower case, accents and umlauts dropped: "Bürger" -> "burger"."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_BASE_LETTERS))
    return "".join(char for char in text if not unicodedata.combining(char))


def _spelled_out(text: str) -> str:
    """Lower case, umlauts written out: "Bürger" -> "buerger"."""
    text = unicodedata.normalize("NFC", text.casefold()).translate(_GERMAN_SPELLING)
    return _plain(text)


def searched_fields(workshop: Workshop, method_name: str) -> list[str]:
    return [workshop.title, method_name, workshop.place, workshop.client, workshop.moderators]


class Query:
    """A query folded once, to test many workshops against it."""

    def __init__(self, text: str) -> None:
        self._words = [(_plain(word), _spelled_out(word)) for word in text.split()]

    def __bool__(self) -> bool:
        return bool(self._words)

    def matches_text(self, texts: Iterable[str]) -> bool:
        joined = "\n".join(texts)
        plain, spelled_out = _plain(joined), _spelled_out(joined)
        return all(
            word_plain in plain or word_spelled in spelled_out
            for word_plain, word_spelled in self._words
        )

    def matches(self, workshop: Workshop, method_name: str) -> bool:
        return self.matches_text(searched_fields(workshop, method_name))


def matches(workshop: Workshop, method_name: str, query: str) -> bool:
    """True when every word of ``query`` is in one of the workshop's searched fields
    (``method_name`` is the method's display name; the record knows only its key)."""
    return Query(query).matches(workshop, method_name)
