"""The records of a seating plan and what can be read from one: who sits where, each
person's route, the tables' lists, how often pairs meet and how many new people each
person met. Participants are numbered from 1; rounds and tables are indexed from 0."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

from werkstatt.core.seating.errors import (
    MAX_PARTICIPANTS,
    MAX_PER_TABLE,
    MAX_ROUNDS,
    MIN_PER_TABLE,
    NoRoundsError,
    NoTablesError,
    TooFewPerTableError,
    TooManyParticipantsError,
    TooManyPerTableError,
    TooManyRoundsError,
)

Table = tuple[int, ...]
Round = tuple[Table, ...]

USUAL_SEATS = (4, 6)  # a World Café table talks best with four to six people


def check_numbers(participants: int, tables: int) -> None:
    """Raises a SeatingError when ``participants`` cannot sit at ``tables`` tables."""
    if tables < 1:
        raise NoTablesError(tables)
    if participants > MAX_PARTICIPANTS:
        raise TooManyParticipantsError(participants)
    if participants < MIN_PER_TABLE * tables:
        raise TooFewPerTableError(participants, tables)
    if -(-participants // tables) > MAX_PER_TABLE:
        raise TooManyPerTableError(participants, tables)


def table_sizes(participants: int, tables: int) -> tuple[int, ...]:
    """Balanced sizes: they differ by at most one, the larger tables first."""
    base, larger = divmod(participants, tables)
    return tuple(base + 1 if t < larger else base for t in range(tables))


@dataclass(frozen=True)
class SeatingProblem:
    """``participants`` counts everyone, hosts included. With ``hosts``, participants
    1..tables are the hosts of tables 0..tables-1 and stay there in every round."""

    participants: int
    tables: int
    rounds: int
    hosts: bool = False

    def __post_init__(self) -> None:
        check_numbers(self.participants, self.tables)
        if self.rounds < 1:
            raise NoRoundsError(self.rounds)
        if self.rounds > MAX_ROUNDS:
            raise TooManyRoundsError(self.rounds)

    @property
    def table_sizes(self) -> tuple[int, ...]:
        return table_sizes(self.participants, self.tables)

    @property
    def seats_per_table(self) -> int:
        return max(self.table_sizes)

    @property
    def unusual_table_size(self) -> bool:
        """Some table seats fewer or more people than USUAL_SEATS: worth a warning."""
        low, high = USUAL_SEATS
        return min(self.table_sizes) < low or max(self.table_sizes) > high

    @property
    def host_numbers(self) -> tuple[int, ...] | None:
        return tuple(range(1, self.tables + 1)) if self.hosts else None

    def repeat_free_bound(self) -> int:
        """An upper bound on the rounds that can be free of repeats (tables revisited
        included); more rounds than this surely bring people together twice."""
        smallest = min(self.table_sizes)
        # Each round brings someone at a smallest table (smallest - 1) new people, of the
        # (participants - 1) there are; seated with a larger table it only gets worse.
        bound = (self.participants - 1) // (smallest - 1)
        # Any two rounds split the people into tables × tables cells (table in the one
        # round, table in the other) that may each hold one person only, and each host
        # takes a cell of their own.
        cells = self.tables * self.tables - (self.tables if self.hosts else 0)
        if self.participants - (self.tables if self.hosts else 0) > cells:
            bound = 1
        if self.hosts:
            bound = min(bound, self.tables)  # a visitor sees each table once
        return bound


@dataclass(frozen=True)
class SeatingPlan:
    """``rounds[r][t]``: the participant numbers at table t in round r (a host first).
    ``hosts[t]``: the host of table t, or None without hosts."""

    rounds: tuple[Round, ...]
    hosts: tuple[int, ...] | None
    seed: int

    @property
    def tables(self) -> int:
        return len(self.rounds[0]) if self.rounds else 0

    @cached_property
    def participants(self) -> tuple[int, ...]:
        """Everyone who sits somewhere in the plan, in order of their numbers."""
        return tuple(sorted({p for round_ in self.rounds for table in round_ for p in table}))

    @cached_property
    def _positions(self) -> Mapping[int, tuple[int | None, ...]]:
        routes: dict[int, list[int | None]] = {
            p: [None] * len(self.rounds) for p in self.participants
        }
        for r, round_ in enumerate(self.rounds):
            for t, table in enumerate(round_):
                for p in table:
                    routes[p][r] = t
        return {p: tuple(route) for p, route in routes.items()}

    def table_of(self, participant: int, round_index: int) -> int | None:
        """The table of ``participant`` in round ``round_index``; None when absent."""
        route = self._positions.get(participant)
        return None if route is None else route[round_index]

    def route(self, participant: int) -> tuple[int | None, ...]:
        """The participant's table in each round (None in rounds they miss): the route
        card 'Runde 1: Tisch 3 · Runde 2: Tisch 7'."""
        route = self._positions.get(participant)
        return route if route is not None else (None,) * len(self.rounds)

    def table_lists(self, table: int) -> tuple[Table, ...]:
        """Who sits at ``table`` in each round: the card on the table."""
        return tuple(round_[table] for round_ in self.rounds)

    def host_of(self, table: int) -> int | None:
        return None if self.hosts is None else self.hosts[table]

    @cached_property
    def meetings(self) -> Mapping[tuple[int, int], int]:
        """(p, q) with p < q -> the number of rounds they share a table, for pairs that meet."""
        counts: Counter[tuple[int, int]] = Counter()
        for round_ in self.rounds:
            for table in round_:
                counts.update(combinations(sorted(table), 2))
        return dict(counts)

    def encounter_histogram(self) -> Mapping[int, int]:
        """k -> how many pairs meet exactly k times (k ≥ 1), in ascending k."""
        return dict(sorted(Counter(self.meetings.values()).items()))

    @property
    def repeated_pairs(self) -> int:
        """How many pairs meet more than once."""
        return sum(1 for count in self.meetings.values() if count > 1)

    @property
    def repeated_encounters(self) -> int:
        """Meetings beyond each pair's first: what the planner minimises."""
        return sum(count - 1 for count in self.meetings.values() if count > 1)

    def table_revisits(self) -> int:
        """Times a visitor came back to a table they had sat at (hosts stay by design)."""
        if self.hosts is None:
            return 0  # without hosts the tables are interchangeable
        hosts = set(self.hosts)
        revisits = 0
        for participant, route in self._positions.items():
            if participant in hosts:
                continue
            seen = [t for t in route if t is not None]
            revisits += len(seen) - len(set(seen))
        return revisits

    def new_people_met(self, participant: int) -> int:
        """How many different people ``participant`` shared a table with."""
        return sum(1 for pair in self.meetings if participant in pair)

    def average_new_people(self) -> float:
        """On average, how many different people each person met over all rounds."""
        if not self.participants:
            return 0.0
        # Each pair that meets counts as a new acquaintance for both of its people.
        return 2 * len(self.meetings) / len(self.participants)

    def repeat_free_rounds(self) -> int:
        """How many rounds from the first stay free of repeated pairs."""
        seen: set[tuple[int, int]] = set()
        for r, round_ in enumerate(self.rounds):
            pairs = [pair for table in round_ for pair in combinations(sorted(table), 2)]
            if seen.intersection(pairs):
                return r
            seen.update(pairs)
        return len(self.rounds)


