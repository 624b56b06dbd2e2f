"""Published solutions of Social Golfer instances that neither the constructions nor the
local search reach in time: 32 people at 8 tables of 4 for 10 rounds (8×4 → 10, the
instance of CSPLib problem 010, "Social golfers"), which the search leaves at 9.

The table is Ed Pegg Jr.'s solution from the Wolfram Demonstrations Project, "Social
Golfer Problem" (http://demonstrations.wolfram.com/SocialGolferProblem/), as transcribed
in the literature notes of github.com/fpvandoorn/Dagstuhl-tables (literature.md,
T(32,4), whose first ten lines are G(8,4) = 10). The 32 people are the letters A-P and
a-p. The table is checked when this module is imported (32 people in each round, 8
tables of 4, no pair twice), so a typo fails loudly instead of making a wrong plan.
Seeds stay meaningful: the people are relabelled by a seeded permutation, and fewer
rounds are a seeded choice of the ten.
"""

from __future__ import annotations

import random

from werkstatt.core.seating.plan import SeatingPlan, invalid_reasons
from werkstatt.core.seating.solver import Schedule

_PEOPLE = "ABCDEFGHIJKLMNOPabcdefghijklmnop"

# groups, size -> the rounds, one line each, tables separated by spaces
_TABLES: dict[tuple[int, int], str] = {
    (8, 4): """
        ABCD EFGH IJKL MNOP abcd efgh ijkl mnop
        AEIm BcgH DFKp dfkP aeiM bCGh jLNo JlnO
        Aflo Bhkm DGiN aFLO bHKM CeJP cEjp dgIn
        AciL BdjK bDJk FgoP fGOp aCIl EhMn eHmN
        AgKN BElP DHIo dhiO beLp Cfjm cFJM aGkn
        AhJp BFin cDmO bfIN eGKl CdMo EgkL aHjP
        AdeF BGJo aDEf chlN iKmP CHLn bgjO IkMp
        AbnP aBNp DglM ceko fHiJ CEKO FhIj dGLm
        AGjM BeIO DhLP agJm cfKn CFkN bEio dHlp
        AHkO BfLM Dejn bFlm cGIP Cgip dEJN ahKo
    """,
}


def _parsed(groups: int, size: int, text: str) -> Schedule:
    """The table as people 0..groups*size-1, checked as a plan: valid (everyone once in
    every round, tables balanced), ``groups`` tables of ``size``, no pair meeting twice."""
    index = {letter: i for i, letter in enumerate(_PEOPLE[: groups * size])}
    schedule = [
        [[index[letter] for letter in table] for table in line.split()]
        for line in text.split("\n")
        if line.strip()
    ]
    plan = SeatingPlan(
        rounds=tuple(tuple(tuple(p + 1 for p in t) for t in round_) for round_ in schedule),
        hosts=None,
        seed=0,
    )
    problems = invalid_reasons(plan, [range(1, groups * size + 1)] * len(schedule))
    if any(len(round_) != groups or {len(t) for t in round_} != {size} for round_ in schedule):
        problems.append(f"not {groups} tables of {size} in every round")
    if plan.repeated_pairs:
        problems.append(f"{plan.repeated_pairs} pairs meet more than once")
    if problems:
        raise ValueError(f"known {groups}×{size} table is wrong: {problems}")
    return schedule


_SCHEDULES: dict[tuple[int, int], Schedule] = {
    key: _parsed(*key, text) for key, text in _TABLES.items()
}


def known_schedule(groups: int, size: int, rounds: int, rng: random.Random) -> Schedule | None:
    """A repeat-free schedule for groups × size people from a published table, or None
    when there is none for these numbers or it has fewer than ``rounds`` rounds."""
    table = _SCHEDULES.get((groups, size))
    if table is None or rounds > len(table):
        return None
    names = list(range(groups * size))
    rng.shuffle(names)
    chosen = sorted(rng.sample(range(len(table)), rounds))
    return [[[names[p] for p in t] for t in table[r]] for r in chosen]
