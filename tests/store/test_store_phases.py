"""Phases through the library API: add, remove and restore (undo), move, update."""

from __future__ import annotations

import pytest

from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.library import Library

PAUSE = PhaseDraft(
    PhaseKind.BREAK, "Kaffeepause", script="Kaffee und Kuchen im Foyer.", planned_minutes=20
)


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Workshop:
    return library.create_workshop(draft, phases)


def _titles(library: Library, workshop: Workshop) -> list[str]:
    stored = library.list_phases(workshop.id)
    assert [p.position for p in stored] == list(range(len(stored)))  # always dense
    return [p.title for p in stored]


BASE = [
    "Begrüßung und Regeln",
    "Kritikphase",
    "Gewichtung der Kritik",
    "Phantasiephase",
    "Verwirklichungsphase",
]


def test_add_appends_or_inserts_and_touches_the_workshop(
    library: Library, workshop: Workshop
) -> None:
    appended = library.add_phase(workshop.id, PhaseDraft(PhaseKind.FEEDBACK, "Blitzlicht"))
    assert appended.position == 5
    inserted = library.add_phase(workshop.id, PAUSE, index=2)
    assert (inserted.position, inserted.kind, inserted.planned_minutes) == (2, "break", 20)
    first = library.add_phase(workshop.id, PhaseDraft(PhaseKind.BRIEFING, "Ankommen"), index=0)
    assert first.position == 0
    assert _titles(library, workshop) == [
        "Ankommen",
        BASE[0],
        BASE[1],
        "Kaffeepause",
        *BASE[2:],
        "Blitzlicht",
    ]
    assert library.get_workshop(workshop.id).changed_at > workshop.changed_at


def test_add_refuses_an_index_beyond_the_end(library: Library, workshop: Workshop) -> None:
    for index in (-1, 6):
        with pytest.raises(InvalidValueError) as caught:
            library.add_phase(workshop.id, PAUSE, index=index)
        assert caught.value.limit == (0, 5)
    assert _titles(library, workshop) == BASE


def test_remove_and_restore_puts_a_phase_back_where_it_was(
    library: Library, workshop: Workshop
) -> None:
    before = library.list_phases(workshop.id)
    library.remove_phase(before[1].id)
    assert _titles(library, workshop) == [BASE[0], *BASE[2:]]
    with pytest.raises(NotFoundError):
        library.remove_phase(before[1].id)
    with pytest.raises(NotFoundError):
        library.update_phase(before[1].id, title="Beschwerdephase")

    restored = library.restore_phase(before[1].id)
    assert restored == before[1]
    assert library.list_phases(workshop.id) == before
    assert library.restore_phase(before[1].id) == before[1]  # already live: unchanged


def test_undoing_two_removals_in_reverse_order_restores_the_plan(
    library: Library, workshop: Workshop
) -> None:
    before = library.list_phases(workshop.id)
    library.remove_phase(before[1].id)
    library.remove_phase(before[2].id)
    assert _titles(library, workshop) == [BASE[0], BASE[3], BASE[4]]
    library.restore_phase(before[2].id)
    library.restore_phase(before[1].id)
    assert library.list_phases(workshop.id) == before


def test_restore_after_the_plan_shrank_appends_at_the_end(
    library: Library, workshop: Workshop
) -> None:
    before = library.list_phases(workshop.id)
    library.remove_phase(before[4].id)
    library.remove_phase(before[3].id)
    library.remove_phase(before[2].id)
    restored = library.restore_phase(before[4].id)
    assert restored.position == 2
    assert _titles(library, workshop) == [BASE[0], BASE[1], BASE[4]]


def test_move_renumbers_densely_and_returns_the_new_order(
    library: Library, workshop: Workshop
) -> None:
    before = library.list_phases(workshop.id)
    moved = library.move_phase(before[4].id, 1)
    assert [p.title for p in moved] == [BASE[0], BASE[4], BASE[1], BASE[2], BASE[3]]
    assert [p.position for p in moved] == [0, 1, 2, 3, 4]
    assert library.list_phases(workshop.id) == moved
    back = library.move_phase(before[4].id, 4)
    assert back == before


