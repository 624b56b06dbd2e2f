"""library.agenda: the Open Space agenda wall as stored: made from the phase's settings,
changed by core.agenda's edits, undone by their inverses, refused before anything is
written when a change does not fit."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select

from werkstatt.core import agenda
from werkstatt.core.agenda import AgendaWall, Cell, Edit, Proposal, Slot, Space, WallChange
from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.agenda import live_walls
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library
from werkstatt.store.models import AgendaSlotRow, AgendaSpaceRow, ProposalRow

PROPOSALS = [
    ("Sichere Radwege zur Gesamtschule", "Ayşe Yılmaz", 12, {"Beamer"}),
    ("Gemeinschaftsgarten auf dem Brachgelände", "Jonas Weber", 20, set()),
    ("Nachbarschaftshilfe für Ältere", "Przemysław Wójcik", 8, {"barrierefrei"}),
    ("Treffpunkt für Jugendliche nach 18 Uhr", "Nguyễn Thị Hương & Lena Schäfer", 15, set()),
    ("Bürgerbus am Wochenende", "Ayşe Yılmaz", None, {"Flipchart", "Beamer"}),
    ("Verkehrsberuhigung in der Goethestraße", "Jürgen Müller-Lüdenscheidt", 30, set()),
]


def _draft(start: dt.time | None) -> WorkshopDraft:
    return WorkshopDraft(
        title="Open Space „Unser Quartier 2030“",
        method="open_space",
        date=dt.date(2025, 6, 14),
        start_time=start,
        place="Stadtteilzentrum Süd, Großer Saal und Foyer",
        language="de",
    )


def _phases() -> list[PhaseDraft]:
    return [
        PhaseDraft(PhaseKind.BRIEFING, "Eröffnungskreis", planned_minutes=30),
        PhaseDraft(
            PhaseKind.AGENDA_WALL,
            "Marktplatz der Anliegen",
            planned_minutes=45,
            settings={
                "slots": 3,
                "slot_minutes": 75,
                "slot_gap_minutes": 15,
                "spaces": 4,
                "space_names": "Großer Saal, Foyer, Gruppenraum Süd",
            },
        ),
        PhaseDraft(PhaseKind.CARDS, "Themenspeicher"),
    ]


@pytest.fixture
def workshop(library: Library) -> Workshop:
    return library.create_workshop(_draft(dt.time(9, 30)), _phases())


@pytest.fixture
def phase_id(library: Library, workshop: Workshop) -> int:
    return library.list_phases(workshop.id)[1].id


def _rows(library: Library) -> tuple[int, int, int]:
    with library._transaction(write=False) as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (AgendaSlotRow, AgendaSpaceRow, ProposalRow)
        )


def _add_proposals(library: Library, phase_id: int, wall: AgendaWall) -> AgendaWall:
    first = library.agenda.new_proposal_id()
    added = tuple(
        Proposal(
            first + n,
            title,
            convener=convener,
            description=f"Wir sammeln Ideen und Verbündete: {title}.",
            expected=expected,
            needs=frozenset(needs),
            order=n,
        )
        for n, (title, convener, expected, needs) in enumerate(PROPOSALS)
    )
    return library.agenda.apply(phase_id, WallChange(added_proposals=added))


@pytest.fixture
def wall(library: Library, phase_id: int) -> AgendaWall:
    """The wall from the settings, the six proposals, four of them placed."""
    wall = _add_proposals(library, phase_id, library.agenda.ensure_wall(phase_id))
    p, s, r = wall.proposals, wall.slots, wall.spaces
    cells = [(p[0].id, Cell(s[0].id, r[0].id)), (p[1].id, Cell(s[0].id, r[1].id))]
    cells += [(p[2].id, Cell(s[1].id, r[0].id)), (p[3].id, Cell(s[2].id, r[3].id))]
    return library.agenda.apply(phase_id, agenda.place_all(wall, cells).change)


# the wall from the settings ---------------------------------------------------------
def test_reading_a_wall_never_opened_is_empty_and_writes_nothing(
    library: Library, phase_id: int
) -> None:
    assert library.agenda.wall(phase_id) == AgendaWall()
    assert _rows(library) == (0, 0, 0)


def test_ensure_wall_makes_slots_from_the_run_sheet_and_named_spaces(
    library: Library, phase_id: int
) -> None:
    wall = library.agenda.ensure_wall(phase_id)
    # 9:30 plus the 30 minutes of the opening circle; 75-minute slots 15 minutes apart.
    assert [(slot.start, slot.minutes) for slot in wall.slots] == [
        (dt.time(10, 0), 75),
        (dt.time(11, 30), 75),
        (dt.time(13, 0), 75),
    ]
    assert [slot.order for slot in wall.slots] == [0, 1, 2]
    assert not any(slot.is_break or slot.label for slot in wall.slots)
    # The unnamed fourth space is stored as its number; the GUI says "Raum 4".
    assert [space.name for space in wall.spaces] == ["Großer Saal", "Foyer", "Gruppenraum Süd", "4"]
    assert wall.proposals == ()
    assert library.agenda.wall(phase_id) == wall


def test_ensure_wall_makes_the_wall_once(library: Library, phase_id: int) -> None:
    first = library.agenda.ensure_wall(phase_id)
    assert library.agenda.ensure_wall(phase_id) == first
    assert _rows(library) == (3, 4, 0)


def test_a_wall_the_moderator_emptied_stays_empty(library: Library, phase_id: int) -> None:
    wall = library.agenda.ensure_wall(phase_id)
    change = WallChange(
        removed_slots=tuple(s.id for s in wall.slots),
        removed_spaces=tuple(s.id for s in wall.spaces),
    )
    library.agenda.apply(phase_id, change)
    assert library.agenda.ensure_wall(phase_id) == AgendaWall()
    assert _rows(library) == (3, 4, 0)


def test_without_a_start_time_the_workshop_is_planned_from_ten(library: Library) -> None:
    workshop = library.create_workshop(_draft(None), _phases())
    wall = library.agenda.ensure_wall(library.list_phases(workshop.id)[1].id)
    assert [slot.start for slot in wall.slots] == [
        dt.time(10, 30),
        dt.time(12, 0),
        dt.time(13, 30),
    ]


def test_slots_that_would_run_past_midnight_are_left_out(library: Library) -> None:
    workshop = library.create_workshop(_draft(dt.time(20, 0)), _phases())
    wall = library.agenda.ensure_wall(library.list_phases(workshop.id)[1].id)
    # From 20:30: 20:30–21:45 and 22:00–23:15 fit, 23:30–0:45 would not.
    assert [slot.start for slot in wall.slots] == [dt.time(20, 30), dt.time(22, 0)]


def test_the_wall_of_another_kind_of_phase_is_refused(library: Library, workshop: Workshop) -> None:
    cards = library.list_phases(workshop.id)[2].id
    with pytest.raises(InvalidValueError):
        library.agenda.wall(cards)
    with pytest.raises(InvalidValueError):
        library.agenda.ensure_wall(cards)
    with pytest.raises(NotFoundError):
        library.agenda.wall(cards + 1000)


# every edit, and its inverse ----------------------------------------------------------
def _slot(library: Library, wall: AgendaWall) -> Slot:
    return Slot(library.agenda.new_slot_id(), dt.time(15, 0), 30, label="Kaffeepause", order=9)


EDITS: dict[str, Callable[[Library, AgendaWall], Edit]] = {
    "add slot": lambda lib, w: agenda.add_slot(w, _slot(lib, w)),
    "add break": lambda lib, w: agenda.add_slot(
        w, dataclasses.replace(_slot(lib, w), is_break=True)
    ),
    "update slot": lambda lib, w: agenda.update_slot(
        w, w.slots[1].id, start=dt.time(11, 45), minutes=60, label="nach dem Mittag"
    ),
    "slot becomes a break": lambda lib, w: agenda.update_slot(
        w, w.slots[0].id, is_break=True, label="Mittagspause"
    ),
    "remove slot": lambda lib, w: agenda.remove_slot(w, w.slots[0].id),
    "reorder slot": lambda lib, w: agenda.reorder_slot(w, w.slots[2].id, 0),
    "add space": lambda lib, w: agenda.add_space(
        w,
        Space(
            lib.agenda.new_space_id(),
            "Wiese hinter dem Haus",
            capacity=40,
            equipment=frozenset({"Sitzkissen", "Flip-Chart"}),
            order=7,
        ),
    ),
    "update space": lambda lib, w: agenda.update_space(
        w, w.spaces[1].id, name="Foyer (Ecke am Fenster)", capacity=12, equipment={"Beamer"}
    ),
    "remove space": lambda lib, w: agenda.remove_space(w, w.spaces[0].id),
    "reorder space": lambda lib, w: agenda.reorder_space(w, w.spaces[0].id, 3),
    "add proposal": lambda lib, w: agenda.add_proposal(
        w,
        Proposal(
            lib.agenda.new_proposal_id(),
            "Mehr Bänke und Trinkbrunnen am Marktplatz",
            convener="Małgorzata Kowalczyk",
            expected=6,
            needs=frozenset({"barrierefrei"}),
            order=10,
        ),
    ),
    "update proposal": lambda lib, w: agenda.update_proposal(
        w,
        w.proposals[0].id,
        title="Sichere Schulwege für Radfahrende",
        convener="Ayşe Yılmaz / Tobias Groß",
        expected=25,
        needs=frozenset({"Stadtplan", "Beamer"}),
    ),
    "remove placed proposal": lambda lib, w: agenda.remove_proposal(w, w.proposals[0].id),
    "remove unplaced proposal": lambda lib, w: agenda.remove_proposal(w, w.proposals[5].id),
    "place": lambda lib, w: agenda.place(w, w.proposals[4].id, w.slots[1].id, w.spaces[2].id),
    "place on an occupied cell": lambda lib, w: agenda.place(
        w, w.proposals[4].id, w.slots[0].id, w.spaces[0].id
    ),
    "move": lambda lib, w: agenda.move(w, w.proposals[0].id, w.slots[2].id, w.spaces[1].id),
    "place all": lambda lib, w: agenda.place_all(
        w,
        [
            (w.proposals[4].id, Cell(w.slots[1].id, w.spaces[1].id)),
            (w.proposals[5].id, Cell(w.slots[1].id, w.spaces[2].id)),
        ],
    ),
    "unplace": lambda lib, w: agenda.unplace(w, w.proposals[1].id),
    "swap placed": lambda lib, w: agenda.swap(w, w.proposals[0].id, w.proposals[3].id),
    "swap with unplaced": lambda lib, w: agenda.swap(w, w.proposals[2].id, w.proposals[5].id),
    "merge": lambda lib, w: agenda.merge(w, w.proposals[0].id, w.proposals[4].id),
    "merge into an unplaced one": lambda lib, w: agenda.merge(
        w, w.proposals[5].id, w.proposals[1].id, title="Grün & mobil im Quartier"
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_each_edit_is_stored_and_its_inverse_restores_the_wall(
    library: Library, phase_id: int, wall: AgendaWall, name: str
) -> None:
    edit = EDITS[name](library, wall)
    assert not edit.is_empty
    expected = agenda.apply(wall, edit.change)

    after = library.agenda.apply(phase_id, edit.change)

    assert after == expected
    assert library.agenda.wall(phase_id) == expected
    assert library.agenda.apply(phase_id, edit.inverse) == wall
    assert library.agenda.wall(phase_id) == wall
    # redo after undo: the same ids come back
    library.agenda.apply(phase_id, edit.change)
    assert library.agenda.wall(phase_id) == expected


def test_a_merge_hides_the_merged_proposal_and_undo_splits_them_again(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    keep, merged = wall.proposals[2], wall.proposals[4]  # placed, unplaced
    edit = agenda.merge(wall, keep.id, merged.id)
    after = library.agenda.apply(phase_id, edit.change)

    stored = library.agenda.wall(phase_id)
    assert stored == after
    session = stored.proposal(keep.id)
    assert session.title == "Nachbarschaftshilfe für Ältere / Bürgerbus am Wochenende"
    assert session.convener == "Przemysław Wójcik / Ayşe Yılmaz"
    assert session.needs == frozenset({"barrierefrei", "Flipchart", "Beamer"})
    assert session.expected == 8
    assert stored.proposal(merged.id).merged_into == keep.id
    assert merged.id not in {p.id for p in stored.visible}
    assert stored.cell_of(keep.id) == wall.cell_of(keep.id)

    library.agenda.apply(phase_id, edit.inverse)
    assert library.agenda.wall(phase_id) == wall


def test_removing_a_proposal_takes_those_merged_into_it_and_undo_brings_all_back(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    keep, merged = wall.proposals[0], wall.proposals[5]
    merged_wall = library.agenda.apply(phase_id, agenda.merge(wall, keep.id, merged.id).change)
    removal = agenda.remove_proposal(merged_wall, keep.id)

    after = library.agenda.apply(phase_id, removal.change)

    assert {keep.id, merged.id}.isdisjoint(p.id for p in after.proposals)
    library.agenda.apply(phase_id, removal.inverse)
    assert library.agenda.wall(phase_id) == merged_wall
    assert library.agenda.wall(phase_id).proposal(merged.id).merged_into == keep.id


def test_removing_a_slot_sends_its_sessions_back_and_undo_puts_them_there_again(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    first_slot = wall.slots[0]
    in_it = [pid for pid, cell in wall.placement.items() if cell.slot_id == first_slot.id]
    assert len(in_it) == 2
    edit = agenda.remove_slot(wall, first_slot.id)

    after = library.agenda.apply(phase_id, edit.change)

    assert first_slot.id not in {slot.id for slot in after.slots}
    assert set(in_it) <= set(after.unplaced)
    with library._transaction(write=False) as session:
        row = session.get(AgendaSlotRow, first_slot.id)
        assert row is not None and row.deleted_at is not None  # soft-deleted, id kept
    library.agenda.apply(phase_id, edit.inverse)
    restored = library.agenda.wall(phase_id)
    assert restored == wall
    assert all(restored.cell_of(pid) == wall.cell_of(pid) for pid in in_it)


def test_removing_a_space_sends_its_sessions_back_and_undo_puts_them_there_again(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    saal = wall.spaces[0]
    in_it = [pid for pid, cell in wall.placement.items() if cell.space_id == saal.id]
    edit = agenda.remove_space(wall, saal.id)

    after = library.agenda.apply(phase_id, edit.change)

    assert [space.name for space in after.spaces] == ["Foyer", "Gruppenraum Süd", "4"]
    assert set(in_it) <= set(after.unplaced)
    library.agenda.apply(phase_id, edit.inverse)
    assert library.agenda.wall(phase_id) == wall


def test_tags_typed_with_a_separator_are_stored_as_the_tags_they_split_into(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    edit = agenda.update_space(
        wall, wall.spaces[2].id, equipment=frozenset({"Flipchart/Stifte", " Beamer "})
    )
    after = library.agenda.apply(phase_id, edit.change)
    assert after.space(wall.spaces[2].id).equipment == {"Beamer", "Flipchart", "Stifte"}
    assert library.agenda.wall(phase_id) == after


# refused changes ----------------------------------------------------------------------
def _refused(wall: AgendaWall, library: Library) -> dict[str, tuple[WallChange, type[Exception]]]:
    new = Proposal(library.agenda.new_proposal_id(), "Neues Anliegen aus dem Plenum")
    lunch = Slot(library.agenda.new_slot_id(), dt.time(12, 30), 45, is_break=True)
    slot, space = wall.slots[0].id, wall.spaces[0].id
    return {
        "unknown proposal placed": (
            WallChange(added_proposals=(new,), placed=((999_999, Cell(slot, space)),)),
            NotFoundError,
        ),
        "unknown slot": (WallChange(placed=((new.id, Cell(999_999, space)),)), NotFoundError),
        "unknown space removed": (WallChange(removed_spaces=(999_999,)), NotFoundError),
        "session into a break": (
            WallChange(
                added_slots=(lunch,), placed=((wall.proposals[5].id, Cell(lunch.id, space)),)
            ),
            InvalidValueError,
        ),
        "slot removed with its sessions": (WallChange(removed_slots=(slot,)), InvalidValueError),
        "id of a live proposal": (
            WallChange(added_proposals=(dataclasses.replace(new, id=wall.proposals[0].id),)),
            InvalidValueError,
        ),
        "title too long": (
            WallChange(added_proposals=(dataclasses.replace(new, title="Ä" * 301),)),
            TooLongError,
        ),
        "description too long": (
            WallChange(added_proposals=(dataclasses.replace(new, description="ß" * 20_001),)),
            TooLongError,
        ),
        "slot of zone-aware time": (
            WallChange(added_slots=(dataclasses.replace(lunch, start=dt.time(12, tzinfo=dt.UTC)),)),
            InvalidValueError,
        ),
        "slot longer than a day": (
            WallChange(added_slots=(dataclasses.replace(lunch, minutes=24 * 60 + 1),)),
            InvalidValueError,
        ),
        "merged into a proposal not on the wall": (
            WallChange(added_proposals=(dataclasses.replace(new, merged_into=999_999),)),
            NotFoundError,
        ),
    }


@pytest.mark.parametrize(
    "name",
    [
        "unknown proposal placed",
        "unknown slot",
        "unknown space removed",
        "session into a break",
        "slot removed with its sessions",
        "id of a live proposal",
        "title too long",
        "description too long",
        "slot of zone-aware time",
        "slot longer than a day",
        "merged into a proposal not on the wall",
    ],
)
def test_a_change_that_does_not_fit_is_refused_and_nothing_is_written(
    library: Library, phase_id: int, wall: AgendaWall, name: str
) -> None:
    change, error = _refused(wall, library)[name]
    rows = _rows(library)
    with pytest.raises(error):
        library.agenda.apply(phase_id, change)
    assert library.agenda.wall(phase_id) == wall
    assert _rows(library) == rows


def test_an_id_of_another_walls_row_is_refused(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    other = library.create_workshop(_draft(dt.time(9, 0)), _phases())
    other_phase = library.list_phases(other.id)[1].id
    other_wall = library.agenda.ensure_wall(other_phase)
    removed = agenda.remove_space(other_wall, other_wall.spaces[0].id)
    library.agenda.apply(other_phase, removed.change)
    # the removed space of the other wall keeps its id for its own undo
    with pytest.raises(InvalidValueError):
        library.agenda.apply(phase_id, removed.inverse)
    assert library.agenda.wall(phase_id) == wall
    library.agenda.apply(other_phase, removed.inverse)
    assert library.agenda.wall(other_phase) == other_wall


def test_new_ids_are_not_used_by_any_row_removed_ones_included(
    library: Library, phase_id: int, wall: AgendaWall
) -> None:
    last = wall.proposals[-1]
    library.agenda.apply(phase_id, agenda.remove_proposal(wall, last.id).change)
    assert library.agenda.new_proposal_id() == last.id + 1
    library.agenda.apply(phase_id, agenda.remove_slot(wall, wall.slots[-1].id).change)
    assert library.agenda.new_slot_id() == max(s.id for s in wall.slots) + 1
    assert library.agenda.new_space_id() == max(s.id for s in wall.spaces) + 1


# limits -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("what", "maximum", "make"),
    [
        ("slots", limits.SLOTS_PER_PHASE_MAX, lambda i: Slot(i, dt.time(8, 0), 15, order=i)),
        ("spaces", limits.SPACES_PER_PHASE_MAX, lambda i: Space(i, f"Ecke {i}", order=i)),
        (
            "proposals",
            limits.PROPOSALS_PER_PHASE_MAX,
            lambda i: Proposal(i, f"Anliegen Nr. {i}: Mehr Grün für die Nordstadt", order=i),
        ),
    ],
)
def test_a_wall_holds_at_most_its_limit_of_slots_spaces_and_proposals(
    library: Library,
    phase_id: int,
    what: str,
    maximum: int,
    make: Callable[[int], Slot | Space | Proposal],
) -> None:
    first = {
        "slots": library.agenda.new_slot_id,
        "spaces": library.agenda.new_space_id,
        "proposals": library.agenda.new_proposal_id,
    }[what]()
    items = tuple(make(first + n) for n in range(maximum))
    full = library.agenda.apply(phase_id, WallChange(**{f"added_{what}": items}))
    assert len(getattr(full, what)) == maximum
    with pytest.raises(InvalidValueError) as raised:
        library.agenda.apply(phase_id, WallChange(**{f"added_{what}": (make(first + maximum),)}))
    assert (raised.value.field, raised.value.value, raised.value.limit) == (
        what,
        maximum + 1,
        maximum,
    )
    assert library.agenda.wall(phase_id) == full


# reading fast, reading for the snapshot -----------------------------------------------
@contextmanager
def _statements(library: Library) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    engine = library._engine
    assert engine is not None
    event.listen(engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _big_wall(library: Library, phase_id: int) -> AgendaWall:
    slot_id, space_id = library.agenda.new_slot_id(), library.agenda.new_space_id()
    proposal_id = library.agenda.new_proposal_id()
    slots = tuple(Slot(slot_id + n, dt.time(8 + n, 0), 50, order=n) for n in range(10))
    spaces = tuple(Space(space_id + n, f"Raum {n + 1}", capacity=20, order=n) for n in range(15))
    proposals = tuple(
        Proposal(
            proposal_id + n,
            f"Anliegen {n}: Begegnungsräume für Jung und Alt",
            convener=f"Person {n % 40}",
            needs=frozenset({"Beamer"} if n % 3 else ()),
            order=n,
        )
        for n in range(150)
    )
    placed = tuple(
        (p.id, Cell(slots[n // 15].id, spaces[n % 15].id)) for n, p in enumerate(proposals)
    )
    change = WallChange(
        added_slots=slots, added_spaces=spaces, added_proposals=proposals, placed=placed
    )
    return library.agenda.apply(phase_id, change)


def test_loading_a_wall_takes_the_same_few_queries_however_big_it_is(
    library: Library, workshop: Workshop, phase_id: int
) -> None:
    small = library.agenda.ensure_wall(phase_id)
    with _statements(library) as seen:
        assert library.agenda.wall(phase_id) == small
    few = len(seen)

    other = library.create_workshop(_draft(dt.time(9, 0)), _phases())
    big_phase = library.list_phases(other.id)[1].id
    big = _big_wall(library, big_phase)
    assert len(big.placement) == 150 and len(big.free_cells) == 0
    with _statements(library) as seen:
        assert library.agenda.wall(big_phase) == big

    assert len(seen) == few
    # the phase and its workshop, then one query per table of the wall
    assert few <= 5


def test_live_walls_reads_the_agenda_wall_phases_only(
    library: Library, workshop: Workshop, phase_id: int, wall: AgendaWall
) -> None:
    ids = [phase.id for phase in library.list_phases(workshop.id)]
    with library._transaction(write=False) as session:
        assert live_walls(session, ids) == {phase_id: wall}
        assert live_walls(session, []) == {}
    library.remove_phase(phase_id)
    with library._transaction(write=False) as session:
        assert live_walls(session, ids) == {}


def test_the_snapshot_holds_the_agenda_wall(
    library: Library, workshop: Workshop, phase_id: int, wall: AgendaWall
) -> None:
    snapshot = library.snapshot(workshop.id)
    assert [phase.agenda for phase in snapshot.phases] == [None, wall, None]
