"""'Place the rest': the suggestion places what it can without a conflict, says what it
could not place, respects rooms, equipment and conveners, and is deterministic."""

from __future__ import annotations

import datetime
import random

from werkstatt.core.agenda import (
    AgendaWall,
    Cell,
    Proposal,
    Slot,
    Space,
    apply,
    build_slots,
    conflicts,
    convener_key,
    conveners,
    fitting_cells,
    merge,
    missing_needs,
    suggest_placement,
    too_many,
)

T = datetime.time
SLOTS = (
    Slot(1, T(10, 0), 60, order=0),
    Slot(2, T(11, 15), 60, order=1),
    Slot(3, T(12, 15), 60, "Mittagspause", is_break=True, order=2),
    Slot(4, T(13, 30), 60, order=3),
)
SPACES = (
    Space(1, "Großer Saal", 80, frozenset({"Beamer", "barrierefrei"}), order=0),
    Space(2, "Seminarraum 1", 20, frozenset({"Beamer", "Flipchart"}), order=1),
    Space(3, "Seminarraum 2", 15, frozenset({"Flipchart"}), order=2),
    Space(4, "Foyer", None, frozenset({"barrierefrei"}), order=3),
)
PROPOSALS = (
    Proposal(
        1,
        "Leerstand in der Innenstadt beleben",
        "Ayşe Yılmaz",
        expected=25,
        needs=frozenset({"Beamer"}),
    ),
    Proposal(2, "Sichere Schulwege ohne Elterntaxi", "Jonas Weber", expected=12),
    Proposal(
        3,
        "Gemeinschaftsgärten auf Brachflächen",
        "Małgorzata Kowalczyk",
        expected=8,
        needs=frozenset({"flipchart"}),
    ),
    Proposal(
        4,
        "Barrierefreie Bushaltestellen für alle",
        "Oluwaseun Adeyemi",
        expected=15,
        needs=frozenset({"Barrierefrei"}),
    ),
    Proposal(5, "Repair-Café im Quartierszentrum", "Ayse Yilmaz", expected=10),
    Proposal(
        6,
        "Mehr Schatten auf dem Marktplatz: Bäume statt Beton",
        "Nguyễn Thị Mai",
        expected=30,
        needs=frozenset({"Beamer"}),
    ),
    Proposal(7, "Jugendbeteiligung ernst nehmen"),
    Proposal(8, "Mehrsprachige Nachbarschaftshilfe", "Ayşe Yılmaz", expected=6),
)


def accepted(wall: AgendaWall) -> AgendaWall:
    """The wall after the suggestion, checked to be conflict-free and undoable."""
    suggestion = suggest_placement(wall)
    after = apply(wall, suggestion.edit.change)
    assert conflicts(after) == ()
    assert apply(after, suggestion.edit.inverse) == wall
    assert after.unplaced == suggestion.unplaced
    return after


def test_everything_is_placed_without_conflicts_when_it_can_be() -> None:
    wall = AgendaWall(SLOTS, SPACES, PROPOSALS)
    suggestion = suggest_placement(wall)
    assert suggestion.unplaced == suggestion.fits_nowhere == ()
    after = accepted(wall)
    assert after.unplaced == ()
    # Ayşe Yılmaz convenes three sessions (two spellings): three different slots.
    assert len({after.placement[pid].slot_id for pid in (1, 5, 8)}) == 3
    assert all(cell.slot_id != 3 for cell in after.placement.values())


def test_bigger_groups_get_bigger_rooms_and_early_slots_fill_first() -> None:
    wall = AgendaWall(SLOTS, SPACES, PROPOSALS)
    placed = dict(suggest_placement(wall).placed)
    # The two Beamer sessions for 25 and 30 people only fit the hall: two slots of it.
    assert {placed[1].space_id, placed[6].space_id} == {1}
    assert placed[6] == Cell(1, 1)  # the biggest group chooses first: the morning
    # 12 people without needs: the smallest room that holds them, in the morning.
    assert placed[2] == Cell(1, 3)
    # Barrier-free and 15 people: the foyer, as the hall is taken in the morning.
    assert placed[4] == Cell(1, 4)


def test_what_cannot_be_placed_is_left_out_and_named() -> None:
    interpreted = Proposal(
        9,
        "Inklusion in Vereinen",
        "Leyla Əliyeva",
        expected=12,
        needs=frozenset({"Gebärdensprachdolmetschung"}),
    )
    crowd = Proposal(10, "Bürgerhaushalt 2027: Wofür soll die Stadt Geld ausgeben?", expected=120)
    fourth = Proposal(11, "Stadtfest neu denken", "ayşe yılmaz", expected=5)
    wall = AgendaWall(SLOTS, SPACES, (*PROPOSALS, interpreted, crowd, fourth))
    suggestion = suggest_placement(wall)
    # No room has an interpreter, none but the foyer holds 120 — it fits there; Ayşe's
    # fourth session finds no slot she is free in (there are three).
    assert suggestion.unplaced == (9, 11)
    assert suggestion.fits_nowhere == (9,)
    assert dict(suggestion.placed)[10].space_id == 4
    accepted(wall)


