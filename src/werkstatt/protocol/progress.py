"""Progress and cancellation of one export, shared by story building and layout."""

from __future__ import annotations

from collections.abc import Callable

from werkstatt.protocol.errors import ExportCancelled

ProgressCallback = Callable[[int, int], None]


class Progress:
    """Counts work units up to ``total`` and reports at most about a hundred times, so
    that a GUI fed from another thread is not flooded by 4,000 calls."""

    def __init__(
        self,
        total: int,
        report: ProgressCallback | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total = max(1, total)
        self.done = 0
        self._report = report
        self._cancelled = cancelled
        self._last_percent = -1

    def is_cancelled(self) -> bool:
        return self._cancelled is not None and self._cancelled()

    def check(self) -> None:
        if self.is_cancelled():
            raise ExportCancelled()

    def advance(self, units: int = 1) -> None:
        self.done = min(self.total, self.done + units)
        percent = self.done * 100 // self.total
        if self._report is not None and percent != self._last_percent:
            self._last_percent = percent
            self._report(self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        if self._report is not None:
            self._report(self.total, self.total)


class ScaledProgress:
    """A renderer's own steps (flowables laid out, paragraphs written) counted as
    ``share`` units of a Progress, however many steps there turn out to be."""

    def __init__(self, progress: Progress, share: int) -> None:
        self._progress = progress
        self._share = share
        self._steps = 1
        self._done = 0
        self._reported = 0

    def expect(self, steps: int) -> None:
        self._steps = max(1, steps)

    def is_cancelled(self) -> bool:
        return self._progress.is_cancelled()

    def check(self) -> None:
        self._progress.check()

    def advance(self, steps: int = 1) -> None:
        self._done = min(self._steps, self._done + steps)
        reached = self._done * self._share // self._steps
        if reached > self._reported:
            self._progress.advance(reached - self._reported)
            self._reported = reached

    def finish(self) -> None:
        self._progress.finish()
