"""What each move on the agenda wall changes, and what undoes it.

The wall view turns a drag, a key or a menu entry into one of the operations here; each
returns an :class:`Edit`: the :class:`WallChange` to apply (the store does it in one
transaction) and its inverse (what undo applies). :func:`apply` plays a change on an
:class:`AgendaWall` value, so the rules can be checked without the store.

A change is applied in a fixed order: things added, things updated, proposals placed
(or unplaced), things removed. That makes every inverse a change of the same shape:
removing a space unplaces its sessions and removes it; undoing adds it back and places
them again.

Placing into an occupied cell is allowed on purpose: moderators park a proposal on top
of another for a moment while they rearrange. The wall shows it as a conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from werkstatt.core.agenda.errors import (
    AgendaError,
    BreakSlotError,
    DuplicateIdError,
    MergedProposalError,
    MergeIntoItselfError,
    SlotNotEmptyError,
    UnknownProposalError,
    UnknownSlotError,
    UnknownSpaceError,
)
from werkstatt.core.agenda.records import AgendaWall, Cell, Proposal, Slot, Space
from werkstatt.core.agenda.text import join_conveners, tags, tidy

TITLE_JOIN = " / "  # a merged session's title when none is given


@dataclass(frozen=True)
class WallChange:
    """One meaning-level change, applied in this order: ``added_*`` (with their ids),
    ``updated_*`` (the full new record), ``placed`` (proposal id, its new cell or None:
    unplaced), ``removed_*`` ids (no session may still hang in a removed slot or space,
    and a removed proposal must be unplaced)."""

    added_slots: tuple[Slot, ...] = ()
    added_spaces: tuple[Space, ...] = ()
    added_proposals: tuple[Proposal, ...] = ()
    updated_slots: tuple[Slot, ...] = ()
    updated_spaces: tuple[Space, ...] = ()
    updated_proposals: tuple[Proposal, ...] = ()
    placed: tuple[tuple[int, Cell | None], ...] = ()
    removed_proposals: tuple[int, ...] = ()
    removed_spaces: tuple[int, ...] = ()
    removed_slots: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__dataclass_fields__)


@dataclass(frozen=True)
class Edit:
    """A change and the change that undoes it. An empty edit (dropping a proposal where
    it already hangs) needs no undo command."""

    change: WallChange
    inverse: WallChange

    @property
    def is_empty(self) -> bool:
        return self.change.is_empty


_NOTHING = Edit(WallChange(), WallChange())


_Item = TypeVar("_Item", Slot, Space, Proposal)


def _merge_in(
    what: str,
    items: Mapping[int, _Item],
    added: Iterable[_Item],
    updated: Iterable[_Item],
    missing: type[AgendaError],
) -> dict[int, _Item]:
    result = dict(items)
    for item in added:
        item_id = item.id
        if item_id in result:
            raise DuplicateIdError(what, item_id)
        result[item_id] = item
    for item in updated:
        item_id = item.id
        if item_id not in result:
            raise missing(item_id)
        result[item_id] = item
    return result


def apply(wall: AgendaWall, change: WallChange) -> AgendaWall:
    """``wall`` after ``change``; raises on ids the change does not fit or on a wall the
    change would leave broken (a session in a break, a hidden proposal placed)."""
    slots = _merge_in(
        "slot",
        {s.id: s for s in wall.slots},
        change.added_slots,
        change.updated_slots,
        UnknownSlotError,
    )
    spaces = _merge_in(
        "space",
        {s.id: s for s in wall.spaces},
        change.added_spaces,
        change.updated_spaces,
        UnknownSpaceError,
    )
    proposals = _merge_in(
        "proposal",
        {p.id: p for p in wall.proposals},
        change.added_proposals,
        change.updated_proposals,
        UnknownProposalError,
    )
    placement = dict(wall.placement)
    for proposal_id, cell in change.placed:
        if proposal_id not in proposals:
            raise UnknownProposalError(proposal_id)
        if cell is None:
            placement.pop(proposal_id, None)
        else:
            placement[proposal_id] = Cell(*cell)
    for proposal_id in change.removed_proposals:
        if proposals.pop(proposal_id, None) is None:
            raise UnknownProposalError(proposal_id)
        if proposal_id in placement:
            raise AgendaError(f"proposal {proposal_id} is removed but still placed")
    for space_id in change.removed_spaces:
        if spaces.pop(space_id, None) is None:
            raise UnknownSpaceError(space_id)
    for slot_id in change.removed_slots:
        if slots.pop(slot_id, None) is None:
            raise UnknownSlotError(slot_id)
    for proposal_id, (slot_id, space_id) in placement.items():
        if slot_id in change.removed_slots or space_id in change.removed_spaces:
            raise SlotNotEmptyError(proposal_id, slot_id, space_id)
    return AgendaWall(
        tuple(slots.values()), tuple(spaces.values()), tuple(proposals.values()), placement
    )


def _visible(wall: AgendaWall, proposal_id: int) -> Proposal:
    proposal = wall.proposal(proposal_id)
    if proposal.merged_into is not None:
        raise MergedProposalError(proposal_id, proposal.merged_into)
    return proposal


def _placements(wall: AgendaWall, moves: Iterable[tuple[int, Cell | None]]) -> Edit:
    """Proposals put into cells (None: unplaced); those already there are left out."""
    forward: list[tuple[int, Cell | None]] = []
    backward: list[tuple[int, Cell | None]] = []
    for proposal_id, cell in moves:
        old = wall.placement.get(proposal_id)
        if old != cell:
            forward.append((proposal_id, cell))
            backward.append((proposal_id, old))
    return Edit(WallChange(placed=tuple(forward)), WallChange(placed=tuple(backward[::-1])))


# --- placing ---------------------------------------------------------------------------


def place(wall: AgendaWall, proposal_id: int, slot_id: int, space_id: int) -> Edit:
    """The proposal put into a cell: from the marketplace or moved from another cell.
    An occupied cell takes it too (a conflict the wall shows); a break does not."""
    _visible(wall, proposal_id)
    if wall.slot(slot_id).is_break:
        raise BreakSlotError(slot_id, proposal_id)
    wall.space(space_id)
    return _placements(wall, [(proposal_id, Cell(slot_id, space_id))])


move = place  # moving a placed proposal is placing it elsewhere


def place_all(wall: AgendaWall, placements: Iterable[tuple[int, Cell]]) -> Edit:
    """Several proposals placed at once (a suggestion accepted); one undo step."""
    moves = list(placements)
    for proposal_id, (slot_id, space_id) in moves:
        _visible(wall, proposal_id)
        if wall.slot(slot_id).is_break:
            raise BreakSlotError(slot_id, proposal_id)
        wall.space(space_id)
    return _placements(wall, [(pid, Cell(*cell)) for pid, cell in moves])


def unplace(wall: AgendaWall, proposal_id: int) -> Edit:
    """The proposal taken off the wall, back to the marketplace list."""
    _visible(wall, proposal_id)
    return _placements(wall, [(proposal_id, None)])


def swap(wall: AgendaWall, first_id: int, second_id: int) -> Edit:
    """Two proposals exchange their places; with an unplaced one, it takes the other's
    cell and the other goes back to the list."""
    _visible(wall, first_id)
    _visible(wall, second_id)
    first = wall.placement.get(first_id)
    second = wall.placement.get(second_id)
    return _placements(wall, [(first_id, second), (second_id, first)])


# --- merging ---------------------------------------------------------------------------


def _sum(first: int | None, second: int | None) -> int | None:
    if first is None or second is None:
        return first if second is None else second
    return first + second


def merge(wall: AgendaWall, keep_id: int, merged_id: int, title: str | None = None) -> Edit:
    """Two proposals made one session: ``keep_id`` gets both titles joined with ' / '
    (or ``title``), both conveners, both descriptions, all needs and the sum of the
    expected numbers; ``merged_id`` is hidden (merged_into) and unplaced. If only the
    merged one was placed, the session takes its cell. The inverse restores both."""
    if keep_id == merged_id:
        raise MergeIntoItselfError(keep_id)
    keep = _visible(wall, keep_id)
    merged = _visible(wall, merged_id)
    new_title = keep.title + TITLE_JOIN + merged.title if title is None else tidy(title)
    descriptions = [text for text in (keep.description, merged.description) if text]
    kept = replace(
        keep,
        title=new_title,
        convener=join_conveners(keep.convener, merged.convener),
        description="\n\n".join(descriptions),
        expected=_sum(keep.expected, merged.expected),
        needs=tags(keep.needs | merged.needs),
    )
    hidden = replace(merged, merged_into=keep_id)
    cell = wall.placement.get(keep_id) or wall.placement.get(merged_id)
    moves = _placements(wall, [(keep_id, cell), (merged_id, None)])
    return Edit(
        WallChange(updated_proposals=(kept, hidden), placed=moves.change.placed),
        WallChange(updated_proposals=(keep, merged), placed=moves.inverse.placed),
    )


# --- the marketplace list ----------------------------------------------------------------


def add_proposal(wall: AgendaWall, proposal: Proposal) -> Edit:
    """A new proposal, unplaced. Its id is the store's new id or :func:`next_id`."""
    if proposal.id in {p.id for p in wall.proposals}:
        raise DuplicateIdError("proposal", proposal.id)
    if proposal.merged_into is not None:
        raise MergedProposalError(proposal.id, proposal.merged_into)
    return Edit(
        WallChange(added_proposals=(proposal,)), WallChange(removed_proposals=(proposal.id,))
    )


