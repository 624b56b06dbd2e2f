"""The Open Space marketplace and agenda wall, driven like a moderator does it.

Proposals are typed into the entry row; drags are real mouse events (press, moves,
release) from the marketplace list or from a cell; every step is checked in the store
(library.agenda) and undone through the run's undo stack. Each kind of conflict is
provoked and must show in its cell and as a sentence, and go again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from werkstatt.core import agenda
from werkstatt.core.agenda import AgendaWall, Cell, Proposal
from werkstatt.core.clock import machine_offset_minutes
from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext, kind_ui
from werkstatt.gui.kinds.agenda.grid import MODERATOR_COLOURS
from werkstatt.gui.kinds.agenda.panel import AgendaWidget
from werkstatt.gui.kinds.agenda.presenter import AgendaPresenter
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

LEFT = Qt.MouseButton.LeftButton
SPACES = "Großer Saal, Werkstattraum im Souterrain, Garten hinter der Bibliothek"
PROPOSALS = [
    ("Wie wird der Marktplatz autofrei, ohne dass der Einzelhandel leidet?", "Ayşe Yılmaz"),
    ("Gemeinschaftsgärten auf Brachflächen: Wer gießt im Sommer?", "Jonas Weber"),
    ("Quartiersentwicklungskonzept endlich umsetzen", "Małgorzata Nowak"),
    ("Nachbarschaftshilfe: Einkaufen, Fahrdienste, Besuche bei Älteren", "Kwame Mensah"),
]


@pytest.fixture
def phase(library: Library) -> Phase:
    workshop = library.create_workshop(
        WorkshopDraft(title="Open Space Zukunft Großbeeren", method="open_space"),
        [
            PhaseDraft(
                PhaseKind.AGENDA_WALL,
                "Marktplatz",
                settings={
                    "slots": 3,
                    "slot_minutes": 60,
                    "slot_gap_minutes": 0,
                    "spaces": 3,
                    "space_names": SPACES,
                },
            )
        ],
    )
    (wall_phase,) = library.list_phases(workshop.id)
    return wall_phase


@pytest.fixture
def context(library: Library, phase: Phase, qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    run = RunContext(library, phase.workshop_id, stack, "de")
    yield run
    stack.clear()


@pytest.fixture
def open_wall(qtbot: Any, context: RunContext, phase: Phase) -> Callable[[], AgendaWidget]:
    windows: list[QWidget] = []

    def open_() -> AgendaWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        ui = kind_ui(PhaseKind.AGENDA_WALL)
        assert ui is not None
        widget = ui.moderator_widget(context, phase, window)
        assert isinstance(widget, AgendaWidget)
        layout.addWidget(widget)
        window.resize(1600, 900)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    return open_


def stored(library: Library, phase: Phase) -> AgendaWall:
    return library.agenda.wall(phase.id)


def add(library: Library, phase: Phase, title: str, convener: str = "", **fields: Any) -> int:
    wall = library.agenda.ensure_wall(phase.id)
    proposal = Proposal(library.agenda.new_proposal_id(), title, convener=convener, **fields)
    library.agenda.apply(phase.id, agenda.add_proposal(wall, proposal).change)
    return proposal.id


def cell(wall: AgendaWall, row: int, column: int) -> Cell:
    return Cell(wall.slots[row].id, wall.spaces[column].id)


def drag(
    qtbot: Any, source: QWidget, start: QPoint, target: QWidget, end: QPoint, **keys: Any
) -> None:
    """Press, move in steps (as a hand does), release: the mouse stays with the widget
    pressed, as on a real screen, wherever it goes."""
    modifier = keys.get("modifier", Qt.KeyboardModifier.NoModifier)
    global_start = source.mapToGlobal(start)
    global_end = target.mapToGlobal(end)
    qtbot.mousePress(source, LEFT, pos=start)
    for step in range(1, 7):
        point = global_start + (global_end - global_start) * (step / 6)
        qtbot.mouseMove(source, source.mapFromGlobal(point))
    qtbot.mouseRelease(source, LEFT, modifier, pos=source.mapFromGlobal(global_end))


def row_centre(widget: AgendaWidget, proposal_id: int) -> QPoint:
    table = widget.marketplace.table
    row = table.ids.index(proposal_id)
    return table.visualRect(table.model().index(row, 0)).center()


def drag_from_list(qtbot: Any, widget: AgendaWidget, proposal_id: int, to: Cell) -> None:
    view = widget.view
    drag(
        qtbot,
        widget.marketplace.table.viewport(),
        row_centre(widget, proposal_id),
        view.viewport(),
        view.cell_centre(to),
    )


def drag_on_wall(qtbot: Any, widget: AgendaWidget, origin: Cell, to: Cell, **keys: Any) -> None:
    view = widget.view
    start = view.cell_centre(origin)
    drag(qtbot, view.viewport(), start, view.viewport(), view.cell_centre(to), **keys)


def conflict_texts(widget: AgendaWidget) -> list[str]:
    listing = widget.conflicts
    return [listing.item(row).text() for row in range(listing.count())]


def cell_colour(widget: AgendaWidget, at: Cell) -> str:
    """The colour painted in the cell's corner (away from cards and badge)."""
    view = widget.view
    rect = view.layout_.cell_rect(at)
    corner = QPoint(int(rect.left() + 4), int(rect.bottom() - 4))
    corner -= QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    image = view.viewport().grab().toImage()
    return image.pixelColor(corner).name()


