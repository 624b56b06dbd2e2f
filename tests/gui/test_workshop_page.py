"""The workshop page in the main window: correcting the facts with Ctrl+I, and a header
that follows a rename made in the library."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from werkstatt.store.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_i_corrects_the_start_time_and_both_run_sheets_follow(
    qtbot: Any, window: Any, library: Library, add_workshop: Any, answers: Any
) -> None:
    workshop = add_workshop(library, "Zukunftswerkstatt Lindenplatz")
    assert workshop.start_time is not None
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]

    def later_start(dialog: Any) -> bool:
        dialog.ui.startCheck.setChecked(True)
        dialog.ui.startTimeEdit.setTime(QTime(19, 30))
        qtbot.keyClick(dialog.ui.placeEdit, Qt.Key.Key_Return)
        return True

    answers.run_dialog = later_start
    page.editor.table.setFocus()
    qtbot.keyClick(page.editor.table, Qt.Key.Key_I, CTRL)

    assert library.get_workshop(workshop.id).start_time.strftime("%H:%M") == "19:30"
    assert "19:30" in page.facts_label.text()
    assert page.editor.runsheet.summary.text().startswith(("Start 19:30", "Beginn 19:30"))

    qtbot.keyClick(page.editor.table, Qt.Key.Key_Z, CTRL)  # the window's undo
    assert library.get_workshop(workshop.id).start_time == workshop.start_time
    old = workshop.start_time.strftime("%H:%M")
    assert old in page.facts_label.text()
    assert old in page.editor.runsheet.summary.text()


def test_a_rename_in_the_library_shows_when_the_page_is_opened_again(
    qtbot: Any, window: Any, library: Library, add_workshop: Any
) -> None:
    workshop = add_workshop(library, "Stadtteilkonferenz Nord")
    window.open_workshop(workshop.id)
    window.show_library()
    window.library_page.rename(workshop.id, "Stadtteilkonferenz Nord – Frühjahr 2026")
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]
    assert page.title_label.text() == "Stadtteilkonferenz Nord – Frühjahr 2026"
    assert window.windowTitle().startswith("Stadtteilkonferenz Nord – Frühjahr 2026")


def test_the_next_start_goes_straight_back_into_a_running_workshop(
    qtbot: Any, make_window: Any, data_dir: Any, add_workshop: Any
) -> None:
    """The laptop crashed (or was closed) in the middle of the evening."""
    first = Library.open(data_dir)
    window = make_window(first)
    evening = add_workshop(first, "World Café Nachbarschaftshilfe Hasenbergl")
    planned = add_workshop(first, "Open Space Jugendbeteiligung")
    window.open_workshop(evening.id)
    page = window.workshop_pages[evening.id]
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.in_run_mode
    window.close()
    first.close()

    again = Library.open(data_dir)
    try:
        second = make_window(again)
        assert second.current_workshop_id() == evening.id
        assert second.workshop_pages[evening.id].in_run_mode
        assert planned.id not in second.workshop_pages
        second.close()
    finally:
        again.close()


def test_f5_opens_and_closes_the_projector_and_the_menu_takes_it_out_of_full_screen(
    qtbot: Any, window: Any, library: Library, add_workshop: Any
) -> None:
    """The projector window never has the keyboard: the laptop's keys must reach it."""
    workshop = add_workshop(library, "Bürgerwerkstatt Großmarkt")
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]
    page.editor.table.setFocus()
    names = [a.objectName() for a in page.menu_actions() if a is not None]
    assert {"leave_projector_full_screen", "close_projector"} <= set(names)
    assert not page.close_projector_action.isEnabled()

    qtbot.keyClick(page.editor.table, Qt.Key.Key_F5)
    presenter = page.presenter
    assert presenter is not None and presenter.isVisible()
    assert page.close_projector_action.isEnabled()
    presenter.showFullScreen()
    page.leave_full_screen_action.trigger()  # from the Workshop menu
    assert presenter.isVisible() and not presenter.isFullScreen()

    qtbot.keyClick(page.editor.table, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert not presenter.isVisible()
    assert not page.blank_action.isEnabled() and not page.close_projector_action.isEnabled()
    qtbot.keyClick(page.editor.table, Qt.Key.Key_F5)
    assert page.presenter.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or page.editor.table, Qt.Key.Key_F5)
    assert not page.presenter.isVisible()
