"""``library.actions``: the rows of an action plan (Maßnahmenplan).

Each call is one transaction of the library's; the shared calls (update, move, delete,
restore, list, count) are entries.PhaseRowTable's. Rows of a removed phase or of a
deleted workshop are out of reach (NotFoundError), as for cards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from werkstatt.core.records import Action, ActionStatus
from werkstatt.store import entries, validation
from werkstatt.store.errors import InvalidValueError
from werkstatt.store.models import ActionRow, ClusterRow, PhaseRow


class Actions(entries.PhaseRowTable[ActionRow, Action]):
    model = ActionRow
    noun = "action"
    limit_field = "actions"
    limit = validation.ROWS_PER_PHASE_MAX
    fields = validation.ACTION_FIELDS

    def add(
        self,
        phase_id: int,
        what: str,
        *,
        responsible: str = "",
        due: str = "",
        first_step: str = "",
        resources: str = "",
        status: ActionStatus | str = ActionStatus.OPEN,
        source: str = "",
        source_cluster_id: int | None = None,
        index: int | None = None,
    ) -> Action:
        """A new action at ``index`` (0..number of actions; None appends). ``source`` is
        the label of the idea or cluster it came from, ``source_cluster_id`` that cluster
        (of the same workshop)."""
        values = {
            "what": what,
            "responsible": responsible,
            "due": due,
            "first_step": first_step,
            "resources": resources,
            "status": status,
            "source": source,
            "source_cluster_id": source_cluster_id,
        }
        return self._add(phase_id, values, index)

    def record(self, row: ActionRow) -> Action:
        return action_record(row)

    def _check(self, session: Session, phase_row: PhaseRow, values: Mapping[str, Any]) -> None:
        check_source_cluster(session, phase_row, values)


def check_source_cluster(session: Session, phase_row: PhaseRow, values: Mapping[str, Any]) -> None:
    """A source cluster must be one of the workshop's (a deleted one too: undo of its
    deletion brings it back with the same id)."""
    cluster_id = values.get("source_cluster_id")
    if cluster_id is None:
        return
    cluster = session.get(ClusterRow, cluster_id)
    cluster_phase = None if cluster is None else session.get(PhaseRow, cluster.phase_id)
    if cluster_phase is None or cluster_phase.workshop_id != phase_row.workshop_id:
        raise InvalidValueError("source_cluster_id", cluster_id, "cluster of this workshop")


def action_record(row: ActionRow) -> Action:
    return Action(
        id=row.id,
        phase_id=row.phase_id,
        position=row.position,
        what=row.what,
        responsible=row.responsible,
        due=row.due,
        first_step=row.first_step,
        resources=row.resources,
        status=ActionStatus(row.status),
        source=row.source,
        source_cluster_id=row.source_cluster_id,
        created_at=row.created_at,
    )


def live_actions(session: Session, phase_ids: Sequence[int]) -> list[Action]:
    """The live actions of the given phases, by phase and position."""
    return entries.live_records(session, ActionRow, phase_ids, action_record)
