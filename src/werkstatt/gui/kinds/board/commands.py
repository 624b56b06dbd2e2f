"""Undo commands of the board: one meaning-level change each ('cards X, Y moved to C').

A command is a core.clustering Edit played on the store (library.board.apply) forwards
and backwards. As with the cards' commands, the panel applies it first and pushes it only
when the store accepted it, so a refused change never lands on the stack. The commands
outlive the panel: they hold no widget, and announce each step with
``RunContext.records_changed(phase_id, state)``; whoever shows the phase redraws.
"""

from __future__ import annotations

from werkstatt.core.clustering import BoardChange, Edit
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand
from werkstatt.store.board import BoardState


class BoardCommand(ResultsCommand):
    def __init__(self, context: RunContext, phase_id: int, text: str) -> None:
        super().__init__(context, text)
        self.phase_id = phase_id

    def forward(self) -> BoardState | None:
        raise NotImplementedError

    def backward(self) -> BoardState | None:
        raise NotImplementedError

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self.phase_id, change)


class EditBoardCommand(BoardCommand):
    """A core.clustering Edit: the change on redo, its inverse on undo."""

    def __init__(self, context: RunContext, phase_id: int, text: str, edit: Edit) -> None:
        super().__init__(context, phase_id, text)
        self.edit = edit

    def _play(self, change: BoardChange) -> BoardState:
        return self._context.library.board.apply(self.phase_id, change)

    def forward(self) -> BoardState:
        return self._play(self.edit.change)

    def backward(self) -> BoardState:
        return self._play(self.edit.inverse)


class AddBoardCardCommand(BoardCommand):
    """A card written on the board (into the sorted card phase, hanging in a cluster);
    undo deletes it, redo brings the very card back. The card belongs to the card phase
    the board sorts: both phases are told, so its cards list and projector follow too."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        text: str,
        card_text: str,
        cluster_id: int | None,
    ) -> None:
        super().__init__(context, phase_id, text)
        self._card_text = card_text
        self._cluster_id = cluster_id
        self.card_id: int | None = None
        self.source_phase_id = context.library.board.source_phase_id(phase_id)

    def forward(self) -> None:
        board = self._context.library.board
        if self.card_id is None:
            card = board.add_card(self.phase_id, self._card_text, cluster_id=self._cluster_id)
            self.card_id = card.id
        else:
            self._context.library.cards.restore(self.card_id)

    def backward(self) -> None:
        assert self.card_id is not None
        self._context.library.cards.delete(self.card_id)

    def announce(self, change: object | None) -> None:
        if self.source_phase_id != self.phase_id:
            self._context.records_changed(self.source_phase_id, None)
        self._context.records_changed(self.phase_id, None)
