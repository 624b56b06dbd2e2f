"""Planned and actual times as the protocol prints them (Leipzig time, see conftest)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from protocol_samples import make_workshop, template_phases, utc, zukunftswerkstatt

from werkstatt.core.records import PhaseRun
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.protocol.texts import rendering_in, signed_minutes
from werkstatt.protocol.timings import local, timetable


def _snapshot(runs: list[PhaseRun], **workshop: object) -> WorkshopSnapshot:
    phases = template_phases()[: len(runs)]
    return WorkshopSnapshot(
        workshop=make_workshop(**workshop),
        phases=tuple(
            PhaseSnapshot(phase, replace(run, phase_id=phase.id))
            for phase, run in zip(phases, runs, strict=True)
        ),
        taken_at=utc(21, 0),
    )


def test_utc_becomes_leipzig_time_summer_and_winter() -> None:
    assert local(utc(17, 19)) == dt.datetime(2026, 3, 14, 18, 19)
    assert local(utc(17, 19, day=dt.date(2026, 7, 4))) == dt.datetime(2026, 7, 4, 19, 19)


def test_delays_of_the_sample_evening() -> None:
    times = timetable(zukunftswerkstatt())
    critique = times.phases[2]
    assert times.span(critique.actual_start, critique.actual_end) == "18:19–18:46"
    assert times.span(critique.planned_start, critique.planned_end) == "18:15–18:35"
    assert critique.delay_minutes == 11
    assert times.phases[4].skipped
    assert times.phases[4].delay_minutes is None
    assert times.delay_minutes == 4
    assert times.span(times.actual_start, times.actual_end) == "18:02–21:04"


def test_without_a_date_the_plan_is_put_on_the_day_it_was_held() -> None:
    runs = [PhaseRun(0, utc(17, 0), utc(17, 12)), PhaseRun(0, utc(17, 12), utc(17, 20))]
    times = timetable(_snapshot(runs, date=None))
    assert times.first_day == dt.date(2026, 3, 14)
    assert [p.delay_minutes for p in times.phases] == [2, 5]


def test_a_night_past_midnight_is_marked() -> None:
    runs = [
        PhaseRun(0, utc(22, 20), utc(22, 55)),
        PhaseRun(0, utc(22, 55), utc(23, 10)),
    ]
    times = timetable(_snapshot(runs, start_time=dt.time(23, 30)))
    second = times.phases[1]
    assert times.span(second.actual_start, second.actual_end) == "23:55–00:10 (+1)"
    assert times.span(second.planned_start, second.planned_end) == "23:40–23:45"


def test_a_phase_still_running_and_one_not_held() -> None:
    runs = [PhaseRun(0, utc(17, 0), utc(17, 10)), PhaseRun(0, utc(17, 10)), PhaseRun(0)]
    times = timetable(_snapshot(runs))
    assert times.span(times.phases[1].actual_start, times.phases[1].actual_end) == "18:10–"
    assert times.phases[1].delay_minutes is None
    assert times.span(times.phases[2].actual_start, None) == ""
    assert times.actual_end is None
    assert times.delay_minutes is None


def test_without_a_start_time_there_are_minutes_only() -> None:
    times = timetable(_snapshot([PhaseRun(0), PhaseRun(0)], start_time=None))
    assert times.sheet is None
    assert [p.planned_start for p in times.phases] == [None, None]
    assert [p.planned_minutes for p in times.phases] == [10, 5]


def test_signed_minutes_read_like_the_run_view() -> None:
    with rendering_in("de"):
        assert [signed_minutes(m) for m in (12, -3, 0)] == ["+12", "−3", "±0"]
