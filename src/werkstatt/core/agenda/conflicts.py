"""What is wrong on the wall right now, and where to show it.

Conflicts are not refused: the moderator may park a session on another one for a moment,
or keep a room that is a little too small. They are shown where they are, as they arise:
two sessions in one cell; a convener in two sessions of one slot; more people expected
than the space holds; a need (Beamer, barrierefrei) the space lacks.

:func:`conflict_index` finds them all in one pass over the placed proposals and indexes
them by cell and by proposal, so redrawing a 10 × 15 grid asks 150 dictionary look-ups.
The index is kept with the wall (a wall never changes), so asking again is free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import ClassVar

from werkstatt.core.agenda.records import AgendaWall, Cell, Proposal, Space
from werkstatt.core.agenda.text import convener_key, conveners, tag_key


class ConflictKind(StrEnum):
    DOUBLE_BOOKED = "double_booked"
    CONVENER_TWICE = "convener_twice"
    OVER_CAPACITY = "over_capacity"
    MISSING_EQUIPMENT = "missing_equipment"


@dataclass(frozen=True)
class DoubleBooked:
    """More than one session in one cell (in marketplace order)."""

    kind: ClassVar[ConflictKind] = ConflictKind.DOUBLE_BOOKED
    cell: Cell
    proposal_ids: tuple[int, ...]

    @property
    def cells(self) -> tuple[Cell, ...]:
        return (self.cell,)


@dataclass(frozen=True)
class ConvenerTwice:
    """One person convenes several sessions of one slot. ``convener`` as typed in the
    first of them; ``cells``: where each of ``proposal_ids`` hangs."""

    kind: ClassVar[ConflictKind] = ConflictKind.CONVENER_TWICE
    slot_id: int
    convener: str
    proposal_ids: tuple[int, ...]
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class OverCapacity:
    """More people expected than the space holds."""

    kind: ClassVar[ConflictKind] = ConflictKind.OVER_CAPACITY
    proposal_id: int
    cell: Cell
    expected: int
    capacity: int

    @property
    def proposal_ids(self) -> tuple[int, ...]:
        return (self.proposal_id,)

    @property
    def cells(self) -> tuple[Cell, ...]:
        return (self.cell,)


@dataclass(frozen=True)
class MissingEquipment:
    """Needs the space lacks, as the proposal spells them, in a stable order."""

    kind: ClassVar[ConflictKind] = ConflictKind.MISSING_EQUIPMENT
    proposal_id: int
    cell: Cell
    missing: tuple[str, ...]

    @property
    def proposal_ids(self) -> tuple[int, ...]:
        return (self.proposal_id,)

    @property
    def cells(self) -> tuple[Cell, ...]:
        return (self.cell,)


Conflict = DoubleBooked | ConvenerTwice | OverCapacity | MissingEquipment

_KIND_ORDER = {kind: place for place, kind in enumerate(ConflictKind)}


def missing_needs(proposal: Proposal, space: Space) -> tuple[str, ...]:
    """The proposal's needs the space does not have (case, blanks, umlauts ignored)."""
    have = {tag_key(tag) for tag in space.equipment}
    return tuple(sorted((n for n in proposal.needs if tag_key(n) not in have), key=tag_key))


def too_many(proposal: Proposal, space: Space) -> bool:
    """More people expected than the space holds (unknown numbers never are)."""
    return (
        proposal.expected is not None
        and space.capacity is not None
        and proposal.expected > space.capacity
    )


@dataclass(frozen=True)
class ConflictIndex:
    """All conflicts of a wall (read row by row, left to right) and where they are."""

    all: tuple[Conflict, ...]
    by_cell: Mapping[Cell, tuple[Conflict, ...]]
    by_proposal: Mapping[int, tuple[Conflict, ...]]

    def at(self, slot_id: int, space_id: int) -> tuple[Conflict, ...]:
        return self.by_cell.get(Cell(slot_id, space_id), ())

    def of(self, proposal_id: int) -> tuple[Conflict, ...]:
        return self.by_proposal.get(proposal_id, ())

    def in_slot(self, slot_id: int) -> tuple[Conflict, ...]:
        return tuple(c for c in self.all if any(cell.slot_id == slot_id for cell in c.cells))


def _find(wall: AgendaWall) -> list[Conflict]:
    found: list[Conflict] = []
    by_cell: dict[Cell, list[int]] = {}
    # (slot, convener key) -> [convener as typed first, proposal ids, their cells]
    by_convener: dict[tuple[int, str], tuple[str, list[int], list[Cell]]] = {}
    for proposal in wall.proposals:
        cell = wall.placement.get(proposal.id)
        if cell is None:
            continue
        by_cell.setdefault(cell, []).append(proposal.id)
        for name in conveners(proposal.convener):
            entry = by_convener.setdefault((cell.slot_id, convener_key(name)), (name, [], []))
            entry[1].append(proposal.id)
            entry[2].append(cell)
        space = wall.space(cell.space_id)
        if too_many(proposal, space):
            assert proposal.expected is not None and space.capacity is not None
            found.append(OverCapacity(proposal.id, cell, proposal.expected, space.capacity))
        if missing := missing_needs(proposal, space):
            found.append(MissingEquipment(proposal.id, cell, missing))
    found += [DoubleBooked(cell, tuple(ids)) for cell, ids in by_cell.items() if len(ids) > 1]
    found += [
        ConvenerTwice(slot_id, name, tuple(ids), tuple(cells))
        for (slot_id, _key), (name, ids, cells) in by_convener.items()
        if len(ids) > 1
    ]
    return found


def conflict_index(wall: AgendaWall) -> ConflictIndex:
    """The wall's conflicts, indexed; computed once per wall."""
    known = wall._memo.get("conflicts")
    if isinstance(known, ConflictIndex):
        return known
    slot_place = {slot.id: place for place, slot in enumerate(wall.slots)}
    space_place = {space.id: place for place, space in enumerate(wall.spaces)}
    proposal_place = {p.id: place for place, p in enumerate(wall.proposals)}

    def reading_order(conflict: Conflict) -> tuple[tuple[int, int], int, int]:
        first = min((slot_place[c.slot_id], space_place[c.space_id]) for c in conflict.cells)
        return first, _KIND_ORDER[conflict.kind], proposal_place[conflict.proposal_ids[0]]

    found = sorted(_find(wall), key=reading_order)
    by_cell: dict[Cell, list[Conflict]] = {}
    by_proposal: dict[int, list[Conflict]] = {}
    for conflict in found:
        for cell in dict.fromkeys(conflict.cells):
            by_cell.setdefault(cell, []).append(conflict)
        for proposal_id in conflict.proposal_ids:
            by_proposal.setdefault(proposal_id, []).append(conflict)
    index = ConflictIndex(
        tuple(found),
        MappingProxyType({cell: tuple(c) for cell, c in by_cell.items()}),
        MappingProxyType({pid: tuple(c) for pid, c in by_proposal.items()}),
    )
    wall._memo["conflicts"] = index
    return index


def conflicts(wall: AgendaWall) -> tuple[Conflict, ...]:
    """Every conflict on the wall, row by row, left to right."""
    return conflict_index(wall).all


def conflicts_at(wall: AgendaWall, slot_id: int, space_id: int) -> tuple[Conflict, ...]:
    """The conflicts touching a cell (a convener twice in a slot touches both cells)."""
    return conflict_index(wall).at(slot_id, space_id)


def conflicts_of(wall: AgendaWall, proposal_id: int) -> tuple[Conflict, ...]:
    """The conflicts a proposal is part of (none while it is unplaced)."""
    return conflict_index(wall).of(proposal_id)
