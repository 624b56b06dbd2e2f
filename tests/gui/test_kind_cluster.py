"""The pinboard of a cluster phase, driven like a moderator does it: mouse and keys.

Drags are real mouse events on the board view's viewport; every step is checked in the
store (library.board), and undone and redone through the run's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from werkstatt.core import clustering
from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext, kind_ui
from werkstatt.gui.kinds.board.cursor import Spot
from werkstatt.gui.kinds.board.panel import ClusterWidget
from werkstatt.gui.kinds.board.presenter import BoardPresenter
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

CRITIQUE = [
    "Busverbindung nach 20 Uhr fehlt, besonders am Wochenende",
    "Radweg in der Bahnhofstraße endet im Nichts",
    "Kein Treffpunkt für Jugendliche im Stadtteil",
    "Spielplatz am Lindenweg verwahrlost",
    "Gehwege im Winter nicht geräumt",
    "Ampel Schulstraße: Grünphase zu kurz für Ältere",
    "Quartiersentwicklungskonzept liegt in der Schublade",
    "Zu wenig Grün in der Innenstadt",
    "Gençler için buluşma yeri yok",
    "Lieferverkehr parkt auf dem Radweg",
    "Sportplatz abends abgeschlossen",
    "Straßenbäume werden nicht gegossen",
]
CLUSTERS = ["Verkehr & Mobilität", "Jugend und Freizeit", "Grün- und Freiflächen"]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def phases(library: Library) -> dict[str, Phase]:
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Ortsmitte Großbeeren", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Kritikphase: Was stört uns?"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik clustern", question="Welche Themen sehen wir?"),
            PhaseDraft(PhaseKind.CARDS, "Phantasiephase"),
            PhaseDraft(PhaseKind.CLUSTER, "Visionen ordnen"),
        ],
    )
    critique, board, vision, vision_board = library.list_phases(workshop.id)
    for text in CRITIQUE:
        library.cards.add(critique.id, text)
    for title in CLUSTERS:
        state = library.board.load(board.id)
        edit = clustering.create_cluster(state.board, library.board.new_cluster_id(), title)
        library.board.apply(board.id, edit.change)
    return {"critique": critique, "board": board, "vision": vision, "vision_board": vision_board}


@pytest.fixture
def context(library: Library, phases: dict[str, Phase], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    run = RunContext(library, phases["board"].workshop_id, stack, "de")
    yield run
    stack.clear()


@pytest.fixture
def open_board(qtbot: Any, context: RunContext) -> Callable[[Phase], ClusterWidget]:
    windows: list[QWidget] = []

    def open_(phase: Phase) -> ClusterWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        ui = kind_ui(PhaseKind.CLUSTER)
        assert ui is not None
        widget = ui.moderator_widget(context, phase, window)
        assert isinstance(widget, ClusterWidget)
        layout.addWidget(widget)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    return open_


def cluster_ids(library: Library, phase: Phase) -> dict[str, int]:
    return {c.title: c.id for c in library.board.load(phase.id).board.clusters}


def card_ids(library: Library, phase: Phase) -> list[int]:
    return [card.id for card in library.cards.list(phase.id)]


def at(widget: ClusterWidget, point: QPointF) -> QPoint:
    return widget.view.mapFromScene(point)


def card_centre(widget: ClusterWidget, card_id: int) -> QPoint:
    return at(widget, widget.board_scene.cards[card_id].sceneBoundingRect().center())


def heading_centre(widget: ClusterWidget, cluster_id: int) -> QPoint:
    return at(widget, widget.board_scene.clusters[cluster_id].heading().center())


def drag(qtbot: Any, widget: ClusterWidget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move in steps (as a hand does), release: real mouse events on the viewport."""
    viewport = widget.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, LEFT, pos=end)


def inside(widget: ClusterWidget, card_id: int, cluster_id: int | None) -> bool:
    """The card's item lies in the cluster's frame on the board (what is drawn)."""
    frame = widget.board_scene.clusters[cluster_id].area()
    return frame.contains(widget.board_scene.cards[card_id].sceneBoundingRect().center())


