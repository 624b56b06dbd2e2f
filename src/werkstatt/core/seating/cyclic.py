"""Cyclic schedules: a few base rounds, each developed over Z_m, give the rounds.

The players are m·L "rotating" ones, (i, level) with i in Z_m, plus F fixed ones. Base
round b developed by k is round b·m + k: every rotating player (i, level) becomes
(i + k mod m, level), the fixed ones stay. Two rotating players at a base table meet
again in some round exactly when another base pair (of any base round) has the same
levels and the same difference i - j (unordered within one level); a fixed player meets
each rotating player of a level once per base table mate from that level. So a
repeat-free schedule is a set of base rounds whose differences are all distinct: a
search over B·n seats instead of rounds·n. This is how many known Social Golfer and
resolvable-design solutions are built (difference families, 1-rotational designs) and
it finds 7×4 → 9 and 8×4 → 10 where plain local search in Python does not.

Used when there are no hosts and no past rounds and the tables are all the same size.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator

from werkstatt.core.seating.solver import Schedule

_FORBIDDEN = -1


def _pair_keys(m: int, levels: int, fixed: int, spin: bool) -> tuple[list[list[int]], int]:
    """key[p][q]: the "difference" the pair p, q of a base round uses (_FORBIDDEN for
    pairs that repeat by themselves), and how many differences there are. With ``spin``
    the fixed players take turns too: round k puts fixed player f where f + k mod F
    sat, so that each meets a residue class of every level (Z_m acting on them as Z_F)."""
    rotating = m * levels
    n = rotating + fixed
    names: dict[tuple[int, ...], int] = {}
    keys = [[_FORBIDDEN] * n for _ in range(n)]
    for p in range(n):
        for q in range(n):
            if p == q or (p >= rotating and q >= rotating):
                continue  # two fixed players would meet in every round
            if p >= rotating or q >= rotating:
                f, other = (p, q) if p >= rotating else (q, p)
                level, i = divmod(other, m)
                if spin:
                    name: tuple[int, ...] = (0, level, (i - (f - rotating)) % fixed)
                else:
                    name = (0, f, level)
            else:
                (lp, ip), (lq, iq) = divmod(p, m), divmod(q, m)
                if lp == lq:
                    d = (iq - ip) % m
                    d = min(d, m - d)
                    if 2 * d == m:
                        continue  # the pair maps onto itself after m/2 rounds
                    name = (1, lp, d)
                elif lp < lq:
                    name = (2, lp, lq, (iq - ip) % m)
                else:
                    name = (2, lq, lp, (ip - iq) % m)
            keys[p][q] = names.setdefault(name, len(names))
    return keys, len(names)


def develop(
    bases: list[list[list[int]]], m: int, levels: int, fixed: int, spin: bool, rounds: int
) -> Schedule:
    rotating = m * levels

    def shifted(p: int, k: int) -> int:
        if p >= rotating:
            return rotating + (p - rotating + k) % fixed if spin else p
        level, i = divmod(p, m)
        return level * m + (i + k) % m

    developed = [
        [[shifted(p, k) for p in table] for table in base] for base in bases for k in range(m)
    ]
    return developed[:rounds]


def _shapes(groups: int, size: int, rounds: int) -> Iterator[tuple[int, int, int, int, bool]]:
    """(base rounds, modulus, levels, fixed players, spin) that may give ``rounds`` rounds."""
    n = groups * size
    for bases in (1, 2, 3):
        first = -(-rounds // bases)
        for m in range(max(first, 2), first + 3):
            levels, fixed = divmod(n, m)
            if levels < 1 or fixed > groups:
                continue  # no two fixed players may share a table
            for spin in (False, True) if fixed > 1 and m % fixed == 0 else (False,):
                # A fixed player's table mates must use different differences.
                if fixed and size - 1 > levels * (fixed if spin else 1):
                    continue
                _, count = _pair_keys(m, levels, fixed, spin)
                if count < bases * groups * size * (size - 1) // 2:
                    continue  # fewer differences than base pairs: a repeat is certain
                yield bases, m, levels, fixed, spin


def cyclic_schedule(
    groups: int, size: int, rounds: int, rng: random.Random, time_budget: float
) -> Schedule | None:
    """A repeat-free schedule of ``rounds`` rounds for groups × size players, found as
    developed base rounds; None when none turned up within ``time_budget`` seconds.
    The shapes take turns in attempts of growing length, as some have no solution at
    all; the attempts are counted in moves, not seconds, so that a seed always gives the
    same schedule however busy the computer is."""
    shapes = sorted(_shapes(groups, size, rounds))
    if not shapes:
        return None
    deadline = time.perf_counter() + time_budget
    attempt = 400
    while True:
        for bases, m, levels, fixed, spin in shapes:
            if time.perf_counter() >= deadline:
                return None
            keys, count = _pair_keys(m, levels, fixed, spin)
            # Several base rounds make a larger search that seldom needs to be long.
            moves = attempt // bases
            found = _search(
                bases, groups, size, m * levels, fixed, keys, count, rng, moves, deadline
            )
            if found is not None:
                return develop(found, m, levels, fixed, spin, rounds)
        attempt *= 2


def _search(
    bases: int,
    groups: int,
    size: int,
    rotating: int,
    fixed: int,
    keys: list[list[int]],
    count: int,
    rng: random.Random,
    moves_allowed: int,
    deadline: float,
) -> list[list[list[int]]] | None:
    """Tabu search over base rounds for a set with every difference used at most once."""
    forbidden = count  # the slot of `used` that counts forbidden pairs
    # Forbidden pairs share that slot, which never drops below 1, so that taking one in
    # costs 1 and giving one up saves 1, with no test for them in the inner loop.
    key = [[forbidden if k == _FORBIDDEN else k for k in row] for row in keys]

    rounds: list[list[list[int]]] = []
    for _ in range(bases):
        tables: list[list[int]] = [[rotating + f] if f < fixed else [] for f in range(groups)]
        players = list(range(rotating))
        rng.shuffle(players)
        for p in players:
            min((t for t in tables if len(t) < size), key=len).append(p)
        rounds.append(tables)
    where = [[0] * (rotating + fixed) for _ in range(bases)]
    used = [0] * (count + 1)

    def recount() -> int:
        used[:] = [0] * count + [1]
        for b, tables in enumerate(rounds):
            for t, table in enumerate(tables):
                for i, p in enumerate(table):
                    where[b][p] = t
                    for q in table[i + 1 :]:
                        used[key[p][q]] += 1
        return sum(c - 1 for c in used if c > 1)

    current = best_cost = recount()
    tabu: dict[tuple[int, int, int], int] = {}
    it = stable = 0
    while current > 0:
        it += 1
        if it > moves_allowed or (it % 16 == 0 and time.perf_counter() > deadline):
            return None
        # Only rotating players in an over-used difference move; fixed ones stay put.
        conflicted: set[tuple[int, int]] = set()
        for b, tables in enumerate(rounds):
            for table in tables:
                for i, p in enumerate(table):
                    for q in table[i + 1 :]:
                        if used[key[p][q]] > 1:
                            conflicted.update((b, x) for x in (p, q) if x < rotating)
        moves: list[tuple[int, int, int]] = []
        best_delta = None
        for b, x in conflicted:
            tables, at = rounds[b], where[b]
            mates_x = [v for v in tables[at[x]] if v != x]
            kx = key[x]
            leave = [kx[v] for v in mates_x]
            for y in range(rotating):
                if at[y] == at[x] or ((b, y) in conflicted and y < x):
                    continue
                ky = key[y]
                mates_y = [v for v in tables[at[y]] if v != y]
                removed = leave + [ky[v] for v in mates_y]
                added = [kx[v] for v in mates_y] + [ky[v] for v in mates_x]
                delta = 0
                for k in removed:
                    used[k] -= 1
                    if used[k]:
                        delta -= 1
                for k in added:
                    if used[k]:
                        delta += 1
                    used[k] += 1
                for k in added:
                    used[k] -= 1
                for k in removed:
                    used[k] += 1
                if (
                    tabu.get((b, x, at[y]), -1) > it or tabu.get((b, y, at[x]), -1) > it
                ) and current + delta >= best_cost:
                    continue
                if best_delta is None or delta < best_delta:
                    best_delta, moves = delta, [(b, x, y)]
                elif delta == best_delta:
                    moves.append((b, x, y))
        if best_delta is None:
            return None
        b, x, y = rng.choice(moves)
        tables, at = rounds[b], where[b]
        tx, ty = at[x], at[y]
        for v in tables[tx]:
            if v != x:
                used[key[x][v]] -= 1
        for v in tables[ty]:
            if v != y:
                used[key[y][v]] -= 1
        tables[tx][tables[tx].index(x)] = y
        tables[ty][tables[ty].index(y)] = x
        at[x], at[y] = ty, tx
        for v in tables[ty]:
            if v != x:
                used[key[x][v]] += 1
        for v in tables[tx]:
            if v != y:
                used[key[y][v]] += 1
        current += best_delta
        tabu[(b, x, tx)] = it + rng.randint(5, 15)
        tabu[(b, y, ty)] = it + rng.randint(5, 15)
        if current < best_cost:
            best_cost, stable = current, 0
            continue
        stable += 1
        if stable > 150:
            for _ in range(3):  # shake with a few random swaps
                b = rng.randrange(bases)
                tables, at = rounds[b], where[b]
                x, y = rng.sample(range(rotating), 2)
                if at[x] != at[y]:
                    tx, ty = at[x], at[y]
                    tables[tx][tables[tx].index(x)] = y
                    tables[ty][tables[ty].index(y)] = x
                    at[x], at[y] = ty, tx
            current = best_cost = recount()
            stable = 0
            tabu.clear()
    return rounds
