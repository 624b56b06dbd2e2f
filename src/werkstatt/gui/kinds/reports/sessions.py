"""The sessions of a reports phase as its widgets show them: each placed session of the
agenda wall with its time slot, its space and its report (if one is in yet)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from werkstatt.core.agenda import AgendaError, AgendaWall, Proposal, slot_end
from werkstatt.core.records import Phase, SessionReport
from werkstatt.gui.kinds.base import RunContext
from werkstatt.store.errors import StoreError


@dataclass(frozen=True)
class Session:
    """One session: ``slot`` its start (and end) as text, ``space`` the room's name."""

    proposal: Proposal
    slot: str
    space: str
    report: SessionReport | None

    @property
    def proposal_id(self) -> int:
        return self.proposal.id

    @property
    def title(self) -> str:
        return self.proposal.title

    @property
    def convener(self) -> str:
        return self.proposal.convener


def _clock(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"


def agenda_phase_id(context: RunContext, phase: Phase) -> int | None:
    """The agenda wall phase whose sessions ``phase`` reports on (its setting)."""
    try:
        return context.library.reports.agenda_phase_id(phase.id)
    except StoreError:
        return None


def _wall(context: RunContext, agenda_id: int | None) -> AgendaWall | None:
    if agenda_id is None:
        return None
    try:
        return context.library.agenda.wall(agenda_id)
    except StoreError:
        return None


def _where(wall: AgendaWall | None, proposal_id: int) -> tuple[str, str]:
    if wall is None:
        return "", ""
    try:
        cell = wall.cell_of(proposal_id)
    except AgendaError:  # a proposal the wall no longer knows: no place
        return "", ""
    if cell is None:
        return "", ""
    slot = wall.slot(cell.slot_id)
    end = slot_end(slot)
    times = f"{_clock(slot.start)}–{_clock(end)}"
    slot_text = f"{times} {slot.label}" if slot.label else times
    return slot_text, wall.space(cell.space_id).name


def read_sessions(context: RunContext, phase: Phase) -> list[Session]:
    """The phase's sessions in slot and space order, each with its report; none when the
    agenda wall is out of reach."""
    library = context.library
    try:
        proposals = library.reports.sessions(phase.id)
        reports = {report.proposal_id: report for report in library.reports.list(phase.id)}
    except StoreError:
        return []
    wall = _wall(context, agenda_phase_id(context, phase))
    sessions = []
    for proposal in proposals:
        slot, space = _where(wall, proposal.id)
        sessions.append(Session(proposal, slot, space, reports.get(proposal.id)))
    return sessions


def has_content(report: SessionReport | None) -> bool:
    """Whether a report says anything (a report with every field emptied again is none)."""
    if report is None:
        return False
    return bool(
        report.participants
        or report.names
        or report.key_points
        or report.results
        or report.next_steps
    )
