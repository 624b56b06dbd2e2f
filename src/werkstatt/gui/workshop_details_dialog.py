"""Edit a workshop's facts after it was created (form: ui/workshop_details.ui).

Title, date, start time, place, client, moderators, expected participants and notes,
and the logo on the protocol cover (its row is made here, not in the form).
:func:`edit_workshop_details` runs the dialog, writes what changed and puts it on the
undo stack as one step; undo writes back every old value of what changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QTime
from PySide6.QtGui import QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from werkstatt.core.photos import PhotoError, PhotoTooLargeError
from werkstatt.core.records import Workshop
from werkstatt.gui import dialogs
from werkstatt.gui.generated.ui_workshop_details import Ui_WorkshopDetailsDialog
from werkstatt.gui.library_commands import LibraryCommand
from werkstatt.gui.new_workshop_dialog import apply_limits, default_date
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library
from werkstatt.store.logos import LOGO_BYTES_MAX, prepare_logo

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
_IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.gif *.JPG *.JPEG *.PNG *.WEBP *.GIF"
#: The preview of the logo in the dialog, in pixels (about the cover's 4 × 2.5 cm).
_PREVIEW_SIZE = (160, 64)


@dataclass(frozen=True)
class Logo:
    """A logo as the dialog hands it to the store: the image file's bytes and its name
    (for messages)."""

    data: bytes = field(repr=False)
    filename: str = ""


def _logo_name(media_type: str) -> str:
    return "logo." + media_type.rpartition("/")[2]


class WorkshopDetailsDialog(QDialog):
    """Shows ``workshop``'s facts for editing; :meth:`changes` gives what was changed."""

    def __init__(
        self,
        workshop: Workshop,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
        logo: Logo | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkshopDetailsDialog()
        self.ui.setupUi(self)
        self._workshop = workshop
        self._logo_before = logo
        self._logo = logo
        ui = self.ui
        apply_limits(ui)
        self._add_logo_row()

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

    @property
    def logo(self) -> Logo | None:
        """The logo as the dialog shows it (None: no logo)."""
        return self._logo

    def logo_changed(self) -> bool:
        before, now = self._logo_before, self._logo
        return (before is None) != (now is None) or (
            before is not None and now is not None and before.data != now.data
        )

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

    # the logo -----------------------------------------------------------------------
    def _add_logo_row(self) -> None:
        self.logo_preview = QLabel(self)
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*_PREVIEW_SIZE)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo_button = QPushButton(self.tr("Choose &logo…"), self)
        self.choose_logo_button.setObjectName("chooseLogoButton")
        self.choose_logo_button.setToolTip(
            self.tr("A JPEG, PNG, WebP or GIF image of at most 5 MB, shown top right on the cover")
        )
        self.remove_logo_button = QPushButton(self.tr("&Remove"), self)
        self.remove_logo_button.setObjectName("removeLogoButton")
        self.remove_logo_button.setToolTip(self.tr("Print the cover without a logo"))
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.logo_preview)
        row.addWidget(self.choose_logo_button)
        row.addWidget(self.remove_logo_button)
        row.addStretch(1)
        label = QLabel(self.tr("Logo for the cover:"), self)
        label.setBuddy(self.choose_logo_button)
        self.ui.formLayout.addRow(label, row)
        QWidget.setTabOrder(self.ui.notesEdit, self.choose_logo_button)
        QWidget.setTabOrder(self.choose_logo_button, self.remove_logo_button)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self._show_logo()

    def choose_logo(self) -> None:
        """Ask for an image file and show it as the logo; a file that is no usable
        image is told and changes nothing."""
        from werkstatt.messages import describe

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        paths = dialogs.ask_open_files(
            self,
            self.tr("Choose a logo for the cover"),
            Path(folder or Path.home()),
            self.tr("Images (%1)").replace("%1", _IMAGE_PATTERNS),
        )
        if not paths:
            return
        path = paths[0]
        try:
            # a video picked by mistake is refused before it is read
            size = path.stat().st_size
            if size > LOGO_BYTES_MAX:
                raise PhotoTooLargeError(path.name, size, LOGO_BYTES_MAX)
            data = path.read_bytes()
            prepare_logo(data, path.name)
        except (PhotoError, OSError) as exc:
            dialogs.show_error(self, describe(exc))
            return
        self._logo = Logo(data, path.name)
        self._show_logo()

    def remove_logo(self) -> None:
        self._logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        preview = self.logo_preview
        preview.clear()
        pixmap = QPixmap()
        if self._logo is not None:
            try:
                # the JPEG preview Pillow makes reads in any Qt, WebP plugin or not
                pixmap.loadFromData(prepare_logo(self._logo.data, self._logo.filename).thumbnail)
            except PhotoError:
                pixmap = QPixmap()
        if not pixmap.isNull():
            preview.setPixmap(
                pixmap.scaled(
                    preview.contentsRect().size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        elif self._logo is not None:
            preview.setText(self.tr("No preview"))
        else:
            preview.setText(self.tr("No logo"))
        preview.setToolTip("" if self._logo is None else self._logo.filename)
        self.remove_logo_button.setEnabled(self._logo is not None)

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
        *,
        logos: tuple[Logo | None, Logo | None] | None = None,
    ) -> None:
        """``logos``: the logo before and after, when the edit changed it."""
        super().__init__(library, report, changed, text)
        self.workshop_id = workshop_id
        self._old = dict(old)
        self._new = dict(new)
        self._logos = logos

    def do(self) -> None:
        if self._new:
            self.library.update_workshop(self.workshop_id, **self._new)
        if self._logos is not None:
            _put_logo(self.library, self.workshop_id, self._logos[1])
        self._changed(self.workshop_id)

    def undo_it(self) -> None:
        if self._old:
            self.library.update_workshop(self.workshop_id, **self._old)
        if self._logos is not None:
            _put_logo(self.library, self.workshop_id, self._logos[0])
        self._changed(self.workshop_id)


def _put_logo(library: Library, workshop_id: int, logo: Logo | None) -> None:
    if logo is None:
        library.clear_logo(workshop_id)
    else:
        library.set_logo(workshop_id, logo.data, logo.filename)


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
        stored_logo = library.logo(workshop.id)
    except StoreError as exc:
        report(exc)
        return None
    logo = None if stored_logo is None else Logo(stored_logo[0], _logo_name(stored_logo[1]))
    dialog = WorkshopDetailsDialog(current, parent, logo=logo)
    dialog.setWindowTitle(
        translate("WorkshopDetailsDialog", "Details of “%1”").replace("%1", current.title)
    )
    try:
        while dialogs.exec_dialog(dialog):
            new = dialog.changes()
            logos = (logo, dialog.logo) if dialog.logo_changed() else None
            if not new and logos is None:
                return current
            try:
                if logos is not None:
                    _put_logo(library, current.id, logos[1])
            except (StoreError, PhotoError) as exc:
                report(exc)
                continue
            try:
                updated = library.update_workshop(current.id, **new) if new else current
            except StoreError as exc:
                if logos is not None:
                    _restore_logo(library, current.id, logos[0])
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
                    logos=logos,
                )
            )
            return updated
        return None
    finally:
        dialog.deleteLater()


def _restore_logo(library: Library, workshop_id: int, logo: Logo | None) -> None:
    """Put the old logo back after the facts were refused, so that the dialog's edit is
    all or nothing; when the disk refuses that too, the error already told is the one."""
    with contextlib.suppress(StoreError, PhotoError):
        _put_logo(library, workshop_id, logo)
