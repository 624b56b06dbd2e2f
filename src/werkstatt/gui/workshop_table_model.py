"""Qt item models over the library's Workshop records (the model holds no logic of its own).

The table never writes: an edited title is announced with ``titleEdited`` and the library
page turns it into an undoable command, after which the model is given the new record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from werkstatt.core.records import Workshop, WorkshopStatus
from werkstatt.core.search import Query

DATE_FORMAT = "%d.%m.%Y"  # German style, the way the moderators' invitations print it

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    METHOD = 1
    DATE = 2
    PLACE = 3
    STATUS = 4


class Role(IntEnum):
    WORKSHOP_ID = Qt.ItemDataRole.UserRole + 1
    SORT_KEY = Qt.ItemDataRole.UserRole + 2


_STATUS_ORDER = {WorkshopStatus.RUNNING: 0, WorkshopStatus.PLANNED: 1, WorkshopStatus.DONE: 2}


def status_label(status: WorkshopStatus) -> str:
    labels = {
        WorkshopStatus.PLANNED: QCoreApplication.translate("WorkshopTableModel", "Planned"),
        WorkshopStatus.RUNNING: QCoreApplication.translate("WorkshopTableModel", "Running"),
        WorkshopStatus.DONE: QCoreApplication.translate("WorkshopTableModel", "Done"),
    }
    return labels.get(status, str(status))


class WorkshopTableModel(QAbstractTableModel):
    """One row per workshop, in the order given; sorting is the proxy's business."""

    # workshop id, new title (stripped, not empty)
    titleEdited = Signal(int, str)

    def __init__(self, method_name: Callable[[str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._method_name = method_name
        self._rows: list[Workshop] = []

    # contents ------------------------------------------------------------------
    def set_workshops(self, workshops: Sequence[Workshop]) -> None:
        self.beginResetModel()
        self._rows = list(workshops)
        self.endResetModel()

    def workshop(self, row: int) -> Workshop:
        return self._rows[row]

    def method_name(self, key: str) -> str:
        """The method's display name, as the Method column shows it."""
        return self._method_name(key)

    def row_of(self, workshop_id: int) -> int | None:
        return next((i for i, w in enumerate(self._rows) if w.id == workshop_id), None)

    def replace(self, workshop: Workshop) -> None:
        """Show a changed record in place (keeps the selection, unlike a reset)."""
        row = self.row_of(workshop.id)
        if row is None:
            return
        self._rows[row] = workshop
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TITLE: self.tr("Title"),
            Column.METHOD: self.tr("Method"),
            Column.DATE: self.tr("Date"),
            Column.PLACE: self.tr("Place"),
            Column.STATUS: self.tr("Status"),
        }.get(Column(section))

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.TITLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        workshop = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(workshop, column)
        if role == Qt.ItemDataRole.EditRole:
            return workshop.title if column == Column.TITLE else self._display(workshop, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full text of a cell that may be cut off at the column's edge.
            return self._tooltip(workshop) if column == Column.TITLE else self._display(
                workshop, column
            ) or None
        if role == Role.WORKSHOP_ID:
            return workshop.id
        if role == Role.SORT_KEY:
            return self._sort_key(workshop, column)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != Column.TITLE:
            return False
        title = str(value).strip()
        workshop = self._rows[index.row()]
        if not title or title == workshop.title:
            return False
        self.titleEdited.emit(workshop.id, title)
        return True

    # helpers -------------------------------------------------------------------
    def _display(self, workshop: Workshop, column: Column) -> str:
        if column == Column.TITLE:
            return workshop.title
        if column == Column.METHOD:
            return self._method_name(workshop.method)
        if column == Column.DATE:
            return workshop.date.strftime(DATE_FORMAT) if workshop.date else ""
        if column == Column.PLACE:
            return workshop.place
        return status_label(workshop.status)

    def _sort_key(self, workshop: Workshop, column: Column) -> Any:
        # The date column is compared by WorkshopFilterProxy.lessThan (undated last).
        if column == Column.STATUS:
            return f"{_STATUS_ORDER.get(workshop.status, 9)}{workshop.title.casefold()}"
        return self._display(workshop, column).casefold()

    def _tooltip(self, workshop: Workshop) -> str:
        lines = [workshop.title]
        if workshop.client:
            lines.append(self.tr("Client: %1").replace("%1", workshop.client))
        if workshop.moderators:
            lines.append(self.tr("Moderators: %1").replace("%1", workshop.moderators))
        return "\n".join(lines)


class WorkshopFilterProxy(QSortFilterProxyModel):
    """Sorts by Role.SORT_KEY (by date and start time in the date column, undated last
    either way) and keeps the workshops that match the search as werkstatt.core.search
    defines it, the same search the store's list_workshops does."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._query = Query("")
        self.setSortRole(Role.SORT_KEY)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        if text.split() == self._text.split():
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._set_query(text)
            self.endFilterChange()
        else:
            self._set_query(text)
            self.invalidateRowsFilter()

    def _set_query(self, text: str) -> None:
        self._text = text
        self._query = Query(text)

    def search_words(self) -> list[str]:
        return self._text.split()

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not self._query or not isinstance(model, WorkshopTableModel):
            return True
        workshop = model.workshop(source_row)
        return self._query.matches(workshop, model.method_name(workshop.method))

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:
        model = self.sourceModel()
        if left.column() != Column.DATE or not isinstance(model, WorkshopTableModel):
            return super().lessThan(left, right)
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        a, b = model.workshop(left.row()), model.workshop(right.row())
        for mine, theirs in ((a.date, b.date), (a.start_time, b.start_time)):
            if (mine is None) != (theirs is None):
                # Unknown last in both directions: Qt sorts descending by asking
                # lessThan(right, left), so "last" means greater ascending, less descending.
                return (mine is not None) == ascending
            if mine is not None and theirs is not None and mine != theirs:
                return mine < theirs  # type: ignore[operator]
        return a.title.casefold() < b.title.casefold()
