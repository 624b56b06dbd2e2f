"""library.board: a cluster phase's pinboard, written through core.clustering's changes.

Every edit of core.clustering is applied and undone through the store; the stored board
must be what the pure rules say, and the undo must give back the very same state.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from werkstatt.core import clustering
from werkstatt.core.clustering import Board, BoardChange, Cluster
from werkstatt.core.records import WorkshopDraft
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.board import BoardState, live_boards
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library
from werkstatt.store.models import CardPlacementRow, ClusterRow

CRITIQUE = [
    "Busverbindung nach 20 Uhr fehlt",
    "Radweg in der Bahnhofstraße endet im Nichts",
    "Kein Treffpunkt für Jugendliche",
    "Spielplatz am Lindenweg verwahrlost",
    "Gehwege im Winter nicht geräumt",
    "Ampel Schulstraße: Grünphase zu kurz für Ältere",
    "Quartiersentwicklungskonzept liegt in der Schublade",
    "Bücherei schließt schon um 18 Uhr",
    "Gençler için buluşma yeri yok",
    "Lieferverkehr parkt auf dem Radweg",
]


@pytest.fixture
def workshop(library: Library) -> dict[str, int]:
    """A Zukunftswerkstatt: critique cards, two boards sorting them, a vision phase
    with its own board (source named by key), and a board with no cards before it."""
    created = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Ortsmitte Großbeeren", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CLUSTER, "Themen vorab sammeln"),
            PhaseDraft(PhaseKind.CARDS, "Kritikphase: Was stört uns?"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik clustern"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik nach Zuständigkeit ordnen"),
            PhaseDraft(PhaseKind.CARDS, "Phantasiephase", key="vision"),
        ],
    )
    before, critique, board, second, vision = library.list_phases(created.id)
    for text in CRITIQUE:
        library.cards.add(critique.id, text)
    library.cards.add(vision.id, "Ein Dorfplatz mit Brunnen und Schatten")
    return {
        "empty_board": before.id,
        "critique": critique.id,
        "board": board.id,
        "second": second.id,
        "vision": vision.id,
    }


def _cards(library: Library, phase_id: int) -> list[int]:
    return [card.id for card in library.cards.list(phase_id)]


def _with_clusters(library: Library, phase_id: int, *titles: str) -> list[int]:
    ids = []
    for title in titles:
        board = library.board.load(phase_id).board
        edit = clustering.create_cluster(board, library.board.new_cluster_id(), title)
        ids.append(edit.change.added[0].id)
        library.board.apply(phase_id, edit.change)
    return ids


def test_a_new_board_shows_the_source_phases_cards_unsorted(
    library: Library, workshop: dict[str, int]
) -> None:
    state = library.board.load(workshop["board"])
    assert state.phase_id == workshop["board"]
    assert state.source_phase_id == workshop["critique"]
    assert library.board.source_phase_id(workshop["board"]) == workshop["critique"]
    assert [card.text for card in state.cards] == CRITIQUE
    assert state.board.clusters == ()
    assert state.board.unsorted == tuple(_cards(library, workshop["critique"]))


def test_a_board_without_a_card_phase_before_it_sorts_its_own_cards(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["empty_board"]
    assert library.board.source_phase_id(phase) == phase
    assert library.board.load(phase).cards == ()
    (cluster_id,) = _with_clusters(library, phase, "Verkehr & Mobilität")
    card = library.board.add_card(phase, "Carsharing am Bahnhof", cluster_id=cluster_id)
    assert card.phase_id == phase
    assert library.board.load(phase).board.assignment == {card.id: cluster_id}


def test_the_source_phase_can_be_named_by_key(library: Library, workshop: dict[str, int]) -> None:
    library.update_phase(workshop["second"], settings={"source_phase": "vision"})
    assert library.board.source_phase_id(workshop["second"]) == workshop["vision"]
    state = library.board.load(workshop["second"])
    assert [card.text for card in state.cards] == ["Ein Dorfplatz mit Brunnen und Schatten"]


def test_only_a_cluster_phase_has_a_board(library: Library, workshop: dict[str, int]) -> None:
    with pytest.raises(InvalidValueError):
        library.board.load(workshop["critique"])
    with pytest.raises(NotFoundError):
        library.board.load(987_654)


EditMaker = Callable[[Board, list[int], list[int]], clustering.Edit]

EDITS: dict[str, EditMaker] = {
    "move cards": lambda board, clusters, cards: clustering.move_cards(
        board, cards[3:7], clusters[1]
    ),
    "move back to unsorted": lambda board, clusters, cards: clustering.move_cards(
        board, cards[:2], None
    ),
    "create from selection": lambda board, clusters, cards: clustering.create_cluster(
        board, 10_000, "Öffentlicher Raum & Grünflächen", "green", card_ids=cards[2:5]
    ),
    "rename": lambda board, clusters, cards: clustering.rename_cluster(
        board, clusters[0], "Barrierefreiheit und Straßenquerungen"
    ),
    "recolour": lambda board, clusters, cards: clustering.recolour_cluster(
        board, clusters[2], "pink"
    ),
    "reorder": lambda board, clusters, cards: clustering.reorder_cluster(board, clusters[2], 0),
    "delete": lambda board, clusters, cards: clustering.delete_cluster(board, clusters[0]),
    "merge": lambda board, clusters, cards: clustering.merge_clusters(
        board, clusters[1], clusters[0]
    ),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_each_edit_and_its_inverse_round_trip(
    library: Library, workshop: dict[str, int], name: str
) -> None:
    phase = workshop["board"]
    clusters = _with_clusters(library, phase, "Verkehr & Mobilität", "Jugend", "Sicherheit")
    cards = _cards(library, workshop["critique"])
    library.board.apply(
        phase, clustering.move_cards(library.board.load(phase).board, cards[:3], clusters[0]).change
    )
    library.board.apply(
        phase,
        clustering.move_cards(library.board.load(phase).board, cards[7:9], clusters[2]).change,
    )
    before = library.board.load(phase)

    edit = EDITS[name](before.board, clusters, cards)
    assert not edit.is_empty
    after = library.board.apply(phase, edit.change)
    assert after.board == clustering.apply(before.board, edit.change)
    assert library.board.load(phase) == after

    undone = library.board.apply(phase, edit.inverse)
    assert undone == before
    assert library.board.load(phase) == before


def test_delete_and_undo_bring_back_the_same_cluster(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["board"]
    (cluster_id,) = _with_clusters(library, phase, "Grünflächen")
    cards = _cards(library, workshop["critique"])
    board = library.board.apply(
        phase, clustering.move_cards(library.board.load(phase).board, cards[:2], cluster_id).change
    ).board
    edit = clustering.delete_cluster(board, cluster_id)
    library.board.apply(phase, edit.change)
    assert library.board.load(phase).board.clusters == ()
    # A new cluster never takes the deleted one's id: undo must find it free.
    assert library.board.new_cluster_id() > cluster_id
    restored = library.board.apply(phase, edit.inverse).board
    assert restored.clusters == (Cluster(cluster_id, "Grünflächen", "", 0),)
    assert restored.cards_in(cluster_id) == tuple(cards[:2])
    with library._transaction(write=False) as session:
        assert session.scalar(select(func.count()).select_from(ClusterRow)) == 1


def test_a_deleted_card_leaves_the_board_and_returns_to_its_cluster(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["board"]
    (cluster_id,) = _with_clusters(library, phase, "Nahverkehr")
    card = _cards(library, workshop["critique"])[0]
    library.board.apply(
        phase, clustering.move_cards(library.board.load(phase).board, [card], cluster_id).change
    )
    library.cards.delete(card)
    state = library.board.load(phase)
    assert card not in state.board.assignment
    assert card not in {c.id for c in state.cards}
    assert state.board.cards_in(cluster_id) == ()
    library.cards.restore(card)
    assert library.board.load(phase).board.cluster_of(card) == cluster_id


def test_undoing_a_move_after_a_card_was_deleted_still_moves_the_others(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["board"]
    (cluster_id,) = _with_clusters(library, phase, "Nahverkehr")
    cards = _cards(library, workshop["critique"])
    edit = clustering.move_cards(library.board.load(phase).board, cards[:3], cluster_id)
    library.board.apply(phase, edit.change)
    library.cards.delete(cards[1])
    state = library.board.apply(phase, edit.inverse)
    assert state.board.cards_in(cluster_id) == ()
    library.cards.restore(cards[1])
    assert library.board.load(phase).board.cluster_of(cards[1]) is None


def test_two_boards_of_the_same_cards_are_independent(
    library: Library, workshop: dict[str, int]
) -> None:
    first, second = workshop["board"], workshop["second"]
    assert library.board.source_phase_id(second) == workshop["critique"]
    (mobility,) = _with_clusters(library, first, "Verkehr")
    (office,) = _with_clusters(library, second, "Zuständig: Ordnungsamt")
    cards = _cards(library, workshop["critique"])
    library.board.apply(
        first, clustering.move_cards(library.board.load(first).board, cards[:4], mobility).change
    )
    library.board.apply(
        second, clustering.move_cards(library.board.load(second).board, cards[2:6], office).change
    )
    one, two = library.board.load(first).board, library.board.load(second).board
    assert one.cards_in(mobility) == tuple(cards[:4])
    assert two.cards_in(office) == tuple(cards[2:6])
    assert [c.title for c in one.clusters] == ["Verkehr"]
    assert [c.title for c in two.clusters] == ["Zuständig: Ordnungsamt"]
    # One board's cluster is unknown to the other.
    with pytest.raises(NotFoundError):
        library.board.apply(second, BoardChange(assigned=((cards[0], mobility),)))
    with pytest.raises(InvalidValueError):
        library.board.apply(second, BoardChange(added=(Cluster(mobility, "Kopie"),)))


def _stored(library: Library) -> tuple[object, ...]:
    with library._transaction(write=False) as session:
        return (
            tuple(session.execute(select(ClusterRow.id, ClusterRow.title, ClusterRow.colour))),
            tuple(session.execute(select(CardPlacementRow.card_id, CardPlacementRow.cluster_id))),
        )


def test_bad_changes_are_refused_and_write_nothing(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["board"]
    mobility, youth = _with_clusters(library, phase, "Verkehr", "Jugend")
    cards = _cards(library, workshop["critique"])
    library.board.apply(phase, BoardChange(assigned=((cards[0], mobility),)))
    stored = _stored(library)
    good = (cards[1], youth)
    bad: list[tuple[type[Exception], BoardChange]] = [
        (NotFoundError, BoardChange(assigned=(good, (cards[2], 4242)))),
        (NotFoundError, BoardChange(assigned=(good, (555_555, youth)))),
        (InvalidValueError, BoardChange(added=(Cluster(mobility, "Doppelt"),), assigned=(good,))),
        (NotFoundError, BoardChange(updated=(Cluster(4242, "Gibt es nicht"),))),
        (InvalidValueError, BoardChange(assigned=(good,), removed=(mobility,))),
        (InvalidValueError, BoardChange(added=(Cluster(90, "   "),), assigned=(good,))),
        (TooLongError, BoardChange(added=(Cluster(90, "Ä" * (limits.TITLE_MAX + 1)),))),
        (InvalidValueError, BoardChange(updated=(Cluster(youth, "Jugend", "lila"),))),
        (InvalidValueError, BoardChange(updated=(Cluster(youth, "Jugend", "<b>red</b>"),))),
    ]
    for error, change in bad:
        with pytest.raises(error):
            library.board.apply(phase, change)
        assert _stored(library) == stored, change


def test_a_board_holds_at_most_the_limit_of_clusters(
    library: Library, workshop: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "CLUSTERS_PER_PHASE_MAX", 2)
    phase = workshop["board"]
    _with_clusters(library, phase, "Verkehr", "Jugend")
    with pytest.raises(InvalidValueError) as raised:
        _with_clusters(library, phase, "Sicherheit")
    assert raised.value.field == "clusters"
    assert len(library.board.load(phase).board.clusters) == 2


def test_a_card_added_on_the_board_goes_into_the_source_phase(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["board"]
    (cluster_id,) = _with_clusters(library, phase, "Nahverkehr")
    card = library.board.add_card(
        phase, "Nachtbus am Wochenende bis Großbeeren", colour="blue", cluster_id=cluster_id
    )
    assert card.phase_id == workshop["critique"]
    assert card.position == len(CRITIQUE)
    assert library.cards.list(workshop["critique"])[-1] == card
    state = library.board.load(phase)
    assert state.cards[-1] == card
    assert state.board.cluster_of(card.id) == cluster_id
    # The other board sorting the same cards gets it unsorted.
    assert library.board.load(workshop["second"]).board.cluster_of(card.id) is None
    loose = library.board.add_card(phase, "Mehr Fahrradbügel am Rathaus")
    assert library.board.load(phase).board.cluster_of(loose.id) is None
    with pytest.raises(NotFoundError):
        library.board.add_card(phase, "Noch eine Karte", cluster_id=4242)
    with pytest.raises(InvalidValueError):
        library.board.add_card(phase, "   ")
    assert len(library.cards.list(workshop["critique"])) == len(CRITIQUE) + 2


def test_live_boards_reads_each_board_with_its_cards(
    library: Library, workshop: dict[str, int]
) -> None:
    phase = workshop["board"]
    (cluster_id,) = _with_clusters(library, phase, "Verkehr")
    cards = _cards(library, workshop["critique"])
    library.board.apply(phase, BoardChange(assigned=((cards[0], cluster_id),)))
    with library._transaction(write=False) as session:
        boards = live_boards(session, [phase, workshop["second"]])
    state = library.board.load(phase)
    assert boards[phase] == (state.board, state.cards)
    second_board, second_cards = boards[workshop["second"]]
    assert second_board.clusters == ()
    assert second_cards == state.cards


def test_board_state_is_frozen(library: Library, workshop: dict[str, int]) -> None:
    state = library.board.load(workshop["board"])
    assert isinstance(state, BoardState)
    with pytest.raises(AttributeError):
        state.cards = ()  # type: ignore[misc]