# --- the marketplace ----------------------------------------------------------------------
def test_proposals_are_typed_in_one_after_another_without_the_mouse(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    type_text: Callable[[Any, str], None],
) -> None:
    widget = open_wall()
    entry = widget.marketplace.entry
    entry.title.setFocus()
    for title, convener, expected, needs in [
        ("Fahrradstraße am Schloßpark – Für und Wider", "Sören Aßmann", "25", "Beamer"),
        ("Begegnungsort für Jugendliche", "Gülşen Öztürk", "", "barrierefrei, Flipchart"),
    ]:
        focused = QApplication.focusWidget()
        assert focused is entry.title
        type_text(focused, title)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), convener)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(QApplication.focusWidget(), expected)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is entry.needs
        type_text(entry.needs, needs)
        qtbot.keyClick(entry.needs, Qt.Key.Key_Return)
    wall = stored(library, phase)
    first, second = wall.proposals
    assert (first.title, first.convener, first.expected, first.needs) == (
        "Fahrradstraße am Schloßpark – Für und Wider",
        "Sören Aßmann",
        25,
        frozenset({"Beamer"}),
    )
    assert (second.convener, second.expected, second.needs) == (
        "Gülşen Öztürk",
        None,
        frozenset({"barrierefrei", "Flipchart"}),
    )
    table = widget.marketplace.table
    assert [table.item(row, 0).text() for row in range(table.rowCount())] == [
        first.title,
        second.title,
    ]  # newest last
    assert table.item(0, 3).text() == "Beamer"
    assert entry.title.text() == "" and QApplication.focusWidget() is entry.title

    context.undo_stack.undo()
    assert [p.title for p in stored(library, phase).proposals] == [first.title]
    assert table.rowCount() == 1


def test_a_proposal_is_edited_in_place_and_withdrawn_with_del(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    type_text: Callable[[Any, str], None],
) -> None:
    pid = add(library, phase, PROPOSALS[0][0], PROPOSALS[0][1])
    widget = open_wall()
    table = widget.marketplace.table
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not table
    editor.selectAll()  # type: ignore[attr-defined]
    type_text(editor, "Ayşe Yılmaz & Jonas Weber")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits a moment later
    qtbot.waitUntil(
        lambda: stored(library, phase).proposal(pid).convener == "Ayşe Yılmaz & Jonas Weber"
    )
    assert table.item(0, 1).text() == "Ayşe Yılmaz & Jonas Weber"

    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert stored(library, phase).proposals == ()
    assert table.rowCount() == 0
    context.undo_stack.undo()
    assert [p.id for p in stored(library, phase).proposals] == [pid]
    assert table.rowCount() == 1


