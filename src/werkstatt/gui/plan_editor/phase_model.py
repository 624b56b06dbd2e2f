"""The table of a workshop's phases: a read-only adapter over the store's Phase records.

The model never changes the plan itself. A drop or a ``moveRows`` call only asks for a
move (``moveRequested``); the plan editor turns that into an undo command that calls the
store, and then hands the model the store's new list. So what the table shows is always
what is on disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from werkstatt.core.records import Phase
from werkstatt.core.runsheet import RunSheet, RunSheetRow
from werkstatt.gui.plan_editor.texts import kind_name, time_range
from werkstatt.methods.model import PhaseKind

PHASE_MIME_TYPE = "application/x-werkstatt-phase-id"

# One colour per kind, so that a plan reads at a glance (cards blue, votes orange...).
# Chosen to stay distinguishable for the common red-green colour blindness.
KIND_COLOURS: dict[str, str] = {
    PhaseKind.BRIEFING: "#6c757d",
    PhaseKind.CARDS: "#1f77b4",
    PhaseKind.CLUSTER: "#17becf",
    PhaseKind.VOTE: "#ff7f0e",
    PhaseKind.ROUNDS: "#9467bd",
    PhaseKind.AGENDA_WALL: "#8c564b",
    PhaseKind.REPORTS: "#e377c2",
    PhaseKind.ACTION_PLAN: "#2ca02c",
    PhaseKind.FEEDBACK: "#bcbd22",
    PhaseKind.BREAK: "#c7c7c7",
}

_icons: dict[str, QIcon] = {}


def kind_icon(kind: str) -> QIcon:
    """A small coloured dot for the kind (made once per kind, after QApplication exists)."""
    icon = _icons.get(kind)
    if icon is None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(KIND_COLOURS.get(kind, "#999999")))
        painter.drawEllipse(2, 2, 12, 12)
        painter.end()
        icon = _icons[kind] = QIcon(pixmap)
    return icon


class Column(IntEnum):
    POSITION = 0
    TIME = 1
    KIND = 2
    TITLE = 3
    MINUTES = 4


_HEADERS = {
    Column.POSITION: QT_TRANSLATE_NOOP("PhaseTableModel", "#"),
    Column.TIME: QT_TRANSLATE_NOOP("PhaseTableModel", "Time"),
    Column.KIND: QT_TRANSLATE_NOOP("PhaseTableModel", "Kind"),
    Column.TITLE: QT_TRANSLATE_NOOP("PhaseTableModel", "Title"),
    Column.MINUTES: QT_TRANSLATE_NOOP("PhaseTableModel", "Min."),
}

PHASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhaseTableModel", text)


class PhaseTableModel(QAbstractTableModel):
    """Rows are the phases in plan order; columns are ``Column``."""

    moveRequested = Signal(int, int)  # phase id, index to end at

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._phases: list[Phase] = []
        self._rows: tuple[RunSheetRow, ...] = ()

    # content -----------------------------------------------------------------
    def set_content(self, phases: Sequence[Phase], sheet: RunSheet | None) -> None:
        """Show ``phases`` with the times of ``sheet``; keeps views' selection when only
        the contents (not the order) changed, so that typing in the form does not jump."""
        same_rows = [p.id for p in phases] == [p.id for p in self._phases]
        if same_rows:
            self._phases = list(phases)
            self._rows = sheet.rows if sheet is not None else ()
            if self._phases:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._phases) - 1, len(Column) - 1)
                )
            return
        self.beginResetModel()
        self._phases = list(phases)
        self._rows = sheet.rows if sheet is not None else ()
        self.endResetModel()

    def phase_at(self, row: int) -> Phase | None:
        return self._phases[row] if 0 <= row < len(self._phases) else None

    def row_of(self, phase_id: int) -> int | None:
        for row, phase in enumerate(self._phases):
            if phase.id == phase_id:
                return row
        return None

    # QAbstractItemModel --------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._phases)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _tr(_HEADERS[Column(section)])

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        phase = self.phase_at(index.row()) if index.isValid() else None
        if phase is None:
            return None
        column = Column(index.column())
        if role == PHASE_ID_ROLE:
            return phase.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(phase, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return phase.title
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return kind_icon(phase.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            Column.POSITION,
            Column.MINUTES,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, phase: Phase, row: int, column: Column) -> str:
        match column:
            case Column.POSITION:
                return str(row + 1)
            case Column.TIME:
                return time_range(self._rows[row]) if row < len(self._rows) else "–"
            case Column.KIND:
                return kind_name(phase.kind)
            case Column.TITLE:
                return phase.title
            case Column.MINUTES:
                return str(phase.planned_minutes)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows, never on a phase.
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # drag and drop -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [PHASE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        phase = self.phase_at(rows[0]) if rows else None
        if phase is not None:
            data.setData(PHASE_MIME_TYPE, QByteArray(str(phase.id).encode("ascii")))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(PHASE_MIME_TYPE):
            return False
        try:
            phase_id = int(bytes(data.data(PHASE_MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        source = self.row_of(phase_id)
        if source is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._phases)
        return self._request_move(source, row)

    def moveRows(
        self,
        source_parent: QModelIndex | QPersistentModelIndex,
        source_row: int,
        count: int,
        destination_parent: QModelIndex | QPersistentModelIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if self.phase_at(source_row) is None:
            return False
        return self._request_move(source_row, destination_child)

    def _request_move(self, source: int, before_row: int) -> bool:
        # ``before_row`` counts rows as they are now; the store wants the final index.
        before_row = max(0, min(before_row, len(self._phases)))
        target = before_row - 1 if before_row > source else before_row
        if target == source:
            return False
        self.moveRequested.emit(self._phases[source].id, target)
        return True
