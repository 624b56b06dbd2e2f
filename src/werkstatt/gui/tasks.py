"""Run coroutines on the qasync loop and tell the user when one fails.

Why not ``@qasync.asyncSlot``: in qasync 0.28 it raises TypeError on plain functions called
without arguments (upstream issue #177), and a failure inside it only reaches a log. Every
background job of the GUI goes through :func:`start` instead, so failures are always shown.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from werkstatt.gui import dialogs

T = TypeVar("T")
_log = logging.getLogger(__name__)

# The loop keeps only weak references to tasks; without these a running job can vanish.
_running: set[asyncio.Task[Any]] = set()


def start(
    coro: Coroutine[Any, Any, T],
    *,
    parent: QWidget | None,
    on_done: Callable[[T], None] | None = None,
) -> asyncio.Task[T]:
    """Schedule ``coro`` on the running (qasync) loop.

    ``on_done`` receives the result on the GUI thread. An exception is worded with
    werkstatt.messages.describe and shown to the user above ``parent``; cancellation is
    silent because only the user cancels.
    """
    task = asyncio.get_event_loop().create_task(coro)
    _running.add(task)

    def finished(done: asyncio.Task[T]) -> None:
        _running.discard(done)
        if done.cancelled():
            return
        exc = done.exception()
        if exc is not None:
            report_failure(parent, exc)
        elif on_done is not None:
            on_done(done.result())

    task.add_done_callback(finished)
    return task


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """Show a failure to the user; log the traceback of anything that is not the store's."""
    from werkstatt.messages import describe
    from werkstatt.store.errors import StoreError

    if not isinstance(exc, StoreError):
        # Not a situation the user caused or can fix: keep the traceback for the bug report.
        _log.error("background task failed", exc_info=exc)
    dialogs.show_error(parent, describe(exc))


def running() -> int:
    """How many jobs are still running (the main window waits for none at quit)."""
    return len(_running)
