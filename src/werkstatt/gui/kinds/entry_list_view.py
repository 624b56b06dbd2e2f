"""The list of what was entered in a phase, driven by keys as much as by the mouse.

Del (or Backspace) asks to delete the selected entries, Esc to go back to the entry line.
Digits are left to the phase's widget (a mood scale takes them as ratings) instead of
jumping to an entry starting with that digit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget


class EntryListView(QListView):
    deleteRequested = Signal()
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # Every row has the same size: the view lays out thousands of entries at once
        # without asking each one for its size.
        self.setUniformItemSizes(True)

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.selectionModel().selectedIndexes())

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not modifiers:
            self.deleteRequested.emit()
            return
        if not editing and key == Qt.Key.Key_Escape:
            self.leaveRequested.emit()
            return
        if event.text().isdigit() and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
            event.ignore()  # to the phase's widget
            return
        super().keyPressEvent(event)
