"""The pinboard's operations: each change, its inverse, type-ahead and auto-arrange."""

from __future__ import annotations

import pytest

from werkstatt.core.clustering import (
    BlankTitleError,
    Board,
    BoardChange,
    Cluster,
    ClusteringError,
    DuplicateClusterError,
    Edit,
    InvalidSizeError,
    MergeIntoItselfError,
    UnknownCardError,
    UnknownClusterError,
    apply,
    arrange,
    create_cluster,
    delete_cluster,
    match_clusters,
    merge_clusters,
    move_cards,
    next_cluster_id,
    recolour_cluster,
    rename_cluster,
    reorder_cluster,
)

# Cards of a Kritikphase (Zukunftswerkstatt), by id, in the order they were written.
CARDS = {
    101: "Busverbindung nach 20 Uhr fehlt",
    102: "Radwege in der Bahnhofstraße gefährlich",
    103: "Zu wenig Sitzbänke am Marktplatz",
    104: "Spielplatz am Lindenweg verwahrlost",
    105: "Keine Treffpunkte für Jugendliche",
    106: "Nachbarn kennen sich kaum",
    107: "Parkende Autos auf dem Gehweg",
    108: "Stadtpark abends unbeleuchtet",
    109: "Quartiersentwicklungskonzept liegt seit Jahren in der Schublade",
    110: "Kein Begegnungscafé im Viertel",
}
VERKEHR = Cluster(1, "Verkehr & Mobilität", "#f4a261", 0)
GRUEN = Cluster(2, "Grün- und Freiflächen", "#2a9d8f", 1)
BEGEGNUNG = Cluster(3, "Nachbarschaft & Begegnung", "#e9c46a", 2)


def board() -> Board:
    return Board(
        (VERKEHR, GRUEN, BEGEGNUNG),
        {
            101: 1,
            102: 1,
            103: None,
            104: 2,
            105: 3,
            106: 3,
            107: 1,
            108: 2,
            109: None,
            110: None,
        },
    )


def undone(start: Board, edit: Edit) -> Board:
    """Apply, then undo: must give back the board we started from."""
    return apply(apply(start, edit.change), edit.inverse)


def test_board_sorts_clusters_and_lists_cards_in_card_order() -> None:
    shuffled = Board((BEGEGNUNG, VERKEHR, GRUEN), board().assignment)
    assert [c.id for c in shuffled.clusters] == [1, 2, 3]
    assert shuffled.cards_in(1) == (101, 102, 107)
    assert shuffled.unsorted == (103, 109, 110)
    assert shuffled.cluster_of(104) == 2


def test_board_refuses_cards_in_unknown_clusters_and_duplicate_ids() -> None:
    with pytest.raises(UnknownClusterError) as caught:
        Board((VERKEHR,), {101: 7})
    assert caught.value.cluster_id == 7
    with pytest.raises(DuplicateClusterError):
        Board((VERKEHR, Cluster(1, "Straßenraum")), {})


def test_a_board_cannot_be_changed_behind_the_stores_back() -> None:
    start = board()
    with pytest.raises(TypeError):
        start.assignment[103] = 1  # type: ignore[index]


# --- moving cards -----------------------------------------------------------------------


def test_moving_cards_names_only_the_cards_that_move() -> None:
    start = board()
    edit = move_cards(start, [103, 102, 109], 1)  # 102 is in Verkehr already
    assert edit.change == BoardChange(assigned=((103, 1), (109, 1)))
    assert edit.inverse == BoardChange(assigned=((103, None), (109, None)))
    after = apply(start, edit.change)
    assert after.cards_in(1) == (101, 102, 103, 107, 109)
    assert undone(start, edit) == start


def test_moving_cards_from_several_clusters_undoes_each_to_its_own() -> None:
    start = board()
    edit = move_cards(start, [104, 105, 110], 1)
    assert edit.inverse.assigned == ((104, 2), (105, 3), (110, None))
    assert undone(start, edit) == start


def test_moving_cards_back_to_unsorted() -> None:
    start = board()
    edit = move_cards(start, [105, 106], None)
    assert apply(start, edit.change).cards_in(3) == ()
    assert undone(start, edit) == start


def test_dropping_cards_where_they_are_is_an_empty_edit() -> None:
    edit = move_cards(board(), [101, 102, 101], 1)
    assert edit.is_empty
    assert edit.inverse.is_empty