def test_more_proposals_than_free_cells_says_which_lost_out() -> None:
    extra = tuple(
        Proposal(20 + i, title, "")
        for i, title in enumerate(
            (
                "Lastenräder zum Ausleihen",
                "Wochenmarkt am Abend",
                "Trinkbrunnen in der Fußgängerzone",
                "Kunst im öffentlichen Raum",
                "Tauschbörse für Werkzeug",
            )
        )
    )
    wall = AgendaWall(SLOTS, SPACES, PROPOSALS + extra)  # 13 proposals, 12 cells
    suggestion = suggest_placement(wall)
    assert len(suggestion.unplaced) == 1
    assert suggestion.fits_nowhere == ()
    assert accepted(wall).unplaced == suggestion.unplaced


def test_placed_sessions_stay_and_their_conveners_and_cells_are_taken() -> None:
    # Jonas Weber already convenes in the hall in the morning; Ayşe's sessions are placed
    # elsewhere by hand. The suggestion moves nobody and keeps clear of them.
    wall = AgendaWall(
        SLOTS,
        SPACES,
        (*PROPOSALS, Proposal(9, "Stadtteilzeitung gründen", "Jonas Weber", expected=70)),
        {9: Cell(1, 1), 1: Cell(4, 1), 5: Cell(2, 3)},
    )
    suggestion = suggest_placement(wall)
    placed = dict(suggestion.placed)
    assert set(placed) == {2, 3, 4, 6, 7, 8}
    assert placed[2].slot_id != 1  # Jonas Weber is busy in the morning
    assert placed[8].slot_id == 1  # Ayşe is busy in the other two
    assert all(cell not in {Cell(1, 1), Cell(4, 1), Cell(2, 3)} for cell in placed.values())
    after = accepted(wall)
    assert all(after.placement[pid] == wall.placement[pid] for pid in (1, 5, 9))


def test_merged_proposals_and_an_existing_conflict_are_left_alone() -> None:
    base = AgendaWall(SLOTS, SPACES, PROPOSALS, {7: Cell(2, 2), 2: Cell(2, 2)})
    wall = apply(base, merge(base, 3, 8).change)
    suggestion = suggest_placement(wall)
    assert 8 not in dict(suggestion.placed)
    assert Cell(2, 2) not in dict(suggestion.placed).values()
    after = apply(wall, suggestion.edit.change)
    assert [c.kind.value for c in conflicts(after)] == ["double_booked"]


def test_a_blocked_room_is_freed_by_moving_another_session() -> None:
    # One slot, two rooms. The bigger group would take the Flipchart room (it fits best),
    # but the smaller one cannot do without the Flipchart: the bigger one moves over.
    wall = AgendaWall(
        (Slot(1, T(14, 0), 90),),
        (Space(1, "Werkstattraum", 20, frozenset({"Flipchart"})), Space(2, "Bibliothek", 25)),
        (
            Proposal(1, "Klimaneutrale Verwaltung bis 2035", "Henrik Sørensen", expected=20),
            Proposal(
                2,
                "Ehrenamt sichtbar machen",
                "Chiara Esposito",
                expected=10,
                needs=frozenset({"Flipchart"}),
            ),
        ),
    )
    assert dict(suggest_placement(wall).placed) == {1: Cell(1, 2), 2: Cell(1, 1)}


def test_one_conveners_sessions_go_to_different_slots_even_when_rooms_are_scarce() -> None:
    # Two slots; Kwame convenes two sessions that need the only Beamer room and a small
    # one; Priya's session needs the Beamer room too. Kwame's two Beamer sessions would
    # fill both slots of the Ratssaal and keep him from his third: the best is one of
    # them, Priya's, and his small one next to hers.
    wall = AgendaWall(
        (Slot(1, T(9, 0), 60), Slot(2, T(10, 15), 60, order=1)),
        (Space(1, "Ratssaal", 60, frozenset({"Beamer"})), Space(2, "Kaminzimmer", 15)),
        (
            Proposal(1, "Digitale Bürgerdienste", "Kwame Mensah", needs=frozenset({"Beamer"})),
            Proposal(2, "Open Data im Rathaus", "Kwame Mensah", needs=frozenset({"Beamer"})),
            Proposal(3, "Stadtbücherei 24/7", "Priya Raghunathan", needs=frozenset({"Beamer"})),
            Proposal(4, "Seniorennetzwerk", "Kwame Mensah", expected=8),
        ),
    )
    suggestion = suggest_placement(wall)
    assert suggestion.unplaced == (2,)
    assert suggestion.fits_nowhere == ()
    placed = dict(suggestion.placed)
    assert placed[3].slot_id == placed[4].slot_id != placed[1].slot_id
    accepted(wall)


