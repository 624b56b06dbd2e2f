"""The protocol's actual times are the workshop's wall clock, whichever machine's zone
renders it: the UTC offset is recorded when the workshop starts (core.clock)."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.timings import timetable
from werkstatt.store.library import Library

UTC_1719 = dt.datetime(2026, 3, 14, 17, 19, tzinfo=dt.UTC)  # 18:19 in Leipzig (winter)


def _zone(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("TZ", name)
    time.tzset()


def _held_in_leipzig(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Library, int]:
    """Run two phases on a laptop in Leipzig (the store records the offset then)."""
    _zone(monkeypatch, "Europe/Berlin")
    library = Library.open(data_dir)
    workshop = library.create_workshop(
        WorkshopDraft(
            title="Zukunftswerkstatt Volkmarsdorf",
            method="zukunftswerkstatt",
            date=dt.date(2026, 3, 14),
            start_time=dt.time(18, 0),
        ),
        [
            PhaseDraft(PhaseKind.BRIEFING, "Begrüßung und Spielregeln", planned_minutes=15),
            PhaseDraft(PhaseKind.CARDS, "Kritikphase: Quartiersentwicklungskonzept",
                       planned_minutes=30),
        ],
    )
    first, second = (p.id for p in library.list_phases(workshop.id))
    library.run.start_phase(first, at=UTC_1719)
    library.run.start_phase(second, at=UTC_1719 + dt.timedelta(minutes=22))
    library.run.finish_workshop(workshop.id, at=UTC_1719 + dt.timedelta(minutes=55))
    return library, workshop.id


def test_the_offset_is_recorded_at_the_start_and_kept(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, workshop_id = _held_in_leipzig(data_dir, monkeypatch)
    with library:
        assert library.run.utc_offset_minutes(workshop_id) == 60
        assert library.snapshot(workshop_id).utc_offset_minutes == 60
        _zone(monkeypatch, "America/New_York")
        library.run.reopen_workshop(workshop_id)
        first = library.list_phases(workshop_id)[0].id
        library.run.start_phase(first, at=UTC_1719 + dt.timedelta(hours=2))
        assert library.run.utc_offset_minutes(workshop_id) == 60


def test_the_run_sheet_of_the_pdf_reads_the_same_in_utc_and_in_berlin(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    read_pdf: Callable[[Path], list[str]],
) -> None:
    library, workshop_id = _held_in_leipzig(data_dir, monkeypatch)
    with library:
        snapshot = library.snapshot(workshop_id)
    sheets = {}
    for zone in ("UTC", "Europe/Berlin"):
        _zone(monkeypatch, zone)
        times = timetable(snapshot)
        assert times.phases[0].actual_start == dt.datetime(2026, 3, 14, 18, 19)
        target = tmp_path / f"protokoll-{zone.replace('/', '-')}.pdf"
        render_pdf(snapshot, target)
        text = " ".join(read_pdf(target))
        # the clock times, without the 'created at' line (that is the reader's now)
        sheets[zone] = re.findall(r"\d\d:\d\d–\d\d:\d\d", text)
    assert "18:19–18:41" in sheets["UTC"]
    assert sheets["UTC"] == sheets["Europe/Berlin"]
