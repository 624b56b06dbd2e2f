"""Action plan (Maßnahmenplan): actions taken over from the top clusters with one click,
edited in place by keys, reordered, deleted and undone; the projector follows."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core import clustering
from werkstatt.core.records import ActionStatus, Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext, kind_ui
from werkstatt.gui.kinds.action_plan import ActionPlanPresenter, ActionPlanWidget
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

CARDS = [
    "Kein Treffpunkt für Jugendliche im Quartier",
    "Straßenbahn fährt abends nur alle 30 Minuten",
    "Spielplatz an der Weißdornstraße verwahrlost",
    "Zu wenig Sitzbänke am Marktplatz",
]
#: cluster title, its cards, its dots
CLUSTERS = [
    ("Treffpunkte für Jung und Alt", [0, 3], 9),
    ("Verkehr & Mobilität", [1], 4),
    ("Spielplätze und Grünflächen", [2], 6),
]


def build_workshop(library: Library) -> dict[str, Any]:
    """Cards, clustered and voted on through the store, then a reality check and an
    action plan that take the top three."""
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Quartier Nordstadt", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Kritikphase"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik clustern"),
            PhaseDraft(PhaseKind.VOTE, "Gewichtung", settings={"dots_per_person": 3}),
            PhaseDraft(PhaseKind.REALITY_CHECK, "Realitätscheck", settings={"top_n": 3}),
            PhaseDraft(
                PhaseKind.ACTION_PLAN,
                "Verwirklichungsphase",
                question="Was packen wir an – wer, bis wann?",
                settings={"top_n": 3},
            ),
        ],
    )
    cards, board, vote, check, plan = library.list_phases(workshop.id)
    card_ids = [library.cards.add(cards.id, text).id for text in CARDS]
    cluster_ids = []
    for title, members, _dots in CLUSTERS:
        state = library.board.load(board.id).board
        created = clustering.create_cluster(state, library.board.new_cluster_id(), title)
        library.board.apply(board.id, created.change)
        cluster_id = created.change.added[0].id
        state = library.board.load(board.id).board
        moved = clustering.move_cards(state, [card_ids[i] for i in members], cluster_id)
        library.board.apply(board.id, moved.change)
        cluster_ids.append(cluster_id)
    criterion = library.votes.criteria(vote.id)[0]
    library.votes.set_counts(
        vote.id,
        [(cid, criterion, dots) for cid, (_t, _m, dots) in zip(cluster_ids, CLUSTERS, strict=True)],
    )
    return {"plan": plan, "check": check, "board": board, "clusters": cluster_ids}


@pytest.fixture
def workshop(library: Library) -> dict[str, Any]:
    return build_workshop(library)


@pytest.fixture
def context(library: Library, workshop: dict[str, Any], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, workshop["plan"].workshop_id, stack, "de")
    stack.clear()


@pytest.fixture
def windows() -> list[QWidget]:
    """Keeps the test's windows alive (qtbot holds them weakly)."""
    return []


