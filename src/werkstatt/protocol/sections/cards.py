"""A card phase's results: its cards, numbered, in their colours."""

from __future__ import annotations

from werkstatt.protocol.content import Block, Heading
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.common import card_grid, no_results
from werkstatt.protocol.texts import translate


def cards_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    cards = where.item.cards
    blocks: list[Block] = [
        Heading(2, translate("Protocol", "Cards ({count})").format(count=len(cards)))
    ]
    if cards:
        blocks.append(card_grid(cards, options, progress))
    else:
        blocks.append(no_results(translate("Protocol", "No cards were written.")))
    return blocks
