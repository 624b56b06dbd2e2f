"""How the interactive benchmarks (cards, board, agenda) time an action and print
percentiles of many timings, in one place. Imported by the scripts of this folder, which
run as `python tests/benchmarks/NAME.py` (so this folder is on sys.path)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def report(name: str, seconds: Sequence[float], target: float | None = None) -> None:
    """One line: p50, p99 and max in milliseconds, and whether p99 meets ``target`` (ms)."""
    values = [ms(s) for s in seconds]
    line = (
        f"{name:<46} n={len(values):<4} p50 {percentile(values, 0.5):7.2f} ms"
        f"   p99 {percentile(values, 0.99):7.2f} ms   max {max(values):7.2f} ms"
    )
    if target is not None:
        verdict = "ok" if percentile(values, 0.99) <= target else "OVER TARGET"
        line += f"   (target p99 <= {target:.0f} ms: {verdict})"
    print(line)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
