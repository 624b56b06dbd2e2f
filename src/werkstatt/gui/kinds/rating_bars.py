"""The spread of a mood scale as bars: one per point, its count above, the point below.

The same painting serves the moderator (small, in the window's colours) and the
projector (the theme's sizes and colours).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from werkstatt.gui.kinds.text_fit import font_px, line_height


class RatingBars(QWidget):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label_px: int = 14,
        foreground: str = "#1d1d1d",
        muted: str = "#666666",
        bar: str = "#3b82c4",
        background: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._counts: tuple[int, ...] = ()
        self._label_px = label_px
        self._foreground = QColor(foreground)
        self._muted = QColor(muted)
        self._bar = QColor(bar)
        self._background = QColor(background) if background else None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_counts(self, counts: Sequence[int]) -> None:
        self._counts = tuple(counts)
        self.update()

    def counts(self) -> tuple[int, ...]:
        return self._counts

    def minimumSizeHint(self) -> QSize:
        line = round(line_height(font_px(self._label_px)))
        return QSize(max(1, len(self._counts)) * line, line * 4)

    def sizeHint(self) -> QSize:
        line = round(line_height(font_px(self._label_px)))
        return QSize(max(1, len(self._counts)) * line * 3, line * 7)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._background is not None:
            painter.fillRect(self.rect(), self._background)
        if not self._counts:
            painter.end()
            return
        font = font_px(self._label_px)
        bold = font_px(self._label_px, bold=True)
        line = line_height(font)
        points = len(self._counts)
        slot = self.width() / points
        bar_width = slot * 0.62
        top = line * 1.2  # room for the count above the tallest bar
        bottom = self.height() - line * 1.3  # room for the point below
        most = max(self._counts) or 1
        for number, count in enumerate(self._counts, start=1):
            left = (number - 1) * slot + (slot - bar_width) / 2
            height = (bottom - top) * count / most
            if count:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._bar)
                radius = min(bar_width * 0.08, 8.0)
                painter.drawRoundedRect(
                    QRectF(left, bottom - height, bar_width, height), radius, radius
                )
            painter.setPen(self._foreground if count else self._muted)
            painter.setFont(bold)
            painter.drawText(
                QRectF(
                    left - slot * 0.2, bottom - height - line * 1.1, bar_width + slot * 0.4, line
                ),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                str(count),
            )
            painter.setPen(self._muted)
            painter.setFont(font)
            painter.drawText(
                QRectF((number - 1) * slot, bottom + line * 0.2, slot, line),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                str(number),
            )
        painter.setPen(self._muted)
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))
        painter.end()
