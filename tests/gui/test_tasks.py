"""Background jobs on the qasync loop: results come back, failures reach the user."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from werkstatt.gui import tasks
from werkstatt.messages import describe
from werkstatt.store.errors import DiskFullError


def test_result_is_handed_back(event_loop_qt: asyncio.AbstractEventLoop, answers: Any) -> None:
    results: list[int] = []

    async def count_cards() -> int:
        await asyncio.sleep(0)
        return 42

    task = tasks.start(count_cards(), parent=None, on_done=results.append)
    event_loop_qt.run_until_complete(task)
    assert results == [42]
    assert answers.calls == []
    assert tasks.running() == 0


def test_failure_is_shown_in_words(event_loop_qt: asyncio.AbstractEventLoop, answers: Any) -> None:
    error = DiskFullError(Path("/media/usb/Werkstatt/library.sqlite"))

    async def export() -> None:
        raise error

    task = tasks.start(export(), parent=None)
    event_loop_qt.run_until_complete(asyncio.wait([task]))
    assert answers.texts("show_error") == [describe(error)]


def test_cancelled_job_says_nothing(event_loop_qt: asyncio.AbstractEventLoop, answers: Any) -> None:
    async def long_export() -> None:
        await asyncio.sleep(3600)

    task = tasks.start(long_export(), parent=None)
    event_loop_qt.call_soon(task.cancel)
    event_loop_qt.run_until_complete(asyncio.wait([task]))
    assert task.cancelled()
    assert answers.calls == []