def test_a_placed_session_that_keeps_two_out_is_traded_for_them() -> None:
    # One slot. Ana's session for 15 needs the Pinnwand room and would take it first;
    # then Ben's session (Pinnwand too) has no room, and Ana's second one, her
    # Nachbarschaftsfest, cannot share the slot with her. Two placed beat one.
    wall = AgendaWall(
        (Slot(1, T(16, 0), 45),),
        (
            Space(1, "Aula", 20),
            Space(2, "Klassenzimmer", 20),
            Space(3, "Lehrerzimmer", 20, frozenset({"Pinnwand", "Beamer"})),
        ),
        (
            Proposal(1, "Ganztagsschule gestalten", "Ben Okafor", needs=frozenset({"Pinnwand"})),
            Proposal(
                2,
                "Schulhof als Stadtteilpark",
                "Ana Ribeiro / Leyla Əliyeva",
                expected=15,
                needs=frozenset({"pinnwand"}),
            ),
            Proposal(3, "Nachbarschaftsfest im Juni", "Leyla Aliyeva", expected=4),
        ),
    )
    suggestion = suggest_placement(wall)
    assert suggestion.unplaced == (2,)
    assert dict(suggestion.placed) == {1: Cell(1, 3), 3: Cell(1, 1)}


def _best_possible(wall: AgendaWall) -> int:
    """How many of the unplaced proposals a conflict-free placement can hold at most,
    by trying every choice (for walls of a handful of cells)."""
    waiting = [wall.proposal(pid) for pid in wall.unplaced]
    best = 0

    def search(index: int, used: frozenset[Cell], busy: frozenset[tuple[int, str]], n: int):
        nonlocal best
        if n + len(waiting) - index <= best:
            return
        if index == len(waiting):
            best = n
            return
        proposal = waiting[index]
        names = {convener_key(name) for name in conveners(proposal.convener)}
        for cell in wall.free_cells:
            space = wall.space(cell.space_id)
            if (
                cell not in used
                and not too_many(proposal, space)
                and not missing_needs(proposal, space)
                and not any((cell.slot_id, name) in busy for name in names)
            ):
                taken = frozenset((cell.slot_id, name) for name in names)
                search(index + 1, used | {cell}, busy | taken, n + 1)
        search(index + 1, used, busy, n)

    search(0, frozenset(), frozenset(), 0)
    return best


def test_small_walls_with_shared_conveners_are_placed_as_fully_as_possible() -> None:
    rng = random.Random(8)
    names = ("", "Ayşe Yılmaz", "Jonas Weber", "Aino Virtanen", "Ayşe Yılmaz / Jonas Weber")
    for _ in range(100):
        slots = build_slots(T(9, 0), rng.randint(1, 3), 60, 15)
        spaces = tuple(
            Space(
                i + 1,
                f"Raum {i + 1}",
                rng.choice((6, 12, 25, None)),
                frozenset(rng.sample(("Beamer", "Flipchart"), rng.randint(0, 2))),
            )
            for i in range(rng.randint(1, 3))
        )
        proposals = tuple(
            Proposal(
                i + 1,
                TOPICS[i],
                rng.choice(names),
                expected=rng.choice((None, 5, 10, 20)),
                needs=frozenset(rng.sample(("beamer", "flip-chart"), rng.randint(0, 1))),
            )
            for i in range(rng.randint(1, 6))
        )
        wall = AgendaWall(slots, spaces, proposals)
        suggestion = suggest_placement(wall)
        assert len(suggestion.placed) == _best_possible(wall)
        assert conflicts(apply(wall, suggestion.edit.change)) == ()


def test_fitting_cells_for_a_dragged_proposal() -> None:
    wall = AgendaWall(SLOTS, SPACES, PROPOSALS, {1: Cell(1, 1)})
    # Repair-Café (10 people, Ayşe): not in the morning, where Ayşe convenes already.
    assert fitting_cells(wall, 5) == (
        Cell(2, 3),
        Cell(2, 2),
        Cell(2, 1),
        Cell(2, 4),
        Cell(4, 3),
        Cell(4, 2),
        Cell(4, 1),
        Cell(4, 4),
    )
    # A placed proposal may move anywhere its own cell aside: the Beamer rooms.
    assert fitting_cells(wall, 1) == (Cell(1, 1), Cell(2, 1), Cell(4, 1))
    merged = apply(wall, merge(wall, 2, 7).change)
    assert fitting_cells(merged, 7) == ()


