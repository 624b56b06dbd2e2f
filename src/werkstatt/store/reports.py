"""``library.reports``: the reports of Open Space sessions.

Each call is one transaction of the library's. A reports phase documents the sessions of
an agenda wall phase (its ``agenda_phase`` setting; empty: the nearest agenda wall before
it): the proposals placed on the wall and not merged into another, in time order. One
report per session; saving it again overwrites it, and a deleted report comes back under
its id when the session's report is saved again (undo of a first save is a delete, its
redo a save).
"""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core.agenda import AgendaWall, Proposal
from werkstatt.core.records import SessionReport
from werkstatt.methods.kinds import referenced_phase
from werkstatt.methods.model import PhaseKind
from werkstatt.store import entries, validation
from werkstatt.store.agenda import live_walls
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import PhaseRow, SessionReportRow
from werkstatt.store.rows import Transactions, live_phases, now, reachable_phase


def _text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValueError(field, value, "str")
    return validation.long_text(field, value.strip())


class SessionReports:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def agenda_phase_id(self, phase_id: int) -> int | None:
        """The agenda wall phase whose sessions the reports phase documents; None: none."""
        with self._transaction(write=False) as session:
            agenda_phase = _agenda_phase(session, _reports_phase(session, phase_id))
            return None if agenda_phase is None else agenda_phase.id

    def sessions(self, phase_id: int) -> tuple[Proposal, ...]:
        """The sessions to report on: the placed, not merged proposals of the agenda
        wall, by slot, then space (then marketplace order, for two in one cell)."""
        with self._transaction(write=False) as session:
            return session_proposals(session, _reports_phase(session, phase_id))

    def list(self, phase_id: int) -> builtins.list[SessionReport]:
        """The reports of the phase's sessions in session order; reports of proposals that
        are no longer sessions (taken off the wall, merged, withdrawn) follow, oldest first.

        A report belongs to its session, not to the phase it was typed in: a later reports
        phase on the same agenda wall (the news wall's reading time) lists the reports of
        the earlier ones too, one per session (its own first, else the newest)."""
        with self._transaction(write=False) as session:
            phase = _reports_phase(session, phase_id)
            return builtins.list(_ordered(session, phase, _session_reports(session, phase)))

    def save(
        self,
        phase_id: int,
        proposal_id: int,
        *,
        participants: int | None = None,
        names: str = "",
        key_points: str = "",
        results: str = "",
        next_steps: str = "",
    ) -> SessionReport:
        """Create or overwrite the report of a session (every field: what is not given
        is emptied). ``proposal_id``: a proposal of the agenda wall, not merged into
        another (it need not still be placed). ``names`` is personal data."""
        values = validation.checked(
            {
                "participants": validation.participants,
                "names": _text,
                "key_points": _text,
                "results": _text,
                "next_steps": _text,
            },
            {
                "participants": participants,
                "names": names,
                "key_points": key_points,
                "results": results,
                "next_steps": next_steps,
            },
        )
        with self._transaction(write=True) as session:
            phase = _reports_phase(session, phase_id)
            agenda_phase = _agenda_phase(session, phase)
            wall = (
                None
                if agenda_phase is None
                else live_walls(session, [agenda_phase.id]).get(agenda_phase.id)
            )
            if wall is None or not _reportable(wall, proposal_id):
                raise NotFoundError("proposal", proposal_id)
            stamp = now()
            row = session.scalars(
                select(SessionReportRow).where(
                    SessionReportRow.phase_id == phase_id,
                    SessionReportRow.proposal_id == proposal_id,
                )
            ).first()
            if row is None:
                # The session's report typed in another reports phase of the same wall:
                # it is the one to change, not a second report of the same session.
                row = session.scalars(
                    select(SessionReportRow)
                    .where(
                        SessionReportRow.phase_id.in_(_sibling_ids(session, phase)),
                        SessionReportRow.proposal_id == proposal_id,
                        SessionReportRow.deleted_at.is_(None),
                    )
                    .order_by(SessionReportRow.changed_at.desc(), SessionReportRow.id.desc())
                ).first()
            if row is None:
                row = SessionReportRow(phase_id=phase_id, proposal_id=proposal_id, created_at=stamp)
                session.add(row)
            row.deleted_at = None
            row.changed_at = stamp
            for name, value in values.items():
                setattr(row, name, value)
            session.flush()
            return report_record(row)

    def delete(self, report_id: int) -> None:
        """Hide the report (undo: :meth:`restore`)."""
        with self._transaction(write=True) as session:
            row = _report_row(session, report_id)
            if row.deleted_at is not None:
                raise NotFoundError("report", report_id)
            row.deleted_at = now()

    def restore(self, report_id: int) -> SessionReport:
        """Bring a deleted report back; a live one is returned as it is."""
        with self._transaction(write=True) as session:
            row = _report_row(session, report_id)
            row.deleted_at = None
            session.flush()
            return report_record(row)

    def missing(self, phase_id: int) -> tuple[Proposal, ...]:
        """The sessions without a report, in session order."""
        with self._transaction(write=False) as session:
            phase = _reports_phase(session, phase_id)
            reported = {report.proposal_id for report in _session_reports(session, phase)}
            return tuple(p for p in session_proposals(session, phase) if p.id not in reported)


