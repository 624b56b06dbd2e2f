"""A reports phase's results (Open Space): every session's report as a chapter of its
own, so that the contents list each session with its page (the book of proceedings'
index of sessions).

Sessions come in the order of the agenda wall (slot by slot, space by space); a placed
session without a report says so, and a report whose session is no longer on the wall
is still printed. Conveners and participants' names are personal: with names off the
report shows neither, only how many took part.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from werkstatt.core.agenda import AgendaWall, Proposal
from werkstatt.core.records import SessionReport
from werkstatt.core.snapshot import PhaseSnapshot
from werkstatt.methods.kinds import referenced_phase
from werkstatt.protocol.content import Block, Heading, ListItem, Paragraph
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.agenda import placed_in_order, slot_time
from werkstatt.protocol.sections.common import no_results
from werkstatt.protocol.texts import translate

_NUMBERED = re.compile(r"^\s*(\d{1,3}[.)])\s+(.*)$")
_BULLETED = re.compile(r"^\s*[-–•*]\s+(.*)$")
# Between participants' names as typed on the form: one per line or comma-separated.
_NAME_SEPARATORS = re.compile(r"[,;\n]")


@dataclass(frozen=True)
class Session:
    """A session as the reports list it: its proposal (None: no longer on the wall)
    and its report (None: none came in); ``withdrawn`` is the proposal of a session
    withdrawn from the wall after its report was written."""

    proposal: Proposal | None
    report: SessionReport | None
    withdrawn: Proposal | None = None


def _agenda_phase(where: PhaseInSnapshot) -> PhaseSnapshot | None:
    """The agenda wall phase a reports phase documents (its ``agenda_phase``)."""
    phases = [item.phase for item in where.snapshot.phases]
    try:
        index = referenced_phase(phases, where.index, "agenda_phase")
    except (StopIteration, KeyError, ValueError):
        return None
    return None if index is None else where.snapshot.phases[index]


def agenda_of(where: PhaseInSnapshot) -> AgendaWall | None:
    """The agenda wall a reports phase documents (its ``agenda_phase``)."""
    item = _agenda_phase(where)
    return None if item is None else item.agenda


def sessions(
    wall: AgendaWall | None,
    item: PhaseSnapshot,
    reported_elsewhere: frozenset[int] = frozenset(),
    *,
    list_missing: bool = True,
    withdrawn: Sequence[Proposal] = (),
) -> list[Session]:
    """The placed sessions in agenda order, each with its report; then the reports of
    proposals not placed (or gone from the wall) in the order they were written.

    A session whose report is in another reports phase of the same wall
    (``reported_elsewhere``) is that phase's; sessions without any report are listed
    (as missing) only where ``list_missing``, so that no session appears twice."""
    reports = {report.proposal_id: report for report in item.reports}
    result: list[Session] = []
    if wall is not None:
        for proposal in placed_in_order(wall):
            report = reports.pop(proposal.id, None)
            if report is None and (proposal.id in reported_elsewhere or not list_missing):
                continue
            result.append(Session(proposal, report))
    gone = {proposal.id: proposal for proposal in withdrawn}
    for report in item.reports:
        if report.proposal_id in reports:
            proposal = None
            if wall is not None and report.proposal_id in {p.id for p in wall.proposals}:
                proposal = wall.proposal(report.proposal_id)
            result.append(Session(proposal, report, gone.get(report.proposal_id)))
    return result


def _where_held(wall: AgendaWall | None, proposal: Proposal) -> str:
    cell = wall.cell_of(proposal.id) if wall is not None else None
    if wall is None or cell is None:
        return translate("Protocol", "not on the agenda")
    slot = wall.slot(cell.slot_id)
    parts = [slot_time(slot)]
    if slot.label:
        parts.append(slot.label)
    parts.append(wall.space(cell.space_id).name)
    return " · ".join(parts)


def participant_names(text: str) -> list[str]:
    return [name for part in _NAME_SEPARATORS.split(text) if (name := " ".join(part.split()))]


def _meta(wall: AgendaWall | None, session: Session, options: ProtocolOptions) -> str:
    parts: list[str] = []
    if session.proposal is not None:
        parts.append(_where_held(wall, session.proposal))
    proposal = session.proposal or session.withdrawn
    if proposal is not None and options.include_names and proposal.convener:
        parts.append(
            translate("Protocol", "convened by {convener}").format(convener=proposal.convener)
        )
    report = session.report
    if report is not None:
        count = report.participants
        if count is None and report.names.strip():
            count = len(participant_names(report.names))
        if count is not None:
            parts.append(translate("Protocol", "{count} participants").format(count=count))
    return " · ".join(parts)


def text_blocks(text: str) -> list[Block]:
    """A field of the report line by line: bulleted and numbered lines as a list."""
    blocks: list[Block] = []
    for line in text.strip().splitlines():
        if not line.strip():
            continue
        if match := _NUMBERED.match(line):
            blocks.append(ListItem(match.group(2), match.group(1)))
        elif match := _BULLETED.match(line):
            blocks.append(ListItem(match.group(1)))
        else:
            blocks.append(Paragraph(line.strip()))
    return blocks


def _report_blocks(report: SessionReport, options: ProtocolOptions) -> list[Block]:
    blocks: list[Block] = []
    names = participant_names(report.names)
    if options.include_names and names:
        line = translate("Protocol", "Participants: {names}").format(names=", ".join(names))
        blocks.append(Paragraph(line))
    fields = (
        (translate("Protocol", "Key points"), report.key_points),
        (translate("Protocol", "Results"), report.results),
        (translate("Protocol", "Next steps and recommendations"), report.next_steps),
    )
    for label, text in fields:
        lines = text_blocks(text)
        if lines:
            blocks += [Heading(2, label), *lines]
    if not any(text.strip() for _label, text in fields):
        blocks.append(no_results(translate("Protocol", "The report is empty.")))
    return blocks


def _sessions_of(where: PhaseInSnapshot) -> list[Session]:
    """The sessions this reports phase prints, given the other reports phases of the same
    agenda wall (the template has one for the reports and one for reading them)."""
    agenda_phase = _agenda_phase(where)
    wall = None if agenda_phase is None else agenda_phase.agenda
    siblings = [
        index
        for index, item in enumerate(where.snapshot.phases)
        if item.phase.kind == where.item.phase.kind
        and agenda_of(PhaseInSnapshot(where.snapshot, index)) is wall
    ]
    elsewhere = frozenset(
        report.proposal_id
        for index in siblings
        if index != where.index
        for report in where.snapshot.phases[index].reports
    )
    first_with_reports = next(
        (index for index in siblings if where.snapshot.phases[index].reports), where.index
    )
    return sessions(
        wall,
        where.item,
        elsewhere,
        list_missing=first_with_reports == where.index,
        withdrawn=() if agenda_phase is None else agenda_phase.withdrawn,
    )


def reports_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    item = where.item
    if not item.reports:
        # a reading or second reports phase: the sessions are in the agenda and in the
        # phase that holds the reports; listing each again as missing would say nothing
        return [no_results(translate("Protocol", "No session reports were recorded."))]
    wall = agenda_of(where)
    blocks: list[Block] = []
    # numbered under the phase's own number, so that the contents read as its parts
    number = where.index + 1
    for position, session in enumerate(_sessions_of(where), start=1):
        progress.check()
        if session.proposal is not None:
            title = session.proposal.title
        elif session.withdrawn is not None:
            title = translate("Protocol", "{title} (withdrawn from the agenda)").format(
                title=session.withdrawn.title
            )
        else:
            title = translate("Protocol", "A session no longer on the agenda")
        blocks.append(Heading(1, f"{number}.{position}  {title}"))
        meta = _meta(wall, session, options)
        if meta:
            blocks.append(Paragraph(meta, "meta"))
        if session.report is None:
            blocks.append(no_results(translate("Protocol", "No report received.")))
        else:
            blocks += _report_blocks(session.report, options)
        progress.advance()
    return blocks


def reports_units(where: PhaseInSnapshot) -> int:
    item = where.item
    if not item.reports:
        return 0
    return len(_sessions_of(where))
