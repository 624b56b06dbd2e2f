"""Local search for the Social Golfer problem, after Dotú & Van Hentenryck ("Scheduling
social golfers locally", 2005): start from a greedy schedule; then, over the seats of
people who meet someone again (or return to a table), make the move that lowers the
cost most: swap that person, in that round, with someone at another table, or move them
to a table with a seat less (so that with uneven numbers the larger tables can change);
a tabu list keeps the search from undoing its last moves, and when it stalls it
restarts from the best schedule with a few random swaps.

The cost of a schedule is, over all pairs, m·(m-1)/2 for a pair that meets m times
(and the same for a visitor who sits at a table m times, with hosts): zero exactly when
no one meets twice, and a pair meeting three times costs more than two pairs meeting
twice, so unavoidable repeats are spread rather than piled on a few pairs. A swap
changes only the pairs of the two swapped people with their table mates, so its effect
is computed from the meeting counts in O(table size).

Players here are 0..n-1; the planner maps them to participant numbers.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence

Schedule = list[list[list[int]]]  # rounds -> tables -> players

# Moves are looked for around at most this many conflicting seats at a time, so that a
# step stays quick when a crowded plan is full of repeats.
_MAX_SEATS = 48


class _IndexedSet:
    """The current conflicts (pairs meeting again, returns to a table), with O(1) add
    and discard."""

    def __init__(self) -> None:
        self.items: list[int] = []
        self.index: dict[int, int] = {}

    def add(self, item: int) -> None:
        if item not in self.index:
            self.index[item] = len(self.items)
            self.items.append(item)

    def discard(self, item: int) -> None:
        position = self.index.pop(item, None)
        if position is None:
            return
        last = self.items.pop()
        if position < len(self.items):
            self.items[position] = last
            self.index[last] = position

    def __len__(self) -> int:
        return len(self.items)


class _Search:
    """A schedule with its meeting and visit counts, its cost and its conflicts, kept
    up to date move by move. ``past`` rounds count but never change."""

    def __init__(
        self,
        players: int,
        tables: int,
        anchors: Sequence[int | None] | None,
        past: Schedule,
        schedule: Schedule,
    ) -> None:
        self.n = players
        self.tables = tables
        self.anchors = anchors
        anchored = {a for a in anchors or () if a is not None}
        self.movable = [p not in anchored for p in range(players)]
        self.track_visits = anchors is not None
        self.past = past
        self.load(schedule)

    def load(self, schedule: Schedule) -> None:
        n, tables = self.n, self.tables
        self.rounds = [[list(table) for table in round_] for round_ in schedule]
        self.meet = [[0] * n for _ in range(n)]
        self.visits = [[0] * tables for _ in range(n)]
        self.where = [[-1] * n for _ in self.rounds]
        self.conflicts = _IndexedSet()
        for round_ in self.past:
            self._count(round_)
        for r, round_ in enumerate(self.rounds):
            self._count(round_)
            for t, table in enumerate(round_):
                for p in table:
                    self.where[r][p] = t
        self.cost = 0
        for p in range(n):
            row = self.meet[p]
            for q in range(p + 1, n):
                if row[q] > 1:
                    self.cost += row[q] * (row[q] - 1) // 2
                    self.conflicts.add(p * n + q)
            if self.track_visits and self.movable[p]:
                for t, count in enumerate(self.visits[p]):
                    if count > 1:
                        self.cost += count * (count - 1) // 2
                        self.conflicts.add(n * n + p * tables + t)

    def _count(self, round_: Sequence[Sequence[int]]) -> None:
        meet, visits = self.meet, self.visits
        for t, table in enumerate(round_):
            for i, p in enumerate(table):
                visits[p][t] += 1
                row = meet[p]
                for q in table[i + 1 :]:
                    row[q] += 1
                    meet[q][p] += 1

    def snapshot(self) -> Schedule:
        return [[list(table) for table in round_] for round_ in self.rounds]

    # choosing whom to move --------------------------------------------------------------
    def conflicting_seats(self) -> list[tuple[int, int]]:
        """Every (round, player) that sits with someone met before, or at a table visited
        before, in a free round: the players a move may take."""
        n, seats = self.n, set()
        for item in self.conflicts.items:
            if item < n * n:
                p, q = divmod(item, n)
                for r, where in enumerate(self.where):
                    if where[p] >= 0 and where[p] == where[q]:
                        if self.movable[p]:
                            seats.add((r, p))
                        if self.movable[q]:
                            seats.add((r, q))
            else:
                p, t = divmod(item - n * n, self.tables)
                for r, where in enumerate(self.where):
                    if where[p] == t:
                        seats.add((r, p))
        return sorted(seats)

    # the neighbourhood ------------------------------------------------------------------
    def best_swap(
        self,
        r: int,
        a: int,
        tabu: dict[tuple[int, int, int], int],
        it: int,
        best_cost: int,
        rng: random.Random,
    ) -> tuple[int, int, int] | None:
        """(delta, b, table of b) of the best allowed swap of ``a`` in round ``r``; b is
        -1 when ``a`` best moves alone to a table with a seat less."""
        meet, visits, movable = self.meet, self.visits, self.movable
        round_ = self.rounds[r]
        home = self.where[r][a]
        ma = meet[a]
        mates = [x for x in round_[home] if x != a]
        # Leaving a mate met m times saves m - 1; joining someone met m times costs m.
        leave_a = sum(ma[x] for x in mates) - len(mates)
        va = visits[a]
        if self.track_visits:
            leave_a += va[home] - 1
        best_delta = None
        best: tuple[int, int, int] | None = None
        ties = 0
        for t, members in enumerate(round_):
            if t == home:
                continue
            join_a = sum(ma[y] for y in members) - leave_a
            if self.track_visits:
                join_a += va[t]
            a_tabu = tabu.get((r, a, t), -1) > it
            others = len(members) - 1  # b's mates, whom b leaves
            if len(members) < len(round_[home]) and (not a_tabu or self.cost + join_a < best_cost):
                # A seat is free there: a may move alone, and the tables stay balanced.
                if best_delta is None or join_a < best_delta:
                    best_delta, best, ties = join_a, (join_a, -1, t), 1
                elif join_a == best_delta:
                    ties += 1
                    if rng.randrange(ties) == 0:
                        best = (join_a, -1, t)
            for b in members:
                if not movable[b]:
                    continue
                mb = meet[b]
                delta = (
                    join_a
                    - ma[b]
                    + sum(mb[x] for x in mates)
                    - sum(mb[y] for y in members)
                    + others
                )
                if self.track_visits:
                    vb = visits[b]
                    delta += vb[home] - vb[t] + 1
                if (a_tabu or tabu.get((r, b, home), -1) > it) and self.cost + delta >= best_cost:
                    continue
                if best_delta is None or delta < best_delta:
                    best_delta, best, ties = delta, (delta, b, t), 1
                elif delta == best_delta:
                    ties += 1
                    if rng.randrange(ties) == 0:
                        best = (delta, b, t)
        return best

    def _shift(self, mover: int, old: list[int], new: list[int], skip: int) -> None:
        """Counts for ``mover`` leaving the people of ``old`` and joining those of
        ``new`` (``skip``, the one they trade places with, left out of both)."""
        n, meet, conflicts = self.n, self.meet, self.conflicts
        row = meet[mover]
        for x in old:
            if x in (mover, skip):
                continue
            row[x] -= 1
            meet[x][mover] -= 1
            if row[x] >= 1:
                self.cost -= row[x]
                if row[x] == 1:
                    conflicts.discard(min(x, mover) * n + max(x, mover))
        for y in new:
            if y == skip:
                continue
            row[y] += 1
            meet[y][mover] += 1
            if row[y] >= 2:
                self.cost += row[y] - 1
                conflicts.add(min(y, mover) * n + max(y, mover))

    def _visit(self, mover: int, old: int, new: int) -> None:
        n, conflicts = self.n, self.conflicts
        counts = self.visits[mover]
        counts[old] -= 1
        if counts[old] >= 1:
            self.cost -= counts[old]
            if counts[old] == 1:
                conflicts.discard(n * n + mover * self.tables + old)
        counts[new] += 1
        if counts[new] >= 2:
            self.cost += counts[new] - 1
            conflicts.add(n * n + mover * self.tables + new)

    def swap(self, r: int, a: int, b: int) -> None:
        where = self.where[r]
        ta, tb = where[a], where[b]
        table_a, table_b = self.rounds[r][ta], self.rounds[r][tb]
        self._shift(a, table_a, table_b, b)
        self._shift(b, table_b, table_a, a)
        if self.track_visits:
            self._visit(a, ta, tb)
            self._visit(b, tb, ta)
        table_a[table_a.index(a)] = b
        table_b[table_b.index(b)] = a
        where[a], where[b] = tb, ta

    def relocate(self, r: int, a: int, t: int) -> None:
        """``a`` moves to table ``t`` (one seat smaller), which then becomes the larger."""
        where = self.where[r]
        home = where[a]
        old, new = self.rounds[r][home], self.rounds[r][t]
        self._shift(a, old, new, -1)
        if self.track_visits:
            self._visit(a, home, t)
        old.remove(a)
        new.append(a)
        where[a] = t

    def random_swap(self, rng: random.Random) -> None:
        r = rng.randrange(len(self.rounds))
        round_ = self.rounds[r]
        for _ in range(20):
            ta, tb = rng.sample(range(len(round_)), 2)
            a, b = rng.choice(round_[ta]), rng.choice(round_[tb])
            if self.movable[a] and self.movable[b]:
                self.swap(r, a, b)
                return


def greedy(
    players: int,
    sizes: Sequence[int],
    rounds: int,
    seated: Sequence[int],
    anchors: Sequence[int | None] | None,
    past: Schedule,
    rng: random.Random,
) -> Schedule:
    """Round after round, each person (in random order) takes the table with room where
    they know the fewest people (and, with hosts, which they have not visited)."""
    meet = [[0] * players for _ in range(players)]
    visits = [[0] * len(sizes) for _ in range(players)]

    def count(round_: Sequence[Sequence[int]]) -> None:
        for t, table in enumerate(round_):
            for i, p in enumerate(table):
                visits[p][t] += 1
                for q in table[i + 1 :]:
                    meet[p][q] += 1
                    meet[q][p] += 1

    for round_ in past:
        count(round_)
    anchored = {a for a in anchors or () if a is not None}
    schedule: Schedule = []
    larger = sum(1 for size in sizes if size > min(sizes))
    for r in range(rounds):
        # The larger tables take turns, so that with hosts a visitor finds a seat at
        # each table in some round.
        shift = (r * larger) % len(sizes)
        round_sizes = list(sizes[-shift:]) + list(sizes[:-shift]) if shift else list(sizes)
        tables: list[list[int]] = [[] for _ in sizes]
        if anchors is not None:
            for t, anchor in enumerate(anchors):
                if anchor is not None:
                    tables[t].append(anchor)
        order = [p for p in seated if p not in anchored]
        rng.shuffle(order)
        for p in order:
            row, seen = meet[p], visits[p]
            best_score, choice, ties = None, 0, 0
            for t, table in enumerate(tables):
                if len(table) >= round_sizes[t]:
                    continue
                score = sum(1 for q in table if row[q] > 0) + (2 * seen[t] if anchors else 0)
                if best_score is None or score < best_score:
                    best_score, choice, ties = score, t, 1
                elif score == best_score:
                    ties += 1
                    if rng.randrange(ties) == 0:
                        choice = t
            tables[choice].append(p)
        count(tables)
        schedule.append(tables)
    return schedule


def improve(
    players: int,
    tables: int,
    schedule: Schedule,
    anchors: Sequence[int | None] | None,
    past: Schedule,
    rng: random.Random,
    *,
    time_budget: float,
    patience: int,
) -> tuple[Schedule, int]:
    """The best schedule found and its conflicts. Returns at once when there are none,
    after ``patience`` moves without a better one, or after ``time_budget`` seconds.
    Patience is counted in moves so that a seed gives the same plan on any computer;
    the time budget is the safety net."""
    search = _Search(players, tables, anchors, past, schedule)
    best, best_cost = search.snapshot(), search.cost
    start = time.perf_counter()
    tabu: dict[tuple[int, int, int], int] = {}
    stable = since_better = 0
    # A stall of this many moves without a new best restarts from the best schedule.
    max_stable = 300 + 20 * players
    it = 0
    while best_cost > 0 and since_better < patience:
        it += 1
        if it % 16 == 0 and time.perf_counter() - start > time_budget:
            break
        seats = search.conflicting_seats()
        if not seats:
            break  # the conflicts left lie in the kept past rounds
        if len(seats) > _MAX_SEATS:
            seats = rng.sample(seats, _MAX_SEATS)
        chosen: tuple[int, int, int, int] | None = None
        best_delta, ties = 0, 0
        for r, a in seats:
            move = search.best_swap(r, a, tabu, it, best_cost, rng)
            if move is None:
                continue
            if chosen is None or move[0] < best_delta:
                best_delta, chosen, ties = move[0], (r, a, move[1], move[2]), 1
            elif move[0] == best_delta:
                ties += 1
                if rng.randrange(ties) == 0:
                    chosen = (r, a, move[1], move[2])
        since_better += 1
        stable += 1
        if chosen is not None:
            r, a, b, t = chosen
            home = search.where[r][a]
            if b < 0:
                search.relocate(r, a, t)
            else:
                search.swap(r, a, b)
                tabu[(r, b, t)] = it + rng.randint(4, 12)
            tabu[(r, a, home)] = it + rng.randint(4, 12)
            if search.cost < best_cost:
                best, best_cost = search.snapshot(), search.cost
                stable = since_better = 0
        if stable > max_stable:
            search.load(best)
            for _ in range(rng.randint(2, 6)):
                search.random_swap(rng)
            tabu.clear()
            stable = 0
    return best, best_cost
