"""Text for a hall: long German compound words must wrap, not run off the projector.

A QLabel wraps at spaces only, so 'Quartiersentwicklungskonzeptfortschreibung' in 56 px
is wider than a 1024-pixel beamer. Words too wide for the line get soft hyphens between
their letters: Qt breaks there when it must (showing a hyphen) and nowhere else.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics

SOFT_HYPHEN = "\u00ad"
_WORD = re.compile(r"\S+")


def breakable(text: str, metrics: QFontMetrics, width: int) -> str:
    """``text`` with break opportunities inside each word wider than ``width`` pixels."""
    if width <= 0:
        return text

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        if metrics.horizontalAdvance(word) <= width:
            return word
        return SOFT_HYPHEN.join(word)

    return _WORD.sub(split, text)
