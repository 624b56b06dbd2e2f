"""library.cafe: a World Café's set-up (participants, tables, hosts, names), its seating
plan and the hosts' notes per table and round; checked before anything is written."""

from __future__ import annotations

from functools import cache

import pytest

from werkstatt.core.records import CafeTable, WorkshopDraft
from werkstatt.core.seating import SeatingPlan, SeatingProblem, plan_seating
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store import validation
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library

NAMES = [
    "Dorothea Klöß",
    "Mehmet Öztürk",
    "Zofia Wiśniewska",
    "Jürgen Weiß",
    "Nguyễn Thị Hương",
    "Fatima Al-Hassan",
    "Olga Смирнова",
    "Björn Größmann",
]
TABLES = [
    CafeTable("Tisch Sonnenblume", "Dorothea Klöß"),
    CafeTable("Tisch Löwenzahn", ""),
    CafeTable("", "Gastgeber:in Tisch 3"),
]
NOTE = (
    "Mehr Sitzgelegenheiten am Quartiersplatz; Begegnungsräume für Jung und Alt; "
    "Straßenbahnhaltestelle barrierefrei umbauen – die Übergangslösung reicht nicht."
)


@pytest.fixture
def cafe(library: Library) -> dict[str, int]:
    workshop = library.create_workshop(
        WorkshopDraft(title="World Café Zukunft der Ortsmitte Großbeeren", method="world_cafe"),
        [
            PhaseDraft(PhaseKind.BRIEFING, "Willkommen im Café"),
            PhaseDraft(
                PhaseKind.ROUNDS,
                "Gesprächsrunden",
                question="Was macht unsere Ortsmitte lebendig?\nWas fehlt?\nWas packen wir an?",
                settings={"participants": 18, "tables": 3, "rounds": 3, "hosts_stay": True},
            ),
        ],
    )
    briefing, rounds = library.list_phases(workshop.id)
    return {"workshop": workshop.id, "rounds": rounds.id, "briefing": briefing.id}


def _settings(library: Library, cafe: dict[str, int]) -> dict[str, object]:
    return dict(library.list_phases(cafe["workshop"])[1].settings)


@cache
def _plan() -> SeatingPlan:
    # Six at a table cannot avoid repeats: the search would use all its time for nothing.
    return plan_seating(SeatingProblem(18, 3, 3, hosts=True), seed=7, time_budget=0.05)


def test_defaults(library: Library, cafe: dict[str, int]) -> None:
    setup = library.cafe.setup(cafe["rounds"])
    assert setup.phase_id == cafe["rounds"]
    assert setup.participants == 18
    assert setup.names == ()
    assert setup.tables == (CafeTable(), CafeTable(), CafeTable())
    assert (setup.rounds, setup.hosts, setup.seed) == ((), None, None)
    assert library.cafe.notes(cafe["rounds"]) == []


def test_only_rounds_phases(library: Library, cafe: dict[str, int]) -> None:
    with pytest.raises(InvalidValueError) as caught:
        library.cafe.setup(cafe["briefing"])
    assert caught.value.field == "kind"
    with pytest.raises(NotFoundError):
        library.cafe.setup(99_999)


def test_update_writes_settings_and_names(library: Library, cafe: dict[str, int]) -> None:
    setup = library.cafe.update(
        cafe["rounds"],
        participants=24,
        table_count=4,
        rounds=2,
        hosts_stay=False,
        names=[f"  {name} " for name in NAMES],
        tables=TABLES,
    )
    assert setup.participants == 24
    assert setup.names == tuple(NAMES)
    assert setup.tables == (*TABLES, CafeTable())
    settings = _settings(library, cafe)
    assert (settings["participants"], settings["tables"], settings["rounds"]) == (24, 4, 2)
    assert settings["hosts_stay"] is False
    assert settings["round_minutes"] == 20  # untouched settings keep their values
    assert library.cafe.setup(cafe["rounds"]) == setup


