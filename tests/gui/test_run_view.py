"""The run view driven like a moderator on the evening: keys and clicks, fake clocks, and
then what the store holds and what the screen says."""

# ruff: noqa: F811  (the fixtures come from test_run_fixtures by import)
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from test_run_fixtures import (  # noqa: F401  (fixtures)
    FakeClocks,
    clocks,
    drafts,
    evening,
    kinds,
    local,
    make_session,
    player,
    run_page,
    workshop_draft,
)

from werkstatt.core.live_sheet import to_local
from werkstatt.core.records import WorkshopStatus
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library


def _ids(library: Library, workshop_id: int) -> list[int]:
    return [phase.id for phase in library.list_phases(workshop_id)]


def _press(
    qtbot: QtBot, page: Any, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget() or page
    qtbot.keyClick(target, key, modifier)


def test_the_workshop_starts_with_one_click_and_records_the_time(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    assert run_page.start_button.isVisible()
    assert "not started" in run_page.position_label.text()
    assert run_page.working_widget.objectName() == "run_placeholder"
    qtbot.mouseClick(run_page.start_button, Qt.MouseButton.LeftButton)
    # the same phase, now running: its kind's working area replaces the preview
    assert run_page.working_widget.objectName() == "stand_in_moderator"
    first = _ids(library, evening)[0]
    run = library.run.phase_runs(evening)[first]
    assert run.actual_start == local(18, 0)
    assert library.get_workshop(evening).status is WorkshopStatus.RUNNING
    assert run_page.title_label.text() == "Begrüßung und Spielregeln"
    assert run_page.question_label.text() == "Herzlich willkommen im Bürgerhaus Südstadt!"
    assert "Handyhinweis nicht vergessen" in run_page.script_label.text()
    assert run_page.position_label.text().startswith("Phase 1 of 6")
    assert not run_page.start_button.isVisible() and run_page.next_button.isVisible()


def test_next_previous_and_jump_record_actual_times(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    ids = _ids(library, evening)
    run_page.session.start_workshop()
    clocks.advance(minutes=16)
    _press(qtbot, run_page, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    clocks.advance(minutes=31)
    _press(qtbot, run_page, Qt.Key.Key_PageDown)
    runs = library.run.phase_runs(evening)
    assert (runs[ids[0]].actual_start, runs[ids[0]].actual_end) == (local(18, 0), local(18, 16))
    assert (runs[ids[1]].actual_start, runs[ids[1]].actual_end) == (local(18, 16), local(18, 47))
    assert runs[ids[2]].actual_start == local(18, 47)
    assert library.run.current_phase(evening) == ids[2]
    assert run_page.title_label.text() == "Punktabfrage: Was drückt am meisten?"

    clocks.advance(minutes=2)
    _press(qtbot, run_page, Qt.Key.Key_PageUp)  # back: the card collection runs again
    runs = library.run.phase_runs(evening)
    assert runs[ids[1]].actual_start == local(18, 16) and runs[ids[1]].actual_end is None
    assert runs[ids[2]].actual_end == local(18, 49)

    # a double-click in the run sheet goes anywhere
    table = run_page.sheet_panel.table
    rect = table.visualRect(table.model().index(4, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert library.run.current_phase(evening) == ids[4]
    assert library.run.phase_runs(evening)[ids[1]].actual_end == local(18, 49)
    assert run_page.title_label.text() == "Utopiephase: Die Südstadt im Jahr 2040"


def test_skip_leaves_a_phase_out_and_next_passes_skipped_phases(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    ids = _ids(library, evening)
    session = run_page.session
    session.start_workshop()
    session.set_skipped(ids[2], True)  # the dot voting is left out in advance
    clocks.advance(minutes=15)
    qtbot.mouseClick(run_page.skip_button, Qt.MouseButton.LeftButton)  # and the cards now
    runs = library.run.phase_runs(evening)
    assert runs[ids[0]].skipped and not runs[ids[1]].skipped
    assert library.run.current_phase(evening) == ids[1]
    # skip_button skipped the *current* phase (the welcome) and moved on
    clocks.advance(minutes=30)
    qtbot.mouseClick(run_page.next_button, Qt.MouseButton.LeftButton)
    assert library.run.current_phase(evening) == ids[3]  # past the skipped voting
    sheet_line = run_page.sheet_panel.line_at(2)
    assert sheet_line.state == "skipped"
    assert run_page.sheet_panel.table.item(2, 1).text() == "skipped"


def test_a_break_is_added_after_the_current_phase_and_undone(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    session = run_page.session
    session.start_workshop()
    clocks.advance(minutes=15)
    session.next()
    clocks.advance(minutes=25)
    menu = run_page.break_menu
    ten = next(a for a in menu.actions() if "10" in a.text())
    ten.trigger()
    phases = library.list_phases(evening)
    assert len(phases) == 7
    added = phases[2]
    assert (added.kind, added.planned_minutes) == (PhaseKind.BREAK, 10)
    assert run_page.sheet_panel.line_at(2).phase.id == added.id
    assert run_page.next_button.isEnabled()
    session.next()
    assert library.run.current_phase(evening) == added.id
    assert run_page.working_widget.objectName() == "run_placeholder"
    session.undo_stack.undo()  # the break was a mistake: gone, back to the cards
    assert len(library.list_phases(evening)) == 6
    assert library.run.current_phase(evening) == phases[1].id
    assert run_page.title_label.text().startswith("Kritikphase")
    session.undo_stack.redo()
    assert library.list_phases(evening)[2].id == added.id


def test_delay_and_projected_end_change_when_a_phase_is_shortened(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    session = run_page.session
    qtbot.mouseClick(run_page.start_button, Qt.MouseButton.LeftButton)
    delay = run_page.sheet_panel.delay_label
    assert delay.text() == "On time: the end stays at 20:00"
    session.timer.start()
    clocks.advance(minutes=27)  # the welcome runs 12 minutes over
    session.timer.refresh()  # what the repaint tick does
    assert delay.text() == "12 min behind: the end moves to 20:12"
    table = run_page.sheet_panel.table
    assert table.item(0, 1).text() == "18:00–~18:27"
    assert table.item(2, 0).text() == "18:45–19:05"
    assert table.item(2, 1).text() == "~18:57–19:17"

    editor = table.cellWidget(2, 3)  # the dot voting: 5 minutes shorter
    qtbot.mouseClick(editor.minus, Qt.MouseButton.LeftButton)
    assert library.list_phases(evening)[2].planned_minutes == 15
    assert delay.text() == "12 min behind: the end moves to 20:07"
    assert table.item(2, 1).text() == "~18:57–19:12"
    qtbot.mouseClick(table.cellWidget(4, 3).plus, Qt.MouseButton.LeftButton)
    assert library.list_phases(evening)[4].planned_minutes == 35
    assert delay.text() == "12 min behind: the end moves to 20:12"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [p.planned_minutes for p in library.list_phases(evening)] == [15, 30, 20, 15, 30, 10]
    assert delay.text() == "12 min behind: the end moves to 20:12"
    # the current and past phases have no -5/+5: their time box is the timer's
    assert table.cellWidget(0, 3) is None


def test_minutes_are_typed_into_the_run_sheet(
    run_page: Any, library: Library, evening: int, qtbot: QtBot
) -> None:
    run_page.session.start_workshop()
    spin = run_page.sheet_panel.table.cellWidget(5, 3).spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert library.list_phases(evening)[5].planned_minutes == 25
    assert run_page.sheet_panel.delay_label.text().endswith("20:15")


def test_space_drives_the_timer_except_while_typing(
    run_page: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    session = run_page.session
    session.start_workshop()
    run_page.setFocus()
    qtbot.keyClick(run_page, Qt.Key.Key_Space)
    assert session.timer.timer.running
    clocks.advance(seconds=90)
    qtbot.keyClick(run_page, Qt.Key.Key_Space)
    assert not session.timer.timer.running
    assert run_page.timer_widget.digits.text() == "13:30"
    saved = library.run.timer(_ids(library, evening)[0])
    assert saved is not None and saved.elapsed_seconds == 90 and saved.running_since is None

    spin = run_page.sheet_panel.table.cellWidget(5, 3).spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_Space)
    assert not session.timer.timer.running  # a space typed, the timer untouched
    qtbot.keyClick(spin, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert session.timer.timer.running


def test_kinds_without_a_working_area_get_the_generic_one(
    run_page: Any, kinds: Any, qtbot: QtBot
) -> None:
    session = run_page.session
    session.start_workshop()
    assert run_page.working_widget.objectName() == "stand_in_moderator"
    session.next()
    assert "Kritikphase" in run_page.working_widget.text()
    session.next()  # dot voting: no widgets in this issue
    placeholder = run_page.working_widget
    assert placeholder.objectName() == "run_placeholder"
    assert "Dot voting" in placeholder.text()


def test_finishing_ends_the_last_phase_and_the_workshop(
    run_page: Any,
    library: Library,
    evening: int,
    clocks: FakeClocks,
    qtbot: QtBot,
    answers: Any,
) -> None:
    ids = _ids(library, evening)
    session = run_page.session
    session.start_workshop()
    session.go_to(ids[-1])
    assert not run_page.next_button.isEnabled()
    clocks.advance(minutes=10)
    answers.confirm = True
    qtbot.mouseClick(run_page.finish_button, Qt.MouseButton.LeftButton)
    assert library.get_workshop(evening).status is WorkshopStatus.DONE
    assert library.run.phase_runs(evening)[ids[-1]].actual_end == local(18, 10)
    assert "finished" in run_page.position_label.text()
    assert not run_page.timer_action.isEnabled()


def test_local_times_of_the_sheet_are_the_local_clock(clocks: FakeClocks) -> None:
    assert to_local(local(18, 0)) == dt.datetime(2025, 3, 14, 18, 0)


def test_f6_switches_between_plan_and_run(
    qtbot: QtBot,
    library: Library,
    evening: int,
    clocks: FakeClocks,
    player: Any,
    kinds: Any,
    make_window: Callable[[Library], Any],
) -> None:
    window = make_window(library)
    window.open_workshop(evening)
    page = window.workshop_pages[evening]
    assert not page.in_run_mode
    assert page.facts_label.isVisible()
    qtbot.keyClick(page.editor.table, Qt.Key.Key_F6)
    assert page.in_run_mode
    # the run view gives the line of date, place and client to the working area
    assert not page.facts_label.isVisible()
    assert page.title_label.toolTip() == page.facts_label.text()
    run = page.run_page
    run.session.start_workshop()
    run.session.add_break(10)
    qtbot.keyClick(run, Qt.Key.Key_F6)
    assert not page.in_run_mode
    assert page.facts_label.isVisible()
    assert len(page.editor.phases()) == 7  # the plan shows the break added on the day
    assert "Workshop" in window.workshop_menu.title().replace("&", "")
    texts = [a.text() for a in window.workshop_menu.actions()]
    assert "Open the projector" in texts


def test_a_restart_mid_phase_resumes_with_the_timer_running(
    qtbot: QtBot,
    data_dir: Path,
    clocks: FakeClocks,
    player: Any,
    kinds: Any,
    make_window: Callable[[Library], Any],
) -> None:
    first = Library.open(data_dir)
    workshop_id = first.create_workshop(workshop_draft(), drafts()).id
    ids = _ids(first, workshop_id)
    window = make_window(first)
    window.open_workshop(workshop_id)
    page = window.workshop_pages[workshop_id]
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    session = page.session
    clocks.advance(minutes=15)
    session.next()
    session.timer.start()
    session.timer.add_minutes(5)  # 35 minutes for the card collection
    clocks.advance(minutes=5)
    window.close()
    first.close()

    # Seven minutes later on the wall clock, in a new process (new monotonic clock).
    clocks.now += dt.timedelta(minutes=7)
    clocks.mono = 12.0
    second = Library.open(data_dir)
    try:
        again = make_window(second)
        again.open_workshop(workshop_id)
        page = again.workshop_pages[workshop_id]
        assert page.in_run_mode
        run = page.run_page
        assert run.title_label.text().startswith("Kritikphase")
        timer = run.session.timer.timer
        assert timer.running and timer.duration == 35 * 60
        assert timer.remaining == (35 - 12) * 60
        assert run.timer_widget.digits.text() == "23:00"
        clocks.advance(minutes=1)
        run.session.timer.refresh()
        assert run.timer_widget.digits.text() == "22:00"
        assert second.run.phase_runs(workshop_id)[ids[1]].actual_start == local(18, 15)
        again.close()
    finally:
        second.close()


def test_the_sheet_context_menu_offers_to_leave_a_phase_out(
    run_page: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMenu

    run_page.session.start_workshop()
    shown: list[list[str]] = []
    monkeypatch.setattr(
        QMenu, "popup", lambda menu, _pos: shown.append([a.text() for a in menu.actions()])
    )
    table = run_page.sheet_panel.table
    rect = table.visualRect(table.model().index(3, 2))
    run_page.sheet_panel._context_menu(QPoint(rect.center()))
    assert shown == [
        ["Go to this phase", "5 minutes longer", "5 minutes shorter", "", "Leave this phase out"]
    ]


def test_on_a_laptop_the_run_sheet_shows_titles_and_plus_minus_change_a_duration(
    run_page: Any, library: Library, evening: int, qtbot: QtBot
) -> None:
    """At 1366 × 768 next to a pinboard the right-hand column is about 360 px: the
    planned times and the duration editors give way to the titles; + and − change the
    selected phase."""
    run_page.session.start_workshop()
    panel = run_page.sheet_panel
    table = panel.table
    assert not panel.narrow
    run_page.splitter.setSizes([1240, 360])
    qtbot.waitUntil(lambda: panel.narrow)
    assert table.isColumnHidden(0) and table.isColumnHidden(3)
    assert "+ and −" in panel.hint.text()
    qtbot.waitUntil(lambda: table.columnWidth(2) > 150)
    assert "Planned: " in table.item(4, 2).toolTip()

    before = library.list_phases(evening)[4].planned_minutes
    table.setFocus()
    table.setCurrentCell(4, 2)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert library.list_phases(evening)[4].planned_minutes == before + 5
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    qtbot.keyClick(table, Qt.Key.Key_Minus)
    assert library.list_phases(evening)[4].planned_minutes == before - 5
    # the phase under way is the timer's business, not the sheet's
    current = library.list_phases(evening)[0].planned_minutes
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert library.list_phases(evening)[0].planned_minutes == current

    # with the column dragged wider, everything is there again
    run_page.splitter.setSizes([900, 700])
    qtbot.waitUntil(lambda: not panel.narrow)
    assert not table.isColumnHidden(0)
    assert "−5 / +5" in panel.hint.text()


def test_question_and_script_labels_wrap(run_page: Any) -> None:
    for label in run_page.findChildren(QLabel):
        if label.objectName() in ("run_title", "run_question", "run_script"):
            assert label.wordWrap()


def test_the_run_sheet_keeps_the_phase_under_way_in_sight(
    qtbot: QtBot, library: Library, make_session: Callable[[int], Any]
) -> None:
    """A long day on a short screen: the sheet scrolls along as the phases go by."""
    from werkstatt.gui.run.run_page import RunPage

    many = [
        PhaseDraft(
            PhaseKind.BRIEFING,
            f"Gesprächsrunde {n}: Nachbarschaftshilfe im Quartier",
            planned_minutes=10,
        )
        for n in range(1, 31)
    ]
    workshop_id = library.create_workshop(workshop_draft(), many).id
    page = RunPage(make_session(workshop_id))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    table = page.sheet_panel.table
    viewport = table.viewport().rect()

    def in_sight(row: int) -> bool:
        rect = table.visualItemRect(table.item(row, 2))
        return viewport.contains(rect.topLeft()) and viewport.contains(rect.bottomLeft())

    page.session.start_workshop()
    assert not in_sight(25)
    page.session.go_to(_ids(library, workshop_id)[25])
    qtbot.waitUntil(lambda: in_sight(25))
