"""Dot voting (Punktabfrage): the tally, the ranking with ties, and the sanity check.

Pure arithmetic on plain records, no Qt and no store: the moderator's tally table, the
projector's bar chart and the protocol all rank with this, so they never disagree.

A tally counts the dots per target (a cluster or a card, by id) for one or two criteria,
e.g. 'wichtig' and 'dringlich' with dots of two colours. Rankings use standard
competition ranking (1, 2, 2, 4): targets with the same number of dots share a rank, and
among them the targets keep their own order (the order the board shows them in), so a
tie never shuffles between two redraws.

Errors carry facts (ids, numbers, names), never sentences: werkstatt.messages words them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

#: The one criterion of a plain dot vote; a second one is the moderator's setting.
DEFAULT_CRITERIA: tuple[str, ...] = ("dots",)
MAX_CRITERIA = 2


class VotingError(ValueError):
    """Base of everything this module raises on purpose."""


class NegativeCountError(VotingError):
    """A count of dots below zero (typed, or −1 on a target that has none)."""

    def __init__(self, target_id: int, criterion: str, count: int) -> None:
        super().__init__(f"target {target_id}, {criterion}: {count}")
        self.target_id = target_id
        self.criterion = criterion
        self.count = count


class UnknownTargetError(VotingError):
    """A target id that is not one of the tally's targets."""

    def __init__(self, target_id: object) -> None:
        super().__init__(f"target {target_id!r}")
        self.target_id = target_id


class DuplicateTargetError(VotingError):
    """The same target id given twice."""

    def __init__(self, target_id: int) -> None:
        super().__init__(f"target {target_id} twice")
        self.target_id = target_id


class UnknownCriterionError(VotingError):
    """A criterion the tally does not count."""

    def __init__(self, criterion: str, known: tuple[str, ...]) -> None:
        super().__init__(f"criterion {criterion!r} not in {known!r}")
        self.criterion = criterion
        self.known = known


class CriteriaError(VotingError):
    """Not one or two distinct, non-blank criteria."""

    def __init__(self, criteria: tuple[str, ...], maximum: int = MAX_CRITERIA) -> None:
        super().__init__(f"criteria {criteria!r} (1..{maximum} distinct names)")
        self.criteria = criteria
        self.maximum = maximum


class CountShapeError(VotingError):
    """A target's counts that are not one number per criterion."""

    def __init__(self, target_id: int, counts: tuple[int, ...], criteria: tuple[str, ...]) -> None:
        super().__init__(f"target {target_id}: {counts!r} for {criteria!r}")
        self.target_id = target_id
        self.counts = counts
        self.criteria = criteria


class InvalidSettingError(VotingError):
    """A setting out of range: dots per person, participants, or places asked for."""

    def __init__(self, setting: str, value: int) -> None:
        super().__init__(f"{setting}={value!r}")
        self.setting = setting
        self.value = value


@dataclass(frozen=True)
class Target:
    """What the dots are stuck on: a cluster or a card, by id, with its label as shown."""

    id: int
    label: str


