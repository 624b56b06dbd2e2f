"""Right-to-left text for reportlab, which draws characters one by one, left to right.

Arabic and Persian letters change shape with their neighbours; reportlab knows nothing of
that, so arabic-reshaper replaces them with their contextual presentation forms first.
Then python-bidi puts each *line* into visual order. Lines, not paragraphs: a paragraph
reordered as a whole and wrapped afterwards would start with its last words. So a
right-to-left paragraph is wrapped in logical order here, and each line reordered.

Text without right-to-left characters is left alone (the common case, and fast).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import arabic_reshaper

# The pure-Python algorithm of python-bidi: unlike the faster default of 0.6 it mirrors
# brackets, so that 'نص (Name)' does not come out as ')Name( نص'.
from bidi.algorithm import get_display

_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in text)


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
