"""Reading a workshop as a frozen WorkshopSnapshot (core.snapshot) for the protocol
renderers: one read transaction, so the PDF never mixes two states of the day."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from werkstatt.core.records import Card, FeedbackEntry
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.store.cards import live_cards
from werkstatt.store.feedback import live_feedback
from werkstatt.store.models import WorkshopRunRow
from werkstatt.store.rows import (
    live_phases,
    live_workshop,
    now,
    phase_record,
    phase_run_record,
    workshop_record,
)


def read_snapshot(session: Session, workshop_id: int, method_name: str = "") -> WorkshopSnapshot:
    """The live workshop with its live phases in order, each with its run and its live
    cards and feedback entries by position. Call inside a read transaction."""
    taken_at = now()
    workshop = live_workshop(session, workshop_id)
    phases = live_phases(session, workshop_id)
    run_state = session.get(WorkshopRunRow, workshop_id)
    ids = [phase.id for phase in phases]
    cards: defaultdict[int, list[Card]] = defaultdict(list)
    for card in live_cards(session, ids):
        cards[card.phase_id].append(card)
    feedback: defaultdict[int, list[FeedbackEntry]] = defaultdict(list)
    for entry in live_feedback(session, ids):
        feedback[entry.phase_id].append(entry)
    return WorkshopSnapshot(
        workshop=workshop_record(workshop),
        phases=tuple(
            PhaseSnapshot(
                phase=phase_record(phase),
                run=phase_run_record(phase),
                cards=tuple(cards[phase.id]),
                feedback=tuple(feedback[phase.id]),
            )
            for phase in phases
        ),
        taken_at=taken_at,
        method_name=method_name,
        utc_offset_minutes=None if run_state is None else run_state.utc_offset_minutes,
    )
