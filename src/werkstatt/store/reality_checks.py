"""``library.reality_checks``: the reality checks of the top ideas (Realitätscheck).

Each call is one transaction of the library's; the shared calls (update, move, delete,
restore, list, count) are entries.PhaseRowTable's, as for library.actions.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from werkstatt.core.records import RealityCheck
from werkstatt.store import entries, validation
from werkstatt.store.actions import check_source_cluster
from werkstatt.store.models import PhaseRow, RealityCheckRow


class RealityChecks(entries.PhaseRowTable[RealityCheckRow, RealityCheck]):
    model = RealityCheckRow
    noun = "reality check"
    limit_field = "reality_checks"
    limit = validation.ROWS_PER_PHASE_MAX
    fields = validation.REALITY_CHECK_FIELDS

    def add(
        self,
        phase_id: int,
        idea: str,
        *,
        resources: str = "",
        allies: str = "",
        obstacles: str = "",
        source_cluster_id: int | None = None,
        index: int | None = None,
    ) -> RealityCheck:
        """The check of a new idea at ``index`` (None appends); ``source_cluster_id`` is
        the cluster (of the same workshop) the idea is."""
        values = {
            "idea": idea,
            "resources": resources,
            "allies": allies,
            "obstacles": obstacles,
            "source_cluster_id": source_cluster_id,
        }
        return self._add(phase_id, values, index)

    def record(self, row: RealityCheckRow) -> RealityCheck:
        return reality_check_record(row)

    def _check(self, session: Session, phase_row: PhaseRow, values: Mapping[str, Any]) -> None:
        check_source_cluster(session, phase_row, values)


def reality_check_record(row: RealityCheckRow) -> RealityCheck:
    return RealityCheck(
        id=row.id,
        phase_id=row.phase_id,
        position=row.position,
        idea=row.idea,
        resources=row.resources,
        allies=row.allies,
        obstacles=row.obstacles,
        source_cluster_id=row.source_cluster_id,
        created_at=row.created_at,
    )


def live_reality_checks(session: Session, phase_ids: Sequence[int]) -> list[RealityCheck]:
    """The live reality checks of the given phases, by phase and position."""
    return entries.live_records(session, RealityCheckRow, phase_ids, reality_check_record)
