"""``library.votes``: dot votes (Punktabfrage): dots per target and criterion, top results.

Each call is one transaction of the library's. A vote phase counts dots on the live
clusters of a cluster phase, on the live cards of a card phase, or on the sessions of a
reports phase (the placed, not merged proposals of its agenda wall; its ``targets_phase``
setting). Counts are kept per target id without a foreign key, so a cluster deleted and
brought back by undo gets its dots back; the counts of a vanished target are simply not
part of the tally.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from werkstatt.core import voting
from werkstatt.core.voting import Tally, Target
from werkstatt.methods import limits
from werkstatt.methods.kinds import referenced_phase
from werkstatt.methods.model import PhaseKind
from werkstatt.store import entries
from werkstatt.store.cards import live_cards
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import ClusterRow, PhaseRow, VoteRow
from werkstatt.store.reports import session_proposals
from werkstatt.store.rows import Transactions, live_phases

#: What a vote's dots are stuck on (VoteRow.target_kind, PhaseSnapshot.vote_target_kind).
TARGET_CLUSTER: Final = "cluster"
TARGET_CARD: Final = "card"
TARGET_PROPOSAL: Final = "proposal"
#: The criteria of a vote with two dot colours (the ``two_criteria`` setting); the plain
#: vote counts under core.voting.DEFAULT_CRITERIA.
IMPORTANT: Final = "important"
URGENT: Final = "urgent"
TWO_CRITERIA: Final = (IMPORTANT, URGENT)

#: Phase kinds whose ``source_phase`` setting takes the top results of another phase.
_TOP_ITEM_KINDS: Final = (PhaseKind.REFORMULATE, PhaseKind.REALITY_CHECK, PhaseKind.ACTION_PLAN)


@dataclass(frozen=True)
class TopItem:
    """One of the top results a later phase takes over: a voted cluster, card or Open
    Space session (with its rank and dots), or a cluster of a cluster phase (a session of
    a reports phase) taken in board (session) order, with no rank and no dots."""

    label: str
    rank: int | None
    dots: int | None
    cluster_id: int | None
    card_id: int | None
    proposal_id: int | None = None


def criteria_of(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The criteria a vote phase with these settings counts."""
    return TWO_CRITERIA if settings.get("two_criteria") else voting.DEFAULT_CRITERIA


class Votes:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def target_phase_id(self, vote_phase_id: int) -> int | None:
        """The phase whose results the vote counts dots on; None when none fits."""
        with self._transaction(write=False) as session:
            target = _target_phase(session, _vote_phase(session, vote_phase_id))
            return None if target is None else target.id

    def target_kind(self, phase_id: int) -> str:
        """The target kind: "cluster", "card", "proposal" (the sessions of a reports
        phase), or "" when there is nothing to vote on."""
        with self._transaction(write=False) as session:
            return _read_tally(session, _vote_phase(session, phase_id))[1]

    def criteria(self, phase_id: int) -> tuple[str, ...]:
        with self._transaction(write=False) as session:
            return criteria_of(_vote_phase(session, phase_id).settings)

    def tally(self, phase_id: int) -> Tally:
        """The dots per live target, the targets in board (card, session) order."""
        return self.tally_and_target_kind(phase_id)[0]

    def tally_and_target_kind(self, phase_id: int) -> tuple[Tally, str]:
        """:meth:`tally` and :meth:`target_kind`, read together."""
        with self._transaction(write=False) as session:
            return _read_tally(session, _vote_phase(session, phase_id))

    def set_counts(self, phase_id: int, counts: Sequence[tuple[int, str, int]]) -> Tally:
        """Set the dots of (target id, criterion) pairs, all or none; 0 removes a count.
        Unknown targets raise NotFoundError("cluster"|"card"|"proposal", id)."""
        with self._transaction(write=True) as session:
            phase = _vote_phase(session, phase_id)
            tally, kind = _read_tally(session, phase)
            known = {target.id for target in tally.targets}
            checked: list[tuple[int, str, int]] = []
            for target_id, criterion, dots in counts:
                if criterion not in tally.criteria:
                    raise InvalidValueError("criterion", criterion, tally.criteria)
                if (
                    isinstance(dots, bool)
                    or not isinstance(dots, int)
                    or not 0 <= dots <= limits.DOTS_PER_TARGET_MAX
                ):
                    raise InvalidValueError("dots", dots, (0, limits.DOTS_PER_TARGET_MAX))
                if target_id not in known:
                    raise NotFoundError(kind or TARGET_CLUSTER, target_id)
                checked.append((target_id, criterion, dots))
            for target_id, criterion, dots in checked:
                row = session.get(VoteRow, (phase_id, kind, target_id, criterion))
                if dots == 0:
                    if row is not None:
                        session.delete(row)
                elif row is None:
                    session.add(
                        VoteRow(
                            phase_id=phase_id,
                            target_kind=kind,
                            target_id=target_id,
                            criterion=criterion,
                            dots=dots,
                        )
                    )
                else:
                    row.dots = dots
                # Flushed one by one: setting the same pair twice must not add two rows.
                session.flush()
            return _read_tally(session, phase)[0]

    def top_items(self, phase_id: int) -> tuple[TopItem, ...]:
        """The top ``top_n`` results of the phase's ``source_phase``: of a vote, the best
        ranked targets with dots (all sharing the last place included); of a cluster
        phase, its first clusters in board order; of a reports phase, its first sessions
        in time order; of anything else, nothing."""
        with self._transaction(write=False) as session:
            phase = entries.phase(session, phase_id)
            if phase.kind not in _TOP_ITEM_KINDS:
                raise InvalidValueError("kind", phase.kind, tuple(str(k) for k in _TOP_ITEM_KINDS))
            top_n = int(phase.settings.get("top_n", 0))
            source = _referenced(session, phase, "source_phase")
            if source is None or top_n <= 0:
                return ()
            if source.kind == PhaseKind.VOTE:
                tally, kind = _read_tally(session, source)
                best = voting.top(voting.ranking(tally), top_n)
                return tuple(
                    TopItem(
                        label=entry.target.label,
                        rank=entry.rank,
                        dots=entry.dots,
                        cluster_id=entry.target.id if kind == TARGET_CLUSTER else None,
                        card_id=entry.target.id if kind == TARGET_CARD else None,
                        proposal_id=entry.target.id if kind == TARGET_PROPOSAL else None,
                    )
                    for entry in best
                )
            if source.kind == PhaseKind.CLUSTER:
                return tuple(
                    TopItem(
                        label=target.label, rank=None, dots=None, cluster_id=target.id, card_id=None
                    )
                    for target in _cluster_targets(session, source.id)[:top_n]
                )
            if source.kind == PhaseKind.REPORTS:
                return tuple(
                    TopItem(
                        label=proposal.title,
                        rank=None,
                        dots=None,
                        cluster_id=None,
                        card_id=None,
                        proposal_id=proposal.id,
                    )
                    for proposal in session_proposals(session, source)[:top_n]
                )
            return ()


