"""The reviewer's findings in running the day: a finished workshop stays finished, a
phase entered by mistake leaves no trace, the timer follows the plan, focus stays in the
run view, the projector is closed from the laptop."""

# ruff: noqa: F811  (the fixtures come from test_run_fixtures by import)
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from test_run_fixtures import (  # noqa: F401  (fixtures)
    FakeClocks,
    clocks,
    evening,
    kinds,
    local,
    make_session,
    player,
    run_page,
)

from werkstatt.core.records import WorkshopStatus
from werkstatt.gui.kinds.entry_commands import EntryCommand
from werkstatt.gui.run.presenter_window import PresenterWindow
from werkstatt.store.library import Library


def _ids(library: Library, workshop_id: int) -> list[int]:
    return [phase.id for phase in library.list_phases(workshop_id)]


def _finished_evening(run_page: Any, clocks: FakeClocks, answers: Any, qtbot: QtBot) -> None:
    session = run_page.session
    session.start_workshop()
    for _ in range(5):
        clocks.advance(minutes=20)
        session.next()
    clocks.advance(minutes=10)
    answers.confirm = True
    qtbot.mouseClick(run_page.finish_button, Qt.MouseButton.LeftButton)
    assert session.finished


# 1: after 'Workshop beenden' ---------------------------------------------------------
def test_page_up_after_the_end_leaves_the_workshop_finished_in_both_windows(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot,
    answers: Any,
) -> None:
    ids = _ids(library, evening)
    _finished_evening(run_page, clocks, answers, qtbot)
    projector = PresenterWindow(run_page.session, run_page)
    projector.show_on_best_screen()
    qtbot.waitExposed(projector)
    clocks.advance(minutes=30)
    for action in (run_page.previous_action, run_page.next_action, run_page.skip_action):
        assert not action.isEnabled()
    assert not projector.previous_action.isEnabled() and not projector.next_action.isEnabled()
    # whatever gets through (a remote's key, a double-click in the sheet) changes nothing
    projector.previous_action.trigger()
    run_page.session.previous()
    run_page.session.go_to(ids[2])
    run_page.session.skip()
    assert library.get_workshop(evening).status is WorkshopStatus.DONE
    assert library.run.phase_runs(evening)[ids[-1]].actual_end == local(19, 50)
    assert library.run.current_phase(evening) == ids[-1]


def test_reopening_asks_first_and_then_runs_the_last_phase_on(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot,
    answers: Any,
) -> None:
    ids = _ids(library, evening)
    _finished_evening(run_page, clocks, answers, qtbot)
    assert run_page.reopen_button.isVisible() and run_page.reopen_action.isEnabled()
    answers.confirm = False
    qtbot.mouseClick(run_page.reopen_button, Qt.MouseButton.LeftButton)
    assert library.get_workshop(evening).status is WorkshopStatus.DONE
    answers.confirm = True
    qtbot.mouseClick(run_page.reopen_button, Qt.MouseButton.LeftButton)
    assert answers.texts("confirm")[-1].startswith("Reopen the finished workshop?")
    assert library.get_workshop(evening).status is WorkshopStatus.RUNNING
    assert library.run.phase_runs(evening)[ids[-1]].actual_end is None
    assert run_page.previous_action.isEnabled() and not run_page.reopen_button.isVisible()


# 2: a few seconds in the wrong phase ---------------------------------------------------
def test_a_phase_visited_by_mistake_gets_its_real_start_later(
    make_session: Callable[[int], Any], library: Library, evening: int, clocks: FakeClocks
) -> None:
    ids = _ids(library, evening)
    session = make_session(evening)
    session.start_workshop()
    clocks.advance(minutes=10)
    session.next()  # the remote's PageDown by mistake
    clocks.advance(seconds=5)
    session.previous()
    runs = library.run.phase_runs(evening)
    assert runs[ids[1]].actual_start is None and runs[ids[1]].actual_end is None
    assert runs[ids[0]].actual_end is None  # the first phase simply runs on
    clocks.advance(minutes=5)
    session.next()
    runs = library.run.phase_runs(evening)
    assert runs[ids[0]].actual_end == local(18, 15, 5)
    assert runs[ids[1]].actual_start == local(18, 15, 5)
    line = next(line for line in session.sheet().lines if line.phase.id == ids[1])
    assert line.actual_start == dt.datetime(2025, 3, 14, 18, 15, 5)  # the local clock


# 3: the timer follows the plan ---------------------------------------------------------
def test_a_phase_shortened_after_a_brief_visit_gets_the_new_time_box(
    make_session: Callable[[int], Any], library: Library, evening: int, clocks: FakeClocks
) -> None:
    ids = _ids(library, evening)
    session = make_session(evening)
    session.start_workshop()
    clocks.advance(minutes=10)
    session.next()
    clocks.advance(seconds=3)
    session.previous()
    session.set_minutes(ids[1], 20)
    clocks.advance(minutes=5)
    session.next()
    assert session.timer.timer.duration == 20 * 60
    assert library.run.timer(ids[1]).duration_seconds == 20 * 60


def test_the_running_phase_shortened_keeps_its_extension_and_elapsed_time(
    make_session: Callable[[int], Any], library: Library, evening: int, clocks: FakeClocks
) -> None:
    ids = _ids(library, evening)
    session = make_session(evening)
    session.start_workshop()
    session.timer.start()
    session.timer.add_minutes(5)  # 15 + 5
    clocks.advance(minutes=4)
    session.set_minutes(ids[0], 10)  # the plan says 10 now: 10 + 5
    assert session.timer.timer.duration == 15 * 60
    assert session.timer.timer.elapsed == 4 * 60 and session.timer.timer.running
    session.undo_stack.undo()  # back to 15 + 5
    assert session.timer.timer.duration == 20 * 60
    assert library.run.timer(ids[0]).duration_seconds == 20 * 60


