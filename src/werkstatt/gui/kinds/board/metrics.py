"""Sizes of the board's cards and headings, and the layout that fills a screen best.

Every card has one size (2,000 cards are laid out without measuring each); a card shows
its first lines, words broken only where a German compound is wider than the card.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QFont, QFontMetricsF

from werkstatt.core.clustering import Board, Layout, arrange

CARD_LINES = 4
HEADING_LINES = 2
# About 22 characters a line: a card is read, not scanned, and the board holds many.
_CARD_WIDTH_IN_LINES = 10.5
# core.clustering.arrange's default: the widest a cluster's block of cards gets.
_MAX_BLOCK_COLUMNS = 4
# The widest board tried when fitting a screen.
_MAX_BOARD_COLUMNS = 400


@dataclass(frozen=True)
class BoardMetrics:
    card_font: QFont
    heading_font: QFont
    card_width: float
    card_height: float
    heading_height: float
    gap: float
    padding: float  # between a cluster's frame and its cards
    #: The "n cards" under a heading's title: the cards' size on the moderator's board,
    #: the heading's on the projector (with_heading_px).
    count_font: QFont

    @classmethod
    def for_font(cls, font: QFont) -> BoardMetrics:
        card_font = QFont(font)
        heading_font = QFont(font)
        heading_font.setBold(True)
        if font.pixelSize() > 0:
            heading_font.setPixelSize(round(font.pixelSize() * 1.15))
        else:
            heading_font.setPointSizeF(font.pointSizeF() * 1.15)
        line = QFontMetricsF(card_font).lineSpacing()
        heading_line = QFontMetricsF(heading_font).lineSpacing()
        return cls(
            card_font=card_font,
            heading_font=heading_font,
            card_width=round(line * _CARD_WIDTH_IN_LINES),
            card_height=round(line * (CARD_LINES + 1.0)),
            heading_height=round(heading_line * HEADING_LINES + line * 1.3),
            gap=round(line * 1.4),
            padding=round(line * 0.5),
            count_font=card_font,
        )

    def with_heading_px(self, px: int) -> BoardMetrics:
        """The same cards under headings of ``px`` pixels (the projector's, readable from
        the back of the hall even when the cards are not). The number of cards is written
        as large as the title, on a line of its own below it."""
        heading_font = QFont(self.heading_font)
        heading_font.setPixelSize(max(1, px))
        count_font = QFont(heading_font)
        count_font.setBold(False)
        line = QFontMetricsF(self.card_font).lineSpacing()
        heading_line = QFontMetricsF(heading_font).lineSpacing()
        count_line = QFontMetricsF(count_font).lineSpacing()
        return replace(
            self,
            heading_font=heading_font,
            heading_height=round(heading_line * HEADING_LINES + count_line + line * 0.3),
            count_font=count_font,
        )

    def layout(self, board: Board, width: float) -> Layout:
        return arrange(
            board,
            self.card_width,
            self.card_height,
            max(width, self.card_width),
            gap=self.gap,
            heading_height=self.heading_height,
            max_block_columns=self.block_columns(_group_sizes(board)),
        )

    def block_columns(self, groups: list[int]) -> int:
        """The widest a cluster's block gets: four columns, or for a cluster of hundreds
        of cards about a square of them (cards are wider than high), not a long column."""
        largest = max(groups, default=0)
        square = math.sqrt(largest * self.card_height / self.card_width)
        return max(_MAX_BLOCK_COLUMNS, round(square))

    def columns_width(self, columns: int) -> float:
        return columns * self.card_width + (columns - 1) * self.gap


def fitting_width(metrics: BoardMetrics, board: Board, aspect: float) -> float:
    """The board width whose layout, fitted into a screen of ``aspect`` (width / height),
    shows the cards largest.

    Tries every width of whole card columns. Each try flows the blocks' sizes the way
    core.clustering.arrange does (a block as wide as about the square root of its cards,
    at most four columns) instead of laying out every card: 2,000 cards are no slower than
    twenty."""
    groups = _group_sizes(board)
    if not groups:
        return metrics.columns_width(_MAX_BLOCK_COLUMNS)
    block_columns = metrics.block_columns(groups)
    best_width, best_scale = metrics.columns_width(1), -1.0
    for columns in range(1, min(_MAX_BOARD_COLUMNS, block_columns * len(groups)) + 1):
        width = metrics.columns_width(columns)
        used_width, used_height = _flow(metrics, groups, width, columns, block_columns)
        scale = min(aspect / max(used_width, 1.0), 1.0 / max(used_height, 1.0))
        if scale > best_scale * 1.001:  # the narrower of two about equal ones
            best_width, best_scale = width, scale
    return best_width


def fitted_scale(metrics: BoardMetrics, board: Board, width: float, screen: QSizeF) -> float:
    """About how much a board laid out ``width`` wide is scaled to fit ``screen``."""
    groups = _group_sizes(board)
    fitting = max(1, int((width + metrics.gap) // (metrics.card_width + metrics.gap)))
    used_width, used_height = _flow(metrics, groups, width, fitting, metrics.block_columns(groups))
    return min(screen.width() / max(used_width, 1.0), screen.height() / max(used_height, 1.0))


def _group_sizes(board: Board) -> list[int]:
    """The number of cards of each block, in arrange's order (the unsorted heap first)."""
    counts = Counter(board.assignment.values())
    return ([counts[None]] if counts[None] else []) + [counts[c.id] for c in board.clusters]


def _flow(
    metrics: BoardMetrics, groups: list[int], width: float, fitting: int, block_columns: int
) -> tuple[float, float]:
    gap, card_width, card_height = metrics.gap, metrics.card_width, metrics.card_height
    x = y = row_height = used_width = used_height = 0.0
    for cards in groups:
        columns = max(1, min(block_columns, fitting, math.ceil(math.sqrt(cards))))
        rows = math.ceil(cards / columns)
        block_width = columns * card_width + (columns - 1) * gap
        block_height = metrics.heading_height + rows * (card_height + gap)
        if x > 0 and x + block_width > width:
            x, y, row_height = 0.0, y + row_height + gap, 0.0
        row_height = max(row_height, block_height)
        used_width = max(used_width, x + block_width)
        used_height = max(used_height, y + block_height)
        x += block_width + gap
    return used_width + 2 * gap, used_height + 2 * gap
