"""Fixtures for GUI tests: an open library, the main window, and answers for modal dialogs."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.gui import dialogs
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

UNSET = object()


@dataclass
class DialogAnswers:
    """Stands in for werkstatt.gui.dialogs: records every question, answers as told.

    A question nobody prepared an answer for fails the test instead of blocking it.
    """

    confirm: bool | None = None
    ask_text: object = UNSET  # str, or None for "cancelled"
    run_dialog: Callable[[Any], bool] | None = None
    save_file: object = UNSET  # Path, or None for "cancelled"
    open_files: object = UNSET  # list of Paths, [] for "cancelled"
    choice: object = UNSET  # a choice's key, or None for "cancelled"
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def texts(self, name: str) -> list[str]:
        return [str(args[1]) for n, args in self.calls if n == name]


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> DialogAnswers:
    stub = DialogAnswers()

    def show_error(*args: Any) -> None:
        stub.calls.append(("show_error", args))

    def inform(*args: Any) -> None:
        stub.calls.append(("inform", args))

    def confirm(*args: Any) -> bool:
        stub.calls.append(("confirm", args))
        if stub.confirm is None:
            raise AssertionError(f"unexpected confirmation question: {args[1]!r}")
        return stub.confirm

    def ask_text(*args: Any) -> str | None:
        stub.calls.append(("ask_text", args))
        if stub.ask_text is UNSET:
            raise AssertionError(f"unexpected text question: {args[1]!r}")
        return stub.ask_text  # type: ignore[return-value]

    def ask_save_file(*args: Any) -> Path | None:
        stub.calls.append(("ask_save_file", args))
        if stub.save_file is UNSET:
            raise AssertionError(f"unexpected file question: {args[1]!r}")
        return stub.save_file  # type: ignore[return-value]

    def ask_open_files(*args: Any) -> list[Path]:
        stub.calls.append(("ask_open_files", args))
        if stub.open_files is UNSET:
            raise AssertionError(f"unexpected file question: {args[1]!r}")
        return list(stub.open_files)  # type: ignore[call-overload]

    def ask_choice(*args: Any) -> str | None:
        stub.calls.append(("ask_choice", args))
        if stub.choice is UNSET:
            raise AssertionError(f"unexpected choice: {args[1]!r}")
        return stub.choice  # type: ignore[return-value]

    def exec_dialog(dialog: Any) -> bool:
        stub.calls.append(("exec_dialog", (dialog,)))
        if stub.run_dialog is None:
            raise AssertionError(f"unexpected dialog: {dialog.windowTitle()!r}")
        # As exec() would: shown, active, and gone afterwards.
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        try:
            return stub.run_dialog(dialog)
        finally:
            dialog.close()
            # A window manager gives the focus back to the window below; offscreen does not.
            below = dialog.parentWidget()
            if below is not None:
                below.window().activateWindow()
                qtbot.waitUntil(lambda: QApplication.activeWindow() is below.window())

    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "inform", inform)
    monkeypatch.setattr(dialogs, "confirm", confirm)
    monkeypatch.setattr(dialogs, "ask_text", ask_text)
    monkeypatch.setattr(dialogs, "exec_dialog", exec_dialog)
    monkeypatch.setattr(dialogs, "ask_save_file", ask_save_file)
    monkeypatch.setattr(dialogs, "ask_open_files", ask_open_files)
    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
    return stub


@pytest.fixture
def library(data_dir: Path) -> Iterator[Library]:
    lib = Library.open(data_dir, exclusive=True)
    yield lib
    lib.close()


@pytest.fixture
def settings(data_dir: Path, qapp: QApplication) -> Any:
    from werkstatt.gui.settings import Settings

    return Settings(data_dir)


@pytest.fixture
def make_window(qtbot: Any, settings: Any) -> Callable[[Library], Any]:
    """Show a MainWindow on a library, active so that its shortcuts work."""
    from werkstatt.gui.main_window import MainWindow

    def make(lib: Library) -> MainWindow:
        window = MainWindow(lib, settings, "en")
        qtbot.addWidget(window)  # closed and deleted after the test
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make


@pytest.fixture
def window(make_window: Callable[[Library], Any], library: Library) -> Any:
    return make_window(library)


def _add_workshop(
    lib: Library,
    title: str,
    *,
    method: str = "world_cafe",
    date: dt.date | None = dt.date(2025, 3, 15),
    place: str = "",
    client: str = "",
) -> Workshop:
    """A workshop straight through the store, with two hand-made phases."""
    phases = [
        PhaseDraft(PhaseKind.BRIEFING, "Begrüßung und Einführung", planned_minutes=15),
        PhaseDraft(PhaseKind.CARDS, "Kartenabfrage: Was stört uns?", planned_minutes=30),
    ]
    draft = WorkshopDraft(
        title=title, method=method, date=date, place=place, client=client, start_time=dt.time(10)
    )
    return lib.create_workshop(draft, phases)


@pytest.fixture
def add_workshop() -> Callable[..., Workshop]:
    return _add_workshop


@pytest.fixture
def event_loop_qt(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop per test, driven with run_until_complete."""
    import qasync

    from werkstatt.gui import tasks

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    # A background job still running after its test would finish (or crash) in a later
    # test's widgets: the test has to wait for what it starts.
    left = [task for task in list(tasks._running) if task.get_loop() is loop and not task.done()]
    for task in left:
        task.cancel()
    if left:
        loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)
    assert not left, f"background jobs left running: {[task.get_coro() for task in left]}"


def _type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like qtbot.keyClicks, umlauts and ß included (QTest asserts on non-ASCII keys)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            no_modifier = Qt.KeyboardModifier.NoModifier
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, no_modifier)


@pytest.fixture
def type_text(qtbot: Any) -> Callable[[Any, str], None]:
    return lambda widget, text: _type_text(qtbot, widget, text)
