"""The running workshop: where the moderator is, the timer, and every step on the day.

The moderator's view and the projector both observe one RunSession; neither holds state
of its own. Navigation records the actual times in the store (``library.run``) at once and
hands the new phase its timer (restored when the phase was run before); every timer
action is saved, so that a restart resumes exactly. Changes to the plan made on the day
(shorter or longer phases, an extra break) are undo commands on the workshop's undo
stack, like the plan editor's.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from werkstatt.core.live_sheet import LiveSheet, live_sheet
from werkstatt.core.phase_timer import MonotonicClock, PhaseTimer, WallClock, utc_now
from werkstatt.core.records import Phase, PhaseRun, Workshop, WorkshopStatus
from werkstatt.core.timer import TimerState
from werkstatt.gui.kinds import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand
from werkstatt.gui.plan_editor.commands import AddPhaseCommand, StoreCommand, UpdatePhaseCommand
from werkstatt.gui.plan_editor.texts import kind_name
from werkstatt.gui.run.gong import Gong
from werkstatt.gui.run.run_timer import RunTimer
from werkstatt.messages import describe
from werkstatt.methods import limits
from werkstatt.methods.errors import MethodsError
from werkstatt.methods.kinds import default_settings
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.resources import resource_path
from werkstatt.store.errors import NotFoundError, StoreError
from werkstatt.store.library import Library

# bare 'translate("Context", "text")' calls are what pyside6-lupdate collects
translate = QCoreApplication.translate

BREAK_MINUTES = 15


def system_monotonic() -> float:
    return time.monotonic()


def system_wall() -> dt.datetime:
    return utc_now()


class RunSession(QObject):
    """One workshop on the day. Views call the actions and redraw on the signals."""

    changed = Signal()  # phases, times or status changed: redraw texts and the sheet
    phaseChanged = Signal()  # the current (shown) phase is another one: rebuild areas
    failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        library: Library,
        workshop_id: int,
        undo_stack: QUndoStack,
        language: str,
        *,
        monotonic: MonotonicClock | None = None,
        wall: WallClock | None = None,
        gong: Gong | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self.workshop_id = workshop_id
        self.undo_stack = undo_stack
        # The module's functions, looked up now: tests put fake clocks there.
        self.monotonic = monotonic or system_monotonic
        self.wall = wall or system_wall
        self.context = RunContext(library, workshop_id, undo_stack, language, self)
        self.timer = RunTimer(gong or Gong(resource_path("sounds", "gong.wav"), parent=self), self)
        self.workshop: Workshop | None = None
        self.phases: list[Phase] = []
        self.runs: dict[int, PhaseRun] = {}
        self.current_id: int | None = None
        self.utc_offset_minutes: int | None = None  # where the workshop was started
        self._timer_phase_id: int | None = None
        self._stack_index = undo_stack.index()
        undo_stack.indexChanged.connect(lambda index: self._stack_moved(index))
        self.reload()

    # CommandHost of the plan editor's commands ---------------------------------------
    @property
    def library(self) -> Library:
        return self._library

    def command_done(self, select_phase_id: int | None) -> None:
        self.reload()

    def command_failed(self, exc: StoreError | MethodsError) -> None:
        self.failed.emit(describe(exc))

    def _stack_moved(self, index: int) -> None:
        """Undo/redo/push on the workshop's stack: reload for the plan's and the day's
        commands, not for a phase's results (their widgets keep themselves up to date, and
        a reload on every Enter is what made typing cards slow)."""
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.undo_stack)):
            return  # the page is being torn down: nobody to redraw for
        before, self._stack_index = self._stack_index, index
        command = self.undo_stack.command(index - 1 if index > before else index)
        if isinstance(command, ResultsCommand) and not command.changes_plan:
            return
        self.reload()

    # reading ---------------------------------------------------------------------------
    @property
    def status(self) -> WorkshopStatus:
        return self.workshop.status if self.workshop is not None else WorkshopStatus.PLANNED

    @property
    def started(self) -> bool:
        return self.current_id is not None

    @property
    def finished(self) -> bool:
        return self.status is WorkshopStatus.DONE

    def phase(self, phase_id: int | None) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def shown_phase(self) -> Phase | None:
        """The current phase; before the start the first one (a preview)."""
        current = self.phase(self.current_id)
        if current is None and self.phases:
            return self.phases[0]
        return current

    def index_of(self, phase_id: int | None) -> int | None:
        return next((i for i, p in enumerate(self.phases) if p.id == phase_id), None)

    def next_phase(self) -> Phase | None:
        return self._neighbour(+1)

    def previous_phase(self) -> Phase | None:
        return self._neighbour(-1)

    def _neighbour(self, step: int) -> Phase | None:
        index = self.index_of(self.current_id)
        if index is None:
            return None
        index += step
        while 0 <= index < len(self.phases):
            phase = self.phases[index]
            run = self.runs.get(phase.id)
            if run is None or not run.skipped:
                return phase
            index += step
        return None

    def sheet(self) -> LiveSheet | None:
        if self.workshop is None:
            return None
        return live_sheet(
            self.workshop,
            self.phases,
            self.runs,
            self.current_id,
            self.timer.timer,
            self.wall(),
            self.utc_offset_minutes,
        )

    # loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the workshop's state from the store and tell the views."""
        previous = self._timer_phase_id
        try:
            self.workshop = self._library.get_workshop(self.workshop_id)
            self.phases = self._library.list_phases(self.workshop_id)
            self.runs = self._library.run.phase_runs(self.workshop_id)
            self.current_id = self._library.run.current_phase(self.workshop_id)
            self.utc_offset_minutes = self._library.run.utc_offset_minutes(self.workshop_id)
        except NotFoundError:
            # The workshop left the library meanwhile: nothing to run.
            self.workshop, self.phases, self.runs, self.current_id = None, [], {}, None
            self.utc_offset_minutes = None
        except StoreError as exc:
            self.failed.emit(describe(exc))
            return
        if self.current_id is None and previous is not None:
            self._current_vanished()
        if self.current_id != self._timer_phase_id:
            self._load_timer(self.phase(self.current_id))
            self.changed.emit()
            self.phaseChanged.emit()
        else:
            self._follow_plan()
            self.changed.emit()

    def _follow_plan(self) -> None:
        """The current phase was made shorter or longer (run sheet, plan, undo): its
        time box is the new plan, extensions made with +1/+5 kept on top."""
        phase = self.phase(self._timer_phase_id)
        timer = self.timer.timer
        if phase is not None and timer is not None and timer.planned != phase.planned_minutes * 60:
            self.timer.set_planned(phase.planned_minutes * 60)

    def _current_vanished(self) -> None:
        """The current phase was removed (an added break undone, a phase deleted in the
        plan): step back to the last phase that ran, without recording anything."""
        target = None
        for phase in self.phases:
            run = self.runs.get(phase.id)
            if run is not None and run.actual_start is not None:
                target = phase
        if target is None:
            return
        try:
            self._library.run.set_current_phase(self.workshop_id, target.id)
        except StoreError as exc:
            self.failed.emit(describe(exc))
            return
        self.current_id = target.id

    def _load_timer(self, phase: Phase | None) -> None:
        self._timer_phase_id = None if phase is None else phase.id
        if phase is None:
            self.timer.load(None)
            return
        try:
            saved = self._library.run.timer(phase.id)
        except StoreError as exc:
            self.failed.emit(describe(exc))
            saved = None
        planned = phase.planned_minutes * 60
        # The time box is the plan as it is now (it may have changed since the timer was
        # saved, started or not) plus the extensions made with +1/+5.
        timer = PhaseTimer.from_state(
            saved or TimerState(planned),
            self.wall(),
            planned_seconds=planned,
            monotonic=self.monotonic,
            wall=self.wall,
        )
        self.timer.load(timer, self._saver(phase.id))
        if saved is None or saved.duration_seconds != timer.duration:
            self.timer.save()

    def _saver(self, phase_id: int) -> Callable[[TimerState], None]:
        def save(state: TimerState) -> None:
            try:
                self._library.run.save_timer(phase_id, state)
            except StoreError as exc:
                self.failed.emit(describe(exc))

        return save

    # navigation ------------------------------------------------------------------------
    def start_workshop(self) -> None:
        """Start with the first phase that is not skipped (resume where it was if running)."""
        if self.current_id is not None and not self.finished:
            return
        first = next(
            (p for p in self.phases if not (self.runs.get(p.id) or PhaseRun(p.id)).skipped),
            None,
        )
        if first is not None:
            self.go_to(first.id)

    def go_to(self, phase_id: int) -> None:
        """Make ``phase_id`` the current phase: the one before ends now, this one starts
        (or runs again), and its timer comes back as it was left, paused."""
        # A finished workshop stays finished: only reopen() (asked first) runs it again.
        if phase_id == self.current_id or self.finished:
            return
        if self.timer.timer is not None:
            self.timer.pause()  # saved: coming back finds it where it was
        try:
            self._library.run.start_phase(phase_id, at=self.wall())
        except StoreError as exc:
            self.failed.emit(describe(exc))
        self.reload()

    def next(self) -> None:
        target = self.next_phase()
        if target is not None:
            self.go_to(target.id)

    def previous(self) -> None:
        target = self.previous_phase()
        if target is not None:
            self.go_to(target.id)

    def skip(self) -> None:
        """Leave out the current phase and go on to the next one."""
        current, target = self.current_id, self.next_phase()
        if current is None or target is None or self.finished:
            return
        try:
            self._library.run.skip_phase(current, True)
        except StoreError as exc:
            self.failed.emit(describe(exc))
            return
        self.go_to(target.id)

    def set_skipped(self, phase_id: int, skipped: bool) -> None:
        """Mark an upcoming phase as left out (or take it back in)."""
        if phase_id == self.current_id:
            return
        try:
            self._library.run.skip_phase(phase_id, skipped)
        except StoreError as exc:
            self.failed.emit(describe(exc))
        self.reload()

    def reopen(self) -> None:
        """Run a finished workshop again: its last phase goes on (its end is cleared)."""
        if not self.finished or self.current_id is None:
            return
        try:
            self._library.run.reopen_workshop(self.workshop_id)
        except StoreError as exc:
            self.failed.emit(describe(exc))
        self.reload()

    def finish(self) -> None:
        if self.timer.timer is not None:
            self.timer.pause()
        try:
            self._library.run.finish_workshop(self.workshop_id, at=self.wall())
        except StoreError as exc:
            self.failed.emit(describe(exc))
        self.reload()

    # changing the plan on the day (undoable) --------------------------------------------
    def set_minutes(self, phase_id: int, minutes: int) -> None:
        phase = self.phase(phase_id)
        minutes = max(limits.MINUTES_RANGE[0], min(limits.MINUTES_RANGE[1], minutes))
        if phase is None or phase.planned_minutes == minutes:
            return
        text = translate("RunSession", "Change the duration of “%1” to %2 min").replace(
            "%1", phase.title
        )
        self._run(
            UpdatePhaseCommand(
                self,
                text.replace("%2", str(minutes)),
                phase_id,
                {"planned_minutes": phase.planned_minutes},
                {"planned_minutes": minutes},
            )
        )

    def add_break(self, minutes: int = BREAK_MINUTES) -> None:
        """A break right after the current phase (after the shown one before the start)."""
        shown = self.shown_phase()
        index = (self.index_of(shown.id) or 0) + 1 if shown is not None else len(self.phases)
        title = kind_name(PhaseKind.BREAK)
        draft = PhaseDraft(
            kind=PhaseKind.BREAK,
            title=title,
            planned_minutes=minutes,
            settings=default_settings(PhaseKind.BREAK),
        )
        text = translate("RunSession", "Add a break of %1 min").replace("%1", str(minutes))
        self._run(
            AddPhaseCommand(
                self, text, self.workshop_id, draft, index, None if shown is None else shown.id
            )
        )

    def _run(self, command: StoreCommand) -> None:
        try:
            command.apply()
        except (StoreError, MethodsError) as exc:
            self.command_failed(exc)
            self.reload()
            return
        self.undo_stack.push(command)  # indexChanged reloads
