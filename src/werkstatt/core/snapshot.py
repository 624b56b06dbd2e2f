"""A frozen snapshot of one workshop, read from the store in one transaction: all that the
protocol renderers (PDF now; DOCX and the .werkstatt archive later) see. Plain data, no
ORM object, no widget. A later phase kind adds its results as a new field of
PhaseSnapshot (with an empty default), so that older renderers keep working."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from werkstatt.core.records import Card, FeedbackEntry, Phase, PhaseRun, Workshop


@dataclass(frozen=True)
class PhaseSnapshot:
    phase: Phase
    run: PhaseRun
    cards: tuple[Card, ...] = ()
    feedback: tuple[FeedbackEntry, ...] = ()


@dataclass(frozen=True)
class WorkshopSnapshot:
    workshop: Workshop
    phases: tuple[PhaseSnapshot, ...]
    #: timezone-aware UTC moment the snapshot was read
    taken_at: dt.datetime
    #: display name of the workshop's method in the workshop's language, e.g. "Zukunftswerkstatt"
    method_name: str = ""
    #: UTC offset where the workshop was started (core.clock); None: not recorded
    utc_offset_minutes: int | None = None
