"""The board's items: a card, and a cluster (its heading over the area of its cards).

Items only paint; the view decides what a press, a drag and a drop mean, so items accept
no mouse buttons. Zoomed far out a card is a coloured tile without text: 2,000 cards on
screen stay quick, and text that small could not be read anyway.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from werkstatt.core.card_colours import card_colour
from werkstatt.core.records import Card
from werkstatt.gui.kinds.board.metrics import CARD_LINES, HEADING_LINES, BoardMetrics
from werkstatt.gui.kinds.text_fit import text_alignment, wrapped_lines

translate = QCoreApplication.translate

# Text drawn smaller than this many pixels a line is unreadable: only the tile is drawn.
_SMALLEST_LINE_PX = 6.0
#: The moderator's view switches to the overview (items.Overview) below this.
OVERVIEW_LINE_PX = _SMALLEST_LINE_PX
CARD_Z = 1.0
DRAGGED_Z = 3.0


@dataclass
class Overview:
    """Zoomed far out, 2,000 card items each painting a tile cost more than the tiles:
    then the cards are transparent (skipped by the view) and each cluster paints its
    cards' tiles in one go, the selected ones in the selection colour."""

    on: bool = False
    selected: set[int] = field(default_factory=set)
    hidden: set[int] = field(default_factory=set)  # cards being dragged


@dataclass(frozen=True)
class BoardColours:
    """The moderator's board is light; the projector's dark (PresenterTheme)."""

    background: str = "#ece8df"
    text: str = "#1d1d1d"
    heading_text: str = "#1d1d1d"
    muted: str = "#5a5a5a"
    plain_heading: str = "#dcdcdc"
    area_alpha: int = 70
    frame: str = "#b7b2a7"
    selection: str = "#1f6fd1"
    target: str = "#1f6fd1"


PRESENTER_COLOURS = BoardColours(
    background="#111418",
    text="#1d1d1d",
    heading_text="#1d1d1d",
    muted="#a9b0b8",
    plain_heading="#d8dde3",
    area_alpha=45,
    frame="#3a4048",
    selection="#ffd166",
    target="#ffd166",
)


class CardItem(QGraphicsItem):
    def __init__(self, card: Card, metrics: BoardMetrics, colours: BoardColours) -> None:
        super().__init__()
        self._metrics = metrics
        self._colours = colours
        self._rect = QRectF(0, 0, metrics.card_width, metrics.card_height)
        self._lines: list[str] | None = None
        self._line_height = QFontMetricsF(metrics.card_font).lineSpacing()
        self.card = card
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(CARD_Z)
        self._set_text()

    @property
    def card_id(self) -> int:
        return self.card.id

    def set_card(self, card: Card) -> None:
        if card.text == self.card.text and card.colour == self.card.colour:
            self.card = card
            return
        self.card = card
        self._set_text()
        self.update()

    def _set_text(self) -> None:
        # Wrapped when first drawn readable: a board opened zoomed out never needs it.
        self._lines = None
        self.setToolTip(self.card.text)

    def lines(self) -> list[str]:
        if self._lines is None:
            inner = self._rect.width() - 2 * self._metrics.padding
            self._lines = wrapped_lines(self.card.text, self._metrics.card_font, inner, CARD_LINES)
        return self._lines

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        selected = self.isSelected()
        detail = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]
        fill = QColor(card_colour(self.card.colour).fill)
        if detail * self._line_height < _SMALLEST_LINE_PX:
            painter.fillRect(self._rect, QColor(self._colours.selection) if selected else fill)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(QPen(QColor(self._colours.selection), 4))
        else:
            painter.setPen(QPen(QColor(0, 0, 0, 50), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(self._rect, 5, 5)
        metrics = self._metrics
        painter.setFont(metrics.card_font)
        painter.setPen(QColor(self._colours.text))
        line_height = self._line_height
        inner = self._rect.adjusted(metrics.padding, metrics.padding * 0.8, -metrics.padding, 0)
        y = inner.top()
        alignment = int(text_alignment(self.card.text))
        for line in self.lines():
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_height), alignment, line)
            y += line_height


