"""Fixtures for every test: an own data folder, no real user folders, Qt offscreen."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: GUI tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point HOME and the XDG folders away from the real ones, so nothing leaks out."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("WERKSTATT_DATA_DIR", raising=False)
    monkeypatch.setenv("WERKSTATT_LANG", "de")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh, empty data folder of this test's own, also given as WERKSTATT_DATA_DIR."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("WERKSTATT_DATA_DIR", str(path))
    yield path


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_error_logged() -> Iterator[None]:
    """Werkstatt logs an error only for a failure it did not expect (a background job
    that crashed, a preview that failed): that fails the test, like a Qt warning does.
    A background job a test leaves behind fails this way too: Qt's event processing at
    teardown steps it without a running loop."""
    handler = _ErrorRecords()
    logger = logging.getLogger("werkstatt")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if handler.records:
        lines = [f"{record.name}: {record.getMessage()}" for record in handler.records]
        if any(record.exc_info for record in handler.records):
            first = next(record for record in handler.records if record.exc_info)
            lines.append(logging.Formatter().formatException(first.exc_info))  # type: ignore[arg-type]
        pytest.fail("an error was logged:\n" + "\n".join(lines), pytrace=False)
