"""Seating from the affine plane over a finite field: when the number of tables T is a
prime power, this gives up to T repeat-free rounds at once, with or without hosts.

The people are points (u, v) of a few columns u of the plane F×F, |F| = T. In the round
with slope m, (u, v) sits at table v - m·u: the lines of one slope. Two people of
different columns meet in exactly one round (v - v' = m·(u - u') has one solution m),
two of the same column never. With hosts, the visitors take columns u ≠ 0, so that a
visitor's tables v - m·u differ from round to round: each table once, each host once.
A few people short of full columns leave gaps in one column, which fall on a different
table in every round, so the tables stay balanced. (The classical construction of
resolvable designs; e.g. Colbourn & Dinitz, Handbook of Combinatorial Designs.)
"""

from __future__ import annotations

import random
from functools import cache

from werkstatt.core.seating.solver import Schedule

# Irreducible polynomials for the non-prime fields of usual table counts, as the
# coefficients (lowest first, without the leading 1) of a monic polynomial over Z_p.
_MODULI: dict[int, tuple[int, tuple[int, ...]]] = {
    4: (2, (1, 1)),  # x² + x + 1
    8: (2, (1, 1, 0)),  # x³ + x + 1
    9: (3, (1, 0)),  # x² + 1
    16: (2, (1, 1, 0, 0)),  # x⁴ + x + 1
    25: (5, (2, 0)),  # x² + 2
    27: (3, (1, 2, 0)),  # x³ + 2x + 1
    32: (2, (1, 0, 1, 0, 0)),  # x⁵ + x² + 1
    49: (7, (1, 0)),  # x² + 1
}


def _is_prime(q: int) -> bool:
    return q >= 2 and all(q % d for d in range(2, int(q**0.5) + 1))


@cache
def field(q: int) -> tuple[list[list[int]], list[list[int]]] | None:
    """Addition and multiplication tables of the field with q elements (elements
    0..q-1, 0 and 1 as usual), or None when there is none that we know."""
    if _is_prime(q):
        return (
            [[(a + b) % q for b in range(q)] for a in range(q)],
            [[(a * b) % q for b in range(q)] for a in range(q)],
        )
    if q not in _MODULI:
        return None
    p, low = _MODULI[q]
    k = len(low)

    def digits(a: int) -> list[int]:
        return [(a // p**i) % p for i in range(k)]

    def number(ds: list[int]) -> int:
        return sum(d * p**i for i, d in enumerate(ds))

    def times(a: int, b: int) -> int:
        product = [0] * (2 * k - 1)
        for i, x in enumerate(digits(a)):
            for j, y in enumerate(digits(b)):
                product[i + j] = (product[i + j] + x * y) % p
        for degree in range(2 * k - 2, k - 1, -1):  # x^k = -(low)
            c = product[degree]
            if c:
                product[degree] = 0
                for i, coefficient in enumerate(low):
                    product[degree - k + i] = (product[degree - k + i] - c * coefficient) % p
        return number(product[:k])

    add = [
        [number([(x + y) % p for x, y in zip(digits(a), digits(b), strict=True)]) for b in range(q)]
        for a in range(q)
    ]
    mul = [[times(a, b) for b in range(q)] for a in range(q)]
    return add, mul


def affine_schedule(
    participants: int, tables: int, rounds: int, hosts: bool, rng: random.Random
) -> Schedule | None:
    """A repeat-free schedule (players 0..participants-1; with hosts, player t hosts
    table t), or None when the numbers do not fit the construction."""
    tables_field = field(tables)
    if tables_field is None or rounds > tables:
        return None
    add, mul = tables_field
    neg = [next(b for b in range(tables) if add[a][b] == 0) for a in range(tables)]
    people = participants - (tables if hosts else 0)
    columns = -(-people // tables)
    usable = list(range(1, tables)) if hosts else list(range(tables))
    if columns > len(usable):
        return None
    rng.shuffle(usable)
    column_of = usable[:columns]
    points = [(u, v) for u in column_of for v in range(tables)]
    missing = columns * tables - people
    # The gaps all in the last column, so that no table loses two seats in one round.
    gaps = set(rng.sample(range(tables), missing))
    points = [(u, v) for u, v in points if not (u == column_of[-1] and v in gaps)]
    rng.shuffle(points)
    first = tables if hosts else 0
    slopes = rng.sample(range(tables), rounds)
    schedule: Schedule = []
    for m in slopes:
        round_: list[list[int]] = [[t] if hosts else [] for t in range(tables)]
        for index, (u, v) in enumerate(points):
            round_[add[v][neg[mul[m][u]]]].append(first + index)
        schedule.append(round_)
    return schedule
