"""The phase timer's state as it is kept in the library (see werkstatt.core.phase_timer
for the running logic). Wall-clock times are timezone-aware UTC, so that a restart in the
middle of a phase can resume: the timer keeps running on the wall clock while the
program is closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimerState:
    """``duration_seconds`` is the time box as it was when saved, +1/+5 extensions
    included; ``extra_seconds`` those extensions alone: the time box of a phase is always
    its planned minutes (as the plan says now) plus the extensions, so a phase lengthened
    in the plan after its timer started gets the new length (``duration_seconds`` serves
    a timer with no phase to go by). ``elapsed_seconds`` is what ran before the current
    run; ``running_since`` the wall-clock moment of the last start/resume, None while
    paused or never started."""

    duration_seconds: int
    elapsed_seconds: float = 0.0
    running_since: dt.datetime | None = None
    muted: bool = False
    extra_seconds: int = 0

    @property
    def running(self) -> bool:
        return self.running_since is not None
