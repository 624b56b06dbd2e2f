"""Input limits: what the library refuses, with the field and the limit named."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import InvalidValueError
from werkstatt.store.library import Library

LONG_WORD = "Quartiersentwicklungskonzept"


@pytest.mark.parametrize(
    ("changes", "field", "limit"),
    [
        ({"title": ""}, "title", "not empty"),
        ({"title": " \t\n "}, "title", "not empty"),
        ({"title": "x" * 301}, "title", 300),
        ({"notes": "ä" * 20_001}, "notes", 20_000),
        ({"place": "ß" * 20_001}, "place", 20_000),
        ({"moderators": "y" * 20_001}, "moderators", 20_000),
        ({"expected_participants": -1}, "expected_participants", (0, 100_000)),
        ({"expected_participants": 100_001}, "expected_participants", (0, 100_000)),
        ({"method": "m" * 65}, "method", 64),
        ({"title": None}, "title", "str"),
        ({"start_time": dt.time(9, tzinfo=dt.UTC)}, "start_time", None),
    ],
)
def test_workshop_limits(
    library: Library,
    draft: WorkshopDraft,
    changes: dict[str, object],
    field: str,
    limit: object,
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.create_workshop(dataclasses.replace(draft, **changes), [])  # type: ignore[arg-type]
    assert caught.value.field == field
    if limit is not None:
        assert caught.value.limit == limit
    assert library.list_workshops() == []

    workshop = library.create_workshop(draft, [])
    with pytest.raises(InvalidValueError):
        library.update_workshop(workshop.id, **changes)
    assert library.get_workshop(workshop.id) == workshop


def test_lengths_are_reported_as_lengths(library: Library, draft: WorkshopDraft) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.create_workshop(dataclasses.replace(draft, title=LONG_WORD * 11), [])
    assert caught.value.value == len(LONG_WORD) * 11


def test_values_at_the_limits_are_accepted(library: Library, draft: WorkshopDraft) -> None:
    workshop = library.create_workshop(
        dataclasses.replace(
            draft,
            title="T" * 300,
            notes="Bürgerbeteiligung " * 1111 + "xx",
            expected_participants=100_000,
        ),
        [PhaseDraft(PhaseKind.ROUNDS, "Tischrunden", planned_minutes=1440, script="s" * 20_000)],
    )
    assert len(workshop.notes) == 20_000
    assert library.list_phases(workshop.id)[0].planned_minutes == 1440
    assert library.update_workshop(workshop.id, expected_participants=0).expected_participants == 0


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "P" * 301}, "title"),
        ({"question": "?" * 20_001}, "question"),
        ({"script": "s" * 20_001}, "script"),
        ({"planned_minutes": -5}, "planned_minutes"),
        ({"planned_minutes": 1441}, "planned_minutes"),
        ({"planned_minutes": 12.5}, "planned_minutes"),
        ({"settings": {"notiz": "n" * 20_001}}, "settings"),
        ({"settings": {"punkte": float("nan")}}, "settings"),
        ({"settings": {1: "nicht-str-Schlüssel"}}, "settings"),
    ],
)
def test_phase_limits(
    library: Library,
    draft: WorkshopDraft,
    phases: list[PhaseDraft],
    changes: dict[str, object],
    field: str,
) -> None:
    workshop = library.create_workshop(draft, phases)
    bad_draft = dataclasses.replace(phases[0], **changes)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError) as caught:
        library.add_phase(workshop.id, bad_draft)
    assert caught.value.field == field
    with pytest.raises(InvalidValueError):
        library.create_workshop(draft, [bad_draft])
    before = library.list_phases(workshop.id)
    with pytest.raises(InvalidValueError):
        library.update_phase(before[0].id, **changes)
    assert library.list_phases(workshop.id) == before
    assert len(library.list_workshops()) == 1


def test_duplicate_and_template_names_are_titles(library: Library, draft: WorkshopDraft) -> None:
    workshop = library.create_workshop(draft, [])
    with pytest.raises(InvalidValueError) as caught:
        library.duplicate_workshop(workshop.id, "")
    assert caught.value.field == "title"
    with pytest.raises(InvalidValueError) as caught:
        library.save_as_template(workshop.id, "N" * 301)
    assert (caught.value.field, caught.value.limit) == ("name", 300)
    assert len(library.list_workshops()) == 1
