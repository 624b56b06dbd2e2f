"""The one-line entry of keyboard-first collection: type, Enter, the next one.

A plain QLineEdit swallows Ctrl+Z even when it has nothing of its own to undo, so right
after a card went in, Ctrl+Z would do nothing at all. Here Ctrl+Z undoes the typing
while there is typing to undo, and otherwise goes to the run's undo stack (the card).
Up/Down leave for the list of what was entered, F2 asks to edit the newest entry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLineEdit, QWidget


class EntryLineEdit(QLineEdit):
    listRequested = Signal()  # Up/Down: go to the list
    editLastRequested = Signal()  # F2: edit the newest entry

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self.setClearButtonEnabled(True)

    def clear_for_next(self) -> None:
        # setText (unlike clear) empties the line's own undo history: the next Ctrl+Z
        # then takes back the entry just made, not the typing that made it.
        self.setText("")

    def _forget_typing_history(self) -> None:
        # Once Ctrl+Z reached the stack, Ctrl+Shift+Z must go there too, not bring back
        # typing undone before; setText keeps the text and empties the line's history.
        self.setText(self.text())

    def _stack_key(self, event: QKeyEvent) -> str:
        if event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable():
            return "undo"
        if event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable():
            return "redo"
        return ""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._stack_key(event)
        ):
            # ours, not a window shortcut's: keyPressEvent decides below
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        match self._stack_key(event):
            case "undo":
                self._forget_typing_history()
                self._undo_stack.undo()
                return
            case "redo":
                self._undo_stack.redo()
                return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            self.listRequested.emit()
            return
        if event.key() == Qt.Key.Key_F2 and not event.modifiers():
            self.editLastRequested.emit()
            return
        super().keyPressEvent(event)