# --- dragging ------------------------------------------------------------------------------
def test_drag_from_the_list_move_and_back_to_the_list_all_undoable(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
) -> None:
    pid = add(library, phase, *PROPOSALS[0])
    widget = open_wall()
    wall = widget.wall
    first, second = cell(wall, 0, 1), cell(wall, 2, 2)

    drag_from_list(qtbot, widget, pid, first)
    assert stored(library, phase).cell_of(pid) == first
    assert widget.marketplace.table.rowCount() == 0

    drag_on_wall(qtbot, widget, first, second)
    assert stored(library, phase).cell_of(pid) == second

    view = widget.view
    drag(
        qtbot,
        view.viewport(),
        view.cell_centre(second),
        widget.marketplace.table.viewport(),
        widget.marketplace.table.viewport().rect().center(),
    )
    assert stored(library, phase).cell_of(pid) is None
    assert widget.marketplace.table.ids == [pid]

    context.undo_stack.undo()
    assert stored(library, phase).cell_of(pid) == second
    context.undo_stack.undo()
    assert stored(library, phase).cell_of(pid) == first
    context.undo_stack.undo()
    assert stored(library, phase).cell_of(pid) is None
    context.undo_stack.redo()
    assert stored(library, phase).cell_of(pid) == first


def test_while_dragging_the_cells_that_fit_are_tinted(
    qtbot: Any, open_wall: Callable[[], AgendaWidget], library: Library, phase: Phase
) -> None:
    pid = add(library, phase, PROPOSALS[0][0], needs=frozenset({"Beamer"}))
    wall = library.agenda.ensure_wall(phase.id)
    beamer_room = wall.spaces[0].id
    library.agenda.apply(
        phase.id,
        agenda.update_space(wall, beamer_room, equipment=frozenset({"Beamer"})).change,
    )
    widget = open_wall()
    table, view = widget.marketplace.table, widget.view
    start = row_centre(widget, pid)
    qtbot.mousePress(table.viewport(), LEFT, pos=start)
    qtbot.mouseMove(table.viewport(), start + QPoint(0, 30))
    assert view.dragged == pid
    assert view.highlights == {c for c in view.wall.free_cells if c.space_id == beamer_room}
    target = view.cell_centre(cell(view.wall, 1, 0))
    qtbot.mouseMove(
        table.viewport(), table.viewport().mapFromGlobal(view.viewport().mapToGlobal(target))
    )
    assert view.target == cell(view.wall, 1, 0)
    qtbot.mouseRelease(
        table.viewport(),
        LEFT,
        pos=table.viewport().mapFromGlobal(view.viewport().mapToGlobal(target)),
    )
    assert view.dragged is None and not view.highlights
    assert stored(library, phase).cell_of(pid) == cell(view.wall, 1, 0)


def test_drop_on_an_occupied_cell_swap_merge_or_both(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    answers: Any,
) -> None:
    first = add(library, phase, *PROPOSALS[0])
    second = add(library, phase, *PROPOSALS[1])
    widget = open_wall()
    a, b = cell(widget.wall, 0, 0), cell(widget.wall, 1, 1)
    drag_from_list(qtbot, widget, first, a)
    drag_from_list(qtbot, widget, second, b)

    # Shift: swap without asking.
    drag_on_wall(qtbot, widget, a, b, modifier=Qt.KeyboardModifier.ShiftModifier)
    wall = stored(library, phase)
    assert (wall.cell_of(first), wall.cell_of(second)) == (b, a)
    context.undo_stack.undo()
    wall = stored(library, phase)
    assert (wall.cell_of(first), wall.cell_of(second)) == (a, b)

    # Plain drop: asked; 'both' parks it there, a double booking.
    answers.choice = "both"
    drag_on_wall(qtbot, widget, a, b)
    assert "Merged, the session would be called" in answers.texts("ask_choice")[-1]
    assert stored(library, phase).sessions_at(*b) == (first, second)
    assert any("Two sessions in the same space" in t for t in conflict_texts(widget))
    context.undo_stack.undo()

    # Merge: one session with both titles; undo splits them again.
    answers.choice = "merge"
    drag_on_wall(qtbot, widget, a, b)
    wall = stored(library, phase)  # the session that hung there stays, with both titles
    assert wall.visible == (wall.proposal(second),)
    assert wall.proposal(second).title == PROPOSALS[1][0] + " / " + PROPOSALS[0][0]
    assert wall.cell_of(second) == b
    assert wall.proposal(first).merged_into == second
    context.undo_stack.undo()
    wall = stored(library, phase)
    assert wall.proposal(second).title == PROPOSALS[1][0]
    assert (wall.cell_of(first), wall.cell_of(second)) == (a, b)