def invalid_reasons(plan: SeatingPlan, present: Iterable[Iterable[int]] | None = None) -> list[str]:
    """Broken rules of a plan, for tests and for plans read back from a file: each
    present person once per round, tables balanced and within capacity, hosts at their
    tables. ``present[r]``: who should sit in round r (default: everyone in the plan)."""
    reasons: list[str] = []
    everyone = set(plan.participants)
    expected = [set(p) for p in present] if present is not None else None
    for r, round_ in enumerate(plan.rounds):
        seated = [p for table in round_ for p in table]
        if len(seated) != len(set(seated)):
            reasons.append(f"round {r}: someone sits twice")
        want = expected[r] if expected is not None else everyone
        if set(seated) != want:
            reasons.append(f"round {r}: seated {sorted(set(seated) ^ want)} differ")
        sizes = [len(table) for table in round_]
        if max(sizes) - min(sizes) > 1:
            reasons.append(f"round {r}: unbalanced tables {sizes}")
        if max(sizes) > MAX_PER_TABLE or min(sizes) < MIN_PER_TABLE:
            reasons.append(f"round {r}: table sizes {sizes} outside capacity")
        if plan.hosts is not None:
            for t, host in enumerate(plan.hosts):
                if host not in round_[t]:
                    reasons.append(f"round {r}: host {host} not at table {t}")
    return reasons