def test_update_is_all_or_nothing(library: Library, cafe: dict[str, int]) -> None:
    library.cafe.update(cafe["rounds"], names=NAMES[:2])
    with pytest.raises(InvalidValueError) as caught:
        library.cafe.update(cafe["rounds"], table_count=4, participants=2_000)
    assert caught.value.field == "settings.participants"
    with pytest.raises(InvalidValueError) as caught:
        library.cafe.update(cafe["rounds"], participants=6, names=NAMES)  # 8 names for 6
    assert caught.value.field == "names"
    with pytest.raises(InvalidValueError):
        library.cafe.update(cafe["rounds"], tables=[*TABLES, CafeTable("Tisch 4")])
    with pytest.raises(TooLongError):
        library.cafe.update(cafe["rounds"], tables=[CafeTable("x" * (validation.TITLE_MAX + 1))])
    with pytest.raises(TooLongError):
        library.cafe.update(cafe["rounds"], names=["Ä" * (validation.TITLE_MAX + 1)])
    setup = library.cafe.setup(cafe["rounds"])
    assert (setup.participants, len(setup.tables), setup.names) == (18, 3, tuple(NAMES[:2]))
    assert _settings(library, cafe)["tables"] == 3


def test_set_plan_and_read_back(library: Library, cafe: dict[str, int]) -> None:
    plan = _plan()
    setup = library.cafe.set_plan(cafe["rounds"], plan.rounds, plan.hosts, plan.seed)
    assert setup.rounds == plan.rounds
    assert setup.hosts == plan.hosts
    assert setup.seed == plan.seed
    assert library.cafe.setup(cafe["rounds"]) == setup
    cleared = library.cafe.clear_plan(cafe["rounds"])
    assert (cleared.rounds, cleared.hosts, cleared.seed) == ((), None, None)


def _refused(library: Library, phase_id: int, rounds, hosts) -> InvalidValueError:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidValueError) as caught:
        library.cafe.set_plan(phase_id, rounds, hosts, 1)
    return caught.value


def test_bad_plans_are_refused_and_nothing_written(library: Library, cafe: dict[str, int]) -> None:
    good = _plan()
    library.cafe.set_plan(cafe["rounds"], good.rounds, good.hosts, good.seed)
    rounds = [list(map(list, round_)) for round_ in good.rounds]
    twice = [list(map(list, round_)) for round_ in good.rounds]
    twice[1][0].append(twice[1][1][-1])  # someone at two tables
    beyond = [list(map(list, round_)) for round_ in good.rounds]
    beyond[2][2][-1] = 19  # a badge the set-up does not have
    moved_host = [list(map(list, round_)) for round_ in good.rounds]
    moved_host[1][0], moved_host[1][1] = moved_host[1][1], moved_host[1][0]
    unbalanced = [list(map(list, round_)) for round_ in good.rounds]
    unbalanced[0][0].append(unbalanced[0][1].pop())
    cases = [
        (rounds[:2], good.hosts),  # two rounds for three
        ([round_[:2] for round_ in rounds], good.hosts),  # two tables for three
        (twice, good.hosts),
        (beyond, good.hosts),
        (moved_host, good.hosts),
        (unbalanced, good.hosts),
        (rounds, None),  # hosts stay, but the plan has none
        (rounds, (1, 2)),
        (rounds, (1, 1, 2)),
        ([[["3", 4]] * 3] * 3, good.hosts),
    ]
    for bad_rounds, hosts in cases:
        assert _refused(library, cafe["rounds"], bad_rounds, hosts).field == "plan"
    assert library.cafe.setup(cafe["rounds"]).rounds == good.rounds


def test_no_shows_may_be_left_out(library: Library, cafe: dict[str, int]) -> None:
    plan = _plan()
    # Badge 18 went home after the first round: fewer people, still balanced.
    later = tuple(
        tuple(tuple(p for p in table if p != 18) for table in round_) for round_ in plan.rounds
    )
    rounds = (plan.rounds[0], *later[1:])
    setup = library.cafe.set_plan(cafe["rounds"], rounds, plan.hosts, None)
    assert setup.rounds == rounds
    assert setup.seed is None


@pytest.mark.parametrize(
    ("change", "kept"),
    [
        ({"participants": 20}, False),  # newcomers without a seat
        ({"participants": 17}, False),  # badge 17/18 no longer exists
        ({"table_count": 4}, False),
        ({"rounds": 2}, False),
        ({"hosts_stay": False}, False),
        ({"participants": 18, "rounds": 3}, True),  # the same numbers
        ({"names": NAMES}, True),
        ({"tables": TABLES}, True),
    ],
)
def test_incompatible_changes_clear_the_plan(
    library: Library, cafe: dict[str, int], change: dict[str, object], kept: bool
) -> None:
    plan = _plan()
    library.cafe.set_plan(cafe["rounds"], plan.rounds, plan.hosts, plan.seed)
    setup = library.cafe.update(cafe["rounds"], **change)  # type: ignore[arg-type]
    assert (setup.rounds == plan.rounds) is kept
    assert (setup.seed == plan.seed) is kept
    assert library.cafe.setup(cafe["rounds"]) == setup


