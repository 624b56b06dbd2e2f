"""What the moderator's widgets for a phase's records (cards, feedback entries) share.

``EntryHost`` is the undo commands' host: it runs a command against the store, keeps the
half-typed line in the run context, and applies what a command's step changed to the
widget's model. It is a plain mixin without ``__init__`` (placed before QWidget in the
bases, it leaves the Qt constructor alone); the widget calls :meth:`_host_entries` once
its entry line and model exist and says in the hooks what else a change means to it.

``PhaseReloadTimer`` is the projector's side: one reload a short while after the last
change of the phase's results, so a burst (undo of a delete of ten cards) is one redraw.
``PhaseEntries`` is a library table for one phase as the undo commands speak to it, and
``EntryKindUI`` registers such a kind's two widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from werkstatt.core.records import Phase
from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.entry_commands import EntryChange, EntryCommand
from werkstatt.gui.kinds.entry_model import Entry, EntryListModel
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

# How long the projector waits for more changes before it reads the records again: a
# burst is one redraw, and Enter stays quick.
PRESENTER_DELAY_MS = 80
# A command's name in the Edit menu shows this much of a record.
_SHOWN_CHARS = 30

R = TypeVar("R", bound=Entry)


def short(text: str) -> str:
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


class _Table(Protocol[R]):
    """What library.cards and library.feedback both offer."""

    def update_many(self, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> list[R]: ...

    def delete_many(self, entry_ids: Sequence[int]) -> None: ...

    def restore_many(self, entry_ids: Sequence[int]) -> list[R]: ...


T = TypeVar("T", bound=_Table[Any])


class PhaseEntries(Generic[T, R]):
    """A library table ``T`` of records ``R`` for one phase, in the shape the undo commands
    speak (EntryStore); a subclass says in ``add`` how the command's values become the
    table's arguments."""

    def __init__(self, table: T, phase_id: int) -> None:
        self._table = table
        self.phase_id = phase_id

    def add(self, values: Mapping[str, Any]) -> R:
        raise NotImplementedError

    def update_many(self, changes: Sequence[tuple[int, Mapping[str, Any]]]) -> list[R]:
        return self._table.update_many(changes)

    def delete_many(self, entry_ids: Sequence[int]) -> None:
        self._table.delete_many(entry_ids)

    def restore_many(self, entry_ids: Sequence[int]) -> list[R]:
        return self._table.restore_many(entry_ids)


class EntryHost(Generic[R]):
    """Mixin for a QWidget showing one phase's records of type ``record_type``."""

    record_type: type[R]
    model: EntryListModel[R]
    entry: QLineEdit
    _context: RunContext
    _phase: Phase

    def _host_entries(self) -> None:
        """Bring back the phase's draft and follow the run context's record changes."""
        self.entry.setText(self._context.drafts.get(self._phase.id, ""))
        # connected after the restore: an empty line must not wipe a draft
        self.entry.textChanged.connect(self._keep_draft)
        self._context.recordsChanged.connect(self._records_changed)

    def _run(self, command: EntryCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            self.command_failed(exc)
            return False
        self._context.undo_stack.push(command)
        return True

    def _keep_draft(self, text: str) -> None:
        if text:
            self._context.drafts[self._phase.id] = text
        else:
            self._context.drafts.pop(self._phase.id, None)

    def _records_changed(self, phase_id: int, change: object) -> None:
        """A command's step, this widget's or one undone from a later phase: show it."""
        if phase_id != self._phase.id:
            return
        if not isinstance(change, EntryChange):
            self.reload()
            return
        row = None
        for record in change.shown:
            assert isinstance(record, self.record_type)
            row = self.model.insert(record)
            self._record_shown(record)
        for record in change.changed:
            assert isinstance(record, self.record_type)
            self.model.replace(record)
            self._record_shown(record)
        for record_id in change.hidden:
            self.model.remove(record_id)
            self._record_hidden(record_id)
        self._entries_changed(row)

    def command_failed(self, exc: StoreError) -> None:
        self._show_error(exc)
        self.reload()

    def _listed(self, read: Callable[[int], Sequence[R]]) -> list[R]:
        """``read(phase id)``; on a store error, said to the moderator, none."""
        try:
            return list(read(self._phase.id))
        except StoreError as exc:
            self._show_error(exc)
            return []

    def _show_error(self, exc: StoreError) -> None:
        assert isinstance(self, QWidget)
        dialogs.show_error(self, describe(exc))

    # -- the widget's part ------------------------------------------------------------
    def reload(self) -> None:
        raise NotImplementedError

    def _record_shown(self, record: R) -> None:
        """A record added, restored or changed (the model has it already)."""

    def _record_hidden(self, record_id: int) -> None:
        """A record deleted or undone (the model no longer has it)."""

    def _entries_changed(self, last_row: int | None) -> None:
        """After a step: ``last_row`` is the row of the last record added or restored."""


class PhaseReloadTimer(QTimer):
    """Calls ``reload`` once, a short while after the latest change of the phase's results.

    A child of the presenter: it goes (and its connection with it) when the presenter does.
    """

    def __init__(
        self, context: RunContext, phase_id: int, reload: Callable[[], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._phase_id = phase_id
        self.setSingleShot(True)
        self.setInterval(PRESENTER_DELAY_MS)
        self.timeout.connect(reload)
        context.resultsChanged.connect(self._results_changed)

    def _results_changed(self, phase_id: int) -> None:
        if phase_id == self._phase_id:
            self.start()


class EntryKindUI:
    """The KindUI of a kind whose records the moderator types (cards, feedback): the
    projector shows the records, not the question."""

    presenter_shows_question = False

    def __init__(
        self,
        moderator: Callable[[RunContext, Phase, QWidget], QWidget],
        presenter: Callable[[RunContext, Phase, PresenterTheme, QWidget], QWidget],
    ) -> None:
        self._moderator = moderator
        self._presenter = presenter

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        return self._moderator(context, phase, parent)

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        return self._presenter(context, phase, theme, parent)
