"""The running logic of a phase's timer (time box): start, pause, +1/+5 min, overtime, gong.

Driven by a monotonic clock, never by counting ticks: a busy moment of the GUI never makes
a phase run long, and the screen may redraw as often or as seldom as it likes. Only when
the program starts again in the middle of a phase does the wall clock count (the time the
program was closed), through :meth:`PhaseTimer.from_state`; after that it is monotonic
again.

The time box is the phase's planned time plus the moderator's extensions (+1/+5 min),
kept apart: the plan may change while the timer runs or waits (the run sheet's −5/+5,
the plan editor), and :meth:`PhaseTimer.set_planned` and :meth:`PhaseTimer.from_state`
then take the new plan while the extensions stay.

The gong rings on the edge, not on the level: :meth:`PhaseTimer.take_gong` is True once
each time the remaining time crosses zero while the timer runs. An extension (+1 min) that
brings the remaining time above zero again arms it anew, so the gong also ends the
extension; an extension that leaves the timer still in overtime does not. A timer
restored already in overtime does not ring: its moment passed while the program was
closed.

Both clocks are injected (tests use fake ones, nobody sleeps). The wall clock gives
timezone-aware UTC datetimes, like the store.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from enum import StrEnum

from werkstatt.core.timer import TimerState

MonotonicClock = Callable[[], float]
WallClock = Callable[[], dt.datetime]

#: The warning colour shows from this many seconds left.
WARNING_SECONDS = 120


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TimerLevel(StrEnum):
    """What the remaining time means for the moderator (and the colour it is shown in)."""

    NORMAL = "normal"
    WARNING = "warning"  # 2 minutes or less left
    OVERTIME = "overtime"  # the time box is used up


class PhaseTimer:
    """One phase's countdown. Remaining time may go negative: that is the overtime.

    ``duration_seconds`` is the planned time box, ``extra_seconds`` the extensions on top
    (negative ones never take the time box below zero)."""

    def __init__(
        self,
        duration_seconds: int,
        *,
        monotonic: MonotonicClock = time.monotonic,
        wall: WallClock = utc_now,
        muted: bool = False,
        extra_seconds: int = 0,
    ) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._planned = max(0, int(duration_seconds))
        self._extra = max(-self._planned, int(extra_seconds))
        self._elapsed_before = 0.0  # seconds run before the current run
        self._running_since: float | None = None  # monotonic moment of start/resume
        self.muted = muted
        self._gong_armed = self.duration > 0

    @classmethod
    def from_state(
        cls,
        state: TimerState,
        now_wall: dt.datetime,
        *,
        planned_seconds: int | None = None,
        monotonic: MonotonicClock = time.monotonic,
        wall: WallClock = utc_now,
    ) -> PhaseTimer:
        """The timer as saved, resumed at ``now_wall``: a timer that was running kept
        running while the program was closed (by the wall clock; never backwards).

        With ``planned_seconds`` (the phase's plan as it is now) the time box is that
        plus the saved extensions; without, it is the time box as saved."""
        extra = int(state.extra_seconds)
        planned = state.duration_seconds - extra if planned_seconds is None else planned_seconds
        timer = cls(
            planned, monotonic=monotonic, wall=wall, muted=state.muted, extra_seconds=extra
        )
        elapsed = max(0.0, state.elapsed_seconds)
        if state.running_since is not None:
            elapsed += max(0.0, (now_wall - state.running_since).total_seconds())
            timer._running_since = monotonic()
        timer._elapsed_before = elapsed
        timer._gong_armed = timer.remaining > 0
        return timer

    # reading -----------------------------------------------------------------------
    @property
    def duration(self) -> int:
        """The time box in seconds, extensions included."""
        return max(0, self._planned + self._extra)

    @property
    def planned(self) -> int:
        """The planned time box in seconds, without extensions."""
        return self._planned

    @property
    def extra(self) -> int:
        """The extensions (+1/+5 min) in seconds."""
        return self._extra

    @property
    def running(self) -> bool:
        return self._running_since is not None

    @property
    def started(self) -> bool:
        """True once it has run at all (running, paused, or in overtime)."""
        return self.running or self._elapsed_before > 0

    @property
    def elapsed(self) -> float:
        if self._running_since is None:
            return self._elapsed_before
        return self._elapsed_before + max(0.0, self._monotonic() - self._running_since)

    @property
    def remaining(self) -> float:
        """Seconds left; negative in overtime."""
        return self.duration - self.elapsed

    @property
    def level(self) -> TimerLevel:
        remaining = self.remaining
        if remaining <= 0:
            return TimerLevel.OVERTIME
        if remaining <= WARNING_SECONDS:
            return TimerLevel.WARNING
        return TimerLevel.NORMAL

    def state(self) -> TimerState:
        """What to store: the elapsed time now, and (when running) the wall-clock moment
        from which it keeps counting, so a restart resumes exactly."""
        running = self._running_since is not None
        return TimerState(
            duration_seconds=self.duration,
            elapsed_seconds=self.elapsed,
            running_since=self._wall() if running else None,
            muted=self.muted,
            extra_seconds=self._extra,
        )

    # acting ------------------------------------------------------------------------
    def start(self) -> None:
        """Start, or resume after a pause; a running timer stays as it is."""
        if self._running_since is None:
            self._running_since = self._monotonic()

    resume = start

    def pause(self) -> None:
        if self._running_since is not None:
            self._elapsed_before = self.elapsed
            self._running_since = None

    def toggle(self) -> None:
        """Start/pause, the one key the moderator presses."""
        if self.running:
            self.pause()
        else:
            self.start()

    def add(self, seconds: int) -> None:
        """Extend (or, negative, shorten) the time box; it never goes below zero."""
        self._extra = max(-self._planned, self._extra + int(seconds))
        self._rearm()

    def set_planned(self, seconds: int) -> None:
        """The plan changed: the new planned time box, the extensions stay on top."""
        self._planned = max(0, int(seconds))
        self._rearm()

    def _rearm(self) -> None:
        if self.remaining > 0:
            # Time left again: the gong ends the extension too.
            self._gong_armed = True

    def reset(self, duration_seconds: int | None = None) -> None:
        """Back to the start, paused, without extensions; with a new planned time box if
        given."""
        if duration_seconds is not None:
            self._planned = max(0, int(duration_seconds))
        self._extra = 0
        self._elapsed_before = 0.0
        self._running_since = None
        self._gong_armed = self.duration > 0

    def take_gong(self) -> bool:
        """True exactly once per crossing of zero (see the module's docstring)."""
        if self._gong_armed and self.remaining <= 0:
            self._gong_armed = False
            return True
        return False


def clock_text(seconds: float) -> str:
    """The timer's digits: '12:05' counting down, '−01:30' in overtime ('90:00' for long
    phases: minutes are not folded into hours on a countdown)."""
    if seconds > 0:
        # Counting down, a second shows until it has fully passed: 0.4 s left is '00:01'.
        whole = math.ceil(seconds - 1e-9)
        sign = ""
    else:
        whole = math.floor(-seconds + 1e-9)
        sign = "−" if whole > 0 else ""
    minutes, secs = divmod(whole, 60)
    return f"{sign}{minutes:02d}:{secs:02d}"