def test_a_settings_change_elsewhere_hides_a_stale_plan(
    library: Library, cafe: dict[str, int]
) -> None:
    plan = _plan()
    library.cafe.set_plan(cafe["rounds"], plan.rounds, plan.hosts, plan.seed)
    settings = dict(_settings(library, cafe), tables=4)
    library.update_phase(cafe["rounds"], settings=settings)
    setup = library.cafe.setup(cafe["rounds"])
    assert setup.rounds == ()
    assert len(setup.tables) == 4


def test_notes_set_overwrite_delete(library: Library, cafe: dict[str, int]) -> None:
    phase = cafe["rounds"]
    first = library.cafe.set_note(phase, 2, 0, f"  {NOTE}\n")
    assert first is not None
    assert (first.table, first.round, first.text) == (2, 0, NOTE)
    library.cafe.set_note(phase, 0, 1, "Radwege durchgängig; Ärztehaus fehlt")
    library.cafe.set_note(phase, 1, 0, "Wochenmarkt zurückholen")
    again = library.cafe.set_note(phase, 2, 0, "Sitzbänke mit Lehnen")
    assert again is not None and again.id == first.id
    notes = library.cafe.notes(phase)
    assert [(n.round, n.table, n.text) for n in notes] == [
        (0, 1, "Wochenmarkt zurückholen"),
        (0, 2, "Sitzbänke mit Lehnen"),
        (1, 0, "Radwege durchgängig; Ärztehaus fehlt"),
    ]
    assert library.cafe.set_note(phase, 1, 0, "   ") is None
    assert library.cafe.set_note(phase, 2, 2, "") is None  # nothing there: nothing happens
    assert [(n.round, n.table) for n in library.cafe.notes(phase)] == [(0, 2), (1, 0)]


def test_note_limits(library: Library, cafe: dict[str, int]) -> None:
    phase = cafe["rounds"]
    for table, round_ in ((3, 0), (-1, 0), (0, 3), (0, -1), (True, 0)):
        with pytest.raises(InvalidValueError):
            library.cafe.set_note(phase, table, round_, "Spielplatz")  # type: ignore[arg-type]
    with pytest.raises(TooLongError):
        library.cafe.set_note(phase, 0, 0, "ß" * (validation.TEXT_MAX + 1))
    with pytest.raises(InvalidValueError):
        library.cafe.set_note(cafe["briefing"], 0, 0, "Spielplatz")
    assert library.cafe.notes(phase) == []
    # Notes of a table that goes away are kept, and come back with it.
    library.cafe.set_note(phase, 2, 2, NOTE)
    library.cafe.update(phase, table_count=2)
    assert library.cafe.notes(phase) == []
    library.cafe.update(phase, table_count=3)
    assert [n.text for n in library.cafe.notes(phase)] == [NOTE]


def test_snapshot_carries_setup_and_notes(library: Library, cafe: dict[str, int]) -> None:
    plan = _plan()
    library.cafe.update(cafe["rounds"], names=NAMES, tables=TABLES)
    library.cafe.set_plan(cafe["rounds"], plan.rounds, plan.hosts, plan.seed)
    library.cafe.set_note(cafe["rounds"], 1, 2, NOTE)
    snapshot = library.snapshot(cafe["workshop"])
    briefing, rounds = snapshot.phases
    assert briefing.cafe is None and briefing.table_notes == ()
    assert rounds.cafe == library.cafe.setup(cafe["rounds"])
    assert rounds.cafe is not None and rounds.cafe.names == tuple(NAMES)
    assert [(n.table, n.round, n.text) for n in rounds.table_notes] == [(1, 2, NOTE)]


def test_snapshot_of_an_untouched_rounds_phase(library: Library, cafe: dict[str, int]) -> None:
    rounds = library.snapshot(cafe["workshop"]).phases[1]
    assert rounds.cafe is not None
    assert rounds.cafe.tables == (CafeTable(),) * 3
    assert rounds.table_notes == ()