def test_dragging_a_card_onto_a_cluster_files_it_and_undo_takes_it_back(
    qtbot: Any, library: Library, phases: dict[str, Phase], context: RunContext, open_board: Any
) -> None:
    widget = open_board(phases["board"])
    clusters = cluster_ids(library, phases["board"])
    cards = card_ids(library, phases["critique"])
    bus = cards[0]
    mobility = clusters["Verkehr & Mobilität"]
    assert inside(widget, bus, None)

    drag(qtbot, widget, card_centre(widget, bus), heading_centre(widget, mobility))

    board = library.board.load(phases["board"].id).board
    assert board.cluster_of(bus) == mobility
    assert inside(widget, bus, mobility)
    assert context.undo_stack.count() == 1
    assert "Verkehr & Mobilität" in context.undo_stack.undoText()

    context.undo_stack.undo()
    assert library.board.load(phases["board"].id).board.cluster_of(bus) is None
    assert inside(widget, bus, None)
    context.undo_stack.redo()
    assert library.board.load(phases["board"].id).board.cluster_of(bus) == mobility
    assert inside(widget, bus, mobility)


def test_a_short_wobble_is_a_click_not_a_move(
    qtbot: Any, library: Library, phases: dict[str, Phase], context: RunContext, open_board: Any
) -> None:
    widget = open_board(phases["board"])
    card = card_ids(library, phases["critique"])[3]
    start = card_centre(widget, card)
    drag(qtbot, widget, start, start + QPoint(1, 1), steps=1)
    assert context.undo_stack.count() == 0
    assert widget.board_scene.selected_cards() == [card]


def test_a_rubber_band_selection_moves_as_one_change(
    qtbot: Any, library: Library, phases: dict[str, Phase], context: RunContext, open_board: Any
) -> None:
    widget = open_board(phases["board"])
    youth = cluster_ids(library, phases["board"])["Jugend und Freizeit"]
    cards = card_ids(library, phases["critique"])
    scene = widget.board_scene
    # A frame from the empty margin above the unsorted heap to the middle of its 3rd card.
    corner = at(widget, scene.sceneRect().topLeft() + QPointF(4, 4))
    drag(qtbot, widget, corner, card_centre(widget, cards[2]))
    assert scene.selected_cards() == cards[:3]
    assert scene.selected_clusters() == []
    # Ctrl+click adds a fourth.
    qtbot.mouseClick(
        widget.view.viewport(),
        LEFT,
        Qt.KeyboardModifier.ControlModifier,
        card_centre(widget, cards[8]),
    )
    assert scene.selected_cards() == [*cards[:3], cards[8]]

    drag(
        qtbot,
        widget,
        card_centre(widget, cards[1]),
        at(widget, scene.clusters[youth].area().center()),
    )

    board = library.board.load(phases["board"].id).board
    assert board.cards_in(youth) == (*cards[:3], cards[8])
    assert context.undo_stack.count() == 1
    assert all(inside(widget, card, youth) for card in (*cards[:3], cards[8]))
    # The moved cards stay selected: they can be moved on at once.
    assert scene.selected_cards() == [*cards[:3], cards[8]]
    context.undo_stack.undo()
    assert library.board.load(phases["board"].id).board.cards_in(youth) == ()


def test_a_card_dragged_out_onto_the_empty_board_is_unsorted_again(
    qtbot: Any, library: Library, phases: dict[str, Phase], context: RunContext, open_board: Any
) -> None:
    green = cluster_ids(library, phases["board"])["Grün- und Freiflächen"]
    cards = card_ids(library, phases["critique"])
    library.board.apply(phases["board"].id, clustering.BoardChange(assigned=((cards[7], green),)))
    widget = open_board(phases["board"])
    assert inside(widget, cards[7], green)
    unsorted = widget.board_scene.clusters[None].area()
    drag(qtbot, widget, card_centre(widget, cards[7]), at(widget, unsorted.center()))
    assert library.board.load(phases["board"].id).board.cluster_of(cards[7]) is None
    assert inside(widget, cards[7], None)
    context.undo_stack.undo()
    assert library.board.load(phases["board"].id).board.cluster_of(cards[7]) == green


