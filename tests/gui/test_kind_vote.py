"""Dot voting (Punktabfrage): the moderator types the tally by keyboard, the projector
shows the ranking as bars."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.core.voting import Verdict
from werkstatt.gui import kinds
from werkstatt.gui.kinds import KindUI, PresenterTheme, RunContext
from werkstatt.gui.kinds.vote import VotePresenter, VoteWidget
from werkstatt.gui.kinds.vote.tally_table import FIRST_COUNT_COLUMN, LABEL_COLUMN, RANK_COLUMN
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library
from werkstatt.store.models import ClusterRow

CLUSTERS = [
    "Verkehrsberuhigung in der Hauptstraße",
    "Grünflächen & Spielplätze für alle Generationen",
    "Öffentlicher Nahverkehr am Wochenende",
    "Treffpunkte für Jugendliche",
]
CRITICISMS = [
    "Zu wenig Bänke im Stadtpark",
    "Die Straßenbeleuchtung im Mühlenweg ist kaputt",
    "Keine barrierefreie Haltestelle am Rathaus",
]


def add_clusters(library: Library, phase_id: int, titles: Sequence[str]) -> list[int]:
    ids = []
    with library._transaction(write=True) as session:
        for position, title in enumerate(titles):
            row = ClusterRow(
                phase_id=phase_id,
                position=position,
                title=title,
                created_at=dt.datetime.now(dt.UTC),
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return ids


def vote_ui() -> KindUI:
    """The registered UI (imported directly: kind_ui would import every kind)."""
    return kinds._REGISTRY[PhaseKind.VOTE]


@pytest.fixture
def phases(library: Library) -> dict[str, Phase]:
    workshop = library.create_workshop(
        WorkshopDraft(title="Zukunftswerkstatt Mühlenviertel", method="zukunftswerkstatt"),
        [
            PhaseDraft(PhaseKind.CARDS, "Kritikphase", key="kritik"),
            PhaseDraft(PhaseKind.CLUSTER, "Kritik ordnen", key="ordnen"),
            PhaseDraft(
                PhaseKind.VOTE,
                "Gewichtung",
                question="Wo drückt der Schuh am meisten?",
                settings={"dots_per_person": 3, "participants": 4, "max_dots_per_target": 2},
            ),
            PhaseDraft(
                PhaseKind.VOTE,
                "Wichtig und dringlich",
                settings={
                    "targets_phase": "kritik",
                    "two_criteria": True,
                    "dots_per_person": 2,
                    "participants": 3,
                    "show_live_results": True,
                },
            ),
        ],
    )
    listed = library.list_phases(workshop.id)
    return {phase.title: phase for phase in listed}


@pytest.fixture
def clusters(library: Library, phases: dict[str, Phase]) -> list[int]:
    return add_clusters(library, phases["Kritik ordnen"].id, CLUSTERS)


@pytest.fixture
def context(library: Library, phases: dict[str, Phase], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, phases["Gewichtung"].workshop_id, stack, "de")
    stack.clear()


@pytest.fixture
def open_vote(qtbot: Any, context: RunContext) -> Iterator[Callable[[Phase], VoteWidget]]:
    windows: list[QWidget] = []

    def open_(phase: Phase) -> VoteWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        ui = vote_ui()
        widget = ui.moderator_widget(context, phase, window)
        assert isinstance(widget, VoteWidget)
        QVBoxLayout(window).addWidget(widget)
        window.resize(1000, 600)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    yield open_


@pytest.fixture
def open_presenter(qtbot: Any, context: RunContext) -> Iterator[Callable[[Phase], VotePresenter]]:
    hosts: list[QWidget] = []

    def open_(phase: Phase) -> VotePresenter:
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        ui = vote_ui()
        widget = ui.presenter_widget(context, phase, PresenterTheme(1080), host)
        assert isinstance(widget, VotePresenter)
        widget.resize(1824, 780)
        host.show()
        return widget

    yield open_


def counts(library: Library, phase: Phase) -> list[tuple[int, ...]]:
    return list(library.votes.tally(phase.id).counts)


def ranks(widget: VoteWidget) -> list[str]:
    model = widget.model
    return [model.index(row, RANK_COLUMN).data() for row in range(model.rowCount())]


def test_the_tally_is_typed_by_keyboard(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    library: Library,
    phases: dict[str, Phase],
    clusters: list[int],
    context: RunContext,
) -> None:
    vote = phases["Gewichtung"]
    widget = open_vote(vote)
    view = widget.view
    qtbot.waitUntil(view.hasFocus)
    heading = widget.model.headerData(LABEL_COLUMN, Qt.Orientation.Horizontal)
    assert heading == "Cluster", "the dots are on clusters here"
    assert view.currentIndex().row() == 0
    assert view.currentIndex().column() == FIRST_COUNT_COLUMN
    # Digits type the count at once; Enter goes on to the next item.
    qtbot.keyClicks(view, "5")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(view, "12")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    # + and − step; − on nothing stays at nothing.
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert counts(library, vote) == [(5,), (12,), (1,), (0,)]
    # Up and typing again replaces the count instead of appending to it.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClicks(view, "3")
    assert counts(library, vote) == [(5,), (3,), (1,), (0,)]
    # Backspace takes back a digit; Left and Right never leave the count column.
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.currentIndex().column() == FIRST_COUNT_COLUMN
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert counts(library, vote) == [(0,), (3,), (1,), (0,)]
    # One undo step per cell visited: the backspace, then "12 → 3" (typed anew), ...
    context.undo_stack.undo()
    assert counts(library, vote) == [(5,), (3,), (1,), (0,)]
    context.undo_stack.undo()
    assert counts(library, vote) == [(5,), (12,), (1,), (0,)]
    # ... then the two + and one − as one step, then "12" as one step.
    context.undo_stack.undo()
    assert counts(library, vote) == [(5,), (12,), (0,), (0,)]
    context.undo_stack.undo()
    assert counts(library, vote) == [(5,), (0,), (0,), (0,)]
    assert [widget.model.index(r, FIRST_COUNT_COLUMN).data() for r in range(4)] == [5, 0, 0, 0]
    context.undo_stack.redo()
    assert counts(library, vote) == [(5,), (12,), (0,), (0,)]


def test_ranks_are_shared_and_ties_highlighted(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    library: Library,
    phases: dict[str, Phase],
    clusters: list[int],
) -> None:
    vote = phases["Gewichtung"]
    library.votes.set_counts(vote.id, [(clusters[0], "dots", 4), (clusters[2], "dots", 6)])
    widget = open_vote(vote)
    assert ranks(widget) == ["2.", "", "1.", ""]
    qtbot.keyClicks(widget.view, "4")  # the first row is current
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    qtbot.keyClicks(widget.view, "4")
    assert ranks(widget) == ["2.", "2.", "1.", ""]
    tie = widget.model.index(0, RANK_COLUMN).data(Qt.ItemDataRole.BackgroundRole)
    assert tie is not None
    assert widget.model.index(2, RANK_COLUMN).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_sanity_line_compares_with_the_dots_handed_out(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    library: Library,
    phases: dict[str, Phase],
    clusters: list[int],
    context: RunContext,
) -> None:
    vote = phases["Gewichtung"]  # 4 people with 3 dots each
    widget = open_vote(vote)
    qtbot.keyClicks(widget.view, "7")
    assert widget.sanity is not None and widget.sanity.verdict is Verdict.UNDER
    assert "7 of 12 dots cast · 5 missing" in widget.sanity_label.text()
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    qtbot.keyClicks(widget.view, "5")
    assert widget.sanity.verdict is Verdict.EXACT
    assert "12 of 12 dots cast · complete" in widget.sanity_label.text()
    qtbot.keyClick(widget.view, Qt.Key.Key_Plus)
    assert widget.sanity.verdict is Verdict.OVER
    assert "13 of 12 dots cast · 1 too many" in widget.sanity_label.text()
    assert not widget.warning_label.isVisibleTo(widget)
    # 9 dots on one item: more than 4 people with at most 2 dots per item can give.
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    qtbot.keyClicks(widget.view, "9")
    assert widget.warning_label.isVisibleTo(widget)
    assert widget.warning_label.text().startswith("1 item(s) with more dots than 4 people")
    assert widget.model.index(2, FIRST_COUNT_COLUMN).data(Qt.ItemDataRole.BackgroundRole)

    # The number of people is set right there, as an undoable change of the phase.
    widget.participants_spin.setFocus()
    widget.participants_spin.selectAll()
    qtbot.keyClicks(widget.participants_spin, "5")
    qtbot.keyClick(widget.participants_spin, Qt.Key.Key_Return)
    assert library.list_phases(vote.workshop_id)[2].settings["participants"] == 5
    assert "22 of 15 dots cast · 7 too many" in widget.sanity_label.text()
    assert not widget.warning_label.isVisibleTo(widget)
    context.undo_stack.undo()
    assert library.list_phases(vote.workshop_id)[2].settings["participants"] == 4
    assert widget.participants_spin.value() == 4
    # Not counted: just the total.
    widget.participants_spin.setValue(0)
    assert widget.sanity is None
    assert widget.sanity_label.text() == "22 dot(s) cast"


def test_two_criteria_are_counted_side_by_side(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    open_presenter: Callable[[Phase], VotePresenter],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    cards = [library.cards.add(phases["Kritikphase"].id, text) for text in CRITICISMS]
    vote = phases["Wichtig und dringlich"]
    presenter = open_presenter(vote)
    widget = open_vote(vote)
    view = widget.view
    assert widget.model.columnCount() == FIRST_COUNT_COLUMN + 3  # important, urgent, total
    qtbot.keyClicks(view, "2")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClicks(view, "4")
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the total is read, not typed into
    assert view.currentIndex().column() == FIRST_COUNT_COLUMN + 1
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert counts(library, vote) == [(2, 4), (0, 1), (0, 0)]
    assert widget.model.index(0, FIRST_COUNT_COLUMN + 2).data() == 6
    text = widget.sanity_label.text()
    assert "important: 2 of 6 dots cast · 4 missing" in text
    assert "urgent: 5 of 6 dots cast · 1 missing" in text
    # Live results: the projector follows with stacked bars.
    qtbot.waitUntil(lambda: not presenter.pending())
    rows = presenter.chart.rows()
    assert [(row.rank, row.label, row.counts) for row in rows] == [
        (1, CRITICISMS[0], (2, 4)),
        (2, CRITICISMS[1], (0, 1)),
        (None, CRITICISMS[2], (0, 0)),
    ]
    assert cards[0].id != cards[1].id


def test_the_projector_waits_for_the_reveal_and_then_follows_live(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    open_presenter: Callable[[Phase], VotePresenter],
    phases: dict[str, Phase],
    clusters: list[int],
) -> None:
    vote = phases["Gewichtung"]  # show_live_results is off
    presenter = open_presenter(vote)
    widget = open_vote(vote)
    qtbot.keyClicks(widget.view, "3")
    qtbot.waitUntil(lambda: not presenter.pending())
    assert presenter.message_text() == "The dots are being counted …"
    assert not presenter.chart.isVisibleTo(presenter)
    qtbot.mouseClick(widget.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: presenter.chart.isVisibleTo(presenter))
    first = presenter.chart.rows()[0]
    assert (first.label, first.counts) == (CLUSTERS[0], (3,))
    # Typing on: the bars follow.
    qtbot.keyClick(widget.view, Qt.Key.Key_Down)
    qtbot.keyClicks(widget.view, "8")
    qtbot.waitUntil(lambda: presenter.chart.rows()[0].label == CLUSTERS[1])
    assert [(row.rank, row.counts) for row in presenter.chart.rows()][:2] == [(1, (8,)), (2, (3,))]
    # Hidden again.
    qtbot.mouseClick(widget.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: presenter.message_text() == "The dots are being counted …")


def test_ctrl_r_shows_and_hides_the_result_from_the_tally(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    open_presenter: Callable[[Phase], VotePresenter],
    phases: dict[str, Phase],
    clusters: list[int],
) -> None:
    """The run page gives Space to the timer: the button has a key of its own."""
    vote = phases["Gewichtung"]
    presenter = open_presenter(vote)
    widget = open_vote(vote)
    assert "Ctrl+R" in widget.reveal_button.toolTip()
    assert "Ctrl+R" in widget.keys_hint.text()
    qtbot.keyClicks(widget.view, "2")
    qtbot.keyClick(widget.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert widget.reveal_button.isChecked()
    assert widget.reveal_button.text() == "Hide the result"
    qtbot.waitUntil(lambda: presenter.chart.isVisibleTo(presenter))
    qtbot.keyClick(widget.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert not widget.reveal_button.isChecked()
    qtbot.waitUntil(lambda: presenter.message_text() == "The dots are being counted …")


def test_a_vote_without_clusters_says_where_to_cluster_first(
    qtbot: Any,
    open_vote: Callable[[Phase], VoteWidget],
    open_presenter: Callable[[Phase], VotePresenter],
    phases: dict[str, Phase],
) -> None:
    widget = open_vote(phases["Gewichtung"])
    assert not widget.view.isVisibleTo(widget)
    assert widget.empty_label.isVisibleTo(widget)
    assert "“Kritik ordnen” has no clusters yet" in widget.empty_label.text()
    assert open_presenter(phases["Wichtig und dringlich"]).message_text() == (
        "Nothing to vote on yet"
    )


def test_a_vote_with_no_phase_before_it(qtbot: Any, library: Library, qapp: QApplication) -> None:
    workshop = library.create_workshop(
        WorkshopDraft(title="Nur eine Punktabfrage", method="zukunftswerkstatt"),
        [PhaseDraft(PhaseKind.VOTE, "Punktabfrage")],
    )
    (phase,) = library.list_phases(workshop.id)
    stack = QUndoStack()
    context = RunContext(library, workshop.id, stack, "de")
    host = QWidget()
    qtbot.addWidget(host)
    widget = VoteWidget(context, phase, host)
    assert "nothing to vote on" in widget.empty_label.text()