def test_moving_a_card_twice_in_one_selection_counts_once() -> None:
    edit = move_cards(board(), [103, 103], 2)
    assert edit.change.assigned == ((103, 2),)


def test_moving_to_an_unknown_cluster_or_an_unknown_card_is_refused() -> None:
    with pytest.raises(UnknownClusterError) as cluster:
        move_cards(board(), [103], 99)
    assert cluster.value.cluster_id == 99
    with pytest.raises(UnknownCardError) as card:
        move_cards(board(), [103, 999], 1)
    assert card.value.card_id == 999


# --- creating, renaming, recolouring, reordering ----------------------------------------


def test_creating_a_cluster_puts_it_last() -> None:
    start = board()
    new_id = next_cluster_id(start)
    assert new_id == 4
    edit = create_cluster(start, new_id, "  Lärm   und Luftqualität ", "#264653")
    after = apply(start, edit.change)
    assert after.clusters[-1] == Cluster(4, "Lärm und Luftqualität", "#264653", 3)
    assert undone(start, edit) == start


def test_creating_a_cluster_from_the_selection_files_the_cards() -> None:
    start = board()
    edit = create_cluster(start, 4, "Verwaltung & Beteiligung", card_ids=[109, 103])
    after = apply(start, edit.change)
    assert after.cards_in(4) == (103, 109)
    assert edit.inverse == BoardChange(assigned=((109, None), (103, None)), removed=(4,))
    assert undone(start, edit) == start


def test_creating_a_cluster_at_a_chosen_place() -> None:
    after = apply(board(), create_cluster(board(), 4, "Straßenraum", order=-1).change)
    assert after.clusters[0].title == "Straßenraum"


def test_creating_needs_a_new_id_and_a_title() -> None:
    with pytest.raises(DuplicateClusterError) as duplicate:
        create_cluster(board(), 2, "Sicherheit")
    assert duplicate.value.cluster_id == 2
    with pytest.raises(BlankTitleError) as blank:
        create_cluster(board(), 4, " \t ")
    assert blank.value.title == " \t "


def test_renaming_and_recolouring_undo_to_the_old_record() -> None:
    start = board()
    rename = rename_cluster(start, 2, "Grünflächen, Parks und Spielplätze")
    assert rename.change.updated == (
        Cluster(2, "Grünflächen, Parks und Spielplätze", "#2a9d8f", 1),
    )
    assert rename.inverse.updated == (GRUEN,)
    assert undone(start, rename) == start
    recolour = recolour_cluster(start, 3, "#e76f51")
    assert apply(start, recolour.change).cluster(3).colour == "#e76f51"
    assert undone(start, recolour) == start


def test_renaming_to_the_same_title_or_blank() -> None:
    assert rename_cluster(board(), 1, "Verkehr &  Mobilität").is_empty
    with pytest.raises(BlankTitleError):
        rename_cluster(board(), 1, "")
    with pytest.raises(UnknownClusterError):
        recolour_cluster(board(), 42, "#000000")


def test_reordering_a_cluster() -> None:
    start = board()
    edit = reorder_cluster(start, 3, 0)
    after = apply(start, edit.change)
    assert [c.id for c in after.clusters] == [3, 1, 2]
    assert undone(start, edit) == start
    assert reorder_cluster(start, 1, 0).is_empty
    assert [c.id for c in apply(start, reorder_cluster(start, 1, 99).change).clusters] == [
        2,
        3,
        1,
    ]


# --- deleting and merging ---------------------------------------------------------------


def test_deleting_a_cluster_puts_its_cards_back_to_unsorted() -> None:
    start = board()
    edit = delete_cluster(start, 1)
    after = apply(start, edit.change)
    assert [c.id for c in after.clusters] == [2, 3]
    assert after.unsorted == (101, 102, 103, 107, 109, 110)
    assert edit.inverse.added == (VERKEHR,)
    assert undone(start, edit) == start


def test_deleting_an_empty_cluster() -> None:
    start = apply(board(), create_cluster(board(), 4, "Sonstiges").change)
    edit = delete_cluster(start, 4)
    assert edit.change == BoardChange(removed=(4,))
    assert undone(start, edit) == start


