"""Turning the top criticisms into positive statements that seed the Phantasiephase."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from werkstatt.core import clustering
from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui import kinds
from werkstatt.gui.kinds import PresenterTheme, RunContext
from werkstatt.gui.kinds.reformulate import ReformulatePresenter, ReformulateWidget
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

CRITICISMS = [
    "Der Busverkehr am Wochenende ist völlig unzuverlässig",
    "Zu wenig Grünflächen für Familien",
    "Gehwege zugeparkt – kein Durchkommen mit dem Rollstuhl",
    "Keine Treffpunkte für Jugendliche",
]
STATEMENTS = [
    "Busse fahren am Wochenende im Viertelstundentakt",
    "Jede Straße hat einen grünen Platz zum Verweilen",
    "Gehwege sind frei und überall barrierefrei",
]


@pytest.fixture
def phases(library: Library) -> dict[str, Phase]:
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Weststadt", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Kritikphase"),
            PhaseDraft(PhaseKind.VOTE, "Gewichtung", settings={"targets_phase": ""}),
            PhaseDraft(
                PhaseKind.REFORMULATE,
                "Kritik ins Positive wenden",
                question="Wie soll es stattdessen sein?",
                settings={"top_n": 2},
            ),
            PhaseDraft(PhaseKind.CARDS, "Phantasiephase"),
        ],
    )
    listed = library.list_phases(workshop.id)
    return {phase.title: phase for phase in listed}


@pytest.fixture
def voted(library: Library, phases: dict[str, Phase]) -> None:
    """Dots on the criticisms: 7, 4, 4, 1 — the second place is shared."""
    cards = [library.cards.add(phases["Kritikphase"].id, text) for text in CRITICISMS]
    library.votes.set_counts(
        phases["Gewichtung"].id,
        [(card.id, "dots", dots) for card, dots in zip(cards, (7, 4, 4, 1), strict=True)],
    )
    library.cards.add(phases["Phantasiephase"].id, "Ein Quartierscafé im alten Bahnhof")


@pytest.fixture
def context(library: Library, phases: dict[str, Phase], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, phases["Gewichtung"].workshop_id, stack, "de")
    stack.clear()


@pytest.fixture
def open_widget(
    qtbot: Any, context: RunContext, phases: dict[str, Phase]
) -> Iterator[Callable[[], ReformulateWidget]]:
    windows: list[QWidget] = []

    def open_() -> ReformulateWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        ui = kinds._REGISTRY[PhaseKind.REFORMULATE]
        widget = ui.moderator_widget(context, phases["Kritik ins Positive wenden"], window)
        assert isinstance(widget, ReformulateWidget)
        QVBoxLayout(window).addWidget(widget)
        window.resize(1000, 600)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    yield open_


def fantasy(library: Library, phases: dict[str, Phase]) -> list[tuple[str, str]]:
    return [(c.text, c.origin) for c in library.cards.list(phases["Phantasiephase"].id)]


def test_each_top_criticism_becomes_a_card_of_the_phantasiephase(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    voted: None,
    open_widget: Callable[[], ReformulateWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    presenter = kinds._REGISTRY[PhaseKind.REFORMULATE].presenter_widget(
        context, phases["Kritik ins Positive wenden"], PresenterTheme(1080), host
    )
    assert isinstance(presenter, ReformulatePresenter)
    widget = open_widget()
    # top_n 2 with a tie at the cut: three criticisms, best first.
    assert [item.label for item in widget.items] == CRITICISMS[:3]
    for edit, statement in zip(widget.edits, STATEMENTS, strict=True):
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        type_text(edit, statement)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    # The statements come first, before the card written there, each with its criticism.
    assert fantasy(library, phases) == [
        *zip(STATEMENTS, CRITICISMS[:3], strict=True),
        ("Ein Quartierscafé im alten Bahnhof", ""),
    ]
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.pairs == list(zip(CRITICISMS[:3], STATEMENTS, strict=True))

    # Typing again changes the same card; undo brings the old text back.
    edit = widget.edits[1]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "Grüne Innenhöfe für alle Familien")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert fantasy(library, phases)[1] == ("Grüne Innenhöfe für alle Familien", CRITICISMS[1])
    assert len(fantasy(library, phases)) == 4
    context.undo_stack.undo()
    assert fantasy(library, phases)[1] == (STATEMENTS[1], CRITICISMS[1])
    assert widget.edits[1].text() == STATEMENTS[1]

    # Undo of the first statements takes their cards away again; redo brings them back.
    for _ in range(3):
        context.undo_stack.undo()
    assert fantasy(library, phases) == [("Ein Quartierscafé im alten Bahnhof", "")]
    assert [edit.text() for edit in widget.edits] == ["", "", ""]
    context.undo_stack.redo()
    assert fantasy(library, phases)[0] == (STATEMENTS[0], CRITICISMS[0])


def test_clearing_a_statement_removes_its_card(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    voted: None,
    open_widget: Callable[[], ReformulateWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    widget = open_widget()
    edit = widget.edits[0]
    edit.setFocus()
    type_text(edit, STATEMENTS[0])
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(fantasy(library, phases)) == 2
    edit.setFocus()
    edit.clear()
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert fantasy(library, phases) == [("Ein Quartierscafé im alten Bahnhof", "")]
    context.undo_stack.undo()
    assert fantasy(library, phases)[0] == (STATEMENTS[0], CRITICISMS[0])


def test_without_dots_there_is_nothing_to_turn_yet(
    open_widget: Callable[[], ReformulateWidget],
) -> None:
    widget = open_widget()
    assert widget.edits == []
    assert "no dots yet" in widget.notice.text()


def test_two_criticisms_of_the_same_wording_keep_a_statement_each(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_widget: Callable[[], ReformulateWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    same = "Zu wenig Radwege im Viertel"
    cards = [
        library.cards.add(phases["Kritikphase"].id, text)
        for text in (same, same, "Zu laut an der Kreuzung")
    ]
    library.votes.set_counts(
        phases["Gewichtung"].id,
        [(card.id, "dots", dots) for card, dots in zip(cards, (6, 5, 1), strict=True)],
    )
    widget = open_widget()
    assert [item.label for item in widget.items] == [same, same]
    first, second = widget.edits
    first.setFocus()
    type_text(first, "Sichere Radwege für Schulkinder")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert second.hasFocus() and second.text() == ""  # not the first one's statement
    type_text(second, "Ein Radschnellweg in die Innenstadt")
    qtbot.keyClick(second, Qt.Key.Key_Return)
    turned = [c for c in library.cards.list(phases["Phantasiephase"].id) if c.origin]
    assert [(c.text, c.origin_card_id) for c in turned] == [
        ("Sichere Radwege für Schulkinder", cards[0].id),
        ("Ein Radschnellweg in die Innenstadt", cards[1].id),
    ]
    assert [edit.text() for edit in widget.edits] == [
        "Sichere Radwege für Schulkinder",
        "Ein Radschnellweg in die Innenstadt",
    ]


def test_a_renamed_cluster_keeps_its_statement(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    library: Library,
    context: RunContext,
) -> None:
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Altstadt", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Kritikphase"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik ordnen"),
            PhaseDraft(PhaseKind.VOTE, "Gewichtung"),
            PhaseDraft(PhaseKind.REFORMULATE, "Ins Positive wenden", settings={"top_n": 1}),
            PhaseDraft(PhaseKind.CARDS, "Phantasiephase"),
        ],
    )
    _cards, board, vote, turn, fantasy_phase = library.list_phases(workshop.id)
    state = library.board.load(board.id).board
    created = clustering.create_cluster(state, library.board.new_cluster_id(), "Verkehr")
    library.board.apply(board.id, created.change)
    cluster_id = created.change.added[0].id
    library.votes.set_counts(vote.id, [(cluster_id, "dots", 5)])
    own = RunContext(library, workshop.id, context.undo_stack, "de")
    window = QWidget()
    qtbot.addWidget(window)
    widget = ReformulateWidget(own, turn, window)
    QVBoxLayout(window).addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    (edit,) = widget.edits
    edit.setFocus()
    type_text(edit, "Eine autofreie Altstadt mit Platz für alle")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    state = library.board.load(board.id).board
    renamed = clustering.rename_cluster(state, cluster_id, "Verkehr & Lärm in der Altstadt")
    library.board.apply(board.id, renamed.change)
    own.records_changed(board.id, None)
    widget.reload()
    assert [item.label for item in widget.items] == ["Verkehr & Lärm in der Altstadt"]
    assert widget.edits[0].text() == "Eine autofreie Altstadt mit Platz für alle"
    (card,) = library.cards.list(fantasy_phase.id)
    # the protocol names the criticism as it was worded when the statement was made
    assert (card.origin, card.origin_cluster_id) == ("Verkehr", cluster_id)
    # changing the statement changes that card, no second one
    widget.edits[0].setFocus()
    widget.edits[0].selectAll()
    type_text(widget.edits[0], "Eine autofreie Altstadt")
    qtbot.keyClick(widget.edits[0], Qt.Key.Key_Return)
    assert [c.text for c in library.cards.list(fantasy_phase.id)] == ["Eine autofreie Altstadt"]
    window.close()


def test_another_window_taking_the_focus_keeps_the_line_open(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    voted: None,
    open_widget: Callable[[], ReformulateWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    """An error message (another window) must not take over what is half typed."""
    widget = open_widget()
    window = widget.window()
    edit = widget.edits[0]
    edit.setFocus()
    type_text(edit, "Busse fahren")
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    assert fantasy(library, phases) == [("Ein Quartierscafé im alten Bahnhof", "")]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    type_text(edit, " am Wochenende")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the line keeps it
    assert fantasy(library, phases)[0] == ("Busse fahren am Wochenende", CRITICISMS[0])
    assert widget._context.undo_stack.count() == 1


def test_the_projector_fits_many_pairs_and_counts_the_rest(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_widget: Callable[[], ReformulateWidget],
) -> None:
    texts = [
        f"Kritik {n}: Der Busverkehr am Wochenende ist völlig unzuverlässig und zu teuer"
        for n in range(1, 13)
    ]
    cards = [library.cards.add(phases["Kritikphase"].id, text) for text in texts]
    library.votes.set_counts(
        phases["Gewichtung"].id, [(card.id, "dots", 20 - n) for n, card in enumerate(cards)]
    )
    turn = phases["Kritik ins Positive wenden"]
    library.update_phase(turn.id, settings={"top_n": 12})
    host = QWidget()
    qtbot.addWidget(host)
    presenter = kinds._REGISTRY[PhaseKind.REFORMULATE].presenter_widget(
        context, turn, PresenterTheme(1080), host
    )
    assert isinstance(presenter, ReformulatePresenter)
    QVBoxLayout(host).addWidget(presenter)
    host.resize(1920, 1080)
    host.show()
    qtbot.waitExposed(host)
    assert len(presenter.pairs) == 12
    assert presenter.font_px == PresenterTheme(1080).small_px
    assert 0 < len(presenter.shown) < 12
    assert presenter.shown.start == 0
    assert presenter.more_label is not None
    assert presenter.more_label.text() == f"+ {12 - len(presenter.shown)} more criticism(s)"
    # a statement for the last criticism: that pair comes into view
    widget = open_widget()
    last = widget.edits[11]
    last.setFocus()
    type_text(last, "Busse fahren rund um die Uhr")
    qtbot.keyClick(last, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: 11 in presenter.shown)
    assert presenter.more_label is not None
