"""Making, regenerating and re-planning seating plans.

A new plan is the first of these without repeats: the affine plane, when the table
count is a prime power and the numbers fit (affine.py); the Hermitian unital (28 at 7
tables of 4, 9 at 3 of 3; unital.py); a published table (32 at 8 tables of 4 for up to
10 rounds; known.py); a greedy schedule; without hosts and with tables of one size, a
cyclic construction (cyclic.py). Else the local search (solver.py) makes the greedy
schedule's repeats as few as it can. Re-planning keeps the past rounds as
they were and lets their meetings count for the rounds still to come (greedy and local
search: the constructions cannot build on given rounds).

Reproducible: everything random comes from ``random.Random(seed)``, and the searches
count their effort in moves; only a search cut short by the time budget (a plan that
keeps some repeats) may differ from one computer to another.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence

from werkstatt.core.seating.affine import affine_schedule
from werkstatt.core.seating.cyclic import cyclic_schedule
from werkstatt.core.seating.errors import (
    BadParticipantNumberError,
    HostAbsentError,
    RoundOutOfRangeError,
)
from werkstatt.core.seating.known import known_schedule
from werkstatt.core.seating.plan import (
    Round,
    SeatingPlan,
    SeatingProblem,
    check_numbers,
    table_sizes,
)
from werkstatt.core.seating.solver import Schedule, greedy, improve
from werkstatt.core.seating.unital import unital_schedule

DEFAULT_TIME_BUDGET = 10.0  # seconds; a solvable plan usually returns far sooner
# Moves without a better plan before giving up: generous where a plan without repeats
# may exist, short where the numbers make repeats certain.
PATIENCE_SOLVABLE = 1_000_000
PATIENCE_REPEATS_CERTAIN = 3_000
CYCLIC_SHARE = 0.7  # of the time budget, when a cyclic construction may exist


def _seed(seed: int | None) -> int:
    return random.SystemRandom().randrange(2**31) if seed is None else seed


def _as_round(tables: Sequence[Sequence[int]], numbers: Sequence[int]) -> Round:
    # Numbers in order, so a host (the lowest numbers) comes first at their table.
    return tuple(tuple(sorted(numbers[p] for p in table)) for table in tables)


def plan_seating(
    problem: SeatingProblem, seed: int | None = None, *, time_budget: float = DEFAULT_TIME_BUDGET
) -> SeatingPlan:
    """A plan with as few repeated meetings as found within ``time_budget`` seconds.
    The same seed gives the same plan (when the search finishes within the budget)."""
    seed = _seed(seed)
    rng = random.Random(seed)
    n, tables = problem.participants, problem.tables
    anchors: list[int | None] | None = list(range(tables)) if problem.hosts else None
    found = affine_schedule(n, tables, problem.rounds, problem.hosts, rng)
    if found is None and not problem.hosts and n % tables == 0:
        found = unital_schedule(tables, n // tables, problem.rounds, rng)
    if found is None and not problem.hosts and n % tables == 0:
        found = known_schedule(tables, n // tables, problem.rounds, rng)
    if found is None:
        found = _searched(problem, anchors, rng, time_budget)
    numbers = list(range(1, n + 1))
    rounds = tuple(_as_round(round_, numbers) for round_ in found)
    if not problem.hosts:
        # Tables are interchangeable: list them in order of their lowest number.
        rounds = tuple(tuple(sorted(round_)) for round_ in rounds)
    return SeatingPlan(rounds=rounds, hosts=problem.host_numbers, seed=seed)


def _searched(
    problem: SeatingProblem,
    anchors: list[int | None] | None,
    rng: random.Random,
    time_budget: float,
) -> Schedule:
    """Greedy, then a cyclic construction, then local search: the first without repeats,
    or the local search's best."""
    n, tables, sizes = problem.participants, problem.tables, problem.table_sizes
    schedule = greedy(n, sizes, problem.rounds, range(n), anchors, [], rng)
    if not _has_repeats(schedule):
        return schedule
    uniform = len(set(sizes)) == 1
    certain = problem.rounds > problem.repeat_free_bound()
    if not problem.hosts and uniform and not certain:
        # Most of the time to the construction: on the hard instances the local search
        # seldom gets to zero, but it leaves few repeats even in a short time.
        share = CYCLIC_SHARE * time_budget
        found = cyclic_schedule(tables, sizes[0], problem.rounds, rng, share)
        if found is not None:
            return _relabelled(found, n, rng)
        time_budget -= share
    best, _ = improve(
        n,
        tables,
        schedule,
        anchors,
        [],
        rng,
        time_budget=time_budget,
        patience=PATIENCE_REPEATS_CERTAIN if certain else PATIENCE_SOLVABLE,
    )
    return best


