"""'Place the rest': a suggestion that puts every unplaced proposal into a free cell
without creating a conflict, and says which ones do not fit anywhere.

A proposal fits a cell when the cell is free and not a break, the space holds the
expected number, has the needed equipment, and none of the proposal's conveners already
convenes a session in that slot. Choosing cells for all proposals at once is a bipartite
matching (proposals × free cells), solved by augmenting paths (Kuhn's algorithm): exact
— as many placed as possible — as long as no two waiting proposals share a convener,
the usual case. Two proposals of one convener must also go to different slots, which no
plain matching expresses; that side rule is kept on every path (a path that would break
it is not taken), and afterwards a bounded number of trades take out a placed session
that keeps others out. The result never has a conflict; with shared conveners it may,
rarely, place fewer than the best possible.

Preferences, through the order things are tried: bigger expected groups choose first
and take the smallest room that holds them (so big rooms stay for big groups), rooms
with equipment the session does not need come after those without, earlier slots
before later ones. The same wall always gives the same suggestion.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from werkstatt.core.agenda.conflicts import missing_needs, too_many
from werkstatt.core.agenda.edits import Edit, place_all
from werkstatt.core.agenda.records import AgendaWall, Cell, Proposal, Space
from werkstatt.core.agenda.text import convener_key, conveners, tag_key


@dataclass(frozen=True)
class Suggestion:
    """``edit`` places what could be placed (one undo step); ``unplaced`` the visible
    proposals it leaves in the list, in marketplace order; ``fits_nowhere`` those of
    them for which no free cell would do at all (room size, equipment, convener busy)
    — the others lost out to proposals that needed the same cells."""

    edit: Edit
    unplaced: tuple[int, ...]
    fits_nowhere: tuple[int, ...]

    @property
    def placed(self) -> tuple[tuple[int, Cell], ...]:
        return tuple((pid, cell) for pid, cell in self.edit.change.placed if cell is not None)


def _keys(proposal: Proposal) -> tuple[str, ...]:
    return tuple(convener_key(name) for name in conveners(proposal.convener))


def _busy(wall: AgendaWall) -> set[tuple[int, str]]:
    """(slot, convener key) of every placed session."""
    return {
        (cell.slot_id, key)
        for proposal_id, cell in wall.placement.items()
        for key in _keys(wall.proposal(proposal_id))
    }


def _room_fit(proposal: Proposal, space: Space) -> tuple[float, int]:
    """Lower is better: seats left over, then equipment the session does not need."""
    slack = math.inf if space.capacity is None else space.capacity - (proposal.expected or 0)
    needed = {tag_key(tag) for tag in proposal.needs}
    return slack, sum(tag_key(tag) not in needed for tag in space.equipment)


def _candidates(
    wall: AgendaWall, proposal: Proposal, free: list[Cell], busy: set[tuple[int, str]]
) -> list[Cell]:
    """The free cells the proposal fits, best first."""
    slot_place = {slot.id: place for place, slot in enumerate(wall.slots)}
    space_place = {space.id: place for place, space in enumerate(wall.spaces)}
    fitting = {
        space.id: _room_fit(proposal, space)
        for space in wall.spaces
        if not too_many(proposal, space) and not missing_needs(proposal, space)
    }
    keys = _keys(proposal)
    cells = [
        cell
        for cell in free
        if cell.space_id in fitting and not any((cell.slot_id, k) in busy for k in keys)
    ]
    cells.sort(key=lambda c: (slot_place[c.slot_id], fitting[c.space_id], space_place[c.space_id]))
    return cells


def fitting_cells(wall: AgendaWall, proposal_id: int) -> tuple[Cell, ...]:
    """Where the proposal could go without a conflict, best first (to highlight the
    cells while it is dragged). For a placed proposal: where it could move."""
    proposal = wall.proposal(proposal_id)
    if proposal.merged_into is not None:
        return ()
    without = {pid: cell for pid, cell in wall.placement.items() if pid != proposal_id}
    rest = (
        wall
        if len(without) == len(wall.placement)
        else AgendaWall(wall.slots, wall.spaces, wall.proposals, without)
    )
    return tuple(_candidates(rest, proposal, list(rest.free_cells), _busy(rest)))


# Trades tried at most (each a few path searches): a bound on the time a suggestion
# takes for a wall where many proposals share conveners and many cannot be placed.
_TRADE_BUDGET = 60


class _Matching:
    """Proposals matched to cells, with the convener side rule kept on every path."""

    def __init__(self, keys: Mapping[int, tuple[str, ...]], options: Mapping[int, list[Cell]]):
        self.keys = keys
        self.options = options
        # The side rule can only cost placements when two waiting proposals share one.
        all_keys = [key for pid in keys for key in keys[pid]]
        self.shared_conveners = len(all_keys) > len(set(all_keys))
        self.cell_of: dict[int, Cell] = {}
        self.holder: dict[Cell, int] = {}
        self.in_slot: dict[tuple[int, str], set[int]] = {}  # matched, by (slot, convener)
        # The path being searched: proposals that will move, and where to.
        self.moving: set[int] = set()
        self.pending: dict[tuple[int, str], set[int]] = {}

    def _blocked(self, proposal_id: int, cell: Cell, leaving: int | None) -> bool:
        """Would a convener of the proposal meet themself in the cell's slot once the
        path is done? Proposals on the path count where they go; the cell's holder
        leaves; everyone else stays (deeper path steps are checked when they are made)."""
        for key in self.keys[proposal_id]:
            here = (cell.slot_id, key)
            for other in self.in_slot.get(here, ()):
                if other != proposal_id and other != leaving and other not in self.moving:
                    return True
            for other in self.pending.get(here, ()):
                if other != proposal_id:
                    return True
        return False

    def _assign(self, proposal_id: int, cell: Cell) -> None:
        old = self.cell_of.get(proposal_id)
        for key in self.keys[proposal_id]:
            if old is not None:
                self.in_slot[(old.slot_id, key)].discard(proposal_id)
            self.in_slot.setdefault((cell.slot_id, key), set()).add(proposal_id)
        self.cell_of[proposal_id] = cell
        self.holder[cell] = proposal_id

    def _augment(self, proposal_id: int, visited: set[Cell]) -> bool:
        self.moving.add(proposal_id)
        try:
            for cell in self.options[proposal_id]:
                if cell in visited:
                    continue
                holder = self.holder.get(cell)
                if holder == proposal_id or self._blocked(proposal_id, cell, holder):
                    continue
                visited.add(cell)
                wanted = [(cell.slot_id, key) for key in self.keys[proposal_id]]
                for here in wanted:
                    self.pending.setdefault(here, set()).add(proposal_id)
                found = holder is None or self._augment(holder, visited)
                for here in wanted:
                    self.pending[here].discard(proposal_id)
                if found:
                    self._assign(proposal_id, cell)
                    return True
            return False
        finally:
            self.moving.discard(proposal_id)

    def _unassign(self, proposal_id: int) -> None:
        cell = self.cell_of.pop(proposal_id)
        del self.holder[cell]
        for key in self.keys[proposal_id]:
            self.in_slot[(cell.slot_id, key)].discard(proposal_id)

    def _any_free_cell(self) -> bool:
        """A trade places one more only into a cell that is free now (and fits someone)."""
        return any(cell not in self.holder for cells in self.options.values() for cell in cells)

    def _blockers(self, proposal_id: int) -> list[int]:
        """Placed proposals that keep this one out of a slot by sharing a convener."""
        found = {
            other
            for cell in self.options[proposal_id]
            for key in self.keys[proposal_id]
            for other in self.in_slot.get((cell.slot_id, key), ())
        }
        return sorted(found)

    def trade(self, waiting: list[int]) -> list[int]:
        """Paths never take a placed proposal out again, but with shared conveners one
        placed session can keep two others out (its convener busy in the slot one of
        them needs, its room the only one the other fits). Take it out, place the
        waiting ones, put it back if it still fits: kept if more are placed than before."""
        improved = True
        budget = _TRADE_BUDGET
        while improved and self._any_free_cell():
            improved = False
            for proposal_id in waiting:
                for blocker in self._blockers(proposal_id):
                    budget -= 1
                    if budget < 0:
                        return waiting
                    before = len(self.cell_of)
                    saved = (
                        dict(self.cell_of),
                        dict(self.holder),
                        {here: set(ids) for here, ids in self.in_slot.items()},
                    )
                    self._unassign(blocker)
                    if self._augment(proposal_id, set()):
                        for other in [blocker, *waiting]:
                            if other not in self.cell_of:
                                self._augment(other, set())
                    if len(self.cell_of) > before:
                        improved = True
                        break
                    self.cell_of, self.holder, self.in_slot = saved
                if improved:
                    waiting = [pid for pid in waiting if pid not in self.cell_of]
                    break
        return waiting

    def add(self, proposal_id: int, *, greedy: bool) -> bool:
        if greedy:
            for cell in self.options[proposal_id]:
                if cell not in self.holder and not self._blocked(proposal_id, cell, None):
                    self._assign(proposal_id, cell)
                    return True
            return False
        return self._augment(proposal_id, set())


def suggest_placement(wall: AgendaWall) -> Suggestion:
    """Cells for the unplaced proposals that create no conflict; see the module text."""
    free = list(wall.free_cells)
    busy = _busy(wall)
    waiting = [wall.proposal(pid) for pid in wall.unplaced]
    options = {p.id: _candidates(wall, p, free, busy) for p in waiting}
    keys = {p.id: _keys(p) for p in waiting}
    place = {p.id: i for i, p in enumerate(waiting)}
    # Bigger groups choose first, then the ones with fewest choices.
    order = sorted(waiting, key=lambda p: (-(p.expected or 0), len(options[p.id]), place[p.id]))
    matching = _Matching(keys, options)
    left = [p.id for p in order if options[p.id] and not matching.add(p.id, greedy=True)]
    # Repeat while a pass places someone: with shared conveners a path refused once may
    # open up after other moves. Without them the first pass is already exact.
    while left:
        still = [pid for pid in left if not matching.add(pid, greedy=False)]
        if len(still) == len(left):
            break
        left = still
    if matching.shared_conveners:
        matching.trade(left)
    placed = [(pid, matching.cell_of[pid]) for pid in wall.unplaced if pid in matching.cell_of]
    return Suggestion(
        place_all(wall, placed),
        tuple(pid for pid in wall.unplaced if pid not in matching.cell_of),
        tuple(pid for pid in wall.unplaced if not options[pid]),
    )
