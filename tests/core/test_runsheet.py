"""The run sheet: planned times from a start and durations; delays from actual times."""

from __future__ import annotations

import datetime as dt

import pytest

from werkstatt.core.records import Phase, Workshop, WorkshopStatus
from werkstatt.core.runsheet import (
    PhaseTiming,
    hours_and_minutes,
    plan,
    plan_workshop,
    start_of,
)

DAY = dt.date(2025, 3, 14)


def at(hour: int, minute: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def test_phases_follow_each_other_from_the_start() -> None:
    sheet = plan(dt.time(18, 0), [15, 30, 45], date=DAY)

    assert [(r.planned_start, r.planned_end) for r in sheet.rows] == [
        (at(18, 0), at(18, 15)),
        (at(18, 15), at(18, 45)),
        (at(18, 45), at(19, 30)),
    ]
    assert sheet.total_minutes == 90
    assert sheet.planned_end == at(19, 30)
    assert sheet.dated
    assert [r.index for r in sheet.rows] == [0, 1, 2]


def test_without_phases_the_workshop_ends_when_it_starts() -> None:
    sheet = plan(dt.time(9, 30), [], date=DAY)

    assert sheet.rows == ()
    assert sheet.total_minutes == 0
    assert sheet.planned_end == at(9, 30)
    assert sheet.projected_end == at(9, 30)


def test_a_phase_crossing_midnight_ends_on_the_next_day() -> None:
    sheet = plan(dt.time(22, 45), [60, 30, 20], date=DAY)

    first, second, third = sheet.rows
    assert (first.planned_start, first.planned_end) == (at(22, 45), at(23, 45))
    assert (first.day, first.end_day) == (0, 0)
    assert second.planned_end == at(0, 15, DAY + dt.timedelta(days=1))
    assert (second.day, second.end_day) == (0, 1)
    assert (third.day, third.end_day) == (1, 1)
    assert sheet.end_day == 1
    assert sheet.planned_end == at(0, 35, DAY + dt.timedelta(days=1))


def test_an_undated_workshop_counts_days_from_its_start_time() -> None:
    sheet = plan(dt.time(23, 30), [20, 20])

    assert not sheet.dated
    assert [r.planned_start.time() for r in sheet.rows] == [dt.time(23, 30), dt.time(23, 50)]
    assert sheet.rows[1].planned_end.time() == dt.time(0, 10)
    assert sheet.rows[1].end_day == 1
    assert sheet.end_day == 1


def test_a_two_day_open_space_spans_days() -> None:
    # 9:00 start, 54 h of phases (overnight included): ends on the third day at 15:00.
    sheet = plan(dt.time(9, 0), [600, 840, 360, 1440], date=DAY)

    assert sheet.planned_end == at(15, 0, DAY + dt.timedelta(days=2))
    assert sheet.end_day == 2
    assert [r.day for r in sheet.rows] == [0, 0, 1, 1]


def test_negative_minutes_count_as_zero() -> None:
    sheet = plan(dt.time(18, 0), [15, -5, 30], date=DAY)

    assert sheet.rows[1].minutes == 0
    assert sheet.rows[1].planned_start == sheet.rows[1].planned_end == at(18, 15)
    assert sheet.planned_end == at(18, 45)


def test_start_time_with_timezone_is_taken_as_wall_clock() -> None:
    start = dt.time(18, 0, tzinfo=dt.UTC)

    assert start_of(start, DAY) == at(18, 0)


def test_without_actual_times_the_projection_is_the_plan() -> None:
    sheet = plan(dt.time(18, 0), [15, 30], date=DAY)

    for row in sheet.rows:
        assert (row.projected_start, row.projected_end) == (row.planned_start, row.planned_end)
        assert row.delay_minutes == 0
        assert not row.started
        assert not row.finished
    assert sheet.projected_end == sheet.planned_end
    assert sheet.delay_minutes == 0


def test_a_late_first_phase_pushes_everything_after_it() -> None:
    timings = [PhaseTiming(at(18, 5), at(18, 25)), None, None]

    sheet = plan(dt.time(18, 0), [15, 30, 45], date=DAY, timings=timings)

    first, second, third = sheet.rows
    assert first.started and first.finished
    assert first.delay_minutes == 10
    assert (second.projected_start, second.projected_end) == (at(18, 25), at(18, 55))
    assert third.projected_end == at(19, 40)
    assert sheet.projected_end == at(19, 40)
    assert sheet.delay_minutes == 10
    # the plan itself does not move
    assert sheet.planned_end == at(19, 30)


def test_a_running_phase_that_overruns_lasts_at_least_until_now() -> None:
    timings = [PhaseTiming(at(18, 0), at(18, 15)), PhaseTiming(at(18, 15)), None]

    sheet = plan(dt.time(18, 0), [15, 30, 45], date=DAY, timings=timings, now=at(18, 52))

    running = sheet.rows[1]
    assert running.started and not running.finished
    assert running.projected_end == at(18, 52)
    assert running.delay_minutes == 7
    assert sheet.rows[2].projected_start == at(18, 52)
    assert sheet.projected_end == at(19, 37)


def test_a_running_phase_within_its_time_keeps_its_planned_end() -> None:
    timings = [PhaseTiming(at(18, 0)), None]

    sheet = plan(dt.time(18, 0), [15, 30], date=DAY, timings=timings, now=at(18, 10))

    assert sheet.rows[0].projected_end == at(18, 15)
    assert sheet.delay_minutes == 0


def test_a_phase_not_started_by_now_starts_no_earlier_than_now() -> None:
    # The workshop should have begun at 18:00, but at 18:20 nothing has started yet.
    sheet = plan(dt.time(18, 0), [15, 30], date=DAY, timings=[None, None], now=at(18, 20))

    assert sheet.rows[0].projected_start == at(18, 20)
    assert sheet.rows[1].projected_end == at(19, 5)
    assert sheet.delay_minutes == 20


def test_finishing_early_pulls_the_projected_end_forward() -> None:
    timings = [PhaseTiming(at(18, 0), at(18, 10)), None]

    sheet = plan(dt.time(18, 0), [15, 30], date=DAY, timings=timings, now=at(18, 10))

    assert sheet.rows[0].delay_minutes == -5
    assert sheet.projected_end == at(18, 40)
    assert sheet.delay_minutes == -5


def test_delays_are_rounded_to_whole_minutes() -> None:
    end = at(18, 15) + dt.timedelta(seconds=31)
    sheet = plan(dt.time(18, 0), [15], date=DAY, timings=[PhaseTiming(at(18, 0), end)])

    assert sheet.rows[0].delay_minutes == 1


def test_timings_must_match_the_phases() -> None:
    with pytest.raises(ValueError, match="2 timings for 3 phases"):
        plan(dt.time(18, 0), [15, 30, 45], date=DAY, timings=[None, None])


def test_actual_times_need_a_dated_workshop() -> None:
    with pytest.raises(ValueError, match="date"):
        plan(dt.time(18, 0), [15], timings=[PhaseTiming(at(18, 0))])
    with pytest.raises(ValueError, match="date"):
        plan(dt.time(18, 0), [15], now=at(18, 0))
    # timings that record nothing yet are fine without a date
    assert plan(dt.time(18, 0), [15], timings=[PhaseTiming()]).planned_end.time() == dt.time(
        18, 15
    )


def _workshop(start_time: dt.time | None, date: dt.date | None = DAY) -> Workshop:
    stamp = dt.datetime(2025, 2, 1, 10, 0)
    return Workshop(
        id=1,
        uid="f3b1c2",
        title="Zukunftswerkstatt Quartiersentwicklungskonzept Südstadt",
        method="zukunftswerkstatt",
        date=date,
        start_time=start_time,
        place="Bürgerhaus Großmarkt",
        client="Stadt Göttingen",
        moderators="Ayşe Yılmaz, Przemysław Wójcik",
        expected_participants=40,
        notes="",
        status=WorkshopStatus.PLANNED,
        language="de",
        created_at=stamp,
        changed_at=stamp,
    )


def _phase(position: int, minutes: int) -> Phase:
    return Phase(
        id=position + 10,
        workshop_id=1,
        position=position,
        kind="cards",
        title=f"Kritikphase {position}",
        question="Was ärgert uns im Viertel?",
        script="",
        planned_minutes=minutes,
    )


def test_plan_workshop_uses_its_date_and_start_time() -> None:
    sheet = plan_workshop(_workshop(dt.time(18, 0)), [_phase(0, 15), _phase(1, 30)])

    assert sheet is not None
    assert sheet.planned_end == at(18, 45)
    assert sheet.dated


def test_plan_workshop_without_start_time_has_no_run_sheet() -> None:
    assert plan_workshop(_workshop(None), [_phase(0, 15)]) is None


def test_plan_workshop_without_date_still_plans() -> None:
    sheet = plan_workshop(_workshop(dt.time(18, 0), date=None), [_phase(0, 15)])

    assert sheet is not None
    assert not sheet.dated
    assert sheet.planned_end.time() == dt.time(18, 15)


@pytest.mark.parametrize(
    ("total", "expected"), [(0, (0, 0)), (45, (0, 45)), (60, (1, 0)), (135, (2, 15)), (-3, (0, 0))]
)
def test_hours_and_minutes(total: int, expected: tuple[int, int]) -> None:
    assert hours_and_minutes(total) == expected
