"""``library.cafe``: the set-up, seating plan and table notes of a World Café's rounds phase.

Each call is one transaction of the library's. The numbers (participants, tables,
rounds, whether hosts stay) are the phase's settings; the names, the tables' names and
hosts and the seating plan live in one CafeSetupRow per phase, the hosts' key points in
one TableNoteRow per table and round. Tables and rounds are counted from 0, badges from 1.
Where the rounds stand on the day (round, stage, the running stage's start and length) is
kept on the CafeSetupRow too, written plainly (not an undo step), like the phase timer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core.records import CafeSetup, CafeTable, RoundState, TableNote
from werkstatt.core.seating import SeatingPlan, invalid_reasons
from werkstatt.methods.model import PhaseKind
from werkstatt.store import entries, validation
from werkstatt.store.errors import InvalidValueError
from werkstatt.store.models import CafeSetupRow, PhaseRow, TableNoteRow
from werkstatt.store.rows import Transactions, now

Rounds = tuple[tuple[tuple[int, ...], ...], ...]

#: the stages of RoundState: waiting, a round runs, changing tables, all rounds over
ROUND_STAGES = ("", "talking", "rotating", "finished")
_RUNNING_STAGES = ("talking", "rotating")
_SECONDS_MAX = 2**31 - 1  # what the column holds


class Cafes:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def setup(self, phase_id: int) -> CafeSetup:
        """The set-up of a rounds phase: ``tables`` has exactly as many entries as the
        phase's ``tables`` setting (unnamed ones are CafeTable()); ``names`` at most
        ``participants``; the plan empty (and hosts None) until one is set."""
        with self._transaction(write=False) as session:
            phase = _rounds_phase(session, phase_id)
            return _record(phase, session.get(CafeSetupRow, phase_id))

    def update(
        self,
        phase_id: int,
        *,
        participants: int | None = None,
        names: Sequence[str] | None = None,
        tables: Sequence[CafeTable] | None = None,
        table_count: int | None = None,
        rounds: int | None = None,
        hosts_stay: bool | None = None,
    ) -> CafeSetup:
        """Change what is given, all or nothing. ``participants``, ``table_count``,
        ``rounds`` and ``hosts_stay`` are the phase's settings of the same names
        (``table_count`` is ``tables``). ``names`` (by badge, at most ``participants``,
        "" for a badge without a name) and ``tables`` (at most ``table_count``; the rest
        stay unnamed) replace the stored ones.

        A stored seating plan that no longer fits the new numbers (other tables or
        rounds, hosts switched on or off, a badge beyond the participants, or more
        participants than it seats) is cleared: the caller offers to plan again.
        Names and tables beyond a smaller count are kept, so that undo brings them back.
        """
        with self._transaction(write=True) as session:
            phase = _rounds_phase(session, phase_id)
            changes: dict[str, Any] = {}
            if participants is not None:
                changes["participants"] = participants
            if table_count is not None:
                changes["tables"] = table_count
            if rounds is not None:
                changes["rounds"] = rounds
            if hosts_stay is not None:
                changes["hosts_stay"] = hosts_stay
            settings = validation.phase_settings(PhaseKind.ROUNDS, {**phase.settings, **changes})
            checked_names = None if names is None else _names(names, settings["participants"])
            checked_tables = None if tables is None else _tables(tables, settings["tables"])

            row = _row(session, phase)
            if checked_names is not None:
                row.names = list(checked_names)
            if checked_tables is not None:
                row.tables = [{"name": t.name, "host": t.host} for t in checked_tables]
            if row.plan is not None and not _fits(row.plan, row.participants, settings):
                row.plan = None
                row.seed = None
            row.participants = settings["participants"]
            row.changed_at = now()
            if settings != phase.settings:
                phase.settings = settings
            session.flush()
            return _record(phase, row)

    def set_plan(
        self,
        phase_id: int,
        rounds: Sequence[Sequence[Sequence[int]]],
        hosts: Sequence[int] | None,
        seed: int | None,
    ) -> CafeSetup:
        """Store a seating plan: ``rounds[r][t]`` the badges at table t in round r.
        Refused (InvalidValueError("plan", reason), nothing written) unless it has the
        phase's rounds and tables, seats each badge 1..participants at most once per
        round at balanced tables, and has hosts (one per table, at their table in every
        round) exactly when hosts stay."""
        with self._transaction(write=True) as session:
            phase = _rounds_phase(session, phase_id)
            plan = _checked_plan(rounds, hosts, seed, _settings(phase))
            row = _row(session, phase)
            row.plan = {
                "rounds": [[list(table) for table in round_] for round_ in plan.rounds],
                "hosts": None if plan.hosts is None else list(plan.hosts),
            }
            row.seed = seed
            row.participants = _settings(phase)["participants"]
            row.changed_at = now()
            session.flush()
            return _record(phase, row)

    def clear_plan(self, phase_id: int) -> CafeSetup:
        with self._transaction(write=True) as session:
            phase = _rounds_phase(session, phase_id)
            row = session.get(CafeSetupRow, phase_id)
            if row is not None and (row.plan is not None or row.seed is not None):
                row.plan = None
                row.seed = None
                row.changed_at = now()
                session.flush()
            return _record(phase, row)

    def notes(self, phase_id: int) -> list[TableNote]:
        """The hosts' notes by round, then table; notes of tables or rounds beyond the
        current set-up are kept but not listed."""
        with self._transaction(write=False) as session:
            phase = _rounds_phase(session, phase_id)
            return list(_notes(session, [phase]).get(phase_id, ()))

    def set_note(self, phase_id: int, table: int, round: int, text: str) -> TableNote | None:
        """Set the key points of ``table`` in ``round``; an empty text deletes them
        (then None is returned)."""
        text = validation.long_text("text", text).strip()
        with self._transaction(write=True) as session:
            phase = _rounds_phase(session, phase_id)
            table = _index("table", table, _settings(phase)["tables"])
            round = _index("round", round, _settings(phase)["rounds"])
            row = session.scalars(
                select(TableNoteRow).where(
                    TableNoteRow.phase_id == phase_id,
                    TableNoteRow.table_index == table,
                    TableNoteRow.round_index == round,
                )
            ).one_or_none()
            if not text:
                if row is not None:
                    session.delete(row)
                    session.flush()
                return None
            moment = now()
            if row is None:
                row = TableNoteRow(
                    phase_id=phase_id,
                    table_index=table,
                    round_index=round,
                    text=text,
                    created_at=moment,
                    changed_at=moment,
                )
                session.add(row)
            elif row.text != text:
                row.text = text
                row.changed_at = moment
            session.flush()
            return _note_record(row)


    def round_state(self, phase_id: int) -> RoundState:
        """Where the phase's rounds stand (RoundState() before anything was stored). A
        round beyond the phase's rounds (their number was lowered since) reads as the
        last round, waiting, or finished if the rounds were."""
        with self._transaction(write=False) as session:
            phase = _rounds_phase(session, phase_id)
            return _round_state(session.get(CafeSetupRow, phase_id), _settings(phase)["rounds"])

    def set_round_state(self, phase_id: int, state: RoundState) -> RoundState:
        """Store where the rounds stand. Refused (InvalidValueError, nothing written)
        unless ``current_round`` is one of the phase's rounds, ``stage`` one of
        ROUND_STAGES, and ``started_at`` (aware) and ``seconds`` (≥ 0) are both given
        for a talking or rotating stage that runs, or both None."""
        if not isinstance(state, RoundState):
            raise InvalidValueError("state", state, "RoundState")
        if not isinstance(state.stage, str) or state.stage not in ROUND_STAGES:
            raise InvalidValueError("stage", state.stage, ROUND_STAGES)
        started_at = _started_at(state.started_at)
        seconds = state.seconds
        if seconds is not None and (
            not isinstance(seconds, int)
            or isinstance(seconds, bool)
            or not 0 <= seconds <= _SECONDS_MAX
        ):
            raise InvalidValueError("seconds", seconds, (0, _SECONDS_MAX))
        if (started_at is None) != (seconds is None):
            raise InvalidValueError("seconds", seconds, "given exactly with started_at")
        if started_at is not None and state.stage not in _RUNNING_STAGES:
            raise InvalidValueError("stage", state.stage, _RUNNING_STAGES)
        with self._transaction(write=True) as session:
            phase = _rounds_phase(session, phase_id)
            rounds = _settings(phase)["rounds"]
            current = _index("current_round", state.current_round, rounds)
            row = _row(session, phase)
            row.current_round = current
            row.stage = state.stage
            row.stage_started_at = started_at
            row.stage_seconds = seconds
            session.flush()
            return _round_state(row, rounds)


# snapshot ------------------------------------------------------------------------------
def live_cafes(session: Session, phase_ids: Sequence[int]) -> dict[int, CafeSetup]:
    """The set-up of each live rounds phase among ``phase_ids`` (for the snapshot)."""
    phases = _live_rounds_phases(session, phase_ids)
    return {phase.id: _record(phase, session.get(CafeSetupRow, phase.id)) for phase in phases}


def live_table_notes(
    session: Session, phase_ids: Sequence[int]
) -> dict[int, tuple[TableNote, ...]]:
    """The notes of each live rounds phase among ``phase_ids``, by round, then table."""
    return _notes(session, _live_rounds_phases(session, phase_ids))


# reading -------------------------------------------------------------------------------
def _rounds_phase(session: Session, phase_id: int) -> PhaseRow:
    phase = entries.phase(session, phase_id)
    if phase.kind != PhaseKind.ROUNDS:
        raise InvalidValueError("kind", phase.kind, str(PhaseKind.ROUNDS))
    return phase


def _live_rounds_phases(session: Session, phase_ids: Sequence[int]) -> list[PhaseRow]:
    if not phase_ids:
        return []
    return list(
        session.scalars(
            select(PhaseRow).where(
                PhaseRow.id.in_(phase_ids),
                PhaseRow.deleted_at.is_(None),
                PhaseRow.kind == str(PhaseKind.ROUNDS),
            )
        )
    )


def _settings(phase: PhaseRow) -> dict[str, Any]:
    # Settings written before a setting existed get its default.
    return validation.phase_settings(PhaseKind.ROUNDS, phase.settings)


def _record(phase: PhaseRow, row: CafeSetupRow | None) -> CafeSetup:
    settings = _settings(phase)
    count = settings["tables"]
    stored = [] if row is None else list(row.tables or [])
    tables = tuple(
        CafeTable(str(item.get("name", "")), str(item.get("host", ""))) for item in stored[:count]
    ) + (CafeTable(),) * max(0, count - len(stored))
    plan = None if row is None else row.plan
    if row is not None and plan is not None and not _fits(plan, row.participants, settings):
        # The numbers were changed elsewhere (the phase's settings): the plan is stale.
        plan = None
    return CafeSetup(
        phase_id=phase.id,
        participants=settings["participants"],
        names=() if row is None else tuple(row.names or ())[: settings["participants"]],
        tables=tables,
        seed=None if row is None or plan is None else row.seed,
        rounds=_plan_rounds(plan),
        hosts=_plan_hosts(plan),
    )


def _plan_rounds(plan: Mapping[str, Any] | None) -> Rounds:
    if not plan:
        return ()
    return tuple(
        tuple(tuple(int(p) for p in table) for table in round_) for round_ in plan["rounds"]
    )


def _plan_hosts(plan: Mapping[str, Any] | None) -> tuple[int, ...] | None:
    if not plan or plan.get("hosts") is None:
        return None
    return tuple(int(p) for p in plan["hosts"])


def _row(session: Session, phase: PhaseRow) -> CafeSetupRow:
    row = session.get(CafeSetupRow, phase.id)
    if row is None:
        row = CafeSetupRow(
            phase_id=phase.id,
            participants=_settings(phase)["participants"],
            names=[],
            tables=[],
            seed=None,
            plan=None,
            changed_at=now(),
            current_round=0,
            stage="",
            stage_started_at=None,
            stage_seconds=None,
        )
        session.add(row)
    return row


def _round_state(row: CafeSetupRow | None, rounds: int) -> RoundState:
    if row is None:
        return RoundState()
    current = row.current_round or 0
    stage = row.stage if row.stage in ROUND_STAGES else ""
    if current >= rounds:
        return RoundState(rounds - 1, "finished" if stage == "finished" else "")
    if stage not in _RUNNING_STAGES or row.stage_started_at is None or row.stage_seconds is None:
        return RoundState(current, stage)
    return RoundState(current, stage, row.stage_started_at, row.stage_seconds)


def _notes(session: Session, phases: Sequence[PhaseRow]) -> dict[int, tuple[TableNote, ...]]:
    ranges = {
        phase.id: (_settings(phase)["tables"], _settings(phase)["rounds"]) for phase in phases
    }
    if not ranges:
        return {}
    rows = session.scalars(
        select(TableNoteRow)
        .where(TableNoteRow.phase_id.in_(list(ranges)))
        .order_by(TableNoteRow.phase_id, TableNoteRow.round_index, TableNoteRow.table_index)
    )
    found: dict[int, list[TableNote]] = {phase_id: [] for phase_id in ranges}
    for row in rows:
        tables, rounds = ranges[row.phase_id]
        if row.table_index < tables and row.round_index < rounds:
            found[row.phase_id].append(_note_record(row))
    return {phase_id: tuple(notes) for phase_id, notes in found.items()}


def _note_record(row: TableNoteRow) -> TableNote:
    return TableNote(
        id=row.id,
        phase_id=row.phase_id,
        table=row.table_index,
        round=row.round_index,
        text=row.text,
        created_at=row.created_at,
    )


# checks --------------------------------------------------------------------------------
def _index(field: str, value: object, count: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < count:
        raise InvalidValueError(field, value, (0, count - 1))
    return value


def _started_at(value: object) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise InvalidValueError("started_at", value, "timezone-aware datetime")
    return value.astimezone(dt.UTC)


def _names(names: Sequence[str], participants: int) -> tuple[str, ...]:
    if isinstance(names, str) or len(names) > participants:
        raise InvalidValueError("names", len(names), (0, participants))
    return tuple(validation.person(f"names[{i}]", name) for i, name in enumerate(names))


def _tables(tables: Sequence[CafeTable], count: int) -> tuple[CafeTable, ...]:
    if len(tables) > count:
        raise InvalidValueError("tables", len(tables), (0, count))
    checked = []
    for i, table in enumerate(tables):
        if not isinstance(table, CafeTable):
            raise InvalidValueError(f"tables[{i}]", table, "CafeTable")
        checked.append(
            CafeTable(
                validation.person(f"tables[{i}].name", table.name),
                validation.person(f"tables[{i}].host", table.host),
            )
        )
    return tuple(checked)


def _badge(value: object, participants: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= participants:
        raise InvalidValueError("plan", f"badge {value!r}", (1, participants))
    return value


def _checked_plan(
    rounds: Sequence[Sequence[Sequence[int]]],
    hosts: Sequence[int] | None,
    seed: int | None,
    settings: Mapping[str, Any],
) -> SeatingPlan:
    """The plan as a SeatingPlan, if it fits ``settings``; InvalidValueError("plan") if not."""
    participants, tables = settings["participants"], settings["tables"]
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
        raise InvalidValueError("seed", seed, "int or None")
    if len(rounds) != settings["rounds"]:
        raise InvalidValueError("plan", f"{len(rounds)} rounds", settings["rounds"])
    checked: list[tuple[tuple[int, ...], ...]] = []
    for round_ in rounds:
        if len(round_) != tables:
            raise InvalidValueError("plan", f"{len(round_)} tables", tables)
        checked.append(tuple(tuple(_badge(p, participants) for p in table) for table in round_))
    if (hosts is not None) != bool(settings["hosts_stay"]):
        expected = "hosts" if settings["hosts_stay"] else "no hosts"
        raise InvalidValueError("plan", "hosts" if hosts is not None else "no hosts", expected)
    fixed = None
    if hosts is not None:
        if len(hosts) != tables:
            raise InvalidValueError("plan", f"{len(hosts)} hosts", tables)
        fixed = tuple(_badge(p, participants) for p in hosts)
        if len(set(fixed)) != len(fixed):
            raise InvalidValueError("plan", "a host of two tables", "one table per host")
    plan = SeatingPlan(tuple(checked), fixed, 0 if seed is None else seed)
    # Who sits is the plan's business (late arrivals, no-shows); how they sit is checked.
    seated = [{p for table in round_ for p in table} for round_ in plan.rounds]
    reasons = invalid_reasons(plan, seated)
    if reasons:
        raise InvalidValueError("plan", reasons[0], "a valid seating plan")
    return plan


def _fits(plan: Mapping[str, Any], made_for: int, settings: Mapping[str, Any]) -> bool:
    """Whether a plan made for ``made_for`` participants serves ``settings``."""
    if settings["participants"] > made_for:
        return False  # the newcomers would have no seat
    try:
        _checked_plan(_plan_rounds(plan), _plan_hosts(plan), None, settings)
    except InvalidValueError:
        return False
    return True