def test_merging_files_the_cards_of_b_into_a_and_removes_b() -> None:
    start = board()
    edit = merge_clusters(start, 3, 2)  # Grün into Nachbarschaft & Begegnung
    after = apply(start, edit.change)
    assert [c.id for c in after.clusters] == [1, 3]
    assert after.cards_in(3) == (104, 105, 106, 108)
    assert after.cluster(3) == BEGEGNUNG
    undo = apply(after, edit.inverse)
    assert undo.cluster(2) == GRUEN  # title, colour and order back
    assert undo.cards_in(2) == (104, 108)
    assert undo == start


def test_merging_a_cluster_into_itself_or_an_unknown_one() -> None:
    with pytest.raises(MergeIntoItselfError) as itself:
        merge_clusters(board(), 2, 2)
    assert itself.value.cluster_id == 2
    with pytest.raises(UnknownClusterError):
        merge_clusters(board(), 2, 8)
    with pytest.raises(UnknownClusterError):
        merge_clusters(board(), 8, 2)


def test_a_sequence_of_edits_undoes_in_reverse() -> None:
    boards = [board()]
    steps = [
        lambda b: move_cards(b, [103, 110], 3),
        lambda b: create_cluster(b, next_cluster_id(b), "Straßenraum", card_ids=[102, 107]),
        lambda b: merge_clusters(b, 1, 4),
        lambda b: rename_cluster(b, 1, "Verkehr, Parken und Radwege"),
        lambda b: delete_cluster(b, 3),
    ]
    edits = []
    for step in steps:
        edit = step(boards[-1])
        edits.append(edit)
        boards.append(apply(boards[-1], edit.change))
    assert boards[-1].unsorted == (103, 105, 106, 109, 110)
    current = boards[-1]
    for edit, expected in zip(reversed(edits), reversed(boards[:-1]), strict=True):
        current = apply(current, edit.inverse)
        assert current == expected


def test_apply_refuses_changes_that_do_not_fit_the_board() -> None:
    start = board()
    with pytest.raises(ClusteringError, match="still in removed cluster"):
        apply(start, BoardChange(removed=(1,)))
    with pytest.raises(UnknownCardError):
        apply(start, BoardChange(assigned=((555, 1),)))
    with pytest.raises(DuplicateClusterError):
        apply(start, BoardChange(added=(VERKEHR,)))
    with pytest.raises(UnknownClusterError):
        apply(start, BoardChange(updated=(Cluster(9, "Straßenraum"),)))


# --- type-ahead -------------------------------------------------------------------------

TITLES = [
    Cluster(1, "Verkehr & Mobilität", order=0),
    Cluster(2, "Grün- und Freiflächen", order=1),
    Cluster(3, "Nachbarschaft & Begegnung", order=2),
    Cluster(4, "Straßenraum", order=3),
    Cluster(5, "Sicherheit im Straßenverkehr", order=4),
    Cluster(6, "Lärm und Luftqualität", order=5),
    Cluster(7, "Öffentlicher Nahverkehr", order=6),
]


def titles_for(text: str) -> list[str]:
    return [cluster.title for cluster in match_clusters(TITLES, text)]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("verk", "Verkehr & Mobilität"),
        ("VERK", "Verkehr & Mobilität"),
        ("strasse", "Straßenraum"),
        ("Straße", "Straßenraum"),
        ("grun", "Grün- und Freiflächen"),
        ("gruen", "Grün- und Freiflächen"),
        ("grün", "Grün- und Freiflächen"),
        ("offentl", "Öffentlicher Nahverkehr"),
        ("oeffentl", "Öffentlicher Nahverkehr"),
        ("mobilitaet", "Verkehr & Mobilität"),
        ("nachbarschaft &", "Nachbarschaft & Begegnung"),
    ],
)
def test_type_ahead_folds_case_umlauts_and_sharp_s(typed: str, first: str) -> None:
    assert titles_for(typed)[0] == first


def test_type_ahead_puts_title_prefix_then_word_prefix_then_substring() -> None:
    assert titles_for("verk") == [
        "Verkehr & Mobilität",  # the title starts with it
        "Sicherheit im Straßenverkehr",  # ... contains it, in its clusters' order
        "Öffentlicher Nahverkehr",
    ]
    assert titles_for("stra") == [
        "Straßenraum",  # title prefix
        "Sicherheit im Straßenverkehr",  # a word starts with it
    ]
    assert titles_for("luft") == ["Lärm und Luftqualität"]
    assert titles_for("begeg") == ["Nachbarschaft & Begegnung"]


