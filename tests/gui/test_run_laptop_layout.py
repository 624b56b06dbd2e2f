"""The run view on a 1366×768 laptop: a pinboard and an agenda wall get the height, the
photo strip starts folded, the script box is short for kinds that need the room, and
no tool bar cuts its buttons' labels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from samples.filled_workshop import fill_open_space, fill_zukunftswerkstatt
from werkstatt.store.library import Library

LAPTOP = (1366, 768)


def _run_page_at(library: Library, make_window: Callable[[Library], Any], qtbot: QtBot,
                 workshop_id: int, kind: str) -> Any:
    """The main window on a laptop's screen, back in the running workshop at ``kind``."""
    phase = next(p for p in library.list_phases(workshop_id) if p.kind == kind)
    library.run.start_phase(phase.id)
    window = make_window(library)
    window.resize(*LAPTOP)
    window.open_workshop(workshop_id)
    page = window.workshop_pages[workshop_id]
    run_page = page.run_page
    assert run_page is not None and run_page.isVisible()
    qtbot.waitUntil(lambda: run_page.working_widget is not None
                    and run_page.working_widget.height() > 0)
    QApplication.processEvents()
    return run_page


def _left_column(run_page: Any) -> QWidget:
    column = run_page.splitter.widget(0)
    assert isinstance(column, QWidget)
    return column


def _no_label_cut(buttons: list[QAbstractButton]) -> None:
    for button in buttons:
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_on_a_laptop_the_board_gets_half_the_column_and_the_photos_start_folded(
    library: Library, make_window: Callable[[Library], Any], qtbot: QtBot
) -> None:
    workshop_id = fill_zukunftswerkstatt(library, critique_cards=48, clusters=6)
    run_page = _run_page_at(library, make_window, qtbot, workshop_id, "cluster")
    board = run_page.working_widget
    assert board.objectName() == "cluster_board"

    strip = run_page.photo_strip
    assert strip.toggle_button.text() == "1 photo(s)"  # the pinboard's photo is there …
    assert not strip.view.isVisible()  # … folded to the one-line header
    assert strip.height() < 3 * strip.fontMetrics().lineSpacing() + 20

    column = _left_column(run_page).height()
    assert board.view.height() >= column // 2, (board.view.height(), column)
    _no_label_cut([board.new_button, board.rename_button, board.colour_button,
                   board.merge_button, board.delete_button, board.arrange_button,
                   board.fit_button])
    # the hint is one line; all of it is in its tooltip
    assert board.hint.height() < 2 * board.hint.fontMetrics().lineSpacing()
    assert board.hint.toolTip() == board.hint.text()
    # the script box starts two lines high for a board
    assert run_page.script_box.height() < 4 * run_page.script_label.fontMetrics().lineSpacing()


def test_the_photos_unfold_with_one_click_for_the_rest_of_the_session(
    library: Library, make_window: Callable[[Library], Any], qtbot: QtBot
) -> None:
    workshop_id = fill_zukunftswerkstatt(library)
    run_page = _run_page_at(library, make_window, qtbot, workshop_id, "cluster")
    strip = run_page.photo_strip
    board_height = run_page.working_widget.view.height()
    qtbot.mouseClick(strip.toggle_button, Qt.MouseButton.LeftButton)
    assert strip.view.isVisible()
    qtbot.waitUntil(lambda: run_page.working_widget.view.height() < board_height)
    # the second board has its own photo: still unfolded
    boards = [p for p in library.list_phases(workshop_id) if p.kind == "cluster"]
    run_page.session.go_to(boards[1].id)
    qtbot.waitUntil(lambda: strip.phase_id == boards[1].id)
    assert strip.toggle_button.text() == "1 photo(s)"
    assert strip.view.isVisible()
    # folded again from the keyboard, from the working area
    entry = run_page.working_widget.entry
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not strip.view.isVisible()
    run_page.session.go_to(boards[0].id)
    qtbot.waitUntil(lambda: strip.phase_id == boards[0].id)
    assert not strip.view.isVisible()


def test_on_a_laptop_the_agenda_wall_gets_the_room(
    library: Library, make_window: Callable[[Library], Any], qtbot: QtBot
) -> None:
    workshop_id = fill_open_space(library)
    run_page = _run_page_at(library, make_window, qtbot, workshop_id, "agenda_wall")
    panel = run_page.working_widget
    assert panel.objectName() == "agenda_panel"
    column = _left_column(run_page).height()
    assert panel.view.height() >= column // 2, (panel.view.height(), column)
    marketplace, wall = panel.splitter.sizes()
    assert wall > 1.4 * marketplace
    _no_label_cut([panel.place_rest, panel.add_slot_button, panel.add_space_button,
                   panel.print_agenda_button, panel.print_forms_button])
    entry = panel.marketplace.entry
    for field in (entry.title, entry.convener, entry.expected, entry.needs):
        text_width = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() > text_width, field.placeholderText()
    # no conflicts: a heading among the buttons, no empty list
    assert panel.conflicts_heading.text() == "No conflicts"
    assert not panel.conflicts.isVisible()


def test_a_script_height_the_moderator_chose_wins_over_the_kinds_default(
    library: Library, make_window: Callable[[Library], Any], qtbot: QtBot, tmp_path: Any
) -> None:
    workshop_id = fill_zukunftswerkstatt(library)
    run_page = _run_page_at(library, make_window, qtbot, workshop_id, "cluster")
    short = run_page.script_splitter.sizes()[0]
    run_page.session.previous()  # cards: a roomier script box
    qtbot.waitUntil(lambda: run_page.script_splitter.sizes()[0] > short)
    settings = QSettings(str(tmp_path / "run.ini"), QSettings.Format.IniFormat)
    run_page.save_state(settings)
    assert not settings.contains("run_page/script_splitter")  # nothing chosen: nothing kept

    run_page.session.next()
    qtbot.waitUntil(lambda: run_page.script_splitter.sizes()[0] == short)
    run_page.script_splitter.moveSplitter(short + 90, 1)  # the moderator wants more script
    chosen = run_page.script_splitter.sizes()[0]
    assert chosen > short
    run_page.session.previous()
    assert run_page.script_splitter.sizes()[0] == chosen
    run_page.save_state(settings)
    assert settings.contains("run_page/script_splitter")
