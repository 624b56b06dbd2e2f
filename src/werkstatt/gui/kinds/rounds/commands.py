"""Undo commands of a World Café's rounds phase: the set-up, the seating plan, the
hosts' notes. Applied before the push, never holding a widget; every step is announced
with ``RunContext.records_changed(phase_id, None)`` and whoever shows the phase reads it
again (the ResultsCommand pattern, gui/kinds/results_command.py)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from werkstatt.core.records import CafeSetup
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand

_SETUP_EDIT_ID = 0x63616665  # 'cafe'

Rounds = tuple[tuple[tuple[int, ...], ...], ...]
#: The keys of library.cafe.update that are the phase's settings: the plan is read again.
SETTING_KEYS = frozenset({"participants", "table_count", "rounds", "hosts_stay"})


class _CafeCommand(ResultsCommand):
    def __init__(self, context: RunContext, phase_id: int, text: str) -> None:
        super().__init__(context, text)
        self.phase_id = phase_id

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self.phase_id, None)

    def _restore_plan(self, setup: CafeSetup) -> None:
        cafe = self._context.library.cafe
        if setup.rounds:
            cafe.set_plan(self.phase_id, setup.rounds, setup.hosts, setup.seed)
        else:
            cafe.clear_plan(self.phase_id)


class UpdateSetupCommand(_CafeCommand):
    """Change the set-up (``library.cafe.update`` keywords); the old set-up, plan
    included, comes back on undo. Consecutive edits of one field merge, except across
    an edit that cleared the stored seating plan: merged into a command that ends where
    it began, Qt would drop it as obsolete and the plan with it, beyond undo."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        text: str,
        before: CafeSetup,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(context, phase_id, text)
        self._before = before
        self._old = dict(old)
        self._new = dict(new)
        self.merge_key = merge_key
        self.changes_plan = bool(SETTING_KEYS & (self._old.keys() | self._new.keys()))
        #: set once forward() found a plan and left none: the command then stands alone
        self.cleared_plan = False

    def forward(self) -> None:
        after = self._context.library.cafe.update(self.phase_id, **self._new)
        if self._before.rounds and not after.rounds:
            self.cleared_plan = True

    def backward(self) -> None:
        self._context.library.cafe.update(self.phase_id, **self._old)
        self._restore_plan(self._before)

    def id(self) -> int:
        if self.merge_key is None or self.cleared_plan:
            return -1
        return _SETUP_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, UpdateSetupCommand)
            or other.merge_key != self.merge_key
            or self.cleared_plan
            or other.cleared_plan
        ):
            return False
        self._new = dict(other._new)
        self.setText(other.text())
        self.setObsolete(self._new == self._old)
        return True


class SetPlanCommand(_CafeCommand):
    """Store a seating plan (new, regenerated or re-planned); undo brings the one before
    (or none). ``participants``: a re-plan with late arrivals beyond the count raises it
    first (which clears the plan, set right after)."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        text: str,
        before: CafeSetup,
        rounds: Rounds,
        hosts: tuple[int, ...] | None,
        seed: int,
        participants: int | None = None,
    ) -> None:
        super().__init__(context, phase_id, text)
        self._before = before
        self._rounds = rounds
        self._hosts = hosts
        self._seed = seed
        self._participants = participants

    def forward(self) -> None:
        cafe = self._context.library.cafe
        if self._participants is not None and self._participants != self._before.participants:
            cafe.update(self.phase_id, participants=self._participants)
        cafe.set_plan(self.phase_id, self._rounds, self._hosts, self._seed)

    def backward(self) -> None:
        cafe = self._context.library.cafe
        if self._participants is not None and self._participants != self._before.participants:
            cafe.update(self.phase_id, participants=self._before.participants)
        self._restore_plan(self._before)


class SetNoteCommand(_CafeCommand):
    """A host's key points of one table in one round ('' deletes them)."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        text: str,
        table: int,
        round_index: int,
        old: str,
        new: str,
    ) -> None:
        super().__init__(context, phase_id, text)
        self.table = table
        self.round_index = round_index
        self._old = old
        self._new = new

    def forward(self) -> None:
        self._context.library.cafe.set_note(self.phase_id, self.table, self.round_index, self._new)

    def backward(self) -> None:
        self._context.library.cafe.set_note(self.phase_id, self.table, self.round_index, self._old)
