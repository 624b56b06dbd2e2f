"""The names of a vote's criteria as the moderator and the hall read them, and the bar
colours that tell them apart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from werkstatt.store.votes import IMPORTANT, URGENT

translate = QCoreApplication.translate

#: Bar colours by criterion: the plain dots in the theme's accent, two colours otherwise
#: (the dots' usual red and blue, light enough on the projector's dark background).
CRITERION_COLOURS = {IMPORTANT: "#ff7b72", URGENT: "#79b8ff"}


def criterion_label(name: str) -> str:
    if name == IMPORTANT:
        return translate("VoteCriteria", "important")
    if name == URGENT:
        return translate("VoteCriteria", "urgent")
    return translate("VoteCriteria", "dots")
