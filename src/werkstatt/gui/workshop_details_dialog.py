"""Edit a workshop's facts after it was created (form: ui/workshop_details.ui).

Title, date, start time, place, client, moderators, expected participants and notes.
:func:`edit_workshop_details` runs the dialog, writes what changed in one store call and
puts it on the undo stack; undo writes back every old value of what changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from werkstatt.core.records import Workshop
from werkstatt.gui import dialogs
from werkstatt.gui.generated.ui_workshop_details import Ui_WorkshopDetailsDialog
from werkstatt.gui.library_commands import LibraryCommand
from werkstatt.gui.new_workshop_dialog import apply_limits, default_date
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library

# bare 'translate("Context", "text")' calls are what pyside6-lupdate collects
translate = QCoreApplication.translate

#: The facts this dialog edits, as Workshop/update_workshop call them.
FIELDS = (
    "title",
    "date",
    "start_time",
    "place",
    "client",
    "moderators",
    "expected_participants",
    "notes",
)

# What the time editor shows while its box is unticked: a sensible start.
_DEFAULT_START = dt.time(10, 0)


class WorkshopDetailsDialog(QDialog):
    """Shows ``workshop``'s facts for editing; :meth:`changes` gives what was changed."""

    def __init__(
        self, workshop: Workshop, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopDetailsDialog()
        self.ui.setupUi(self)
        self._workshop = workshop
        ui = self.ui
        apply_limits(ui)

        ui.titleEdit.setText(workshop.title)
        ui.titleEdit.setCursorPosition(0)
        today = today or dt.date.today()
        ui.dateCheck.setChecked(workshop.date is not None)
        date = workshop.date or default_date(today)
        ui.dateEdit.setDate(QDate(date.year, date.month, date.day))
        ui.startCheck.setChecked(workshop.start_time is not None)
        start = workshop.start_time or _DEFAULT_START
        ui.startTimeEdit.setTime(QTime(start.hour, start.minute))
        ui.placeEdit.setText(workshop.place)
        ui.clientEdit.setText(workshop.client)
        ui.moderatorsEdit.setText(workshop.moderators)
        ui.participantsSpin.setValue(workshop.expected_participants or 0)
        ui.notesEdit.setPlainText(workshop.notes)
        ui.notesEdit.setMinimumHeight(ui.notesEdit.fontMetrics().lineSpacing() * 5)

        ui.dateCheck.toggled.connect(self._update_enabled)
        ui.startCheck.toggled.connect(self._update_enabled)
        self._update_enabled()

        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.titleEdit.textChanged.connect(self._update_ok)
        self._update_ok()
        ui.titleEdit.setFocus()
        # The Designer size is a sketch; the real one follows the texts (German is longer).
        hint = self.sizeHint()
        self.resize(max(hint.width(), 620), hint.height())

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> dict[str, Any]:
        """Every fact as the dialog shows it, in the store's terms."""
        ui = self.ui
        participants: int | None = ui.participantsSpin.value() or None
        if participants is None and self._workshop.expected_participants == 0:
            # "0 expected" is shown as "not yet known" too; it stays what it was.
            participants = 0
        return {
            "title": ui.titleEdit.text().strip(),
            "date": ui.dateEdit.date().toPython() if ui.dateCheck.isChecked() else None,
            "start_time": (
                _minutes(ui.startTimeEdit.time().toPython()) if ui.startCheck.isChecked() else None
            ),
            "place": ui.placeEdit.text().strip(),
            "client": ui.clientEdit.text().strip(),
            "moderators": ui.moderatorsEdit.text().strip(),
            "expected_participants": participants,
            "notes": ui.notesEdit.toPlainText(),
        }

    def changes(self) -> dict[str, Any]:
        """Only what differs from the workshop the dialog was opened with."""
        return {
            name: value
            for name, value in self.values().items()
            if getattr(self._workshop, name) != value
        }

    def accept(self) -> None:
        # Enter in any field lands here too; a workshop never loses its title.
        if self.ui.titleEdit.text().strip():
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.ui.titleEdit.text().strip()))

    def _update_enabled(self) -> None:
        self.ui.dateEdit.setEnabled(self.ui.dateCheck.isChecked())
        self.ui.startTimeEdit.setEnabled(self.ui.startCheck.isChecked())


def _minutes(value: dt.time) -> dt.time:
    # The editor shows hours and minutes; seconds it cannot show must not sneak in.
    return value.replace(second=0, microsecond=0)


class EditWorkshopDetails(LibraryCommand):
    """Undo writes back the old value of every fact the edit changed; redo the new ones."""

    def __init__(
        self,
        library: Library,
        report: Callable[[StoreError], None],
        changed: Callable[[int | None], None],
        workshop_id: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        text: str,
    ) -> None:
        super().__init__(library, report, changed, text)
        self.workshop_id = workshop_id
        self._old = dict(old)
        self._new = dict(new)

    def do(self) -> None:
        self.library.update_workshop(self.workshop_id, **self._new)
        self._changed(self.workshop_id)

    def undo_it(self) -> None:
        self.library.update_workshop(self.workshop_id, **self._old)
        self._changed(self.workshop_id)


def edit_workshop_details(
    parent: QWidget | None,
    library: Library,
    workshop: Workshop,
    undo_stack: QUndoStack,
    *,
    changed: Callable[[int | None], None] | None = None,
) -> Workshop | None:
    """Let the moderator change the workshop's facts; return the stored workshop, or None
    when the dialog was cancelled or the workshop cannot be read any more.

    What changed is written in one store call and pushed as one undoable step. A change
    the store refuses is told, and the dialog comes back with the entries as typed.
    ``changed`` is called with the workshop's id after undo and redo (to redraw).
    """
    from werkstatt.messages import describe

    def report(exc: Exception) -> None:
        dialogs.show_error(parent, describe(exc))

    try:
        current = library.get_workshop(workshop.id)
    except StoreError as exc:
        report(exc)
        return None
    dialog = WorkshopDetailsDialog(current, parent)
    dialog.setWindowTitle(
        translate("WorkshopDetailsDialog", "Details of “%1”").replace("%1", current.title)
    )
    try:
        while dialogs.exec_dialog(dialog):
            new = dialog.changes()
            if not new:
                return current
            try:
                updated = library.update_workshop(current.id, **new)
            except StoreError as exc:
                report(exc)
                continue
            old = {name: getattr(current, name) for name in new}
            undo_stack.push(
                EditWorkshopDetails(
                    library,
                    report,
                    changed or (lambda _workshop_id: None),
                    current.id,
                    old,
                    new,
                    translate("WorkshopDetailsDialog", "Edit details of “%1”").replace(
                        "%1", current.title
                    ),
                )
            )
            return updated
        return None
    finally:
        dialog.deleteLater()
