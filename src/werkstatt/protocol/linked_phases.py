"""Which other phase of the snapshot a phase's results refer to: the vote that ranked a
board's clusters, the card phase a reformulation wrote into."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.core.voting import Ranking, Tally, ranking
from werkstatt.methods.kinds import referenced_phase
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.texts import translate


@dataclass(frozen=True)
class PhaseInSnapshot:
    """A phase's results and where it stands among the workshop's phases."""

    snapshot: WorkshopSnapshot
    index: int

    @property
    def item(self) -> PhaseSnapshot:
        return self.snapshot.phases[self.index]


def _reference(snapshot: WorkshopSnapshot, index: int, setting: str) -> int | None:
    phases = [item.phase for item in snapshot.phases]
    try:
        return referenced_phase(phases, index, setting)
    except (StopIteration, KeyError, ValueError):  # a kind without that setting
        return None


def board_ranking(where: PhaseInSnapshot) -> tuple[Tally, Ranking] | None:
    """The tally and ranking of the first vote after a cluster phase that voted on its
    clusters; None when no such vote was held (skipped, or none planned)."""
    for index in range(where.index + 1, len(where.snapshot.phases)):
        later = where.snapshot.phases[index]
        if later.phase.kind != PhaseKind.VOTE or later.run.skipped or later.tally is None:
            continue
        if later.vote_target_kind not in ("", "cluster"):
            continue
        if _reference(where.snapshot, index, "targets_phase") == where.index:
            return later.tally, ranking(later.tally)
    return None


def reformulated_cards(where: PhaseInSnapshot) -> Sequence[PhaseSnapshot]:
    """The card phase a reformulate phase writes its positive statements into (none when
    it cannot be found)."""
    target = _reference(where.snapshot, where.index, "target_phase")
    return () if target is None else (where.snapshot.phases[target],)


def criterion_label(name: str) -> str:
    """A vote criterion as the protocol names it."""
    if name == "important":
        return translate("Protocol", "Important")
    if name == "urgent":
        return translate("Protocol", "Urgent")
    if name == "dots":
        return translate("Protocol", "Dots")
    return name
