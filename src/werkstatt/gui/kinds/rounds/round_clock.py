"""Where a World Café's rounds stand: which round, talking or changing tables, and how
much of that time is left.

One ``RoundClock`` per rounds phase and run, a child of the RunContext, so that the
moderator's widget and the projector (and a widget made again after a phase change) see
the same one. It lives in memory only: after a restart the rounds begin again at round 1,
waiting (the notes and the plan are in the store, the clock is not).

The time comes from a monotonic clock, never from counting ticks; the tick (4 Hz, only
while a clock runs) only redraws and rings the gong once when the time crosses zero. The
clock and the gong are the run session's when there is one (its fake clocks in tests).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from werkstatt.core.phase_timer import clock_text
from werkstatt.gui.kinds.base import RunContext

TICK_MS = 250


class Stage(StrEnum):
    WAITING = "waiting"  # before a round starts
    TALKING = "talking"  # a round runs
    ROTATING = "rotating"  # people change tables for the next round
    DONE = "done"  # all rounds over


class RoundClock(QObject):
    changed = Signal()
    gongRang = Signal()

    def __init__(
        self,
        rounds: int,
        monotonic: Callable[[], float],
        ring: Callable[[], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rounds = max(1, rounds)
        self.round_index = 0
        self.stage = Stage.WAITING
        self._monotonic = monotonic
        self._ring = ring
        self._started_at: float | None = None
        self._seconds = 0
        self._gong_armed = False
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)

    # reading -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._started_at is not None

    def remaining(self) -> float:
        if self._started_at is None:
            return float(self._seconds)
        return self._seconds - (self._monotonic() - self._started_at)

    @property
    def shown_round(self) -> int:
        """The round the room is in or about to start (during rotation: the next one)."""
        if self.stage is Stage.ROTATING:
            return min(self.round_index + 1, self.rounds - 1)
        return self.round_index

    @property
    def last_round(self) -> bool:
        return self.round_index >= self.rounds - 1

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

    def _run(self, stage: Stage, seconds: int) -> None:
        self.stage = stage
        self._seconds = max(0, seconds)
        self._started_at = self._monotonic()
        self._gong_armed = self._seconds > 0
        self._tick.start()
        self.changed.emit()

    def _stop(self) -> None:
        self._started_at = None
        self._seconds = 0
        self._gong_armed = False
        self._tick.stop()
        self.changed.emit()

    def refresh(self) -> None:
        """Ring once when the time runs out, and let the views redraw."""
        if self._gong_armed and self.remaining() <= 0:
            self._gong_armed = False
            if self._ring is not None:
                self._ring()
            self.gongRang.emit()
        self.changed.emit()


def round_clock(context: RunContext, phase_id: int, rounds: int) -> RoundClock:
    """The phase's clock of this run (made at the first call)."""
    name = f"roundClock{phase_id}"
    found = context.findChild(RoundClock, name)
    if isinstance(found, RoundClock):
        found.set_rounds(rounds)
        return found
    monotonic, ring = _session_clock_and_gong(context)
    clock = RoundClock(rounds, monotonic, ring, context)
    clock.setObjectName(name)
    return clock


def _session_clock_and_gong(
    context: RunContext,
) -> tuple[Callable[[], float], Callable[[], None] | None]:
    """The run session's monotonic clock and gong (the context's parent), if any.

    Duck-typed: the kinds do not import the run view (it imports them)."""
    session = context.parent()
    monotonic = getattr(session, "monotonic", None)
    timer = getattr(session, "timer", None)
    gong = getattr(timer, "gong", None)
    ring = getattr(gong, "ring", None)
    return (monotonic if callable(monotonic) else time.monotonic), (
        ring if callable(ring) else None
    )


__all__ = ["RoundClock", "Stage", "clock_text", "round_clock"]

