"""The results of each phase kind, as content blocks, and which kind gets which.

A new kind (World Café rounds, Open Space reports) is one function
``(PhaseInSnapshot, ProtocolOptions, Progress) -> list[Block]`` in a module of its own
and one line in SECTIONS; both renderers then show it. Only a result that none of the
blocks in werkstatt.protocol.content can express needs a new block type (and a case in
each renderer).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.sections.agenda import agenda_results, agenda_units
from werkstatt.protocol.sections.board import (
    board_results,
    board_units,
    reformulation_results,
    reformulation_units,
)
from werkstatt.protocol.sections.cards import cards_results
from werkstatt.protocol.sections.common import SectionBuilder
from werkstatt.protocol.sections.feedback import feedback_results
from werkstatt.protocol.sections.implementation import (
    action_plan_results,
    reality_check_results,
)
from werkstatt.protocol.sections.reports import reports_results, reports_units
from werkstatt.protocol.sections.rounds import rounds_results, rounds_units
from werkstatt.protocol.sections.vote import vote_results, vote_units


def _none(_where: PhaseInSnapshot) -> int:
    return 0


@dataclass(frozen=True)
class Section:
    """How a kind shows its results. ``units``: progress steps beyond the ones every
    phase counts (its cards, feedback entries, actions, reality checks and photos)."""

    results: SectionBuilder
    units: Callable[[PhaseInSnapshot], int] = _none
    #: the rows this kind shows itself, so that the phase frame does not add them again
    shows_cards: bool = False
    shows_rows: bool = False


SECTIONS: dict[str, Section] = {
    PhaseKind.CARDS: Section(cards_results, shows_cards=True),
    PhaseKind.FEEDBACK: Section(feedback_results),
    PhaseKind.CLUSTER: Section(board_results, board_units),
    PhaseKind.VOTE: Section(vote_results, vote_units),
    PhaseKind.REFORMULATE: Section(reformulation_results, reformulation_units),
    PhaseKind.REALITY_CHECK: Section(reality_check_results, shows_rows=True),
    PhaseKind.ACTION_PLAN: Section(action_plan_results, shows_rows=True),
    PhaseKind.ROUNDS: Section(rounds_results, rounds_units),
    PhaseKind.AGENDA_WALL: Section(agenda_results, agenda_units),
    PhaseKind.REPORTS: Section(reports_results, reports_units),
}

__all__ = ["SECTIONS", "Section", "SectionBuilder"]
