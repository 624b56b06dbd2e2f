"""The live run sheet: planned times, what happened, and the re-planned rest of the day.

No Qt: werkstatt.core.runsheet does the arithmetic; this module feeds it what the store
recorded (UTC) as the workshop's wall-clock times (werkstatt.core.clock), the way the
moderator reads a clock, and puts the planned and the projected sheet side by side.

The running phase is projected from its timer, not from its planned minutes: it ends
when its (possibly extended, possibly paused) time box runs out, or now if it is in
overtime. Skipped phases and phases jumped over count zero minutes.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from werkstatt.core.clock import local_time
from werkstatt.core.phase_timer import PhaseTimer
from werkstatt.core.records import Phase, PhaseRun, Workshop
from werkstatt.core.runsheet import PhaseTiming, plan


class LineState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    UPCOMING = "upcoming"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class SheetLine:
    """One phase. Times are local and naive; None where there is no clock to go by."""

    phase: Phase
    state: LineState
    planned_start: dt.datetime | None = None
    planned_end: dt.datetime | None = None
    # actual where it happened, projected where it has not
    expected_start: dt.datetime | None = None
    expected_end: dt.datetime | None = None
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None

    @property
    def delay_minutes(self) -> int:
        if self.planned_end is None or self.expected_end is None:
            return 0
        return round((self.expected_end - self.planned_end).total_seconds() / 60)


@dataclass(frozen=True)
class LiveSheet:
    lines: tuple[SheetLine, ...]
    planned_end: dt.datetime | None = None
    projected_end: dt.datetime | None = None

    @property
    def delay_minutes(self) -> int:
        """How much later than planned the workshop now ends (negative: earlier)."""
        if self.planned_end is None or self.projected_end is None:
            return 0
        return round((self.projected_end - self.planned_end).total_seconds() / 60)


def to_local(moment: dt.datetime, offset_minutes: int | None = None) -> dt.datetime:
    """A store time (aware UTC) as the workshop's clock shows it (naive); see
    werkstatt.core.clock."""
    return local_time(moment, offset_minutes)


def live_sheet(
    workshop: Workshop,
    phases: Sequence[Phase],
    runs: Mapping[int, PhaseRun],
    current_id: int | None,
    timer: PhaseTimer | None,
    now: dt.datetime,
    utc_offset_minutes: int | None = None,
) -> LiveSheet:
    """The sheet at ``now`` (aware UTC) with ``current_id`` running under ``timer``, in
    the workshop's wall-clock time (``utc_offset_minutes``; the machine's when None)."""
    offset = utc_offset_minutes
    local_now = to_local(now, offset)
    ids = [phase.id for phase in phases]
    current_index = ids.index(current_id) if current_id in ids else None
    starts = [
        to_local(run.actual_start, offset)
        for run in runs.values()
        if run.actual_start is not None and run.phase_id in ids
    ]
    first_start = min(starts) if starts else None
    start_time = workshop.start_time
    if start_time is None and first_start is not None:
        # No planned start: the day is planned from when it really began.
        start_time = first_start.time()
    # Actual times need a date; a workshop without one happens on the day it runs.
    date = workshop.date or (first_start or local_now).date()

    states = [
        _state(runs.get(phase.id), index, current_index) for index, phase in enumerate(phases)
    ]
    if start_time is None:
        return LiveSheet(tuple(SheetLine(p, s) for p, s in zip(phases, states, strict=True)))

    planned = plan(start_time, [p.planned_minutes for p in phases], date=date)
    timings: list[PhaseTiming | None] = []
    minutes: list[int] = []
    for index, phase in enumerate(phases):
        run = runs.get(phase.id) or PhaseRun(phase.id)
        state = states[index]
        timing = PhaseTiming(
            None if run.actual_start is None else to_local(run.actual_start, offset),
            None if run.actual_end is None else to_local(run.actual_end, offset),
        )
        length = phase.planned_minutes
        if state is LineState.SKIPPED or (
            state is LineState.DONE and timing.actual_start is None
        ):
            length = 0
        elif (
            state is LineState.CURRENT
            and timing.actual_start is not None
            and timing.actual_end is None
        ):
            remaining = timer.remaining if timer is not None else phase.planned_minutes * 60
            end = local_now + dt.timedelta(seconds=max(0.0, remaining))
            length = max(0, math.ceil((end - timing.actual_start).total_seconds() / 60 - 1e-9))
        elif state is LineState.UPCOMING:
            # Gone back from here earlier: it happens again, from now on.
            timing = PhaseTiming()
        minutes.append(length)
        timings.append(timing)
    projected = plan(start_time, minutes, date=date, timings=timings, now=local_now)

    lines = []
    for index, phase in enumerate(phases):
        plan_row, row = planned.rows[index], projected.rows[index]
        skipped = states[index] is LineState.SKIPPED and row.actual_start is None
        lines.append(
            SheetLine(
                phase=phase,
                state=states[index],
                planned_start=plan_row.planned_start,
                planned_end=plan_row.planned_end,
                expected_start=None if skipped else row.projected_start,
                expected_end=None if skipped else row.projected_end,
                actual_start=row.actual_start,
                actual_end=row.actual_end,
            )
        )
    return LiveSheet(tuple(lines), planned.planned_end, projected.projected_end)


def _state(run: PhaseRun | None, index: int, current_index: int | None) -> LineState:
    if index == current_index:
        return LineState.CURRENT
    if run is not None and run.skipped:
        return LineState.SKIPPED
    if current_index is not None and index < current_index:
        return LineState.DONE
    return LineState.UPCOMING
