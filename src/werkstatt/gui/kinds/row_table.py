"""An editable table of a phase's rows (actions; any record with fields the moderator
fills in place), driven by keys as much as by the mouse.

The model mirrors the store as entry_model.EntryListModel does (row ``i`` is the record
at position ``i``; an edit only asks for the change, ``editRequested``) and offers the
same calls to entry_host.EntryHost; in addition, a record handed back at another
position moves its row, which is how :class:`MoveRowCommand` reorders.

Keys in the view: typing or F2 edits the current cell (multi-line cells: Enter keeps
the text, Shift+Enter breaks the line, Tab goes on to the next cell, Esc drops the
edit; Backspace starts the cell afresh, empty), Ctrl+Up/Down move the row, Del deletes
the selected rows, Esc leaves the table. A choice cell (the status) changes with ↑/↓ and
is kept with Enter, Tab, leaving it or a pick with the mouse. Rows can also be dragged to
another place. Keys that type into a cell are the cell's, not a window's one-letter
shortcut (B blanks the projector elsewhere on the page).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QDropEvent, QKeyEvent, QPainter, QPalette, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.entry_commands import EntryChange, EntryCommand, EntryStore
from werkstatt.gui.kinds.entry_host import PhaseEntries
from werkstatt.gui.kinds.entry_model import RECORD_ROLE, Entry
from werkstatt.gui.kinds.text_fit import line_height, text_alignment, wrapped_lines

R = TypeVar("R", bound=Entry)

_AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the record's ``field``, its header, how it is edited.

    ``editor``: "text" (multi-line, wrapped), "choice" (a combo box of ``choices``:
    (value, label) pairs) or "" (read-only). ``personal`` marks personal data in the
    header (an asterisk, the tooltip says what it means).
    """

    field: str
    title: str
    editor: str = "text"
    choices: tuple[tuple[str, str], ...] = ()
    personal: bool = False
    tooltip: str = ""
    #: share of the table's width
    weight: int = 2


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Records by position, one column per field."""

    editRequested = Signal(int, str, object)  # record id, field, the new value

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._records: list[R] = []
        self._ids: set[int] = set()
        self.read_only = False

    # -- Qt's side --------------------------------------------------------------------
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def value(self, row: int, column: int) -> Any:
        return getattr(self._records[row], self.columns[column].field)

    def display(self, row: int, column: int) -> str:
        value = self.value(row, column)
        for choice, label in self.columns[column].choices:
            if choice == value:
                return label
        return "" if value is None else str(value)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            value = self.value(row, column)
            return "" if value is None else str(value)
        if role == RECORD_ROLE:
            return self._records[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.title} *" if column.personal else column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or None
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # a drop between rows lands on the table itself
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if not self.read_only and self.columns[index.column()].editor:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def setData(self, index: _AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place: ask for it, change nothing (the store's record comes back)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record = self._records[index.row()]
        column = self.columns[index.column()]
        old = getattr(record, column.field)
        new = str(value).strip()
        if new != ("" if old is None else str(old)):
            self.editRequested.emit(record.id, column.field, new)
        return False

    # -- the widget's side (as EntryListModel) ----------------------------------------
    def records(self) -> list[R]:
        return list(self._records)

    def record(self, row: int) -> R:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        if record_id not in self._ids:
            return None
        for row, record in enumerate(self._records):
            if record.id == record_id:
                return row
        return None

    def column_of(self, field: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.field == field)

    def reset(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._ids = {record.id for record in self._records}
        self.endResetModel()

    def insert(self, record: R) -> int:
        existing = self.row_of(record.id)
        if existing is not None:
            self.replace(record)
            return self.row_of(record.id) or 0
        row = min(max(record.position, 0), len(self._records))
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self._ids.add(record.id)
        self.endInsertRows()
        return row

    def replace(self, record: R) -> None:
        """Show the changed record; at another position, its row moves there (the rows
        in between close up, as in the store)."""
        row = self.row_of(record.id)
        if row is None:
            return
        target = min(max(record.position, 0), len(self._records) - 1)
        if target != row:
            # Qt counts the destination before the move: one further when moving down.
            destination = target + 1 if target > row else target
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
            del self._records[row]
            self._records.insert(target, record)
            self.endMoveRows()
            row = target
        self._records[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def remove(self, record_id: int) -> None:
        row = self.row_of(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self._ids.discard(record_id)
        self.endRemoveRows()


class CellEditor(QPlainTextEdit):
    """A multi-line cell's editor: Enter (or Ctrl+Enter) keeps the text, Shift+Enter
    breaks the line, Tab moves on; German words wrap instead of scrolling away."""

    committed = Signal()
    tabbed = Signal(bool)  # forward: Tab, backward: Shift+Tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab reaches keyPressEvent (Qt's item delegate leaves it to text editors).
        self.setTabChangesFocus(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backward = event.key() == Qt.Key.Key_Backtab or bool(
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.tabbed.emit(not backward)
            return
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.committed.emit()
            return
        if enter:
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)


class ChoiceEditor(QComboBox):
    """A choice cell's editor. ``picked`` only for a choice made in the open list (a click
    or Enter there): ↑/↓ or the wheel on the closed box only change the value, which is
    kept with Enter, Tab or leaving the cell (the delegate's own handling)."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browsing = False
        self.activated.connect(self._activated)

    def _activated(self, _index: int) -> None:
        if not self._browsing:
            self.picked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._browsing = True
        try:
            super().keyPressEvent(event)
        finally:
            self._browsing = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._browsing = True
        try:
            super().wheelEvent(event)
        finally:
            self._browsing = False


class RowDelegate(QStyledItemDelegate):
    """Editors by column: a CellEditor for texts, a combo box for choices. Cells are
    drawn wrapped, and a word too long for its column ("Quartiersentwicklungskonzept")
    is broken inside with a hyphen instead of being cut off with an ellipsis."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)

    def _padding(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        height = option.fontMetrics.height()  # type: ignore[attr-defined]
        return max(4, height // 3), max(2, height // 6)

    def _lines(self, option: QStyleOptionViewItem, text: str, width: int) -> list[str]:
        across, _down = self._padding(option)
        return wrapped_lines(text, option.font, max(1, width - 2 * across))  # type: ignore[attr-defined]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        self.initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]
        option.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect  # type: ignore[attr-defined]
        across, down = self._padding(option)
        selected = option.state & QStyle.StateFlag.State_Selected  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(option.font)  # type: ignore[attr-defined]
        painter.setPen(option.palette.color(role))  # type: ignore[attr-defined]
        step = line_height(option.font)  # type: ignore[attr-defined]
        top = rect.top() + down
        for line in self._lines(option, text, rect.width()):
            if top > rect.bottom():
                break
            box = QRectF(rect.left() + across, top, rect.width() - 2 * across, step)
            painter.drawText(box, int(text_alignment(line)), line)
            top += step
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        width = option.rect.width()  # type: ignore[attr-defined]
        if width <= 0:
            return super().sizeHint(option, index)
        _across, down = self._padding(option)
        lines = max(1, len(self._lines(option, option.text, width)))  # type: ignore[attr-defined]
        return QSize(width, round(lines * line_height(option.font)) + 2 * down)  # type: ignore[attr-defined]

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: _AnyIndex
    ) -> QWidget:
        column = self._columns[index.column()]
        if column.editor == "choice":
            combo = ChoiceEditor(parent)
            combo.setObjectName(f"editor_{column.field}")
            for value, label in column.choices:
                combo.addItem(label, value)
            combo.picked.connect(lambda c=combo: self._commit(c))
            return combo
        editor = CellEditor(parent)
        editor.setObjectName(f"editor_{column.field}")
        editor.committed.connect(lambda e=editor: self._commit(e))
        editor.tabbed.connect(
            lambda forward, e=editor: self._commit(
                e,
                QAbstractItemDelegate.EndEditHint.EditNextItem
                if forward
                else QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            )
        )
        return editor

    def _commit(
        self,
        editor: QWidget,
        hint: QAbstractItemDelegate.EndEditHint = QAbstractItemDelegate.EndEditHint.NoHint,
    ) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)

    def setEditorData(self, editor: QWidget, index: _AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, CellEditor):
            editor.setPlainText(str(value or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: Any, index: _AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, CellEditor):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: _AnyIndex
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        if isinstance(editor, CellEditor):
            # room for a few lines more than the cell shows
            rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 4))
        editor.setGeometry(rect)


class RowTableView(QTableView):
    deleteRequested = Signal()
    leaveRequested = Signal()
    moveRequested = Signal(int, int)  # from row, to row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self._weights: tuple[int, ...] = ()

    def set_column_weights(self, weights: Sequence[int]) -> None:
        self._weights = tuple(weights)
        self._spread_columns()

    def spread_columns(self, width: int) -> None:
        self._spread_columns(width)

    def _spread_columns(self, width: int | None = None) -> None:
        """The columns by their weights over ``width`` (the viewport's by default; a
        caller that knows the width before the view was laid out gives it)."""
        total = sum(self._weights)
        if not total:
            return
        if width is None:
            width = self.viewport().width()
        used = 0
        for column, weight in enumerate(self._weights):
            share = width - used if column == len(self._weights) - 1 else width * weight // total
            self.setColumnWidth(column, max(40, share))
            used += share

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread_columns()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.selectionModel().selectedIndexes()})

    def select_cell(self, row: int, column: int) -> None:
        index = self.model().index(row, column)
        # explicitly: after a row moved, the current cell may be this one already, and
        # setCurrentIndex would then leave the selection empty
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def _current_editable(self) -> bool:
        index = self.currentIndex()
        return index.isValid() and bool(self.model().flags(index) & Qt.ItemFlag.ItemIsEditable)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and self._types_into_cell(event)
        ):
            # Typing into a cell, not a window's one-letter shortcut.
            event.accept()
            return True
        return super().event(event)

    def _types_into_cell(self, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if modifiers:
            return False
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return True
        text = event.text()
        return len(text) == 1 and text.isprintable() and self._current_editable()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key == Qt.Key.Key_Delete and not modifiers:
            self.deleteRequested.emit()
            return
        if not editing and key == Qt.Key.Key_Backspace and not modifiers:
            self._edit_afresh()
            return
        if not editing and key == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            return
        if (
            not editing
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and modifiers == Qt.KeyboardModifier.ControlModifier
        ):
            row = self.currentIndex().row()
            if row >= 0:
                target = row - 1 if key == Qt.Key.Key_Up else row + 1
                if 0 <= target < self.model().rowCount():
                    self.moveRequested.emit(row, target)
            return
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            if self.currentIndex().isValid():
                self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _edit_afresh(self) -> None:
        """Backspace on a cell: its editor opens empty (Esc brings the text back)."""
        index = self.currentIndex()
        trigger = QAbstractItemView.EditTrigger.EditKeyPressed
        if not self._current_editable() or not self.edit(index, trigger, None):
            return
        editor = self.indexWidget(index)
        if isinstance(editor, CellEditor):
            editor.clear()

    def dropEvent(self, event: QDropEvent) -> None:
        """A row dragged elsewhere: asked for as a move; Qt itself moves nothing."""
        rows = self.selected_rows()
        if event.source() is not self or len(rows) != 1:
            event.ignore()
            return
        target_index = self.indexAt(event.position().toPoint())
        target = target_index.row() if target_index.isValid() else self.model().rowCount() - 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target != rows[0]:
            self.moveRequested.emit(rows[0], target)


# -- the store's side -----------------------------------------------------------------
class MovableStore(EntryStore, Protocol):
    def move(self, entry_id: int, index: int) -> list[Any]: ...


class _MovableTable(Protocol):
    def update_many(self, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> list[Any]: ...

    def delete_many(self, entry_ids: Sequence[int]) -> None: ...

    def restore_many(self, entry_ids: Sequence[int]) -> list[Any]: ...

    def move(self, entry_id: int, index: int) -> list[Any]: ...


T = TypeVar("T", bound=_MovableTable)


class PhaseRows(PhaseEntries[T, R]):
    """A library table whose rows move (library.actions, library.reality_checks) for one
    phase; ``add_with`` says how the command's values become the table's ``add``."""

    def __init__(
        self, table: T, phase_id: int, add_with: Callable[[int, Mapping[str, Any]], R]
    ) -> None:
        super().__init__(table, phase_id)
        self._add_with = add_with

    def add(self, values: Mapping[str, Any]) -> R:
        return self._add_with(self.phase_id, values)

    def move(self, entry_id: int, index: int) -> list[R]:
        return self._table.move(entry_id, index)


class MoveRowCommand(EntryCommand):
    """Move one row; the step's change is the moved record at its new position (a
    RowTableModel moves its row for it)."""

    def __init__(
        self,
        context: RunContext,
        store: MovableStore,
        text: str,
        entry_id: int,
        old_index: int,
        new_index: int,
    ) -> None:
        super().__init__(context, store, text)
        self._movable = store
        self._entry_id = entry_id
        self._old, self._new = old_index, new_index

    def _move(self, index: int) -> EntryChange:
        records = self._movable.move(self._entry_id, index)
        moved = tuple(record for record in records if record.id == self._entry_id)
        return EntryChange(changed=moved)

    def forward(self) -> EntryChange:
        return self._move(self._new)

    def backward(self) -> EntryChange:
        return self._move(self._old)