# --- keyboard ------------------------------------------------------------------------------
def test_keyboard_places_unplaces_and_merges(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    answers: Any,
) -> None:
    first = add(library, phase, *PROPOSALS[2])
    second = add(library, phase, *PROPOSALS[3])
    widget = open_wall()
    table, view = widget.marketplace.table, widget.view
    table.setFocus()
    table.selectRow(0)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the frame appears in the first cell
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    target = cell(view.wall, 0, 1)
    assert stored(library, phase).cell_of(first) == target

    table.setFocus()
    table.selectRow(0)  # the second proposal, now the only one in the list
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert stored(library, phase).cell_of(second) == cell(view.wall, 1, 1)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    answers.confirm = True
    qtbot.keyClick(view, Qt.Key.Key_M)  # merge the selected one into the framed cell's
    assert "into one session called" in answers.texts("confirm")[-1]
    wall = stored(library, phase)
    assert wall.proposal(second).merged_into == first and wall.cell_of(first) == target
    context.undo_stack.undo()

    qtbot.keyClick(view, Qt.Key.Key_Space)  # select the framed cell's session
    assert view.selected == first
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert stored(library, phase).cell_of(first) is None
    context.undo_stack.undo()
    assert stored(library, phase).cell_of(first) == target


# --- conflicts -----------------------------------------------------------------------------
def test_each_conflict_shows_in_its_cell_and_in_words_and_goes_again(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
) -> None:
    wall = library.agenda.ensure_wall(phase.id)
    workshop_room = wall.spaces[1].id
    library.agenda.apply(phase.id, agenda.update_space(wall, workshop_room, capacity=12).change)
    big = add(library, phase, PROPOSALS[0][0], "Ayşe Yılmaz", expected=30)
    film = add(
        library, phase, "Filmabend im Park planen", "Jonas Weber", needs=frozenset({"Beamer"})
    )
    same = add(library, phase, PROPOSALS[1][0], "ayse yilmaz")
    widget = open_wall()
    free = MODERATOR_COLOURS.background
    tinted = MODERATOR_COLOURS.conflict_cell

    # Over capacity: 30 people into a room for 12.
    drag_from_list(qtbot, widget, big, cell(widget.wall, 0, 1))
    room = cell(widget.wall, 0, 1)
    assert "Expects 30, the space holds 12" in " ".join(conflict_texts(widget))
    assert cell_colour(widget, room) == tinted
    drag_on_wall(qtbot, widget, room, cell(widget.wall, 0, 0))
    assert conflict_texts(widget) == []
    assert cell_colour(widget, room) == free

    # Missing equipment: the garden has no Beamer.
    drag_from_list(qtbot, widget, film, cell(widget.wall, 1, 2))
    assert any("Needs Beamer, the space has none" in t for t in conflict_texts(widget))
    assert cell_colour(widget, cell(widget.wall, 1, 2)) == tinted
    context.undo_stack.undo()
    assert conflict_texts(widget) == []

    # A convener twice in one slot (spelled differently).
    drag_from_list(qtbot, widget, same, cell(widget.wall, 0, 2))
    texts = conflict_texts(widget)
    assert any("Ayşe Yılmaz convenes two sessions in this time slot" in t for t in texts)
    assert cell_colour(widget, cell(widget.wall, 0, 0)) == tinted
    assert cell_colour(widget, cell(widget.wall, 0, 2)) == tinted
    drag_on_wall(qtbot, widget, cell(widget.wall, 0, 2), cell(widget.wall, 1, 2))
    assert conflict_texts(widget) == []

    # Two sessions in one cell.
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert conflict_texts(widget) == []
    assert widget.conflicts_heading.text() == "No conflicts"
    assert cell_colour(widget, cell(widget.wall, 0, 2)) == free


