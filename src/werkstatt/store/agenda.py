"""``library.agenda``: the Open Space agenda wall: slots, spaces, proposals and where they hang.

Each call is one transaction of the library's. The rules are core.agenda's: the GUI turns a
move into an :class:`~werkstatt.core.agenda.Edit` on the wall it loaded, and
:meth:`Agendas.apply` plays its change on the wall as stored first, so a change that does
not fit is refused before anything is written.

Ids are the rows' primary keys (library-wide). Removed slots, spaces and proposals are
soft-deleted and keep their ids, so the inverse of a removal adds them back under the same
ids (votes and session reports refer to proposals by id).

Tags (a space's equipment, a proposal's needs) are stored as typed into one field,
"Beamer, barrierefrei"; a tag holding a separator ("Flipchart/Stifte") is stored as the
tags it splits into, so that what is read back is what was written.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from werkstatt.core import agenda, runsheet
from werkstatt.core.agenda import AgendaWall, Cell, Proposal, Slot, Space, WallChange
from werkstatt.methods import limits
from werkstatt.methods.kinds import space_names
from werkstatt.methods.model import PhaseKind
from werkstatt.store import entries, validation
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.models import (
    AgendaSlotRow,
    AgendaSpaceRow,
    PhaseRow,
    ProposalRow,
    SessionReportRow,
)
from werkstatt.store.rows import Transactions, live_phases, live_workshop, now

#: Where the slots of a wall start when the workshop has no start time.
DEFAULT_START: Final = dt.time(10, 0)
#: How stored tags are joined (parse_tags splits them back).
_TAG_JOIN: Final = ", "

_AgendaRow = AgendaSlotRow | AgendaSpaceRow | ProposalRow


class Agendas:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def wall(self, phase_id: int) -> AgendaWall:
        """The agenda wall phase's wall as stored (empty before :meth:`ensure_wall`)."""
        with self._transaction(write=False) as session:
            _agenda_phase(session, phase_id)
            return _read(session, [phase_id])[phase_id]

    def ensure_wall(self, phase_id: int) -> AgendaWall:
        """The wall, its slots and spaces first made from the phase's settings if the
        phase never had any (deleted ones count: a wall the moderator emptied stays
        empty). Slots start at the phase's planned start in the run sheet; spaces are
        named from ``space_names``, the unnamed ones by their number ("4")."""
        with self._transaction(write=False) as session:
            _agenda_phase(session, phase_id)
            if _has_rows(session, phase_id):
                return _read(session, [phase_id])[phase_id]
        with self._transaction(write=True) as session:
            phase = _agenda_phase(session, phase_id)
            if not _has_rows(session, phase_id):  # another window may have been faster
                _create_from_settings(session, phase)
            return _read(session, [phase_id])[phase_id]

    def apply(self, phase_id: int, change: WallChange) -> AgendaWall:
        """Write ``change`` (core.agenda's order: added, updated, placed, removed) and
        return the wall after it. Added items keep their ids: a removed item of this
        phase with that id comes back. Raises NotFoundError("slot"|"space"|"proposal",
        id) for an item the wall does not have, InvalidValueError (TooLongError) for a
        value or a change that does not fit; then nothing is written."""
        change = _normalised(change)
        with self._transaction(write=True) as session:
            _agenda_phase(session, phase_id)
            before = _read(session, [phase_id])[phase_id]
            after = _checked(session, phase_id, before, change)
            _write(session, phase_id, change)
            session.flush()
            return after

    def new_slot_id(self) -> int:
        """An id no slot row has, deleted ones included."""
        return self._new_id(AgendaSlotRow)

    def new_space_id(self) -> int:
        """An id no space row has, deleted ones included."""
        return self._new_id(AgendaSpaceRow)

    def new_proposal_id(self) -> int:
        """An id no proposal row has, deleted ones included."""
        return self._new_id(ProposalRow)

    def _new_id(self, model: type[_AgendaRow]) -> int:
        with self._transaction(write=False) as session:
            return (session.scalar(select(func.max(model.id))) or 0) + 1


