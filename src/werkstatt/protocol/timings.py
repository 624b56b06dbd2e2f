"""Planned and actual times of each phase as the protocol prints them.

The plan comes from werkstatt.core.clock import local_time
from werkstatt.core.runsheet, the actual times from the phases' runs
(UTC in the store), shown in the wall-clock time of the place where the workshop was
held (the UTC offset recorded at its start, werkstatt.core.clock), whichever machine
renders the protocol; a workshop without a recorded offset falls back to the rendering
machine's zone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from werkstatt.core.clock import local_time
from werkstatt.core.runsheet import RunSheet, plan_workshop
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.protocol.texts import clock


def local(moment: dt.datetime, offset_minutes: int | None = None) -> dt.datetime:
    """A stored moment as naive wall-clock time of the workshop (naive input is taken as
    UTC; without a recorded offset, the rendering machine's zone)."""
    return local_time(moment, offset_minutes)


@dataclass(frozen=True)
class PhaseTimes:
    number: int  # 1-based position in the plan, as the run sheet and the headings show it
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    planned_minutes: int
    actual_start: dt.datetime | None  # local
    actual_end: dt.datetime | None  # local
    skipped: bool

    @property
    def delay_minutes(self) -> int | None:
        """How many minutes later than planned the phase ended (negative: earlier)."""
        if self.skipped or self.planned_end is None or self.actual_end is None:
            return None
        return round((self.actual_end - self.planned_end).total_seconds() / 60)


@dataclass(frozen=True)
class Timetable:
    phases: tuple[PhaseTimes, ...]
    first_day: dt.date | None  # the day the '(+1)' markers count from
    sheet: RunSheet | None

    def day_mark(self, moment: dt.datetime) -> str:
        if self.first_day is None:
            return ""
        days = (moment.date() - self.first_day).days
        return f" (+{days})" if days > 0 else (f" ({days})" if days < 0 else "")

    def span(self, start: dt.datetime | None, end: dt.datetime | None) -> str:
        """'19:00–19:25', '23:30–00:15 (+1)', '19:30–' (still running), '' (not held)."""
        if start is None:
            return ""
        text = clock(start) + self.day_mark(start) + "–"
        if end is not None:
            text += clock(end) + self.day_mark(end)
        return text

    @property
    def actual_start(self) -> dt.datetime | None:
        starts = [p.actual_start for p in self.phases if p.actual_start and not p.skipped]
        return min(starts) if starts else None

    @property
    def actual_end(self) -> dt.datetime | None:
        """When the last phase held ended; None while any phase held has not ended."""
        held = [p for p in self.phases if p.actual_start and not p.skipped]
        if not held or any(p.actual_end is None for p in held):
            return None
        return max(p.actual_end for p in held if p.actual_end is not None)

    @property
    def delay_minutes(self) -> int | None:
        end = self.actual_end
        if self.sheet is None or end is None:
            return None
        return round((end - self.sheet.planned_end).total_seconds() / 60)


def timetable(snapshot: WorkshopSnapshot) -> Timetable:
    phases: Sequence[PhaseSnapshot] = snapshot.phases
    offset = snapshot.utc_offset_minutes
    starts = [local(p.run.actual_start, offset) for p in phases if p.run.actual_start is not None]
    workshop = snapshot.workshop
    # Without a date the plan is placed on the day the workshop actually began, so that
    # planned and actual times compare.
    day = workshop.date or (min(starts).date() if starts else None)
    sheet = plan_workshop(dataclasses.replace(workshop, date=day), [p.phase for p in phases])
    rows = sheet.rows if sheet is not None else ()
    times = []
    for index, item in enumerate(phases):
        row = rows[index] if sheet is not None else None
        times.append(
            PhaseTimes(
                number=index + 1,
                planned_start=row.planned_start if row else None,
                planned_end=row.planned_end if row else None,
                planned_minutes=max(0, item.phase.planned_minutes),
                actual_start=(
                    local(item.run.actual_start, offset) if item.run.actual_start else None
                ),
                actual_end=local(item.run.actual_end, offset) if item.run.actual_end else None,
                skipped=item.run.skipped,
            )
        )
    return Timetable(phases=tuple(times), first_day=day, sheet=sheet)
