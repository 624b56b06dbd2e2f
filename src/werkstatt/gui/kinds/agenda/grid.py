"""The agenda grid's geometry and painting, shared by the moderator's wall and the projector.

Slots are rows (a break is a thin row across the wall), spaces are columns; the row
headers (time range, label) and the column headers (name, seats, equipment) stay in
sight while the cells scroll. Everything is painted by one widget, not one item per
card: a 10 × 15 wall is 150 rectangles and some text, and the wrapped lines of each
title are kept, so a repaint lays out no text twice.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from werkstatt.core.agenda import AgendaWall, Cell, ConflictIndex, conflict_index
from werkstatt.gui.kinds.agenda import texts
from werkstatt.gui.kinds.text_fit import font_px, line_height, wrapped_lines

MARK = "!"  # drawn in a conflict's badge (a symbol, not a word)


@dataclass(frozen=True)
class Sizes:
    cell_width: float
    cell_height: float
    break_height: float
    header_width: float
    header_height: float
    title_px: int
    small_px: int
    pad: float = 6.0
    header_px: int = 0  # the headers' bold text; 0: as small_px
    column_px: int = 0  # the spaces' names; 0: as header_px


@dataclass(frozen=True)
class Colours:
    background: str
    grid: str
    header: str
    header_text: str
    muted: str
    card: str
    card_text: str
    card_muted: str  # a convener's name on a card
    conflict: str
    conflict_cell: str
    fitting: str
    target: str
    current: str
    break_row: str
    selected: str


MODERATOR_COLOURS = Colours(
    background="#fbfaf7",
    grid="#c9c4b8",
    header="#ece8dc",
    header_text="#1d1d1d",
    muted="#5c5c5c",
    card="#fff6c2",
    card_text="#1d1d1d",
    card_muted="#5c5c5c",
    conflict="#c62828",
    conflict_cell="#f8d4d0",
    fitting="#d5efd0",
    target="#1565c0",
    current="#ffd166",
    break_row="#e4e1d8",
    selected="#1565c0",
)


_NO_CONFLICTS = ConflictIndex((), {}, {})


class GridLayout:
    """Where each slot row and space column lies, in content coordinates (the headers
    take the top-left corner, the cells start at (header_width, header_height))."""

    def __init__(self, wall: AgendaWall, sizes: Sizes) -> None:
        self.wall = wall
        self.sizes = sizes
        self.row_tops: list[float] = []
        self.row_heights: list[float] = []
        y = sizes.header_height
        for slot in wall.slots:
            height = sizes.break_height if slot.is_break else sizes.cell_height
            self.row_tops.append(y)
            self.row_heights.append(height)
            y += height
        self.height = y
        self.width = sizes.header_width + sizes.cell_width * len(wall.spaces)
        self._row_of = {slot.id: row for row, slot in enumerate(wall.slots)}
        self._column_of = {space.id: column for column, space in enumerate(wall.spaces)}

    def row_rect(self, row: int) -> QRectF:
        return QRectF(0, self.row_tops[row], self.width, self.row_heights[row])

    def column_left(self, column: int) -> float:
        return self.sizes.header_width + column * self.sizes.cell_width

    def cell_rect(self, cell: Cell) -> QRectF:
        row = self._row_of[cell.slot_id]
        column = self._column_of[cell.space_id]
        return QRectF(
            self.column_left(column),
            self.row_tops[row],
            self.sizes.cell_width,
            self.row_heights[row],
        )

    def row_at(self, y: float) -> int | None:
        row = bisect_right(self.row_tops, y) - 1
        if row < 0 or y >= self.height:
            return None
        return row

    def column_at(self, x: float) -> int | None:
        if x < self.sizes.header_width or x >= self.width:
            return None
        return int((x - self.sizes.header_width) // self.sizes.cell_width)

    def cell_at(self, point: QPointF) -> Cell | None:
        """The session cell under a content point (None: a header, a break, outside)."""
        row = self.row_at(point.y())
        column = self.column_at(point.x())
        if row is None or column is None:
            return None
        slot = self.wall.slots[row]
        if slot.is_break:
            return None
        return Cell(slot.id, self.wall.spaces[column].id)

    def card_rects(self, cell: Cell, count: int) -> list[QRectF]:
        """The cards of a cell, stacked (two or more: a double booking)."""
        if count == 0:
            return []
        area = self.cell_rect(cell).adjusted(6, 6, -6, -6)
        if count == 1:
            return [area]
        height = area.height() / count
        return [
            QRectF(area.left(), area.top() + i * height, area.width(), height - 2)
            for i in range(count)
        ]


class GridPainter:
    """Paints cells and headers of a :class:`GridLayout`; keeps wrapped titles."""

    def __init__(self, sizes: Sizes, colours: Colours, base: QFont | None = None) -> None:
        self.sizes = sizes
        self.colours = colours
        self.title_font = font_px(sizes.title_px, bold=True, base=base)
        self.small_font = font_px(sizes.small_px, base=base)
        self.header_font = font_px(sizes.header_px or sizes.small_px, bold=True, base=base)
        column_px = sizes.column_px or sizes.header_px or sizes.small_px
        self.column_font = font_px(column_px, bold=True, base=base)
        self._lines: dict[tuple[str, int, int, bool], list[str]] = {}

    def lines(self, text: str, font: QFont, width: float, max_lines: int) -> list[str]:
        key = (text, int(width), max_lines, font is self.title_font)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) > 4000:
                self._lines.clear()
            found = wrapped_lines(text, font, width, max_lines)
            self._lines[key] = found
        return found

    # --- cells ---------------------------------------------------------------------
    def paint_cells(
        self,
        painter: QPainter,
        layout: GridLayout,
        visible: QRectF,
        *,
        highlights: frozenset[Cell] = frozenset(),
        current_slot: int | None = None,
        selected: int | None = None,
        hidden: int | None = None,
        show_convener: bool = True,
        show_conflicts: bool = True,
    ) -> None:
        wall = layout.wall
        index = conflict_index(wall) if show_conflicts else _NO_CONFLICTS
        colours = self.colours
        grid_pen = QPen(QColor(colours.grid), 1)
        for row, slot in enumerate(wall.slots):
            row_rect = layout.row_rect(row)
            if not row_rect.intersects(visible):
                continue
            if slot.is_break:
                band = row_rect.adjusted(layout.sizes.header_width, 0, 0, 0)
                painter.fillRect(band, QColor(colours.break_row))
                painter.setPen(QColor(colours.muted))
                painter.setFont(self.header_font)
                label = slot.label or QtText.break_label()
                # At the left of what is in sight: a wide wall scrolls its middle away.
                shown = QRectF(band)
                shown.setLeft(max(band.left(), visible.left()) + self.sizes.pad)
                shown.setRight(min(band.right(), visible.right()))
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                painter.drawText(shown, int(flags), label)
                continue
            for space in wall.spaces:
                cell = Cell(slot.id, space.id)
                rect = layout.cell_rect(cell)
                if not rect.intersects(visible):
                    continue
                at = index.at(slot.id, space.id)
                fill = colours.background
                if slot.id == current_slot:
                    fill = colours.current
                if cell in highlights:
                    fill = colours.fitting
                if at:
                    fill = colours.conflict_cell
                painter.fillRect(rect, QColor(fill))
                painter.setPen(grid_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                sessions = [pid for pid in wall.sessions_at(slot.id, space.id) if pid != hidden]
                for pid, card in zip(sessions, layout.card_rects(cell, len(sessions)), strict=True):
                    self.paint_card(painter, wall, pid, card, index, pid == selected, show_convener)
                if at:
                    self._badge(painter, rect)

    def paint_card(
        self,
        painter: QPainter,
        wall: AgendaWall,
        proposal_id: int,
        rect: QRectF,
        index: ConflictIndex,
        selected: bool = False,
        show_convener: bool = True,
    ) -> None:
        colours = self.colours
        proposal = wall.proposal(proposal_id)
        conflicting = bool(index.of(proposal_id))
        pen_colour = (
            colours.selected if selected else colours.conflict if conflicting else colours.grid
        )
        painter.setPen(QPen(QColor(pen_colour), 3 if selected or conflicting else 1))
        painter.setBrush(QColor(colours.card))
        painter.drawRoundedRect(rect, 4, 4)
        pad = self.sizes.pad
        inner = rect.adjusted(pad, pad / 2, -pad - (14 if conflicting else 0), -pad / 2)
        title_line = line_height(self.title_font)
        small_line = line_height(self.small_font)
        convener = proposal.convener if show_convener else ""
        room = inner.height() - (small_line if convener else 0)
        max_lines = max(1, int(room // title_line))
        lines = self.lines(proposal.title, self.title_font, inner.width(), max_lines)
        painter.setPen(QColor(colours.card_text))
        painter.setFont(self.title_font)
        y = inner.top()
        for line in lines:
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), title_line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            y += title_line
        if convener and y + small_line <= inner.bottom() + 1:
            painter.setFont(self.small_font)
            painter.setPen(QColor(colours.card_muted))
            shown = painter.fontMetrics().elidedText(
                convener, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(
                QRectF(inner.left(), y, inner.width(), small_line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )

    def _badge(self, painter: QPainter, rect: QRectF) -> None:
        size = max(14.0, line_height(self.small_font))
        badge = QRectF(rect.right() - size - 4, rect.top() + 4, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colours.conflict))
        painter.drawEllipse(badge)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.header_font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), MARK)

    # --- headers -------------------------------------------------------------------
    def paint_column_headers(
        self, painter: QPainter, layout: GridLayout, dx: float, with_details: bool = True
    ) -> None:
        """The spaces along the top, shifted by ``dx`` (the horizontal scroll)."""
        sizes = layout.sizes
        colours = self.colours
        painter.fillRect(
            QRectF(0, 0, layout.width + abs(dx), sizes.header_height), QColor(colours.header)
        )
        for column, space in enumerate(layout.wall.spaces):
            rect = QRectF(layout.column_left(column) + dx, 0, sizes.cell_width, sizes.header_height)
            painter.setPen(QPen(QColor(colours.grid), 1))
            painter.drawRect(rect)
            inner = rect.adjusted(sizes.pad, 2, -sizes.pad, -2)
            detail = texts.space_details(space) if with_details else ""
            name_room = inner.height() - (line_height(self.small_font) if detail else 0)
            name_lines = self.lines(
                space.name,
                self.column_font,
                inner.width(),
                max(1, int(name_room // line_height(self.column_font))),
            )
            painter.setPen(QColor(colours.header_text))
            painter.setFont(self.column_font)
            y = inner.top()
            for line in name_lines:
                painter.drawText(
                    QRectF(inner.left(), y, inner.width(), line_height(self.column_font)),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
                y += line_height(self.column_font)
            if detail:
                painter.setFont(self.small_font)
                painter.setPen(QColor(colours.muted))
                shown = painter.fontMetrics().elidedText(
                    detail, Qt.TextElideMode.ElideRight, int(inner.width())
                )
                painter.drawText(
                    QRectF(inner.left(), y, inner.width(), line_height(self.small_font)),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    shown,
                )

    def paint_row_headers(
        self, painter: QPainter, layout: GridLayout, dy: float, current_slot: int | None = None
    ) -> None:
        """The slots down the left side, shifted by ``dy`` (the vertical scroll)."""
        sizes = layout.sizes
        colours = self.colours
        painter.fillRect(
            QRectF(0, 0, sizes.header_width, layout.height + abs(dy)), QColor(colours.header)
        )
        for row, slot in enumerate(layout.wall.slots):
            rect = QRectF(0, layout.row_tops[row] + dy, sizes.header_width, layout.row_heights[row])
            fill = colours.current if slot.id == current_slot else colours.header
            painter.fillRect(rect, QColor(fill))
            painter.setPen(QPen(QColor(colours.grid), 1))
            painter.drawRect(rect)
            inner = rect.adjusted(sizes.pad, 2, -sizes.pad, -2)
            painter.setPen(QColor(colours.header_text))
            painter.setFont(self.header_font)
            head = line_height(self.header_font)
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), min(head, inner.height())),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                texts.time_range(slot),
            )
            if slot.label and not slot.is_break and inner.height() > 2 * head:
                painter.setFont(self.small_font)
                painter.setPen(QColor(colours.muted))
                lines = self.lines(
                    slot.label,
                    self.small_font,
                    inner.width(),
                    max(1, int((inner.height() - head) // line_height(self.small_font))),
                )
                y = inner.top() + head
                for line in lines:
                    painter.drawText(
                        QRectF(inner.left(), y, inner.width(), line_height(self.small_font)),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        line,
                    )
                    y += line_height(self.small_font)


class QtText:
    """Words the painter writes itself."""

    @staticmethod
    def break_label() -> str:
        return texts.translate("AgendaWall", "Break")
