"""Text that has to fit a box: wrapped lines, elided at the end, fonts by pixel size.

The projector shows German, where a single word ("Quartiersentwicklungskonzept") can be
wider than a card: lines wrap at word boundaries and, only where a word is too long for
a line, inside the word, so nothing is ever clipped at a card's edge.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

ELLIPSIS = "…"
HYPHEN = "-"
# Words shorter than this always fit a line; measuring them is wasted time.
_LONG_WORD = 8


def font_px(px: int, *, bold: bool = False, base: QFont | None = None) -> QFont:
    """``base`` (or the application font) at ``px`` pixels."""
    font = QFont(base) if base is not None else QFont()
    font.setPixelSize(max(1, px))
    font.setBold(bold)
    return font


def _wrap_option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def is_right_to_left(text: str) -> bool:
    """Whether ``text`` starts in a right-to-left script (Arabic, Hebrew, Persian)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def text_alignment(text: str) -> Qt.AlignmentFlag:
    """Left for left-to-right text, right for Arabic: each line starts where it is read."""
    side = Qt.AlignmentFlag.AlignRight if is_right_to_left(text) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def word_widths(texts: Iterable[str], font: QFont) -> list[float]:
    """The advances of the long words in ``texts`` (short ones never break), sorted."""
    metrics = QFontMetricsF(font)
    words = {word for text in texts for word in text.split() if len(word) >= _LONG_WORD}
    return sorted(metrics.horizontalAdvance(word) for word in words)


def wrapped_lines(text: str, font: QFont, width: float, max_lines: int = 0) -> list[str]:
    """``text`` broken into lines no wider than ``width`` pixels.

    Line breaks in ``text`` start new lines. A word wider than a line is broken inside
    and the break marked with a hyphen. With ``max_lines`` > 0 at most that many lines
    come back, and when text was left out the last one ends in an ellipsis.
    """
    lines: list[str] = []
    cut = False
    option = _wrap_option()
    # Room for the hyphen of a word broken inside, on every line (it cannot be known
    # before the line is laid out whether it will need one).
    hyphen = QFontMetricsF(font).horizontalAdvance(HYPHEN)
    for paragraph in text.split("\n"):
        if max_lines and len(lines) >= max_lines:
            cut = True
            break
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            if max_lines and len(lines) >= max_lines:
                cut = True
                break
            line.setLineWidth(max(1.0, width - hyphen))
            start, length = line.textStart(), line.textLength()
            end = start + length
            shown = paragraph[start:end].rstrip()
            if (
                0 < end < len(paragraph)
                and paragraph[end - 1].isalnum()
                and paragraph[end].isalnum()
            ):
                shown += HYPHEN
            lines.append(shown)
        layout.endLayout()
    if cut:
        lines[-1] = _with_ellipsis(lines[-1], font, width)
    return lines


def _with_ellipsis(line: str, font: QFont, width: float) -> str:
    metrics = QFontMetricsF(font)
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, room).rstrip(ELLIPSIS) + ELLIPSIS


def line_height(font: QFont) -> float:
    return QFontMetricsF(font).lineSpacing()
