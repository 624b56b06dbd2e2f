"""World Café seating plans against the Social Golfer problem's known results.

    .venv/bin/python tests/benchmarks/seating.py [--seeds 1] [--time-limit 10]

For each instance groups × size, with the known maximum of rounds in which no two
players meet twice, plans that many rounds (when that fails, one fewer, and so on) and
prints the rounds reached without a repeat (target: the known maximum) and the time for
them (target: within 10 s). Then a large
café: 200 participants at 40 tables for 4 rounds (target: no repeats within 1 s), and
a few plans with hosts. Prints figures; asserts nothing (a test suite does not time
things).
"""

from __future__ import annotations

import argparse
import time

from werkstatt.core.seating import SeatingProblem, plan_seating

# groups, size, the most rounds known to be possible without a repeat
KNOWN_MAXIMA = [(5, 4, 5), (6, 4, 7), (7, 4, 9), (8, 4, 10), (6, 3, 8), (7, 3, 10)]
TARGET_SECONDS = 10.0
LARGE = (200, 40, 4)
LARGE_TARGET_SECONDS = 1.0
# participants, tables, rounds: hosted cafés of usual sizes
HOSTED = [(25, 5, 5), (30, 6, 5), (35, 7, 5), (48, 8, 6), (23, 5, 4), (60, 12, 4), (36, 6, 5)]


def run(problem: SeatingProblem, seed: int, time_limit: float) -> tuple[int, float]:
    """(repeated pairs plus returns to a table, seconds)."""
    start = time.perf_counter()
    plan = plan_seating(problem, seed, time_budget=time_limit)
    seconds = time.perf_counter() - start
    return plan.repeated_pairs + plan.table_revisits(), seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1, help="seeds per instance (1, 2, …)")
    parser.add_argument("--time-limit", type=float, default=TARGET_SECONDS)
    args = parser.parse_args()

    print(f"Social Golfer instances (time limit {args.time_limit:g} s each)")
    print("(reached: the most rounds planned without a repeat; time: for those rounds)")
    print(f"{'instance':>10}  {'seed':>4}  {'reached':>7}  {'known':>5}  {'time/s':>7}  ok")
    for groups, size, known in KNOWN_MAXIMA:
        for seed in range(1, args.seeds + 1):
            # The known maximum first; when that fails, one round fewer, and so on.
            tried = []
            for rounds in range(known, 0, -1):
                problem = SeatingProblem(groups * size, groups, rounds)
                repeats, seconds = run(problem, seed, args.time_limit)
                tried.append(f"{rounds}: {seconds:.1f} s")
                if repeats == 0:
                    break
            ok = "yes" if rounds == known and seconds <= TARGET_SECONDS else "NO"
            name = f"{groups}×{size}"
            line = f"{name:>10}  {seed:>4}  {rounds:>7}  {known:>5}  {seconds:>7.2f}  {ok}"
            if len(tried) > 1:
                line += "  (tried " + ", ".join(tried) + ")"
            print(line, flush=True)

    participants, tables, rounds = LARGE
    print()
    print(f"Large café: {participants} participants, {tables} tables, {rounds} rounds")
    for seed in range(1, args.seeds + 1):
        repeats, seconds = run(SeatingProblem(participants, tables, rounds), seed, 10.0)
        ok = "yes" if repeats == 0 and seconds <= LARGE_TARGET_SECONDS else "NO"
        print(f"  seed {seed}: repeats {repeats}, {seconds:.2f} s, ok {ok}")

    print()
    print("With hosts (participants/tables/rounds): repeats + returns to a table, time")
    for participants, tables, rounds in HOSTED:
        for seed in range(1, args.seeds + 1):
            problem = SeatingProblem(participants, tables, rounds, hosts=True)
            repeats, seconds = run(problem, seed, args.time_limit)
            name = f"{participants}/{tables}/{rounds}"
            print(f"  {name:>10}  seed {seed}: {repeats:>3}, {seconds:.2f} s", flush=True)


if __name__ == "__main__":
    main()
