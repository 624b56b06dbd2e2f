"""Where a World Café's rounds stand: which round, talking or changing tables, and how
much of that time is left.

One ``RoundClock`` per rounds phase and run, a child of the RunContext, so that the
moderator's widget and the projector (and a widget made again after a phase change) see
the same one. Every change of stage (a round started, the tables changing, the rounds
ended, another round chosen) is written to the store at once (``library.cafe``'s round
state: a plain write, not an undo step, like the phase timer), and a clock made anew
(after a restart) takes up the stored state: a stage that was running goes on with the
time left by the wall clock (its start plus its length, minus now).

A stage whose time ran out while the program was closed comes back over (the clock in
overtime, shown as such), and its gong does not ring: that moment has passed, as with
the phase timer.

Once running, the time comes from a monotonic clock, never from counting ticks; the tick
(4 Hz, only while a clock runs) only redraws and rings the gong once when the time
crosses zero. The clocks and the gong are the run session's when there is one (its fake
clocks in tests).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from werkstatt.core.phase_timer import clock_text, utc_now
from werkstatt.core.records import RoundState
from werkstatt.gui.kinds.base import RunContext
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

TICK_MS = 250

Save = Callable[[RoundState], object]


class Stage(StrEnum):
    WAITING = "waiting"  # before a round starts
    TALKING = "talking"  # a round runs
    ROTATING = "rotating"  # people change tables for the next round
    DONE = "done"  # all rounds over


# the stages as the store names them (RoundState.stage)
_STORED = {
    Stage.WAITING: "",
    Stage.TALKING: "talking",
    Stage.ROTATING: "rotating",
    Stage.DONE: "finished",
}
_FROM_STORED = {stored: stage for stage, stored in _STORED.items()}


class RoundClock(QObject):
    changed = Signal()
    gongRang = Signal()
    #: a sentence for the user: the state could not be read or written
    failed = Signal(str)

    def __init__(
        self,
        rounds: int,
        monotonic: Callable[[], float],
        ring: Callable[[], None] | None,
        parent: QObject | None = None,
        *,
        wall: Callable[[], dt.datetime] = utc_now,
        save: Save | None = None,
    ) -> None:
        super().__init__(parent)
        self.rounds = max(1, rounds)
        self.round_index = 0
        self.stage = Stage.WAITING
        self._monotonic = monotonic
        self._wall = wall
        self._ring = ring
        self._save = save
        self._started_at: float | None = None
        self._started_wall: dt.datetime | None = None
        self._seconds = 0
        self._gong_armed = False
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        if parent is not None:
            # Not a tick more once the run's context goes (a clock ticking on into the
            # teardown crashed a test run); the C++ slot, so no Python is called then.
            parent.destroyed.connect(self._tick.stop)

    # reading -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def remaining(self) -> float:
        if self._started_at is None:
            return float(self._seconds)
        return self._seconds - (self._monotonic() - self._started_at)

    @property
    def time_up(self) -> bool:
        """A running stage whose time has run out (the gong rang, or the program was
        closed when it would have)."""
        return self.running and self.remaining() <= 0

    @property
    def shown_round(self) -> int:
        """The round the room is in or about to start (during rotation: the next one)."""
        if self.stage is Stage.ROTATING:
            return min(self.round_index + 1, self.rounds - 1)
        return self.round_index

    @property
    def last_round(self) -> bool:
        return self.round_index >= self.rounds - 1

    def state(self) -> RoundState:
        """Where the rounds stand, as the store keeps it."""
        if self._started_at is None or self._started_wall is None:
            return RoundState(self.round_index, _STORED[self.stage])
        return RoundState(
            self.round_index, _STORED[self.stage], self._started_wall, self._seconds
        )

    # actions -------------------------------------------------------------------------
    def start_round(self, round_index: int, seconds: int) -> None:
        self.round_index = max(0, min(round_index, self.rounds - 1))
        self._run(Stage.TALKING, seconds)

    def start_rotation(self, seconds: int) -> None:
        """Change tables for the next round (only between rounds)."""
        if self.last_round:
            return
        self._run(Stage.ROTATING, seconds)

    def finish(self) -> None:
        self.stage = Stage.DONE
        self._stop()

    def choose_round(self, round_index: int) -> None:
        """Jump to a round without starting it (a correction)."""
        self.round_index = max(0, min(round_index, self.rounds - 1))
        self.stage = Stage.WAITING
        self._stop()

    def set_rounds(self, rounds: int) -> None:
        self.rounds = max(1, rounds)
        if self.round_index >= self.rounds:
            self.choose_round(self.rounds - 1)

    def restore(self, state: RoundState) -> None:
        """Take up a stored state (nothing is written). A running stage goes on with the
        time the wall clock says is left; the clock never runs backwards (a start in the
        future counts as now), and the gong is armed only if time is left."""
        self.round_index = max(0, min(state.current_round, self.rounds - 1))
        self.stage = _FROM_STORED.get(state.stage, Stage.WAITING)
        self._tick.stop()
        self._started_at = None
        self._started_wall = None
        self._seconds = 0
        self._gong_armed = False
        running = self.stage in (Stage.TALKING, Stage.ROTATING)
        if running and state.started_at is not None and state.seconds is not None:
            elapsed = max(0.0, (self._wall() - state.started_at).total_seconds())
            self._seconds = max(0, state.seconds)
            self._started_at = self._monotonic() - elapsed
            self._started_wall = state.started_at
            self._gong_armed = self.remaining() > 0
            self._tick.start()
        self.changed.emit()

    def _run(self, stage: Stage, seconds: int) -> None:
        self.stage = stage
        self._seconds = max(0, seconds)
        self._started_at = self._monotonic()
        self._started_wall = self._wall()
        self._gong_armed = self._seconds > 0
        self._tick.start()
        self._store()
        self.changed.emit()

    def _stop(self) -> None:
        self._started_at = None
        self._started_wall = None
        self._seconds = 0
        self._gong_armed = False
        self._tick.stop()
        self._store()
        self.changed.emit()

    def _store(self) -> None:
        if self._save is None:
            return
        try:
            self._save(self.state())
        except StoreError as exc:
            # The clock goes on in memory; only a restart would not find it.
            self.failed.emit(describe(exc))

    def refresh(self) -> None:
        """Ring once when the time runs out, and let the views redraw."""
        if self._gong_armed and self.remaining() <= 0:
            self._gong_armed = False
            if self._ring is not None:
                self._ring()
            self.gongRang.emit()
        self.changed.emit()


def round_clock(context: RunContext, phase_id: int, rounds: int) -> RoundClock:
    """The phase's clock of this run: made at the first call, where the store says the
    rounds stand."""
    name = f"roundClock{phase_id}"
    found = context.findChild(RoundClock, name)
    if isinstance(found, RoundClock):
        found.set_rounds(rounds)
        return found
    monotonic, wall, ring = _session_clocks_and_gong(context)
    library = context.library

    def save(state: RoundState) -> None:
        library.cafe.set_round_state(phase_id, state)

    clock = RoundClock(rounds, monotonic, ring, context, wall=wall, save=save)
    clock.setObjectName(name)
    try:
        stored = library.cafe.round_state(phase_id)
    except StoreError as exc:
        # Begin at round 1, waiting; told once the views are there to show it.
        text = describe(exc)
        QTimer.singleShot(0, clock, lambda: clock.failed.emit(text))
    else:
        clock.restore(stored)
    return clock


def _session_clocks_and_gong(
    context: RunContext,
) -> tuple[Callable[[], float], Callable[[], dt.datetime], Callable[[], None] | None]:
    """The run session's monotonic and wall clocks and its gong (the context's parent),
    if any.

    Duck-typed: the kinds do not import the run view (it imports them)."""
    session = context.parent()
    monotonic = getattr(session, "monotonic", None)
    wall = getattr(session, "wall", None)
    timer = getattr(session, "timer", None)
    gong = getattr(timer, "gong", None)
    ring = getattr(gong, "ring", None)
    return (
        monotonic if callable(monotonic) else time.monotonic,
        wall if callable(wall) else utc_now,
        ring if callable(ring) else None,
    )


__all__ = ["RoundClock", "Stage", "clock_text", "round_clock"]
