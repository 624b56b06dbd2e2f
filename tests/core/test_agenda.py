"""The agenda wall's rules: records, each edit and its inverse, conflicts as they arise
and disappear, tag and convener matching, slot times."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest

from werkstatt.core.agenda import (
    AgendaError,
    AgendaWall,
    BlankTextError,
    BreakSlotError,
    Cell,
    ConflictKind,
    ConvenerTwice,
    DoubleBooked,
    DuplicateIdError,
    Edit,
    InvalidNumberError,
    MergeCycleError,
    MergedProposalError,
    MergeIntoItselfError,
    MissingEquipment,
    OverCapacity,
    PastMidnightError,
    Proposal,
    Slot,
    SlotNotEmptyError,
    Space,
    UnknownProposalError,
    UnknownSlotError,
    UnknownSpaceError,
    WallChange,
    add_proposal,
    add_slot,
    add_space,
    apply,
    build_slots,
    conflict_index,
    conflicts,
    conflicts_at,
    conflicts_of,
    convener_key,
    conveners,
    current_slot,
    merge,
    move,
    next_id,
    next_slot,
    parse_tags,
    place,
    place_all,
    remove_proposal,
    remove_slot,
    remove_space,
    reorder_slot,
    reorder_space,
    slot_end,
    slots_from_settings,
    swap,
    tag_key,
    unplace,
    update_proposal,
    update_slot,
    update_space,
)
from werkstatt.methods.kinds import validate_settings

T = datetime.time

# An Open Space 'Unsere Innenstadt 2035': three session slots around a lunch break.
MORNING = Slot(1, T(10, 0), 60, order=0)
LATE_MORNING = Slot(2, T(11, 15), 60, order=1)
LUNCH = Slot(3, T(12, 15), 60, "Mittagspause", is_break=True, order=2)
AFTERNOON = Slot(4, T(13, 30), 75, order=3)

SAAL = Space(1, "Großer Saal", 80, frozenset({"Beamer", "barrierefrei"}), order=0)
SEMINAR_1 = Space(2, "Seminarraum 1", 20, frozenset({"Beamer", "Flipchart"}), order=1)
SEMINAR_2 = Space(3, "Seminarraum 2", 15, frozenset({"Flipchart"}), order=2)
FOYER = Space(4, "Foyer", None, frozenset({"barrierefrei"}), order=3)

LEERSTAND = Proposal(
    1,
    "Leerstand in der Innenstadt beleben",
    "Ayşe Yılmaz",
    "Pop-up-Läden, Ateliers und Zwischennutzung für die leeren Schaufenster.",
    25,
    frozenset({"Beamer"}),
)
SCHULWEGE = Proposal(2, "Sichere Schulwege ohne Elterntaxi", "Jonas Weber", "", 12)
GAERTEN = Proposal(
    3,
    "Gemeinschaftsgärten auf Brachflächen",
    "Małgorzata Kowalczyk",
    "",
    8,
    frozenset({"Flipchart"}),
)
HALTESTELLEN = Proposal(
    4,
    "Barrierefreie Bushaltestellen für alle",
    "Oluwaseun Adeyemi",
    "",
    15,
    frozenset({"barrierefrei"}),
)
REPAIR = Proposal(5, "Repair-Café im Quartierszentrum", "Ayse Yilmaz", "", 10)
SCHATTEN = Proposal(
    6,
    "Mehr Schatten auf dem Marktplatz: Bäume statt Beton",
    "Nguyễn Thị Mai",
    "",
    30,
    frozenset({"Beamer"}),
)
JUGEND = Proposal(7, "Jugendbeteiligung ernst nehmen")
NACHBARSCHAFT = Proposal(8, "Mehrsprachige Nachbarschaftshilfe", "", "", 6)


def wall(**placement: tuple[int, int]) -> AgendaWall:
    """The wall with proposals placed by keyword: p1=(slot, space)."""
    return AgendaWall(
        (MORNING, LATE_MORNING, LUNCH, AFTERNOON),
        (SAAL, SEMINAR_1, SEMINAR_2, FOYER),
        (LEERSTAND, SCHULWEGE, GAERTEN, HALTESTELLEN, REPAIR, SCHATTEN, JUGEND, NACHBARSCHAFT),
        {int(key[1:]): Cell(*cell) for key, cell in placement.items()},
    )


def round_trip(before: AgendaWall, edit: Edit) -> AgendaWall:
    """Applies the edit, checks that its inverse restores the wall, returns the result."""
    after = apply(before, edit.change)
    assert apply(after, edit.inverse) == before
    return after


# --- text ------------------------------------------------------------------------------


def test_tags_match_whatever_the_spelling() -> None:
    assert tag_key("Flip-Chart") == tag_key("flipchart") == tag_key(" Flip Chart ")
    assert tag_key("Barrierefrei ") == tag_key("barrierefrei")
    assert tag_key("Übersetzungsanlage") == tag_key("uebersetzungsanlage")
    assert tag_key("Beamer") != tag_key("Leinwand")
    assert parse_tags("Beamer,  barrierefrei; beamer /Moderations-Koffer,,") == frozenset(
        {"Beamer", "barrierefrei", "Moderations-Koffer"}
    )
    space = Space(9, "  Kleiner   Saal ", None, frozenset({"beamer", "Beamer", " "}))
    assert space.name == "Kleiner Saal"
    assert space.equipment == frozenset({"Beamer"})  # one spelling, chosen by sort order
    typed = Proposal(9, "Kinderbetreuung während Sitzungen", needs="Beamer, Flipchart")  # type: ignore[arg-type]
    assert typed.needs == frozenset({"Beamer", "Flipchart"})


def test_conveners_are_split_on_slash_and_ampersand_but_not_on_comma() -> None:
    assert conveners("Ayşe Yılmaz / Jonas Weber") == ("Ayşe Yılmaz", "Jonas Weber")
    assert conveners("Anna Schmidt & Ben Okafor; anna  schmidt") == ("Anna Schmidt", "Ben Okafor")
    assert conveners("Weber, Jonas") == ("Weber, Jonas",)
    assert conveners("   ") == ()
    assert convener_key("Ayşe  Yılmaz") == convener_key("ayse yilmaz")
    assert convener_key("Jürgen Müller") == convener_key("Juergen Mueller")
    assert convener_key("Leyla Əliyeva") == convener_key("Leyla Aliyeva")
    assert convener_key("Jonas Weber") != convener_key("Jonas Webers")


# --- records ---------------------------------------------------------------------------


def test_the_wall_sorts_its_rows_and_columns_and_answers_lookups() -> None:
    w = AgendaWall(
        (AFTERNOON, MORNING, LUNCH, LATE_MORNING),
        (FOYER, SEMINAR_2, SAAL, SEMINAR_1),
        (SCHULWEGE, LEERSTAND),
        {2: (1, 2)},
    )
    assert [s.id for s in w.slots] == [1, 2, 3, 4]
    assert [s.id for s in w.spaces] == [1, 2, 3, 4]
    assert [p.id for p in w.proposals] == [1, 2]
    assert w.cell_of(2) == Cell(1, 2)
    assert w.cell_of(1) is None
    assert w.sessions_at(1, 2) == (2,)
    assert w.unplaced == (1,)
    assert Cell(1, 2) not in w.free_cells
    assert all(cell.slot_id != LUNCH.id for cell in w.free_cells)
    assert len(w.free_cells) == 3 * 4 - 1
    assert next_id(w.proposals) == 3
    with pytest.raises(UnknownSlotError):
        w.slot(99)
    with pytest.raises(UnknownSpaceError):
        w.sessions_at(1, 99)
    with pytest.raises(UnknownProposalError):
        w.cell_of(99)


def test_a_broken_wall_is_refused_with_the_facts() -> None:
    with pytest.raises(DuplicateIdError) as caught:
        AgendaWall((MORNING, Slot(1, T(9, 0), 45)))
    assert (caught.value.what, caught.value.item_id) == ("slot", 1)
    with pytest.raises(BreakSlotError) as lunch:
        AgendaWall((LUNCH,), (SAAL,), (JUGEND,), {7: (3, 1)})
    assert (lunch.value.slot_id, lunch.value.proposal_id) == (3, 7)
    with pytest.raises(UnknownSpaceError):
        AgendaWall((MORNING,), (SAAL,), (JUGEND,), {7: (1, 2)})
    hidden = Proposal(8, "Mehrsprachige Nachbarschaftshilfe", merged_into=7)
    with pytest.raises(MergedProposalError):
        AgendaWall((MORNING,), (SAAL,), (JUGEND, hidden), {8: (1, 1)})
    with pytest.raises(UnknownProposalError):
        AgendaWall(proposals=(hidden,))
    circle = (
        Proposal(1, "Radverkehr", merged_into=2),
        Proposal(2, "Fahrradstraßen", merged_into=1),
    )
    with pytest.raises(MergeCycleError):
        AgendaWall(proposals=circle)
    with pytest.raises(BlankTextError) as blank:
        Proposal(1, "  \t ")
    assert blank.value.field == "title"
    with pytest.raises(InvalidNumberError) as capacity:
        Space(1, "Besprechungsecke", 0)
    assert (capacity.value.field, capacity.value.value, capacity.value.minimum) == (
        "capacity",
        0,
        1,
    )
    with pytest.raises(InvalidNumberError):
        Proposal(1, "Stadtbibliothek als Dritter Ort", expected=0)
    with pytest.raises(MergeIntoItselfError):
        Proposal(1, "Stadtbibliothek als Dritter Ort", merged_into=1)


# --- edits and their inverses ------------------------------------------------------------

EDITS: dict[str, Callable[[AgendaWall], Edit]] = {
    "place from the list": lambda w: place(w, 2, 1, 3),
    "place into an occupied cell": lambda w: place(w, 2, 1, 1),
    "move": lambda w: move(w, 1, 4, 2),
    "unplace": lambda w: unplace(w, 1),
    "swap two placed": lambda w: swap(w, 1, 3),
    "swap placed and unplaced": lambda w: swap(w, 3, 6),
    "merge": lambda w: merge(w, 1, 6),
    "merge with a new title": lambda w: merge(w, 6, 3, "Stadtgrün und Aufenthaltsqualität"),
    "place several": lambda w: place_all(w, [(2, Cell(2, 3)), (6, Cell(4, 1))]),
    "add proposal": lambda w: add_proposal(w, Proposal(9, "Kulturhauptstadt-Bewerbung")),
    "update proposal": lambda w: update_proposal(w, 3, expected=40, needs=frozenset({"Beamer"})),
    "remove placed proposal": lambda w: remove_proposal(w, 1),
    "add slot": lambda w: add_slot(w, Slot(5, T(15, 0), 60, order=4)),
    "update slot": lambda w: update_slot(w, 4, start=T(14, 0), label="Nachmittag"),
    "slot becomes a break": lambda w: update_slot(w, 1, is_break=True, label="Kaffeepause"),
    "remove slot": lambda w: remove_slot(w, 1),
    "add space": lambda w: add_space(w, Space(5, "Innenhof", None)),
    "update space": lambda w: update_space(w, 3, capacity=8, equipment=frozenset()),
    "remove space": lambda w: remove_space(w, 1),
    "reorder slot": lambda w: reorder_slot(w, 4, 0),
    "reorder space": lambda w: reorder_space(w, 1, 3),
}


@pytest.mark.parametrize("make", EDITS.values(), ids=EDITS.keys())
def test_every_edit_changes_the_wall_and_its_inverse_restores_it(
    make: Callable[[AgendaWall], Edit],
) -> None:
    before = wall(p1=(1, 1), p3=(2, 3), p4=(4, 4))
    edit = make(before)
    assert not edit.is_empty
    assert round_trip(before, edit) != before


def test_placing_and_moving_put_a_proposal_into_its_cell() -> None:
    after = round_trip(wall(), place(wall(), 2, 1, 3))
    assert after.cell_of(2) == Cell(1, 3)
    moved = round_trip(after, move(after, 2, 4, 2))
    assert moved.cell_of(2) == Cell(4, 2)
    assert moved.sessions_at(1, 3) == ()
    assert place(moved, 2, 4, 2).is_empty  # dropped where it already hangs
    assert unplace(wall(), 2).is_empty


def test_a_break_takes_no_session_and_a_merged_proposal_cannot_be_placed() -> None:
    with pytest.raises(BreakSlotError):
        place(wall(), 7, LUNCH.id, SAAL.id)
    with pytest.raises(BreakSlotError):
        place_all(wall(), [(7, Cell(LUNCH.id, SAAL.id))])
    merged = apply(wall(), merge(wall(), 1, 5).change)
    with pytest.raises(MergedProposalError) as caught:
        place(merged, 5, 1, 1)
    assert (caught.value.proposal_id, caught.value.merged_into) == (5, 1)
    with pytest.raises(MergedProposalError):
        merge(merged, 2, 5)
    with pytest.raises(MergeIntoItselfError):
        merge(wall(), 2, 2)
    with pytest.raises(UnknownSlotError):
        place(wall(), 2, 99, 1)


def test_swap_exchanges_cells_or_hands_the_cell_to_the_unplaced_one() -> None:
    before = wall(p1=(1, 1), p3=(2, 3))
    both = round_trip(before, swap(before, 1, 3))
    assert (both.cell_of(1), both.cell_of(3)) == (Cell(2, 3), Cell(1, 1))
    one = round_trip(before, swap(before, 6, 1))
    assert (one.cell_of(6), one.cell_of(1)) == (Cell(1, 1), None)
    assert swap(before, 2, 6).is_empty  # both in the list
    assert swap(before, 1, 1).is_empty


def test_merge_joins_two_proposals_into_one_session_and_undo_splits_them() -> None:
    before = wall(p1=(1, 1), p6=(2, 1))
    edit = merge(before, 1, 6)
    after = round_trip(before, edit)
    session = after.proposal(1)
    assert session.title == (
        "Leerstand in der Innenstadt beleben / Mehr Schatten auf dem Marktplatz: Bäume statt Beton"
    )
    assert session.convener == "Ayşe Yılmaz / Nguyễn Thị Mai"
    assert session.expected == 55
    assert session.needs == frozenset({"Beamer"})
    assert session.description == LEERSTAND.description
    assert after.proposal(6).merged_into == 1
    assert after.cell_of(6) is None
    assert after.cell_of(1) == Cell(1, 1)
    assert after.merged_into(1) == (6,)
    assert 6 not in after.unplaced
    assert [p.id for p in after.visible] == [1, 2, 3, 4, 5, 7, 8]
    # The same person under two spellings is listed once; unknown numbers do not count.
    again = merge(wall(), 5, 1, "  Innenstadt   lebendig machen ").change.updated_proposals[0]
    assert again.title == "Innenstadt lebendig machen"
    assert again.convener == "Ayse Yilmaz"
    assert again.expected == 35
    assert merge(wall(), 7, 8).change.updated_proposals[0].expected == 6


def test_merging_into_an_unplaced_proposal_takes_over_the_cell() -> None:
    before = wall(p3=(2, 3))
    after = round_trip(before, merge(before, 7, 3))
    assert after.cell_of(7) == Cell(2, 3)
    assert after.cell_of(3) is None
    assert after.proposal(7).needs == frozenset({"Flipchart"})


def test_removing_a_proposal_takes_the_ones_merged_into_it_along() -> None:
    merged = apply(wall(p1=(1, 1)), merge(wall(p1=(1, 1)), 1, 5).change)
    after = round_trip(merged, remove_proposal(merged, 1))
    assert [p.id for p in after.proposals] == [2, 3, 4, 6, 7, 8]
    assert after.placement == {}


def test_removing_a_row_or_column_or_making_a_break_sends_its_sessions_back() -> None:
    before = wall(p1=(1, 1), p2=(1, 3), p3=(2, 3), p4=(4, 4))
    no_morning = round_trip(before, remove_slot(before, 1))
    assert no_morning.unplaced == (1, 2, 5, 6, 7, 8)
    no_seminar = round_trip(before, remove_space(before, 3))
    assert no_seminar.unplaced == (2, 3, 5, 6, 7, 8)
    coffee = round_trip(before, update_slot(before, 1, is_break=True))
    assert coffee.slot(1).is_break
    assert coffee.cell_of(1) is None
    assert coffee.cell_of(3) == Cell(2, 3)
    relabelled = update_slot(before, 1, label="Auftakt")
    assert relabelled.change.placed == ()


def test_apply_refuses_changes_that_do_not_fit() -> None:
    before = wall(p1=(1, 1))
    with pytest.raises(SlotNotEmptyError) as caught:
        apply(before, WallChange(removed_slots=(1,)))
    assert (caught.value.proposal_id, caught.value.slot_id) == (1, 1)
    with pytest.raises(UnknownProposalError):
        apply(before, WallChange(placed=((99, Cell(1, 1)),)))
    with pytest.raises(DuplicateIdError):
        apply(before, WallChange(added_spaces=(SAAL,)))
    with pytest.raises(UnknownSlotError):
        apply(before, WallChange(updated_slots=(Slot(9, T(9, 0), 30),)))
    with pytest.raises(AgendaError):
        apply(before, WallChange(removed_proposals=(1,)))
    with pytest.raises(AgendaError):
        update_proposal(before, 1, merged_into=2)
    assert update_proposal(before, 1, title=" Leerstand in der Innenstadt beleben").is_empty


# --- conflicts ---------------------------------------------------------------------------


def test_two_sessions_in_one_cell_are_double_booked_until_one_moves() -> None:
    before = wall(p2=(1, 3))
    both = apply(before, place(before, 7, 1, 3).change)
    assert conflicts(both) == (DoubleBooked(Cell(1, 3), (2, 7)),)
    assert conflicts_at(both, 1, 3) == conflicts(both)
    assert conflicts_of(both, 7) == conflicts(both)
    assert conflicts_of(both, 1) == ()
    apart = apply(both, move(both, 7, 1, 4).change)
    assert conflicts(apart) == ()


def test_a_convener_in_two_sessions_of_one_slot_shows_at_both_cells() -> None:
    # 'Ayşe Yılmaz' and 'Ayse Yilmaz' are the same person typed on two keyboards.
    clash = wall(p1=(1, 1), p5=(1, 3))
    found = ConvenerTwice(1, "Ayşe Yılmaz", (1, 5), (Cell(1, 1), Cell(1, 3)))
    assert conflicts(clash) == (found,)
    assert found.kind is ConflictKind.CONVENER_TWICE
    assert conflicts_at(clash, 1, 1) == conflicts_at(clash, 1, 3) == (found,)
    assert conflicts_at(clash, 1, 2) == ()
    assert conflicts(apply(clash, move(clash, 5, 2, 3).change)) == ()
    # Nobody named: no conflict, however many such sessions share a slot.
    assert conflicts(wall(p7=(1, 1), p8=(1, 3))) == ()


def test_a_merged_session_brings_both_conveners_into_the_slot() -> None:
    before = wall(p2=(1, 3), p3=(1, 2))
    assert conflicts(before) == ()
    merged = apply(before, merge(before, 3, 1).change)  # 3 now 'Małgorzata ... / Ayşe ...'
    merged = apply(merged, place(merged, 5, 1, 4).change)
    (found,) = [c for c in conflicts(merged) if c.kind is ConflictKind.CONVENER_TWICE]
    assert isinstance(found, ConvenerTwice)
    assert (found.convener, found.proposal_ids) == ("Ayşe Yılmaz", (3, 5))


def test_more_people_expected_than_the_space_holds() -> None:
    small = wall(p6=(1, 2))  # 30 expected, Seminarraum 1 holds 20, has a Beamer
    assert conflicts(small) == (OverCapacity(6, Cell(1, 2), 30, 20),)
    bigger = apply(small, update_space(small, 2, capacity=30).change)
    assert conflicts(bigger) == ()
    fewer = apply(small, update_proposal(small, 6, expected=None).change)
    assert conflicts(fewer) == ()
    # The foyer has no limit.
    assert conflicts(wall(p1=(4, 4), p6=(1, 1))) == (MissingEquipment(1, Cell(4, 4), ("Beamer",)),)


def test_a_need_the_space_lacks_until_the_space_gets_it() -> None:
    lacking = wall(p4=(2, 3))  # barrierefrei needed, Seminarraum 2 has a Flipchart only
    assert conflicts(lacking) == (MissingEquipment(4, Cell(2, 3), ("barrierefrei",)),)
    equipped = apply(
        lacking,
        update_space(lacking, 3, equipment=frozenset({"Flipchart", "Barriere-frei "})).change,
    )
    assert conflicts(equipped) == ()
    needs_two = update_proposal(lacking, 4, needs=frozenset({"barrierefrei", "Beamer"}))
    (found,) = conflicts(apply(lacking, needs_two.change))
    assert isinstance(found, MissingEquipment)
    assert found.missing == ("barrierefrei", "Beamer")


def test_conflicts_are_listed_row_by_row_and_indexed_once_per_wall() -> None:
    busy = wall(p1=(4, 3), p5=(4, 2), p6=(1, 2), p7=(1, 2))
    # A conflict spanning cells is listed where its first cell in reading order is.
    assert [(c.kind, c.cells) for c in conflicts(busy)] == [
        (ConflictKind.DOUBLE_BOOKED, (Cell(1, 2),)),
        (ConflictKind.OVER_CAPACITY, (Cell(1, 2),)),
        (ConflictKind.CONVENER_TWICE, (Cell(4, 3), Cell(4, 2))),
        (ConflictKind.OVER_CAPACITY, (Cell(4, 3),)),
        (ConflictKind.MISSING_EQUIPMENT, (Cell(4, 3),)),
    ]
    assert {c.kind for c in conflicts_at(busy, 1, 2)} == {
        ConflictKind.DOUBLE_BOOKED,
        ConflictKind.OVER_CAPACITY,
    }
    assert [c.kind for c in conflicts_of(busy, 1)] == [
        ConflictKind.CONVENER_TWICE,
        ConflictKind.OVER_CAPACITY,
        ConflictKind.MISSING_EQUIPMENT,
    ]
    assert conflict_index(busy) is conflict_index(busy)
    assert len(conflict_index(busy).in_slot(4)) == 3
    assert conflicts(wall()) == ()


# --- slot times --------------------------------------------------------------------------


def test_slots_from_the_phase_settings() -> None:
    settings = validate_settings("agenda_wall", {"slots": 4, "slot_minutes": 75})
    slots = slots_from_settings(settings, T(9, 30))
    assert [(s.id, s.start, s.minutes, s.order) for s in slots] == [
        (1, T(9, 30), 75, 0),
        (2, T(11, 0), 75, 1),
        (3, T(12, 30), 75, 2),
        (4, T(14, 0), 75, 3),
    ]
    assert slot_end(slots[-1]) == T(15, 15)
    assert build_slots(T(22, 0), 2, 60, 0)[-1].start == T(23, 0)
    assert slot_end(build_slots(T(23, 0), 1, 60)[0]) == T(0, 0)
    with pytest.raises(PastMidnightError) as caught:
        build_slots(T(21, 0), 3, 60, 15)
    assert caught.value.end_minutes == 24 * 60 + 30
    with pytest.raises(InvalidNumberError):
        build_slots(T(9, 0), 0, 60)
    with pytest.raises(InvalidNumberError):
        build_slots(T(9, 0), 2, 60, -5)


def test_the_current_slot_for_the_projector_highlight() -> None:
    slots = (MORNING, LATE_MORNING, LUNCH, AFTERNOON)
    assert current_slot(slots, T(9, 59, 59)) is None
    assert current_slot(slots, T(10, 0)) == MORNING
    assert current_slot(slots, T(10, 59, 59)) == MORNING
    assert current_slot(slots, T(11, 5)) is None  # changing rooms
    assert next_slot(slots, T(11, 5)) == LATE_MORNING
    assert current_slot(slots, T(12, 40)) == LUNCH
    assert current_slot(slots, T(14, 44)) == AFTERNOON
    assert current_slot(slots, T(14, 45)) is None
    assert next_slot(slots, T(14, 45)) is None
    overrun = Slot(9, T(10, 30), 15, "Blitzlicht")
    assert current_slot((*slots, overrun), T(10, 40)) == overrun