def test_an_earlier_phase_lengthened_meanwhile_keeps_its_extension_and_elapsed_time(
    make_session: Callable[[int], Any], library: Library, evening: int, clocks: FakeClocks
) -> None:
    ids = _ids(library, evening)
    planned = library.list_phases(evening)[0].planned_minutes
    session = make_session(evening)
    session.start_workshop()
    session.timer.start()
    session.timer.add_minutes(1)
    clocks.advance(minutes=6)
    session.next()
    # what the run sheet's +5 (and the plan editor) does to the phase that was left
    session.set_minutes(ids[0], planned + 5)
    clocks.advance(minutes=3)
    session.previous()
    timer = session.timer.timer
    assert timer.duration == (planned + 5 + 1) * 60
    assert timer.elapsed == 6 * 60 and not timer.running
    saved = library.run.timer(ids[0])
    assert (saved.duration_seconds, saved.extra_seconds) == ((planned + 5 + 1) * 60, 60)


def test_a_started_phase_lengthened_with_the_sheets_plus_five_gets_the_new_time_box(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    ids = _ids(library, evening)
    planned = library.list_phases(evening)[1].planned_minutes
    session = run_page.session
    session.start_workshop()
    clocks.advance(minutes=15)
    session.next()
    session.timer.start()
    session.timer.add_minutes(5)
    clocks.advance(minutes=2)
    session.previous()  # a question about the welcome: back for a moment
    editor = run_page.sheet_panel.table.cellWidget(1, 3)
    qtbot.mouseClick(editor.plus, Qt.MouseButton.LeftButton)
    assert library.list_phases(evening)[1].planned_minutes == planned + 5
    session.next()
    timer = session.timer.timer
    assert timer.duration == (planned + 5 + 5) * 60
    assert timer.elapsed == 2 * 60
    session.undo_stack.undo()  # the +5 taken back: the current phase follows
    assert session.timer.timer.duration == (planned + 5) * 60
    assert library.run.timer(ids[1]).extra_seconds == 5 * 60


# 7: the keyboard stays in the run view --------------------------------------------------
class _TypingKind:
    """A working area that takes the keyboard, like the card entry."""

    presenter_shows_question = False

    def moderator_widget(self, context: Any, phase: Any, parent: QWidget) -> QWidget:
        entry = QLineEdit(parent)
        entry.setObjectName("stand_in_entry")
        return entry

    def presenter_widget(self, *args: Any) -> None:
        return None


def test_after_a_phase_change_the_focus_stays_in_the_run_view_and_space_starts_the_timer(
    run_page: Any, kinds: dict[str, Any], clocks: FakeClocks, qtbot: QtBot
) -> None:
    kinds["cards"] = _TypingKind()
    session = run_page.session
    session.start_workshop()
    clocks.advance(minutes=15)
    session.next()  # the card collection: its entry has the keyboard
    assert QApplication.focusWidget() is run_page.working_widget
    clocks.advance(minutes=30)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # the remote
    focus = QApplication.focusWidget()
    assert focus is run_page or run_page.isAncestorOf(focus)
    assert not isinstance(focus, QAbstractButton)
    qtbot.keyClick(focus, Qt.Key.Key_Space)
    assert session.timer.timer.running


# 9: a laptop screen ---------------------------------------------------------------------
def test_at_1366x768_the_working_area_gets_the_height_and_sheet_titles_wrap(
    run_page: Any, clocks: FakeClocks, qtbot: QtBot
) -> None:
    run_page.session.start_workshop()
    run_page.resize(1366, 700)
    qtbot.waitUntil(lambda: run_page.working_area.height() > 0)
    QApplication.processEvents()
    assert run_page.working_area.height() > 2 * run_page.script_box.height()
    sizes = run_page.script_splitter.sizes()
    run_page.script_splitter.moveSplitter(sizes[0] + 120, 1)  # the moderator wants more script
    assert run_page.script_splitter.sizes()[0] > sizes[0]
    table = run_page.sheet_panel.table
    assert table.wordWrap() and table.textElideMode() == Qt.TextElideMode.ElideNone


# 4: a card's Enter does not reload the whole session -------------------------------------
class _CardTyped(EntryCommand):
    """Stands for adding a card: the kinds' entry commands update their own widgets."""

    def __init__(self) -> None:
        QUndoCommand.__init__(self, "Karte „Zu wenig Sitzbänke am Marktplatz“ hinzufügen")

    def redo(self) -> None:
        return None

    def undo(self) -> None:
        return None


def test_card_commands_leave_the_session_alone_and_plan_commands_reload_it(
    make_session: Callable[[int], Any], library: Library, evening: int, clocks: FakeClocks
) -> None:
    ids = _ids(library, evening)
    session = make_session(evening)
    session.start_workshop()
    reloads: list[None] = []
    session.changed.connect(lambda: reloads.append(None))
    session.undo_stack.push(_CardTyped())
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert reloads == []
    session.set_minutes(ids[2], 25)  # a plan change on the day reloads ...
    assert len(reloads) == 1
    session.undo_stack.undo()  # ... and so does its undo, past the card
    assert len(reloads) > 1 and session.phase(ids[2]).planned_minutes == 20
