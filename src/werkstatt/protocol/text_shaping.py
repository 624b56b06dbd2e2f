"""Right-to-left text for reportlab, which draws characters one by one, left to right.

Arabic and Persian letters change shape with their neighbours; reportlab knows nothing of
that, so arabic-reshaper replaces them with their contextual presentation forms first.
Then python-bidi puts each *line* into visual order. Lines, not paragraphs: a paragraph
reordered as a whole and wrapped afterwards would start with its last words. So a
right-to-left paragraph is wrapped in logical order here, and each line reordered.

Text without right-to-left characters is left alone (the common case, and fast).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

import arabic_reshaper

# The pure-Python algorithm of python-bidi: unlike the faster default of 0.6 it mirrors
# brackets, so that 'نص (Name)' does not come out as ')Name( نص'.
from bidi.algorithm import get_display

_RTL_CLASSES = frozenset({"R", "AL"})

#: Where Unicode assigns right-to-left characters: Hebrew to the Arabic extensions, the
#: right-to-left mark, the presentation forms and the historic scripts of the SMP. A test
#: checks that no R or AL character lies outside these ranges.
RTL_BLOCKS = (
    (0x0590, 0x08FF),
    (0x200F, 0x200F),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
    (0x10800, 0x10FFF),
    (0x1E800, 0x1EFFF),
)


@cache
def _rtl_letters() -> re.Pattern[str]:
    spans: list[list[int]] = []
    for first, last in RTL_BLOCKS:
        for code in range(first, last + 1):
            if unicodedata.bidirectional(chr(code)) not in _RTL_CLASSES:
                continue
            if spans and spans[-1][1] == code - 1:
                spans[-1][1] = code
            else:
                spans.append([code, code])
    # as ranges: a class of single characters is searched much more slowly
    ranges = "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in spans)
    return re.compile(f"[{ranges}]")


def has_rtl(text: str) -> bool:
    # asked for every piece of text in a protocol: a regular expression scans in C
    if not text or max(text) < "\u0590":  # Latin, Greek, Cyrillic: the common case
        return False
    return _rtl_letters().search(text) is not None


def is_rtl_paragraph(text: str) -> bool:
    """Whether the paragraph's base direction is right-to-left: its first strong
    character decides (Unicode's rule P2)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in _RTL_CLASSES:
            return True
        if direction == "L":
            return False
    return False


def _has_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(char) == "AL" for char in text)


def shaped(text: str) -> str:
    """Arabic letters replaced by their joined forms (logical order kept)."""
    return arabic_reshaper.reshape(text) if _has_arabic(text) else text


def visual(line: str, *, rtl: bool) -> str:
    """One shaped line in the order reportlab must draw it.

    Invisible format characters (the Persian zero-width non-joiner, direction marks)
    have done their work in shaping and reordering; drawn, they would only cut the
    line into font runs or show as boxes."""
    ordered = get_display(line, base_dir="R" if rtl else "L")
    return "".join(char for char in ordered if unicodedata.category(char) != "Cf")


def wrap_logical(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap of one logical paragraph; a word wider than a line is cut."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if measure(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        while measure(word) > width and len(word) > 1:
            cut = _longest_fitting_prefix(word, width, measure)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def _longest_fitting_prefix(word: str, width: float, measure: Callable[[str], float]) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def visual_lines(
    text: str, width: float, measure: Callable[[str], float]
) -> tuple[list[str], bool]:
    """The lines of a right-to-left (or mixed) text in drawing order, and whether the
    text reads right to left as a whole (then its lines are set flush right)."""
    rtl = is_rtl_paragraph(text)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        for line in wrap_logical(shaped(paragraph), width, measure):
            lines.append(visual(line, rtl=rtl))
    return lines, rtl