def regenerate(
    problem: SeatingProblem, plan: SeatingPlan, *, time_budget: float = DEFAULT_TIME_BUDGET
) -> SeatingPlan:
    """Another plan for the same numbers (the next seed)."""
    return plan_seating(problem, plan.seed + 1, time_budget=time_budget)


def _has_repeats(schedule: Schedule) -> bool:
    seen: set[tuple[int, int]] = set()
    for round_ in schedule:
        for table in round_:
            for i, p in enumerate(table):
                for q in table[i + 1 :]:
                    pair = (min(p, q), max(p, q))
                    if pair in seen:
                        return True
                    seen.add(pair)
    return False


def _relabelled(schedule: Schedule, n: int, rng: random.Random) -> Schedule:
    """The same structure with shuffled people, so that seeds give different plans."""
    names = list(range(n))
    rng.shuffle(names)
    return [[[names[p] for p in table] for table in round_] for round_ in schedule]


def replan(
    plan: SeatingPlan,
    from_round: int,
    present: Collection[int],
    seed: int | None = None,
    *,
    time_budget: float = DEFAULT_TIME_BUDGET,
) -> SeatingPlan:
    """The plan with rounds from ``from_round`` on planned anew for the people
    ``present`` (late arrivals get numbers the plan does not use yet; no-shows are left
    out). Earlier rounds stay as they were, and their meetings count as met."""
    if not 0 <= from_round < len(plan.rounds):
        raise RoundOutOfRangeError(from_round, len(plan.rounds))
    for participant in present:
        if participant < 1:
            raise BadParticipantNumberError(participant)
    present_set = set(present)
    tables = plan.tables
    check_numbers(len(present_set), tables)
    hosts = plan.hosts
    if hosts is not None:
        for t, host in enumerate(hosts):
            if host not in present_set:
                raise HostAbsentError(host, t)
    seed = _seed(seed)
    rng = random.Random(seed)
    past_rounds = plan.rounds[:from_round]
    numbers = sorted(present_set | {p for round_ in past_rounds for t in round_ for p in t})
    index = {number: i for i, number in enumerate(numbers)}
    past = [[[index[p] for p in table] for table in round_] for round_ in past_rounds]
    anchors: list[int | None] | None = None if hosts is None else [index[h] for h in hosts]
    seated = [index[p] for p in sorted(present_set)]
    sizes = table_sizes(len(present_set), tables)
    rounds_left = len(plan.rounds) - from_round
    schedule = greedy(len(numbers), sizes, rounds_left, seated, anchors, past, rng)
    found, _ = improve(
        len(numbers),
        tables,
        schedule,
        anchors,
        past,
        rng,
        time_budget=time_budget,
        # A re-plan often cannot avoid every repeat; it should not keep the room waiting.
        patience=PATIENCE_REPEATS_CERTAIN * 3,
    )
    new_rounds = tuple(_as_round(round_, numbers) for round_ in found)
    if hosts is None:
        new_rounds = tuple(tuple(sorted(round_)) for round_ in new_rounds)
    return SeatingPlan(rounds=past_rounds + new_rounds, hosts=hosts, seed=seed)