def test_clusters_are_made_renamed_coloured_merged_and_deleted_with_undo(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    answers: Any,
) -> None:
    widget = open_board(phases["board"])
    phase_id = phases["board"].id
    cards = card_ids(library, phases["critique"])
    scene, view = widget.board_scene, widget.view

    def stored() -> clustering.Board:
        return library.board.load(phase_id).board

    # New cluster from the selection, with Ins.
    qtbot.mouseClick(view.viewport(), LEFT, pos=card_centre(widget, cards[4]))
    qtbot.mouseClick(
        view.viewport(), LEFT, Qt.KeyboardModifier.ControlModifier, card_centre(widget, cards[11])
    )
    answers.ask_text = "Pflege öffentlicher Räume"
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    care = next(c for c in stored().clusters if c.title == "Pflege öffentlicher Räume")
    assert stored().cards_in(care.id) == (cards[4], cards[11])
    assert scene.clusters[care.id].title == "Pflege öffentlicher Räume"

    # Rename by double-clicking the heading.
    answers.ask_text = "Pflege von Gehwegen und Straßenbäumen"
    qtbot.mouseDClick(view.viewport(), LEFT, pos=heading_centre(widget, care.id))
    assert stored().cluster(care.id).title == "Pflege von Gehwegen und Straßenbäumen"

    # Recolour from the menu.
    qtbot.mouseClick(view.viewport(), LEFT, pos=heading_centre(widget, care.id))
    assert scene.selected_clusters() == [care.id]
    green_action = next(a for a in widget.colour_menu.actions() if a.data() == "green")
    green_action.trigger()
    assert stored().cluster(care.id).colour == "green"

    # Merge by dropping its heading onto another cluster's heading.
    mobility = cluster_ids(library, phases["board"])["Verkehr & Mobilität"]
    drag(qtbot, widget, heading_centre(widget, care.id), heading_centre(widget, mobility))
    assert care.id not in {c.id for c in stored().clusters}
    assert stored().cards_in(mobility) == (cards[4], cards[11])
    assert care.id not in scene.clusters

    # Delete with Del: its cards go back to unsorted.
    qtbot.mouseClick(view.viewport(), LEFT, pos=heading_centre(widget, mobility))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert mobility not in {c.id for c in stored().clusters}
    assert stored().cluster_of(cards[4]) is None

    # Each step undoes, in turn, back to the start.
    stack = context.undo_stack
    assert stack.count() == 5
    stack.undo()  # delete
    assert stored().cards_in(mobility) == (cards[4], cards[11])
    stack.undo()  # merge
    assert stored().cluster(care.id).title == "Pflege von Gehwegen und Straßenbäumen"
    assert stored().cards_in(care.id) == (cards[4], cards[11])
    assert scene.clusters[care.id].title == "Pflege von Gehwegen und Straßenbäumen"
    stack.undo()  # colour
    assert stored().cluster(care.id).colour == ""
    stack.undo()  # rename
    assert stored().cluster(care.id).title == "Pflege öffentlicher Räume"
    stack.undo()  # new
    assert [c.title for c in stored().clusters] == CLUSTERS
    assert care.id not in scene.clusters
    # And redo all the way: the cluster comes back with its id.
    for _ in range(5):
        stack.redo()
    assert [c.title for c in stored().clusters] == ["Jugend und Freizeit", "Grün- und Freiflächen"]
    assert stored().cluster_of(cards[11]) is None


