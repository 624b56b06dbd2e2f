"""core.live_sheet (moved from the GUI: it is run-sheet arithmetic without Qt): the sheet
in the workshop's wall-clock time, and the re-planned rest of the day."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from werkstatt.core.live_sheet import LineState, live_sheet
from werkstatt.core.phase_timer import PhaseTimer
from werkstatt.core.records import Phase, PhaseRun, Workshop, WorkshopStatus

START_UTC = dt.datetime(2026, 3, 14, 17, 0, tzinfo=dt.UTC)  # 18:00 in Leipzig


def _workshop() -> Workshop:
    return Workshop(
        id=1, uid="u", title="Zukunftswerkstatt Großbeeren", method="zukunftswerkstatt",
        date=dt.date(2026, 3, 14), start_time=dt.time(18, 0), place="Bürgerhaus",
        client="", moderators="Ayşe Yılmaz", expected_participants=None, notes="",
        status=WorkshopStatus.RUNNING, language="de", created_at=START_UTC,
        changed_at=START_UTC,
    )


def _phases() -> list[Phase]:
    return [
        Phase(1, 1, 0, "briefing", "Begrüßung", "", "", 15),
        Phase(2, 1, 1, "cards", "Kritikphase zum Quartiersentwicklungskonzept", "", "", 30),
        Phase(3, 1, 2, "feedback", "Blitzlicht", "", "", 10),
    ]


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin", "America/New_York"])
def test_the_sheet_reads_the_workshop_clock_in_any_zone(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        now = START_UTC + dt.timedelta(minutes=25)
        runs = {
            1: PhaseRun(1, START_UTC, START_UTC + dt.timedelta(minutes=20)),
            2: PhaseRun(2, START_UTC + dt.timedelta(minutes=20)),
            3: PhaseRun(3),
        }
        timer = PhaseTimer(30 * 60, monotonic=lambda: 0.0, wall=lambda: now)
        sheet = live_sheet(_workshop(), _phases(), runs, 2, timer, now, 60)
    finally:
        monkeypatch.undo()
        time.tzset()
    first, second, _last = sheet.lines
    assert first.state is LineState.DONE
    assert (first.actual_start, first.actual_end) == (
        dt.datetime(2026, 3, 14, 18, 0), dt.datetime(2026, 3, 14, 18, 20)
    )
    assert second.state is LineState.CURRENT and second.planned_start.time() == dt.time(18, 15)
    # the timer of the running phase has not been started: its 30 min count from now
    assert second.expected_end == dt.datetime(2026, 3, 14, 18, 55)
    assert sheet.projected_end == dt.datetime(2026, 3, 14, 19, 5)
    assert sheet.delay_minutes == 10
