"""The bar chart of a dot vote's ranking: one row per target, best first, the label
at the left (wrapped to two lines, then shortened), a horizontal bar per criterion and
its count at the bar's end. Targets sharing a rank show the same rank number.

Drawn on the canvas with the protocol's own line drawing, so that labels in Arabic or
with rare letters come out as in the rest of the protocol.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from werkstatt.protocol.content import ChartRow
from werkstatt.protocol.fonts import BOLD, REGULAR
from werkstatt.protocol.paragraphs import draw_line, fitted, line_width
from werkstatt.protocol.styles import ACCENT, FRAME_WIDTH, INK, MUTED, RULE
from werkstatt.protocol.text_shaping import has_rtl, visual_lines, wrap_logical

#: One bar colour per criterion; the second is lighter so that the two read apart in
#: black-and-white print as well.
BAR_COLOURS = (ACCENT, colors.HexColor("#e0a526"))

_FONT_SIZE = 8.5
_LEADING = 10.5
_LABEL_LINES = 2
_RANK_WIDTH = 8 * mm
_LABEL_WIDTH = 62 * mm
_COUNT_WIDTH = 10 * mm
_GAP = 2.5 * mm
_ROW_GAP = 4
_LEGEND_HEIGHT = 16


def label_lines(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """``text`` wrapped to ``width`` in at most ``most`` lines, the last one shortened
    with an ellipsis when more would be needed. Right-to-left lines come in drawing order."""
    text = " ".join(text.split())
    if has_rtl(text):
        lines, _rtl = visual_lines(text, width, lambda s: line_width(s, font, size))
    else:
        lines = wrap_logical(text, width, lambda s: line_width(s, font, size))
    if len(lines) <= most:
        return lines
    rest = " ".join(lines[most - 1 :])
    return [*lines[: most - 1], fitted(rest + " …", font, size, width)]


class RankingChart(Flowable):
    """Horizontal bars of a ranking (one or two criteria) as wide as the frame."""

    def __init__(
        self,
        rows: Sequence[ChartRow],
        criteria_labels: Sequence[str],
        *,
        width: float = FRAME_WIDTH,
    ) -> None:
        super().__init__()
        self.rows = tuple(rows)
        self.criteria_labels = tuple(criteria_labels)
        self.width = width
        self._lines = [
            label_lines(row.label, REGULAR, _FONT_SIZE, _LABEL_WIDTH, _LABEL_LINES)
            for row in self.rows
        ]
        self._heights = [self._row_height(len(lines)) for lines in self._lines]
        self.height = sum(self._heights) + (self._legend_height())

    @property
    def _criteria(self) -> int:
        return max(1, len(self.criteria_labels))

    def _legend_height(self) -> float:
        return _LEGEND_HEIGHT if self._criteria > 1 else 0

    def _bar_height(self) -> float:
        return 9.0 if self._criteria == 1 else 7.0

    def _row_height(self, lines: int) -> float:
        bars = self._criteria * self._bar_height() + (self._criteria - 1) * 1.5
        return max(lines * _LEADING, bars) + _ROW_GAP

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def _bar_area(self) -> tuple[float, float]:
        left = _RANK_WIDTH + _LABEL_WIDTH + _GAP
        return left, self.width - left - _COUNT_WIDTH

    def draw(self) -> None:
        canvas = self.canv
        bar_left, bar_width = self._bar_area()
        most = max((max(row.counts, default=0) for row in self.rows), default=0) or 1
        y = self.height
        if self._criteria > 1:
            y -= _LEGEND_HEIGHT
            self._draw_legend(bar_left, y + 5)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(bar_left, 0, bar_left, y)
        bar_height = self._bar_height()
        for row, lines, height in zip(self.rows, self._lines, self._heights, strict=True):
            top = y - _ROW_GAP / 2
            # the rank and the label's first line sit on the first bar's baseline
            baseline = top - _LEADING + 2.5
            canvas.setFillColor(MUTED)
            draw_line(
                canvas, _RANK_WIDTH - 3, baseline, f"{row.rank}.", BOLD, _FONT_SIZE, align=TA_RIGHT
            )
            canvas.setFillColor(INK)
            for number, line in enumerate(lines):
                draw_line(
                    canvas, _RANK_WIDTH, baseline - number * _LEADING, line, REGULAR, _FONT_SIZE
                )
            bar_top = top - 1
            for index, count in enumerate(row.counts):
                bottom = bar_top - bar_height
                length = bar_width * count / most
                if count:
                    canvas.setFillColor(BAR_COLOURS[index % len(BAR_COLOURS)])
                    canvas.rect(bar_left, bottom, length, bar_height, stroke=0, fill=1)
                canvas.setFillColor(INK)
                draw_line(
                    canvas, bar_left + length + 3, bottom + 1.5, str(count), BOLD, _FONT_SIZE - 0.5
                )
                bar_top = bottom - 1.5
            y -= height

    def _draw_legend(self, x: float, y: float) -> None:
        canvas = self.canv
        for index, label in enumerate(self.criteria_labels):
            canvas.setFillColor(BAR_COLOURS[index % len(BAR_COLOURS)])
            canvas.rect(x, y, 10, 7, stroke=0, fill=1)
            canvas.setFillColor(INK)
            draw_line(canvas, x + 14, y + 0.5, label, REGULAR, _FONT_SIZE)
            x += 14 + line_width(label, REGULAR, _FONT_SIZE) + 6 * mm
