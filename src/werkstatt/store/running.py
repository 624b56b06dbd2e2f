"""``library.run``: what happens to the phases on the day.

A phase records when it actually started and ended (on its own row) and whether it was
skipped; the workshop records its current phase (``workshop_runs``); each phase may have
a saved timer (``phase_timers``). Every call is one transaction of the library's, so a
crash at any moment resumes where the moderator was.

Times are timezone-aware; the store keeps them in UTC. An end given before the phase's
start is taken as the start (a clock set back must not make a phase last negative time).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from werkstatt.core.clock import machine_offset_minutes
from werkstatt.core.records import PhaseRun, Workshop, WorkshopStatus
from werkstatt.core.timer import TimerState
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import PhaseRow, PhaseTimerRow, WorkshopRow, WorkshopRunRow
from werkstatt.store.rows import (
    Transactions,
    live_phase_and_workshop,
    live_phases,
    live_workshop,
    moment,
    now,
    phase_run_record,
    workshop_record,
)

#: A phase left sooner than this after it was first entered was entered by mistake.
ACCIDENTAL_SECONDS = 60
UTC_OFFSET_MAX = 14 * 60


class PhaseRuns:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def start_phase(
        self,
        phase_id: int,
        at: dt.datetime | None = None,
        utc_offset_minutes: int | None = None,
    ) -> PhaseRun:
        """Start (or re-enter) the phase and make it the workshop's current one.

        A re-entered phase keeps its first start and runs again (its end is cleared); the
        phase that was current before is finished at ``at`` if it was still running. A
        phase left less than :data:`ACCIDENTAL_SECONDS` after its first start was not
        really run (a key pressed by mistake): its start is cleared instead, so that the
        real start is recorded when the moderator gets there. The workshop is RUNNING
        afterwards, and the phase no longer counts as skipped.

        The first start records the workshop's UTC offset (``utc_offset_minutes``, by
        default this machine's at ``at``): its times read the same everywhere later.
        """
        when = moment("at", at)
        offset = (
            machine_offset_minutes(when)
            if utc_offset_minutes is None
            else _utc_offset(utc_offset_minutes)
        )
        with self._transaction(write=True) as session:
            row, workshop = live_phase_and_workshop(session, phase_id)
            state = _run_state(session, workshop.id)
            previous = _live_current(session, state)
            if previous is not None and previous.id != row.id and _running(previous):
                if _visited_briefly(previous, when):
                    previous.actual_start = None
                    previous.actual_end = None
                else:
                    _finish(previous, when)
            if row.actual_start is None:
                row.actual_start = when
            row.actual_end = None
            row.skipped = False
            state.current_phase_id = row.id
            if state.utc_offset_minutes is None:
                state.utc_offset_minutes = offset
            _set_status(workshop, WorkshopStatus.RUNNING)
            session.flush()
            return phase_run_record(row)

    def finish_phase(self, phase_id: int, at: dt.datetime | None = None) -> PhaseRun:
        """Record the phase's end; a phase already finished keeps its first end (the
        current phase stays current until another starts)."""
        when = moment("at", at)
        with self._transaction(write=True) as session:
            row, _workshop = live_phase_and_workshop(session, phase_id)
            _finish(row, when)
            session.flush()
            return phase_run_record(row)

    def reopen_phase(self, phase_id: int) -> PhaseRun:
        """Clear the phase's end: the moderator went back to it."""
        with self._transaction(write=True) as session:
            row, _workshop = live_phase_and_workshop(session, phase_id)
            row.actual_end = None
            session.flush()
            return phase_run_record(row)

    def skip_phase(self, phase_id: int, skipped: bool = True) -> PhaseRun:
        flag = validation.flag("skipped", skipped)
        with self._transaction(write=True) as session:
            row, _workshop = live_phase_and_workshop(session, phase_id)
            row.skipped = flag
            session.flush()
            return phase_run_record(row)

    def current_phase(self, workshop_id: int) -> int | None:
        """The workshop's current phase; None before the start or if it was removed."""
        with self._transaction(write=False) as session:
            live_workshop(session, workshop_id)
            state = session.get(WorkshopRunRow, workshop_id)
            current = _live_current(session, state)
            return None if current is None else current.id

    def utc_offset_minutes(self, workshop_id: int) -> int | None:
        """The UTC offset recorded when the workshop started; None before."""
        with self._transaction(write=False) as session:
            live_workshop(session, workshop_id)
            state = session.get(WorkshopRunRow, workshop_id)
            return None if state is None else state.utc_offset_minutes

    def set_current_phase(self, workshop_id: int, phase_id: int | None) -> None:
        """Point at a phase without starting or finishing anything (None: no phase)."""
        with self._transaction(write=True) as session:
            live_workshop(session, workshop_id)
            if phase_id is not None:
                row, _workshop = live_phase_and_workshop(session, phase_id)
                if row.workshop_id != workshop_id:
                    raise NotFoundError("phase", phase_id)
            _run_state(session, workshop_id).current_phase_id = phase_id

    def phase_runs(self, workshop_id: int) -> dict[int, PhaseRun]:
        """What happened to each live phase, in plan order."""
        with self._transaction(write=False) as session:
            live_workshop(session, workshop_id)
            return {row.id: phase_run_record(row) for row in live_phases(session, workshop_id)}

    def save_timer(self, phase_id: int, state: TimerState) -> None:
        values = _timer_values(state)
        with self._transaction(write=True) as session:
            live_phase_and_workshop(session, phase_id)
            row = session.get(PhaseTimerRow, phase_id)
            if row is None:
                session.add(PhaseTimerRow(phase_id=phase_id, **values))
            else:
                for name, value in values.items():
                    setattr(row, name, value)

    def timer(self, phase_id: int) -> TimerState | None:
        """The phase's timer as last saved; None if it never was."""
        with self._transaction(write=False) as session:
            live_phase_and_workshop(session, phase_id)
            row = session.get(PhaseTimerRow, phase_id)
            if row is None:
                return None
            return TimerState(
                duration_seconds=row.duration_seconds,
                elapsed_seconds=row.elapsed_seconds,
                running_since=row.running_since,
                muted=row.muted,
                extra_seconds=row.extra_seconds,
            )

    def reopen_workshop(self, workshop_id: int) -> Workshop:
        """Undo finish_workshop: RUNNING again, and the current phase runs on (its end is
        cleared). A workshop that never started stays as it is."""
        with self._transaction(write=True) as session:
            workshop = live_workshop(session, workshop_id)
            current = _live_current(session, session.get(WorkshopRunRow, workshop_id))
            if current is not None:
                current.actual_end = None
                _set_status(workshop, WorkshopStatus.RUNNING)
            session.flush()
            return workshop_record(workshop)

    def finish_workshop(self, workshop_id: int, at: dt.datetime | None = None) -> Workshop:
        """End the current phase if it is running and mark the workshop DONE."""
        when = moment("at", at)
        with self._transaction(write=True) as session:
            workshop = live_workshop(session, workshop_id)
            current = _live_current(session, session.get(WorkshopRunRow, workshop_id))
            if current is not None and _running(current):
                _finish(current, when)
            _set_status(workshop, WorkshopStatus.DONE)
            session.flush()
            return workshop_record(workshop)


