"""Starting the program: the library opens once, a second start says so; start-up probe."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from werkstatt import app, i18n
from werkstatt.store.library import Library


def test_second_instance_says_werkstatt_is_already_open(
    data_dir: Path, answers: Any, qapp: Any
) -> None:
    first = Library.open(data_dir, exclusive=True)
    try:
        assert app.run_gui(data_dir, "en") == app.EXIT_ERROR
    finally:
        first.close()
    [(_parent, text, title)] = [args for name, args in answers.calls if name == "show_error"]
    assert title == "Werkstatt is already open on this library"
    assert str(data_dir) in text  # messages.describe names the library
    assert i18n.current_language() == "de"  # the process is left as it was


@pytest.mark.slow
def test_startup_probe_reports_a_painted_window(data_dir: Path) -> None:
    env = dict(os.environ, WERKSTATT_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    code = "import sys; from pathlib import Path; from werkstatt.app import run_gui; " \
        f"sys.exit(run_gui(Path({str(data_dir)!r}), 'de'))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [app.READY_LINE]
    assert (data_dir / "library.sqlite").exists()


@pytest.mark.slow
def test_a_second_werkstatt_on_the_same_library_says_so_and_exits(data_dir: Path) -> None:
    """The real command while another Werkstatt holds the library: a German sentence, exit 1."""
    env = dict(os.environ, WERKSTATT_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    env.pop("WERKSTATT_LANG", None)
    with Library.open(data_dir, exclusive=True):
        result = subprocess.run(
            [sys.executable, "-m", "werkstatt", "--data-dir", str(data_dir), "--lang", "de"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == app.EXIT_ERROR
    assert "Werkstatt ist mit dieser Bibliothek bereits geöffnet" in result.stderr
    assert "Traceback" not in result.stderr
    assert app.READY_LINE not in result.stdout
