"""The projector window: what the hall sees, and what it must never see."""

# ruff: noqa: F811  (the fixtures come from test_run_fixtures by import)
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_run_fixtures import (  # noqa: F401  (fixtures)
    LONG_WORD,
    SCRIPTS,
    FakeClocks,
    clocks,
    evening,
    kinds,
    make_session,
    player,
    run_page,
)

from werkstatt.gui.run.hall_text import SOFT_HYPHEN
from werkstatt.gui.run.presenter_window import PresenterWindow
from werkstatt.store.library import Library


@pytest.fixture
def projector(run_page: Any, qtbot: QtBot) -> PresenterWindow:
    window = PresenterWindow(run_page.session, run_page)
    window.show_on_best_screen()
    qtbot.waitExposed(window)
    return window


def _activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _all_text(window: QWidget) -> str:
    """Every text a child widget could show, the window title included."""
    texts = [window.windowTitle()]
    for child in window.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton | QLineEdit):
            texts.append(child.text())
        elif isinstance(child, QTextEdit):
            texts.append(child.toPlainText())
        texts.append(child.toolTip())
    return "\n".join(texts).replace(SOFT_HYPHEN, "")


def test_it_follows_the_moderator_and_shows_title_and_question(
    run_page: Any, projector: PresenterWindow, qtbot: QtBot
) -> None:
    session = run_page.session
    session.start_workshop()
    # the briefing's widget shows its text itself: no second question above it
    assert projector.title_label.text() == "Begrüßung und Spielregeln"
    assert not projector.question_label.isVisible()
    assert projector.kind_widget is not None
    assert projector.kind_widget.text() == "Herzlich willkommen im Bürgerhaus Südstadt!"
    qtbot.keyClick(run_page, Qt.Key.Key_PageDown)
    assert "Kritikphase" in projector.title_label.text().replace(SOFT_HYPHEN, "")
    assert projector.question_label.isVisible()
    assert projector.question_label.text().startswith("Was ärgert Sie in der Südstadt?")
    session.next()  # dot voting: no presenter widget, title and question only
    assert projector.kind_widget is None
    assert projector.question_label.text().startswith("Kleben Sie Ihre fünf Punkte")
    session.previous()
    assert projector.kind_widget.objectName() == "stand_in_presenter"


def test_it_never_shows_the_moderator_script(
    run_page: Any, projector: PresenterWindow, qtbot: QtBot
) -> None:
    session = run_page.session
    session.start_workshop()
    for _ in session.phases:
        text = _all_text(projector)
        for script in SCRIPTS:
            if script:
                assert script not in text
                assert script[:25] not in text
        session.timer.start()
        session.next()


def test_the_timer_shows_once_it_runs_and_in_overtime_colour(
    run_page: Any, projector: PresenterWindow, clocks: FakeClocks
) -> None:
    session = run_page.session
    session.start_workshop()
    assert not projector.timer_label.isVisible()
    session.timer.start()
    assert projector.timer_label.isVisible()
    clocks.advance(minutes=16)
    session.timer.refresh()
    assert projector.timer_label.text() == "−01:00"
    assert projector.theme.overtime in projector.timer_label.styleSheet()
    # the same timer drives both screens
    assert run_page.timer_widget.digits.text() == projector.timer_label.text()


def test_blanking_by_ctrl_b_and_b_in_both_windows(
    qtbot: QtBot, library: Library, evening: int, clocks: FakeClocks, player: Any, kinds: Any,
    make_window: Callable[[Library], Any],
) -> None:
    window = make_window(library)
    window.open_workshop(evening)
    page = window.workshop_pages[evening]
    assert not page.blank_action.isEnabled()  # no projector: B is left alone
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    run = page.run_page
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_F5)
    projector = page.presenter
    assert projector is not None and projector.isVisible()
    assert not projector.isFullScreen()  # one screen: a window beside the moderator's
    _activate(qtbot, window)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert projector.blanked
    qtbot.keyClick(run, Qt.Key.Key_B)
    assert not projector.blanked
    # typing a B into a text field types it
    spin = run.sheet_panel.table.cellWidget(5, 3).spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_B)
    assert not projector.blanked
    qtbot.keyClick(spin, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert projector.blanked
    # and in the projector window itself
    _activate(qtbot, projector)
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert not projector.blanked
    qtbot.keyClick(projector, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert projector.blanked
    assert projector.pages.currentWidget() is projector.blank_page
    window.close()
    assert not projector.isVisible()


def test_esc_leaves_full_screen_and_page_down_steps_on(
    run_page: Any, projector: PresenterWindow, qtbot: QtBot, library: Library, evening: int
) -> None:
    run_page.session.start_workshop()
    projector.showFullScreen()
    _activate(qtbot, projector)
    assert projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)  # what a presenter remote sends
    assert library.run.current_phase(evening) == library.list_phases(evening)[1].id


def test_one_click_opens_it_in_the_workshop_page(
    qtbot: QtBot, library: Library, evening: int, clocks: FakeClocks, player: Any, kinds: Any,
    make_window: Callable[[Library], Any],
) -> None:
    window = make_window(library)
    window.open_workshop(evening)
    page = window.workshop_pages[evening]
    qtbot.mouseClick(page.projector_button, Qt.MouseButton.LeftButton)
    assert page.presenter is not None and page.presenter.isVisible()
    # before the start it shows the first phase
    assert page.presenter.title_label.text() == "Begrüßung und Spielregeln"
    window.close()


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1024, 768)])
def test_long_compound_words_wrap_inside_the_window(
    run_page: Any, projector: PresenterWindow, qtbot: QtBot, library: Library, evening: int,
    width: int, height: int,
) -> None:
    phase = library.list_phases(evening)[2]
    library.update_phase(
        phase.id,
        title=f"{LONG_WORD}sbeteiligungsverfahren",
        question=f"Was erwarten Sie vom {LONG_WORD}sbeteiligungsverfahren?",
    )
    session = run_page.session
    session.reload()
    session.go_to(phase.id)
    projector.resize(width, height)
    qtbot.waitUntil(lambda: projector.height() == height)
    projector.layout().activate()
    question = projector.question_label
    assert question.font().pixelSize() >= 48 * height / 1080 - 1
    if height == 1080:
        assert question.font().pixelSize() >= 48
    assert projector.width() == width  # no label pushed the window wider
    for label in projector.findChildren(QLabel):
        if label.isVisible():
            assert label.width() <= width
            assert label.minimumSizeHint().width() <= width
    assert question.text().replace(SOFT_HYPHEN, "") == (
        f"Was erwarten Sie vom {LONG_WORD}sbeteiligungsverfahren?"
    )


def test_with_the_real_kind_widgets_the_script_stays_off_the_projector(
    qtbot: QtBot, library: Library, clocks: FakeClocks, player: Any
) -> None:
    from PySide6.QtGui import QUndoStack
    from test_run_fixtures import drafts, workshop_draft

    from werkstatt.gui.run.run_page import RunPage
    from werkstatt.gui.run.session import RunSession

    workshop_id = library.create_workshop(workshop_draft(), drafts()).id
    page = QWidget()
    qtbot.addWidget(page)
    session = RunSession(library, workshop_id, QUndoStack(page), "de", parent=page)
    run = RunPage(session, page)
    projector = PresenterWindow(session, run)
    projector.show_on_best_screen()
    session.start_workshop()
    for _ in session.phases:
        text = _all_text(projector)
        assert not any(script and script[:25] in text for script in SCRIPTS)
        session.next()
    projector.close()