def test_double_booking_shows_and_tooltip_says_it(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    answers: Any,
) -> None:
    first = add(library, phase, *PROPOSALS[0])
    second = add(library, phase, *PROPOSALS[1])
    widget = open_wall()
    target = cell(widget.wall, 2, 1)
    drag_from_list(qtbot, widget, first, target)
    answers.choice = "both"
    drag_from_list(qtbot, widget, second, target)
    assert stored(library, phase).sessions_at(*target) == (first, second)
    assert conflict_texts(widget) == [
        PROPOSALS[0][0] + ": Two sessions in the same space at the same time"
    ]
    assert cell_colour(widget, target) == MODERATOR_COLOURS.conflict_cell
    context.undo_stack.undo()
    assert conflict_texts(widget) == []
    assert widget.conflicts_heading.text() == "No conflicts"


# --- place the rest ------------------------------------------------------------------------
def test_place_the_rest_leaves_no_conflict_and_says_what_did_not_fit(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
) -> None:
    wall = library.agenda.ensure_wall(phase.id)
    for space in wall.spaces:
        wall = library.agenda.apply(
            phase.id, agenda.update_space(wall, space.id, capacity=20).change
        )
    ids = [add(library, phase, title, convener) for title, convener in PROPOSALS]
    ids.append(add(library, phase, "Großes Plenum zur Verkehrswende", "Lena Vogt", expected=80))
    ids += [add(library, phase, f"Thema {n}: Fragen an die Bürgermeisterin") for n in range(6)]
    widget = open_wall()
    qtbot.mouseClick(widget.place_rest, LEFT)
    after = stored(library, phase)
    assert agenda.conflicts(after) == ()
    assert len(after.placement) == 9  # 3 slots × 3 spaces
    assert len(after.unplaced) == 2
    assert widget.status.text() == (
        "9 proposal(s) placed without a conflict. 2 could not be placed. "
        "1 fit nowhere without a conflict."
    )
    assert conflict_texts(widget) == []
    context.undo_stack.undo()
    assert stored(library, phase).placement == {}


# --- slots and spaces ----------------------------------------------------------------------
def test_spaces_and_slots_are_edited_and_undone(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    answers: Any,
) -> None:
    widget = open_wall()
    answers.ask_text = "Foyer (barrierefrei)"
    qtbot.mouseClick(widget.add_space_button, LEFT)
    assert [s.name for s in stored(library, phase).spaces][-1] == "Foyer (barrierefrei)"
    qtbot.mouseClick(widget.add_slot_button, LEFT)
    slots = stored(library, phase).slots
    assert len(slots) == 4 and slots[-1].start == agenda.slot_end(slots[-2])

    space = stored(library, phase).spaces[0]
    view = widget.view
    header = QPoint(int(view.layout_.column_left(0) + 20), 10)
    answers.choice = "capacity"
    answers.ask_text = "45"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=header)
    assert stored(library, phase).space(space.id).capacity == 45

    slot = stored(library, phase).slots[1]
    answers.choice = "break"
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.RightButton,
        pos=QPoint(20, int(view.layout_.row_tops[1] + 10)),
    )
    assert stored(library, phase).slot(slot.id).is_break
    break_point = view.layout_.row_rect(1).center() - view._offset()
    assert (
        view.cell_at(QPoint(int(view.cell_centre(cell(view.wall, 0, 0)).x()), int(break_point.y())))
        is None
    )
    for _ in range(4):
        context.undo_stack.undo()
    after = stored(library, phase)
    assert len(after.slots) == 3 and len(after.spaces) == 3
    assert after.space(space.id).capacity is None


