"""What the agenda wall refuses: typed errors carrying the facts, no sentences
(``werkstatt.messages`` words them). Conflicts (two sessions in one cell, a room too
small, ...) are not errors: the wall shows them, see :mod:`.conflicts`."""

from __future__ import annotations

import datetime


class AgendaError(ValueError):
    """Base of everything the agenda rules raise on purpose."""


class UnknownSlotError(AgendaError):
    def __init__(self, slot_id: object) -> None:
        super().__init__(f"slot {slot_id!r}")
        self.slot_id = slot_id


class UnknownSpaceError(AgendaError):
    def __init__(self, space_id: object) -> None:
        super().__init__(f"space {space_id!r}")
        self.space_id = space_id


class UnknownProposalError(AgendaError):
    def __init__(self, proposal_id: object) -> None:
        super().__init__(f"proposal {proposal_id!r}")
        self.proposal_id = proposal_id


class DuplicateIdError(AgendaError):
    """An id that is already on the wall; ``what`` is "slot", "space" or "proposal"."""

    def __init__(self, what: str, item_id: int) -> None:
        super().__init__(f"{what} {item_id} exists")
        self.what = what
        self.item_id = item_id


class BlankTextError(AgendaError):
    """A proposal title or space name with nothing but white space; ``field`` says which."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(f"{field}={text!r}")
        self.field = field
        self.text = text


class InvalidNumberError(AgendaError):
    """A capacity, expected number of participants or slot length below ``minimum``."""

    def __init__(self, field: str, value: int, minimum: int) -> None:
        super().__init__(f"{field}={value!r}, at least {minimum}")
        self.field = field
        self.value = value
        self.minimum = minimum


class BreakSlotError(AgendaError):
    """A session placed into a break (lunch, coffee): a break takes no sessions."""

    def __init__(self, slot_id: int, proposal_id: int) -> None:
        super().__init__(f"proposal {proposal_id} into break slot {slot_id}")
        self.slot_id = slot_id
        self.proposal_id = proposal_id


class MergedProposalError(AgendaError):
    """A proposal that was merged into another session and is hidden: it cannot be
    placed, merged again or merged into (undo the merge first)."""

    def __init__(self, proposal_id: int, merged_into: int) -> None:
        super().__init__(f"proposal {proposal_id} is merged into {merged_into}")
        self.proposal_id = proposal_id
        self.merged_into = merged_into


class MergeIntoItselfError(AgendaError):
    def __init__(self, proposal_id: int) -> None:
        super().__init__(f"proposal {proposal_id} into itself")
        self.proposal_id = proposal_id


class MergeCycleError(AgendaError):
    """Proposals merged into each other in a circle (only corrupt data can say that)."""

    def __init__(self, proposal_id: int) -> None:
        super().__init__(f"proposal {proposal_id} is merged into itself in a circle")
        self.proposal_id = proposal_id


class SlotNotEmptyError(AgendaError):
    """A change removes a slot or space, or turns a slot into a break, but leaves a
    session in it (the change must say where its sessions go)."""

    def __init__(self, proposal_id: int, slot_id: int, space_id: int) -> None:
        super().__init__(f"proposal {proposal_id} still in slot {slot_id}, space {space_id}")
        self.proposal_id = proposal_id
        self.slot_id = slot_id
        self.space_id = space_id


class PastMidnightError(AgendaError):
    """Slots that would run past midnight: the agenda wall plans one day."""

    def __init__(self, start: datetime.time, count: int, end_minutes: int) -> None:
        super().__init__(f"{count} slots from {start:%H:%M} end {end_minutes} min after 0:00")
        self.start = start
        self.count = count
        self.end_minutes = end_minutes