def test_typing_a_cluster_name_files_the_selected_cards(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    type_text: Callable[[Any, str], None],
) -> None:
    widget = open_board(phases["board"])
    clusters = cluster_ids(library, phases["board"])
    cards = card_ids(library, phases["critique"])
    view, box = widget.view, widget.type_ahead

    qtbot.mouseClick(view.viewport(), LEFT, pos=card_centre(widget, cards[7]))
    qtbot.keyClicks(view, "g")
    assert box.isVisible()
    type_text(box.line, "rü")
    assert box.line.text() == "grü"
    assert box.choices()[0] == "Grün- und Freiflächen"
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    assert not box.isVisible()
    assert (
        library.board.load(phases["board"].id).board.cluster_of(cards[7])
        == (clusters["Grün- und Freiflächen"])
    )
    assert view.hasFocus()

    # Esc closes the box and files nothing.
    qtbot.mouseClick(view.viewport(), LEFT, pos=card_centre(widget, cards[2]))
    qtbot.keyClicks(view, "j")
    assert box.choices()[0] == "Jugend und Freizeit"
    qtbot.keyClick(box.line, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert context.undo_stack.count() == 1

    # Down picks the second match; a name nothing matches makes a new cluster.
    qtbot.keyClicks(view, "u")  # 'u' is in "Jugend und Freizeit" and "Grün- und ..."
    assert box.choices()[:2] == ["Jugend und Freizeit", "Grün- und Freiflächen"]
    qtbot.keyClick(box.line, Qt.Key.Key_Down)
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    assert (
        library.board.load(phases["board"].id).board.cluster_of(cards[2])
        == (clusters["Grün- und Freiflächen"])
    )
    qtbot.keyClicks(view, "S")
    box.line.clear()
    type_text(box.line, "Sport & Bewegung")
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    board = library.board.load(phases["board"].id).board
    sport = next(c for c in board.clusters if c.title == "Sport & Bewegung")
    assert board.cards_in(sport.id) == (cards[2],)
    context.undo_stack.undo()
    assert (
        library.board.load(phases["board"].id).board.cluster_of(cards[2])
        == (clusters["Grün- und Freiflächen"])
    )


def test_a_card_written_on_the_board_goes_into_the_selected_cluster(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    type_text: Callable[[Any, str], None],
) -> None:
    widget = open_board(phases["board"])
    youth = cluster_ids(library, phases["board"])["Jugend und Freizeit"]
    qtbot.mouseClick(widget.view.viewport(), LEFT, pos=heading_centre(widget, youth))
    widget.entry.setFocus()
    type_text(widget.entry, "Jugendzentrum länger öffnen – auch sonntags")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    card = library.cards.list(phases["critique"].id)[-1]
    assert card.text == "Jugendzentrum länger öffnen – auch sonntags"
    assert library.board.load(phases["board"].id).board.cluster_of(card.id) == youth
    assert inside(widget, card.id, youth)
    assert widget.entry.text() == ""
    context.undo_stack.undo()
    assert len(library.cards.list(phases["critique"].id)) == len(CRITIQUE)
    assert card.id not in widget.board_scene.cards
    context.undo_stack.redo()
    assert library.board.load(phases["board"].id).board.cluster_of(card.id) == youth


def test_the_projector_follows_the_moderators_sorting(
    qtbot: Any, library: Library, phases: dict[str, Phase], context: RunContext, open_board: Any
) -> None:
    widget = open_board(phases["board"])
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    ui = kind_ui(PhaseKind.CLUSTER)
    assert ui is not None
    presenter = ui.presenter_widget(context, phases["board"], PresenterTheme(720), screen)
    assert isinstance(presenter, BoardPresenter)
    layout.addWidget(presenter)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    assert not presenter.view.isInteractive()
    cards = card_ids(library, phases["critique"])
    mobility = cluster_ids(library, phases["board"])["Verkehr & Mobilität"]
    shown = presenter.board_scene

    drag(qtbot, widget, card_centre(widget, cards[1]), heading_centre(widget, mobility))

    def on_projector() -> bool:
        frame = shown.clusters[mobility].area()
        return frame.contains(shown.cards[cards[1]].sceneBoundingRect().center())

    qtbot.waitUntil(on_projector)
    # Fitted: the whole board is in sight.
    visible = presenter.view.mapToScene(presenter.view.viewport().rect()).boundingRect()
    assert visible.contains(shown.itemsBoundingRect().adjusted(2, 2, -2, -2))
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: not on_projector())


