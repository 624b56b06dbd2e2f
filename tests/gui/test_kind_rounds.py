"""World Café rounds: the set-up typed by keyboard, the seating plan made in the
background and stored (undoable), re-plans, the hosts' notes and the projector."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from test_run_fixtures import FakeClocks, FakePlayer, clocks, player  # noqa: F401  (fixtures)

from werkstatt.core.records import Phase, RoundState, WorkshopDraft
from werkstatt.core.seating import SeatingPlan, invalid_reasons
from werkstatt.gui import export, kinds
from werkstatt.gui.kinds import PresenterTheme, RunContext
from werkstatt.gui.kinds.rounds import RoundsPresenter, RoundsWidget
from werkstatt.gui.kinds.rounds.round_clock import RoundClock, Stage
from werkstatt.messages import describe
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.protocol.printables.world_cafe import NoSeatingPlanError
from werkstatt.protocol.texts import text_in
from werkstatt.store.errors import InvalidValueError
from werkstatt.store.library import Library

QUESTIONS = (
    "Was erleben Sie heute in der Nachbarschaft – was gelingt schon gut, was fehlt?",
    "Wie sähe das Quartier aus, wenn es richtig gut wäre? Woran würden wir das merken?",
    "Was können wir selbst dazu beitragen – und wen brauchen wir noch dafür?",
)
NAMES = ["Ayşe Yılmaz", "Przemysław Wójcik", "Jürgen Groß", "Nguyễn Thị Lan", "Fatma Öztürk"]


@pytest.fixture
def phase(library: Library) -> Phase:
    workshop = library.create_workshop(
        WorkshopDraft(title="World Café Quartiersentwicklung Weststadt", method="world_cafe"),
        [
            PhaseDraft(
                PhaseKind.ROUNDS,
                "Gesprächsrunden an den Tischen",
                question="\n".join(QUESTIONS),
                settings={
                    "participants": 24,
                    "rounds": 3,
                    "round_minutes": 25,
                    "rotation_minutes": 5,
                    "question_mode": "per_round",
                    "tables": 6,
                    "hosts_stay": True,
                },
            )
        ],
    )
    return library.list_phases(workshop.id)[0]


@pytest.fixture
def context(library: Library, phase: Phase, qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    run = RunContext(library, phase.workshop_id, stack, "de")
    yield run
    # A round clock still ticking when its context goes with the test's event loop
    # crashed a later test (see the issue note); the run view's context lives as long
    # as the run, so this is the test's own clean-up.
    for clock in run.findChildren(RoundClock):
        clock.finish()
    stack.clear()


@pytest.fixture
def open_rounds(
    qtbot: Any, context: RunContext, phase: Phase
) -> Iterator[Callable[[], RoundsWidget]]:
    windows: list[QWidget] = []

    def open_() -> RoundsWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        widget = kinds._REGISTRY[PhaseKind.ROUNDS].moderator_widget(context, phase, window)
        assert isinstance(widget, RoundsWidget)
        QVBoxLayout(window).addWidget(widget)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    yield open_


def type_number(qtbot: Any, spin: Any, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def type_lines(qtbot: Any, type_text: Any, widget: Any, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        type_text(widget, line)


def make_plan(
    qtbot: Any, loop: asyncio.AbstractEventLoop, widget: RoundsWidget, button: Any
) -> None:
    panel = widget.setup_panel
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: ticks.append(1))
    ticker.start()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert panel.job.busy and panel.busy.isVisibleTo(panel)
    task = panel.job.task
    assert task is not None
    loop.run_until_complete(task)
    ticker.stop()
    # The window went on (the timer ticked) while the plan was searched in the executor.
    assert ticks
    assert not panel.job.busy


def test_setup_by_keyboard_and_undo(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, type_text: Any,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    type_number(qtbot, panel.participants, 30)
    assert library.cafe.setup(phase.id).participants == 30
    type_number(qtbot, panel.table_count, 5)
    assert len(library.cafe.setup(phase.id).tables) == 5
    panel.names.setFocus()
    type_lines(qtbot, type_text, panel.names, NAMES)
    panel.hosts_stay.setFocus()  # leaving the names saves them
    assert library.cafe.setup(phase.id).names == tuple(NAMES)
    qtbot.keyClick(panel.hosts_stay, Qt.Key.Key_Space)
    assert library.list_phases(phase.workshop_id)[0].settings["hosts_stay"] is False

    context.undo_stack.undo()
    assert library.list_phases(phase.workshop_id)[0].settings["hosts_stay"] is True
    context.undo_stack.undo()
    assert library.cafe.setup(phase.id).names == ()
    assert panel.names.toPlainText() == ""
    context.undo_stack.undo()
    assert len(library.cafe.setup(phase.id).tables) == 6
    assert panel.table_count.value() == 6


def test_unusual_seats_warning(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    assert panel.warning.text() == ""  # 24 at 6 tables: 4 each
    type_number(qtbot, panel.table_count, 3)
    assert "8 to 8" in panel.warning.text()
    assert "4 to 6" in panel.warning.text()
    type_number(qtbot, panel.table_count, 5)
    assert panel.warning.text() == ""


def test_plan_made_off_thread_stored_and_undone(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    setup = library.cafe.setup(phase.id)
    assert len(setup.rounds) == 3 and setup.hosts is not None
    plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
    assert invalid_reasons(plan) == []
    assert panel.grid.rowCount() == 24 and panel.grid.columnCount() == 3
    assert panel.statistics.text().startswith(("Nobody meets", "1 pair", "2 pairs", "3 pairs"))
    context.undo_stack.undo()
    assert library.cafe.setup(phase.id).rounds == ()
    assert panel.grid.rowCount() == 0
    context.undo_stack.redo()
    assert library.cafe.setup(phase.id).rounds == setup.rounds


def test_named_host_keeps_badge(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    event_loop_qt: asyncio.AbstractEventLoop, type_text: Any,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    panel.names.setFocus()
    type_lines(qtbot, type_text, panel.names, NAMES)
    panel.tables.setFocus()
    panel.tables.setCurrentCell(0, 1)
    qtbot.keyClick(panel.tables, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    type_text(editor, "Fatma Öztürk")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.cafe.setup(phase.id).tables[0].host == "Fatma Öztürk")
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    setup = library.cafe.setup(phase.id)
    assert setup.hosts is not None and setup.hosts[0] == 5
    assert all(5 in round_[0] for round_ in setup.rounds)


def test_regenerate_gives_another_plan(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    first = library.cafe.setup(phase.id)
    make_plan(qtbot, event_loop_qt, widget, panel.again_button)
    second = library.cafe.setup(phase.id)
    assert second.seed == (first.seed or 0) + 1
    assert second.rounds != first.rounds


def test_no_shows_replanned_past_rounds_kept(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    before = library.cafe.setup(phase.id)
    type_number(qtbot, panel.replan_round, 2)
    panel.absent.setFocus()
    qtbot.keyClicks(panel.absent, "17, 23")
    panel.late.setFocus()
    qtbot.keyClicks(panel.late, "25")
    make_plan(qtbot, event_loop_qt, widget, panel.replan_button)
    after = library.cafe.setup(phase.id)
    assert after.rounds[0] == before.rounds[0]
    later = {p for round_ in after.rounds[1:] for table in round_ for p in table}
    assert 17 not in later and 23 not in later and 25 in later
    assert after.participants == 25
    context.undo_stack.undo()
    assert library.cafe.setup(phase.id).rounds == before.rounds
    assert library.cafe.setup(phase.id).participants == 24


def test_notes_per_table_and_round_and_undo(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, type_text: Any,
) -> None:
    widget = open_rounds()
    notes = widget.notes_panel
    widget.tabs.setCurrentWidget(notes)
    notes.choose_cell(0, 1)
    notes.editor.setFocus()
    type_text(notes.editor, "Mehr Sitzbänke am Marktplatz")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert notes.selected() == (1, 1)  # on to the next table
    type_text(notes.editor, "Straßenbahn bis 24 Uhr; Jugendtreff fehlt")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Tab)  # leaving saves too
    stored = {(n.table, n.round): n.text for n in library.cafe.notes(phase.id)}
    assert stored == {
        (0, 1): "Mehr Sitzbänke am Marktplatz",
        (1, 1): "Straßenbahn bis 24 Uhr; Jugendtreff fehlt",
    }
    item = notes.grid.item(1, 1)
    assert item is not None and item.text().startswith("Straßenbahn")
    context.undo_stack.undo()
    assert [(n.table, n.round) for n in library.cafe.notes(phase.id)] == [(0, 1)]
    assert notes.grid.item(1, 1).text() == ""  # type: ignore[union-attr]


def test_projector_question_and_rotation_plan(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    make_plan(qtbot, event_loop_qt, widget, widget.setup_panel.make_button)
    host = QWidget()
    qtbot.addWidget(host)
    theme = PresenterTheme(1080)
    presenter = kinds._REGISTRY[PhaseKind.ROUNDS].presenter_widget(context, phase, theme, host)
    assert isinstance(presenter, RoundsPresenter)
    presenter.resize(1824, 900)
    host.show()
    notes = widget.notes_panel
    qtbot.mouseClick(notes.start_button, Qt.MouseButton.LeftButton)
    assert notes.clock.stage is Stage.TALKING
    assert presenter.question.text() == QUESTIONS[0]
    assert presenter.heading.text() == "Round 1 of 3"
    qtbot.mouseClick(notes.rotate_button, Qt.MouseButton.LeftButton)
    assert presenter.heading.text() == "Please change tables now"
    setup = library.cafe.setup(phase.id)
    plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
    texts = [label.text() for label in presenter.findChildren(QLabel) if "→" in label.text()]
    assert len(texts) == 24
    assert f"7 → Table {plan.table_of(7, 1) + 1}" in texts  # type: ignore[operator]
    assert all(label.font().pixelSize() >= theme.small_px for label in presenter.entries)
    qtbot.mouseClick(notes.start_button, Qt.MouseButton.LeftButton)
    assert presenter.question.text() == QUESTIONS[1]
    assert notes.question.text() == QUESTIONS[1]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_route_cards_printed_with_names_only_when_ticked(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    event_loop_qt: asyncio.AbstractEventLoop, answers: Any, type_text: Any, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(export, "open_in_viewer", lambda path: opened.append(path) or True)
    widget = open_rounds()
    panel = widget.setup_panel
    button = panel.print_buttons["route_cards_8"]
    # without a plan only the table cards (the questions) can be printed
    assert not button.isEnabled() and not panel.print_buttons["whole_plan"].isEnabled()
    assert panel.print_buttons["table_cards"].isEnabled()
    answers.save_file = tmp_path / "Tischkarten.pdf"
    qtbot.mouseClick(panel.print_buttons["table_cards"], Qt.MouseButton.LeftButton)
    assert panel.print_task is not None
    cards = event_loop_qt.run_until_complete(panel.print_task)
    assert cards == tmp_path / "Tischkarten.pdf" and len(PdfReader(cards).pages) == 6
    assert all(question in _pdf_text(cards) for question in QUESTIONS)
    panel.names.setFocus()
    type_lines(qtbot, type_text, panel.names, NAMES)
    panel.hosts_stay.setFocus()  # leaving the names saves them
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    assert button.isEnabled()
    setup = library.cafe.setup(phase.id)
    plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
    # the route of badge 1 in the workshop's language, as the card prints it
    route = text_in("de", "Printables", "Round {round}: Table {table}").format(
        round=1, table=plan.table_of(1, 0) + 1  # type: ignore[operator]
    )
    texts = {}
    for names in (False, True):
        if names:
            panel.print_names.setFocus()
            qtbot.keyClick(panel.print_names, Qt.Key.Key_Space)
        assert panel.print_names.isChecked() == names
        chosen = tmp_path / f"Laufkarten {'mit' if names else 'ohne'} Namen"  # no .pdf typed
        answers.save_file = chosen
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        task = panel.print_task
        assert task is not None
        written = event_loop_qt.run_until_complete(task)
        assert written == chosen.with_name(chosen.name + ".pdf") and written.is_file()
        assert opened[-1] == written
        assert len(PdfReader(written).pages) == 3  # 24 badges, 8 to a page
        texts[names] = _pdf_text(written)
    suggested = answers.calls[-1][1][2]
    assert suggested.name.startswith(text_in("de", "Printables", "Route cards") + " ")
    assert "World Café Quartiersentwicklung Weststadt" in suggested.name
    assert suggested.suffix == ".pdf"
    for names, text in texts.items():
        assert route in text
        assert "Gesprächsrunden an den Tischen" in text
        for name in NAMES:
            assert (name in text) is names, name
    assert "show_error" not in answers.names()


def test_printables_explain_a_missing_plan_and_a_failed_write(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, event_loop_qt: asyncio.AbstractEventLoop, answers: Any,
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export, "open_in_viewer", lambda path: True)
    widget = open_rounds()
    panel = widget.setup_panel
    # a click that arrives just as the plan was undone: a sentence, no file question
    panel.print_("whole_plan")
    assert panel.print_task is None
    assert answers.names() == ["show_error"]
    assert answers.texts("show_error") == [describe(NoSeatingPlanError(phase.id))]
    # the plan made, but the chosen folder is gone
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    answers.save_file = tmp_path / "USB-Stick" / "Sitzplan.pdf"
    qtbot.mouseClick(panel.print_buttons["whole_plan"], Qt.MouseButton.LeftButton)
    assert panel.print_task is not None
    assert event_loop_qt.run_until_complete(panel.print_task) is None
    (message,) = answers.texts("show_error")[1:]
    assert str(tmp_path / "USB-Stick" / "Sitzplan.pdf") in message
    assert not (tmp_path / "USB-Stick").exists()


def test_participants_nudged_up_and_back_plan_comes_back_by_undo(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    make_plan(qtbot, event_loop_qt, widget, panel.make_button)
    planned = library.cafe.setup(phase.id)
    assert planned.rounds
    panel.participants.setFocus()
    qtbot.keyClick(panel.participants, Qt.Key.Key_Up)  # 25 do not fit the plan: cleared
    assert library.cafe.setup(phase.id).rounds == ()
    qtbot.keyClick(panel.participants, Qt.Key.Key_Down)  # back to 24, the plan still gone
    assert library.cafe.setup(phase.id).participants == 24
    assert library.cafe.setup(phase.id).rounds == ()
    assert panel.grid.rowCount() == 0

    context.undo_stack.undo()
    assert library.cafe.setup(phase.id).participants == 25
    assert context.undo_stack.canUndo()
    context.undo_stack.undo()
    restored = library.cafe.setup(phase.id)
    assert restored.participants == 24
    assert restored.rounds == planned.rounds and restored.hosts == planned.hosts
    assert panel.grid.rowCount() == 24


def test_setup_locked_while_the_plan_is_searched(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    assert panel.job.busy
    assert not panel.participants.isEnabled() and not panel.names.isEnabled()
    assert not panel.tables.isEnabled() and not panel.hosts_stay.isEnabled()
    assert panel.cancel_button.isVisibleTo(panel) and panel.cancel_button.isEnabled()
    qtbot.keyClick(panel.participants, Qt.Key.Key_Up)  # ignored: the field is locked
    assert library.cafe.setup(phase.id).participants == 24
    task = panel.job.task
    assert task is not None
    event_loop_qt.run_until_complete(task)
    assert panel.participants.isEnabled() and panel.names.isEnabled()
    assert len(library.cafe.setup(phase.id).rounds) == 3

    qtbot.mouseClick(panel.again_button, Qt.MouseButton.LeftButton)
    assert not panel.participants.isEnabled()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not panel.job.busy
    assert panel.participants.isEnabled()
    type_number(qtbot, panel.participants, 26)
    assert library.cafe.setup(phase.id).participants == 26
    task = panel.job.task
    assert task is not None
    event_loop_qt.run_until_complete(task)  # the cancelled search's plan is dropped
    assert library.cafe.setup(phase.id).rounds == ()


def test_plan_dropped_when_undo_changes_the_setup_during_the_search(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    context: RunContext, event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    type_number(qtbot, panel.participants, 30)
    qtbot.mouseClick(panel.make_button, Qt.MouseButton.LeftButton)
    context.undo_stack.undo()  # Ctrl+Z still reaches the set-up meanwhile
    assert library.cafe.setup(phase.id).participants == 24
    task = panel.job.task
    assert task is not None
    event_loop_qt.run_until_complete(task)
    assert library.cafe.setup(phase.id).rounds == ()
    assert "set-up changed" in panel.statistics.text()
    assert not context.undo_stack.canUndo()


def test_names_being_typed_are_kept_before_the_search_starts(
    qtbot: Any, open_rounds: Callable[[], RoundsWidget], library: Library, phase: Phase,
    event_loop_qt: asyncio.AbstractEventLoop, type_text: Any,
) -> None:
    widget = open_rounds()
    panel = widget.setup_panel
    panel.names.setFocus()
    type_lines(qtbot, type_text, panel.names, NAMES)
    # Alt+C (&Create) clicks without taking the focus; the offscreen platform has no
    # mnemonics, so the click is made the same way
    panel.make_button.click()
    assert panel.job.busy and not panel.names.isEnabled()
    assert library.cafe.setup(phase.id).names == tuple(NAMES)
    task = panel.job.task
    assert task is not None
    event_loop_qt.run_until_complete(task)
    stored = library.cafe.setup(phase.id)
    assert len(stored.rounds) == 3 and stored.names == tuple(NAMES)


# resumed after a restart ---------------------------------------------------------------
class Run:
    """One run of the program on the rounds phase: a run session with the injected fake
    clocks and gong (tests/gui/test_run_fixtures.py), its context, and the moderator's
    widget shown in a window."""

    def __init__(self, qtbot: Any, library: Library, phase: Phase) -> None:
        from werkstatt.gui.run.session import RunSession

        self.holder = QObject()
        self.session = RunSession(
            library, phase.workshop_id, QUndoStack(self.holder), "de", parent=self.holder
        )
        self.window = QWidget()
        widget = kinds._REGISTRY[PhaseKind.ROUNDS].moderator_widget(
            self.session.context, phase, self.window
        )
        assert isinstance(widget, RoundsWidget)
        QVBoxLayout(self.window).addWidget(widget)
        self.window.resize(1366, 768)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.widget = widget
        self.notes = widget.notes_panel
        widget.tabs.setCurrentWidget(self.notes)
        self.gongs: list[int] = []
        self.notes.clock.gongRang.connect(lambda: self.gongs.append(1))

    def close(self) -> None:
        """The program ends: the window, the session, its context and clock go."""
        self.window.close()
        shiboken6.delete(self.window)
        shiboken6.delete(self.holder)


@pytest.fixture
def runs(qtbot: Any, library: Library, phase: Phase) -> Iterator[Callable[[], Run]]:
    made: list[Run] = []

    def start() -> Run:
        run = Run(qtbot, library, phase)
        made.append(run)
        return run

    yield start
    for run in made:
        if shiboken6.isValid(run.holder):
            run.close()


def test_a_running_round_resumes_after_a_restart_with_the_time_left(
    qtbot: Any, runs: Callable[[], Run], library: Library, phase: Phase,
    clocks: FakeClocks, player: FakePlayer,  # noqa: F811
) -> None:
    first = runs()
    notes = first.notes
    type_number(qtbot, notes.round, 2)
    qtbot.mouseClick(notes.start_button, Qt.MouseButton.LeftButton)
    started = clocks.wall()
    assert library.cafe.round_state(phase.id) == RoundState(1, "talking", started, 25 * 60)
    clocks.advance(minutes=4)
    first.notes.clock.refresh()
    assert notes.clock_label.text() == "21:00"
    first.close()

    # Six minutes later, on a machine booted anew (its monotonic clock starts again).
    clocks.advance(minutes=6)
    clocks.mono = 12.5
    again = runs()
    notes = again.notes
    assert (notes.clock.stage, notes.clock.round_index) == (Stage.TALKING, 1)
    assert notes.round.value() == 2
    assert notes.stage_label.text() == "Round 2 of 3 is running."
    assert notes.clock_label.text() == "15:00"
    assert notes.question.text() == QUESTIONS[1]
    assert notes.selected()[1] == 1  # the key points of round 2 are being typed
    assert notes.rotate_button.isEnabled()
    # The resumed round still ends with the gong, once.
    clocks.advance(minutes=14, seconds=59)
    notes.clock.refresh()
    assert notes.clock_label.text() == "00:01" and again.gongs == []
    clocks.advance(seconds=1)
    notes.clock.refresh()
    clocks.advance(seconds=30)
    notes.clock.refresh()
    assert again.gongs == [1] and player.plays == 1
    assert notes.stage_label.text() == "The time of round 2 of 3 is up."
    assert notes.clock_label.text() == "−00:30"
    # Nothing of it is an undo step: the rounds are not the moderator's results.
    assert again.session.undo_stack.count() == 0


def test_a_stage_over_while_closed_comes_back_over_without_a_gong(
    qtbot: Any, runs: Callable[[], Run], library: Library, phase: Phase,
    clocks: FakeClocks, player: FakePlayer,  # noqa: F811
) -> None:
    first = runs()
    notes = first.notes
    type_number(qtbot, notes.round, 2)
    qtbot.mouseClick(notes.start_button, Qt.MouseButton.LeftButton)
    clocks.advance(minutes=25)
    notes.clock.refresh()
    assert first.gongs == [1]
    qtbot.mouseClick(notes.rotate_button, Qt.MouseButton.LeftButton)
    assert library.cafe.round_state(phase.id) == RoundState(1, "rotating", clocks.wall(), 5 * 60)
    first.close()

    # The laptop went to sleep during the change of tables and woke eight minutes later:
    # that gong's moment has passed, the change of tables shows as over, in overtime.
    clocks.advance(minutes=8)
    again = runs()
    notes = again.notes
    assert (notes.clock.stage, notes.clock.shown_round) == (Stage.ROTATING, 2)
    assert notes.stage_label.text() == "The change of tables is over: round 3 of 3 can start."
    assert notes.clock_label.text() == "−03:00"
    notes.clock.refresh()
    clocks.advance(minutes=1)
    notes.clock.refresh()
    assert again.gongs == [] and player.plays == 1  # only the gong of the first run
    assert notes.clock_label.text() == "−04:00"
    qtbot.mouseClick(notes.start_button, Qt.MouseButton.LeftButton)
    assert library.cafe.round_state(phase.id) == RoundState(2, "talking", clocks.wall(), 25 * 60)
    assert notes.question.text() == QUESTIONS[2]
    qtbot.mouseClick(notes.finish_button, Qt.MouseButton.LeftButton)
    assert library.cafe.round_state(phase.id) == RoundState(2, "finished")
    again.close()

    clocks.advance(minutes=30)
    last = runs()
    notes = last.notes
    assert notes.clock.stage is Stage.DONE and not notes.clock.running
    assert notes.stage_label.text() == "All 3 rounds are over."
    assert notes.clock_label.text() == ""
    assert not notes.finish_button.isEnabled() and not notes.rotate_button.isEnabled()


def test_a_round_state_the_store_refuses_is_told_and_the_clock_goes_on(
    qtbot: Any, runs: Callable[[], Run], library: Library, phase: Phase,
    clocks: FakeClocks, player: FakePlayer, answers: Any,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = runs().notes
    failure = InvalidValueError("current_round", 7, (0, 2))

    def refuse(_phase_id: int, _state: RoundState) -> RoundState:
        raise failure

    monkeypatch.setattr(library.cafe, "set_round_state", refuse)
    qtbot.mouseClick(notes.start_button, Qt.MouseButton.LeftButton)
    assert answers.calls == [("show_error", (notes, describe(failure)))]
    assert notes.clock.stage is Stage.TALKING and notes.clock_label.text() == "25:00"
    monkeypatch.undo()
    assert library.cafe.round_state(phase.id) == RoundState()


def test_the_projector_says_when_a_rounds_time_is_up(
    qtbot: Any, runs: Callable[[], Run], phase: Phase,
    clocks: FakeClocks, player: FakePlayer,  # noqa: F811
) -> None:
    run = runs()
    host = QWidget()
    qtbot.addWidget(host)
    presenter = kinds._REGISTRY[PhaseKind.ROUNDS].presenter_widget(
        run.session.context, phase, PresenterTheme(1080), host
    )
    assert isinstance(presenter, RoundsPresenter)
    qtbot.mouseClick(run.notes.start_button, Qt.MouseButton.LeftButton)
    assert presenter.heading.text() == "Round 1 of 3"
    clocks.advance(minutes=25, seconds=5)
    run.notes.clock.refresh()
    assert run.gongs == [1]
    assert presenter.heading.text() == "Round 1 of 3: time is up – please come to an end"
    assert presenter.question.text() == QUESTIONS[0]  # still there to finish on
    qtbot.mouseClick(run.notes.rotate_button, Qt.MouseButton.LeftButton)
    assert presenter.heading.text() == "Please change tables now"