# --- the projector -------------------------------------------------------------------------
def test_projector_highlights_the_slot_running_now(
    qtbot: Any, context: RunContext, library: Library, phase: Phase
) -> None:
    first = add(library, phase, *PROPOSALS[0])
    wall = library.agenda.ensure_wall(phase.id)
    library.agenda.apply(phase.id, agenda.place(wall, first, *cell(wall, 1, 0)).change)
    wall = stored(library, phase)
    second_slot = wall.slots[1]
    local = dt.datetime.combine(dt.date(2026, 6, 13), second_slot.start, dt.UTC)
    offset = library.run.utc_offset_minutes(phase.workshop_id)
    if offset is None:
        offset = machine_offset_minutes(local)
    moment = {"now": local + dt.timedelta(minutes=10 - offset)}
    presenter = AgendaPresenter(
        context, phase, PresenterTheme(1080), None, clock=lambda: moment["now"]
    )
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    qtbot.waitExposed(presenter)
    assert presenter.current_slot == second_slot.id
    layout = presenter.layout_
    assert layout is not None
    image = presenter.grab().toImage()
    row = layout.row_rect(1)
    margin = presenter._margin
    # In the row's header, below its time: the row's own colour.
    header_point = QPoint(
        int(margin + layout.sizes.header_width / 2), int(margin + row.top() + row.height() * 0.8)
    )
    assert image.pixelColor(header_point).name() == "#4a3f12"
    moment["now"] += dt.timedelta(hours=5)
    presenter.refresh_clock()
    assert presenter.current_slot is None
    image = presenter.grab().toImage()
    assert image.pixelColor(header_point).name() != "#4a3f12"


# --- printing ------------------------------------------------------------------------------
def test_agenda_and_report_forms_are_printed_off_the_gui_thread(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    answers: Any,
    event_loop_qt: Any,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import asyncio

    from werkstatt.gui import export, tasks

    opened: list[Any] = []
    monkeypatch.setattr(export, "open_in_viewer", lambda path: opened.append(path) or True)
    pid = add(library, phase, *PROPOSALS[0])
    wall = library.agenda.ensure_wall(phase.id)
    library.agenda.apply(phase.id, agenda.place(wall, pid, *cell(wall, 0, 0)).change)
    widget = open_wall()
    answers.choice = "A4"
    answers.save_file = tmp_path / "Agenda.pdf"
    qtbot.mouseClick(widget.print_agenda_button, LEFT)
    event_loop_qt.run_until_complete(asyncio.gather(*tasks._running))
    answers.save_file = tmp_path / "Berichte.pdf"
    qtbot.mouseClick(widget.print_forms_button, LEFT)
    event_loop_qt.run_until_complete(asyncio.gather(*tasks._running))
    assert opened == [tmp_path / "Agenda.pdf", tmp_path / "Berichte.pdf"]
    assert all(path.read_bytes().startswith(b"%PDF") for path in opened)


# --- slots and spaces by keyboard ----------------------------------------------------------
def test_slots_and_spaces_are_edited_and_removed_by_keyboard(
    qtbot: Any,
    open_wall: Callable[[], AgendaWidget],
    library: Library,
    phase: Phase,
    context: RunContext,
    answers: Any,
) -> None:
    widget = open_wall()
    view = widget.view
    asked: list[tuple[str, int, QPoint]] = []
    view.headerMenuRequested.connect(lambda what, item, at: asked.append((what, item, at)))
    spaces = stored(library, phase).spaces
    slots = stored(library, phase).slots
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)

    # F2 with no frame yet: the frame goes to the first cell, its slot and space offered
    qtbot.keyClick(view, Qt.Key.Key_F2)
    menu = view.header_menu
    qtbot.waitUntil(menu.isVisible)
    assert view.cursor_cell == cell(view.wall, 0, 0)
    assert [a.text() for a in menu.actions()] == [
        f"Time slot {_slot_times(slots[0])} …",
        "Space “Großer Saal” …",
    ]
    answers.choice = "capacity"
    answers.ask_text = "45"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert stored(library, phase).space(spaces[0].id).capacity == 45
    assert asked[-1][:2] == ("space", spaces[0].id)
    # the same signal as a right click: the position is on the space's header
    header = view.viewport().mapFromGlobal(asked[-1][2])
    assert view.header_at(header) == ("space", spaces[0].id)

    # Shift+F10 one cell down: the second slot gets a label
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(menu.isVisible)
    answers.choice = "label"
    answers.ask_text = "Themenrunde nach der Mittagspause"
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # the slot comes first
    assert stored(library, phase).slot(slots[1].id).label == "Themenrunde nach der Mittagspause"
    assert view.header_at(view.viewport().mapFromGlobal(asked[-1][2])) == ("slot", slots[1].id)

    # the Menu key in the third column: its space is removed
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Menu)
    qtbot.waitUntil(menu.isVisible)
    assert menu.actions()[1].text() == "Space “Garten hinter der Bibliothek” …"
    answers.choice = "remove"
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert [s.id for s in stored(library, phase).spaces] == [spaces[0].id, spaces[1].id]

    # Esc closes the menu, nothing asked
    view.setFocus()
    calls = len(answers.calls)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert len(answers.calls) == calls

    for _ in range(3):
        context.undo_stack.undo()
    after = stored(library, phase)
    assert [s.name for s in after.spaces] == [s.strip() for s in SPACES.split(",")]
    assert after.space(spaces[0].id).capacity is None
    assert after.slot(slots[1].id).label == ""


