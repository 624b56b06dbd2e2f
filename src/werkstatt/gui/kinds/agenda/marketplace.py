"""The marketplace: proposals typed in as the conveners announce them, and the list of
those not on the wall yet.

The entry row is made for speed: title, Tab, convener, Tab, expected people, Tab, needs,
Enter — and the next proposal starts in the title again. The list below (newest last) is
edited in place (F2 or a double click on a field), Del withdraws a proposal (undoable),
and a row dragged onto the wall places it: the list only reports the mouse; the panel
passes it to the wall.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.agenda import AgendaWall, Proposal
from werkstatt.gui.kinds.agenda import texts

TITLE, CONVENER, EXPECTED, NEEDS = range(4)
FIELDS = ("title", "convener", "expected", "needs")
EXPECTED_MAX = 9999
_TITLE_SHARE = 0.36
_CONVENER_SHARE = 0.22
#: Below this width (a laptop's marketplace beside the wall) the people and needs give
#: way to the titles; they stay in each title's tooltip and come back when it is wider.
ALL_COLUMNS_MIN_WIDTH = 460


class EntryRow(QWidget):
    #: title, convener, expected ("" or digits), needs as typed
    entered = Signal(str, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.title.setObjectName("proposal_title")
        self.title.setPlaceholderText(self.tr("Session title"))
        self.convener = QLineEdit(self)
        self.convener.setObjectName("proposal_convener")
        self.convener.setPlaceholderText(self.tr("Convener (optional)"))
        self.expected = QLineEdit(self)
        self.expected.setObjectName("proposal_expected")
        self.expected.setPlaceholderText(self.tr("People"))
        self.expected.setValidator(QIntValidator(1, EXPECTED_MAX, self))
        # as wide as its placeholder ("Personen"), no wider: four digits fit too
        metrics = self.expected.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.expected.placeholderText()),
            metrics.horizontalAdvance("9999"),
        )
        self.expected.setFixedWidth(widest + 24)
        self.needs = QLineEdit(self)
        self.needs.setObjectName("proposal_needs")
        self.needs.setPlaceholderText(self.tr("Needs, e.g. Beamer"))
        # Title and convener each get the whole width (a narrow marketplace cut their
        # placeholders); the people and the needs share a row.
        details = QHBoxLayout()
        details.addWidget(self.expected, 0)
        details.addWidget(self.needs, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.convener)
        layout.addLayout(details)
        for field in (self.title, self.convener, self.expected, self.needs):
            field.returnPressed.connect(self._enter)
        QWidget.setTabOrder(self.title, self.convener)
        QWidget.setTabOrder(self.convener, self.expected)
        QWidget.setTabOrder(self.expected, self.needs)

    def _enter(self) -> None:
        title = self.title.text().strip()
        if not title:
            self.title.setFocus()
            return
        self.entered.emit(
            title, self.convener.text(), self.expected.text().strip(), self.needs.text()
        )

    def clear_for_next(self) -> None:
        for field in (self.title, self.convener, self.expected, self.needs):
            field.clear()
        self.title.setFocus()


class ProposalTable(QTableWidget):
    """The unplaced proposals, one per row, fields editable in place."""

    #: proposal id, field name, new text
    edited = Signal(int, str, str)
    deleteRequested = Signal(int)
    #: a drag of a proposal: started (id), moved (global position), let go
    dragStarted = Signal(int)
    dragMoved = Signal(QPoint)
    dragFinished = Signal(QPoint, object)  # global position, keyboard modifiers
    selectedProposal = Signal(object)  # id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setObjectName("proposal_list")
        self.setHorizontalHeaderLabels(
            [self.tr("Title"), self.tr("Convener"), self.tr("People"), self.tr("Needs")]
        )
        header = self.horizontalHeader()
        # The people column as wide as its heading; the needs take what is left; title
        # and convener share the width (see _share_width) until the moderator drags one.
        header.setSectionResizeMode(EXPECTED, QHeaderView.ResizeMode.ResizeToContents)
        for column in (TITLE, CONVENER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sharing = False
        self.columns_dragged = False
        header.sectionResized.connect(self._section_resized)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.ids: list[int] = []
        self._filling = False
        self._press: QPoint | None = None
        self._pressed: int | None = None
        self.dragging = False
        self.itemChanged.connect(self._item_changed)
        self.itemSelectionChanged.connect(self._selection_changed)
        self.viewport().installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < ALL_COLUMNS_MIN_WIDTH
        if narrow != self.narrow:
            for column in (EXPECTED, NEEDS):
                self.setColumnHidden(column, narrow)
        self._share_width()
        # the titles wrap anew in their new width: rows as high as they now need
        self.resizeRowsToContents()

    @property
    def narrow(self) -> bool:
        """Only titles and conveners are shown."""
        return self.isColumnHidden(NEEDS)

    def _share_width(self) -> None:
        """A narrow marketplace cut the titles to a word each: the title gets the larger
        part of the width, the convener the next."""
        if self.columns_dragged:
            return
        width = self.viewport().width()
        header = self.horizontalHeader()
        convener = max(
            header.sectionSizeFromContents(CONVENER).width(), int(width * _CONVENER_SHARE)
        )
        if self.narrow:
            rest = width - convener
        else:
            needs = header.sectionSizeFromContents(NEEDS).width()
            rest = width - convener - header.sectionSize(EXPECTED) - needs
        self._sharing = True
        try:
            self.setColumnWidth(TITLE, max(120, rest, int(width * _TITLE_SHARE)))
            self.setColumnWidth(CONVENER, convener)
        finally:
            self._sharing = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._sharing and column in (TITLE, CONVENER) and self.isVisible():
            self.columns_dragged = True

    def show_wall(self, wall: AgendaWall) -> None:
        current = self.current_id()
        self._filling = True
        try:
            self.ids = list(wall.unplaced)
            self.setRowCount(len(self.ids))
            for row, pid in enumerate(self.ids):
                proposal = wall.proposal(pid)
                values = (
                    proposal.title,
                    proposal.convener,
                    "" if proposal.expected is None else str(proposal.expected),
                    texts.tag_list(proposal.needs),
                )
                for column, value in enumerate(values):
                    item = self.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.setItem(row, column, item)
                    if item.text() != value:
                        item.setText(value)
                    if column == TITLE:
                        item.setToolTip(_tooltip(proposal))
            if current in self.ids:
                self.selectRow(self.ids.index(current))
            else:
                self.clearSelection()
        finally:
            self._filling = False
        self.resizeRowsToContents()

    def current_id(self) -> int | None:
        row = self.currentRow()
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows or not 0 <= row < len(self.ids):
            return None
        return self.ids[row]

    def select_id(self, proposal_id: int) -> None:
        if proposal_id in self.ids:
            self.selectRow(self.ids.index(proposal_id))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or not 0 <= item.row() < len(self.ids):
            return
        self.edited.emit(self.ids[item.row()], FIELDS[item.column()], item.text())

    def _selection_changed(self) -> None:
        self.selectedProposal.emit(self.current_id())

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and event.key() == Qt.Key.Key_Delete
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
        ):
            pid = self.current_id()
            if pid is not None:
                self.deleteRequested.emit(pid)
            return
        super().keyPressEvent(event)

    # --- the mouse of a drag, passed on --------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.viewport() or not isinstance(event, QMouseEvent):
            return super().eventFilter(watched, event)
        kind = event.type()
        position = event.position().toPoint()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            row = self.rowAt(position.y())
            self._press = position if 0 <= row < len(self.ids) else None
            self._pressed = self.ids[row] if self._press is not None else None
            return False
        if kind == QEvent.Type.MouseMove and self._pressed is not None and self._press:
            if not self.dragging:
                moved = (position - self._press).manhattanLength()
                if moved < QApplication.startDragDistance():
                    return False
                self.dragging = True
                self.dragStarted.emit(self._pressed)
            self.dragMoved.emit(event.globalPosition().toPoint())
            return True
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            dragging = self.dragging
            self._press = None
            self._pressed = None
            self.dragging = False
            if dragging:
                self.dragFinished.emit(event.globalPosition().toPoint(), event.modifiers())
                return True
        return False


class Marketplace(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = EntryRow(self)
        self.table = ProposalTable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)


def _tooltip(proposal: Proposal) -> str:
    """The title's tooltip: the description (or the title), then people and needs, which
    a narrow list does not show."""
    lines = [proposal.description or proposal.title]
    details = texts.details(replace(proposal, convener=""))
    if details:
        lines.append(details)
    return "\n".join(lines)

