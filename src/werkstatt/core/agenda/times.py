"""The wall's rows in time: slots built from the phase's settings, and which slot is on
now (the projector highlights it)."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from werkstatt.core.agenda.errors import InvalidNumberError, PastMidnightError
from werkstatt.core.agenda.records import Slot

_DAY = 24 * 60 * 60


def _seconds(moment: datetime.time) -> int:
    return moment.hour * 3600 + moment.minute * 60 + moment.second


def _time(seconds: int) -> datetime.time:
    seconds %= _DAY
    return datetime.time(seconds // 3600, seconds // 60 % 60, seconds % 60)


def build_slots(
    start: datetime.time,
    count: int,
    minutes: int,
    gap_minutes: int = 0,
    *,
    first_id: int = 1,
    first_order: int = 0,
) -> tuple[Slot, ...]:
    """``count`` session slots of ``minutes`` each from ``start``, ``gap_minutes`` apart
    (time to change rooms, not a break row). Ids and orders count up from the firsts."""
    if count < 1:
        raise InvalidNumberError("slots", count, 1)
    if minutes < 1:
        raise InvalidNumberError("minutes", minutes, 1)
    if gap_minutes < 0:
        raise InvalidNumberError("gap_minutes", gap_minutes, 0)
    first = _seconds(start)
    step = (minutes + gap_minutes) * 60
    end = first + (count - 1) * step + minutes * 60
    if end > _DAY:
        raise PastMidnightError(start, count, end // 60)
    return tuple(
        Slot(first_id + i, _time(first + i * step), minutes, order=first_order + i)
        for i in range(count)
    )


def slots_from_settings(settings: Mapping[str, object], start: datetime.time) -> tuple[Slot, ...]:
    """The slots of an agenda wall phase's settings (``slots``, ``slot_minutes``,
    ``slot_gap_minutes``, already validated by werkstatt.methods) from ``start``."""
    count, minutes, gap = (
        settings["slots"],
        settings["slot_minutes"],
        settings["slot_gap_minutes"],
    )
    assert isinstance(count, int) and isinstance(minutes, int) and isinstance(gap, int)
    return build_slots(start, count, minutes, gap)


def slot_end(slot: Slot) -> datetime.time:
    """When the slot ends (0:00 for a slot that ends at midnight)."""
    return _time(_seconds(slot.start) + slot.minutes * 60)


def _span(slot: Slot) -> tuple[int, int]:
    start = _seconds(slot.start)
    return start, start + slot.minutes * 60


def current_slot(slots: Iterable[Slot], at: datetime.time) -> Slot | None:
    """The slot (a session slot or a break) running at ``at``: start ≤ at < end; of
    overlapping ones the one that started last. None between slots and outside them."""
    now = _seconds(at)
    running = [slot for slot in slots if _span(slot)[0] <= now < _span(slot)[1]]
    return max(running, key=lambda slot: _span(slot)[0], default=None)


def next_slot(slots: Iterable[Slot], at: datetime.time) -> Slot | None:
    """The first slot that starts after ``at`` (what comes next, in a gap)."""
    now = _seconds(at)
    later = [slot for slot in slots if _span(slot)[0] > now]
    return min(later, key=lambda slot: _span(slot)[0], default=None)
