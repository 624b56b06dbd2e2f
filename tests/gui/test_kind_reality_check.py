"""Reality check: one block per top idea; resources, allies and obstacles are kept when
a field is left, as undoable steps; further ideas; the projector's three columns."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from kind_windows import open_with_projector
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from werkstatt.core import clustering
from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext
from werkstatt.gui.kinds.reality_check import RealityCheckPresenter, RealityCheckWidget
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

#: cluster title and dots
VISIONS = [
    ("Ein Dorfplatz mit Brunnen und Schatten", 11),
    ("Quartiersgarten hinter dem Bahnhof", 7),
    ("Repair-Café im Gemeindehaus", 2),
    ("Nachtbus am Wochenende", 5),
]


@pytest.fixture
def workshop(library: Library) -> dict[str, Any]:
    created = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Ortsmitte Großbeeren", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Phantasiephase"),
            PhaseDraft(PhaseKind.CLUSTER, "Utopien ordnen"),
            PhaseDraft(PhaseKind.VOTE, "Gewichtung"),
            PhaseDraft(PhaseKind.REALITY_CHECK, "Realitätscheck", settings={"top_n": 3}),
        ],
    )
    _cards, board, vote, check = library.list_phases(created.id)
    ids = []
    for title, _dots in VISIONS:
        state = library.board.load(board.id).board
        edit = clustering.create_cluster(state, library.board.new_cluster_id(), title)
        library.board.apply(board.id, edit.change)
        ids.append(edit.change.added[0].id)
    criterion = library.votes.criteria(vote.id)[0]
    library.votes.set_counts(
        vote.id, [(cid, criterion, dots) for cid, (_t, dots) in zip(ids, VISIONS, strict=True)]
    )
    return {"check": check, "clusters": ids}


@pytest.fixture
def context(library: Library, workshop: dict[str, Any], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, workshop["check"].workshop_id, stack, "de")
    stack.clear()


@pytest.fixture
def screens(qtbot: Any, context: RunContext) -> Iterator[Callable[[Phase], Any]]:
    """Opens the moderator's widget and the projector's, side by side."""
    windows: list[QWidget] = []

    def open_(phase: Phase) -> tuple[RealityCheckWidget, RealityCheckPresenter]:
        widget, presenter, shown = open_with_projector(
            qtbot, context, phase, PhaseKind.REALITY_CHECK, (1300, 900)
        )
        windows.extend(shown)
        assert isinstance(widget, RealityCheckWidget)
        assert isinstance(presenter, RealityCheckPresenter)
        return widget, presenter

    yield open_


def test_one_block_per_top_idea_and_tab_keeps_each_answer(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    check = workshop["check"]
    widget, presenter = screens(check)
    assert [block.heading.text() for block in widget.blocks] == [
        "1. Ein Dorfplatz mit Brunnen und Schatten · 11 dots",
        "2. Quartiersgarten hinter dem Bahnhof · 7 dots",
        "3. Nachtbus am Wochenende · 5 dots",
    ]
    first = widget.blocks[0]
    resources = first.fields["resources"]
    qtbot.waitUntil(resources.hasFocus)  # ready to type
    type_text(resources, "Städtebauförderung „Lebendige Zentren“")
    qtbot.keyClick(resources, Qt.Key.Key_Tab)  # on to the allies: the resources are kept
    (row,) = library.reality_checks.list(check.id)
    assert (row.idea, row.resources, row.source_cluster_id) == (
        "Ein Dorfplatz mit Brunnen und Schatten",
        "Städtebauförderung „Lebendige Zentren“",
        workshop["clusters"][0],
    )
    allies = first.fields["allies"]
    assert allies.hasFocus()
    type_text(allies, "Heimatverein, Dragana Petrović (Ortsbeirat)")
    qtbot.keyClick(allies, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert library.reality_checks.list(check.id)[0].allies.startswith("Heimatverein")
    assert allies.hasFocus()  # Ctrl+Enter keeps the answer and the place
    obstacles = first.fields["obstacles"]
    qtbot.keyClick(allies, Qt.Key.Key_Tab)
    type_text(obstacles, "Denkmalschutz am Brunnen")
    widget.blocks[1].fields["obstacles"].setFocus()  # a click elsewhere keeps it too
    (row,) = library.reality_checks.list(check.id)
    assert row.obstacles == "Denkmalschutz am Brunnen"
    assert library.reality_checks.count(check.id) == 1  # one row per idea, not per field

    qtbot.waitUntil(lambda: presenter.cells and presenter.cells[0][3].text() == row.obstacles)
    assert [cell.text() for cell in presenter.cells[0]] == [
        "1. Ein Dorfplatz mit Brunnen und Schatten · 11 dots",
        row.resources,
        row.allies,
        row.obstacles,
    ]
    assert [cell.text() for cell in presenter.cells[1][1:]] == ["", "", ""]

    # undo: obstacles, allies, then the row itself; the fields follow
    stack = widget._context.undo_stack
    stack.undo()
    assert obstacles.toPlainText() == ""
    stack.undo()
    stack.undo()
    assert library.reality_checks.list(check.id) == []
    assert resources.toPlainText() == ""
    stack.redo()
    assert resources.toPlainText() == "Städtebauförderung „Lebendige Zentren“"


def test_another_idea_gets_its_own_block_and_can_be_removed(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    check = workshop["check"]
    widget, presenter = screens(check)
    widget.entry.setFocus()
    type_text(widget.entry, "Repair-Café im Gemeindehaus")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    assert len(widget.blocks) == 4
    extra = widget.blocks[3]
    assert extra.heading.text() == "Repair-Café im Gemeindehaus"
    assert extra.fields["resources"].hasFocus()
    type_text(extra.fields["resources"], "Werkzeugspende des Baumarkts")
    qtbot.keyClick(extra.fields["resources"], Qt.Key.Key_Tab)
    (row,) = library.reality_checks.list(check.id)
    assert (row.idea, row.resources, row.source_cluster_id) == (
        "Repair-Café im Gemeindehaus",
        "Werkzeugspende des Baumarkts",
        None,
    )
    qtbot.waitUntil(lambda: len(presenter.cells) == 4)
    assert extra.remove_button is not None
    qtbot.mouseClick(extra.remove_button, Qt.MouseButton.LeftButton)
    assert len(widget.blocks) == 3
    assert library.reality_checks.list(check.id) == []
    qtbot.waitUntil(lambda: len(presenter.cells) == 3)
    widget._context.undo_stack.undo()
    assert [block.heading.text() for block in widget.blocks][3] == "Repair-Café im Gemeindehaus"
    assert widget.blocks[3].fields["resources"].toPlainText() == "Werkzeugspende des Baumarkts"


def test_without_top_results_the_screens_say_what_to_do(
    qtbot: Any, library: Library, context: RunContext
) -> None:
    created = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Jugendbeteiligung", method="zukunftswerkstatt"),
        [PhaseDraft(PhaseKind.REALITY_CHECK, "Realitätscheck")],
    )
    (phase,) = library.list_phases(created.id)
    own = RunContext(library, created.id, context.undo_stack, "de")
    window = QWidget()
    qtbot.addWidget(window)
    widget = RealityCheckWidget(own, phase, window)
    presenter = RealityCheckPresenter(own, phase, PresenterTheme(1080), window)
    layout = QVBoxLayout(window)
    layout.addWidget(widget)
    layout.addWidget(presenter)
    window.show()
    qtbot.waitExposed(window)
    assert widget.blocks == []
    assert widget.empty_label.isVisible()
    assert presenter.stack.currentWidget() is presenter.empty_label
    window.close()


def test_ctrl_shift_del_removes_an_idea_of_your_own(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    """Space is the run page's timer: the remove button has a key of its own."""
    check = workshop["check"]
    widget, _presenter = screens(check)
    assert "Ctrl+Shift+Del" in widget.findChild(QLabel, "keys_hint").text()
    widget.entry.setFocus()
    type_text(widget.entry, "Lastenrad-Verleih für die Nachbarschaft")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    extra = widget.blocks[3]
    assert extra.remove_button is not None
    assert "Ctrl+Shift+Del" in extra.remove_button.toolTip()
    qtbot.waitUntil(extra.isVisible)
    # in a block of a top result the key does nothing
    top_field = widget.blocks[0].fields["obstacles"]
    top_field.setFocus()
    qtbot.keyClick(top_field, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert len(library.reality_checks.list(check.id)) == 1
    field = extra.fields["allies"]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert library.reality_checks.list(check.id) == []
    assert len(widget.blocks) == 3


def test_another_window_taking_the_focus_does_not_save(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    """An error message of a save (another window) must not trigger a second save."""
    check = workshop["check"]
    widget, presenter = screens(check)
    window = widget.window()
    field = widget.blocks[0].fields["resources"]
    field.setFocus()
    type_text(field, "Brunnenbauer aus dem Nachbardorf")
    other = presenter.window()
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    assert library.reality_checks.list(check.id) == []
    assert widget._context.undo_stack.count() == 0
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    (row,) = library.reality_checks.list(check.id)
    assert row.resources == "Brunnenbauer aus dem Nachbardorf"
    assert widget._context.undo_stack.count() == 1


def test_the_projector_fits_many_ideas_and_counts_the_rest(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
) -> None:
    check = workshop["check"]
    _widget, presenter = screens(check)
    qtbot.waitUntil(lambda: len(presenter.cells) == 3)
    assert presenter.font_px == PresenterTheme(1080).body_px  # three short ideas: large
    for number in range(1, 15):
        library.reality_checks.add(
            check.id,
            f"Idee {number}: Gemeinschaftsgarten auf der Brachfläche an der Weißdornstraße",
            resources="Saatgut, Hochbeete, Wasseranschluss, 1.500 € aus dem Verfügungsfonds",
            allies="Kleingartenverein, Grundschule, Frau Øksnes vom Quartiersbüro",
            obstacles="Eigentumsverhältnisse der Fläche ungeklärt",
        )
    presenter.reload()
    assert presenter.font_px == PresenterTheme(1080).small_px
    assert presenter.more_label is not None
    hidden = 17 - len(presenter.cells)
    assert hidden > 0
    assert presenter.more_label.text() == f"+ {hidden} more idea(s)"
    # the idea added last is in view
    assert presenter.cells[-1][0].text().startswith("Idee 14:")
    qtbot.waitUntil(lambda: presenter.more_label is not None and presenter.more_label.isVisible())
    bottom = presenter.more_label.geometry().bottom()
    assert bottom <= presenter.height()
