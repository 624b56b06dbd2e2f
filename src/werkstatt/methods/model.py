"""What a method is made of: phase kinds and phase drafts (no Qt, no SQL)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class PhaseKind(StrEnum):
    """The fixed set of phase kinds; each has one moderator and one presenter widget."""

    BRIEFING = "briefing"
    CARDS = "cards"
    CLUSTER = "cluster"
    VOTE = "vote"
    ROUNDS = "rounds"
    AGENDA_WALL = "agenda_wall"
    REPORTS = "reports"
    REFORMULATE = "reformulate"
    REALITY_CHECK = "reality_check"
    ACTION_PLAN = "action_plan"
    FEEDBACK = "feedback"
    BREAK = "break"


@dataclass(frozen=True)
class PhaseDraft:
    """A phase before it belongs to a workshop: what a template holds, in one language.

    ``key`` names the phase within its template or workshop (stable across renames and
    reordering); ``phase_ref`` settings of other phases hold such keys. It is empty for a
    phase the moderator added by hand: a ``phase_ref`` of "" then means "the nearest
    preceding phase of a fitting kind" (see ``werkstatt.methods.kinds.referenced_phase``).
    """

    kind: PhaseKind
    title: str
    question: str = ""
    script: str = ""
    planned_minutes: int = 15
    settings: Mapping[str, Any] = field(default_factory=dict)
    key: str = ""