def update_proposal(wall: AgendaWall, proposal_id: int, **changes: object) -> Edit:
    """Title, convener, description, expected, needs or order changed (merging has its
    own operation)."""
    if "merged_into" in changes or "id" in changes:
        raise AgendaError("merged_into and id are not changed by an update")
    old = wall.proposal(proposal_id)
    new = replace(old, **changes)  # type: ignore[arg-type]
    if new == old:
        return _NOTHING
    return Edit(WallChange(updated_proposals=(new,)), WallChange(updated_proposals=(old,)))


def remove_proposal(wall: AgendaWall, proposal_id: int) -> Edit:
    """A proposal withdrawn: unplaced and removed, with the proposals merged into it
    (they are part of it); the inverse restores them all, placed as before."""
    wall.proposal(proposal_id)
    gone = [proposal_id]
    for current in gone:  # grows while it runs: whatever was merged into the removed
        gone += wall.merged_into(current)
    moves = _placements(wall, [(proposal_id, None)])
    removed = tuple(wall.proposal(i) for i in gone)
    return Edit(
        WallChange(placed=moves.change.placed, removed_proposals=tuple(gone)),
        WallChange(added_proposals=removed, placed=moves.inverse.placed),
    )


# --- slots and spaces ------------------------------------------------------------------


