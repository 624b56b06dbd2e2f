"""The ranking of a dot voting as horizontal bars, drawn for the projector.

Best first; each row shows the rank, the item's label (wrapped to two lines, then cut
with an ellipsis), its bar and the dots at the bar's end. With two criteria the bar is
stacked ('wichtig' then 'dringlich', legend above) and the end shows the sum. The font
shrinks from the theme's body size down to its small size until the rows fit; what still
does not fit is counted in a last line, never squeezed below readable.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from werkstatt.gui.kinds.base import PresenterTheme
from werkstatt.gui.kinds.text_fit import font_px, line_height, text_alignment, wrapped_lines

_LABEL_SHARE = 0.40
_LABEL_LINES = 2


@dataclass(frozen=True)
class ChartRow:
    rank: int | None  # None: no dots yet, no place
    label: str
    counts: tuple[int, ...]  # one per criterion
    tied: bool = False


class RankingChart(QWidget):
    def __init__(self, theme: PresenterTheme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._rows: tuple[ChartRow, ...] = ()
        self._legend: tuple[tuple[str, str], ...] = ()  # (label, colour) per criterion
        self._more_text = "+%1"
        self.shown_rows = 0  # how many rows the last paint had room for
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(
        self,
        rows: Sequence[ChartRow],
        legend: Sequence[tuple[str, str]],
        more_text: str,
    ) -> None:
        """``legend``: label and colour of each criterion (bar segments in this order);
        ``more_text`` says how many rows did not fit, with %1 for the number."""
        self._rows = tuple(rows)
        self._legend = tuple(legend)
        self._more_text = more_text
        self.update()

    def rows(self) -> tuple[ChartRow, ...]:
        return self._rows

    def _row_height(self, px: int) -> float:
        return line_height(font_px(px)) * _LABEL_LINES + px * 0.5

    def _fit(self, height: float) -> tuple[int, int]:
        """(font px, rows shown) for ``height`` pixels."""
        theme = self._theme
        for px in range(theme.body_px, theme.small_px - 1, -2):
            if self._row_height(px) * len(self._rows) <= height:
                return px, len(self._rows)
        px = theme.small_px
        room = height - line_height(font_px(px))  # the 'more' line
        return px, max(1, int(room // self._row_height(px)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        theme = self._theme
        foreground = QColor(theme.foreground)
        muted = QColor(theme.muted)
        top = 0.0
        if len(self._legend) > 1:
            top = self._paint_legend(painter)
        if not self._rows:
            painter.end()
            return
        px, shown = self._fit(self.height() - top)
        self.shown_rows = shown
        font = font_px(px)
        bold = font_px(px, bold=True)
        row_height = self._row_height(px)
        metrics = QFontMetricsF(bold)
        rank_width = metrics.horizontalAdvance("00.") + px * 0.4
        widest = max(sum(row.counts) for row in self._rows)
        count_width = metrics.horizontalAdvance(str(widest)) + px * 0.6
        label_left = rank_width
        label_width = self.width() * _LABEL_SHARE
        bar_left = label_left + label_width + px * 0.6
        bar_room = max(1.0, self.width() - bar_left - count_width)
        most = max(widest, 1)
        bar_height = row_height * 0.55
        colours = [QColor(colour) for _label, colour in self._legend] or [QColor(theme.accent)]
        for number, row in enumerate(self._rows[:shown]):
            y = top + number * row_height
            painter.setFont(bold)
            painter.setPen(QColor(theme.accent) if row.tied else foreground)
            painter.drawText(
                QRectF(0, y, rank_width - px * 0.3, row_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "" if row.rank is None else f"{row.rank}.",
            )
            painter.setFont(font)
            painter.setPen(foreground)
            lines = wrapped_lines(row.label, font, label_width, _LABEL_LINES)
            painter.drawText(
                QRectF(label_left, y, label_width, row_height),
                text_alignment(row.label),
                "\n".join(lines),
            )
            x = bar_left
            bar_top = y + (row_height - bar_height) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            for index, count in enumerate(row.counts):
                width = bar_room * count / most
                if width <= 0:
                    continue
                painter.setBrush(colours[index % len(colours)])
                painter.drawRect(QRectF(x, bar_top, width, bar_height))
                x += width
            painter.setFont(bold)
            painter.setPen(foreground if sum(row.counts) else muted)
            painter.drawText(
                QRectF(x + px * 0.3, y, count_width, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(sum(row.counts)),
            )
        hidden = len(self._rows) - shown
        if hidden > 0:
            painter.setFont(font_px(theme.small_px))
            painter.setPen(muted)
            painter.drawText(
                QRectF(label_left, top + shown * row_height, self.width() - label_left, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                self._more_text.replace("%1", str(hidden)),
            )
        painter.end()

    def _paint_legend(self, painter: QPainter) -> float:
        """The criteria's colours above the bars; returns the height it took."""
        theme = self._theme
        font = font_px(theme.small_px)
        metrics = QFontMetricsF(font)
        height = line_height(font) * 1.5
        box = theme.small_px * 0.8
        x = self.width() * _LABEL_SHARE
        painter.setFont(font)
        for label, colour in self._legend:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, (height - box) / 2, box, box))
            x += box + theme.small_px * 0.4
            painter.setPen(QColor(theme.foreground))
            text_width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x, 0, text_width + 2, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            x += text_width + theme.small_px * 1.5
        return height