@pytest.fixture
def open_plan(
    qtbot: Any, context: RunContext, windows: list[QWidget]
) -> Callable[[Phase], ActionPlanWidget]:
    def open_(phase: Phase) -> ActionPlanWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        ui = kind_ui(PhaseKind.ACTION_PLAN)
        assert ui is not None
        widget = ui.moderator_widget(context, phase, window)
        assert isinstance(widget, ActionPlanWidget)
        QVBoxLayout(window).addWidget(widget)
        window.resize(1400, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    return open_


@pytest.fixture
def open_presenter(
    qtbot: Any, context: RunContext, windows: list[QWidget]
) -> Callable[[Phase], ActionPlanPresenter]:
    def open_(phase: Phase) -> ActionPlanPresenter:
        host = QWidget()
        windows.append(host)
        qtbot.addWidget(host)
        ui = kind_ui(PhaseKind.ACTION_PLAN)
        assert ui is not None
        widget = ui.presenter_widget(context, phase, PresenterTheme(1080), host)
        assert isinstance(widget, ActionPlanPresenter)
        QVBoxLayout(host).addWidget(widget)
        host.resize(1920, 1080)
        host.show()
        qtbot.waitExposed(host)
        return widget

    return open_


def _editor(widget: ActionPlanWidget, kind: type[QWidget]) -> Any:
    editors = [e for e in widget.table.viewport().findChildren(kind) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def _rows(widget: ActionPlanWidget) -> list[str]:
    return [action.what for action in widget.model.records()]


def test_one_click_takes_over_a_top_cluster_and_opens_the_responsible_cell(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
    open_presenter: Callable[[Phase], ActionPlanPresenter],
    type_text: Callable[[Any, str], None],
) -> None:
    plan = workshop["plan"]
    widget = open_plan(plan)
    presenter = open_presenter(plan)
    assert presenter.stack.currentWidget() is presenter.empty_label
    # the top three by dots, with their dots
    assert [b.toolTip().split("\n")[0] for b in widget.top_buttons] == [
        "Treffpunkte für Jung und Alt",
        "Spielplätze und Grünflächen",
        "Verkehr & Mobilität",
    ]
    assert widget.top_buttons[2].toolTip().endswith("(Ctrl+3)")
    assert widget.top_buttons[0].text() == "Treffpunkte für Jung und Alt · 9 dots"

    qtbot.mouseClick(widget.top_buttons[1], Qt.MouseButton.LeftButton)
    (action,) = library.actions.list(plan.id)
    assert (action.what, action.source, action.source_cluster_id) == (
        "Spielplätze und Grünflächen",
        "Spielplätze und Grünflächen",
        workshop["clusters"][2],
    )
    assert widget.top_buttons[1].property("taken") is True
    assert widget.top_buttons[0].property("taken") is False
    # the responsible person's cell is open: type the name, Tab on to "By when"
    editor = _editor(widget, QPlainTextEdit)
    assert editor.objectName() == "editor_responsible"
    type_text(editor, "Dragana Petrović")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    due = _editor(widget, QPlainTextEdit)
    assert due.objectName() == "editor_due"
    type_text(due, "bis Ende März 2027")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    (action,) = library.actions.list(plan.id)
    assert (action.responsible, action.due) == ("Dragana Petrović", "bis Ende März 2027")
    qtbot.waitUntil(lambda: presenter.stack.currentWidget() is presenter.page)
    assert presenter.model.records() == [action]
    assert presenter.model.display(0, 1) == "Dragana Petrović"  # names on the room's screen

    # undo goes back step by step: the date, the name, the action
    widget._context.undo_stack.undo()
    assert library.actions.list(plan.id)[0].due == ""
    widget._context.undo_stack.undo()
    widget._context.undo_stack.undo()
    assert library.actions.list(plan.id) == []
    assert widget.model.rowCount() == 0
    qtbot.waitUntil(lambda: presenter.stack.currentWidget() is presenter.empty_label)


def test_a_reality_check_of_the_idea_brings_its_resources_along(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
) -> None:
    library.reality_checks.add(
        workshop["check"].id,
        "Treffpunkte für Jung und Alt",
        resources="Verfügungsfonds, leerstehendes Stellwerk",
        allies="Jugendclub Nordstadt",
        source_cluster_id=workshop["clusters"][0],
    )
    widget = open_plan(workshop["plan"])
    qtbot.mouseClick(widget.top_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.top_buttons[1], Qt.MouseButton.LeftButton)
    first, second = library.actions.list(workshop["plan"].id)
    assert (first.what, first.resources) == (
        "Treffpunkte für Jung und Alt",
        "Verfügungsfonds, leerstehendes Stellwerk",
    )
    assert (second.what, second.resources) == ("Spielplätze und Grünflächen", "")


def test_typed_actions_are_edited_in_place_and_get_a_status(
    qtbot: Any,
    answers: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
    type_text: Callable[[Any, str], None],
) -> None:
    plan = workshop["plan"]
    widget = open_plan(plan)
    qtbot.waitUntil(widget.entry.hasFocus)
    type_text(widget.entry, "Quartiersentwicklungskonzept aus der Schublade holen")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    assert widget.entry.text() == ""
    editor = _editor(widget, QPlainTextEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing to say about the responsible yet
    # Ins: back to the line for the next action
    qtbot.keyClick(widget.table, Qt.Key.Key_Insert)
    assert widget.entry.hasFocus()
    type_text(widget.entry, "Bänke aufstellen")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    qtbot.keyClick(_editor(widget, QPlainTextEdit), Qt.Key.Key_Escape)
    assert _rows(widget) == [
        "Quartiersentwicklungskonzept aus der Schublade holen",
        "Bänke aufstellen",
    ]

    # F2 on the first step of row 1: two lines, Shift+Enter between them
    widget.table.select_cell(0, widget.model.column_of("first_step"))
    qtbot.keyClick(widget.table, Qt.Key.Key_F2)
    step = _editor(widget, QPlainTextEdit)
    type_text(step, "Anfrage an das Stadtplanungsamt")
    qtbot.keyClick(step, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(step, "Termin mit Frau Øksnes")
    qtbot.keyClick(step, Qt.Key.Key_Return)
    first = library.actions.list(plan.id)[0]
    assert first.first_step == "Anfrage an das Stadtplanungsamt\nTermin mit Frau Øksnes"
    assert widget.model.display(0, widget.model.column_of("first_step")) == first.first_step

    # the status is a choice: open, started, done
    widget.table.select_cell(1, widget.model.column_of("status"))
    qtbot.keyClick(widget.table, Qt.Key.Key_F2)
    combo = _editor(widget, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["open", "started", "done"]
    # the arrows only change the value; Enter keeps it
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.isVisible() and combo.currentText() == "started"
    assert library.actions.list(plan.id)[1].status is ActionStatus.OPEN
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert library.actions.list(plan.id)[1].status is ActionStatus.OPEN
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.actions.list(plan.id)[1].status is ActionStatus.DONE)
    assert widget.model.display(1, widget.model.column_of("status")) == "done"
    # the source column is not for typing
    source = widget.model.index(0, widget.model.column_of("source"))
    assert not widget.model.flags(source) & Qt.ItemFlag.ItemIsEditable

    # an empty action is refused by the store: said, nothing changed
    widget.table.select_cell(1, 0)
    qtbot.keyClick(widget.table, Qt.Key.Key_F2)
    what = _editor(widget, QPlainTextEdit)
    what.selectAll()
    qtbot.keyClick(what, Qt.Key.Key_Delete)
    qtbot.keyClick(what, Qt.Key.Key_Return)
    assert _rows(widget) == [
        "Quartiersentwicklungskonzept aus der Schublade holen",
        "Bänke aufstellen",
    ]
    assert answers.names() == ["show_error"]  # the store's refusal, said


def test_rows_move_with_ctrl_arrows_and_delete_with_del_and_undo(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
    open_presenter: Callable[[Phase], ActionPlanPresenter],
) -> None:
    plan = workshop["plan"]
    whats = ["Jugendtreff einrichten", "Bänke aufstellen", "Nachtbus beantragen"]
    for text in whats:
        library.actions.add(plan.id, text, responsible="Kwame Mensah")
    widget = open_plan(plan)
    presenter = open_presenter(plan)
    widget.table.setFocus()
    widget.table.select_cell(0, 1)
    qtbot.keyClick(widget.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    expected = ["Bänke aufstellen", "Nachtbus beantragen", "Jugendtreff einrichten"]
    assert _rows(widget) == expected
    assert [a.what for a in library.actions.list(plan.id)] == expected
    assert widget.table.currentIndex().row() == 2  # the moved row stays selected
    qtbot.waitUntil(lambda: [a.what for a in presenter.model.records()] == expected)

    qtbot.keyClick(widget.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _rows(widget)[1] == "Jugendtreff einrichten"
    qtbot.keyClick(widget.table, Qt.Key.Key_Delete)
    assert _rows(widget) == ["Bänke aufstellen", "Nachtbus beantragen"]
    assert library.actions.count(plan.id) == 2
    widget._context.undo_stack.undo()  # the deletion
    assert _rows(widget)[1] == "Jugendtreff einrichten"
    widget._context.undo_stack.undo()  # the move up
    widget._context.undo_stack.undo()
    widget._context.undo_stack.undo()
    assert _rows(widget) == whats
    assert [a.what for a in library.actions.list(plan.id)] == whats
    widget._context.undo_stack.redo()
    assert _rows(widget) == ["Bänke aufstellen", "Jugendtreff einrichten", "Nachtbus beantragen"]
    qtbot.waitUntil(lambda: presenter.model.records() == library.actions.list(plan.id))


def test_the_responsible_column_is_marked_as_personal_data(
    workshop: dict[str, Any], open_plan: Callable[[Phase], ActionPlanWidget]
) -> None:
    widget = open_plan(workshop["plan"])
    column = widget.model.column_of("responsible")
    header = widget.model.headerData(column, Qt.Orientation.Horizontal)
    tip = widget.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Responsible *"
    assert "Personal data" in tip
    assert widget.personal_label.isVisible()


def test_without_a_vote_the_plan_is_typed_and_says_so(
    qtbot: Any, library: Library, context: RunContext, windows: list[QWidget]
) -> None:
    workshop = library.create_workshop(
        WorkshopDraft(title="Open Space Kulturhaus", method="open_space"),
        [PhaseDraft(PhaseKind.ACTION_PLAN, "Nächste Schritte", settings={"top_n": 3})],
    )
    (phase,) = library.list_phases(workshop.id)
    own = RunContext(library, workshop.id, context.undo_stack, "de")
    window = QWidget()
    windows.append(window)
    qtbot.addWidget(window)
    widget = ActionPlanWidget(own, phase, window)
    QVBoxLayout(window).addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    assert widget.top_buttons == []
    assert widget.top_hint.isVisible()


def test_letters_type_into_a_cell_not_into_a_window_shortcut(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
) -> None:
    """On the workshop page B blanks the projector; in a table cell it is a letter."""
    plan = workshop["plan"]
    library.actions.add(plan.id, "Jugendtreff einrichten", responsible="Kwame Mensah")
    widget = open_plan(plan)
    window = widget.window()
    blanked: list[bool] = []
    blank = QAction(window)
    blank.setShortcut(QKeySequence(Qt.Key.Key_B))
    blank.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    blank.triggered.connect(lambda: blanked.append(True))
    window.addAction(blank)
    widget.table.setFocus()
    widget.table.select_cell(0, widget.model.column_of("due"))
    qtbot.keyClick(widget.table, Qt.Key.Key_B)
    assert blanked == []
    editor = _editor(widget, QPlainTextEdit)
    assert (editor.objectName(), editor.toPlainText()) == ("editor_due", "b")
    qtbot.keyClicks(editor, "is Mai")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert library.actions.list(plan.id)[0].due == "bis Mai"
    # outside the table the window's key works as before
    widget.entry.setFocus()
    widget.entry.setReadOnly(True)  # a line that types nothing leaves B to the window
    qtbot.keyClick(widget.entry, Qt.Key.Key_B)
    assert blanked == [True]


def test_backspace_empties_a_cell_and_only_del_deletes_rows(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
    type_text: Callable[[Any, str], None],
) -> None:
    plan = workshop["plan"]
    for text in ("Jugendtreff einrichten", "Bänke aufstellen"):
        library.actions.add(plan.id, text, responsible="Kwame Mensah")
    widget = open_plan(plan)
    widget.table.setFocus()
    widget.table.select_cell(1, widget.model.column_of("responsible"))
    qtbot.keyClick(widget.table, Qt.Key.Key_Backspace)
    assert library.actions.count(plan.id) == 2
    editor = _editor(widget, QPlainTextEdit)
    assert (editor.objectName(), editor.toPlainText()) == ("editor_responsible", "")
    type_text(editor, "Zeynep Çelik")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert [a.responsible for a in library.actions.list(plan.id)] == [
        "Kwame Mensah",
        "Zeynep Çelik",
    ]
    # Esc after Backspace brings the text back untouched
    qtbot.keyClick(widget.table, Qt.Key.Key_Backspace)
    qtbot.keyClick(_editor(widget, QPlainTextEdit), Qt.Key.Key_Escape)
    assert library.actions.list(plan.id)[1].responsible == "Zeynep Çelik"
    qtbot.keyClick(widget.table, Qt.Key.Key_Delete)
    assert [a.what for a in library.actions.list(plan.id)] == ["Jugendtreff einrichten"]
    assert widget._context.undo_stack.undoText() == "Delete action “Bänke aufstellen”"


def test_several_rows_deleted_are_named_by_their_number(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
) -> None:
    plan = workshop["plan"]
    for text in ("Jugendtreff einrichten", "Bänke aufstellen", "Nachtbus beantragen"):
        library.actions.add(plan.id, text)
    widget = open_plan(plan)
    widget.table.setFocus()
    widget.table.select_cell(0, 0)
    qtbot.keyClick(widget.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(widget.table, Qt.Key.Key_Delete)
    assert [a.what for a in library.actions.list(plan.id)] == ["Nachtbus beantragen"]
    assert widget._context.undo_stack.undoText() == "Delete 2 action(s)"


def test_ctrl_and_a_number_takes_over_that_top_result(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
) -> None:
    """Space is the run page's timer: the top results have keys of their own."""
    plan = workshop["plan"]
    widget = open_plan(plan)
    qtbot.waitUntil(widget.entry.hasFocus)
    qtbot.keyClick(widget.entry, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    (action,) = library.actions.list(plan.id)
    assert (action.what, action.source_cluster_id) == (
        "Spielplätze und Grünflächen",
        workshop["clusters"][2],
    )
    # the responsible cell is open; Esc, and the next one from the table
    qtbot.keyClick(_editor(widget, QPlainTextEdit), Qt.Key.Key_Escape)
    qtbot.keyClick(widget.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(_editor(widget, QPlainTextEdit), Qt.Key.Key_Escape)
    qtbot.keyClick(widget.table, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # none
    assert [a.what for a in library.actions.list(plan.id)] == [
        "Spielplätze und Grünflächen",
        "Treffpunkte für Jung und Alt",
    ]
    assert "Ctrl+1…9" in widget.findChild(QLabel, "keys_hint").text()


def test_long_top_results_wrap_and_elide_instead_of_widening_the_page(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_plan: Callable[[Phase], ActionPlanWidget],
) -> None:
    board = workshop["board"]
    long_titles = [
        "Sichere Radwege für Schulkinder, Pendlerinnen und Pendler entlang der Bundesstraße",
        "Ein Treffpunkt für Jugendliche im Stadtteil mit Öffnungszeiten auch am Wochenende",
        "Mehr Grün- und Freiflächen in der Innenstadt statt versiegelter Parkplatzflächen",
    ]
    state = library.board.load(board.id).board
    for cluster, title in zip(state.clusters, long_titles, strict=True):
        library.board.apply(board.id, clustering.rename_cluster(state, cluster.id, title).change)
        state = library.board.load(board.id).board
    widget = open_plan(workshop["plan"])
    window = widget.window()
    assert widget.minimumSizeHint().width() < 450
    window.resize(450, 600)
    qtbot.waitUntil(lambda: widget.width() <= 450)
    buttons = widget.top_buttons
    assert [b.toolTip().split("\n")[0] for b in buttons] == [
        long_titles[0],
        long_titles[2],
        long_titles[1],
    ]
    qtbot.waitUntil(lambda: all(b.geometry().right() <= widget.width() for b in buttons))
    tops = {b.geometry().top() for b in buttons}
    assert len(tops) >= 2  # wrapped onto more than one line
    for button in buttons:
        # the title is cut, never the dots
        assert re.search(r" · \d+ dots?$", button.text()), button.text()
    assert any("…" in b.text() for b in buttons)
    window.grab().save(str(Path(tempfile.gettempdir()) / "action_plan_narrow.png"))


def test_the_projector_fits_a_long_plan_without_scrolling(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    open_presenter: Callable[[Phase], ActionPlanPresenter],
) -> None:
    plan = workshop["plan"]
    people = ["Aleksandra Wiśniewska (Quartiersmanagement)", "Mehmet Öztürk", "Nguyễn Thị Lan"]

    def add(number: int) -> None:
        library.actions.add(
            plan.id,
            f"Maßnahme {number}: Runder Tisch Nahverkehr mit Verkehrsbetrieben einberufen",
            responsible=people[number % 3],
            due="bis Ende März 2027",
            first_step="Termin mit der Geschäftsführung der Verkehrsbetriebe vereinbaren",
        )

    add(1)
    presenter = open_presenter(plan)
    theme = PresenterTheme(1080)
    presenter.fit()
    assert presenter.font_px == theme.body_px  # one row: the largest font
    assert not presenter.more_label.isVisible()
    for number in range(2, 13):
        add(number)
    presenter.reload()
    assert presenter.font_px == theme.small_px
    shown = presenter.shown_rows()
    assert 0 < len(shown) < 12
    assert shown[-1] == 11  # the newest row stays in view
    assert presenter.more_label.isVisible()
    assert presenter.more_label.text() == f"+ {12 - len(shown)} more action(s)"
    table = presenter.table
    bottom = table.rowViewportPosition(shown[-1]) + table.rowHeight(shown[-1])
    assert bottom <= table.viewport().height()
    # a change to an early row brings that row into view
    first = library.actions.list(plan.id)[0]
    library.actions.update(first.id, status=ActionStatus.STARTED)
    presenter.reload()
    assert 0 in presenter.shown_rows()
