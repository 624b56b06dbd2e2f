"""What a workshop search matches: the one definition the store and the library use."""

from __future__ import annotations

import datetime as dt

import pytest

from werkstatt.core.records import Workshop, WorkshopStatus
from werkstatt.core.search import Query, matches

CREATED = dt.datetime(2025, 2, 1, 9, 0, tzinfo=dt.UTC)


def workshop(**facts: object) -> Workshop:
    values: dict[str, object] = {
        "id": 1,
        "uid": "a" * 32,
        "title": "Bürgerforum Verkehrswende",
        "method": "world_cafe",
        "date": None,
        "start_time": None,
        "place": "Gemeindesaal Lindenstraße",
        "client": "Amt für Stadtentwicklung",
        "moderators": "Ayşe Yılmaz, Przemysław Wójcik",
        "expected_participants": None,
        "notes": "Quartiersentwicklungskonzept liegt aus",
        "status": WorkshopStatus.PLANNED,
        "language": "de",
        "created_at": CREATED,
        "changed_at": CREATED,
    }
    values.update(facts)
    return Workshop(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query",
    [
        "bürgerforum",  # title
        "BÜRGER",  # case
        "Buerger",  # umlaut written out
        "burger",  # umlaut dropped
        "Weltcafé",  # the method's display name
        "weltcafe",
        "lindenstrasse",  # ß
        "LINDENSTRASSE",
        "stadtentwicklung",  # client
        "Yilmaz",  # moderators, Turkish dotless ı
        "ayse",
        "Przemyslaw wojcik",  # Polish ł, every word
        "verkehr linden",
    ],
)
def test_a_query_matches_in_every_searched_field(query: str) -> None:
    assert matches(workshop(), "Weltcafé", query)


@pytest.mark.parametrize(
    "query",
    [
        "Quartiersentwicklungskonzept",  # notes are not searched
        "world_cafe",  # the method's key is not its name
        "bürgerforum jugend",  # every word must match
        "Buergerinnen",
    ],
)
def test_a_query_does_not_match_elsewhere(query: str) -> None:
    assert not matches(workshop(), "Weltcafé", query)


def test_an_empty_query_matches_everything_and_is_false() -> None:
    assert matches(workshop(), "Weltcafé", "  ")
    assert not Query(" \t ")
    assert Query("Süd")


def test_a_query_is_folded_once_for_many_workshops() -> None:
    query = Query("Übersee")
    assert query.matches(workshop(place="Jugendzentrum Übersee"), "Open Space")
    assert query.matches(workshop(place="Jugendzentrum Uebersee"), "Open Space")
    assert not query.matches(workshop(), "Open Space")
