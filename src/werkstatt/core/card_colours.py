"""The few card colours a moderator can give a card, as on a real pinboard: one list for
the screen and the protocol.

A card's ``colour`` in the store is one of these names; "" is the plain (yellow) card,
and a name this version does not know (a newer one's) is shown as the plain card. The
list order is the order of the keys Ctrl+1 … Ctrl+5.
"""

from __future__ import annotations

from dataclasses import dataclass


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate; core has no Qt, the GUI translates it."""
    return text


@dataclass(frozen=True)
class CardColour:
    name: str  # stored in Card.colour
    fill: str  # the pale paper tone: dark text stays readable on a washed-out beamer
    edge: str  # a stronger tone of the same colour, for the protocol's edge bar
    label: str  # English source, context "CardColours"


CARD_COLOURS: tuple[CardColour, ...] = (
    CardColour("", "#fff3a8", "#f2c500", QT_TRANSLATE_NOOP("CardColours", "Yellow")),
    CardColour("blue", "#bfe0ff", "#3b82c4", QT_TRANSLATE_NOOP("CardColours", "Blue")),
    CardColour("green", "#c8f0c0", "#4caf50", QT_TRANSLATE_NOOP("CardColours", "Green")),
    CardColour("pink", "#ffd0e4", "#e0649b", QT_TRANSLATE_NOOP("CardColours", "Pink")),
    CardColour("orange", "#ffd8a8", "#f28c28", QT_TRANSLATE_NOOP("CardColours", "Orange")),
)

_BY_NAME = {colour.name: colour for colour in CARD_COLOURS}


def card_colour(name: str) -> CardColour:
    """The colour called ``name``; an unknown name (a newer version's) is the plain card."""
    return _BY_NAME.get(name.strip().lower(), CARD_COLOURS[0])
