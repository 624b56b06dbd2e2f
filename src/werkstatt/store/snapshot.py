"""Reading a workshop as a frozen WorkshopSnapshot (core.snapshot) for the protocol
renderers: one read transaction, so the PDF never mixes two states of the day."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from werkstatt.core.records import Action, Card, FeedbackEntry, PhotoImage, RealityCheck
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.methods.model import PhaseKind
from werkstatt.store.actions import live_actions
from werkstatt.store.agenda import live_walls, withdrawn_with_reports
from werkstatt.store.board import live_boards
from werkstatt.store.cafe import live_cafes, live_table_notes
from werkstatt.store.cards import live_cards
from werkstatt.store.feedback import live_feedback
from werkstatt.store.logos import read_logo
from werkstatt.store.models import WorkshopRunRow
from werkstatt.store.photos import live_photo_images
from werkstatt.store.reality_checks import live_reality_checks
from werkstatt.store.reports import live_reports
from werkstatt.store.rows import (
    live_phases,
    live_workshop,
    now,
    phase_record,
    phase_run_record,
    workshop_record,
)
from werkstatt.store.votes import live_tallies


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
    boards = live_boards(session, [p.id for p in phases if p.kind == PhaseKind.CLUSTER])
    actions: defaultdict[int, list[Action]] = defaultdict(list)
    for action in live_actions(session, ids):
        actions[action.phase_id].append(action)
    checks: defaultdict[int, list[RealityCheck]] = defaultdict(list)
    for check in live_reality_checks(session, ids):
        checks[check.phase_id].append(check)
    photos: defaultdict[int, list[PhotoImage]] = defaultdict(list)
    for image in live_photo_images(session, ids):
        photos[image.photo.phase_id].append(image)
    tallies = live_tallies(session, ids)
    cafes = live_cafes(session, ids)
    table_notes = live_table_notes(session, ids)
    walls = live_walls(session, ids)
    withdrawn = withdrawn_with_reports(session, walls.keys())
    reports = live_reports(session, ids)
    logo = read_logo(session, workshop_id)
    return WorkshopSnapshot(
        workshop=workshop_record(workshop),
        phases=tuple(
            PhaseSnapshot(
                phase=phase_record(phase),
                run=phase_run_record(phase),
                cards=tuple(cards[phase.id]),
                feedback=tuple(feedback[phase.id]),
                board=boards[phase.id][0] if phase.id in boards else None,
                board_cards=boards[phase.id][1] if phase.id in boards else (),
                tally=tallies[phase.id][0] if phase.id in tallies else None,
                vote_target_kind=tallies[phase.id][1] if phase.id in tallies else "",
                actions=tuple(actions[phase.id]),
                reality_checks=tuple(checks[phase.id]),
                photos=tuple(photos[phase.id]),
                cafe=cafes.get(phase.id),
                table_notes=table_notes.get(phase.id, ()),
                agenda=walls.get(phase.id),
                withdrawn=withdrawn.get(phase.id, ()),
                reports=reports.get(phase.id, ()),
            )
            for phase in phases
        ),
        taken_at=taken_at,
        method_name=method_name,
        utc_offset_minutes=None if run_state is None else run_state.utc_offset_minutes,
        logo=None if logo is None else logo[0],
        logo_media_type="" if logo is None else logo[1],
    )