def test_the_suggestion_is_deterministic() -> None:
    wall = AgendaWall(SLOTS, SPACES, PROPOSALS)
    shuffled = AgendaWall(SLOTS[::-1], SPACES[::-1], PROPOSALS[::-1])
    assert suggest_placement(wall) == suggest_placement(wall) == suggest_placement(shuffled)


# --- a full day: 10 slots × 15 spaces, 150 proposals ---------------------------------------

TOPICS = (
    "Leerstand in der Innenstadt beleben",
    "Sichere Schulwege ohne Elterntaxi",
    "Gemeinschaftsgärten auf Brachflächen",
    "Barrierefreie Bushaltestellen",
    "Repair-Café im Quartierszentrum",
    "Mehr Schatten auf dem Marktplatz",
    "Jugendbeteiligung ernst nehmen",
    "Mehrsprachige Nachbarschaftshilfe",
    "Lastenräder zum Ausleihen",
    "Hitzeschutz für Seniorinnen und Senioren",
    "Bezahlbarer Wohnraum für Auszubildende",
    "Kulturelle Zwischennutzung leerer Läden",
    "Wochenmarkt am Abend",
    "Trinkbrunnen in der Fußgängerzone",
    "Straßenbeleuchtung und Sicherheitsgefühl",
)
DISTRICTS = (
    "in der Südstadt",
    "im Bahnhofsviertel",
    "in der Altstadt",
    "am Hafen",
    "in Oberdorf",
    "im Neubaugebiet Lerchenfeld",
    "rund um den Domplatz",
    "in der Weststadt",
    "an der Universität",
    "im Gewerbegebiet Nord",
)
CONVENERS = (
    "Ayşe Yılmaz",
    "Jonas Weber",
    "Małgorzata Kowalczyk",
    "Oluwaseun Adeyemi",
    "Nguyễn Thị Mai",
    "Dimitrios Papadopoulos",
    "Søren Østergaard",
    "Fatima Al-Hassan",
    "Željko Marković",
    "Aino Virtanen",
    "Chiara Esposito",
    "Hiroshi Tanaka",
    "Priya Raghunathan",
    "Esperanza Gutiérrez",
    "Ólafur Ragnarsson",
    "Tomasz Wiśniewski",
    "Leyla Əliyeva",
    "Kwame Mensah",
    "Björn Sæther",
    "Grzegorz Brzęczyszczykiewicz",
)
EQUIPMENT = ("Beamer", "barrierefrei", "Flipchart", "Moderationskoffer", "Pinnwand")


def full_day(seed: int) -> AgendaWall:
    """A wall with a conflict-free placement of every proposal, built backwards: each
    proposal is made for one of the 150 cells (it fits the room; its convener is free in
    that slot), then the placement is thrown away. Tight: there is no cell to spare."""
    rng = random.Random(seed)
    slots = build_slots(T(9, 0), 10, 45, 10)
    spaces = tuple(
        Space(
            i + 1,
            f"Raum {i + 1}",
            None if i == 14 else rng.choice((8, 12, 15, 20, 30, 60)),
            frozenset(rng.sample(EQUIPMENT, rng.randint(0, 3))),
            order=i,
        )
        for i in range(15)
    )
    cells = [Cell(slot.id, space.id) for slot in slots for space in spaces]
    rng.shuffle(cells)
    proposals = []
    busy: set[tuple[int, str]] = set()
    for i, cell in enumerate(cells):
        space = spaces[cell.space_id - 1]
        free = [name for name in CONVENERS if (cell.slot_id, name) not in busy]
        convener = rng.choice(free) if rng.random() < 0.85 else ""
        busy.add((cell.slot_id, convener))
        limit = space.capacity or 80
        proposals.append(
            Proposal(
                i + 1,
                f"{TOPICS[i % 15]} {DISTRICTS[i // 15]}",
                convener,
                expected=rng.randint(max(1, limit // 2), limit) if rng.random() < 0.8 else None,
                needs=frozenset(
                    rng.sample(sorted(space.equipment), rng.randint(0, len(space.equipment)))
                ),
            )
        )
    return AgendaWall(slots, spaces, tuple(proposals))


def test_a_full_day_is_placed_completely_when_a_conflict_free_placement_exists() -> None:
    for seed in (2026, 7):
        wall = full_day(seed)
        assert len(wall.proposals) == len(wall.free_cells) == 150
        suggestion = suggest_placement(wall)
        assert suggestion.unplaced == ()
        after = apply(wall, suggestion.edit.change)
        assert len(after.placement) == 150
        assert conflicts(after) == ()
