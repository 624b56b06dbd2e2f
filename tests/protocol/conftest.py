"""Fixtures of the protocol tests; the sample workshop is in protocol_samples.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from protocol_samples import BERLIN, pdf_text, zukunftswerkstatt

from werkstatt.core.snapshot import WorkshopSnapshot


@pytest.fixture(autouse=True)
def berlin_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Leipzig's, whatever the machine's zone: 17:19 UTC prints as 18:19."""
    monkeypatch.setenv("TZ", BERLIN)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def snapshot() -> WorkshopSnapshot:
    return zukunftswerkstatt()


@pytest.fixture
def read_pdf() -> Callable[[Path], list[str]]:
    return pdf_text
