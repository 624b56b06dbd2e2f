"""The moderator's wall of cards: coloured tiles in a wrapping grid, edited in place.

All tiles have one size (the view lays out 2,000 of them without measuring each); a long
card shows its first lines and an ellipsis, its full text in the tooltip.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from werkstatt.core.records import Card
from werkstatt.gui.kinds.card_colours import fill
from werkstatt.gui.kinds.entry_list_view import EntryListView
from werkstatt.gui.kinds.entry_model import RECORD_ROLE
from werkstatt.gui.kinds.text_fit import text_alignment, wrapped_lines

_TEXT_COLOUR = QColor("#1d1d1d")
_MUTED_COLOUR = QColor("#5a5a5a")
_TEXT_LINES = 3
# Ready pictures of tiles: a few screens full (a tile is some 60 KB).
_PICTURES_KEPT = 400
_AnyIndex = QModelIndex | QPersistentModelIndex


class CardTileDelegate(QStyledItemDelegate):
    """Paints a card as a tile of its colour; edits its text in a line over the tile."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font = QFont()
        self._small = QFont()
        self._tile = QSize(220, 96)
        self._pictures: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self.set_font(QFont())

    def set_font(self, font: QFont) -> None:
        self._pictures.clear()
        self._font = QFont(font)
        self._small = QFont(font)
        self._small.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        line = max(1, self._font_height(self._font))
        self._tile = QSize(self.narrowest(), round(line * (_TEXT_LINES + 1.6)))

    def narrowest(self) -> int:
        """The narrowest a tile gets: about 30 characters a line."""
        return max(180, round(self._font_height(self._font) * 12))

    def set_tile_width(self, width: int) -> bool:
        """Tiles ``width`` pixels wide (no narrower than :meth:`narrowest`); True when
        that changed their size."""
        width = max(self.narrowest(), width)
        if width == self._tile.width():
            return False
        self._tile = QSize(width, self._tile.height())
        return True

    @staticmethod
    def _font_height(font: QFont) -> int:
        return QFontMetrics(font).lineSpacing()

    def tile_size(self) -> QSize:
        return QSize(self._tile)

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        return QSize(self._tile)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        card = index.data(RECORD_ROLE)
        if not isinstance(card, Card):
            return
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        highlight = option.palette.color(QPalette.ColorRole.Highlight)  # type: ignore[attr-defined]
        ratio = painter.device().devicePixelRatioF()
        # A new card makes the view repaint every tile in sight; drawing each from a
        # ready picture keeps Enter quick with 2,000 cards on the wall.
        key = (card, index.row(), rect.width(), rect.height(), selected, highlight.rgba(), ratio)
        pixmap = self._pictures.get(key)
        if pixmap is None:
            pixmap = self._picture(card, index.row(), rect.size(), selected, highlight, ratio)
            self._pictures[key] = pixmap
            if len(self._pictures) > _PICTURES_KEPT:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _picture(
        self, card: Card, row: int, size: QSize, selected: bool, highlight: QColor, ratio: float
    ) -> QPixmap:
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(0, 0, size.width(), size.height()).adjusted(3, 3, -3, -3)
        painter.setPen(QPen(highlight, 3) if selected else QPen(QColor(0, 0, 0, 40), 1))
        painter.setBrush(fill(card.colour))
        painter.drawRoundedRect(rect, 6, 6)

        inner = rect.adjusted(10, 7, -10, -6)
        line_h = self._font_height(self._font)
        painter.setFont(self._small)
        painter.setPen(_MUTED_COLOUR)
        small_h = self._font_height(self._small)
        bottom_line = QRect(inner.left(), inner.bottom() - small_h, inner.width(), small_h)
        painter.drawText(
            bottom_line,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(row + 1),
        )
        if card.author:
            painter.drawText(
                bottom_line.adjusted(0, 0, -30, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                "— " + card.author,
            )
        painter.setFont(self._font)
        painter.setPen(_TEXT_COLOUR)
        y = inner.top()
        alignment = int(text_alignment(card.text))
        for line in wrapped_lines(card.text, self._font, inner.width(), _TEXT_LINES):
            painter.drawText(QRect(inner.left(), y, inner.width(), line_h), alignment, line)
            y += line_h
        painter.end()
        return pixmap

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _AnyIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(True)
        return editor

    def setEditorData(self, editor: QWidget, index: _AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _AnyIndex
    ) -> None:
        rect: QRect = option.rect.adjusted(4, 0, -4, 0)  # type: ignore[attr-defined]
        height = editor.sizeHint().height()
        editor.setGeometry(rect.left(), rect.center().y() - height // 2, rect.width(), height)


class CardTileView(EntryListView):
    """Tiles left to right, wrapping into rows, as cards on a pinboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = CardTileDelegate(self)
        self.setItemDelegate(self.tiles)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tiles.set_font(self.font())
        # A fixed grid (the tiles draw their own gaps) lays out twice as fast as
        # spacing between items: it matters when every Enter lays out 2,000 tiles.
        self.setGridSize(self.tiles.tile_size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        # As many columns as fit, the tiles sharing the width: no ragged empty margin.
        # QListView wraps as if a vertical scroll bar were there, whether it is or not.
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.viewport().width() - scroll_bar
        columns = max(1, room // self.tiles.narrowest())
        if self.tiles.set_tile_width(room // columns - 1):
            self.setGridSize(self.tiles.tile_size())
        super().resizeEvent(event)
