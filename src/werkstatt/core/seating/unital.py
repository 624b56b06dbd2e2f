"""Seating from the Hermitian unital: q³ + 1 people at q² - q + 1 tables of q + 1, for
up to q² rounds in which no two people meet twice (q = 3: 28 people at 7 tables of 4 for
9 rounds, the Social Golfer instance 7×4 → 9, which local search rarely reaches; q = 2:
9 people at 3 tables of 3 for 4 rounds).

The people are the points of the Hermitian curve x^(q+1) + y^(q+1) + z^(q+1) = 0 in the
projective plane over GF(q²); the lines meeting it in q + 1 points are the tables, and
any two points share exactly one such line. Rounds are parallel classes (lines that
cover every point once), found by exact cover: first the classes, then q² of them that
use every line once. (Hermitian unitals are resolvable; see e.g. Barwick & Ebert,
"Unitals in Projective Planes", 2008.)
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from werkstatt.core.seating.affine import field
from werkstatt.core.seating.solver import Schedule

_NODE_LIMIT = 200_000  # an exact cover that takes longer is left to the other methods


class _GaveUpError(Exception):
    pass


def _blocks(q: int) -> list[tuple[int, ...]] | None:
    tables = field(q * q)
    if tables is None:
        return None
    add, mul = tables
    order = q * q

    def power(x: int, e: int) -> int:
        result = 1
        for _ in range(e):
            result = mul[result][x]
        return result

    # Projective points, normalised so that the first non-zero coordinate is 1.
    points = [
        (x, y, z)
        for x in range(order)
        for y in range(order)
        for z in range(order)
        if (x, y, z) != (0, 0, 0) and next(c for c in (x, y, z) if c) == 1
    ]

    def norm(x: int) -> int:
        return power(x, q + 1)

    curve = [p for p in points if add[add[norm(p[0])][norm(p[1])]][norm(p[2])] == 0]

    def on(line: Sequence[int], point: Sequence[int]) -> bool:
        total = 0
        for a, b in zip(line, point, strict=True):
            total = add[total][mul[a][b]]
        return total == 0

    blocks = []
    for line in points:
        members = tuple(i for i, point in enumerate(curve) if on(line, point))
        if len(members) == q + 1:
            blocks.append(members)
    return blocks


def _exact_covers(
    universe: int,
    sets: list[frozenset[int]],
    rng: random.Random,
    wanted: int,
    budget: list[int],
) -> list[list[int]]:
    """Up to ``wanted`` ways to cover 0..universe-1 exactly by some of ``sets``."""
    containing: list[list[int]] = [[] for _ in range(universe)]
    for index, members in enumerate(sets):
        for element in members:
            containing[element].append(index)
    for choices in containing:
        rng.shuffle(choices)
    found: list[list[int]] = []

    def extend(chosen: list[int], covered: set[int]) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _GaveUpError
        if len(covered) == universe:
            found.append(list(chosen))
            return
        element = next(e for e in range(universe) if e not in covered)
        for index in containing[element]:
            if covered.isdisjoint(sets[index]):
                chosen.append(index)
                extend(chosen, covered | sets[index])
                chosen.pop()
                if len(found) >= wanted:
                    return

    extend([], set())
    return found


def unital_schedule(groups: int, size: int, rounds: int, rng: random.Random) -> Schedule | None:
    """A repeat-free schedule for groups × size players, or None when the numbers are
    not those of a Hermitian unital (or its resolution takes too long)."""
    q = size - 1
    # For q = 4 (65 people at 13 tables of 5) the exact covers take too long this way.
    if q not in (2, 3) or groups * size != q**3 + 1 or rounds > q * q:
        return None
    blocks = _blocks(q)
    if blocks is None:
        return None
    points = q**3 + 1
    budget = [_NODE_LIMIT]
    try:
        classes = _exact_covers(
            points, [frozenset(b) for b in blocks], rng, len(blocks) * len(blocks), budget
        )
        resolution = _exact_covers(len(blocks), [frozenset(c) for c in classes], rng, 1, budget)
    except _GaveUpError:
        return None
    if not resolution:
        return None
    names = list(range(points))
    rng.shuffle(names)
    chosen = rng.sample(resolution[0], rounds)
    return [[[names[p] for p in blocks[b]] for b in classes[c]] for c in chosen]
