"""A moderator's first evening with Werkstatt, start to finish through the GUI: create a
Zukunftswerkstatt from its template through the dialog, reorder and edit its phases, undo
with the window's Ctrl+Z, restart on the same data folder and find everything there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt

from werkstatt.gui.new_workshop_dialog import NewWorkshopDialog
from werkstatt.methods.model import PhaseKind
from werkstatt.store.library import Library

TITLE = "Zukunftswerkstatt Nahversorgung Südstadt"
CTRL = Qt.KeyboardModifier.ControlModifier


def test_create_edit_undo_and_restart(
    qtbot: Any, make_window: Any, data_dir: Any, answers: Any, type_text: Any
) -> None:
    library = Library.open(data_dir)
    window = make_window(library)

    def fill_in(dialog: NewWorkshopDialog) -> bool:
        ui = dialog.ui
        key = next(t.key for t in dialog._catalog.templates if t.name("de") == "Zukunftswerkstatt")
        dialog.select_template(key)
        qtbot.keyClick(ui.templateCombo, Qt.Key.Key_Tab)
        type_text(ui.titleEdit, TITLE)
        ui.dateEdit.setDate(QDate(2026, 3, 12))
        type_text(ui.placeEdit, "Stadtteiltreff „Bunte Kuh“, Weißensee")
        type_text(ui.moderatorsEdit, "Nguyễn Thị Lan, Jens Müller")
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("de"))
        qtbot.keyClick(ui.placeEdit, Qt.Key.Key_Return)
        return dialog.result() == NewWorkshopDialog.DialogCode.Accepted

    answers.run_dialog = fill_in
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)

    [workshop] = library.list_workshops()
    assert workshop.title == TITLE
    planned = library.list_phases(workshop.id)
    kinds = [p.kind for p in planned]
    assert PhaseKind.CARDS in kinds and PhaseKind.VOTE in kinds and PhaseKind.ACTION_PLAN in kinds

    editor = window.workshop_pages[workshop.id].editor
    # move the second phase one down with the keyboard
    editor.select_phase(planned[1].id)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, CTRL)
    moved = [p.title for p in library.list_phases(workshop.id)]
    assert moved[:3] == [planned[0].title, planned[2].title, planned[1].title]

    # retitle the first phase by typing, then change its minutes
    editor.select_phase(planned[0].id)
    title_edit = editor.form.title_edit
    title_edit.setFocus()
    title_edit.selectAll()
    type_text(title_edit, "Ankommen bei Kaffee und Börek")
    assert library.list_phases(workshop.id)[0].title == "Ankommen bei Kaffee und Börek"

    # Ctrl+Z of the window undoes the retitling as a whole, on disk at once
    window.activateWindow()
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    assert library.list_phases(workshop.id)[0].title == planned[0].title
    # ... and Ctrl+Shift+Z brings it back
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert library.list_phases(workshop.id)[0].title == "Ankommen bei Kaffee und Börek"

    window.close()
    library.close()

    # the next start shows the same library: nothing was 'unsaved'
    again = Library.open(data_dir)
    try:
        second = make_window(again)
        [reopened] = again.list_workshops()
        assert reopened.title == TITLE
        assert reopened.place == "Stadtteiltreff „Bunte Kuh“, Weißensee"
        titles = [p.title for p in again.list_phases(reopened.id)]
        assert titles[0] == "Ankommen bei Kaffee und Börek"
        assert titles[1:3] == [planned[2].title, planned[1].title]
        assert again.integrity_ok()
        second.close()
    finally:
        again.close()