def live_tallies(session: Session, vote_phase_ids: Sequence[int]) -> dict[int, tuple[Tally, str]]:
    """The tally and target kind of each vote phase (for the snapshot); phases that are
    not live vote phases are left out. Call inside a read transaction."""
    result: dict[int, tuple[Tally, str]] = {}
    for phase_id in vote_phase_ids:
        phase = session.get(PhaseRow, phase_id)
        if phase is None or phase.deleted_at is not None or phase.kind != PhaseKind.VOTE:
            continue
        result[phase_id] = _read_tally(session, phase)
    return result


# reading -------------------------------------------------------------------------
def _vote_phase(session: Session, phase_id: int) -> PhaseRow:
    phase = entries.phase(session, phase_id)
    if phase.kind != PhaseKind.VOTE:
        raise InvalidValueError("kind", phase.kind, str(PhaseKind.VOTE))
    return phase


def _referenced(session: Session, phase: PhaseRow, setting: str) -> PhaseRow | None:
    """The live phase of the same workshop that ``setting`` (a phase_ref) points to."""
    phases = live_phases(session, phase.workshop_id)
    index = next((i for i, other in enumerate(phases) if other.id == phase.id), None)
    if index is None:
        return None
    found = referenced_phase(phases, index, setting)
    return None if found is None else phases[found]


def _target_phase(session: Session, vote: PhaseRow) -> PhaseRow | None:
    return _referenced(session, vote, "targets_phase")


def _cluster_targets(session: Session, cluster_phase_id: int) -> list[Target]:
    rows = session.execute(
        select(ClusterRow.id, ClusterRow.title)
        .where(ClusterRow.phase_id == cluster_phase_id, ClusterRow.deleted_at.is_(None))
        .order_by(ClusterRow.position, ClusterRow.id)
    )
    return [Target(cluster_id, title) for cluster_id, title in rows]


def _read_tally(session: Session, vote: PhaseRow) -> tuple[Tally, str]:
    criteria = criteria_of(vote.settings)
    target_phase = _target_phase(session, vote)
    if target_phase is None:
        return Tally((), criteria), ""
    if target_phase.kind == PhaseKind.CLUSTER:
        kind, targets = TARGET_CLUSTER, _cluster_targets(session, target_phase.id)
    elif target_phase.kind == PhaseKind.CARDS:
        kind = TARGET_CARD
        targets = [Target(card.id, card.text) for card in live_cards(session, [target_phase.id])]
    elif target_phase.kind == PhaseKind.REPORTS:
        kind = TARGET_PROPOSAL
        targets = [Target(p.id, p.title) for p in session_proposals(session, target_phase)]
    else:
        return Tally((), criteria), ""
    index = {target.id: position for position, target in enumerate(targets)}
    counts = [[0] * len(criteria) for _ in targets]
    rows = session.execute(
        select(VoteRow.target_id, VoteRow.criterion, VoteRow.dots).where(
            VoteRow.phase_id == vote.id, VoteRow.target_kind == kind
        )
    )
    for target_id, criterion, dots in rows:
        # Counts of vanished targets, or of a criterion switched off, are kept but not shown.
        if target_id in index and criterion in criteria:
            counts[index[target_id]][criteria.index(criterion)] = dots
    return Tally(tuple(targets), criteria, tuple(tuple(row) for row in counts)), kind
