"""The run sheet (Ablaufplan): when each phase starts and ends, planned and as it goes.

Pure arithmetic on datetimes, no Qt and no store: the plan editor feeds it the workshop's
start and the phases' planned minutes; the moderator view of the day feeds it also the
actual starts/ends recorded so far and the current time, and gets the delays and a
re-planned (projected) end.

A workshop without a date still has a run sheet from its start time alone. The times are
then placed on an arbitrary anchor day and each row says on which day after the start it
falls (``day``), so that a phase crossing midnight reads "23:30–00:15 (+1)".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from werkstatt.core.records import Phase, Workshop

# Any day works as anchor for undated workshops; callers never see it unless they ask
# for ``RunSheet.dated`` and ignore it.
_UNDATED_ANCHOR = dt.date(2000, 1, 3)


@dataclass(frozen=True)
class PhaseTiming:
    """What happened to one phase on the day; both None before it started."""

    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None


@dataclass(frozen=True)
class RunSheetRow:
    """One phase's line of the run sheet.

    ``day`` and ``end_day`` count the days after the workshop's first day on which the
    phase is planned to start and end (0 = the same day).
    """

    index: int
    minutes: int
    planned_start: dt.datetime
    planned_end: dt.datetime
    projected_start: dt.datetime
    projected_end: dt.datetime
    day: int
    end_day: int
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None

    @property
    def started(self) -> bool:
        return self.actual_start is not None

    @property
    def finished(self) -> bool:
        return self.actual_end is not None

    @property
    def delay_minutes(self) -> int:
        """How many minutes later than planned the phase ends (negative: earlier)."""
        return _minutes_between(self.planned_end, self.projected_end)


@dataclass(frozen=True)
class RunSheet:
    start: dt.datetime
    dated: bool
    rows: tuple[RunSheetRow, ...]

    @property
    def total_minutes(self) -> int:
        return sum(row.minutes for row in self.rows)

    @property
    def planned_end(self) -> dt.datetime:
        return self.start + dt.timedelta(minutes=self.total_minutes)

    @property
    def projected_end(self) -> dt.datetime:
        return self.rows[-1].projected_end if self.rows else self.start

    @property
    def end_day(self) -> int:
        """Days after the first day on which the workshop is planned to end."""
        return (self.planned_end.date() - self.start.date()).days

    @property
    def delay_minutes(self) -> int:
        """How much later than planned the workshop is now expected to end."""
        return _minutes_between(self.planned_end, self.projected_end)


def _minutes_between(earlier: dt.datetime, later: dt.datetime) -> int:
    # Rounded, not truncated: a phase 29 s late is on time, 31 s late is a minute late.
    return round((later - earlier).total_seconds() / 60)


def start_of(start_time: dt.time, date: dt.date | None = None) -> dt.datetime:
    """The workshop's start as a datetime (on an anchor day when it has no date)."""
    return dt.datetime.combine(date or _UNDATED_ANCHOR, start_time.replace(tzinfo=None))


def plan(
    start_time: dt.time,
    minutes: Sequence[int],
    *,
    date: dt.date | None = None,
    timings: Sequence[PhaseTiming | None] | None = None,
    now: dt.datetime | None = None,
) -> RunSheet:
    """The run sheet of phases lasting ``minutes`` each, starting at ``start_time``.

    Without ``timings`` the projected times equal the planned ones. With them (one per
    phase, None for phases not started), each phase is projected to start when the one
    before it ends (or actually started), a running phase to last its planned minutes
    but at least until ``now``, and a phase not yet started to start no earlier than
    ``now``. Negative minutes count as zero: the plan never runs backwards.
    """
    if timings is not None and len(timings) != len(minutes):
        raise ValueError(f"{len(timings)} timings for {len(minutes)} phases")
    if date is None and (now is not None or any(_happened(t) for t in timings or ())):
        # Actual times are real datetimes; mixing them with the anchor day would lie.
        raise ValueError("actual times need the workshop's date")
    start = start_of(start_time, date)
    rows: list[RunSheetRow] = []
    planned_cursor = start
    projected_cursor = start
    for index, raw_minutes in enumerate(minutes):
        length = dt.timedelta(minutes=max(0, raw_minutes))
        timing = (timings[index] if timings is not None else None) or PhaseTiming()
        planned_start = planned_cursor
        planned_end = planned_start + length
        projected_start, projected_end = _project(projected_cursor, length, timing, now)
        rows.append(
            RunSheetRow(
                index=index,
                minutes=max(0, raw_minutes),
                planned_start=planned_start,
                planned_end=planned_end,
                projected_start=projected_start,
                projected_end=projected_end,
                day=(planned_start.date() - start.date()).days,
                end_day=(planned_end.date() - start.date()).days,
                actual_start=timing.actual_start,
                actual_end=timing.actual_end,
            )
        )
        planned_cursor = planned_end
        projected_cursor = projected_end
    return RunSheet(start=start, dated=date is not None, rows=tuple(rows))


def plan_workshop(
    workshop: Workshop,
    phases: Sequence[Phase],
    *,
    timings: Sequence[PhaseTiming | None] | None = None,
    now: dt.datetime | None = None,
) -> RunSheet | None:
    """The run sheet of a workshop's phases (in the order given); None without a start time."""
    if workshop.start_time is None:
        return None
    return plan(
        workshop.start_time,
        [phase.planned_minutes for phase in phases],
        date=workshop.date,
        timings=timings,
        now=now,
    )


def _happened(timing: PhaseTiming | None) -> bool:
    return timing is not None and (timing.actual_start or timing.actual_end) is not None


def _project(
    cursor: dt.datetime, length: dt.timedelta, timing: PhaseTiming, now: dt.datetime | None
) -> tuple[dt.datetime, dt.datetime]:
    if timing.actual_start is not None:
        start = timing.actual_start
    elif now is not None:
        start = max(cursor, now)
    else:
        start = cursor
    if timing.actual_end is not None:
        return start, timing.actual_end
    end = start + length
    if timing.actual_start is not None and now is not None:
        # A running phase that overran its minutes lasts at least until now.
        end = max(end, now)
    return start, end


def hours_and_minutes(total: int) -> tuple[int, int]:
    """Hours and minutes of a duration, for "2 h 15 min" style labels."""
    return divmod(max(0, total), 60)
