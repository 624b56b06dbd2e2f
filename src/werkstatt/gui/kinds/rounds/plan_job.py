"""Making a seating plan without freezing the window: core.seating searches up to ~10 s
for hard numbers, so it runs in the executor (as the PDF export renders, gui/export.py)
while the window stays responsive; Cancel drops the result (the search itself cannot be
interrupted and ends within its time budget).

Also the translation of a plan into badge numbers: core.seating numbers the hosts
1..tables; a host picked from the names list keeps their own badge.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from werkstatt.core.seating import SeatingPlan
from werkstatt.gui import tasks

Rounds = tuple[tuple[tuple[int, ...], ...], ...]


def host_badges(
    tables: int, participants: int, chosen: Sequence[int | None]
) -> tuple[int, ...]:
    """Each table's host badge: the chosen one (a named host's badge), else the lowest
    badges nobody else hosts."""
    wanted = [chosen[t] if t < len(chosen) else None for t in range(tables)]
    taken = {b for b in wanted if b is not None and 1 <= b <= participants}
    free = (b for b in range(1, participants + 1) if b not in taken)
    result: list[int] = []
    seen: set[int] = set()
    for badge in wanted:
        if badge is None or badge in seen or not 1 <= badge <= participants:
            badge = next(free)
        seen.add(badge)
        result.append(badge)
    return tuple(result)


def in_badges(
    plan: SeatingPlan, participants: int, hosts: Sequence[int] | None
) -> tuple[Rounds, tuple[int, ...] | None]:
    """The plan's rounds in badge numbers: plan host t+1 becomes ``hosts[t]``, everyone
    else the remaining badges in order."""
    if plan.hosts is None or hosts is None:
        return plan.rounds, plan.hosts
    mapping = {plan.hosts[t]: badge for t, badge in enumerate(hosts)}
    others = iter(b for b in range(1, participants + 1) if b not in set(hosts))
    for number in plan.participants:
        if number not in mapping:
            mapping[number] = next(others)
    rounds = tuple(
        tuple(
            (mapping[host], *sorted(mapping[p] for p in table if p != host))
            for host, table in zip(plan.hosts, round_, strict=True)
        )
        for round_ in plan.rounds
    )
    return rounds, tuple(hosts)


class PlanJob(QObject):
    """One planning at a time; ``done`` with the SeatingPlan, ``busyChanged`` for the
    indicator. A failure is shown by gui.tasks (worded by messages.describe)."""

    done = Signal(object)
    busyChanged = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._generation = 0
        self._busy = False
        self.task: asyncio.Task[SeatingPlan | None] | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self, work: Callable[[], SeatingPlan]) -> asyncio.Task[SeatingPlan | None]:
        self._generation += 1
        generation = self._generation
        loop = asyncio.get_event_loop()
        self._set_busy(True)

        async def run() -> SeatingPlan | None:
            try:
                plan = await loop.run_in_executor(None, work)
            finally:
                # The widget may be gone meanwhile (the phase was left): nobody to tell.
                current = shiboken6.isValid(self) and generation == self._generation
                if current:
                    self._set_busy(False)
            return plan if current else None

        def finished(plan: SeatingPlan | None) -> None:
            if plan is not None and shiboken6.isValid(self):
                self.done.emit(plan)

        self.task = tasks.start(run(), parent=self._widget, on_done=finished)
        return self.task

    def cancel(self) -> None:
        """Forget the running search: its plan, when it comes, is dropped."""
        self._generation += 1
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)
