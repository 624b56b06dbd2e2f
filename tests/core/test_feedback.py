"""The one rule for a mood scale's points and the one summary of a feedback round."""

from __future__ import annotations

import datetime as dt

import pytest

from werkstatt.core.feedback import summarise
from werkstatt.core.records import FeedbackEntry
from werkstatt.methods.feedback_scale import DEFAULT_SCALE_POINTS, scale_points


def _entry(position: int, rating: int | None, text: str = "") -> FeedbackEntry:
    return FeedbackEntry(
        id=position + 1,
        phase_id=7,
        position=position,
        text=text,
        rating=rating,
        name="",
        created_at=dt.datetime(2026, 11, 25, 20, 15, tzinfo=dt.UTC),
    )


@pytest.mark.parametrize(
    ("settings", "points"),
    [
        ({}, 5),
        (None, 5),
        ({"scale_points": 7}, 7),
        ({"scale_points": 10}, 10),
        ({"scale_points": 15}, 10),
        ({"scale_points": 1}, 3),
        ({"scale_points": "7"}, 5),
        ({"scale_points": True}, 5),
    ],
)
def test_scale_points_follow_the_setting_spec(settings: object, points: int) -> None:
    assert DEFAULT_SCALE_POINTS == 5
    assert scale_points(settings) == points  # type: ignore[arg-type]


def test_summary_counts_ratings_mean_and_spread() -> None:
    entries = [
        _entry(0, 4, "Bin zufrieden"),
        _entry(1, 5),
        _entry(2, None, "Kaffee war kalt"),
        _entry(3, 4, "  "),
        _entry(4, 1, "Zu lang für Ältere"),
    ]
    summary = summarise(entries, 5)
    assert (summary.count, summary.ratings) == (5, 4)
    assert summary.mean == pytest.approx(3.5)
    assert summary.distribution == (1, 0, 0, 2, 1)
    assert summary.most == 2
    assert summary.lines == ("Bin zufrieden", "Kaffee war kalt", "Zu lang für Ältere")


def test_a_rating_above_a_later_smaller_scale_still_counts() -> None:
    summary = summarise([_entry(0, 7), _entry(1, 2)], 5)
    assert summary.distribution == (0, 1, 0, 0, 0, 0, 1)
    assert summary.mean == pytest.approx(4.5)
    assert summarise([], 5) == summarise([], 5)
    assert summarise([], 5).mean is None and summarise([], 5).distribution == (0,) * 5
