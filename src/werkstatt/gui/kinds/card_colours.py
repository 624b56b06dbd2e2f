"""The few card colours a moderator can give a card, as on a real pinboard.

A card's ``colour`` in the store is one of these names; "" is the plain (yellow) card.
The fills are the pale tones of paper cards, so dark text stays readable on a washed-out
beamer; the list order is the order of the keys Ctrl+1 … Ctrl+5.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

_CONTEXT = "CardColours"


@dataclass(frozen=True)
class CardColour:
    name: str  # stored in Card.colour
    fill: str
    label: str  # English source; translate with label_text()

    def label_text(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.label)


CARD_COLOURS: tuple[CardColour, ...] = (
    CardColour("", "#fff3a8", QT_TRANSLATE_NOOP("CardColours", "Yellow")),
    CardColour("blue", "#bfe0ff", QT_TRANSLATE_NOOP("CardColours", "Blue")),
    CardColour("green", "#c8f0c0", QT_TRANSLATE_NOOP("CardColours", "Green")),
    CardColour("pink", "#ffd0e4", QT_TRANSLATE_NOOP("CardColours", "Pink")),
    CardColour("orange", "#ffd8a8", QT_TRANSLATE_NOOP("CardColours", "Orange")),
)

_BY_NAME = {colour.name: colour for colour in CARD_COLOURS}


def card_colour(name: str) -> CardColour:
    """The colour called ``name``; an unknown name (a newer version's) is the plain card."""
    return _BY_NAME.get(name, CARD_COLOURS[0])


def fill(name: str) -> QColor:
    return QColor(card_colour(name).fill)
