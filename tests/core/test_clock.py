"""core.clock: a stored UTC moment as the workshop's wall clock."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from werkstatt.core.clock import local_time, machine_offset_minutes

MOMENT = dt.datetime(2026, 7, 4, 17, 30, tzinfo=dt.UTC)


def test_a_recorded_offset_wins_over_the_machine_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    try:
        assert local_time(MOMENT, 120) == dt.datetime(2026, 7, 4, 19, 30)
        assert local_time(MOMENT.replace(tzinfo=None), -300) == dt.datetime(2026, 7, 4, 12, 30)
        # not recorded: the machine's zone (India, +05:30)
        assert local_time(MOMENT) == dt.datetime(2026, 7, 4, 23, 0)
        assert machine_offset_minutes(MOMENT) == 330
    finally:
        monkeypatch.undo()
        time.tzset()
