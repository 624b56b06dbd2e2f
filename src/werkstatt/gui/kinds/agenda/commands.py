"""Undo commands of the agenda wall: one core.agenda Edit each ('proposal placed in ...').

The command is applied before it is pushed (ResultsCommand.apply): the store's call is
one transaction, so a refused change never lands on the stack. Commands outlive the
panel: they hold no widget, and announce each step with
``RunContext.records_changed(phase_id, wall)`` (the wall as the store wrote it, or None
after a refused step: read it again); whoever shows the phase redraws.
"""

from __future__ import annotations

from werkstatt.core.agenda import AgendaWall, Edit, WallChange
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand


class WallCommand(ResultsCommand):
    """A core.agenda Edit: the change on redo, its inverse on undo."""

    def __init__(self, context: RunContext, phase_id: int, text: str, edit: Edit) -> None:
        super().__init__(context, text)
        self.phase_id = phase_id
        self.edit = edit

    def _play(self, change: WallChange) -> AgendaWall:
        return self._context.library.agenda.apply(self.phase_id, change)

    def forward(self) -> AgendaWall:
        return self._play(self.edit.change)

    def backward(self) -> AgendaWall:
        return self._play(self.edit.inverse)

    def announce(self, change: object | None) -> None:
        wall = change if isinstance(change, AgendaWall) else None
        self._context.records_changed(self.phase_id, wall)
