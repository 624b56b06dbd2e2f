"""library.feedback: the entries of a feedback round (Blitzlicht), lines and ratings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from werkstatt.core.records import FeedbackEntry, Workshop, WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.library import Library
from werkstatt.store.models import FeedbackEntryRow


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Workshop:
    return library.create_workshop(
        draft,
        [
            *phases,
            PhaseDraft(
                PhaseKind.FEEDBACK,
                "Abschlussrunde",
                question="Wie zufrieden gehen Sie heute nach Hause?",
                planned_minutes=10,
                settings={"mode": "scale", "scale_points": 5},
            ),
        ],
    )


@pytest.fixture
def phase_id(library: Library, workshop: Workshop) -> int:
    return library.list_phases(workshop.id)[-1].id


@pytest.fixture
def entries(library: Library, phase_id: int) -> list[FeedbackEntry]:
    return [
        library.feedback.add(phase_id, text="Endlich wird zugehört!", rating=5, name="Ayşe"),
        library.feedback.add(phase_id, text="Zu wenig Zeit für die Phantasiephase", rating=3),
        library.feedback.add(phase_id, rating=4),
        library.feedback.add(phase_id, text="Danke für die Übersetzung ins Türkische"),
    ]


def _lines(library: Library, phase_id: int) -> list[tuple[str, int | None]]:
    stored = library.feedback.list(phase_id)
    assert [entry.position for entry in stored] == list(range(len(stored)))
    return [(entry.text, entry.rating) for entry in stored]


ALL = [
    ("Endlich wird zugehört!", 5),
    ("Zu wenig Zeit für die Phantasiephase", 3),
    ("", 4),
    ("Danke für die Übersetzung ins Türkische", None),
]


def test_entries_are_listed_in_the_order_given(
    library: Library, phase_id: int, entries: list[FeedbackEntry]
) -> None:
    assert _lines(library, phase_id) == ALL
    first = library.feedback.list(phase_id)[0]
    assert first == entries[0]
    assert (first.name, first.phase_id) == ("Ayşe", phase_id)
    assert first.created_at is not None and first.created_at.tzinfo == dt.UTC


def test_an_entry_may_be_empty_for_filling_in_later(library: Library, phase_id: int) -> None:
    entry = library.feedback.add(phase_id)
    assert (entry.text, entry.rating, entry.name, entry.position) == ("", None, "", 0)
    assert library.feedback.update(entry.id, text="  Gute Stimmung ").text == "Gute Stimmung"


@pytest.mark.parametrize("rating", [0, 6, -1, True, 4.5, "5"])
def test_a_rating_outside_the_phase_scale_is_refused(
    library: Library, phase_id: int, rating: object
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.add(phase_id, rating=rating)  # type: ignore[arg-type]
    assert caught.value.field == "rating"
    assert library.feedback.list(phase_id) == []


def test_without_a_scale_setting_ratings_go_up_to_the_default_five(
    library: Library, workshop: Workshop
) -> None:
    # The same rule as the moderator's rating buttons and the protocol (methods' spec).
    cards_phase = library.list_phases(workshop.id)[1].id
    assert library.feedback.add(cards_phase, rating=5).rating == 5
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.add(cards_phase, rating=6)
    assert (caught.value.field, caught.value.limit) == ("rating", 5)


def test_several_entries_change_in_one_transaction_or_not_at_all(
    library: Library, phase_id: int, entries: list[FeedbackEntry]
) -> None:
    before = _lines(library, phase_id)
    with pytest.raises(InvalidValueError):
        library.feedback.update_many(
            [(entries[0].id, {"text": "Sehr gelungen"}), (entries[1].id, {"rating": 9})]
        )
    with pytest.raises(NotFoundError):
        library.feedback.delete_many([entries[0].id, entries[1].id, 987654])
    assert _lines(library, phase_id) == before

    changed = library.feedback.update_many(
        [(entries[0].id, {"text": "Sehr gelungen"}), (entries[1].id, {"rating": 1})]
    )
    assert [(e.text, e.rating) for e in changed] == [
        ("Sehr gelungen", entries[0].rating),
        (entries[1].text, 1),
    ]
    after_update = _lines(library, phase_id)
    library.feedback.delete_many([entries[0].id, entries[2].id])
    assert len(_lines(library, phase_id)) == len(before) - 2
    with pytest.raises(NotFoundError):
        library.feedback.restore_many([entries[2].id, 987654])
    assert len(_lines(library, phase_id)) == len(before) - 2
    library.feedback.restore_many([entries[2].id, entries[0].id])
    assert _lines(library, phase_id) == after_update


def test_update_changes_text_rating_and_name(
    library: Library, phase_id: int, entries: list[FeedbackEntry]
) -> None:
    changed = library.feedback.update(entries[2].id, text="Weiter so", rating=None, name="Jörg")
    assert (changed.text, changed.rating, changed.name, changed.position) == (
        "Weiter so",
        None,
        "Jörg",
        2,
    )
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.update(entries[2].id, rating=7)
    assert (caught.value.field, caught.value.limit) == ("rating", 5)
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.update(entries[2].id, mood="gut")
    assert caught.value.field == "mood"


def test_text_and_name_are_limited(library: Library, phase_id: int) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.add(phase_id, text="Bürgerbeteiligung " * 120)
    assert caught.value.field == "text"
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.add(phase_id, name="Przemysław " * 40)
    assert caught.value.field == "name"


def test_delete_and_restore_keep_the_order(
    library: Library, phase_id: int, entries: list[FeedbackEntry]
) -> None:
    library.feedback.delete(entries[1].id)
    assert _lines(library, phase_id) == [ALL[0], *ALL[2:]]
    restored = library.feedback.restore(entries[1].id)
    assert restored.position == 1
    assert _lines(library, phase_id) == ALL
    with pytest.raises(NotFoundError):
        library.feedback.update(4711, text="x")


def test_a_deleted_entry_cannot_be_changed(library: Library, entries: list[FeedbackEntry]) -> None:
    library.feedback.delete(entries[0].id)
    with pytest.raises(NotFoundError) as caught:
        library.feedback.update(entries[0].id, rating=1)
    assert (caught.value.what, caught.value.key) == ("feedback entry", entries[0].id)
    with pytest.raises(NotFoundError):
        library.feedback.delete(entries[0].id)


def test_entries_of_a_removed_phase_or_deleted_workshop_are_out_of_reach(
    library: Library, workshop: Workshop, phase_id: int, entries: list[FeedbackEntry]
) -> None:
    library.remove_phase(phase_id)
    with pytest.raises(NotFoundError):
        library.feedback.list(phase_id)
    with pytest.raises(NotFoundError):
        library.feedback.restore(entries[0].id)
    library.restore_phase(phase_id)
    library.delete_workshop(workshop.id)
    with pytest.raises(NotFoundError):
        library.feedback.add(phase_id, rating=3)
    library.restore_workshop(workshop.id)
    assert _lines(library, phase_id) == ALL


def test_a_phase_holds_at_most_the_feedback_limit(library: Library, phase_id: int) -> None:
    now = dt.datetime.now(dt.UTC)
    engine = library._engine
    assert engine is not None
    with engine.begin() as connection:
        connection.execute(
            insert(FeedbackEntryRow),
            [
                {"phase_id": phase_id, "position": n, "rating": 3, "created_at": now}
                for n in range(validation.FEEDBACK_PER_PHASE_MAX)
            ],
        )
    with pytest.raises(InvalidValueError) as caught:
        library.feedback.add(phase_id, rating=4)
    assert (caught.value.field, caught.value.value, caught.value.limit) == (
        "feedback",
        5_001,
        5_000,
    )
