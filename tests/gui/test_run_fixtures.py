"""Shared pieces of the run-view, timer and projector tests (no tests in here): a fake
pair of clocks, a Zukunftswerkstatt evening, a gong that counts, and the kinds' widgets
replaced by stand-ins so that these tests judge the run view, not the kinds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import PresenterTheme, RunContext
from werkstatt.methods.kinds import default_settings
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

LONG_WORD = "Quartiersentwicklungskonzeptfortschreibung"
SCRIPTS = (
    "Ayşe Yılmaz begrüßt, Przemysław Wójcik erklärt die Regeln. Handyhinweis nicht vergessen!",
    "Eine Aussage pro Karte. Nicht diskutieren, nur sammeln – Herr Groß wird laut.",
    "Jede Person hat fünf Punkte; Kumulieren erlaubt.",
    "",
    "Geld spielt keine Rolle: Träumen ausdrücklich erwünscht.",
    "Reihum, jede Person ein Satz; Frau Öztürk beginnt.",
)


def local(hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    """A moment on the workshop's evening, given as the local clock shows it, in UTC."""
    naive = dt.datetime(2025, 3, 14, hour, minute, second)
    return naive.astimezone().astimezone(dt.UTC)


class FakeClocks:
    """A monotonic and a wall clock that move together when the test says so."""

    def __init__(self) -> None:
        self.mono = 5000.0
        self.now = local(18, 0)

    def monotonic(self) -> float:
        return self.mono

    def wall(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float = 0, seconds: float = 0) -> None:
        step = minutes * 60 + seconds
        self.mono += step
        self.now += dt.timedelta(seconds=step)


class FakePlayer:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


def drafts() -> list[PhaseDraft]:
    rows = [
        (PhaseKind.BRIEFING, "Begrüßung und Spielregeln",
         "Herzlich willkommen im Bürgerhaus Südstadt!", 15),
        (PhaseKind.CARDS, f"Kritikphase: Was ärgert Sie an der {LONG_WORD}?",
         "Was ärgert Sie in der Südstadt? Eine Karte pro Gedanke.", 30),
        (PhaseKind.VOTE, "Punktabfrage: Was drückt am meisten?",
         "Kleben Sie Ihre fünf Punkte auf die dringendsten Themen.", 20),
        (PhaseKind.BREAK, "Pause mit Kaffee und Kuchen", "", 15),
        (PhaseKind.CARDS, "Utopiephase: Die Südstadt im Jahr 2040",
         "Wie sieht Ihre Straße aus, wenn alles möglich ist?", 30),
        (PhaseKind.FEEDBACK, "Blitzlicht und Verabschiedung",
         "Wie gehen Sie heute nach Hause?", 10),
    ]
    return [
        PhaseDraft(kind, title, question=question, script=script, planned_minutes=minutes,
                   settings=default_settings(kind))
        for (kind, title, question, minutes), script in zip(rows, SCRIPTS, strict=True)
    ]


def workshop_draft() -> WorkshopDraft:
    return WorkshopDraft(
        title="Zukunftswerkstatt Südstadt 2040",
        method="zukunftswerkstatt",
        date=dt.date(2025, 3, 14),
        start_time=dt.time(18, 0),
        place="Bürgerhaus Großmarkt",
        client="Stadt Göttingen, Amt für Stadtentwicklung",
        moderators="Ayşe Yılmaz, Przemysław Wójcik",
        expected_participants=40,
    )


class StandInKind:
    """A kind's widgets as the registry would give them, recording what it was asked."""

    def __init__(self, kind: str, *, shows_question: bool = False) -> None:
        self.kind = kind
        self.presenter_shows_question = shows_question

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        label = QLabel(f"Arbeitsbereich {self.kind}: {phase.title}", parent)
        label.setObjectName("stand_in_moderator")
        return label

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        label = QLabel(f"Ergebnisse {phase.title}", parent)
        label.setObjectName("stand_in_presenter")
        if self.presenter_shows_question:
            label.setText(phase.question)
        return label


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> FakeClocks:
    """Fake clocks, also for sessions the program makes itself (after a restart)."""
    from werkstatt.gui.run import session

    fake = FakeClocks()
    monkeypatch.setattr(session, "system_monotonic", fake.monotonic)
    monkeypatch.setattr(session, "system_wall", fake.wall)
    return fake


@pytest.fixture
def player(monkeypatch: pytest.MonkeyPatch) -> FakePlayer:
    from werkstatt.gui.run import gong

    fake = FakePlayer()
    monkeypatch.setattr(gong, "qt_player", lambda _sound, _parent: fake)
    return fake


@pytest.fixture
def kinds(monkeypatch: pytest.MonkeyPatch) -> dict[str, StandInKind]:
    """The registry: stand-ins for briefing (shows its question itself) and cards; the
    other kinds have none (generic working area, title and question on the projector)."""
    from werkstatt.gui.run import presenter_window, run_page

    registry = {
        PhaseKind.BRIEFING.value: StandInKind("briefing", shows_question=True),
        PhaseKind.CARDS.value: StandInKind("cards"),
    }

    def kind_ui(kind: str) -> StandInKind | None:
        return registry.get(str(kind))

    monkeypatch.setattr(run_page, "kind_ui", kind_ui)
    monkeypatch.setattr(presenter_window, "kind_ui", kind_ui)
    return registry


@pytest.fixture
def evening(library: Library) -> int:
    return library.create_workshop(workshop_draft(), drafts()).id


@pytest.fixture
def make_session(
    qtbot: Any, library: Library, clocks: FakeClocks, player: FakePlayer, kinds: Any
) -> Callable[[int], Any]:
    from werkstatt.gui.run.session import RunSession

    def make(workshop_id: int) -> RunSession:
        holder = QObject()
        stack = QUndoStack(holder)
        session = RunSession(library, workshop_id, stack, "de", parent=holder)
        session._test_holder = holder  # type: ignore[attr-defined]
        return session

    return make


@pytest.fixture
def run_page(qtbot: Any, make_session: Callable[[int], Any], evening: int) -> Any:
    """The run view of the evening, shown and active (its shortcuts work)."""
    from PySide6.QtWidgets import QApplication

    from werkstatt.gui.run.run_page import RunPage

    session = make_session(evening)
    page = RunPage(session)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.setFocus()
    return page


def sound_file() -> Path:
    from werkstatt.resources import resource_path

    return resource_path("sounds", "gong.wav")