class ClusterItem(QGraphicsItem):
    """A cluster's frame: the heading (title and number of cards) over its cards' area.
    ``cluster_id`` None is the heap of unsorted cards."""

    def __init__(self, cluster_id: int | None, metrics: BoardMetrics, colours: BoardColours):
        super().__init__()
        self.cluster_id = cluster_id
        self._metrics = metrics
        self._colours = colours
        self._area = QRectF()
        self._heading = QRectF()
        self._title = ""
        self._colour = ""
        self._count = 0
        self._lines: list[str] = []
        self._count_text = ""
        self._target = False
        # Zoomed far out the cluster draws its cards as tiles itself (BoardScene.overview).
        self.tiles: list[tuple[QRectF, str, int]] = []  # rectangle, fill colour, card id
        self.overview: Overview | None = None
        if cluster_id is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # A cluster's frame, heading and (zoomed out) tiles change far less often than the
        # board is painted: kept as a picture, a repaint of the board is a few copies.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def title(self) -> str:
        return self._title

    @property
    def count_text(self) -> str:
        """'7 cards' (for the unsorted heap: 'Unsorted: 7 cards')."""
        return self._count_text

    @property
    def label(self) -> str:
        """What the heading says: the title, or for the unsorted heap its count."""
        return self._title if self.cluster_id is not None else self._count_text

    def heading_colour(self) -> QColor:
        if self.cluster_id is None or not self._colour:
            return QColor(self._colours.plain_heading)
        return QColor(card_colour(self._colour).fill)

    def set_geometry(self, area: QRectF, heading_height: float) -> None:
        pad = self._metrics.padding
        area = area.adjusted(-pad, -pad, pad, pad)
        if area == self._area:
            return
        self.prepareGeometryChange()
        self._area = area
        self._heading = QRectF(area.left(), area.top(), area.width(), heading_height + pad)
        self._wrap()

    def set_content(self, title: str, colour: str, count: int) -> None:
        if (title, colour, count) == (self._title, self._colour, self._count):
            return
        self._title, self._colour, self._count = title, colour, count
        self._wrap()
        self.update()

    def set_target(self, target: bool) -> None:
        if target != self._target:
            self._target = target
            self.update()

    def area(self) -> QRectF:
        return QRectF(self._area)

    def heading(self) -> QRectF:
        return QRectF(self._heading)

    def _wrap(self) -> None:
        # Singular and plural as two texts: pyside6-lupdate makes plural forms only of tr().
        # and of a call whose count is not a plain name
        count = self._count
        if self.cluster_id is None:
            self._count_text = (
                translate("ClusterBoard", "Unsorted: 1 card")
                if count == 1
                else translate("ClusterBoard", "Unsorted: %n cards", "", count)
            )
            title = self._count_text
        else:
            self._count_text = (
                translate("ClusterBoard", "1 card")
                if count == 1
                else translate("ClusterBoard", "%n cards", "", count)
            )
            title = self._title
        room = self._heading.width() - 2 * self._metrics.padding
        self._lines = wrapped_lines(
            title, self._metrics.heading_font, max(room, 1.0), HEADING_LINES
        )
        self.setToolTip(title)

    def boundingRect(self) -> QRectF:
        return self._area.adjusted(-3, -3, 3, 3)

    def _paint_tiles(self, painter: QPainter, overview: Overview) -> None:
        # One call per colour: a rectangle at a time is ten times slower from Python.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        groups: dict[str, list[QRectF]] = {}
        marked: list[QRectF] = []
        for rect, colour, card_id in self.tiles:
            if card_id in overview.hidden:
                continue
            if card_id in overview.selected:
                marked.append(rect)
            else:
                groups.setdefault(colour, []).append(rect)
        for colour, rects in groups.items():
            painter.setBrush(QColor(colour))
            painter.drawRects(rects)
        if marked:
            painter.setBrush(QColor(self._colours.selection))
            painter.drawRects(marked)

    def shape(self) -> QPainterPath:
        # Only the heading selects the cluster: a rubber band over its cards picks cards.
        path = QPainterPath()
        path.addRect(self._heading)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colours = self._colours
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unsorted = self.cluster_id is None
        base = self.heading_colour()
        area = QColor(base)
        area.setAlpha(colours.area_alpha)
        if self._target:
            pen = QPen(QColor(colours.target), 5)
        elif self.isSelected():
            pen = QPen(QColor(colours.selection), 4)
        else:
            pen = QPen(QColor(colours.frame), 1.5)
        if unsorted:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(area)
        painter.drawRoundedRect(self._area, 8, 8)
        if not unsorted:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            heading = self._heading.adjusted(1.5, 1.5, -1.5, 0)
            painter.drawRoundedRect(heading, 7, 7)
        if self.overview is not None and self.overview.on:
            self._paint_tiles(painter, self.overview)
            return  # the view writes the title and count over the heading, readable
        metrics = self._metrics
        detail = option.levelOfDetailFromTransform(painter.worldTransform())  # type: ignore[attr-defined]
        line_height = QFontMetricsF(metrics.heading_font).lineSpacing()
        if detail * line_height < _SMALLEST_LINE_PX:
            return
        painter.setFont(metrics.heading_font)
        painter.setPen(QColor(colours.muted if unsorted else colours.heading_text))
        inner = self._heading.adjusted(metrics.padding, metrics.padding * 0.6, -metrics.padding, 0)
        y = inner.top()
        alignment = int(text_alignment(self._title or self._count_text))
        for line in self._lines:
            painter.drawText(QRectF(inner.left(), y, inner.width(), line_height), alignment, line)
            y += line_height
        if not unsorted:
            painter.setFont(metrics.count_font)
            painter.drawText(
                inner.adjusted(0, 0, 0, -metrics.padding * 0.3),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                self._count_text,
            )
