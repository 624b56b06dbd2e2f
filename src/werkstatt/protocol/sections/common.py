"""Small pieces several sections share: empty states, cards as items, counts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from werkstatt.core.records import Card
from werkstatt.protocol.content import Block, CardGrid, CardItem, Paragraph
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.texts import translate

#: A phase kind's results: the phase (and its neighbours) -> blocks, in the protocol's
#: language, with the options applied (no personal value when names are off).
SectionBuilder = Callable[[PhaseInSnapshot, ProtocolOptions, Progress], list[Block]]


def no_results(text: str) -> Paragraph:
    return Paragraph(text, "note")


def card_item(number: int, card: Card, options: ProtocolOptions) -> CardItem:
    origin = ""
    if card.origin.strip():
        origin = translate("Protocol", "from the criticism: {origin}").format(
            origin=card.origin.strip()
        )
    author = card.author.strip() if options.include_names else ""
    return CardItem(number, card.text, card.colour, origin, author)


def card_grid(cards: Sequence[Card], options: ProtocolOptions, progress: Progress) -> CardGrid:
    items = []
    for number, card in enumerate(cards, start=1):
        if number % 50 == 0:
            progress.check()
        items.append(card_item(number, card, options))
    progress.advance(len(cards))
    return CardGrid(tuple(items))


def card_line(card: Card, options: ProtocolOptions) -> str:
    """A card as one line of a list, with its author in brackets when names are on."""
    text = card.text.strip()
    author = card.author.strip()
    if options.include_names and author:
        return f"{text} ({author})"
    return text


def count_label(count: int) -> str:
    return translate("Protocol", "{count} cards").format(count=count)
