"""Undo commands for the records of one phase (cards, feedback entries).

Each command is store calls forwards and backwards. The widget applies a command itself
first (``apply``) and pushes it on the run's undo stack only when the store accepted it,
so a refused change never lands on the stack (the stack's first ``redo`` is skipped).
Later redo/undo calls go to the store again: an undone card is off the disk at once.

The commands stay on the run's undo stack after the phase's widget is gone (Ctrl+Z in a
later phase reaches back), so they never hold a widget: after every step they tell the
run context what changed (``RunContext.records_changed``), and the widgets showing that
phase then, moderator's and projector's, redraw from it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.entry_model import Entry
from werkstatt.gui.kinds.results_command import ResultsCommand


class EntryStore(Protocol):
    """The store's calls for one phase's records (library.cards or library.feedback).

    The ``_many`` calls are one transaction each: all of the records change, or none.
    """

    @property
    def phase_id(self) -> int: ...

    def add(self, values: Mapping[str, Any]) -> Entry: ...

    def update_many(self, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> list[Entry]: ...

    def delete_many(self, entry_ids: Sequence[int]) -> None: ...

    def restore_many(self, entry_ids: Sequence[int]) -> list[Entry]: ...


@dataclass(frozen=True)
class EntryChange:
    """What one step of a command did to a phase's records, for the widgets to apply."""

    shown: tuple[Entry, ...] = ()  # added or restored, in the order they went in
    changed: tuple[Entry, ...] = ()
    hidden: tuple[int, ...] = ()  # ids


class EntryCommand(ResultsCommand):
    def __init__(self, context: RunContext, store: EntryStore, text: str) -> None:
        super().__init__(context, text)
        self._store = store

    def forward(self) -> EntryChange:
        raise NotImplementedError

    def backward(self) -> EntryChange:
        raise NotImplementedError

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self._store.phase_id, change)


class AddEntryCommand(EntryCommand):
    def __init__(
        self, context: RunContext, store: EntryStore, text: str, values: Mapping[str, Any]
    ) -> None:
        super().__init__(context, store, text)
        self._values = dict(values)
        self.entry_id: int | None = None

    def forward(self) -> EntryChange:
        if self.entry_id is None:
            entry = self._store.add(self._values)
            self.entry_id = entry.id
            return EntryChange(shown=(entry,))
        # Redo brings back the very record (same id, same place), not a copy.
        return EntryChange(shown=tuple(self._store.restore_many([self.entry_id])))

    def backward(self) -> EntryChange:
        assert self.entry_id is not None
        self._store.delete_many([self.entry_id])
        return EntryChange(hidden=(self.entry_id,))


class UpdateEntriesCommand(EntryCommand):
    """Change fields of one or more records (text, colour, rating...)."""

    def __init__(
        self,
        context: RunContext,
        store: EntryStore,
        text: str,
        changes: Sequence[tuple[int, Mapping[str, Any], Mapping[str, Any]]],
    ) -> None:
        """``changes``: (record id, the fields before, the fields after) for each record."""
        super().__init__(context, store, text)
        self._changes = [(entry_id, dict(old), dict(new)) for entry_id, old, new in changes]

    def forward(self) -> EntryChange:
        new = [(entry_id, after) for entry_id, _before, after in self._changes]
        return EntryChange(changed=tuple(self._store.update_many(new)))

    def backward(self) -> EntryChange:
        old = [(entry_id, before) for entry_id, before, _after in reversed(self._changes)]
        return EntryChange(changed=tuple(self._store.update_many(old)))


class DeleteEntriesCommand(EntryCommand):
    def __init__(
        self, context: RunContext, store: EntryStore, text: str, entry_ids: Sequence[int]
    ) -> None:
        super().__init__(context, store, text)
        self._entry_ids = list(entry_ids)

    def forward(self) -> EntryChange:
        self._store.delete_many(self._entry_ids)
        return EntryChange(hidden=tuple(self._entry_ids))

    def backward(self) -> EntryChange:
        # The reverse order puts each record back among the very neighbours it left.
        restored = self._store.restore_many(list(reversed(self._entry_ids)))
        return EntryChange(shown=tuple(restored))
