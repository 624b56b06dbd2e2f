"""The projector's wall of cards: tiles in a grid whose font fits the number of cards.

A handful of cards are shown big; as more arrive the font shrinks until every card fits,
but never below the theme's smallest size. Beyond what fits then, the newest cards are
shown and a line says how many earlier ones are left out. The newest card has an accent
frame, so the hall sees its card arrive.

:func:`plan_wall` does the arithmetic (no painting); :class:`CardWall` paints a plan.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from werkstatt.gui.kinds.base import PresenterTheme
from werkstatt.gui.kinds.card_colours import fill
from werkstatt.gui.kinds.text_fit import (
    font_px,
    line_height,
    text_alignment,
    word_widths,
    wrapped_lines,
)

# A tile is a card: at most this many characters' worth wide (ems of its font), so that
# a few cards do not stretch into banners, and at least this many, so that words fit.
_MAX_TILE_EM = 13.0
_MIN_TILE_EM = 8.0
# A long card shows this many lines at most, then an ellipsis.
_MAX_LINES = 5
# When not every card fits, each tile has room for this many lines at most, as the
# longest of the newest cards need.
_OVERFLOW_LINES = 3
_OVERFLOW_SAMPLE = 120
# Whole words win while their font is at least this share of the size that breaking the
# longest word would allow.
_WHOLE_WORDS_SHARE = 0.85
# The longest few texts decide a row's height; measuring every card at every font size
# would be slow with hundreds of cards.
_MEASURED_TEXTS = 4


@dataclass(frozen=True)
class WallItem:
    text: str
    colour: str = ""  # a card colour name (card_colours); ignored by the "line" style


@dataclass(frozen=True)
class WallPlan:
    """Where the tiles go: ``first`` is the index of the first item shown (older ones are
    left out, ``more`` of them), the tiles fill rows of ``columns`` from the top."""

    px: int
    columns: int
    tile_width: float
    tile_height: float
    gap: float
    padding: float
    lines: int
    first: int
    more: int
    more_height: float
    left: float
    top: float


def _frame_width(px: int) -> float:
    return max(3.0, px * 0.14)


def _gap(px: int) -> float:
    return max(6.0, px * 0.4)


def _padding(px: int) -> float:
    return max(4.0, px * 0.45)


def _lines_needed(texts: Sequence[str], px: int, text_width: float, max_lines: int) -> int:
    font = font_px(px)
    return max(len(wrapped_lines(text, font, text_width, max_lines)) or 1 for text in texts)


def _longest(texts: Sequence[str], px: int) -> list[str]:
    metrics = QFontMetricsF(font_px(px))
    return sorted(texts, key=metrics.horizontalAdvance, reverse=True)[:_MEASURED_TEXTS]


def _aspect_distance(block_w: float, block_h: float, width: float, height: float) -> float:
    return abs(math.log((block_w / max(block_h, 1.0)) / (width / max(height, 1.0))))


def _fitting_plan(
    texts: Sequence[str],
    px: int,
    width: float,
    height: float,
    max_tile_em: float,
    words_at_100px: Sequence[float],
    *,
    whole_words: bool = True,
) -> WallPlan | None:
    """A plan showing every text at ``px``, or None when they do not fit.

    With ``whole_words`` no word breaks inside: a tile is at least as wide as the widest
    word needs (wider than ``max_tile_em`` if it must), so "Quartiersentwicklungskonzept"
    makes wide tiles or a smaller font. Without, words break where they must (hyphenated),
    and the grid breaking the fewest words wins. ``words_at_100px``: the advances of all
    words at 100 px, sorted.
    """
    count = len(texts)
    gap, padding = _gap(px), _padding(px)
    line_h = line_height(font_px(px))

    def needed(at_100px: float) -> float:
        # slack for the hinting of sizes, and the room wrapped_lines keeps for a hyphen
        return at_100px * px / 100 * 1.02 + 0.4 * px

    word = needed(words_at_100px[-1]) if whole_words and words_at_100px else 0.0
    widest_tile = min(width, max(max_tile_em * px, word + 2 * padding))
    longest = _longest(texts, px)
    best: tuple[tuple[int, float], WallPlan] | None = None
    for columns in range(1, count + 1):
        tile_w = min((width - (columns - 1) * gap) / columns, widest_tile)
        if tile_w < _MIN_TILE_EM * px and columns > 1:
            break
        if tile_w - 2 * padding < word and columns > 1:
            break
        lines = _lines_needed(longest, px, tile_w - 2 * padding, _MAX_LINES)
        tile_h = 2 * padding + lines * line_h
        rows = math.ceil(count / columns)
        block_h = rows * tile_h + (rows - 1) * gap
        if block_h > height:
            continue
        block_w = columns * tile_w + (columns - 1) * gap
        plan = WallPlan(
            px=px,
            columns=columns,
            tile_width=tile_w,
            tile_height=tile_h,
            gap=gap,
            padding=padding,
            lines=lines,
            first=0,
            more=0,
            more_height=0.0,
            left=(width - block_w) / 2,
            top=(height - block_h) / 2,
        )
        # Of the grids that fit, the one shaped most like the screen looks calmest.
        text_w = tile_w - 2 * padding
        broken = sum(1 for at_100px in words_at_100px if needed(at_100px) > text_w)
        rank = (broken, _aspect_distance(block_w, block_h, width, height))
        if best is None or rank < best[0]:
            best = (rank, plan)
    return None if best is None else best[1]


def _overflow_plan(
    texts: Sequence[str], px: int, width: float, height: float, max_tile_em: float, count: int
) -> WallPlan:
    """The newest cards that fit at ``px``, with a line for the rest; ``texts`` are the
    newest ``len(texts)`` of ``count``."""
    gap, padding = _gap(px), _padding(px)
    line_h = line_height(font_px(px))
    tile_w = max_tile_em * 0.85 * px
    columns = max(1, int((width + gap) // (tile_w + gap)))
    tile_w = (width - (columns - 1) * gap) / columns
    # As many lines as the newest cards need, up to a few: short cards, more of them.
    newest = _longest(texts[-_OVERFLOW_SAMPLE:], px)
    lines = _lines_needed(newest, px, tile_w - 2 * padding, _OVERFLOW_LINES)
    tile_h = 2 * padding + lines * line_h
    more_height = line_h + gap
    rows = max(1, int((height - more_height + gap) // (tile_h + gap)))
    shown = min(len(texts), rows * columns)
    return WallPlan(
        px=px,
        columns=columns,
        tile_width=tile_w,
        tile_height=tile_h,
        gap=gap,
        padding=padding,
        lines=lines,
        first=len(texts) - shown,
        more=count - shown,
        more_height=more_height if shown < count else 0.0,
        left=0.0,
        top=0.0,
    )


def _most_tiles(px: int, width: float, height: float) -> int:
    """More tiles than this never fit at ``px``: one line each, as narrow as allowed."""
    gap, padding = _gap(px), _padding(px)
    columns = max(1, int((width + gap) // (_MIN_TILE_EM * px + gap)))
    rows = max(1, int((height + gap) // (2 * padding + line_height(font_px(px)) + gap)))
    return columns * rows


def plan_wall(
    texts: Sequence[str],
    width: float,
    height: float,
    *,
    max_px: int,
    min_px: int,
    max_tile_em: float = _MAX_TILE_EM,
    total: int | None = None,
) -> WallPlan | None:
    """The largest font size at which every text fits ``width`` × ``height``; if none
    down to ``min_px`` does, the newest texts at ``min_px``. None without texts.

    ``total``: how many texts there are when ``texts`` are only the newest of them (at
    least :func:`wall_capacity` of them, or all); ``first`` then indexes ``texts``."""
    if not texts or width < 1 or height < 1:
        return None
    count = len(texts) if total is None else max(total, len(texts))
    min_px = max(1, min(min_px, max_px))
    if count > _most_tiles(min_px, width, height) or count > len(texts):
        # hundreds of cards: no need to measure them all to know they do not fit
        return _overflow_plan(texts, min_px, width, height, max_tile_em, count)
    words = word_widths(texts, font_px(100))

    def largest(whole_words: bool) -> WallPlan | None:
        """The plan at the largest size that fits, None if not even ``min_px`` does."""
        best = _fitting_plan(
            texts, min_px, width, height, max_tile_em, words, whole_words=whole_words
        )
        low, high = min_px, max_px  # fits at low; search the largest size that fits
        while best is not None and low < high:
            middle = (low + high + 1) // 2
            plan = _fitting_plan(
                texts, middle, width, height, max_tile_em, words, whole_words=whole_words
            )
            if plan is None:
                high = middle - 1
            else:
                low, best = middle, plan
        return best

    whole = largest(whole_words=True)
    # One long compound word must not shrink the whole wall: breaking it (hyphenated) is
    # better when that lets every card be clearly larger.
    relaxed = largest(whole_words=False)
    if whole is not None and (relaxed is None or whole.px >= relaxed.px * _WHOLE_WORDS_SHARE):
        return whole
    return relaxed or _overflow_plan(texts, min_px, width, height, max_tile_em, count)


def wall_capacity(width: float, height: float, *, min_px: int) -> int:
    """How many of the newest texts :func:`plan_wall` needs to plan (and show) the same
    wall as with all of them: more never fit, and the overflow's tile height is decided
    by the newest few."""
    if width < 1 or height < 1:
        return _OVERFLOW_SAMPLE
    return max(_most_tiles(max(1, min_px), width, height), _OVERFLOW_SAMPLE)


class CardWall(QWidget):
    """Paints items as tiles: ``style`` "card" for coloured paper cards, "line" for
    spoken sentences (light text on a dark tile)."""

    def __init__(
        self,
        theme: PresenterTheme,
        parent: QWidget | None = None,
        *,
        style: str = "card",
        max_tile_em: float = _MAX_TILE_EM,
        more_text: str = "+%1 more",
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        self._style = style
        self._max_tile_em = max_tile_em
        self._more_text = more_text
        self._items: list[WallItem] = []
        self._total = 0
        self._plan: WallPlan | None = None
        self._planned_for: tuple[int, int] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.background))
        self.setPalette(palette)

    # -- what tests and the kinds ask ---------------------------------------------------
    def set_items(
        self, items: Sequence[WallItem], more_text: str | None = None, *, total: int | None = None
    ) -> None:
        """Show ``items``; with ``total``, they are the newest of that many (at least
        :meth:`capacity` of them, or all)."""
        self._items = list(items)
        self._total = len(self._items) if total is None else max(total, len(self._items))
        if more_text is not None:
            self._more_text = more_text
        self._planned_for = None
        self.update()

    def capacity(self) -> int:
        """How many of the newest items are enough to show the wall at its present size."""
        margin = self._frame_margin()
        return wall_capacity(
            self.width() - 2 * margin, self.height() - 2 * margin, min_px=self._theme.small_px
        )

    def _frame_margin(self) -> float:
        """Room kept along the edges for the newest tile's frame: its pen runs around the
        tile at half its width, so it reaches a whole width beyond the tile."""
        return _frame_width(round(self._theme.body_px * 1.2))

    def plan(self) -> WallPlan | None:
        size = (self.width(), self.height())
        if self._planned_for != size:
            margin = self._frame_margin()
            self._plan = plan_wall(
                [item.text for item in self._items],
                self.width() - 2 * margin,
                self.height() - 2 * margin,
                max_px=round(self._theme.body_px * 1.2),
                min_px=self._theme.small_px,
                max_tile_em=self._max_tile_em,
                total=self._total,
            )
            self._planned_for = size
        return self._plan

    def shown_items(self) -> list[WallItem]:
        plan = self.plan()
        return [] if plan is None else self._items[plan.first :]

    def more_count(self) -> int:
        plan = self.plan()
        return 0 if plan is None else plan.more

    def more_line(self) -> str:
        return self._more_text.replace("%1", QLocale().toString(self.more_count()))

    # -- painting -----------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self._planned_for = None
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        plan = self.plan()
        if plan is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = self._frame_margin()
        painter.translate(margin, margin)
        line_h = line_height(font_px(plan.px))
        top = plan.top
        if plan.more:
            painter.setFont(font_px(self._theme.small_px))
            painter.setPen(QColor(self._theme.muted))
            painter.drawText(
                QRectF(0, 0, self.width() - 2 * margin, plan.more_height - plan.gap),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.more_line(),
            )
            top += plan.more_height
        shown = self._items[plan.first :]
        radius = plan.px * 0.3
        for number, item in enumerate(shown):
            row, column = divmod(number, plan.columns)
            rect = QRectF(
                plan.left + column * (plan.tile_width + plan.gap),
                top + row * (plan.tile_height + plan.gap),
                plan.tile_width,
                plan.tile_height,
            )
            newest = number == len(shown) - 1
            self._paint_tile(painter, rect, item, line_h, plan, radius, newest=newest)
        painter.end()

    def _paint_tile(
        self,
        painter: QPainter,
        rect: QRectF,
        item: WallItem,
        line_h: float,
        plan: WallPlan,
        radius: float,
        *,
        newest: bool,
    ) -> None:
        if self._style == "card":
            background, foreground = fill(item.colour), QColor(self._theme.card_foreground)
        else:
            background, foreground = QColor("#232a33"), QColor(self._theme.foreground)
        if newest:
            # the frame around the tile, outside it: clear on any card colour
            frame = _frame_width(plan.px)
            outer = rect.adjusted(-frame / 2, -frame / 2, frame / 2, frame / 2)
            painter.setPen(QPen(QColor(self._theme.accent), frame))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outer, radius + frame / 2, radius + frame / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, radius, radius)
        font = font_px(plan.px)
        painter.setFont(font)
        painter.setPen(foreground)
        inner = rect.adjusted(plan.padding, plan.padding, -plan.padding, -plan.padding)
        lines = wrapped_lines(item.text, font, inner.width(), plan.lines)
        y = inner.top() + (inner.height() - len(lines) * line_h) / 2
        alignment = int(text_alignment(item.text))
        for line in lines:
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_h), alignment, line)
            y += line_h
