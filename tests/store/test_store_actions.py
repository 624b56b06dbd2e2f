"""library.actions: an action plan's rows, kept in order through add, move, delete and
undo, checked before anything is written, linked to the cluster they came from."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from werkstatt.core import clustering
from werkstatt.core.records import Action, ActionStatus, WorkshopDraft
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library
from werkstatt.store.models import ActionRow

PLAN = [
    ("Sitzbänke am Marktplatz aufstellen", "Ayşe Yılmaz", "bis Ende März 2027"),
    ("Jugendtreff im alten Stellwerk einrichten", "Przemysław Wójcik", "Sommerferien 2027"),
    ("Straßenbahntakt abends auf 15 Minuten verdichten", "Nguyễn Thị Lan", "Fahrplanwechsel"),
]


@pytest.fixture
def plan(library: Library) -> dict[str, int]:
    """Critique cards, a board with two clusters, a vote and an action plan."""
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Quartier Nordstadt", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Kritikphase"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik clustern"),
            PhaseDraft(PhaseKind.VOTE, "Gewichtung"),
            PhaseDraft(PhaseKind.ACTION_PLAN, "Verwirklichungsphase", settings={"top_n": 3}),
        ],
    )
    cards, board, vote, actions = library.list_phases(workshop.id)
    library.cards.add(cards.id, "Kein Treffpunkt für Jugendliche")
    ids = []
    for title in ("Treffpunkte für Jung und Alt", "Verkehr & Mobilität"):
        edit = clustering.create_cluster(
            library.board.load(board.id).board, library.board.new_cluster_id(), title
        )
        library.board.apply(board.id, edit.change)
        ids.append(edit.change.added[0].id)
    return {
        "phase": actions.id,
        "board": board.id,
        "vote": vote.id,
        "meeting": ids[0],
        "traffic": ids[1],
        "workshop": workshop.id,
    }


def _whats(library: Library, phase_id: int) -> list[str]:
    stored = library.actions.list(phase_id)
    assert [action.position for action in stored] == list(range(len(stored)))
    return [action.what for action in stored]


def _fill(library: Library, phase_id: int) -> list[Action]:
    return [
        library.actions.add(phase_id, what, responsible=who, due=due) for what, who, due in PLAN
    ]


def test_add_hands_out_the_action_with_its_fields(library: Library, plan: dict[str, int]) -> None:
    before = dt.datetime.now(dt.UTC)
    action = library.actions.add(
        plan["phase"],
        "  Treffpunkt im alten Stellwerk für Jung und Alt einrichten \n",
        responsible="  Chiara   Esposito ",
        due=" bis Ende März 2027 ",
        first_step="Gespräch mit der Deutschen Bahn über die Zwischennutzung\nTermin im Januar",
        resources="Verfügungsfonds des Quartiersmanagements, 5.000 €",
        status="started",
        source="Treffpunkte für Jung und Alt",
        source_cluster_id=plan["meeting"],
    )
    assert action.what == "Treffpunkt im alten Stellwerk für Jung und Alt einrichten"
    assert (action.responsible, action.due) == ("Chiara Esposito", "bis Ende März 2027")
    assert action.first_step.endswith("\nTermin im Januar")  # lines kept, ends stripped
    assert action.status is ActionStatus.STARTED
    assert (action.source, action.source_cluster_id) == (
        "Treffpunkte für Jung und Alt",
        plan["meeting"],
    )
    assert action.created_at is not None and action.created_at >= before
    assert library.actions.list(plan["phase"]) == [action]
    assert library.actions.count(plan["phase"]) == 1


def test_add_at_an_index_and_move_keep_the_order_dense(
    library: Library, plan: dict[str, int]
) -> None:
    first, second, third = _fill(library, plan["phase"])
    library.actions.add(plan["phase"], "Radweg an der Weißdornstraße markieren", index=1)
    assert _whats(library, plan["phase"]) == [
        PLAN[0][0],
        "Radweg an der Weißdornstraße markieren",
        PLAN[1][0],
        PLAN[2][0],
    ]
    moved = library.actions.move(third.id, 0)
    assert [action.what for action in moved] == [
        PLAN[2][0],
        PLAN[0][0],
        "Radweg an der Weißdornstraße markieren",
        PLAN[1][0],
    ]
    library.actions.move(third.id, 3)
    assert _whats(library, plan["phase"])[-1] == PLAN[2][0]
    with pytest.raises(InvalidValueError):
        library.actions.move(first.id, 4)
    with pytest.raises(InvalidValueError):
        library.actions.add(plan["phase"], "Zu weit hinten", index=6)
    assert second.id in {action.id for action in library.actions.list(plan["phase"])}


def test_update_changes_fields_and_refuses_bad_values_writing_nothing(
    library: Library, plan: dict[str, int]
) -> None:
    first, second, _third = _fill(library, plan["phase"])
    changed = library.actions.update(
        first.id, status=ActionStatus.DONE, first_step="Bänke bestellen"
    )
    assert (changed.status, changed.first_step, changed.what) == (
        ActionStatus.DONE,
        "Bänke bestellen",
        PLAN[0][0],
    )
    stored = library.actions.list(plan["phase"])
    with pytest.raises(InvalidValueError) as caught:
        library.actions.update_many(
            [(first.id, {"status": "open"}), (second.id, {"status": "vielleicht"})]
        )
    assert caught.value.field == "status"
    with pytest.raises(InvalidValueError):
        library.actions.update(second.id, what="   ")
    with pytest.raises(InvalidValueError):
        library.actions.update(second.id, colour="gelb")
    assert library.actions.list(plan["phase"]) == stored


def test_a_bad_status_on_add_writes_nothing(library: Library, plan: dict[str, int]) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.actions.add(plan["phase"], "Sitzbänke aufstellen", status="fertig")
    assert (caught.value.field, caught.value.value) == ("status", "fertig")
    assert library.actions.list(plan["phase"]) == []


def test_texts_keep_their_limits(library: Library, plan: dict[str, int]) -> None:
    with pytest.raises(TooLongError):
        library.actions.add(plan["phase"], "Maßnahme " * 300)
    with pytest.raises(TooLongError):
        library.actions.add(plan["phase"], "Bänke", responsible="Ö" * (validation.PERSON_MAX + 1))
    with pytest.raises(InvalidValueError):
        library.actions.add(plan["phase"], "")
    assert library.actions.count(plan["phase"]) == 0


def test_a_phase_holds_at_most_the_row_limit(library: Library, plan: dict[str, int]) -> None:
    engine = library._engine
    assert engine is not None
    now = dt.datetime.now(dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(ActionRow),
            [
                {
                    "phase_id": plan["phase"],
                    "position": n,
                    "what": f"Maßnahme {n}",
                    "created_at": now,
                }
                for n in range(validation.ROWS_PER_PHASE_MAX)
            ],
        )
    with pytest.raises(InvalidValueError) as caught:
        library.actions.add(plan["phase"], "Eine zu viel")
    assert (caught.value.field, caught.value.limit) == ("actions", validation.ROWS_PER_PHASE_MAX)


def test_delete_hides_and_restore_puts_back_in_place(
    library: Library, plan: dict[str, int]
) -> None:
    first, second, third = _fill(library, plan["phase"])
    library.actions.delete(second.id)
    assert _whats(library, plan["phase"]) == [PLAN[0][0], PLAN[2][0]]
    with pytest.raises(NotFoundError):
        library.actions.update(second.id, what="Geht nicht mehr")
    restored = library.actions.restore(second.id)
    assert restored.position == 1
    assert _whats(library, plan["phase"]) == [what for what, _who, _due in PLAN]
    assert library.actions.restore(first.id).position == 0  # a live one as is
    with pytest.raises(NotFoundError):
        library.actions.restore(9999)
    assert third.id != second.id


def test_a_source_cluster_must_be_one_of_the_workshop(
    library: Library, plan: dict[str, int]
) -> None:
    other = library.create_workshop(
        WorkshopDraft(title="Open Space Kulturhaus", method="open_space"),
        [PhaseDraft(PhaseKind.CLUSTER, "Themen"), PhaseDraft(PhaseKind.ACTION_PLAN, "Pläne")],
    )
    board, foreign_plan = library.list_phases(other.id)
    with pytest.raises(InvalidValueError) as caught:
        library.actions.add(foreign_plan.id, "Fremde Quelle", source_cluster_id=plan["meeting"])
    assert caught.value.field == "source_cluster_id"
    with pytest.raises(InvalidValueError):
        library.actions.add(plan["phase"], "Unbekannt", source_cluster_id=123_456)
    with pytest.raises(InvalidValueError):
        library.actions.add(plan["phase"], "Kein Id", source_cluster_id=True)
    assert library.actions.count(plan["phase"]) == 0 and board.id > 0


def test_a_deleted_cluster_stays_linked_until_it_is_purged(
    library: Library, plan: dict[str, int]
) -> None:
    action = library.actions.add(
        plan["phase"],
        "Verkehrsberuhigung Weißdornstraße",
        source="Verkehr & Mobilität",
        source_cluster_id=plan["traffic"],
    )
    board = library.board.load(plan["board"]).board
    library.board.apply(plan["board"], clustering.delete_cluster(board, plan["traffic"]).change)
    assert library.actions.list(plan["phase"])[0].source_cluster_id == plan["traffic"]
    library._purge_deleted(dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
    (kept,) = library.actions.list(plan["phase"])
    assert (kept.id, kept.source, kept.source_cluster_id) == (
        action.id,
        "Verkehr & Mobilität",
        None,
    )


def test_rows_of_a_removed_phase_are_out_of_reach(library: Library, plan: dict[str, int]) -> None:
    (action, *_rest) = _fill(library, plan["phase"])
    library.remove_phase(plan["phase"])
    with pytest.raises(NotFoundError):
        library.actions.list(plan["phase"])
    with pytest.raises(NotFoundError):
        library.actions.update(action.id, what="Nicht erreichbar")
    library.restore_phase(plan["phase"])
    assert _whats(library, plan["phase"]) == [what for what, _who, _due in PLAN]


def test_the_snapshot_carries_the_actions(library: Library, plan: dict[str, int]) -> None:
    first, second, _third = _fill(library, plan["phase"])
    library.actions.delete(second.id)
    snapshot = library.snapshot(plan["workshop"])
    by_phase = {phase.phase.id: phase for phase in snapshot.phases}
    assert [a.what for a in by_phase[plan["phase"]].actions] == [PLAN[0][0], PLAN[2][0]]
    assert by_phase[plan["phase"]].actions[0] == first
    assert by_phase[plan["vote"]].actions == ()
    engine = library._engine
    assert engine is not None
    with engine.connect() as connection:  # the deleted one is still on disk for undo
        assert connection.scalar(select(ActionRow.deleted_at).where(ActionRow.id == second.id))
