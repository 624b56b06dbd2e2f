"""What a feedback round (Blitzlicht) adds up to: how many spoke, the mood's mean and
spread. Plain arithmetic on the store's entries; the moderator's screen, the projector
and the protocol all count with this."""

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

    @property
    def points(self) -> int:
        return len(self.distribution)


def summarise(entries: Sequence[FeedbackEntry], points: int) -> FeedbackSummary:
    """The summary on a scale of 1..``points``. A rating above it (the scale was made
    smaller after the round) widens the distribution rather than being dropped, so the
    mean and the bars always count the same ratings."""
    ratings = [entry.rating for entry in entries if entry.rating is not None]
    counts = [0] * max(points, *ratings, 0)
    for rating in ratings:
        if rating >= 1:
            counts[rating - 1] += 1
    return FeedbackSummary(
        count=len(entries),
        ratings=len(ratings),
        mean=sum(ratings) / len(ratings) if ratings else None,
        distribution=tuple(counts),
        lines=tuple(entry.text for entry in entries if entry.text.strip()),
    )
