"""The tally as a table the moderator types into: one row per target in board order,
the live rank, a count per criterion (and their sum with two criteria).

``TallyModel`` only shows a tally; an edit (the spin box of a double-click or F2) is
announced with ``countEdited`` and the widget turns it into an undo command.
``TallyView`` keeps the cursor on the count cells and turns keys into requests: digits
type a count, + and − step it, Backspace takes back a digit, Del clears the cell.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from werkstatt.core import voting
from werkstatt.core.voting import Tally
from werkstatt.gui.kinds.vote.criteria import criterion_label
from werkstatt.methods import limits
from werkstatt.store.votes import TARGET_CARD, TARGET_CLUSTER, TARGET_PROPOSAL

RANK_COLUMN = 0
LABEL_COLUMN = 1
FIRST_COUNT_COLUMN = 2
_TIE_COLOUR = "#ffe8a3"
_OVER_COLOUR = "#ffb3ad"

AnyIndex = QModelIndex | QPersistentModelIndex


class TallyModel(QAbstractTableModel):
    #: target id, criterion, dots: the moderator edited a cell with the spin box
    countEdited = Signal(int, str, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tally = Tally(())
        self._ranks: dict[int, tuple[int, bool]] = {}
        self._limit = 0  # a single count above this is suspicious; 0 = no check
        self._target_kind = ""  # store.votes.TARGET_*: what the rows are

    def set_target_kind(self, kind: str) -> None:
        """What the dots are stuck on ("cluster", "card", "proposal"): the column's name."""
        if kind != self._target_kind:
            self._target_kind = kind
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, LABEL_COLUMN, LABEL_COLUMN)

    # -- what it shows ------------------------------------------------------------------
    def set_tally(self, tally: Tally, limit: int = 0) -> None:
        """Show ``tally``; counts above ``limit`` (when > 0) are marked."""
        same_rows = [t.id for t in tally.targets] == [t.id for t in self._tally.targets]
        same_columns = tally.criteria == self._tally.criteria
        if not (same_rows and same_columns):
            self.beginResetModel()
        self._tally = tally
        self._limit = limit
        ranked = voting.ranking(tally)
        # A target without dots has no place yet; ties only count among those with dots.
        with_dots = [entry for entry in ranked if entry.dots > 0]
        per_rank = Counter(entry.rank for entry in with_dots)
        shared = {rank for rank, count in per_rank.items() if count > 1}
        self._ranks = {entry.target.id: (entry.rank, entry.rank in shared) for entry in with_dots}
        if same_rows and same_columns:
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )
        else:
            self.endResetModel()

    def tally(self) -> Tally:
        return self._tally

    def has_total_column(self) -> bool:
        return len(self._tally.criteria) > 1

    def count_columns(self) -> range:
        return range(FIRST_COUNT_COLUMN, FIRST_COUNT_COLUMN + len(self._tally.criteria))

    def cell(self, index: AnyIndex) -> tuple[int, str] | None:
        """(target id, criterion) of a count cell, else None."""
        if not index.isValid() or index.column() not in self.count_columns():
            return None
        target = self._tally.targets[index.row()]
        return target.id, self._tally.criteria[index.column() - FIRST_COUNT_COLUMN]

    def index_of(self, target_id: int, criterion: str) -> QModelIndex:
        row = self._tally.position(target_id)
        return self.index(row, FIRST_COUNT_COLUMN + self._tally.criteria.index(criterion))

    def rank(self, row: int) -> tuple[int, bool] | None:
        """(rank, shared) of the row's target, None while it has no dots."""
        return self._ranks.get(self._tally.targets[row].id)

    def over_limit(self, row: int) -> bool:
        if self._limit <= 0:
            return False
        return any(count > self._limit for count in self._tally.counts[row])

    # -- QAbstractTableModel ----------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tally.targets)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return FIRST_COUNT_COLUMN + len(self._tally.criteria) + self.has_total_column()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == RANK_COLUMN:
            return self.tr("Rank")
        if section == LABEL_COLUMN:
            return self._label_heading()
        if section in self.count_columns():
            if not self.has_total_column():
                return self.tr("Dots")
            return criterion_label(self._tally.criteria[section - FIRST_COUNT_COLUMN])
        return self.tr("Total")

    def _label_heading(self) -> str:
        if self._target_kind == TARGET_CLUSTER:
            return self.tr("Cluster")
        if self._target_kind == TARGET_CARD:
            return self.tr("Card")
        if self._target_kind == TARGET_PROPOSAL:
            return self.tr("Session")
        return self.tr("Item")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.cell(index) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        target = self._tally.targets[row]
        counts = self._tally.counts[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == RANK_COLUMN:
                rank = self.rank(row)
                return "" if rank is None else f"{rank[0]}."
            if column == LABEL_COLUMN:
                return target.label
            if column in self.count_columns():
                return counts[column - FIRST_COUNT_COLUMN]
            return sum(counts)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != LABEL_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            rank = self.rank(row)
            if column == RANK_COLUMN and rank is not None and rank[1]:
                return QBrush(QColor(_TIE_COLOUR))
            if (
                column in self.count_columns()
                and self._limit > 0
                and counts[column - FIRST_COUNT_COLUMN] > self._limit
            ):
                return QBrush(QColor(_OVER_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and column == RANK_COLUMN:
            rank = self.rank(row)
            if rank is not None and rank[1]:
                # dark on the light highlight, also in a dark window theme
                return QBrush(QColor("#1d1d1d"))
        if role == Qt.ItemDataRole.ToolTipRole:
            rank = self.rank(row)
            if column == RANK_COLUMN and rank is not None and rank[1]:
                return self.tr("Shares this rank with another item")
            if column in self.count_columns() and self.over_limit(row):
                return self.tr("More dots than the people voting can give one item")
        if role == Qt.ItemDataRole.FontRole and column != LABEL_COLUMN:
            font = QFont()
            font.setBold(column != RANK_COLUMN or self.rank(row) is not None)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.cell(index)
        if cell is None or role != Qt.ItemDataRole.EditRole:
            return False
        count = int(value)
        if count == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.countEdited.emit(cell[0], cell[1], count)
        # The store's answer comes back through set_tally.
        return True


class CountDelegate(QStyledItemDelegate):
    """A spin box over the whole range the store accepts (Qt's default stops at 99)."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, limits.DOTS_PER_TARGET_MAX)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class TallyView(QTableView):
    """Keys on a count cell become requests; the cursor stays on the count columns."""

    digitTyped = Signal(int)
    stepRequested = Signal(int)  # +1 or −1
    digitErased = Signal()
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CountDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)

    def _count_model(self) -> TallyModel | None:
        model = self.model()
        return model if isinstance(model, TallyModel) else None

    def _request(self, event: QKeyEvent) -> bool:
        """Whether the key is one of the tally's (and then act on it)."""
        model = self._count_model()
        if model is None or model.cell(self.currentIndex()) is None:
            return False
        if event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            return False
        text = event.text()
        key = event.key()
        if len(text) == 1 and text.isdigit() and text.isascii():
            self.digitTyped.emit(int(text))
        elif text == "+" or key == Qt.Key.Key_Plus:
            self.stepRequested.emit(1)
        elif text in ("-", "−") or key == Qt.Key.Key_Minus:
            self.stepRequested.emit(-1)
        elif key == Qt.Key.Key_Backspace:
            self.digitErased.emit()
        elif key == Qt.Key.Key_Delete:
            self.clearRequested.emit()
        else:
            return False
        return True

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and self._is_tally_key(event)
        ):
            # A count, not a window's one-key shortcut (B would blank the projector).
            event.accept()
            return True
        return super().event(event)

    def _is_tally_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        return (len(text) == 1 and (text.isdigit() or text in "+-−")) or event.key() in (
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Delete,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self._request(event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter after a count: on to the next item, as on paper.
            current = self.currentIndex()
            if current.isValid() and current.row() + 1 < self.model().rowCount():
                self.setCurrentIndex(current.siblingAtRow(current.row() + 1))
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        model = self._count_model()
        if model is None or not index.isValid():
            return index
        columns = model.count_columns()
        if not columns:
            return index
        # Rank, label and sum are read, never typed into.
        column = min(max(index.column(), columns.start), columns.stop - 1)
        return index.siblingAtColumn(column)