def live_walls(session: Session, phase_ids: Iterable[int]) -> dict[int, AgendaWall]:
    """The walls of the given phases that are live agenda wall phases (for the snapshot;
    an agenda wall never opened is empty). Call inside a read transaction."""
    wanted = list(phase_ids)
    if not wanted:
        return {}
    walls = [
        phase_id
        for (phase_id,) in session.execute(
            select(PhaseRow.id).where(
                PhaseRow.id.in_(wanted),
                PhaseRow.kind == PhaseKind.AGENDA_WALL.value,
                PhaseRow.deleted_at.is_(None),
            )
        )
    ]
    return _read(session, walls)


def withdrawn_with_reports(
    session: Session, phase_ids: Iterable[int]
) -> dict[int, tuple[Proposal, ...]]:
    """Per agenda wall phase the proposals withdrawn from it (removed, in the trash) that
    a live session report still documents, in marketplace order: the protocol and the
    workshop file keep those reports, so they keep their sessions' titles. Call inside a
    read transaction."""
    wanted = list(phase_ids)
    if not wanted:
        return {}
    reported = (
        select(SessionReportRow.proposal_id)
        .join(PhaseRow, PhaseRow.id == SessionReportRow.phase_id)
        .where(SessionReportRow.deleted_at.is_(None), PhaseRow.deleted_at.is_(None))
    )
    rows = session.scalars(
        select(ProposalRow)
        .where(
            ProposalRow.phase_id.in_(wanted),
            ProposalRow.deleted_at.is_not(None),
            ProposalRow.id.in_(reported),
        )
        .order_by(ProposalRow.position, ProposalRow.id)
    )
    withdrawn: defaultdict[int, list[Proposal]] = defaultdict(list)
    for row in rows:
        # what it was merged into is of no account once it is off the wall
        withdrawn[row.phase_id].append(replace(_proposal_of(row), merged_into=None))
    return {phase_id: tuple(proposals) for phase_id, proposals in withdrawn.items()}


def _proposal_of(row: Any) -> Proposal:
    """The proposal of a ProposalRow, or of the plain columns of one (as _read selects)."""
    return Proposal(
        row.id,
        row.title,
        convener=row.convener,
        description=row.description,
        expected=row.expected,
        needs=agenda.parse_tags(row.needs),
        merged_into=row.merged_into_id,
        order=row.position,
    )


# reading -------------------------------------------------------------------------
def _agenda_phase(session: Session, phase_id: int) -> PhaseRow:
    row = entries.phase(session, phase_id)
    if row.kind != PhaseKind.AGENDA_WALL:
        raise InvalidValueError("phase", phase_id, PhaseKind.AGENDA_WALL.value)
    return row


def _has_rows(session: Session, phase_id: int) -> bool:
    return any(
        session.scalar(select(model.id).where(model.phase_id == phase_id).limit(1)) is not None
        for model in (AgendaSlotRow, AgendaSpaceRow)
    )


