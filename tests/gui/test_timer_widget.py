"""The timer as the moderator drives it: clicks, colours, the gong, and silence without
a sound device. Time moves on fake clocks; nobody sleeps."""

# ruff: noqa: F811  (the fixtures come from test_run_fixtures by import)
from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from pytestqt.qtbot import QtBot
from test_run_fixtures import (  # noqa: F401  (fixtures)
    FakeClocks,
    FakePlayer,
    clocks,
    evening,
    kinds,
    local,
    make_session,
    player,
    run_page,
    sound_file,
)

from werkstatt.core.phase_timer import TimerLevel
from werkstatt.gui.run import gong as gong_module
from werkstatt.gui.run.gong import Gong
from werkstatt.gui.run.timer_widget import LEVEL_COLOURS
from werkstatt.store.library import Library


def _click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def started(run_page: Any) -> Any:
    run_page.session.start_workshop()  # the welcome: 15 minutes
    return run_page


def test_start_pause_extend_and_reset_by_clicks(
    started: Any, library: Library, evening: int, clocks: FakeClocks, qtbot: QtBot
) -> None:
    widget = started.timer_widget
    phase_id = library.list_phases(evening)[0].id
    assert widget.digits.text() == "15:00" and widget.toggle_button.text() == "Start"
    _click(qtbot, widget.toggle_button)
    assert library.run.timer(phase_id).running_since == local(18, 0)
    clocks.advance(minutes=4, seconds=30)
    started.session.timer.refresh()
    assert widget.digits.text() == "10:30" and widget.toggle_button.text() == "Pause"
    _click(qtbot, widget.toggle_button)
    assert widget.toggle_button.text() == "Resume"
    assert library.run.timer(phase_id).elapsed_seconds == 270
    _click(qtbot, widget.plus_one_button)
    _click(qtbot, widget.plus_five_button)
    assert widget.digits.text() == "16:30"
    assert library.run.timer(phase_id).duration_seconds == 21 * 60
    _click(qtbot, widget.reset_button)
    assert widget.digits.text() == "15:00" and widget.toggle_button.text() == "Start"
    saved = library.run.timer(phase_id)
    assert (saved.duration_seconds, saved.elapsed_seconds, saved.running_since) == (900, 0, None)


def test_warning_colour_at_two_minutes_and_overtime_colour(
    started: Any, clocks: FakeClocks, qtbot: QtBot
) -> None:
    widget = started.timer_widget
    _click(qtbot, widget.toggle_button)
    clocks.advance(minutes=12, seconds=59)
    started.session.timer.refresh()
    assert widget.level is TimerLevel.NORMAL
    clocks.advance(seconds=1)
    started.session.timer.refresh()
    assert widget.level is TimerLevel.WARNING
    assert LEVEL_COLOURS[TimerLevel.WARNING] in widget.digits.styleSheet()
    clocks.advance(minutes=3, seconds=5)
    started.session.timer.refresh()
    assert widget.level is TimerLevel.OVERTIME
    assert widget.digits.text() == "−01:05"
    assert LEVEL_COLOURS[TimerLevel.OVERTIME] in widget.digits.styleSheet()
    assert "overtime" in widget.state_label.text()


def test_the_gong_rings_once_at_the_end_and_again_after_an_extension(
    started: Any, clocks: FakeClocks, player: FakePlayer, qtbot: QtBot
) -> None:
    timer = started.session.timer
    _click(qtbot, started.timer_widget.toggle_button)
    clocks.advance(minutes=14, seconds=59)
    timer.refresh()
    assert player.plays == 0
    clocks.advance(seconds=2)
    timer.refresh()
    timer.refresh()
    clocks.advance(seconds=30)
    timer.refresh()
    assert player.plays == 1
    _click(qtbot, started.timer_widget.plus_one_button)  # 29 s left again
    clocks.advance(seconds=29)
    timer.refresh()
    assert player.plays == 2


def test_a_muted_gong_stays_silent(
    started: Any, clocks: FakeClocks, player: FakePlayer, qtbot: QtBot, library: Library,
    evening: int,
) -> None:
    widget = started.timer_widget
    _click(qtbot, widget.mute_button)
    assert widget.mute_button.text() == "Gong muted"
    assert library.run.timer(library.list_phases(evening)[0].id).muted
    _click(qtbot, widget.toggle_button)
    clocks.advance(minutes=16)
    started.session.timer.refresh()
    assert player.plays == 0


def test_the_repaint_tick_runs_only_while_the_timer_runs(started: Any, qtbot: QtBot) -> None:
    run_timer = started.session.timer
    assert not run_timer._tick.isActive()
    _click(qtbot, started.timer_widget.toggle_button)
    assert run_timer._tick.isActive()
    _click(qtbot, started.timer_widget.toggle_button)
    assert not run_timer._tick.isActive()


def test_no_sound_device_means_silence_and_one_quiet_log_line(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real player: on these machines QtMultimedia is missing or has no device.
    monkeypatch.setattr(gong_module, "_audio_usable", None)
    parent = QObject()
    caplog.set_level(logging.DEBUG, logger="werkstatt.gui.run.gong")
    gong = Gong(sound_file(), parent=parent)
    first_gong = Gong(sound_file(), parent=parent)
    gong.ring()
    gong.ring()
    first_gong.ring()
    assert gong.rings == 2
    records = [r for r in caplog.records if r.name == "werkstatt.gui.run.gong"]
    assert len(records) <= 1
    assert all(r.levelno <= logging.INFO for r in records)


def test_qt_multimedia_is_not_loaded_for_the_run_view() -> None:
    """Starting and showing the run view must not import QtMultimedia (only the first gong
    does): checked in a fresh interpreter, as other tests here ring the real gong."""
    code = (
        "import sys\n"
        "from werkstatt.gui.run import run_page, presenter_window, gong\n"
        "sys.exit(1 if 'PySide6.QtMultimedia' in sys.modules else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_gong_file_is_a_short_wav() -> None:
    import wave

    with wave.open(str(sound_file())) as sound:
        seconds = sound.getnframes() / sound.getframerate()
    assert 2.0 <= seconds <= 3.0
