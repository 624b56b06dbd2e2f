"""The one shape of every undo command that changes what a phase produced on the day
(cards, feedback, the board, dots, statements, rows of a plan, photos).

A command is applied before it is pushed (``apply``): the store's call is one transaction,
so a refused change raises, changes nothing and never lands on the stack. The push's
first ``redo`` then does nothing; later redos and undos call the store again. Commands
outlive the widgets that made them (the run's undo stack reaches back into phases already
left), so they never hold a widget: they announce each step through the RunContext, and
whichever widgets show the phase then redraw. A step the store refuses later (the disk
filled up meanwhile) is told to the user above the active window.

The run session does not reload the plan after a results command (a reload on every Enter
is what made typing cards slow), unless the command says it changed the plan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError


class ResultsCommand(QUndoCommand):
    #: True for a command that also changes the plan (a phase's settings): the run
    #: session then reads the plan again.
    changes_plan = False

    def __init__(self, context: RunContext, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._skip_next_redo = False

    def forward(self) -> object:
        """Make the change; return what changed, for :meth:`announce` (or None)."""
        raise NotImplementedError

    def backward(self) -> object:
        """Take the change back; return what changed, for :meth:`announce` (or None)."""
        raise NotImplementedError

    def announce(self, change: object | None) -> None:
        """Tell the widgets of the phase(s) concerned; None: read the phase again."""
        raise NotImplementedError

    def apply(self) -> None:
        """Do the change now, before the push; raises the store's error if refused."""
        self.announce(self.forward())
        self._skip_next_redo = True

    def mark_applied(self) -> None:
        """The change was made step by step before the push (an import of many photos):
        the push's redo must not make it again."""
        self._skip_next_redo = True

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._run(self.forward)

    def undo(self) -> None:
        self._run(self.backward)

    def _run(self, step: Callable[[], object]) -> None:
        try:
            change = step()
        except StoreError as exc:
            # The phase may be long left: no widget of it to speak through.
            dialogs.show_error(QApplication.activeWindow(), describe(exc))
            change = None  # whoever shows the phase reads it again
        self.announce(change)
