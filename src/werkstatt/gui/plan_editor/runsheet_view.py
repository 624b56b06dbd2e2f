"""The run sheet (Ablaufplan) as the moderator prints it in their head: start, end, phase."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.core.runsheet import RunSheet
from werkstatt.gui.plan_editor.texts import clock, day_mark, duration


class RunSheetView(QWidget):
    """Read-only: redrawn from the store's phases after every change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Run sheet"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)

        self.summary = QLabel(self)
        self.summary.setObjectName("runsheet_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("runsheet_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Start"), self.tr("End"), self.tr("Phase"), self.tr("Duration")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_sheet(self, sheet: RunSheet | None, phases: Sequence[Phase]) -> None:
        total = sum(max(0, phase.planned_minutes) for phase in phases)
        self.table.setRowCount(len(phases))
        for row, phase in enumerate(phases):
            if sheet is not None:
                times = sheet.rows[row]
                start = clock(times.planned_start) + day_mark(times.day)
                end = clock(times.planned_end) + day_mark(times.end_day)
            else:
                start = end = "–"
            self._set(row, 0, start)
            self._set(row, 1, end)
            self._set(row, 2, f"{row + 1}. {phase.title}")
            self._set(row, 3, duration(phase.planned_minutes), right=True)
        if sheet is None:
            text = self.tr(
                "Total %1. The workshop has no start time yet, so the phases have no clock "
                "times."
            ).replace("%1", duration(total))
        else:
            text = (
                self.tr("Start %1 · total %2 · planned end %3")
                .replace("%1", clock(sheet.start))
                .replace("%2", duration(total))
                .replace("%3", clock(sheet.planned_end) + day_mark(sheet.end_day))
            )
        self.summary.setText(text)

    def _set(self, row: int, column: int, text: str, *, right: bool = False) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        item.setText(text)
        if right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