def _slot_times(slot: agenda.Slot) -> str:
    return f"{slot.start:%H:%M}–{agenda.slot_end(slot):%H:%M}"


def test_projector_titles_shrink_a_little_rather_than_break_a_word(
    qtbot: Any, context: RunContext, library: Library, phase: Phase
) -> None:
    """'Quartiersentwicklungskonzept' broken as 'Quartiersentwicklungs-konzept' reads
    badly from the back of the hall: the titles get smaller until the longest word fits
    (by 30 % at most)."""
    from PySide6.QtGui import QFontMetricsF

    from werkstatt.gui.kinds.text_fit import font_px

    wall = library.agenda.ensure_wall(phase.id)
    for column, (title, convener) in enumerate(PROPOSALS[:3]):
        pid = add(library, phase, title, convener)
        wall = stored(library, phase)
        library.agenda.apply(phase.id, agenda.place(wall, pid, *cell(wall, 0, column)).change)
    presenter = AgendaPresenter(context, phase, PresenterTheme(1080), None)
    qtbot.addWidget(presenter)
    presenter.resize(1920, 1080)
    presenter.show()
    qtbot.waitExposed(presenter)
    sizes = presenter.layout_.sizes
    theme = PresenterTheme(1080)
    unshrunk = int(min(theme.body_px, sizes.cell_height / 3.6, sizes.cell_width / 7.0))
    assert sizes.title_px < unshrunk, "the compound did not fit at the full size"
    assert sizes.title_px >= int(unshrunk * 0.7)
    metrics = QFontMetricsF(font_px(sizes.title_px, bold=True, base=presenter.font()))
    room = sizes.cell_width - 12 - 2 * sizes.pad - metrics.horizontalAdvance("-")
    assert metrics.horizontalAdvance("Quartiersentwicklungskonzept") <= room


def test_a_narrow_marketplace_gives_its_width_to_the_titles(
    qtbot: Any, open_wall: Callable[[], AgendaWidget], library: Library, phase: Phase
) -> None:
    """Beside the wall on a laptop the list is about 350 px: people and needs give way
    (to the title's tooltip), so that a title is not broken after every word."""
    add(library, phase, PROPOSALS[2][0], PROPOSALS[2][1], expected=12, needs={"Beamer"})
    widget = open_wall()
    table = widget.marketplace.table
    assert not table.narrow
    widget.splitter.setSizes([360, 1240])
    qtbot.waitUntil(lambda: table.narrow)
    assert table.isColumnHidden(2) and table.isColumnHidden(3)
    tooltip = table.item(0, 0).toolTip()
    assert "12 people" in tooltip and "Beamer" in tooltip
    assert table.columnWidth(0) > table.columnWidth(1)
    widget.splitter.setSizes([700, 900])
    qtbot.waitUntil(lambda: not table.narrow)
    assert not table.isColumnHidden(3)
