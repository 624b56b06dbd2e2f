"""Near-duplicate cards: is what the moderator is typing already on the wall?

Pure text arithmetic, no Qt and no store. Texts are compared in a normalised form
(case folded, umlauts and ß spelled out, accents and punctuation dropped), so that
„Zu wenig Sitzbänke!“ and "zu wenig Sitzbaenke" are the same card.

:class:`SimilarityIndex` keeps an inverted index from word stems to cards, so a lookup
while typing only scores the few cards that share a word with the text, not all 2,000
cards of a long evening. The score of a candidate is the mean of two views of it:
the overlap of the word stems (Jaccard, blind to word order) and difflib's ratio on
the normalised words without stop words (forgiving with typos and inflections). Words
like "zu wenig", "kein" or "am" are left out of both: two complaints about different
things in the same place share them and are still no duplicates.
"""

from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

#: A candidate scoring at least this is shown as "similar". Chosen on German card pairs
#: (tests/core/test_similarity.py): rephrasings of one complaint score above it, two
#: complaints about different things in the same place stay below.
DEFAULT_THRESHOLD = 0.68

# Letters that casefold and NFKD leave alone or spell differently from how a German
# reader would type them without the key: "ß" casefolds to "ss" already.
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ı": "i", "ø": "o", "æ": "ae"})
_NOT_A_WORD_CHAR = re.compile(r"[\W_]+")

# Words that say nothing about what a card is about; sharing them makes no duplicate.
_STOP_WORDS = frozenset(
    """
    der die das den dem des ein eine einen einem einer eines und oder aber auch
    am an auf aus bei bis fuer im in ins mit nach von vom vor zu zum zur ueber unter
    ist sind wird werden wurde gibt es sich nicht kein keine keinen sehr mehr
    man wir ich sie er hier da dass wie was wo wer so noch nur schon immer
    wenig wenige weniger viel viele zuviel
    the a an and or of to in on for is are not no
    """.split()  # noqa: SIM905 (a word list reads better as words)
)

# Word stems: the first letters of a word, so that "Sitzbank"/"Sitzbänke" or
# "Parkplatz"/"Parkplätze" share one. Shorter words are taken whole.
_STEM_LENGTH = 5
_MIN_WORD_LENGTH = 2
# While typing, a text this short matches too much to be worth a hint.
_MIN_QUERY_CHARS = 6
# How many index candidates get the (slower) difflib score.
_CANDIDATES = 24


def normalise(text: str) -> str:
    """``text`` case folded, umlauts and ß spelled out, accents and punctuation dropped,
    single spaces between the words."""
    folded = text.casefold().translate(_SPELLED_OUT)
    decomposed = unicodedata.normalize("NFKD", folded)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_A_WORD_CHAR.sub(" ", plain).split())


def _content_words(normalised: str) -> list[str]:
    return [
        word
        for word in normalised.split()
        if len(word) >= _MIN_WORD_LENGTH and word not in _STOP_WORDS
    ]


def stems(normalised: str) -> frozenset[str]:
    """The word stems of an already normalised text that say what it is about."""
    return frozenset(word[:_STEM_LENGTH] for word in _content_words(normalised))


@dataclass(frozen=True)
class _Entry:
    text: str
    normalised: str
    #: the normalised text without stop words: what difflib compares
    content: str
    stems: frozenset[str]


def _entry(text: str) -> _Entry:
    normalised = normalise(text)
    words = _content_words(normalised)
    return _Entry(
        text, normalised, " ".join(words), frozenset(word[:_STEM_LENGTH] for word in words)
    )


def _score(query: _Entry, other: _Entry) -> float:
    if query.normalised == other.normalised:
        return 1.0
    union = query.stems | other.stems
    jaccard = len(query.stems & other.stems) / len(union) if union else 0.0
    matcher = difflib.SequenceMatcher(None, query.content, other.content, autojunk=False)
    # quick_ratio bounds ratio from above: the exact ratio is only worth computing when
    # the bound could lift the mean near a useful threshold
    bound = (jaccard + matcher.quick_ratio()) / 2
    if bound < 0.5:
        return bound
    return (jaccard + matcher.ratio()) / 2


def similarity(first: str, second: str) -> float:
    """How alike two card texts are, from 0 (nothing in common) to 1 (the same card)."""
    return _score(_entry(first), _entry(second))


@dataclass(frozen=True)
class Match:
    """The most similar card found: its key, its text as written, and the score."""

    key: int
    text: str
    score: float


class SimilarityIndex:
    """Texts under keys (card ids), searchable for the one most like a given text."""

    def __init__(self, items: Iterable[tuple[int, str]] = ()) -> None:
        self._entries: dict[int, _Entry] = {}
        self._by_stem: dict[str, set[int]] = {}
        self._by_normalised: dict[str, set[int]] = {}
        for key, text in items:
            self.add(key, text)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        return key in self._entries

    def add(self, key: int, text: str) -> None:
        """Add ``text`` under ``key`` (replacing what the key held)."""
        if key in self._entries:
            self.remove(key)
        entry = _entry(text)
        self._entries[key] = entry
        for stem in entry.stems:
            self._by_stem.setdefault(stem, set()).add(key)
        self._by_normalised.setdefault(entry.normalised, set()).add(key)

    def remove(self, key: int) -> None:
        """Forget ``key``; a key the index does not hold is ignored (undo may repeat)."""
        entry = self._entries.pop(key, None)
        if entry is None:
            return
        for stem in entry.stems:
            keys = self._by_stem[stem]
            keys.discard(key)
            if not keys:
                del self._by_stem[stem]
        same = self._by_normalised[entry.normalised]
        same.discard(key)
        if not same:
            del self._by_normalised[entry.normalised]

    def clear(self) -> None:
        self._entries.clear()
        self._by_stem.clear()
        self._by_normalised.clear()

    def most_similar(
        self,
        text: str,
        *,
        threshold: float = DEFAULT_THRESHOLD,
        exclude: int | None = None,
    ) -> Match | None:
        """The held text most like ``text`` if it scores at least ``threshold``.

        ``exclude`` leaves out one key (the card being edited). Texts shorter than a few
        letters find nothing: while the first word is typed everything looks alike.
        """
        query = _entry(text)
        if len(query.normalised) < _MIN_QUERY_CHARS:
            return None
        exact = [key for key in self._by_normalised.get(query.normalised, ()) if key != exclude]
        if exact:
            key = min(exact)
            return Match(key, self._entries[key].text, 1.0)
        shared: Counter[int] = Counter()
        for stem in query.stems:
            shared.update(self._by_stem.get(stem, ()))
        shared.pop(exclude, None)
        if not shared:
            return None
        best: Match | None = None
        for key in heapq.nlargest(_CANDIDATES, shared, key=shared.__getitem__):
            entry = self._entries[key]
            score = _score(query, entry)
            if score >= threshold and (best is None or score > best.score):
                best = Match(key, entry.text, score)
        return best
