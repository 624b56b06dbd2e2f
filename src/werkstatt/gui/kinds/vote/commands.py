"""Undo commands of a dot voting: counts typed into the tally, and the number of people
voting (a setting of the phase, changed during the run).

Like the entry commands, they are applied before the push (a refused change never lands
on the stack), never hold a widget, and announce every step with
``RunContext.records_changed(phase_id, None)``: whoever shows the phase reads it again.
Consecutive edits of one cell (digits typed, or + and − pressed) merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand

# QUndoCommand.id of the mergeable commands (any value unique among the run's commands).
_COUNT_EDIT_ID = 0x766F7465
_SETTING_EDIT_ID = 0x76736574

Counts = Sequence[tuple[int, str, int]]


class _VoteCommand(ResultsCommand):
    def __init__(self, context: RunContext, phase_id: int, text: str, merge_key: Hashable) -> None:
        super().__init__(context, text)
        self.phase_id = phase_id
        self.merge_key = merge_key

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self.phase_id, None)


class SetCountsCommand(_VoteCommand):
    """Set dots of (target id, criterion) pairs; ``old`` holds what they were."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        text: str,
        old: Counts,
        new: Counts,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(context, phase_id, text, merge_key)
        self._old = list(old)
        self._new = list(new)

    def forward(self) -> None:
        self._context.library.votes.set_counts(self.phase_id, self._new)

    def backward(self) -> None:
        self._context.library.votes.set_counts(self.phase_id, self._old)

    def id(self) -> int:
        return _COUNT_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetCountsCommand) or other.merge_key != self.merge_key:
            return False
        self._new = list(other._new)
        # Back to where it started: nothing left to undo, the stack drops the command.
        self.setObsolete(self._new == self._old)
        return True


class SetPhaseSettingsCommand(_VoteCommand):
    """Change the phase's settings (the people voting, typed in during the run)."""

    changes_plan = True

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        text: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(context, phase_id, text, merge_key)
        self._old = dict(old)
        self._new = dict(new)

    def forward(self) -> None:
        self._context.library.update_phase(self.phase_id, settings=self._new)

    def backward(self) -> None:
        self._context.library.update_phase(self.phase_id, settings=self._old)

    def id(self) -> int:
        return _SETTING_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetPhaseSettingsCommand) or other.merge_key != self.merge_key:
            return False
        self._new = dict(other._new)
        self.setObsolete(self._new == self._old)
        return True
