"""The agenda wall as values: time slots × spaces, the proposals from the marketplace,
and which proposal hangs in which cell. Frozen; every change makes a new wall."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple, TypeVar

from werkstatt.core.agenda.errors import (
    BlankTextError,
    BreakSlotError,
    DuplicateIdError,
    InvalidNumberError,
    MergeCycleError,
    MergedProposalError,
    MergeIntoItselfError,
    UnknownProposalError,
    UnknownSlotError,
    UnknownSpaceError,
)
from werkstatt.core.agenda.text import tags, tidy


class Cell(NamedTuple):
    slot_id: int
    space_id: int


@dataclass(frozen=True)
class Slot:
    """A row of the wall. ``order`` sorts the rows (gaps allowed); a break (lunch,
    coffee) is shown across the wall and takes no sessions."""

    id: int
    start: datetime.time
    minutes: int
    label: str = ""
    is_break: bool = False
    order: int = 0

    def __post_init__(self) -> None:
        if self.minutes < 1:
            raise InvalidNumberError("minutes", self.minutes, 1)
        object.__setattr__(self, "label", tidy(self.label))


@dataclass(frozen=True)
class Space:
    """A column: a room or a corner of the hall. ``capacity`` None: no limit (the
    foyer, the lawn). ``equipment``: tags such as 'Beamer', 'barrierefrei'."""

    id: int
    name: str
    capacity: int | None = None
    equipment: frozenset[str] = frozenset()
    order: int = 0

    def __post_init__(self) -> None:
        name = tidy(self.name)
        if not name:
            raise BlankTextError("name", self.name)
        if self.capacity is not None and self.capacity < 1:
            raise InvalidNumberError("capacity", self.capacity, 1)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "equipment", tags(self.equipment))


@dataclass(frozen=True)
class Proposal:
    """A session proposed at the marketplace (an Anliegen). ``convener`` is personal
    data and optional; several people are separated by '/' or '&'. ``expected``: how
    many people the convener expects (None: unknown). ``needs``: equipment tags.
    ``merged_into``: the session this one was merged into (then it is hidden). ``order``
    sorts the marketplace list; by default the ids do (the order of announcement)."""

    id: int
    title: str
    convener: str = ""
    description: str = ""
    expected: int | None = None
    needs: frozenset[str] = frozenset()
    merged_into: int | None = None
    order: int = 0

    def __post_init__(self) -> None:
        title = tidy(self.title)
        if not title:
            raise BlankTextError("title", self.title)
        if self.expected is not None and self.expected < 1:
            raise InvalidNumberError("expected", self.expected, 1)
        if self.merged_into == self.id:
            raise MergeIntoItselfError(self.id)
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "convener", tidy(self.convener))
        object.__setattr__(self, "description", self.description.strip())
        object.__setattr__(self, "needs", tags(self.needs))

    @property
    def is_merged(self) -> bool:
        return self.merged_into is not None


_Item = TypeVar("_Item", Slot, Space, Proposal)


def _unique(what: str, items: tuple[_Item, ...]) -> dict[int, _Item]:
    by_id: dict[int, _Item] = {}
    for item in items:
        if item.id in by_id:
            raise DuplicateIdError(what, item.id)
        by_id[item.id] = item
    return by_id


@dataclass(frozen=True)
class AgendaWall:
    """Slots (sorted by order, then id), spaces (likewise), proposals (likewise: the
    marketplace list, merged ones included) and each placed proposal's cell. A proposal
    missing from ``placement`` is unplaced. Checked on creation: ids unique, every
    placement in an existing non-break cell, no hidden (merged) proposal placed."""

    slots: tuple[Slot, ...] = ()
    spaces: tuple[Space, ...] = ()
    proposals: tuple[Proposal, ...] = ()
    placement: Mapping[int, Cell] = field(default_factory=dict)
    _slots: Mapping[int, Slot] = field(init=False, repr=False, compare=False)
    _spaces: Mapping[int, Space] = field(init=False, repr=False, compare=False)
    _proposals: Mapping[int, Proposal] = field(init=False, repr=False, compare=False)
    _cells: Mapping[Cell, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    # What other modules derive from the wall, kept on first use (a wall never changes).
    _memo: dict[str, object] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        slots = tuple(sorted(self.slots, key=lambda s: (s.order, s.id)))
        spaces = tuple(sorted(self.spaces, key=lambda s: (s.order, s.id)))
        proposals = tuple(sorted(self.proposals, key=lambda p: (p.order, p.id)))
        by_slot = _unique("slot", slots)
        by_space = _unique("space", spaces)
        by_proposal = _unique("proposal", proposals)
        for proposal in proposals:
            if proposal.merged_into is not None and proposal.merged_into not in by_proposal:
                raise UnknownProposalError(proposal.merged_into)
        _check_no_merge_cycle(by_proposal)
        placement: dict[int, Cell] = {}
        for proposal_id, (slot_id, space_id) in self.placement.items():
            proposal = by_proposal.get(proposal_id)
            if proposal is None:
                raise UnknownProposalError(proposal_id)
            if proposal.merged_into is not None:
                raise MergedProposalError(proposal_id, proposal.merged_into)
            slot = by_slot.get(slot_id)
            if slot is None:
                raise UnknownSlotError(slot_id)
            if space_id not in by_space:
                raise UnknownSpaceError(space_id)
            if slot.is_break:
                raise BreakSlotError(slot_id, proposal_id)
        # In marketplace order, so everything derived from it is deterministic.
        cells: dict[Cell, list[int]] = {}
        for proposal in proposals:
            if proposal.id in self.placement:
                cell = Cell(*self.placement[proposal.id])
                placement[proposal.id] = cell
                cells.setdefault(cell, []).append(proposal.id)
        object.__setattr__(self, "slots", slots)
        object.__setattr__(self, "spaces", spaces)
        object.__setattr__(self, "proposals", proposals)
        object.__setattr__(self, "placement", MappingProxyType(placement))
        object.__setattr__(self, "_slots", MappingProxyType(by_slot))
        object.__setattr__(self, "_spaces", MappingProxyType(by_space))
        object.__setattr__(self, "_proposals", MappingProxyType(by_proposal))
        object.__setattr__(
            self, "_cells", MappingProxyType({c: tuple(ids) for c, ids in cells.items()})
        )
        object.__setattr__(self, "_memo", {})

    def slot(self, slot_id: int) -> Slot:
        try:
            return self._slots[slot_id]
        except KeyError:
            raise UnknownSlotError(slot_id) from None

    def space(self, space_id: int) -> Space:
        try:
            return self._spaces[space_id]
        except KeyError:
            raise UnknownSpaceError(space_id) from None

    def proposal(self, proposal_id: int) -> Proposal:
        try:
            return self._proposals[proposal_id]
        except KeyError:
            raise UnknownProposalError(proposal_id) from None

    def cell_of(self, proposal_id: int) -> Cell | None:
        """Where the proposal hangs; None: not placed (or merged into another)."""
        self.proposal(proposal_id)
        return self.placement.get(proposal_id)

    def sessions_at(self, slot_id: int, space_id: int) -> tuple[int, ...]:
        """The proposals placed in a cell, in marketplace order (more than one: a
        conflict the wall shows)."""
        self.slot(slot_id)
        self.space(space_id)
        return self._cells.get(Cell(slot_id, space_id), ())

    @property
    def visible(self) -> tuple[Proposal, ...]:
        """The proposals that are sessions of their own (not merged into another)."""
        return tuple(p for p in self.proposals if p.merged_into is None)

    @property
    def unplaced(self) -> tuple[int, ...]:
        """The visible proposals not on the wall yet, in marketplace order."""
        return tuple(
            p.id for p in self.proposals if p.merged_into is None and p.id not in self.placement
        )

    def merged_into(self, proposal_id: int) -> tuple[int, ...]:
        """The proposals merged into this one, in marketplace order."""
        self.proposal(proposal_id)
        return tuple(p.id for p in self.proposals if p.merged_into == proposal_id)

    @property
    def free_cells(self) -> tuple[Cell, ...]:
        """Cells of non-break slots with no session, row by row."""
        return tuple(
            Cell(slot.id, space.id)
            for slot in self.slots
            if not slot.is_break
            for space in self.spaces
            if Cell(slot.id, space.id) not in self._cells
        )


def _check_no_merge_cycle(proposals: Mapping[int, Proposal]) -> None:
    settled: set[int] = set()
    for start in proposals:
        path: set[int] = set()
        current: int | None = start
        while current is not None and current not in settled:
            if current in path:
                raise MergeCycleError(current)
            path.add(current)
            current = proposals[current].merged_into
        settled |= path


def next_id(items: tuple[Slot, ...] | tuple[Space, ...] | tuple[Proposal, ...]) -> int:
    """An id none of ``items`` has (for a store that lets the caller pick)."""
    return max((item.id for item in items), default=0) + 1