def test_an_empty_board_says_where_the_cards_come_from(
    library: Library, phases: dict[str, Phase], open_board: Any
) -> None:
    widget = open_board(phases["vision_board"])
    assert "Phantasiephase" in widget.hint.text()
    assert widget.board_scene.cards == {}


def test_a_board_without_clusters_says_how_to_make_one(
    library: Library, phases: dict[str, Phase], open_board: Any
) -> None:
    library.cards.add(phases["vision"].id, "Ein Dorfplatz mit Brunnen und Schatten")
    widget = open_board(phases["vision_board"])
    assert "New cluster" in widget.hint.text()
    assert len(widget.board_scene.cards) == 1


def test_zoom_keys_and_fit(qtbot: Any, phases: dict[str, Phase], open_board: Any) -> None:
    widget = open_board(phases["board"])
    view = widget.view
    fitted = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted * 1.2)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted / 1.2)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted)


def test_typing_on_selected_cards_beats_a_windows_one_letter_shortcut(
    qtbot: Any, library: Library, phases: dict[str, Phase], open_board: Any
) -> None:
    widget = open_board(phases["board"])
    # As the workshop page's B ("Blank the projector") and the run page's Space (timer).
    fired: list[str] = []
    window = widget.window()
    for key, name in (("B", "blank"), ("Space", "timer"), ("Ctrl+Space", "timer by Ctrl")):
        action = QAction(window)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, name=name: fired.append(name))
        window.addAction(action)
    view, box = widget.view, widget.type_ahead
    view.setFocus()
    # Nothing selected: B is the window's.
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert fired == ["blank"]
    assert not box.isVisible()

    cards = card_ids(library, phases["critique"])
    qtbot.mouseClick(view.viewport(), LEFT, pos=card_centre(widget, cards[5]))
    qtbot.keyClick(view, Qt.Key.Key_B)
    assert fired == ["blank"]
    assert box.isVisible()
    assert box.line.text() == "b"
    qtbot.keyClick(box.line, Qt.Key.Key_Escape)

    # Space selects on the board; Ctrl+Space stays the timer's.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["blank", "timer by Ctrl"]
    assert widget.board_scene.selected_cards() == [cards[5]]