def _read(session: Session, phase_ids: Sequence[int]) -> dict[int, AgendaWall]:
    """The walls of the phases, one query per table whatever their size. Plain columns,
    not ORM objects: the wall is read on every drag."""
    slots: defaultdict[int, list[Slot]] = defaultdict(list)
    for phase_id, slot_id, start, minutes, label, is_break, position in session.execute(
        select(
            AgendaSlotRow.phase_id,
            AgendaSlotRow.id,
            AgendaSlotRow.start_time,
            AgendaSlotRow.minutes,
            AgendaSlotRow.label,
            AgendaSlotRow.is_break,
            AgendaSlotRow.position,
        ).where(AgendaSlotRow.phase_id.in_(phase_ids), AgendaSlotRow.deleted_at.is_(None))
    ):
        slots[phase_id].append(
            Slot(slot_id, start, minutes, label=label, is_break=is_break, order=position)
        )
    spaces: defaultdict[int, list[Space]] = defaultdict(list)
    for phase_id, space_id, name, capacity, equipment, position in session.execute(
        select(
            AgendaSpaceRow.phase_id,
            AgendaSpaceRow.id,
            AgendaSpaceRow.name,
            AgendaSpaceRow.capacity,
            AgendaSpaceRow.equipment,
            AgendaSpaceRow.position,
        ).where(AgendaSpaceRow.phase_id.in_(phase_ids), AgendaSpaceRow.deleted_at.is_(None))
    ):
        spaces[phase_id].append(
            Space(
                space_id,
                name,
                capacity=capacity,
                equipment=agenda.parse_tags(equipment),
                order=position,
            )
        )
    proposals: defaultdict[int, list[tuple[Proposal, int | None, int | None]]] = defaultdict(list)
    for row in session.execute(
        select(
            ProposalRow.phase_id,
            ProposalRow.id,
            ProposalRow.title,
            ProposalRow.convener,
            ProposalRow.description,
            ProposalRow.expected,
            ProposalRow.needs,
            ProposalRow.merged_into_id,
            ProposalRow.position,
            ProposalRow.slot_id,
            ProposalRow.space_id,
        ).where(ProposalRow.phase_id.in_(phase_ids), ProposalRow.deleted_at.is_(None))
    ):
        proposals[row.phase_id].append((_proposal_of(row), row.slot_id, row.space_id))
    return {
        phase_id: _wall(slots[phase_id], spaces[phase_id], proposals[phase_id])
        for phase_id in phase_ids
    }


def _wall(
    slots: list[Slot],
    spaces: list[Space],
    proposals: list[tuple[Proposal, int | None, int | None]],
) -> AgendaWall:
    # What the rules never write (a merge into a removed proposal, a session in a removed
    # slot or in a break) leaves that proposal unmerged or unplaced rather than the wall
    # unreadable.
    live = {proposal.id for proposal, _slot, _space in proposals}
    open_slots = {slot.id for slot in slots if not slot.is_break}
    space_ids = {space.id for space in spaces}
    records: list[Proposal] = []
    placement: dict[int, Cell] = {}
    for proposal, slot_id, space_id in proposals:
        if proposal.merged_into is not None and proposal.merged_into not in live:
            proposal = replace(proposal, merged_into=None)
        records.append(proposal)
        if proposal.merged_into is None and slot_id in open_slots and space_id in space_ids:
            assert slot_id is not None and space_id is not None
            placement[proposal.id] = Cell(slot_id, space_id)
    return AgendaWall(tuple(slots), tuple(spaces), tuple(records), placement)


# the wall from the phase's settings --------------------------------------------------
def _planned_start(session: Session, phase: PhaseRow) -> dt.time:
    workshop = live_workshop(session, phase.workshop_id)
    phases = live_phases(session, phase.workshop_id)
    index = next(i for i, other in enumerate(phases) if other.id == phase.id)
    sheet = runsheet.plan(
        workshop.start_time or DEFAULT_START,
        [other.planned_minutes for other in phases],
        date=workshop.date,
    )
    return sheet.rows[index].planned_start.time()