def _sessions_in(
    wall: AgendaWall, *, slot_id: int | None = None, space_id: int | None = None
) -> list[tuple[int, Cell | None]]:
    return [
        (proposal_id, None)
        for proposal_id, cell in wall.placement.items()
        if cell.slot_id == slot_id or cell.space_id == space_id
    ]


def add_slot(wall: AgendaWall, slot: Slot) -> Edit:
    """A new row (a session slot or a break). Build its start with :mod:`.times`."""
    if any(s.id == slot.id for s in wall.slots):
        raise DuplicateIdError("slot", slot.id)
    return Edit(WallChange(added_slots=(slot,)), WallChange(removed_slots=(slot.id,)))


def update_slot(wall: AgendaWall, slot_id: int, **changes: object) -> Edit:
    """Start, minutes, label, order or is_break changed. A slot turned into a break
    gives its sessions back to the list; undo puts them back."""
    if "id" in changes:
        raise AgendaError("a slot's id is not changed by an update")
    old = wall.slot(slot_id)
    new = replace(old, **changes)  # type: ignore[arg-type]
    if new == old:
        return _NOTHING
    moves = _placements(wall, _sessions_in(wall, slot_id=slot_id) if new.is_break else [])
    return Edit(
        WallChange(updated_slots=(new,), placed=moves.change.placed),
        WallChange(updated_slots=(old,), placed=moves.inverse.placed),
    )


def remove_slot(wall: AgendaWall, slot_id: int) -> Edit:
    """A row removed; its sessions go back to the list. The inverse restores both."""
    slot = wall.slot(slot_id)
    moves = _placements(wall, _sessions_in(wall, slot_id=slot_id))
    return Edit(
        WallChange(placed=moves.change.placed, removed_slots=(slot_id,)),
        WallChange(added_slots=(slot,), placed=moves.inverse.placed),
    )


def add_space(wall: AgendaWall, space: Space) -> Edit:
    if any(s.id == space.id for s in wall.spaces):
        raise DuplicateIdError("space", space.id)
    return Edit(WallChange(added_spaces=(space,)), WallChange(removed_spaces=(space.id,)))


def update_space(wall: AgendaWall, space_id: int, **changes: object) -> Edit:
    """Name, capacity, equipment or order changed (sessions stay; a smaller room or a
    missing Beamer shows as a conflict)."""
    if "id" in changes:
        raise AgendaError("a space's id is not changed by an update")
    old = wall.space(space_id)
    new = replace(old, **changes)  # type: ignore[arg-type]
    if new == old:
        return _NOTHING
    return Edit(WallChange(updated_spaces=(new,)), WallChange(updated_spaces=(old,)))


def remove_space(wall: AgendaWall, space_id: int) -> Edit:
    """A column removed; its sessions go back to the list. The inverse restores both."""
    space = wall.space(space_id)
    moves = _placements(wall, _sessions_in(wall, space_id=space_id))
    return Edit(
        WallChange(placed=moves.change.placed, removed_spaces=(space_id,)),
        WallChange(added_spaces=(space,), placed=moves.inverse.placed),
    )


def reorder_slot(wall: AgendaWall, slot_id: int, index: int) -> Edit:
    """The row moved to place ``index`` (clamped); rows whose place changes get
    consecutive orders 0, 1, 2, ..."""
    moved = wall.slot(slot_id)
    others = [slot for slot in wall.slots if slot.id != slot_id]
    index = max(0, min(index, len(others)))
    wanted = [*others[:index], moved, *others[index:]]
    forward = tuple(replace(s, order=i) for i, s in enumerate(wanted) if s.order != i)
    backward = tuple(wall.slot(s.id) for s in forward)
    return Edit(WallChange(updated_slots=forward), WallChange(updated_slots=backward))


def reorder_space(wall: AgendaWall, space_id: int, index: int) -> Edit:
    """The column moved to place ``index`` (clamped), like :func:`reorder_slot`."""
    moved = wall.space(space_id)
    others = [space for space in wall.spaces if space.id != space_id]
    index = max(0, min(index, len(others)))
    wanted = [*others[:index], moved, *others[index:]]
    forward = tuple(replace(s, order=i) for i, s in enumerate(wanted) if s.order != i)
    backward = tuple(wall.space(s.id) for s in forward)
    return Edit(WallChange(updated_spaces=forward), WallChange(updated_spaces=backward))
