"""Feedback round (Blitzlicht): one line per person, or a mood scale by number keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from werkstatt.core.feedback import summarise
from werkstatt.core.records import FeedbackEntry, Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext, kind_ui
from werkstatt.gui.kinds.card_wall import WallItem
from werkstatt.gui.kinds.feedback import FeedbackPresenter, FeedbackWidget
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

LINES = [
    "Spannender Abend, danke!",
    "Ich hoffe, dass jetzt auch etwas passiert.",
    "Gut moderiert, aber zu lang",
    "Teşekkürler, çok güzeldi",
]


@pytest.fixture
def phases(library: Library) -> dict[str, Phase]:
    workshop = library.create_workshop(
        WorkshopDraft(title="Bürgerwerkstatt Mobilität", method="zukunftswerkstatt"),
        [
            PhaseDraft(
                PhaseKind.FEEDBACK,
                "Blitzlicht",
                question="Wie gehen Sie heute nach Hause?",
                settings={"mode": "line"},
            ),
            PhaseDraft(
                PhaseKind.FEEDBACK,
                "Stimmungsbarometer",
                question="Wie zufrieden sind Sie mit dem Abend?",
                settings={"mode": "scale", "scale_points": 5},
            ),
        ],
    )
    line, scale = library.list_phases(workshop.id)
    return {"line": line, "scale": scale}


@pytest.fixture
def context(library: Library, phases: dict[str, Phase], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, phases["line"].workshop_id, stack, "de")
    stack.clear()


@pytest.fixture
def open_feedback(qtbot: Any, context: RunContext) -> Iterator[Callable[[Phase], FeedbackWidget]]:
    windows: list[QWidget] = []

    def open_(phase: Phase) -> FeedbackWidget:
        window = QWidget()
        windows.append(window)
        qtbot.addWidget(window)
        ui = kind_ui(PhaseKind.FEEDBACK)
        assert ui is not None
        widget = ui.moderator_widget(context, phase, window)
        assert isinstance(widget, FeedbackWidget)
        QVBoxLayout(window).addWidget(widget)
        window.resize(1000, 650)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return widget

    yield open_


@pytest.fixture
def open_presenter(
    qtbot: Any, context: RunContext
) -> Iterator[Callable[[Phase], FeedbackPresenter]]:
    hosts: list[QWidget] = []

    def open_(phase: Phase) -> FeedbackPresenter:
        host = QWidget()
        hosts.append(host)
        qtbot.addWidget(host)
        ui = kind_ui(PhaseKind.FEEDBACK)
        assert ui is not None
        widget = ui.presenter_widget(context, phase, PresenterTheme(1080), host)
        assert isinstance(widget, FeedbackPresenter)
        widget.resize(1824, 780)
        host.show()
        return widget

    yield open_


def stored(library: Library, phase: Phase) -> list[tuple[str, int | None, str]]:
    return [(e.text, e.rating, e.name) for e in library.feedback.list(phase.id)]


def test_lines_are_typed_one_per_person_without_names(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_feedback: Callable[[Phase], FeedbackWidget],
    open_presenter: Callable[[Phase], FeedbackPresenter],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    line = phases["line"]
    presenter = open_presenter(line)
    widget = open_feedback(line)
    qtbot.waitUntil(widget.entry.hasFocus)
    assert not widget.name_edit.isVisible()  # names are off by default
    assert widget.bars is None

    for text in LINES:
        type_text(widget.entry, text)
        qtbot.keyClick(widget.entry, Qt.Key.Key_Return)

    assert stored(library, line) == [(text, None, "") for text in LINES]
    assert widget.summary_label.text() == "4 statements"
    assert widget.model.rowCount() == 4 and widget.entry.text() == ""
    qtbot.waitUntil(lambda: len(presenter.wall.shown_items()) == 4)  # type: ignore[union-attr]
    assert presenter.wall.shown_items() == [WallItem(text) for text in LINES]  # type: ignore[union-attr]

    qtbot.keyClick(widget.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(library, line) == [(text, None, "") for text in LINES[:3]]
    assert widget.summary_label.text() == "3 statements"
    context.undo_stack.redo()
    assert widget.summary_label.text() == "4 statements"


def test_names_are_recorded_only_when_asked_and_never_projected(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_feedback: Callable[[Phase], FeedbackWidget],
    open_presenter: Callable[[Phase], FeedbackPresenter],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    line = phases["line"]
    presenter = open_presenter(line)
    widget = open_feedback(line)

    widget.names_box.click()
    assert widget.name_edit.isVisible() and widget.personal_label.isVisible()
    type_text(widget.name_edit, "Przemysław Wójcik")
    type_text(widget.entry, "Endlich wurden wir gefragt")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)

    assert stored(library, line) == [("Endlich wurden wir gefragt", None, "Przemysław Wójcik")]
    assert "Przemysław Wójcik" in widget.model.data(widget.model.index(0))
    qtbot.waitUntil(lambda: len(presenter.wall.shown_items()) == 1)  # type: ignore[union-attr]
    assert presenter.wall.shown_items() == [WallItem("Endlich wurden wir gefragt")]  # type: ignore[union-attr]

    widget.names_box.click()  # off again: the field empties and hides
    assert not widget.name_edit.isVisible() and widget.name_edit.text() == ""


def test_a_line_is_edited_in_place_and_deleted_with_del(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_feedback: Callable[[Phase], FeedbackWidget],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    line = phases["line"]
    widget = open_feedback(line)
    qtbot.waitUntil(widget.entry.hasFocus)
    for text in LINES[:3]:
        type_text(widget.entry, text)
        qtbot.keyClick(widget.entry, Qt.Key.Key_Return)

    qtbot.keyClick(widget.entry, Qt.Key.Key_Up)  # to the list, on the newest line
    assert widget.list_view.hasFocus()
    qtbot.keyClick(widget.list_view, Qt.Key.Key_Up)
    qtbot.keyClick(widget.list_view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.setText("Ich hoffe, dass jetzt wirklich etwas passiert.")  # type: ignore[union-attr]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(library, line)[1][0].endswith("wirklich etwas passiert."))

    qtbot.keyClick(widget.list_view, Qt.Key.Key_Delete)
    assert [text for text, _, _ in stored(library, line)] == [LINES[0], LINES[2]]
    context.undo_stack.undo()
    assert [text for text, _, _ in stored(library, line)] == [
        LINES[0],
        "Ich hoffe, dass jetzt wirklich etwas passiert.",
        LINES[2],
    ]


def test_number_keys_add_ratings_at_once_and_the_summary_follows(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_feedback: Callable[[Phase], FeedbackWidget],
    open_presenter: Callable[[Phase], FeedbackPresenter],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
) -> None:
    scale = phases["scale"]
    presenter = open_presenter(scale)
    widget = open_feedback(scale)
    qtbot.waitUntil(widget.hasFocus)
    assert len(widget.rating_buttons) == 5
    assert widget.summary_label.text() == "No ratings yet"

    for key in (Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_9, Qt.Key.Key_3):
        qtbot.keyClick(widget, key)  # 9 is not on a scale of 5: ignored
    widget.rating_buttons[1].click()  # the mouse works too

    assert [rating for _, rating, _ in stored(library, scale)] == [4, 5, 4, 3, 2]
    assert widget.summary_label.text() == "5 ratings · mean 3.6 of 5"
    assert widget.bars is not None and widget.bars.counts() == (0, 1, 1, 2, 1)

    # a letter starts the comment on the latest rating; Enter attaches it
    type_text(widget, "Z")
    assert widget.entry.hasFocus() and widget.entry.text() == "Z"
    type_text(widget.entry, "u wenig Zeit für die Gruppenarbeit")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    assert stored(library, scale)[-1] == ("Zu wenig Zeit für die Gruppenarbeit", 2, "")
    assert widget.hasFocus()  # ready for the next rating

    qtbot.waitUntil(lambda: presenter.bars.counts() == (0, 1, 1, 2, 1))  # type: ignore[union-attr]
    assert presenter.summary_text() == "Ratings: 5 · mean 3.6"

    context.undo_stack.undo()  # the comment
    context.undo_stack.undo()  # the click on 2
    assert [rating for _, rating, _ in stored(library, scale)] == [4, 5, 4, 3]
    assert widget.summary_label.text() == "4 ratings · mean 4.0 of 5"
    qtbot.waitUntil(lambda: presenter.bars.counts() == (0, 0, 1, 2, 1))  # type: ignore[union-attr]


def test_digits_in_the_comment_line_are_text_not_ratings(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    open_feedback: Callable[[Phase], FeedbackWidget],
    library: Library,
    phases: dict[str, Phase],
) -> None:
    scale = phases["scale"]
    widget = open_feedback(scale)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_5)
    widget.entry.setFocus()
    type_text(widget.entry, "Bitte 2 Pausen")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)

    assert stored(library, scale) == [("Bitte 2 Pausen", 5, "")]


def test_summary_counts_means_and_spreads() -> None:
    entries = [
        FeedbackEntry(1, 9, 0, rating=5),
        FeedbackEntry(2, 9, 1, text="Gut moderiert", rating=4),
        FeedbackEntry(3, 9, 2, text="Ohne Wertung"),
        FeedbackEntry(4, 9, 3, rating=4),
    ]

    summary = summarise(entries, 5)

    assert (summary.count, summary.ratings) == (4, 3)
    assert summary.mean == pytest.approx(13 / 3)
    assert summary.distribution == (0, 0, 0, 2, 1)
    assert summary.lines == ("Gut moderiert", "Ohne Wertung")
    assert summarise([], 5).mean is None


def test_typed_letters_are_the_comment_not_a_window_shortcut(
    qtbot: Any,
    library: Library,
    phases: dict[str, Phase],
    open_feedback: Callable[[Phase], FeedbackWidget],
) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    widget = open_feedback(phases["scale"])
    blanked: list[bool] = []
    blank = QShortcut(QKeySequence("B"), widget.window())  # the run view's "blank projector"
    blank.activated.connect(lambda: blanked.append(True))
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClicks(widget, "4B")
    qtbot.keyClicks(widget.entry, "in zufrieden")
    assert blanked == []
    assert widget.entry.text() == "Bin zufrieden"


def test_a_second_comment_is_an_entry_of_its_own(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_feedback: Callable[[Phase], FeedbackWidget],
) -> None:
    scale = phases["scale"]
    widget = open_feedback(scale)
    widget.add_rating(3)
    type_text(widget.entry, "Gut")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    type_text(widget.entry, "Ergänzung: Kaffee war kalt")
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    assert stored(library, scale) == [("Gut", 3, ""), ("Ergänzung: Kaffee war kalt", None, "")]
    context.undo_stack.undo()
    assert stored(library, scale) == [("Gut", 3, "")]


def test_feedback_undo_after_the_phase_was_left_and_drafts_wait(
    qtbot: Any,
    type_text: Callable[[Any, str], None],
    library: Library,
    phases: dict[str, Phase],
    context: RunContext,
    open_feedback: Callable[[Phase], FeedbackWidget],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sys

    from PySide6.QtCore import QCoreApplication, QEvent

    raised: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _type, exc, _tb: raised.append(exc))
    line = phases["line"]
    widget = open_feedback(line)
    type_text(widget.entry, LINES[0])
    qtbot.keyClick(widget.entry, Qt.Key.Key_Return)
    type_text(widget.entry, "Ich gehe mit vielen")
    widget.window().close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    context.undo_stack.undo()
    assert raised == [] and stored(library, line) == []
    context.undo_stack.redo()
    assert raised == [] and stored(library, line) == [(LINES[0], None, "")]
    back = open_feedback(line)
    assert back.model.rowCount() == 1
    assert back.entry.text() == "Ich gehe mit vielen"