def _settings_slots(settings: dict[str, object], start: dt.time) -> tuple[Slot, ...]:
    """The slots of the settings from ``start``; fewer when they would run past midnight
    (a wall planned late in the evening), at least one, then ending at midnight."""
    count, minutes, gap = settings["slots"], settings["slot_minutes"], settings["slot_gap_minutes"]
    assert isinstance(count, int) and isinstance(minutes, int) and isinstance(gap, int)
    first = start.hour * 60 + start.minute
    fitting = (24 * 60 - first + gap) // (minutes + gap)
    if fitting < 1:
        last = 24 * 60 - minutes
        return agenda.build_slots(dt.time(last // 60, last % 60), 1, minutes)
    return agenda.build_slots(
        start.replace(second=0, microsecond=0), min(count, fitting), minutes, gap
    )


def _create_from_settings(session: Session, phase: PhaseRow) -> None:
    settings = validation.phase_settings(PhaseKind.AGENDA_WALL, phase.settings)
    for slot in _settings_slots(settings, _planned_start(session, phase)):
        session.add(
            AgendaSlotRow(
                phase_id=phase.id,
                position=slot.order,
                start_time=slot.start,
                minutes=slot.minutes,
                label="",
                is_break=False,
            )
        )
    names = space_names(str(settings["space_names"]))
    count = settings["spaces"]
    assert isinstance(count, int)
    for position in range(count):
        name = names[position] if position < len(names) else str(position + 1)
        session.add(
            AgendaSpaceRow(
                phase_id=phase.id, position=position, name=name[: limits.TITLE_MAX], equipment=""
            )
        )
    session.flush()


# checking ------------------------------------------------------------------------
def _order(field: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**31:
        raise InvalidValueError(field, value, "int")
    return value


def _count(field: str, value: object, minimum: int, maximum: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value <= maximum:
        raise InvalidValueError(field, value, (minimum, maximum))


def _tags(field: str, values: frozenset[str]) -> frozenset[str]:
    if not isinstance(values, frozenset) or not all(isinstance(v, str) for v in values):
        raise InvalidValueError(field, values, "tags")
    stored = agenda.parse_tags(_TAG_JOIN.join(sorted(values)))
    validation.long_text(field, _TAG_JOIN.join(sorted(stored)))
    return stored


def _slot(slot: Slot) -> Slot:
    if not isinstance(slot.start, dt.time) or slot.start.tzinfo is not None:
        raise InvalidValueError("start", slot.start, "local time without zone")
    _count("minutes", slot.minutes, 1, limits.MINUTES_RANGE[1])
    if len(slot.label) > limits.TITLE_MAX:
        raise TooLongError("label", len(slot.label), limits.TITLE_MAX)
    validation.flag("is_break", slot.is_break)
    _order("order", slot.order)
    return slot


def _space(space: Space) -> Space:
    validation.title("name", space.name)
    if space.capacity is not None:
        _count("capacity", space.capacity, 1, limits.PARTICIPANTS_RANGE[1])
    _order("order", space.order)
    return replace(space, equipment=_tags("equipment", space.equipment))


def _proposal(proposal: Proposal) -> Proposal:
    validation.title("title", proposal.title)
    validation.long_text("convener", proposal.convener)
    validation.long_text("description", proposal.description)
    if proposal.expected is not None:
        _count("expected", proposal.expected, 1, limits.PARTICIPANTS_RANGE[1])
    validation.optional_id("merged_into", proposal.merged_into)
    _order("order", proposal.order)
    return replace(proposal, needs=_tags("needs", proposal.needs))


def _normalised(change: WallChange) -> WallChange:
    """The change with its records as they will be stored, every value checked."""
    try:
        return replace(
            change,
            added_slots=tuple(_slot(s) for s in change.added_slots),
            updated_slots=tuple(_slot(s) for s in change.updated_slots),
            added_spaces=tuple(_space(s) for s in change.added_spaces),
            updated_spaces=tuple(_space(s) for s in change.updated_spaces),
            added_proposals=tuple(_proposal(p) for p in change.added_proposals),
            updated_proposals=tuple(_proposal(p) for p in change.updated_proposals),
        )
    except agenda.AgendaError as exc:
        raise _store_error(exc) from None


def _store_error(exc: agenda.AgendaError) -> Exception:
    """The store's error for what core.agenda refused."""
    if isinstance(exc, agenda.UnknownSlotError):
        return NotFoundError("slot", exc.slot_id)
    if isinstance(exc, agenda.UnknownSpaceError):
        return NotFoundError("space", exc.space_id)
    if isinstance(exc, agenda.UnknownProposalError):
        return NotFoundError("proposal", exc.proposal_id)
    if isinstance(exc, agenda.BlankTextError):
        return InvalidValueError(exc.field, exc.text, "not empty")
    if isinstance(exc, agenda.InvalidNumberError):
        return InvalidValueError(exc.field, exc.value, exc.minimum)
    if isinstance(exc, agenda.DuplicateIdError):
        return InvalidValueError(exc.what, exc.item_id, "an unused id")
    return InvalidValueError("change", str(exc), "a change that fits the agenda wall")


_LIMITS: Final = (
    ("slots", limits.SLOTS_PER_PHASE_MAX),
    ("spaces", limits.SPACES_PER_PHASE_MAX),
    ("proposals", limits.PROPOSALS_PER_PHASE_MAX),
)


def _checked(session: Session, phase_id: int, wall: AgendaWall, change: WallChange) -> AgendaWall:
    """The wall after ``change``, or the store's error for a change that does not fit;
    writes nothing."""
    try:
        after = agenda.apply(wall, change)
    except agenda.AgendaError as exc:
        raise _store_error(exc) from None
    for field, maximum in _LIMITS:
        count, was = len(getattr(after, field)), len(getattr(wall, field))
        if count > maximum and count > was:
            raise InvalidValueError(field, count, maximum)
    for model, noun, items in (
        (AgendaSlotRow, "slot", change.added_slots),
        (AgendaSpaceRow, "space", change.added_spaces),
        (ProposalRow, "proposal", change.added_proposals),
    ):
        for item in items:
            row = session.get(model, item.id)
            if row is not None and (row.phase_id != phase_id or row.deleted_at is None):
                # ids are library-wide: another wall's row keeps its own
                raise InvalidValueError(noun, item.id, "an unused id")
    return after


# writing -------------------------------------------------------------------------
def _write(session: Session, phase_id: int, change: WallChange) -> None:
    stamp = now()
    for slot in (*change.added_slots, *change.updated_slots):
        slot_row = session.get(AgendaSlotRow, slot.id)
        if slot_row is None:
            slot_row = AgendaSlotRow(id=slot.id, phase_id=phase_id)
            session.add(slot_row)
        slot_row.deleted_at = None
        slot_row.position = slot.order
        slot_row.start_time = slot.start
        slot_row.minutes = slot.minutes
        slot_row.label = slot.label
        slot_row.is_break = slot.is_break
    for space in (*change.added_spaces, *change.updated_spaces):
        space_row = session.get(AgendaSpaceRow, space.id)
        if space_row is None:
            space_row = AgendaSpaceRow(id=space.id, phase_id=phase_id)
            session.add(space_row)
        space_row.deleted_at = None
        space_row.position = space.order
        space_row.name = space.name
        space_row.capacity = space.capacity
        space_row.equipment = _TAG_JOIN.join(sorted(space.equipment))
    proposals = (*change.added_proposals, *change.updated_proposals)
    proposal_rows: list[ProposalRow] = []
    for proposal in proposals:
        row = session.get(ProposalRow, proposal.id)
        if row is None:
            row = ProposalRow(id=proposal.id, phase_id=phase_id, created_at=stamp)
            session.add(row)
        elif row.deleted_at is not None:
            # a removed proposal comes back unplaced; ``placed`` puts it where it was
            row.slot_id = row.space_id = None
        row.deleted_at = None
        row.position = proposal.order
        row.title = proposal.title
        row.convener = proposal.convener
        row.description = proposal.description
        row.expected = proposal.expected
        row.needs = _TAG_JOIN.join(sorted(proposal.needs))
        # set once every row of the change is there: a merge may point to one added now
        row.merged_into_id = None
        proposal_rows.append(row)
    session.flush()
    for row, proposal in zip(proposal_rows, proposals, strict=True):
        row.merged_into_id = proposal.merged_into
        if proposal.merged_into is not None:
            row.slot_id = row.space_id = None
    for proposal_id, cell in change.placed:
        row = session.get(ProposalRow, proposal_id)
        assert row is not None  # checked: a proposal of the wall
        row.slot_id, row.space_id = (None, None) if cell is None else cell
    session.flush()
    for model, ids in (
        (ProposalRow, change.removed_proposals),
        (AgendaSpaceRow, change.removed_spaces),
        (AgendaSlotRow, change.removed_slots),
    ):
        for item_id in ids:
            removed = session.get(model, item_id)
            assert removed is not None
            removed.deleted_at = stamp
    session.flush()