def test_move_refuses_positions_outside_the_plan(library: Library, workshop: Workshop) -> None:
    phase = library.list_phases(workshop.id)[0]
    for index in (-1, 5):
        with pytest.raises(InvalidValueError) as caught:
            library.move_phase(phase.id, index)
        assert caught.value.field == "index"
        assert caught.value.limit == (0, 4)
    assert _titles(library, workshop) == BASE


def test_move_skips_removed_phases(library: Library, workshop: Workshop) -> None:
    before = library.list_phases(workshop.id)
    library.remove_phase(before[0].id)
    moved = library.move_phase(before[1].id, 3)
    assert [p.title for p in moved] == [BASE[2], BASE[3], BASE[4], BASE[1]]


def test_update_phase_changes_every_editable_field(library: Library, workshop: Workshop) -> None:
    phase = library.list_phases(workshop.id)[2]
    updated = library.update_phase(
        phase.id,
        kind="vote",
        title="  Punktabfrage  ",
        question="Welche drei Probleme drängen am meisten?",
        script="Jede Person klebt drei Punkte; Häufungen sind erlaubt.",
        planned_minutes=25,
        settings={"dots_per_person": 5, "show_live_results": True},
    )
    assert updated.kind is PhaseKind.VOTE
    assert updated.title == "Punktabfrage"
    assert updated.planned_minutes == 25
    # completed with the vote kind's defaults
    assert updated.settings == {
        "targets_phase": "",
        "dots_per_person": 5,
        "max_dots_per_target": 0,
        "participants": 0,
        "two_criteria": False,
        "show_live_results": True,
    }
    assert library.list_phases(workshop.id)[2] == updated
    assert library.get_workshop(workshop.id).changed_at > workshop.changed_at


def test_settings_handed_out_are_copies(library: Library, workshop: Workshop) -> None:
    phase = library.list_phases(workshop.id)[1]
    phase.settings["max_chars"] = 99  # type: ignore[index]
    assert library.list_phases(workshop.id)[1].settings == {"max_chars": 60, "allow_author": False}


def test_update_phase_refuses_other_fields(library: Library, workshop: Workshop) -> None:
    phase = library.list_phases(workshop.id)[0]
    with pytest.raises(InvalidValueError) as caught:
        library.update_phase(phase.id, position=3)
    assert caught.value.field == "position"
    with pytest.raises(InvalidValueError) as caught:
        library.update_phase(phase.id, kind="fishbowl")
    assert caught.value.field == "kind"
    with pytest.raises(InvalidValueError):
        library.update_phase(phase.id, settings={"nicht": {1, 2}})
    with pytest.raises(InvalidValueError):
        library.update_phase(phase.id, settings=["dots", 3])
    with pytest.raises(InvalidValueError) as caught:
        library.update_phase(phase.id, settings={"farben": ["rot", "grün"]})
    assert caught.value.field == "settings.farben"
    assert library.list_phases(workshop.id)[0] == phase


def test_unknown_phase_ids_are_not_found(library: Library, workshop: Workshop) -> None:
    for call in (
        lambda: library.remove_phase(4711),
        lambda: library.restore_phase(4711),
        lambda: library.move_phase(4711, 0),
        lambda: library.update_phase(4711, title="Neu"),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.what == "phase"


def test_changing_the_kind_keeps_only_the_settings_the_new_kind_knows(
    library: Library, workshop: Workshop
) -> None:
    cards = library.list_phases(workshop.id)[1]
    assert cards.settings["max_chars"] == 60
    as_vote = library.update_phase(cards.id, kind="vote")
    assert as_vote.settings == {
        "targets_phase": "",
        "dots_per_person": 3,
        "max_dots_per_target": 0,
        "participants": 0,
        "two_criteria": False,
        "show_live_results": False,
    }
    # undo as the plan editor does it: the old kind with the old settings
    back = library.update_phase(cards.id, kind="cards", settings=dict(cards.settings))
    assert back.settings == cards.settings
