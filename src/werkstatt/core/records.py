"""Plain records of the library that the store hands out and the GUI and CLI show.

They are frozen: a changed workshop is a new record from the store. ``Phase.kind`` is
typed ``str`` because core imports nothing of ours; the store fills in
``werkstatt.methods.PhaseKind`` members, which are strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class WorkshopStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"


@dataclass(frozen=True)
class WorkshopDraft:
    """The facts a moderator gives when creating a workshop."""

    title: str
    method: str
    date: dt.date | None = None
    start_time: dt.time | None = None
    place: str = ""
    client: str = ""
    moderators: str = ""
    expected_participants: int | None = None
    notes: str = ""
    language: str = "de"


@dataclass(frozen=True)
class Workshop:
    id: int
    uid: str
    title: str
    method: str
    date: dt.date | None
    start_time: dt.time | None
    place: str
    client: str
    moderators: str
    expected_participants: int | None
    notes: str
    status: WorkshopStatus
    language: str
    created_at: dt.datetime
    changed_at: dt.datetime


@dataclass(frozen=True)
class Phase:
    id: int
    workshop_id: int
    position: int
    kind: str
    title: str
    question: str
    script: str
    planned_minutes: int
    settings: Mapping[str, Any] = field(default_factory=dict)
    #: The phase's key within its template, which other phases' phase_ref settings hold.
    key: str = ""


@dataclass(frozen=True)
class Card:
    """One card of a card collection (Kartenabfrage). ``author`` is personal data: empty
    unless the phase allows authors, and left out of an anonymous protocol."""

    id: int
    phase_id: int
    position: int
    text: str
    colour: str = ""
    author: str = ""
    created_at: dt.datetime | None = None
    #: The statement this card was turned from, e.g. the criticism a positive statement
    #: of the Phantasiephase reformulates; empty for a card written as it is. The text
    #: stays as it was when the card was made; the ids link the criticism while it exists.
    origin: str = ""
    origin_cluster_id: int | None = None
    origin_card_id: int | None = None


@dataclass(frozen=True)
class FeedbackEntry:
    """One person's line and/or mood rating in a feedback round (Blitzlicht).
    ``name`` is personal data."""

    id: int
    phase_id: int
    position: int
    text: str = ""
    rating: int | None = None
    name: str = ""
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class PhaseRun:
    """What happened to a phase on the day. Times are timezone-aware UTC."""

    phase_id: int
    actual_start: dt.datetime | None = None
    actual_end: dt.datetime | None = None
    skipped: bool = False


class ActionStatus(StrEnum):
    OPEN = "open"
    STARTED = "started"
    DONE = "done"


@dataclass(frozen=True)
class Action:
    """One row of an action plan (Maßnahmenplan). ``responsible`` is personal data.
    ``source`` is the idea or cluster title it came from, kept as text so the link
    survives when the cluster goes; ``source_cluster_id`` points at that cluster while
    it exists."""

    id: int
    phase_id: int
    position: int
    what: str
    responsible: str = ""
    due: str = ""
    first_step: str = ""
    resources: str = ""
    status: ActionStatus = ActionStatus.OPEN
    source: str = ""
    source_cluster_id: int | None = None
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class RealityCheck:
    """The reality check of one top idea before it becomes an action (Zukunftswerkstatt,
    Verwirklichungsphase). ``allies`` may name people: personal data."""

    id: int
    phase_id: int
    position: int
    idea: str
    resources: str = ""
    allies: str = ""
    obstacles: str = ""
    source_cluster_id: int | None = None
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class Photo:
    """A photo of a flipchart, pinboard or tablecloth, attached to a phase. ``width`` and
    ``height`` are as shown, i.e. after the EXIF orientation is applied. The bytes are
    fetched apart (``library.photos.data``), so that listing photos stays cheap."""

    id: int
    phase_id: int
    position: int
    caption: str
    filename: str
    media_type: str
    width: int
    height: int
    byte_size: int
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class PhotoImage:
    """A photo with its stored bytes (original file, orientation not yet applied)."""

    photo: Photo
    data: bytes = field(repr=False, default=b"")


@dataclass(frozen=True)
class CafeTable:
    """A World Café table: its name ("" shows as its number) and its host (personal)."""

    name: str = ""
    host: str = ""


@dataclass(frozen=True)
class CafeSetup:
    """The set-up of a rounds phase (World Café) and its seating plan.

    ``participants`` counts everyone, hosts included; ``names`` (personal, optional) are
    the participants' names or pseudonyms by badge number (names[0] is badge 1).
    ``rounds[r][t]`` lists the badge numbers at table t in round r (core.seating turns
    it into a SeatingPlan); ``hosts[t]`` is table t's host's badge, None without hosts.
    Tables, rounds and whether hosts stay are the phase's settings.
    """

    phase_id: int
    participants: int
    names: tuple[str, ...] = ()
    tables: tuple[CafeTable, ...] = ()
    seed: int | None = None
    rounds: tuple[tuple[tuple[int, ...], ...], ...] = ()
    hosts: tuple[int, ...] | None = None


@dataclass(frozen=True)
class TableNote:
    """A host's key points of one table in one round (both counted from 0)."""

    id: int
    phase_id: int
    table: int
    round: int
    text: str
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class SessionReport:
    """The report of one Open Space session (a proposal of the agenda wall).
    ``names`` of the participants is personal data."""

    id: int
    phase_id: int
    proposal_id: int
    participants: int | None = None
    names: str = ""
    key_points: str = ""
    results: str = ""
    next_steps: str = ""
    created_at: dt.datetime | None = None
    changed_at: dt.datetime | None = None


@dataclass(frozen=True)
class RoundState:
    """Where a World Café's rounds stand on the day, so that a restart resumes them.

    ``current_round`` counts from 0; ``stage`` is "" (waiting for the round to start),
    "talking", "rotating" (changing tables for the next round) or "finished". A running
    stage has its start (``started_at``, aware UTC) and its length in ``seconds``; both
    are None when nothing runs."""

    current_round: int = 0
    stage: str = ""
    started_at: dt.datetime | None = None
    seconds: int | None = None