def test_type_ahead_with_nothing_or_no_match() -> None:
    assert titles_for("") == [cluster.title for cluster in TITLES]
    assert titles_for("   ") == [cluster.title for cluster in TITLES]
    assert titles_for("Schule") == []


# --- auto-arrange -----------------------------------------------------------------------


def test_arrange_places_every_card_once_without_overlaps() -> None:
    layout = arrange(board(), card_width=180, card_height=90, board_width=1000, gap=10)
    positions = layout.positions()
    assert sorted(positions) == sorted(CARDS)
    rectangles = [(x, y, x + 180, y + 90) for x, y in positions.values()]
    rectangles += [
        (b.heading.x, b.heading.y, b.heading.right, b.heading.bottom) for b in layout.blocks
    ]
    for index, (x1, y1, x2, y2) in enumerate(rectangles):
        for a1, b1, a2, b2 in rectangles[index + 1 :]:
            assert x2 <= a1 or a2 <= x1 or y2 <= b1 or b2 <= y1
    assert all(x + 180 <= 1000 for x, _ in positions.values())


def test_arrange_puts_unsorted_first_then_clusters_in_order() -> None:
    layout = arrange(board(), 180, 90, 4000, gap=10)
    assert [block.cluster_id for block in layout.blocks] == [None, 1, 2, 3]
    assert [card for card, _x, _y in layout.blocks[1].cards] == [101, 102, 107]
    # all on one row: the blocks go left to right
    xs = [block.area.x for block in layout.blocks]
    assert xs == sorted(xs)
    assert {block.area.y for block in layout.blocks} == {0}


def test_arrange_makes_a_block_about_as_wide_as_tall() -> None:
    many = Board((VERKEHR,), {card: 1 for card in range(1, 10)})
    block = arrange(many, 100, 50, 5000, gap=0, heading_height=30).blocks[0]
    assert block.area == block.area.__class__(0, 0, 300, 30 + 3 * 50)
    assert [(x, y) for _card, x, y in block.cards[:4]] == [(0, 30), (100, 30), (200, 30), (0, 80)]


def test_arrange_wraps_blocks_at_the_board_width() -> None:
    layout = arrange(board(), 180, 90, 400, gap=10)
    ys = [block.area.y for block in layout.blocks]
    assert ys == sorted(ys)
    assert len(set(ys)) > 1
    assert all(block.area.right <= 400 for block in layout.blocks)
    assert layout.width <= 400


def test_arrange_is_deterministic_and_leaves_out_an_empty_heap() -> None:
    start = board()
    assert arrange(start, 180, 90, 1200) == arrange(start, 180, 90, 1200)
    sorted_board = apply(start, move_cards(start, start.unsorted, 3).change)
    assert [b.cluster_id for b in arrange(sorted_board, 180, 90, 1200).blocks] == [1, 2, 3]
    empty = arrange(Board(), 180, 90, 1200)
    assert (empty.blocks, empty.width, empty.height) == ((), 0, 0)


def test_arrange_of_two_thousand_cards_keeps_them_on_the_board() -> None:
    clusters = tuple(Cluster(i, f"Themenspeicher {i}", order=i) for i in range(1, 9))
    many = Board(clusters, {card: (card % 9) or None for card in range(2000)})
    layout = arrange(many, 160, 80, 1920)
    assert len(layout.positions()) == 2000
    assert all(b.area.right <= 1920 for b in layout.blocks)


@pytest.mark.parametrize(
    ("kwargs", "setting"),
    [
        ({"card_width": 0}, "card_width"),
        ({"card_height": -5}, "card_height"),
        ({"board_width": 100}, "board_width"),
        ({"gap": -1}, "gap"),
    ],
)
def test_arrange_refuses_sizes_no_layout_can_be_made_of(
    kwargs: dict[str, float], setting: str
) -> None:
    values: dict[str, float] = {"card_width": 180, "card_height": 90, "board_width": 1000}
    values.update(kwargs)
    with pytest.raises(InvalidSizeError) as caught:
        arrange(board(), **values)  # type: ignore[arg-type]
    assert caught.value.setting == setting
