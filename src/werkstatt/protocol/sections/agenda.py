"""An agenda wall's results (Open Space marketplace): the grid of time slots by spaces
as a table, then every proposal that did not make it onto the grid (not placed, or
merged into another session), so that no concern raised at the marketplace is lost.

Conveners are personal: they appear in the grid and the lists only with names on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from werkstatt.core.agenda import AgendaWall, Proposal, Slot, Space, slot_end
from werkstatt.protocol.content import (
    Block,
    Cell,
    Column,
    Heading,
    Line,
    ListItem,
    Paragraph,
    Row,
    Table,
)
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.common import no_results
from werkstatt.protocol.texts import clock, translate

#: More spaces than this do not fit A4 portrait side by side (a column of 30 mm holds
#: 'Nachbarschaftshilfe' at 8.5 pt); a wider wall is printed as several tables.
SPACES_PER_TABLE = 5
#: A wall with more spaces than slots is printed with the slots as columns, at most
#: this many side by side.
SLOTS_PER_TABLE = 4
# widths in mm of the 170 mm the PDF's frame is wide
_TIME_WIDTH = 28.0
_FRAME = 170.0
_SPACE_WIDTH = 25.0
_Item = TypeVar("_Item", Slot, Space)


def slot_time(slot: Slot) -> str:
    """'10:00–11:00'."""
    return f"{clock(slot.start)}–{clock(slot_end(slot))}"


def with_convener(proposal: Proposal, options: ProtocolOptions) -> str:
    """A proposal's title, with its convener in brackets when names are on."""
    if options.include_names and proposal.convener:
        return f"{proposal.title} ({proposal.convener})"
    return proposal.title


def _time_cell(slot: Slot) -> Cell:
    lines = [Line(slot_time(slot), "strong")]
    if slot.label and not slot.is_break:
        lines.append(Line(slot.label, "small"))
    return Cell(tuple(lines))


def _session_cell(wall: AgendaWall, slot: Slot, space: Space, options: ProtocolOptions) -> Cell:
    lines: list[Line] = []
    for proposal_id in wall.sessions_at(slot.id, space.id):
        proposal = wall.proposal(proposal_id)
        lines.append(Line(proposal.title, "strong"))
        if options.include_names and proposal.convener:
            lines.append(Line(proposal.convener, "small"))
    return Cell(tuple(lines))


def _chunks(items: Sequence[_Item], size: int) -> list[Sequence[_Item]]:
    return [items[start : start + size] for start in range(0, len(items), size)]


def agenda_table(wall: AgendaWall, spaces: Sequence[Space], options: ProtocolOptions) -> Table:
    """Rows: the slots with their times; columns: ``spaces``. A break is a row with its
    label in the first space's column (the content model has no spanning cells)."""
    space_width = (_FRAME - _TIME_WIDTH) / max(len(spaces), SPACES_PER_TABLE)
    columns = [Column(translate("Protocol", "Time"), _TIME_WIDTH)]
    columns += [Column(space.name, space_width) for space in spaces]
    rows = []
    for slot in wall.slots:
        if slot.is_break:
            label = slot.label or translate("Protocol", "Break")
            cells = [_time_cell(slot), Cell.of(label, "muted")]
            cells += [Cell() for _space in spaces[1:]]
        else:
            cells = [_time_cell(slot)]
            cells += [_session_cell(wall, slot, space, options) for space in spaces]
        rows.append(Row(tuple(cells)))
    return Table(tuple(columns), tuple(rows), dense=True)


def transposed_table(wall: AgendaWall, slots: Sequence[Slot], options: ProtocolOptions) -> Table:
    """Rows: the spaces; columns: ``slots`` (no breaks). For a wall with more spaces
    than slots: five columns of 3 cm on A4 portrait would cut most German titles
    mid-word, three or four columns hold them."""
    slot_width = (_FRAME - _SPACE_WIDTH) / max(len(slots), 3)
    columns = [Column(translate("Protocol", "Space"), _SPACE_WIDTH)]
    for slot in slots:
        title = slot_time(slot) + (f" · {slot.label}" if slot.label else "")
        columns.append(Column(title, slot_width))
    rows = [
        Row(
            (
                Cell.of(space.name, "strong"),
                *(_session_cell(wall, slot, space, options) for slot in slots),
            )
        )
        for space in wall.spaces
    ]
    return Table(tuple(columns), tuple(rows), dense=True)


def _grid(wall: AgendaWall, options: ProtocolOptions) -> list[Block]:
    sessions = [slot for slot in wall.slots if not slot.is_break]
    breaks = [slot for slot in wall.slots if slot.is_break]
    if not sessions or len(sessions) >= len(wall.spaces):
        return [
            agenda_table(wall, spaces, options) for spaces in _chunks(wall.spaces, SPACES_PER_TABLE)
        ]
    blocks: list[Block] = [
        transposed_table(wall, slots, options) for slots in _chunks(sessions, SLOTS_PER_TABLE)
    ]
    if breaks:
        listed = ", ".join(
            f"{slot.label or translate('Protocol', 'Break')} {slot_time(slot)}" for slot in breaks
        )
        line = translate("Protocol", "Breaks: {breaks}").format(breaks=listed)
        blocks.append(Paragraph(line, "note"))
    return blocks


def _leftovers(wall: AgendaWall, options: ProtocolOptions) -> list[Block]:
    blocks: list[Block] = []
    unplaced = [wall.proposal(proposal_id) for proposal_id in wall.unplaced]
    if unplaced:
        heading = translate("Protocol", "Proposals not on the agenda ({count})")
        blocks.append(Heading(2, heading.format(count=len(unplaced))))
        blocks += [ListItem(with_convener(proposal, options)) for proposal in unplaced]
    merged = [proposal for proposal in wall.proposals if proposal.merged_into is not None]
    if merged:
        heading = translate("Protocol", "Merged proposals ({count})")
        blocks.append(Heading(2, heading.format(count=len(merged))))
        for proposal in merged:
            into = wall.proposal(proposal.merged_into or 0)
            line = translate("Protocol", "{proposal} → merged into “{session}”").format(
                proposal=with_convener(proposal, options), session=into.title
            )
            blocks.append(ListItem(line))
    return blocks


def agenda_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    wall = where.item.agenda
    if wall is None or not wall.proposals:
        return [no_results(translate("Protocol", "No sessions were proposed."))]
    progress.check()
    blocks: list[Block] = []
    sessions = len(wall.placement)
    if wall.slots and wall.spaces:
        heading = translate("Protocol", "Agenda ({count} sessions)").format(count=sessions)
        blocks.append(Heading(2, heading))
        blocks += _grid(wall, options)
    blocks += _leftovers(wall, options)
    progress.advance(len(wall.proposals))
    return blocks


def agenda_units(where: PhaseInSnapshot) -> int:
    wall = where.item.agenda
    return len(wall.proposals) if wall is not None else 0


def placed_in_order(wall: AgendaWall) -> list[Proposal]:
    """The placed sessions slot by slot, space by space (as the wall reads)."""
    slot_order = {slot.id: number for number, slot in enumerate(wall.slots)}
    space_order = {space.id: number for number, space in enumerate(wall.spaces)}
    placed = sorted(
        wall.placement.items(),
        key=lambda entry: (slot_order[entry[1].slot_id], space_order[entry[1].space_id]),
    )
    return [wall.proposal(proposal_id) for proposal_id, _cell in placed]
