"""The card colours (werkstatt.core.card_colours) as the screen needs them: QColors and
translated names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from werkstatt.core.card_colours import CARD_COLOURS, CardColour, card_colour


def label_text(colour: CardColour) -> str:
    return QCoreApplication.translate("CardColours", colour.label)


def fill(name: str) -> QColor:
    return QColor(card_colour(name).fill)


__all__ = ["CARD_COLOURS", "CardColour", "card_colour", "fill", "label_text"]
