"""The agenda wall's words: conflicts as sentences, times, a proposal's details line.

Strings are literal arguments of ``translate`` so pyside6-lupdate finds them; numbers and
names go in through %1/%2 (or %n for plurals), never by joining pieces.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication

from werkstatt.core.agenda import (
    AgendaWall,
    Conflict,
    ConvenerTwice,
    DoubleBooked,
    MissingEquipment,
    OverCapacity,
    Proposal,
    Slot,
    Space,
    slot_end,
)

translate = QCoreApplication.translate

TAG_JOIN = ", "


def clock(moment: datetime.time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_range(slot: Slot) -> str:
    return (
        translate("AgendaWall", "%1–%2")
        .replace("%1", clock(slot.start))
        .replace("%2", clock(slot_end(slot)))
    )


def tag_list(values: frozenset[str]) -> str:
    return TAG_JOIN.join(sorted(values, key=str.casefold))


def sentence(conflict: Conflict, wall: AgendaWall) -> str:
    """One conflict as the moderator reads it beside the wall."""
    if isinstance(conflict, DoubleBooked):
        return translate("AgendaWall", "Two sessions in the same space at the same time")
    if isinstance(conflict, ConvenerTwice):
        return translate("AgendaWall", "%1 convenes two sessions in this time slot").replace(
            "%1", conflict.convener
        )
    if isinstance(conflict, OverCapacity):
        return (
            translate("AgendaWall", "Expects %1, the space holds %2")
            .replace("%1", str(conflict.expected))
            .replace("%2", str(conflict.capacity))
        )
    assert isinstance(conflict, MissingEquipment)
    return translate("AgendaWall", "Needs %1, the space has none").replace(
        "%1", TAG_JOIN.join(conflict.missing)
    )


def conflict_line(conflict: Conflict, wall: AgendaWall) -> str:
    """A conflict with the title of the session it concerns (for the side panel)."""
    title = wall.proposal(conflict.proposal_ids[0]).title
    return (
        translate("AgendaWall", "%1: %2")
        .replace("%1", title)
        .replace("%2", sentence(conflict, wall))
    )


def details(proposal: Proposal) -> str:
    """Convener, expected people and needs in one short line (empty parts left out)."""
    parts: list[str] = []
    if proposal.convener:
        parts.append(proposal.convener)
    # Singular and plural as two texts: pyside6-lupdate makes plural forms only of tr(),
    # and of a call whose count is not a plain name
    expected = proposal.expected
    if expected == 1:
        parts.append(translate("AgendaWall", "1 person"))
    elif expected is not None:
        parts.append(translate("AgendaWall", "%n people", "", expected))
    if proposal.needs:
        parts.append(tag_list(proposal.needs))
    return " · ".join(parts)


def space_details(space: Space) -> str:
    parts: list[str] = []
    capacity = space.capacity  # a plain name for pyside6-lupdate, as above
    if capacity == 1:
        parts.append(translate("AgendaWall", "1 seat"))
    elif capacity is not None:
        parts.append(translate("AgendaWall", "%n seats", "", capacity))
    if space.equipment:
        parts.append(tag_list(space.equipment))
    return " · ".join(parts)
