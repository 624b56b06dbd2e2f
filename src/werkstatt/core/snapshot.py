"""A frozen snapshot of one workshop, read from the store in one transaction: all that the
protocol renderers (PDF now; DOCX and the .werkstatt archive later) see. Plain data, no
ORM object, no widget. A later phase kind adds its results as a new field of
PhaseSnapshot (with an empty default), so that older renderers keep working."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from werkstatt.core.records import (
    Action,
    CafeSetup,
    Card,
    FeedbackEntry,
    Phase,
    PhaseRun,
    PhotoImage,
    RealityCheck,
    SessionReport,
    TableNote,
    Workshop,
)

if TYPE_CHECKING:  # only named in the annotations: the snapshot needs none of their code
    from werkstatt.core.agenda import AgendaWall, Proposal
    from werkstatt.core.clustering import Board
    from werkstatt.core.voting import Tally


@dataclass(frozen=True)
class PhaseSnapshot:
    phase: Phase
    run: PhaseRun
    #: a card phase's own cards, by position
    cards: tuple[Card, ...] = ()
    feedback: tuple[FeedbackEntry, ...] = ()
    #: a cluster phase: its clusters and which card hangs where; ``board_cards`` are the
    #: cards it sorts (those of its source phase), in their order
    board: Board | None = None
    board_cards: tuple[Card, ...] = ()
    #: a vote phase: the dots per target (clusters or cards of its target phase), the
    #: targets in board order; ``vote_target_kind`` is "cluster" or "card"
    tally: Tally | None = None
    vote_target_kind: str = ""
    actions: tuple[Action, ...] = ()
    reality_checks: tuple[RealityCheck, ...] = ()
    #: photos of any phase, by position, with their bytes
    photos: tuple[PhotoImage, ...] = ()
    #: a rounds phase (World Café): its set-up and seating plan, the hosts' notes
    cafe: CafeSetup | None = None
    table_notes: tuple[TableNote, ...] = ()
    #: an agenda wall phase (Open Space): slots, spaces, proposals and where they hang
    agenda: AgendaWall | None = None
    #: an agenda wall phase: proposals withdrawn from it whose session report is kept
    withdrawn: tuple[Proposal, ...] = ()
    #: a reports phase: the session reports that are in
    reports: tuple[SessionReport, ...] = ()


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
    #: the image file on the protocol cover (original bytes), None: no logo
    logo: bytes | None = field(default=None, repr=False)
    #: the logo's media type, e.g. "image/png"; "" without a logo
    logo_media_type: str = ""