# where the rounds stand (resumed after a restart) -------------------------------------
def test_round_state_defaults_and_round_trip(library: Library, cafe: dict[str, int]) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from werkstatt.core.records import RoundState

    assert library.cafe.round_state(cafe["rounds"]) == RoundState(0, "", None, None)
    # Given in Berlin summer time, kept and handed back in UTC.
    started = datetime(2025, 6, 21, 19, 40, 5, tzinfo=timezone(timedelta(hours=2)))
    state = RoundState(1, "talking", started, 25 * 60)
    written = library.cafe.set_round_state(cafe["rounds"], state)
    read = library.cafe.round_state(cafe["rounds"])
    assert written == read
    assert read.started_at == started and read.started_at is not None
    assert read.started_at.utcoffset() == timedelta(0)
    assert (read.current_round, read.stage, read.seconds) == (1, "talking", 1500)
    # A plain write, not part of the set-up: names and plan untouched, no set-up change.
    library.cafe.update(cafe["rounds"], names=NAMES)
    assert library.cafe.round_state(cafe["rounds"]) == read
    finished = library.cafe.set_round_state(cafe["rounds"], RoundState(2, "finished"))
    assert finished == RoundState(2, "finished", None, None)
    assert library.cafe.setup(cafe["rounds"]).names == tuple(NAMES)
    waiting = RoundState(0, "rotating", datetime(2025, 6, 21, 18, 0, tzinfo=UTC), 0)
    assert library.cafe.set_round_state(cafe["rounds"], waiting) == waiting


@pytest.mark.parametrize(
    ("state", "field"),
    [
        ({"current_round": 3}, "current_round"),
        ({"current_round": -1}, "current_round"),
        ({"current_round": True}, "current_round"),
        ({"stage": "paused"}, "stage"),
        ({"stage": "Talking"}, "stage"),
        ({"seconds": -1}, "seconds"),
        ({"seconds": 2**40}, "seconds"),
        ({"started_at": "2025-06-21T19:40"}, "started_at"),
        ({"started_at": "naive"}, "started_at"),
        ({"seconds": None}, "seconds"),  # a start without a length
        ({"started_at": None}, "seconds"),  # a length without a start
        ({"stage": "finished"}, "stage"),  # over, yet running
        ({"stage": ""}, "stage"),  # waiting, yet running
    ],
)
def test_bad_round_states_are_refused_and_nothing_written(
    library: Library, cafe: dict[str, int], state: dict[str, object], field: str
) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from werkstatt.core.records import RoundState

    kept = library.cafe.set_round_state(
        cafe["rounds"], RoundState(1, "rotating", datetime(2025, 6, 21, 20, 5, tzinfo=UTC), 300)
    )
    good = RoundState(2, "talking", datetime(2025, 6, 21, 20, 10, tzinfo=UTC), 1500)
    if state.get("started_at") == "naive":
        state = {"started_at": datetime(2025, 6, 21, 20, 10)}
    with pytest.raises(InvalidValueError) as caught:
        library.cafe.set_round_state(cafe["rounds"], replace(good, **state))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert library.cafe.round_state(cafe["rounds"]) == kept


def test_round_state_only_of_rounds_phases_and_fewer_rounds(
    library: Library, cafe: dict[str, int]
) -> None:
    from datetime import UTC, datetime

    from werkstatt.core.records import RoundState

    with pytest.raises(InvalidValueError) as caught:
        library.cafe.set_round_state(cafe["briefing"], RoundState())
    assert caught.value.field == "kind"
    with pytest.raises(NotFoundError):
        library.cafe.round_state(99_999)
    started = datetime(2025, 6, 21, 20, 10, tzinfo=UTC)
    library.cafe.set_round_state(cafe["rounds"], RoundState(2, "talking", started, 1500))
    # The third round was struck from the settings meanwhile: the last one, waiting.
    library.cafe.update(cafe["rounds"], rounds=2)
    assert library.cafe.round_state(cafe["rounds"]) == RoundState(1, "")
    library.cafe.update(cafe["rounds"], rounds=3)
    assert library.cafe.round_state(cafe["rounds"]) == RoundState(2, "talking", started, 1500)