def _utc_offset(value: object) -> int:
    """Whole minutes east of UTC; the world's zones lie within ±14 h."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidValueError("utc_offset_minutes", value, "int")
    if not -UTC_OFFSET_MAX <= value <= UTC_OFFSET_MAX:
        raise InvalidValueError("utc_offset_minutes", value, (-UTC_OFFSET_MAX, UTC_OFFSET_MAX))
    return value


def _visited_briefly(row: PhaseRow, when: dt.datetime) -> bool:
    """Left within ACCIDENTAL_SECONDS of its first start (a re-entered phase started long
    before, so it never counts as brief)."""
    if row.actual_start is None:
        return False
    start = row.actual_start
    if start.tzinfo is None:  # SQLite hands back naive UTC
        start = start.replace(tzinfo=dt.UTC)
    return (when - start).total_seconds() < ACCIDENTAL_SECONDS


def _run_state(session: Session, workshop_id: int) -> WorkshopRunRow:
    state = session.get(WorkshopRunRow, workshop_id)
    if state is None:
        state = WorkshopRunRow(workshop_id=workshop_id)
        session.add(state)
    return state


def _live_current(session: Session, state: WorkshopRunRow | None) -> PhaseRow | None:
    if state is None or state.current_phase_id is None:
        return None
    row = session.get(PhaseRow, state.current_phase_id)
    # A removed phase stays pointed at, so that restoring it makes it current again.
    if row is None or row.deleted_at is not None:
        return None
    return row


def _running(row: PhaseRow) -> bool:
    return row.actual_start is not None and row.actual_end is None


def _finish(row: PhaseRow, when: dt.datetime) -> None:
    """End the phase at ``when`` (not before its start) unless it has an end already."""
    if row.actual_end is None:
        row.actual_end = when if row.actual_start is None else max(when, row.actual_start)


def _set_status(workshop: WorkshopRow, status: WorkshopStatus) -> None:
    if workshop.status != status.value:
        workshop.status = status.value
        workshop.changed_at = now()


def _timer_values(state: TimerState) -> dict[str, object]:
    if not isinstance(state, TimerState):
        raise InvalidValueError("timer", state, "TimerState")
    duration = state.duration_seconds
    if not isinstance(duration, int) or isinstance(duration, bool):
        raise InvalidValueError("duration_seconds", duration, "int")
    validation.timer_seconds("duration_seconds", duration)
    extra = state.extra_seconds
    if not isinstance(extra, int) or isinstance(extra, bool):
        raise InvalidValueError("extra_seconds", extra, "int")
    # Extensions may be negative (a shortened time box), never beyond the timer's range.
    if not -validation.TIMER_SECONDS_MAX <= extra <= validation.TIMER_SECONDS_MAX:
        raise InvalidValueError(
            "extra_seconds", extra, (-validation.TIMER_SECONDS_MAX, validation.TIMER_SECONDS_MAX)
        )
    return {
        "duration_seconds": duration,
        "elapsed_seconds": validation.timer_seconds("elapsed_seconds", state.elapsed_seconds),
        "running_since": (
            None if state.running_since is None else moment("running_since", state.running_since)
        ),
        "muted": validation.flag("muted", state.muted),
        "extra_seconds": extra,
    }
