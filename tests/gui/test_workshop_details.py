"""Editing a workshop's facts after creation: the dialog, the store, undo and redo.

The dialog runs through the ``answers`` stand-in of conftest.py: ``run_dialog`` fills it
in like a moderator and says whether it was accepted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.gui.workshop_details_dialog import (
    FIELDS,
    WorkshopDetailsDialog,
    edit_workshop_details,
)
from werkstatt.methods import limits
from werkstatt.store.errors import DiskFullError
from werkstatt.store.library import Library

NOTES = "Barrierefreier Zugang über den Hof.\nDolmetscherin für Türkisch ist bestätigt."


@pytest.fixture
def workshop(library: Library) -> Workshop:
    return library.create_workshop(
        WorkshopDraft(
            title="Zukunftswerkstatt Quartiersentwicklungskonzept Nordstadt",
            method="zukunftswerkstatt",
            date=dt.date(2025, 3, 15),
            start_time=dt.time(9, 30),
            place="Bürgerhaus Nordstadt",
            client="Amt für Stadtentwicklung",
            moderators="Ayşe Yılmaz",
            expected_participants=45,
        ),
        [],
    )


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def facts(workshop: Workshop) -> dict[str, Any]:
    return {name: getattr(workshop, name) for name in FIELDS}


def test_the_dialog_shows_the_facts_and_offers_what_the_store_accepts(
    qtbot: QtBot, workshop: Workshop
) -> None:
    dialog = WorkshopDetailsDialog(workshop)
    qtbot.addWidget(dialog)
    ui = dialog.ui

    assert dialog.values() == facts(workshop)
    assert dialog.changes() == {}
    assert ui.titleEdit.maxLength() == limits.TITLE_MAX
    assert (ui.participantsSpin.minimum(), ui.participantsSpin.maximum()) == (
        limits.PARTICIPANTS_RANGE
    )
    ui.titleEdit.clear()
    assert not dialog.ok_button.isEnabled()


def test_a_wrong_start_time_is_corrected_and_undone_with_every_old_value(
    qtbot: QtBot,
    parent: QWidget,
    library: Library,
    workshop: Workshop,
    answers: Any,
    type_text: Any,
) -> None:
    stack = QUndoStack()
    redrawn: list[int | None] = []

    def fill_in(dialog: WorkshopDetailsDialog) -> bool:
        ui = dialog.ui
        assert dialog.windowTitle() == f"Details of “{workshop.title}”"
        ui.startTimeEdit.setTime(QTime(10, 0))
        ui.placeEdit.clear()
        type_text(ui.placeEdit, "Stadtteilbibliothek Süd, Lesesaal")
        ui.moderatorsEdit.setText("Ayşe Yılmaz, Przemysław Wójcik")
        ui.participantsSpin.setValue(60)
        ui.notesEdit.setFocus()
        first, second = NOTES.split("\n")
        type_text(ui.notesEdit, first)
        qtbot.keyClick(ui.notesEdit, Qt.Key.Key_Return)
        type_text(ui.notesEdit, second)
        qtbot.keyClick(ui.titleEdit, Qt.Key.Key_Return)  # Enter saves from any field
        return dialog.result() == dialog.DialogCode.Accepted

    answers.run_dialog = fill_in
    updated = edit_workshop_details(parent, library, workshop, stack, changed=redrawn.append)

    assert updated is not None
    stored = library.get_workshop(workshop.id)
    assert updated == stored
    assert stored.start_time == dt.time(10, 0)
    assert stored.place == "Stadtteilbibliothek Süd, Lesesaal"
    assert stored.moderators == "Ayşe Yılmaz, Przemysław Wójcik"
    assert stored.expected_participants == 60
    assert stored.notes == NOTES
    assert (stored.title, stored.date, stored.client) == (
        workshop.title,
        workshop.date,
        workshop.client,
    )
    assert stack.count() == 1
    assert stack.undoText() == f"Edit details of “{workshop.title}”"

    stack.undo()
    assert facts(library.get_workshop(workshop.id)) == facts(workshop)
    stack.redo()
    assert facts(library.get_workshop(workshop.id)) == facts(stored)
    assert redrawn == [workshop.id, workshop.id]
    assert answers.names() == ["exec_dialog"]


def test_date_and_start_can_be_left_open_and_fixed_later(
    parent: QWidget, library: Library, answers: Any
) -> None:
    undated = library.create_workshop(
        WorkshopDraft(title="Bürgerdialog Lindenstraße", method="world_cafe"), []
    )
    stack = QUndoStack()

    def fix_the_date(dialog: WorkshopDetailsDialog) -> bool:
        ui = dialog.ui
        assert not ui.dateCheck.isChecked() and not ui.dateEdit.isEnabled()
        ui.dateCheck.setChecked(True)
        ui.dateEdit.setDate(QDate(2025, 6, 14))
        return True

    answers.run_dialog = fix_the_date
    edit_workshop_details(parent, library, undated, stack)
    stored = library.get_workshop(undated.id)
    assert (stored.date, stored.start_time) == (dt.date(2025, 6, 14), None)

    def unfix_it(dialog: WorkshopDetailsDialog) -> bool:
        dialog.ui.dateCheck.setChecked(False)
        return True

    answers.run_dialog = unfix_it
    edit_workshop_details(parent, library, stored, stack)
    assert library.get_workshop(undated.id).date is None
    stack.undo()
    assert library.get_workshop(undated.id).date == dt.date(2025, 6, 14)


def test_cancel_or_no_change_leaves_store_and_stack_alone(
    parent: QWidget, library: Library, workshop: Workshop, answers: Any
) -> None:
    stack = QUndoStack()

    def cancel(dialog: WorkshopDetailsDialog) -> bool:
        dialog.ui.placeEdit.setText("Rathaus, Ratssaal")
        return False

    answers.run_dialog = cancel
    assert edit_workshop_details(parent, library, workshop, stack) is None

    answers.run_dialog = lambda dialog: True
    assert edit_workshop_details(parent, library, workshop, stack) == workshop
    assert library.get_workshop(workshop.id) == workshop
    assert stack.count() == 0


def test_a_refused_change_is_told_and_the_entries_come_back(
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    library: Library,
    workshop: Workshop,
    answers: Any,
) -> None:
    stack = QUndoStack()
    real_update = library.update_workshop
    refusals = [DiskFullError(library.path)]

    def update(workshop_id: int, **changes: Any) -> Workshop:
        if refusals:
            raise refusals.pop()
        return real_update(workshop_id, **changes)

    monkeypatch.setattr(library, "update_workshop", update)
    shown: list[str] = []

    def edit(dialog: WorkshopDetailsDialog) -> bool:
        shown.append(dialog.ui.placeEdit.text())
        if not shown[:-1]:
            dialog.ui.placeEdit.setText("Rathaus, Ratssaal")
        return True

    answers.run_dialog = edit
    updated = edit_workshop_details(parent, library, workshop, stack)

    assert answers.names() == ["exec_dialog", "show_error", "exec_dialog"]
    assert "voll" in answers.texts("show_error")[0]
    assert shown == ["Bürgerhaus Nordstadt", "Rathaus, Ratssaal"]  # nothing typed is lost
    assert updated is not None and updated.place == "Rathaus, Ratssaal"
    assert stack.count() == 1


def test_a_refused_undo_drops_the_step(
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    library: Library,
    workshop: Workshop,
    answers: Any,
) -> None:
    stack = QUndoStack()

    def edit(dialog: WorkshopDetailsDialog) -> bool:
        dialog.ui.placeEdit.setText("Rathaus, Ratssaal")
        return True

    answers.run_dialog = edit
    edit_workshop_details(parent, library, workshop, stack)

    def disk_full(workshop_id: int, **changes: Any) -> Workshop:
        raise DiskFullError(library.path)

    monkeypatch.setattr(library, "update_workshop", disk_full)
    stack.undo()

    assert answers.names()[-1] == "show_error"
    assert library.get_workshop(workshop.id).place == "Rathaus, Ratssaal"
    assert (stack.count(), stack.canRedo()) == (0, False)


def _logo_file(folder: Any, name: str = "Logo Amt für Stadtentwicklung.png") -> Any:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((20, 20, 580, 180), fill=(0, 110, 80, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path = folder / name
    path.write_bytes(buffer.getvalue())
    return path


def test_a_logo_for_the_cover_is_chosen_saved_undone_and_removed(
    qtbot: QtBot,
    parent: QWidget,
    library: Library,
    workshop: Workshop,
    answers: Any,
    tmp_path: Any,
) -> None:
    logo = _logo_file(tmp_path)
    stack = QUndoStack()
    answers.open_files = [logo, _logo_file(tmp_path, "zweites.png")]
    seen: list[tuple[bool, bool]] = []

    def choose(dialog: WorkshopDetailsDialog) -> bool:
        assert dialog.logo_preview.text() == "No logo"
        assert not dialog.remove_logo_button.isEnabled()
        qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
        seen.append((dialog.logo_preview.pixmap().isNull(), dialog.remove_logo_button.isEnabled()))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    answers.run_dialog = choose
    updated = edit_workshop_details(parent, library, workshop, stack)

    assert seen == [(False, True)]  # a preview, and the logo can be removed again
    assert updated == library.get_workshop(workshop.id)  # the facts are as they were
    assert library.logo(workshop.id) == (logo.read_bytes(), "image/png")  # the first file
    assert stack.count() == 1
    stack.undo()
    assert library.logo(workshop.id) is None
    stack.redo()
    assert library.logo(workshop.id) == (logo.read_bytes(), "image/png")

    def remove(dialog: WorkshopDetailsDialog) -> bool:
        assert not dialog.logo_preview.pixmap().isNull()  # the stored logo is shown
        qtbot.mouseClick(dialog.remove_logo_button, Qt.MouseButton.LeftButton)
        assert dialog.logo_preview.text() == "No logo"
        dialog.ui.placeEdit.setText("Rathaus, Ratssaal")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted

    answers.run_dialog = remove
    edit_workshop_details(parent, library, workshop, stack)

    assert library.logo(workshop.id) is None
    assert library.get_workshop(workshop.id).place == "Rathaus, Ratssaal"
    assert stack.count() == 2
    stack.undo()  # one step: the place and the logo come back together
    assert library.logo(workshop.id) == (logo.read_bytes(), "image/png")
    assert library.get_workshop(workshop.id).place == workshop.place
    assert [name for name in answers.names() if name != "exec_dialog"] == ["ask_open_files"]


def test_a_file_that_is_no_logo_is_told_and_changes_nothing(
    qtbot: QtBot,
    parent: QWidget,
    library: Library,
    workshop: Workshop,
    answers: Any,
    tmp_path: Any,
) -> None:
    text = tmp_path / "Einladung zur Bürgerwerkstatt.png"
    text.write_text("Liebe Nachbarinnen und Nachbarn, wir laden Sie herzlich ein …")
    answers.open_files = [text]

    def choose(dialog: WorkshopDetailsDialog) -> bool:
        qtbot.mouseClick(dialog.choose_logo_button, Qt.MouseButton.LeftButton)
        assert dialog.logo is None
        assert dialog.logo_preview.text() == "No logo"
        return True

    answers.run_dialog = choose
    stack = QUndoStack()
    edit_workshop_details(parent, library, workshop, stack)

    assert answers.names() == ["exec_dialog", "ask_open_files", "show_error"]
    assert "Einladung zur Bürgerwerkstatt.png" in answers.texts("show_error")[0]
    assert library.logo(workshop.id) is None
    assert stack.count() == 0
