"""The agenda grid on the projector: read-only, the whole wall fitted to the screen, titles
as large as the cells let them be, the slot running now highlighted.

The current slot is found with the workshop's wall-clock time (the UTC offset recorded
when the workshop was started, see werkstatt.core.clock); the clock is a parameter so
tests can say what time it is. The grid redraws after every change of the phase
(RunContext.resultsChanged) and twice a minute, so the highlight moves on by itself.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from werkstatt.core import agenda
from werkstatt.core.agenda import AgendaWall
from werkstatt.core.clock import local_time
from werkstatt.core.records import Phase
from werkstatt.gui.kinds.agenda.grid import Colours, GridLayout, GridPainter, Sizes
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.text_fit import HYPHEN, font_px
from werkstatt.store.errors import StoreError

TICK_MS = 30_000

Clock = Callable[[], datetime.datetime]


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def presenter_colours(theme: PresenterTheme) -> Colours:
    return Colours(
        background=theme.background,
        grid="#3a4048",
        header="#1d2228",
        header_text=theme.foreground,
        muted=theme.muted,
        card=theme.card_background,
        card_text=theme.card_foreground,
        # the theme's muted grey is for the dark background; on a card it is too faint
        card_muted="#5a5446",
        conflict=theme.overtime,
        conflict_cell=theme.background,  # the hall sees the agenda, not the moderator's worries
        fitting=theme.background,
        target=theme.accent,
        current="#4a3f12",
        break_row="#262b31",
        selected=theme.accent,
    )


class AgendaPresenter(QWidget):
    def __init__(
        self,
        context: RunContext,
        phase: Phase,
        theme: PresenterTheme,
        parent: QWidget | None,
        *,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_presenter")
        self._context = context
        self._phase_id = phase.id
        self._theme = theme
        self._clock = clock
        self._colours = presenter_colours(theme)
        self.wall = AgendaWall()
        self.current_slot: int | None = None
        self._layout: GridLayout | None = None
        self._painter: GridPainter | None = None
        self._offset_minutes: int | None = None
        try:
            self._offset_minutes = context.library.run.utc_offset_minutes(context.workshop_id)
        except (StoreError, AttributeError):
            self._offset_minutes = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh_clock)
        self._timer.start()
        context.resultsChanged.connect(self._results_changed)
        self.reload()

    def reload(self) -> None:
        try:
            self.wall = self._context.library.agenda.wall(self._phase_id)
        except StoreError:
            return  # the phase went: the projector shows what it had
        self._relayout()
        self.refresh_clock()
        self.update()

    def _results_changed(self, phase_id: int) -> None:
        if phase_id == self._phase_id:
            self.reload()

    def refresh_clock(self) -> None:
        now = local_time(self._clock(), self._offset_minutes).time()
        slot = agenda.current_slot(self.wall.slots, now)
        current = slot.id if slot is not None else None
        if current != self.current_slot:
            self.current_slot = current
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        wall = self.wall
        theme = self._theme
        margin = theme.margin_px / 2
        width = max(100.0, self.width() - 2 * margin)
        height = max(100.0, self.height() - 2 * margin)
        columns = max(1, len(wall.spaces))
        sessions = sum(1 for slot in wall.slots if not slot.is_break)
        breaks = len(wall.slots) - sessions
        small = theme.small_px
        header_width = min(width * 0.16, small * 6.0)
        # '09:00–10:00' fits the row headers' width.
        header_px = max(12, min(small, int(header_width / 7.0)))
        cell_width = (width - header_width) / columns
        # Two lines of a space's name ('Werkstattraum im Souterrain') in a column.
        column_px = max(12, min(header_px, int(cell_width / 7.0)))
        header_height = max(header_px * 1.6, column_px * 2.9 + 8)
        break_height = header_px * 1.6
        cell_height = (height - header_height - breaks * break_height) / max(1, sessions)
        # Titles as large as the cells allow (three lines of about twelve letters), never
        # larger than the projector's body text nor smaller than readable.
        title_px = int(min(theme.body_px, cell_height / 3.6, cell_width / 7.0))
        title_px = _longest_word_fits(wall, max(12, title_px), cell_width, self.font())
        small_px = max(12, min(small, int(title_px * 0.8)))
        sizes = Sizes(
            cell_width=cell_width,
            cell_height=cell_height,
            break_height=break_height,
            header_width=header_width,
            header_height=header_height,
            title_px=title_px,
            small_px=small_px,
            pad=max(4.0, title_px / 4),
            header_px=header_px,
            column_px=column_px,
        )
        self._layout = GridLayout(wall, sizes)
        self._painter = GridPainter(sizes, self._colours)
        self._margin = margin

    @property
    def layout_(self) -> GridLayout | None:
        return self._layout

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self._theme.background))
        layout, grid = self._layout, self._painter
        if layout is None or grid is None:
            return
        if not self.wall.slots or not self.wall.spaces or not self.wall.placement:
            painter.setPen(QColor(self._theme.muted))
            font = painter.font()
            font.setPixelSize(self._theme.body_px)
            painter.setFont(font)
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(
                QRectF(self.rect()).adjusted(40, 40, -40, -40),
                flags,
                self.tr("The sessions will appear here as they are placed on the agenda wall."),
            )
            return
        sizes = layout.sizes
        # Low cells give every line to the title; the hall reads titles first. (The name
        # is cut to the card's width, so a narrow cell can still show it.)
        show_convener = sizes.cell_height > 5 * sizes.title_px
        painter.translate(self._margin, self._margin)
        grid.paint_cells(
            painter,
            layout,
            QRectF(0, 0, layout.width, layout.height),
            current_slot=self.current_slot,
            show_convener=show_convener,
            show_conflicts=False,
        )
        grid.paint_column_headers(painter, layout, 0, with_details=False)
        grid.paint_row_headers(painter, layout, 0, current_slot=self.current_slot)
        rows = [n for n, slot in enumerate(self.wall.slots) if slot.id == self.current_slot]
        if rows:
            painter.setPen(QPen(QColor(self._theme.accent), max(3, sizes.title_px // 5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(layout.row_rect(rows[0]))


#: A title may shrink to this share of its size so that its longest word is not broken
#: ('Quartierszent-rum' reads badly from the back of the hall); a longer word still is.
_WORD_FIT_SHRINK = 0.7


def _longest_word_fits(wall: AgendaWall, title_px: int, cell_width: float, base: QFont) -> int:
    """``title_px``, made smaller (down to _WORD_FIT_SHRINK of it) until the longest word
    of the placed titles fits a card's line."""
    words = {word for pid in wall.placement for word in wall.proposal(pid).title.split()}
    if not words:
        return title_px
    floor = max(12, int(title_px * _WORD_FIT_SHRINK))
    size = title_px
    while size > floor:
        pad = max(4.0, size / 4)
        metrics = QFontMetricsF(font_px(size, bold=True, base=base))
        # the card's inset in its cell, its padding, the room kept for a hyphen
        room = cell_width - 12 - 2 * pad - metrics.horizontalAdvance(HYPHEN)
        if max(metrics.horizontalAdvance(word) for word in words) <= room:
            break
        size -= 1
    return size

