"""What a feedback round (Blitzlicht) adds up to: how many spoke, the mood's mean and
spread. Plain arithmetic on the store's entries, no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from werkstatt.core.records import FeedbackEntry


@dataclass(frozen=True)
class FeedbackSummary:
    count: int  # entries, with or without a rating
    ratings: int
    mean: float | None  # of the ratings; None without any
    #: how many gave each point: distribution[0] counts the 1s
    distribution: tuple[int, ...]
    lines: tuple[str, ...]  # the entries' texts, in order, empty ones left out

    @property
    def most(self) -> int:
        return max(self.distribution, default=0)


def summarise(entries: Sequence[FeedbackEntry], scale_points: int) -> FeedbackSummary:
    counts = [0] * scale_points
    ratings = [entry.rating for entry in entries if entry.rating is not None]
    for rating in ratings:
        if 1 <= rating <= scale_points:
            counts[rating - 1] += 1
    return FeedbackSummary(
        count=len(entries),
        ratings=len(ratings),
        mean=sum(ratings) / len(ratings) if ratings else None,
        distribution=tuple(counts),
        lines=tuple(entry.text for entry in entries if entry.text.strip()),
    )
