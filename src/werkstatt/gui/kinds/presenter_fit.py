"""Fitting a list of rows onto the projector without scroll bars (nobody scrolls a
beamer): the font shrinks step by step down to the theme's smallest readable size; what
still does not fit is left out and counted ('+ 3 more'), keeping the row the room is
talking about (the one changed last) in view."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

#: how many sizes are tried between the largest and the smallest
_STEPS = 5


def font_sizes(largest: int, smallest: int) -> list[int]:
    """The pixel sizes to try, largest first, ``smallest`` last."""
    if largest <= smallest:
        return [smallest]
    step = max(1, (largest - smallest) // _STEPS)
    sizes = list(range(largest, smallest, -step))
    return [*sizes, smallest]


def text_height(text: str, font: QFont, width: int) -> int:
    """The height of ``text`` wrapped at ``width`` pixels (as a word-wrapped QLabel)."""
    metrics = QFontMetrics(font)
    flags = int(Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere)
    return metrics.boundingRect(QRect(0, 0, max(1, width), 1_000_000), flags, text).height()


def rows_that_fit(heights: Sequence[int], room: int, keep: int | None) -> range:
    """The rows to show: all of them if they fit in ``room``; else as many as fit from
    the top, or, when row ``keep`` would not be among them, the rows up to ``keep``
    (and after it, while there is room). Always at least one row."""
    count = len(heights)
    if sum(heights) <= room or count == 0:
        return range(count)
    end, used = 0, 0
    while end < count and used + heights[end] <= room:
        used += heights[end]
        end += 1
    if keep is None or keep < max(end, 1):
        return range(0, max(end, 1))
    start, used = keep, heights[keep]
    while start > 0 and used + heights[start - 1] <= room:
        start -= 1
        used += heights[start]
    end = keep + 1
    while end < count and used + heights[end] <= room:
        used += heights[end]
        end += 1
    return range(start, end)


def changed_key(
    before: Sequence[tuple[Hashable, Any]], after: Sequence[tuple[Hashable, Any]]
) -> Hashable | None:
    """The key of the row that changed between two readings (a new one, or one whose
    content differs), the last such; None when nothing changed."""
    old = dict(before)
    found: Hashable | None = None
    for key, content in after:
        if key not in old or old[key] != content:
            found = key
    return found


def best_size(sizes: Sequence[int], fits: Callable[[int], bool]) -> tuple[int, bool]:
    """The first (largest) of ``sizes`` that ``fits``; else the last, and False."""
    for px in sizes:
        if fits(px):
            return px, True
    return sizes[-1], False