def test_cards_and_clusters_are_chosen_and_changed_by_keyboard_alone(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    answers: Any,
) -> None:
    widget = open_board(phases["board"])
    phase_id = phases["board"].id
    clusters = cluster_ids(library, phases["board"])
    cards = card_ids(library, phases["critique"])
    scene, view = widget.board_scene, widget.view
    view.setFocus()

    def key(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(view, key, modifier)

    def stored() -> clustering.Board:
        return library.board.load(phase_id).board

    # The twelve unsorted cards lie four a row: the first key shows where the keyboard
    # is, the arrows move it without selecting.
    key(Qt.Key.Key_Right)
    assert view.cursor_spot() == Spot(cards[0])
    key(Qt.Key.Key_Right)
    key(Qt.Key.Key_Down)
    assert view.cursor_spot() == Spot(cards[5])
    assert scene.selected_cards() == []
    key(Qt.Key.Key_Space)
    assert scene.selected_cards() == [cards[5]]
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_cards() == cards[5:8]
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # takes the 8th out
    assert scene.selected_cards() == cards[5:7]
    key(Qt.Key.Key_Up)
    assert view.cursor_spot() == Spot(cards[3])
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # adds the 4th
    assert scene.selected_cards() == [cards[3], cards[5], cards[6]]

    # Type-ahead files the keyboard's selection.
    qtbot.keyClicks(view, "j")
    qtbot.keyClicks(widget.type_ahead.line, "ug")
    qtbot.keyClick(widget.type_ahead.line, Qt.Key.Key_Return)
    youth = clusters["Jugend und Freizeit"]
    assert stored().cards_in(youth) == (cards[3], cards[5], cards[6])

    # The keyboard went along with its card. Alt+Up/Down go heading by heading (from a
    # card first to its own cluster's) and select the cluster.
    assert view.cursor_spot() == Spot(cards[3])
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert view.cursor_spot() == Spot(cluster_id=youth)
    assert scene.selected_clusters() == [youth]
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert scene.selected_clusters() == [clusters["Verkehr & Mobilität"]]
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert scene.selected_clusters() == [clusters["Grün- und Freiflächen"]]
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    # From a heading, Down goes to its first card.
    key(Qt.Key.Key_Down)
    assert view.cursor_spot() == Spot(cards[3])
    key(Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert scene.selected_clusters() == [youth]

    answers.ask_text = "Jugend, Sport und Freizeit"
    key(Qt.Key.Key_F2)
    assert stored().cluster(youth).title == "Jugend, Sport und Freizeit"

    # The colour menu opens at the heading, on the cluster's colour (yellow): Down, Enter.
    key(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    menu = widget.colour_menu
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert not menu.isVisible()
    assert stored().cluster(youth).colour == "blue"

    # Merge into the second cluster offered (Verkehr, Grün): Down, Down, Enter.
    key(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    menu = widget.merge_menu
    qtbot.waitUntil(menu.isVisible)
    assert [action.text() for action in menu.actions()] == [
        "Verkehr & Mobilität",
        "Grün- und Freiflächen",
    ]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    green = clusters["Grün- und Freiflächen"]
    assert youth not in {c.id for c in stored().clusters}
    assert stored().cards_in(green) == (cards[3], cards[5], cards[6])
    assert scene.selected_clusters() == [green]

    key(Qt.Key.Key_Delete)
    assert green not in {c.id for c in stored().clusters}
    assert context.undo_stack.count() == 5


def test_the_keyboard_scrolls_a_zoomed_board_to_its_card(
    qtbot: Any, library: Library, phases: dict[str, Phase], open_board: Any
) -> None:
    widget = open_board(phases["board"])
    view = widget.view
    cards = card_ids(library, phases["critique"])
    view.setFocus()
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the first card
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    last = widget.board_scene.cards[cards[-1]].sceneBoundingRect()
    assert not shown.contains(last)
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.cursor_spot() == Spot(cards[-1])
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(last)


def test_a_card_written_on_the_board_and_undone_leaves_its_card_phase_too(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    type_text: Callable[[Any, str], None],
) -> None:
    widget = open_board(phases["board"])
    widget.entry.setFocus()
    type_text(widget.entry, "Öffentliche Trinkbrunnen für heiße Sommertage")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    # The moderator goes back to the card phase the board sorts.
    ui = kind_ui(PhaseKind.CARDS)
    assert ui is not None
    cards_widget = ui.moderator_widget(context, phases["critique"], widget.window())
    cards_widget.show()
    model = cards_widget.model  # type: ignore[attr-defined]

    def texts() -> list[str]:
        return [model.data(model.index(row, 0)) for row in range(model.rowCount())]

    assert texts()[-1] == "Öffentliche Trinkbrunnen für heiße Sommertage"
    context.undo_stack.undo()
    assert texts() == CRITIQUE
    context.undo_stack.redo()
    assert texts()[-1] == "Öffentliche Trinkbrunnen für heiße Sommertage"


@pytest.fixture
def crowded(library: Library, phases: dict[str, Phase]) -> Phase:
    """A board of 300 cards (the vision phase's), mostly unsorted, in two clusters."""
    vision, board = phases["vision"], phases["vision_board"]
    for number in range(300):
        library.cards.add(vision.id, f"{CRITIQUE[number % len(CRITIQUE)]} (Tisch {number})")
    for title in ("Mobilität", "Wohnen und Nachbarschaft"):
        state = library.board.load(board.id)
        edit = clustering.create_cluster(state.board, library.board.new_cluster_id(), title)
        library.board.apply(board.id, edit.change)
    return board


def test_the_moderators_zoom_stays_when_the_board_changes_or_the_window_resizes(
    qtbot: Any, library: Library, phases: dict[str, Phase], crowded: Phase, open_board: Any
) -> None:
    widget = open_board(crowded)
    view = widget.view
    QApplication.processEvents()  # laid out for its screen after the first show
    fitted = view.zoom()
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoom = view.zoom()
    assert zoom == pytest.approx(fitted * 1.2**6)
    assert not widget.fitted

    cards = card_ids(library, phases["vision"])
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.viewport().rect().center())
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = widget.board_scene.selected_cards()
    assert len(chosen) > 20  # four rows of cards and a bit
    before = widget.board_scene.sceneRect()
    centre = view.centre()
    qtbot.keyClicks(view, "w")
    qtbot.keyClicks(widget.type_ahead.line, "ohn")
    qtbot.keyClick(widget.type_ahead.line, Qt.Key.Key_Return)
    mobility = cluster_ids(library, crowded)["Wohnen und Nachbarschaft"]
    assert library.board.load(crowded.id).board.cards_in(mobility) == tuple(chosen)
    assert widget.board_scene.sceneRect() != before  # the board's shape changed
    assert view.zoom() == pytest.approx(zoom)
    assert (view.centre() - centre).manhattanLength() < 2 / zoom

    widget.window().resize(1200, 800)
    qtbot.waitUntil(lambda: widget.view.width() < 1200)
    QApplication.processEvents()
    assert view.zoom() == pytest.approx(zoom)

    # Ctrl+0 shows the whole board again, and keeps it so.
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert widget.fitted
    assert view.zoom() < zoom
    before = widget.board_scene.sceneRect()
    widget.move_cards(cards[-60:], mobility)
    assert widget.board_scene.sceneRect() != before

    def all_in_sight() -> bool:
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        return visible.contains(widget.board_scene.itemsBoundingRect().adjusted(2, 2, -2, -2))

    qtbot.waitUntil(all_in_sight)


@pytest.fixture
def sorted_board(library: Library, phases: dict[str, Phase]) -> Phase:
    """The vision board with 60 cards sorted into twelve clusters of five."""
    vision, board = phases["vision"], phases["vision_board"]
    cards = [
        library.cards.add(vision.id, f"{CRITIQUE[number % len(CRITIQUE)]} ({number})").id
        for number in range(60)
    ]
    for number in range(12):
        state = library.board.load(board.id)
        edit = clustering.create_cluster(
            state.board,
            library.board.new_cluster_id(),
            f"Themenfeld {number + 1}",
            card_ids=cards[number * 5 : number * 5 + 5],
        )
        library.board.apply(board.id, edit.change)
    return board


def test_a_board_in_full_sight_is_laid_out_anew_for_a_new_window_shape(
    qtbot: Any, sorted_board: Phase, open_board: Any
) -> None:
    """The window gets its real size after the board was first laid out, or the photo
    strip unfolds: the whole board is reflowed for the new shape, not just shrunk."""
    widget = open_board(sorted_board)
    view = widget.view

    def shape() -> float:
        rect = widget.board_scene.itemsBoundingRect()
        return rect.width() / rect.height()

    qtbot.waitUntil(lambda: shape() > 1.0)  # 1400 × 900: wider than tall
    wide = shape()
    widget.window().resize(700, 1000)
    qtbot.waitUntil(lambda: shape() < wide / 2)
    assert widget.fitted

    # zoomed by the moderator: the cards stay where they are
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    tall = shape()
    widget.window().resize(1400, 900)
    qtbot.waitUntil(lambda: view.width() > 1300)
    QApplication.processEvents()
    assert shape() == pytest.approx(tall)


def test_the_type_ahead_goes_when_the_board_changes_under_it(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    answers: Any,
) -> None:
    widget = open_board(phases["board"])
    clusters = cluster_ids(library, phases["board"])
    cards = card_ids(library, phases["critique"])
    view, box = widget.view, widget.type_ahead
    qtbot.mouseClick(view.viewport(), LEFT, pos=card_centre(widget, cards[0]))
    qtbot.keyClicks(view, "u")
    qtbot.keyClicks(box.line, "nd")
    assert box.choices()[:2] == ["Jugend und Freizeit", "Grün- und Freiflächen"]

    # Meanwhile "Jugend und Freizeit" is merged away (another command, an undo).
    phase_id = phases["board"].id
    board = library.board.load(phase_id).board
    edit = clustering.merge_clusters(
        board, clusters["Grün- und Freiflächen"], clusters["Jugend und Freizeit"]
    )
    state = library.board.apply(phase_id, edit.change)
    context.records_changed(phase_id, state)
    assert not box.isVisible()
    assert view.hasFocus()
    qtbot.keyClick(box.line, Qt.Key.Key_Return)
    assert library.board.load(phase_id).board.cluster_of(cards[0]) is None
    assert context.undo_stack.count() == 0
    assert answers.calls == []

    # A click elsewhere closes it too, and the focus stays where it went.
    qtbot.keyClicks(view, "v")
    assert box.isVisible()
    qtbot.mouseClick(widget.entry, LEFT)
    assert not box.isVisible()
    assert widget.entry.hasFocus()


def test_a_menu_older_than_the_board_says_so_instead_of_failing(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_board: Any,
    answers: Any,
) -> None:
    widget = open_board(phases["board"])
    clusters = cluster_ids(library, phases["board"])
    view = widget.view
    qtbot.mouseClick(
        view.viewport(), LEFT, pos=heading_centre(widget, clusters["Verkehr & Mobilität"])
    )
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    menu = widget.merge_menu
    qtbot.waitUntil(menu.isVisible)
    into_youth = next(a for a in menu.actions() if a.text() == "Jugend und Freizeit")
    # The cluster the menu offers goes before the choice.
    phase_id = phases["board"].id
    edit = clustering.delete_cluster(
        library.board.load(phase_id).board, clusters["Jugend und Freizeit"]
    )
    context.records_changed(phase_id, library.board.apply(phase_id, edit.change))
    into_youth.trigger()
    menu.close()
    assert [name for name, _args in answers.calls] == ["show_error"]
    assert "changed meanwhile" in answers.calls[0][1][1]
    assert context.undo_stack.count() == 0
    assert [c.title for c in library.board.load(phase_id).board.clusters] == [
        "Verkehr & Mobilität",
        "Grün- und Freiflächen",
    ]


def test_select_all_tells_the_selection_once(
    qtbot: Any, library: Library, phases: dict[str, Phase], open_board: Any
) -> None:
    widget = open_board(phases["board"])
    told: list[int] = []
    widget.board_scene.selectionChanged.connect(lambda: told.append(1))
    widget.view.setFocus()
    qtbot.keyClick(widget.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert widget.board_scene.selected_cards() == card_ids(library, phases["critique"])
    assert len(told) == 1
    assert widget.count_label.text() == "Cards: 12 · Clusters: 3 · Unsorted: 12"


def test_the_projector_writes_a_clusters_card_count_as_large_as_its_title(
    qtbot: Any, library: Library, phases: dict[str, Phase], context: RunContext
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    theme = PresenterTheme(1080)
    presenter = BoardPresenter(context, phases["board"], theme, screen)
    layout.addWidget(presenter)
    screen.resize(1920, 1080)
    screen.show()
    qtbot.waitExposed(screen)
    metrics = presenter.board_scene.metrics
    assert metrics.count_font.pixelSize() == metrics.heading_font.pixelSize()
    on_screen = metrics.count_font.pixelSize() * presenter.view.transform().m11()
    assert on_screen >= theme.small_px


def test_the_board_hint_shows_whole_sentences_and_all_of_it_in_its_tooltip(
    qapp: QApplication,
) -> None:
    from PySide6.QtGui import QFontMetrics

    from werkstatt.gui.kinds.board.panel import fitting_sentences

    metrics = QFontMetrics(qapp.font())
    first = "Ziehen Sie Karten auf einen Cluster, oder tippen Sie seinen Namen."
    second = "Ziehen Sie eine Überschrift auf eine andere, um beide zusammenzuführen."
    text = f"{first} {second}"
    wide = metrics.horizontalAdvance(text) + 10
    assert fitting_sentences(text, metrics, wide) == text
    assert fitting_sentences(text, metrics, wide - 20) == first
    narrow = fitting_sentences(text, metrics, metrics.horizontalAdvance(first) // 2)
    assert narrow.endswith("…") and first.startswith(narrow[:-1])
