"""Whether the projector shows a vote's result while its ``show_live_results`` setting
is off: the moderator reveals it with a button once the dots are counted.

Kept per run context (not in the store, not on the undo stack): revealing is a moment of
the presentation, not a result of the workshop, and Ctrl+Z during the tally must take
back a count, never hide the chart. After a restart the moderator reveals it again.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from werkstatt.gui.kinds.base import RunContext

_revealed: WeakKeyDictionary[RunContext, set[int]] = WeakKeyDictionary()


def is_revealed(context: RunContext, phase_id: int) -> bool:
    return phase_id in _revealed.get(context, set())


def set_revealed(context: RunContext, phase_id: int, revealed: bool) -> None:
    phases = _revealed.setdefault(context, set())
    if revealed:
        phases.add(phase_id)
    else:
        phases.discard(phase_id)
    context.notify(phase_id)
