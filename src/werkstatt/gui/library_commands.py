"""Undoable library actions: each command calls the store, so undo is on disk at once.

Every action is done *before* its command is pushed (the first ``redo`` that QUndoStack
makes on push does nothing): a store error then stops the action with a message and
leaves no command behind. When a later undo or redo fails (the disk filled up meanwhile),
the command reports it and marks itself obsolete, so the stack drops it instead of
pretending the step happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from werkstatt.core.records import Workshop
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library

# bare 'translate("Context", "text")' calls are what pyside6-lupdate collects
translate = QCoreApplication.translate

Report = Callable[[StoreError], None]
Changed = Callable[[int | None], None]  # called with the workshop id to select, if any


class LibraryCommand(QUndoCommand):
    def __init__(self, library: Library, report: Report, changed: Changed, text: str) -> None:
        super().__init__(text)
        self.library = library
        self._report = report
        self._changed = changed
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # already done by the caller before the push
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except StoreError as exc:
            self.setObsolete(True)
            self._report(exc)
            self._changed(None)


class RenameWorkshop(LibraryCommand):
    def __init__(
        self, library: Library, report: Report, changed: Changed, before: Workshop, after: Workshop
    ) -> None:
        super().__init__(
            library,
            report,
            changed,
            translate("LibraryCommand", "Rename “%1”").replace("%1", before.title),
        )
        self._id = before.id
        self._old = before.title
        self._new = after.title

    def do(self) -> None:
        self.library.update_workshop(self._id, title=self._new)
        self._changed(self._id)

    def undo_it(self) -> None:
        self.library.update_workshop(self._id, title=self._old)
        self._changed(self._id)


class AddedWorkshop(LibraryCommand):
    """A workshop that was created or duplicated: undo deletes it (softly), redo restores it."""

    def __init__(
        self, library: Library, report: Report, changed: Changed, workshop: Workshop, text: str
    ) -> None:
        super().__init__(library, report, changed, text)
        self.workshop_id = workshop.id

    def do(self) -> None:
        self.library.restore_workshop(self.workshop_id)
        self._changed(self.workshop_id)

    def undo_it(self) -> None:
        self.library.delete_workshop(self.workshop_id)
        self._changed(None)


class DeleteWorkshop(LibraryCommand):
    def __init__(
        self, library: Library, report: Report, changed: Changed, workshop: Workshop
    ) -> None:
        super().__init__(
            library,
            report,
            changed,
            translate("LibraryCommand", "Delete “%1”").replace("%1", workshop.title),
        )
        self.workshop_id = workshop.id

    def do(self) -> None:
        self.library.delete_workshop(self.workshop_id)
        self._changed(None)

    def undo_it(self) -> None:
        self.library.restore_workshop(self.workshop_id)
        self._changed(self.workshop_id)