def live_reports(
    session: Session, phase_ids: Iterable[int]
) -> dict[int, tuple[SessionReport, ...]]:
    """The reports of the given phases that are live reports phases, each in session
    order (see :meth:`SessionReports.list`), for the snapshot. Call inside a read
    transaction."""
    wanted = builtins.list(phase_ids)
    if not wanted:
        return {}
    phases = session.scalars(
        select(PhaseRow).where(
            PhaseRow.id.in_(wanted),
            PhaseRow.kind == PhaseKind.REPORTS.value,
            PhaseRow.deleted_at.is_(None),
        )
    ).all()
    reports = _live_reports(session, [phase.id for phase in phases])
    by_phase: defaultdict[int, builtins.list[SessionReport]] = defaultdict(builtins.list)
    for report in reports:
        by_phase[report.phase_id].append(report)
    return {phase.id: tuple(_ordered(session, phase, by_phase[phase.id])) for phase in phases}


def session_proposals(session: Session, reports_phase: PhaseRow) -> tuple[Proposal, ...]:
    """The sessions of the agenda wall a reports phase refers to (see
    :meth:`SessionReports.sessions`); () when it refers to none."""
    agenda_phase = _agenda_phase(session, reports_phase)
    if agenda_phase is None:
        return ()
    return sessions_of(live_walls(session, [agenda_phase.id])[agenda_phase.id])


def sessions_of(wall: AgendaWall) -> tuple[Proposal, ...]:
    """The placed proposals of a wall by slot, then space, then marketplace order."""
    slot_rank = {slot.id: n for n, slot in enumerate(wall.slots)}
    space_rank = {space.id: n for n, space in enumerate(wall.spaces)}
    proposal_rank = {proposal.id: n for n, proposal in enumerate(wall.proposals)}
    placed = sorted(
        wall.placement.items(),
        key=lambda item: (
            slot_rank[item[1].slot_id],
            space_rank[item[1].space_id],
            proposal_rank[item[0]],
        ),
    )
    return tuple(wall.proposal(proposal_id) for proposal_id, _cell in placed)


def report_record(row: SessionReportRow) -> SessionReport:
    return SessionReport(
        id=row.id,
        phase_id=row.phase_id,
        proposal_id=row.proposal_id,
        participants=row.participants,
        names=row.names,
        key_points=row.key_points,
        results=row.results,
        next_steps=row.next_steps,
        created_at=row.created_at,
        changed_at=row.changed_at,
    )


# reading -------------------------------------------------------------------------
def _reports_phase(session: Session, phase_id: int) -> PhaseRow:
    row = entries.phase(session, phase_id)
    if row.kind != PhaseKind.REPORTS:
        raise InvalidValueError("phase", phase_id, PhaseKind.REPORTS.value)
    return row


def _agenda_phase(session: Session, reports_phase: PhaseRow) -> PhaseRow | None:
    phases = live_phases(session, reports_phase.workshop_id)
    index = next((i for i, other in enumerate(phases) if other.id == reports_phase.id), None)
    if index is None:
        return None
    found = referenced_phase(phases, index, "agenda_phase")
    return None if found is None else phases[found]


def _sibling_ids(session: Session, phase: PhaseRow) -> builtins.list[int]:
    """The live reports phases of the workshop that document the same agenda wall."""
    agenda_phase = _agenda_phase(session, phase)
    if agenda_phase is None:
        return [phase.id]
    return [
        other.id
        for other in live_phases(session, phase.workshop_id)
        if other.kind == PhaseKind.REPORTS
        and (other.id == phase.id or _agenda_phase(session, other) == agenda_phase)
    ]


def _session_reports(session: Session, phase: PhaseRow) -> builtins.list[SessionReport]:
    """One live report per session across the sibling phases: the phase's own, else the
    most recently changed."""
    chosen: dict[int, SessionReport] = {}
    for report in _live_reports(session, _sibling_ids(session, phase)):
        current = chosen.get(report.proposal_id)
        if (
            current is None
            or (report.phase_id == phase.id and current.phase_id != phase.id)
            or (
                (report.phase_id == phase.id) == (current.phase_id == phase.id)
                and (report.changed_at or report.created_at)
                > (current.changed_at or current.created_at)  # type: ignore[operator]
            )
        ):
            chosen[report.proposal_id] = report
    return sorted(chosen.values(), key=lambda report: (report.created_at, report.id))  # type: ignore[arg-type,return-value]


def _reportable(wall: AgendaWall, proposal_id: int) -> bool:
    return any(p.id == proposal_id and p.merged_into is None for p in wall.proposals)


def _report_row(session: Session, report_id: int) -> SessionReportRow:
    row = session.get(SessionReportRow, report_id)
    if row is None or reachable_phase(session, row.phase_id) is None:
        raise NotFoundError("report", report_id)
    return row


def _live_reports(session: Session, phase_ids: Sequence[int]) -> builtins.list[SessionReport]:
    rows = session.scalars(
        select(SessionReportRow)
        .where(SessionReportRow.phase_id.in_(phase_ids), SessionReportRow.deleted_at.is_(None))
        .order_by(SessionReportRow.created_at, SessionReportRow.id)
    )
    return [report_record(row) for row in rows]


def _ordered(
    session: Session, phase: PhaseRow, reports: Sequence[SessionReport]
) -> builtins.list[SessionReport]:
    rank = {proposal.id: n for n, proposal in enumerate(session_proposals(session, phase))}
    # sorted() is stable: the rest keep their created order after the sessions
    return sorted(reports, key=lambda report: rank.get(report.proposal_id, len(rank)))
