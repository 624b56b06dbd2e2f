"""Undo commands for the records of one phase (cards, feedback entries).

Each command is store calls forwards and backwards. The widget applies a command itself
first (``apply``) and pushes it on the run's undo stack only when the store accepted it,
so a refused change never lands on the stack (the stack's first ``redo`` is skipped).
Later redo/undo calls go to the store again: an undone card is off the disk at once.
After every step the host shows the store's records and tells the run context, so the
projector redraws too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from werkstatt.gui.kinds.entry_model import Entry
from werkstatt.store.errors import StoreError


class EntryStore(Protocol):
    """The store's calls for one phase's records (library.cards or library.feedback)."""

    def add(self, values: Mapping[str, Any]) -> Entry: ...

    def update(self, entry_id: int, changes: Mapping[str, Any]) -> Entry: ...

    def delete(self, entry_id: int) -> None: ...

    def restore(self, entry_id: int) -> Entry: ...


class EntryHost(Protocol):
    """The moderator widget: shows what the store did, reports what it refused."""

    def entry_shown(self, entry: Entry) -> None: ...  # added or restored

    def entry_changed(self, entry: Entry) -> None: ...

    def entry_hidden(self, entry_id: int) -> None: ...

    def entries_changed(self) -> None: ...  # after every step: counters, projector

    def command_failed(self, exc: StoreError) -> None: ...  # then redraws from the store


class EntryCommand(QUndoCommand):
    def __init__(self, host: EntryHost, store: EntryStore, text: str) -> None:
        super().__init__(text)
        self._host = host
        self._store = store
        self._skip_next_redo = False

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        """Do the change now, before the push; raises the store's error if it is refused."""
        try:
            self.forward()
        finally:
            # also after a refusal half-way: what did happen is shown and announced
            self._host.entries_changed()
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except StoreError as exc:
            self._host.command_failed(exc)
        self._host.entries_changed()


class AddEntryCommand(EntryCommand):
    def __init__(
        self, host: EntryHost, store: EntryStore, text: str, values: Mapping[str, Any]
    ) -> None:
        super().__init__(host, store, text)
        self._values = dict(values)
        self.entry_id: int | None = None

    def forward(self) -> None:
        if self.entry_id is None:
            entry = self._store.add(self._values)
            self.entry_id = entry.id
        else:
            # Redo brings back the very record (same id, same place), not a copy.
            entry = self._store.restore(self.entry_id)
        self._host.entry_shown(entry)

    def backward(self) -> None:
        assert self.entry_id is not None
        self._store.delete(self.entry_id)
        self._host.entry_hidden(self.entry_id)


class UpdateEntriesCommand(EntryCommand):
    """Change fields of one or more records (text, colour, rating...)."""

    def __init__(
        self,
        host: EntryHost,
        store: EntryStore,
        text: str,
        changes: Sequence[tuple[int, Mapping[str, Any], Mapping[str, Any]]],
    ) -> None:
        """``changes``: (record id, the fields before, the fields after) for each record."""
        super().__init__(host, store, text)
        self._changes = [(entry_id, dict(old), dict(new)) for entry_id, old, new in changes]

    def forward(self) -> None:
        for entry_id, _old, new in self._changes:
            self._host.entry_changed(self._store.update(entry_id, new))

    def backward(self) -> None:
        for entry_id, old, _new in reversed(self._changes):
            self._host.entry_changed(self._store.update(entry_id, old))


class DeleteEntriesCommand(EntryCommand):
    def __init__(
        self, host: EntryHost, store: EntryStore, text: str, entry_ids: Sequence[int]
    ) -> None:
        super().__init__(host, store, text)
        self._entry_ids = list(entry_ids)

    def forward(self) -> None:
        for entry_id in self._entry_ids:
            self._store.delete(entry_id)
            self._host.entry_hidden(entry_id)

    def backward(self) -> None:
        # The reverse order puts each record back among the very neighbours it left.
        for entry_id in reversed(self._entry_ids):
            self._host.entry_shown(self._store.restore(entry_id))