@dataclass(frozen=True)
class Tally:
    """The dots per target and criterion. ``counts[i][j]`` counts ``targets[i]`` under
    ``criteria[j]``. Build one with :func:`tally`; change it with :meth:`with_count` and
    :meth:`adjusted`, which return a new tally."""

    targets: tuple[Target, ...]
    criteria: tuple[str, ...] = DEFAULT_CRITERIA
    counts: tuple[tuple[int, ...], ...] = ()
    _index: Mapping[int, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        criteria = tuple(self.criteria)
        if (
            not 1 <= len(criteria) <= MAX_CRITERIA
            or len(set(criteria)) != len(criteria)
            or any(not name.strip() for name in criteria)
        ):
            raise CriteriaError(criteria)
        index: dict[int, int] = {}
        for position, target in enumerate(self.targets):
            if target.id in index:
                raise DuplicateTargetError(target.id)
            index[target.id] = position
        counts = self.counts or tuple((0,) * len(criteria) for _ in self.targets)
        if len(counts) != len(self.targets):
            raise VotingError(f"{len(counts)} rows of counts for {len(self.targets)} targets")
        for target, row in zip(self.targets, counts, strict=True):
            if len(row) != len(criteria):
                raise CountShapeError(target.id, tuple(row), criteria)
            for name, count in zip(criteria, row, strict=True):
                if count < 0:
                    raise NegativeCountError(target.id, name, count)
        object.__setattr__(self, "criteria", criteria)
        object.__setattr__(self, "counts", tuple(tuple(row) for row in counts))
        object.__setattr__(self, "_index", index)

    def position(self, target_id: int) -> int:
        """The target's place in the tally's own order."""
        try:
            return self._index[target_id]
        except KeyError:
            raise UnknownTargetError(target_id) from None

    def _criterion_index(self, criterion: str | None) -> int:
        if criterion is None:
            if len(self.criteria) > 1:
                # Setting one count for "all criteria" has no meaning.
                raise UnknownCriterionError("", self.criteria)
            return 0
        try:
            return self.criteria.index(criterion)
        except ValueError:
            raise UnknownCriterionError(criterion, self.criteria) from None

    def dots(self, target_id: int, criterion: str | None = None) -> int:
        """The target's dots under ``criterion``; the sum over all criteria when None."""
        row = self.counts[self.position(target_id)]
        if criterion is None:
            return sum(row)
        return row[self._criterion_index(criterion)]

    def total(self, criterion: str | None = None) -> int:
        """All dots cast under ``criterion``; under all criteria when None."""
        if criterion is None:
            return sum(sum(row) for row in self.counts)
        column = self._criterion_index(criterion)
        return sum(row[column] for row in self.counts)

    def with_count(self, target_id: int, count: int, criterion: str | None = None) -> Tally:
        """The tally with the target's dots under ``criterion`` set to ``count`` (the
        number the moderator typed). ``criterion`` may be None only with one criterion."""
        position = self.position(target_id)
        column = self._criterion_index(criterion)
        if count < 0:
            raise NegativeCountError(target_id, self.criteria[column], count)
        row = list(self.counts[position])
        row[column] = count
        counts = list(self.counts)
        counts[position] = tuple(row)
        return Tally(self.targets, self.criteria, tuple(counts))

    def adjusted(self, target_id: int, delta: int, criterion: str | None = None) -> Tally:
        """The tally with ``delta`` added (the +/− keys). Below zero raises
        :class:`NegativeCountError`; the GUI checks :meth:`dots` first to make − a no-op."""
        column = self._criterion_index(criterion)
        current = self.counts[self.position(target_id)][column]
        return self.with_count(target_id, current + delta, self.criteria[column])

    def with_targets(self, targets: Iterable[Target]) -> Tally:
        """The tally over new targets (clusters renamed, added, merged away), keeping the
        counts of the ids that stay; new targets start at zero."""
        targets = tuple(targets)
        zero = (0,) * len(self.criteria)
        counts = tuple(
            self.counts[self._index[target.id]] if target.id in self._index else zero
            for target in targets
        )
        return Tally(targets, self.criteria, counts)


def tally(
    targets: Iterable[Target],
    counts: Mapping[int, int | Sequence[int]] | None = None,
    criteria: Sequence[str] = DEFAULT_CRITERIA,
) -> Tally:
    """A tally over ``targets`` (in their order) from ``counts``: target id -> dots, or a
    sequence of dots per criterion when there are two. Targets not in ``counts`` have none."""
    targets = tuple(targets)
    criteria = tuple(criteria)
    ids = {target.id for target in targets}
    given = dict(counts or {})
    for target_id in given:
        if target_id not in ids:
            raise UnknownTargetError(target_id)
    rows: list[tuple[int, ...]] = []
    for target in targets:
        value = given.get(target.id, (0,) * len(criteria))
        rows.append((value,) if isinstance(value, int) else tuple(value))
    return Tally(targets, criteria, tuple(rows))


@dataclass(frozen=True)
class RankedTarget:
    rank: int  # standard competition ranking: 1, 2, 2, 4
    target: Target
    dots: int
    tied: bool  # another target shares the rank


@dataclass(frozen=True)
class Ranking:
    """Targets best first; ``criterion`` None ranks by the sum over the criteria."""

    entries: tuple[RankedTarget, ...]
    criterion: str | None = None

    def __iter__(self) -> Iterator[RankedTarget]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def has_ties(self) -> bool:
        return any(entry.tied for entry in self.entries)

    def rank_of(self, target_id: int) -> int:
        for entry in self.entries:
            if entry.target.id == target_id:
                return entry.rank
        raise UnknownTargetError(target_id)


def ranking(tally: Tally, criterion: str | None = None) -> Ranking:
    """The targets ordered by dots under ``criterion`` (the sum of all criteria when
    None), ties sharing a rank and keeping the targets' own order."""
    if criterion is not None and criterion not in tally.criteria:
        raise UnknownCriterionError(criterion, tally.criteria)
    scored = [(tally.dots(target.id, criterion), target) for target in tally.targets]
    # sorted() is stable: equal dots keep the targets' own order.
    scored.sort(key=lambda pair: -pair[0])
    ties: dict[int, int] = {}
    for dots, _target in scored:
        ties[dots] = ties.get(dots, 0) + 1
    entries: list[RankedTarget] = []
    rank = 0
    for place, (dots, target) in enumerate(scored, start=1):
        if not entries or entries[-1].dots != dots:
            rank = place
        entries.append(RankedTarget(rank, target, dots, ties[dots] > 1))
    return Ranking(tuple(entries), criterion)


class Verdict(StrEnum):
    """How the dots cast compare to the dots handed out."""

    UNDER = "under"  # dots missing: someone has not voted yet, or a count was missed
    EXACT = "exact"
    OVER = "over"  # more than handed out: a typo in the tally, or a double count


@dataclass(frozen=True)
class SanityCheck:
    """``cast`` against ``expected`` dots, under ``criterion`` (all criteria when None);
    the overall check lists the per-criterion ones in ``by_criterion`` when there are two."""

    cast: int
    expected: int
    verdict: Verdict
    criterion: str | None = None
    by_criterion: tuple[SanityCheck, ...] = ()

    @property
    def difference(self) -> int:
        """Cast minus expected: negative when dots are missing."""
        return self.cast - self.expected


def _check(cast: int, expected: int, criterion: str | None) -> SanityCheck:
    verdict = (
        Verdict.EXACT if cast == expected else Verdict.UNDER if cast < expected else Verdict.OVER
    )
    return SanityCheck(cast, expected, verdict, criterion)


def sanity(tally: Tally, dots_per_person: int, participants: int) -> SanityCheck:
    """The dots cast against ``dots_per_person`` × ``participants``. With two criteria
    each person has ``dots_per_person`` dots of each kind, and each kind is checked too."""
    if dots_per_person < 0:
        raise InvalidSettingError("dots_per_person", dots_per_person)
    if participants < 0:
        raise InvalidSettingError("participants", participants)
    per_criterion = dots_per_person * participants
    parts = tuple(_check(tally.total(name), per_criterion, name) for name in tally.criteria)
    overall = _check(tally.total(), per_criterion * len(tally.criteria), None)
    if len(parts) == 1:
        return overall
    return SanityCheck(overall.cast, overall.expected, overall.verdict, None, parts)


@dataclass(frozen=True)
class Top:
    """The best ``requested`` places of a ranking, widened to everyone tied at the last
    place (``widened`` says so, ``tied_at_cut`` lists who shares it)."""

    entries: tuple[RankedTarget, ...]
    requested: int

    def __iter__(self) -> Iterator[RankedTarget]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def widened(self) -> bool:
        return len(self.entries) > self.requested

    @property
    def tied_at_cut(self) -> tuple[RankedTarget, ...]:
        """The entries sharing the last included rank, when more than one does."""
        if not self.entries:
            return ()
        last = self.entries[-1].rank
        shared = tuple(entry for entry in self.entries if entry.rank == last)
        return shared if len(shared) > 1 else ()


def top(ranking: Ranking, n: int, *, include_without_dots: bool = False) -> Top:
    """The first ``n`` entries of ``ranking`` plus everyone tied with the n-th. Targets
    without a single dot are not 'top' of anything and are left out unless
    ``include_without_dots``; then fewer than ``n`` may come back."""
    if n < 0:
        raise InvalidSettingError("n", n)
    entries = [entry for entry in ranking.entries if include_without_dots or entry.dots > 0]
    if n == 0 or not entries:
        return Top((), n)
    chosen = entries[:n]
    last_rank = chosen[-1].rank
    chosen += [entry for entry in entries[n:] if entry.rank == last_rank]
    return Top(tuple(chosen), n)
