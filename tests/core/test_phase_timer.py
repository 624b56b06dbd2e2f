"""The phase timer on fake clocks: nobody sleeps, time moves when the test says so."""

from __future__ import annotations

import datetime as dt

import pytest

from werkstatt.core.phase_timer import PhaseTimer, TimerLevel, clock_text
from werkstatt.core.timer import TimerState

T0 = dt.datetime(2025, 3, 14, 17, 0, tzinfo=dt.UTC)


class FakeClocks:
    """A monotonic and a wall clock that move together, unless told otherwise."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.now = T0

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


def _timer(clocks: FakeClocks, minutes: int = 30) -> PhaseTimer:
    return PhaseTimer(minutes * 60, monotonic=clocks.monotonic, wall=clocks.wall)


def test_a_new_timer_waits_with_its_whole_time_box(clocks: FakeClocks) -> None:
    timer = _timer(clocks)
    clocks.advance(300)
    assert not timer.running and not timer.started
    assert timer.remaining == 1800
    assert timer.level is TimerLevel.NORMAL


def test_start_pause_resume_count_only_running_time(clocks: FakeClocks) -> None:
    timer = _timer(clocks)
    timer.start()
    clocks.advance(600)
    timer.pause()
    clocks.advance(900)  # a question from the floor: the timer waits
    assert timer.elapsed == 600
    timer.resume()
    clocks.advance(60)
    assert timer.elapsed == 660
    assert timer.remaining == 1140
    timer.start()  # starting a running timer changes nothing
    clocks.advance(1)
    assert timer.elapsed == 661


def test_toggle_starts_and_pauses(clocks: FakeClocks) -> None:
    timer = _timer(clocks)
    timer.toggle()
    assert timer.running
    clocks.advance(5)
    timer.toggle()
    assert not timer.running and timer.elapsed == 5


def test_extensions_lengthen_the_time_box(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 10)
    timer.start()
    clocks.advance(540)
    timer.add(60)
    timer.add(300)
    assert timer.duration == 960
    assert timer.remaining == 420
    timer.add(-5000)
    assert timer.duration == 0


def test_reset_goes_back_to_the_start_paused(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 10)
    timer.start()
    timer.add(300)
    clocks.advance(700)
    timer.reset()
    # the extension goes too: a reset is the phase's planned time box again
    assert not timer.running and timer.elapsed == 0 and timer.duration == 600
    assert timer.extra == 0
    timer.add(60)
    timer.reset(900)
    assert timer.remaining == 900 and timer.planned == 900


def test_levels_warning_at_two_minutes_then_overtime(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 5)
    timer.start()
    clocks.advance(179)
    assert timer.level is TimerLevel.NORMAL
    clocks.advance(1)
    assert timer.level is TimerLevel.WARNING  # 2:00 left
    clocks.advance(120)
    assert timer.remaining == 0
    assert timer.level is TimerLevel.OVERTIME
    clocks.advance(95)
    assert timer.remaining == -95
    assert clock_text(timer.remaining) == "−01:35"


def test_the_gong_is_due_once_per_crossing_of_zero(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 1)
    timer.start()
    clocks.advance(59)
    assert not timer.take_gong()
    clocks.advance(1)
    assert timer.take_gong()
    clocks.advance(30)
    assert not timer.take_gong()  # overtime goes on, the gong does not repeat
    timer.add(60)  # 30 s left again
    assert not timer.take_gong()
    clocks.advance(30)
    assert timer.take_gong()  # the extension ran out: gong again
    assert not timer.take_gong()


def test_an_extension_that_leaves_overtime_does_not_ring_again(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 1)
    timer.start()
    clocks.advance(60 + 180)
    assert timer.take_gong()
    timer.add(60)  # still two minutes over
    clocks.advance(10)
    assert not timer.take_gong()


def test_reset_arms_the_gong_again_and_a_zero_time_box_never_rings(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 1)
    timer.start()
    clocks.advance(61)
    assert timer.take_gong()
    timer.reset()
    timer.start()
    clocks.advance(60)
    assert timer.take_gong()
    empty = PhaseTimer(0, monotonic=clocks.monotonic, wall=clocks.wall)
    empty.start()
    clocks.advance(5)
    assert not empty.take_gong()
    assert empty.level is TimerLevel.OVERTIME


def test_the_gong_is_due_even_when_nobody_looked_at_the_crossing(clocks: FakeClocks) -> None:
    # The screen may have been busy: the edge is judged from the clock, not from ticks.
    timer = _timer(clocks, 1)
    timer.start()
    clocks.advance(3600)
    assert timer.take_gong()


def test_state_of_a_paused_timer_round_trips(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 20)
    timer.muted = True
    timer.start()
    timer.add(60)
    clocks.advance(125.5)
    timer.pause()
    state = timer.state()
    assert state == TimerState(1260, 125.5, None, True, extra_seconds=60)
    clocks.advance(3600)  # closed for an hour: a paused timer stays paused
    again = PhaseTimer.from_state(
        state, clocks.now, monotonic=clocks.monotonic, wall=clocks.wall
    )
    assert not again.running and again.elapsed == 125.5 and again.muted
    assert again.duration == 1260 and again.extra == 60 and again.planned == 1200


def test_extra_seconds_survive_round_trips_and_ride_on_a_changed_plan(
    clocks: FakeClocks,
) -> None:
    timer = _timer(clocks, 20)
    timer.start()
    timer.add(60)
    timer.add(300)
    clocks.advance(600)
    timer.pause()
    state = timer.state()
    assert (state.duration_seconds, state.extra_seconds) == (1560, 360)
    # The phase was lengthened to 25 minutes in the plan meanwhile.
    again = PhaseTimer.from_state(
        state, clocks.now, planned_seconds=1500, monotonic=clocks.monotonic, wall=clocks.wall
    )
    assert (again.planned, again.extra, again.duration) == (1500, 360, 1860)
    assert again.elapsed == 600 and not again.running
    third = PhaseTimer.from_state(
        again.state(), clocks.now, monotonic=clocks.monotonic, wall=clocks.wall
    )
    assert (third.planned, third.extra, third.duration) == (1500, 360, 1860)


def test_a_new_plan_keeps_the_extensions_and_arms_the_gong(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 10)
    timer.start()
    timer.add(120)
    clocks.advance(12 * 60)
    assert timer.take_gong()
    timer.set_planned(15 * 60)  # lengthened in the run sheet: 15 + 2
    assert timer.duration == 17 * 60 and timer.remaining == 5 * 60
    clocks.advance(5 * 60)
    assert timer.take_gong()
    timer.set_planned(5 * 60)  # shortened below what ran: overtime, no second gong
    assert timer.duration == 7 * 60 and timer.level is TimerLevel.OVERTIME
    assert not timer.take_gong()


def test_a_negative_extension_never_takes_the_time_box_below_zero(clocks: FakeClocks) -> None:
    timer = _timer(clocks, 10)
    timer.add(-5000)
    assert (timer.duration, timer.extra) == (0, -600)
    timer.set_planned(900)
    assert timer.duration == 300


def test_a_running_timer_keeps_running_on_the_wall_clock_while_closed(
    clocks: FakeClocks,
) -> None:
    timer = _timer(clocks, 30)
    timer.start()
    clocks.advance(600)
    state = timer.state()
    assert state.running_since == T0 + dt.timedelta(seconds=600)
    assert state.elapsed_seconds == 600
    # The program is closed; 5 minutes later it starts again. A fresh process has a
    # monotonic clock that has nothing to do with the old one.
    clocks.now += dt.timedelta(minutes=5)
    clocks.mono = 7.0
    again = PhaseTimer.from_state(state, clocks.now, monotonic=clocks.monotonic, wall=clocks.wall)
    assert again.running
    assert again.remaining == 1800 - 900
    # From now on only the monotonic clock counts, whatever the wall clock does.
    clocks.mono += 60
    clocks.now -= dt.timedelta(hours=1)
    assert again.remaining == 1800 - 960


def test_a_restored_timer_in_overtime_does_not_ring_late(clocks: FakeClocks) -> None:
    state = TimerState(600, 300.0, T0, False)
    later = T0 + dt.timedelta(minutes=20)
    timer = PhaseTimer.from_state(state, later, monotonic=clocks.monotonic, wall=clocks.wall)
    assert timer.remaining == -900
    assert not timer.take_gong()


def test_a_restored_timer_before_zero_rings_when_it_runs_out(clocks: FakeClocks) -> None:
    state = TimerState(600, 300.0, T0, False)
    timer = PhaseTimer.from_state(
        state, T0 + dt.timedelta(minutes=4), monotonic=clocks.monotonic, wall=clocks.wall
    )
    assert timer.remaining == 60
    clocks.advance(60)
    assert timer.take_gong()


def test_a_wall_clock_set_back_never_runs_the_timer_backwards(clocks: FakeClocks) -> None:
    state = TimerState(600, 100.0, T0, False)
    timer = PhaseTimer.from_state(
        state, T0 - dt.timedelta(hours=1), monotonic=clocks.monotonic, wall=clocks.wall
    )
    assert timer.elapsed == 100


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (1800, "30:00"),
        (5400, "90:00"),
        (0.4, "00:01"),
        (59.2, "01:00"),
        (0, "00:00"),
        (-0.5, "00:00"),
        (-1, "−00:01"),
        (-61.9, "−01:01"),
    ],
)
def test_clock_text(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text
