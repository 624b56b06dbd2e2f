"""A list model over the store's records of one phase (cards, feedback entries).

The model mirrors the store: row ``i`` is the record at position ``i``. It never changes
a record itself; an edit in place only asks for the change (``editRequested``), the
widget turns it into an undo command that calls the store, and hands the model the
store's new record. Adding one card inserts one row (``beginInsertRows``), so the view
stays fast with thousands of cards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)


class Entry(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def position(self) -> int: ...


EntryT = TypeVar("EntryT", bound=Entry)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1

_AnyIndex = QModelIndex | QPersistentModelIndex


class EntryListModel(QAbstractListModel, Generic[EntryT]):
    """Records by position; ``text_of`` says what a row shows and what editing starts from."""

    editRequested = Signal(int, str)  # record id, the new text

    def __init__(
        self,
        text_of: Callable[[EntryT], str],
        tooltip_of: Callable[[EntryT], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._records: list[EntryT] = []
        self._ids: set[int] = set()  # which records are here, without a search
        self._text_of = text_of
        self._tooltip_of = tooltip_of or text_of

    # -- Qt's side --------------------------------------------------------------------
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text_of(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip_of(record)
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place: ask for it, change nothing (the store's record comes back)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record = self._records[index.row()]
        text = " ".join(str(value).split())
        if text and text != self._text_of(record):
            self.editRequested.emit(record.id, text)
        return False

    # -- the widget's side ------------------------------------------------------------
    def records(self) -> list[EntryT]:
        return list(self._records)

    def record(self, row: int) -> EntryT:
        return self._records[row]

    def row_of(self, record_id: int) -> int | None:
        if record_id not in self._ids:
            return None
        # The records' own positions go stale when the store closes a gap, the row order
        # does not. Search from the end: the newest records are the ones edited most.
        for row in range(len(self._records) - 1, -1, -1):
            if self._records[row].id == record_id:
                return row
        return None

    def reset(self, records: Sequence[EntryT]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._ids = {record.id for record in self._records}
        self.endResetModel()

    def insert(self, record: EntryT) -> int:
        """Show a new or restored record at its position; returns its row."""
        existing = self.row_of(record.id)
        if existing is not None:
            self.replace(record)
            return existing
        row = min(max(record.position, 0), len(self._records))
        self.beginInsertRows(QModelIndex(), row, row)
        self._records.insert(row, record)
        self._ids.add(record.id)
        self.endInsertRows()
        return row

    def replace(self, record: EntryT) -> None:
        row = self.row_of(record.id)
        if row is None:
            return
        self._records[row] = record
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def remove(self, record_id: int) -> None:
        row = self.row_of(record_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._records[row]
        self._ids.discard(record_id)
        self.endRemoveRows()
