"""Undo commands of the plan editor: each one is a store call forwards and one backwards.

The editor applies a command itself first (``apply``) and pushes it only when the store
accepted it, so a failed change never lands on the undo stack; the stack's first
``redo`` is then skipped. Later redo/undo calls go to the store again, so an undone
change is on disk at once, and afterwards the editor redraws from the store. When such a
later call fails (the disk filled up meanwhile), the command reports it and marks itself
obsolete, so the stack drops it instead of pretending the step happened.

Removing a phase or changing its kind may empty other phases' references to it (the
store decides); the command keeps what was emptied and hands it back on undo.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from werkstatt.methods.errors import MethodsError
from werkstatt.methods.model import PhaseDraft
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library
from werkstatt.store.references import ReferenceReset

# One id for every mergeable edit: mergeWith decides by the edit's merge key.
_MERGEABLE_EDIT_ID = 0x57_45_44  # "WED"


class CommandHost(Protocol):
    """What commands need from the editor: the store, and someone to redraw and to tell
    about failures of undo/redo (which cannot be refused any more)."""

    @property
    def library(self) -> Library: ...

    def command_done(self, select_phase_id: int | None) -> None: ...

    def command_failed(self, exc: StoreError | MethodsError) -> None: ...


class StoreCommand(QUndoCommand):
    def __init__(self, host: CommandHost, text: str) -> None:
        super().__init__(text)
        self._host = host
        self._skip_next_redo = False

    # subclasses: the store calls; each returns the phase to select afterwards
    def forward(self) -> int | None:
        raise NotImplementedError

    def backward(self) -> int | None:
        raise NotImplementedError

    def apply(self) -> int | None:
        """Do the change now, before the push; raises the store's error if it is refused."""
        selected = self.forward()
        self._skip_next_redo = True
        return selected

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], int | None]) -> None:
        try:
            selected = step()
        except (StoreError, MethodsError) as exc:
            # The store did not take the step: the stack must not think it did.
            self.setObsolete(True)
            self._host.command_failed(exc)
            self._host.command_done(None)
            return
        self._host.command_done(selected)


class AddPhaseCommand(StoreCommand):
    def __init__(
        self,
        host: CommandHost,
        text: str,
        workshop_id: int,
        draft: PhaseDraft,
        index: int,
        selected_before: int | None,
    ) -> None:
        super().__init__(host, text)
        self._workshop_id = workshop_id
        self._draft = draft
        self._index = index
        self._selected_before = selected_before
        self._unlinked: tuple[ReferenceReset, ...] = ()
        self.phase_id: int | None = None

    def forward(self) -> int | None:
        library = self._host.library
        if self.phase_id is None:
            self.phase_id = library.add_phase(self._workshop_id, self._draft, self._index).id
        else:
            # Redo brings back the very phase (same id) rather than a copy of it.
            library.restore_phase(self.phase_id, relink=self._unlinked)
        return self.phase_id

    def backward(self) -> int | None:
        assert self.phase_id is not None
        self._unlinked = self._host.library.remove_phase(self.phase_id)
        return self._selected_before


class RemovePhaseCommand(StoreCommand):
    def __init__(
        self, host: CommandHost, text: str, phase_id: int, selected_after: int | None
    ) -> None:
        super().__init__(host, text)
        self._phase_id = phase_id
        self._selected_after = selected_after
        self._unlinked: tuple[ReferenceReset, ...] = ()

    def forward(self) -> int | None:
        self._unlinked = self._host.library.remove_phase(self._phase_id)
        return self._selected_after

    def backward(self) -> int | None:
        self._host.library.restore_phase(self._phase_id, relink=self._unlinked)
        return self._phase_id


class MovePhaseCommand(StoreCommand):
    def __init__(
        self, host: CommandHost, text: str, phase_id: int, old_index: int, new_index: int
    ) -> None:
        super().__init__(host, text)
        self._phase_id = phase_id
        self._old_index = old_index
        self._new_index = new_index

    def forward(self) -> int | None:
        self._host.library.move_phase(self._phase_id, self._new_index)
        return self._phase_id

    def backward(self) -> int | None:
        self._host.library.move_phase(self._phase_id, self._old_index)
        return self._phase_id


class UpdatePhaseCommand(StoreCommand):
    """Change some fields of a phase (title, kind + settings, ...).

    Edits with the same ``merge_key`` (the editor gives one per phase, field and
    editing session) merge into one command: every keystroke is on disk at once, and
    one undo takes back the whole change made to the field since it got focus.
    """

    def __init__(
        self,
        host: CommandHost,
        text: str,
        phase_id: int,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(host, text)
        self._phase_id = phase_id
        self._old = dict(old)
        self._new = dict(new)
        self.merge_key = merge_key

    def forward(self) -> int | None:
        self._host.library.update_phase(self._phase_id, **self._new)
        return self._phase_id

    def backward(self) -> int | None:
        self._host.library.update_phase(self._phase_id, **self._old)
        return self._phase_id

    def id(self) -> int:
        return _MERGEABLE_EDIT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdatePhaseCommand) or other.merge_key != self.merge_key:
            return False
        self._new = dict(other._new)
        # Typed back to what it was: nothing left to undo, the stack drops the command.
        self.setObsolete(self._new == self._old)
        return True


class ChangeKindCommand(StoreCommand):
    """Give a phase another kind; the store decides which settings stay. Undo brings back
    the old kind, the old settings and the references the change emptied."""

    def __init__(
        self,
        host: CommandHost,
        text: str,
        phase_id: int,
        old_kind: str,
        old_settings: Mapping[str, Any],
        new_kind: str,
    ) -> None:
        super().__init__(host, text)
        self._phase_id = phase_id
        self._old = {"kind": old_kind, "settings": dict(old_settings)}
        self._new_kind = new_kind
        self._unlinked: tuple[ReferenceReset, ...] = ()

    def forward(self) -> int | None:
        change = self._host.library.change_kind(self._phase_id, self._new_kind)
        self._unlinked = change.unlinked
        return self._phase_id

    def backward(self) -> int | None:
        self._host.library.update_phase(self._phase_id, relink=self._unlinked, **self._old)
        return self._phase_id
