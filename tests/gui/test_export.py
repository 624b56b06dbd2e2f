"""Exporting the protocol (PDF or Word) from the window: off the GUI thread, with progress
and Cancel, errors as sentences, the finished file opened in the viewer; quitting the
program cancels a running export. (What goes into it, the preview: test_export_options.py.)"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QPushButton, QWidget

from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.gui import dialogs, export
from werkstatt.messages import describe
from werkstatt.methods import load_templates
from werkstatt.protocol.errors import ProtocolWriteError
from werkstatt.resources import resource_path
from werkstatt.store.errors import NotFoundError
from werkstatt.store.library import Library

CARDS = (
    "Zu wenig Grün am Quartiersplatz",
    "Die Straßenbahnhaltestelle ist nicht barrierefrei",
    "Mahallede gençler için buluşma yeri yok",
)


@pytest.fixture
def workshop(library: Library) -> Workshop:
    template = next(
        t for t in load_templates(resource_path("methods"), "de") if t.key == "zukunftswerkstatt"
    )
    draft = WorkshopDraft(
        title="Zukunftswerkstatt Südstadt",
        method="zukunftswerkstatt",
        date=dt.date(2026, 3, 14),
        start_time=dt.time(18, 0),
        place="Bürgerhaus Südstadt",
        moderators="Dorothea Klöß",
    )
    created = library.create_workshop(draft, template.drafts("de"))
    critique = next(p for p in library.list_phases(created.id) if p.kind == "cards")
    library.run.start_phase(critique.id, at=dt.datetime(2026, 3, 14, 17, 20, tzinfo=dt.UTC))
    for text in CARDS:
        library.cards.add(critique.id, text, author="Ayşe Yılmaz")
    return created


def _shown_window(qtbot: Any) -> QWidget:
    # Shown and active: the options dialog hands the focus back to it.
    widget = QWidget()
    widget.setWindowTitle("Werkstatt")
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def parent(qtbot: Any) -> QWidget:
    widget = _shown_window(qtbot)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def options_as_shown(answers: Any) -> list[QDialog]:
    """Accept the options dialog as it opens; returns the dialogs shown."""
    shown: list[QDialog] = []

    def accept(dialog: QDialog) -> bool:
        shown.append(dialog)
        return True

    answers.run_dialog = accept
    return shown


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path | None], list[Path]]:
    """Answer the file dialog with a path (None: cancelled); returns the suggestions."""

    def answer(path: Path | None) -> list[Path]:
        suggested: list[Path] = []

        def ask_save_file(
            parent: QWidget | None, title: str, proposal: Path, file_filter: str
        ) -> Path | None:
            # the filter offers the suffix of the suggested name
            assert f"(*{proposal.suffix})" in file_filter
            suggested.append(proposal)
            return path

        monkeypatch.setattr(dialogs, "ask_save_file", ask_save_file)
        return suggested

    return answer


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    calls: list[Path] = []

    def open_in_viewer(path: Path) -> bool:
        calls.append(path)
        return True

    monkeypatch.setattr(export, "open_in_viewer", open_in_viewer)
    return calls


class HeldRender:
    """The worker thread waits in front of the real rendering until the test lets it go."""

    def __init__(self, real_render: Callable[..., None] = export.render_pdf) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.real_render = real_render

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.started.set()
        if not self.go_on.wait(timeout=30):
            raise AssertionError("the test never let the export go on")
        self.real_render(*args, **kwargs)

    async def wait_started(self) -> None:
        loop = asyncio.get_running_loop()
        assert await loop.run_in_executor(None, self.started.wait, 30), "no export started"


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> HeldRender:
    render = HeldRender()
    monkeypatch.setattr(export, "render_pdf", render)
    return render


@pytest.fixture
def held_word(monkeypatch: pytest.MonkeyPatch) -> HeldRender:
    render = HeldRender(export.render_docx)
    monkeypatch.setattr(export, "render_docx", render)
    return render


@pytest.fixture
def word_chosen(answers: Any, qtbot: Any) -> list[QDialog]:
    """Choose 'Word document' in the options dialog by keyboard, then Enter."""
    from werkstatt.gui.export_options_dialog import ExportOptionsDialog

    shown: list[QDialog] = []

    def choose_word(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        shown.append(dialog)
        assert dialog.ui.pdfRadio.hasFocus(), "the format comes first"
        qtbot.keyClick(dialog.ui.pdfRadio, Qt.Key.Key_Down)  # arrows move between radios
        assert dialog.ui.docxRadio.isChecked()
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    answers.run_dialog = choose_word
    return shown


def _word_text(path: Path) -> str:
    """The body paragraphs and table cells of a .docx, as python-docx reads them."""
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return " ".join(" ".join(parts).split())


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _no_progress_dialog_left(parent: QWidget, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, export.PROGRESS_NAME) is None)


def test_export_writes_the_pdf_and_opens_it(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    qtbot: Any,
) -> None:
    target = tmp_path / "Protokoll Südstadt.pdf"
    suggested = save_as(target)
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    assert event_loop_qt.run_until_complete(task) == target
    assert opened == [target]
    assert answers.names() == ["exec_dialog"], "the options, then nothing but the file"
    assert len(options_as_shown) == 1
    text = _text(target)
    for card in CARDS:
        assert card in text
    assert "Zukunftswerkstatt Südstadt" in text
    assert suggested[0].name == "Protokoll Zukunftswerkstatt Südstadt 2026-03-14.pdf" or (
        suggested[0].name == "Protocol Zukunftswerkstatt Südstadt 2026-03-14.pdf"
    )
    _no_progress_dialog_left(parent, qtbot)


def test_a_name_without_pdf_gets_it(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
) -> None:
    save_as(tmp_path / "Dokumentation Bürgerhaus")
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    event_loop_qt.run_until_complete(task)
    assert opened == [tmp_path / "Dokumentation Bürgerhaus.pdf"]


def test_a_cancelled_file_dialog_does_nothing(
    options_as_shown: list[QDialog],
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
) -> None:
    save_as(None)
    assert export.export_protocol(parent, library, workshop.id, "de") is None
    assert opened == []
    assert answers.names() == ["exec_dialog"]


def test_cancel_in_the_progress_dialog_leaves_no_file(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    held: HeldRender,
    qtbot: Any,
) -> None:
    folder = tmp_path / "Export"
    folder.mkdir()
    save_as(folder / "Protokoll.pdf")
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None

    async def press_cancel() -> Path | None:
        await held.wait_started()  # the worker waits until the moderator has pressed Cancel
        dialog = parent.findChild(QProgressDialog, export.PROGRESS_NAME)
        assert dialog is not None
        dialog.show()  # as it does by itself when an export takes longer than a moment
        qtbot.waitExposed(dialog)
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        held.go_on.set()
        return await task

    assert event_loop_qt.run_until_complete(press_cancel()) is None
    assert list(folder.iterdir()) == []
    assert opened == []
    assert answers.names() == ["exec_dialog"], "cancelling is no error"
    _no_progress_dialog_left(parent, qtbot)


def test_quitting_the_program_cancels_a_running_export(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    held: HeldRender,
    qtbot: Any,
) -> None:
    folder = tmp_path / "Export"
    folder.mkdir()
    save_as(folder / "Protokoll.pdf")
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None

    async def quit_meanwhile() -> Path | None:
        await held.wait_started()
        # What QApplication.quit() and closing the last window emit before the loop ends;
        # the worker thread lives on after that, until the interpreter exits.
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.aboutToQuit.emit()
        held.go_on.set()
        return await task

    assert event_loop_qt.run_until_complete(quit_meanwhile()) is None
    assert list(folder.iterdir()) == [], "nothing written after the program closed"
    assert opened == []
    assert answers.names() == ["exec_dialog"]
    _no_progress_dialog_left(parent, qtbot)


def test_an_export_that_ended_no_longer_listens_for_quitting(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    flags: list[threading.Event] = []
    real_event = threading.Event

    def recorded_event() -> threading.Event:
        flag = real_event()
        flags.append(flag)
        return flag

    monkeypatch.setattr(export.threading, "Event", recorded_event)
    save_as(tmp_path / "Protokoll.pdf")
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    assert event_loop_qt.run_until_complete(task) == tmp_path / "Protokoll.pdf"
    assert len(flags) == 1
    flags[0].clear()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.aboutToQuit.emit()
    assert not flags[0].is_set(), "the connection to aboutToQuit was undone"


def test_destroying_the_window_cancels_a_running_export(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    held: HeldRender,
    qtbot: Any,
    qapp: QApplication,
) -> None:
    # Without this Qt would quit with its last window, and quitting cancels by itself.
    quit_on_last = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    try:
        _export_and_destroy_the_window(
            event_loop_qt, library, workshop, tmp_path, save_as, held, qtbot
        )
    finally:
        qapp.setQuitOnLastWindowClosed(quit_on_last)
    assert opened == []
    assert answers.names() == ["exec_dialog"]


def _export_and_destroy_the_window(
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    held: HeldRender,
    qtbot: Any,
) -> None:
    window = _shown_window(qtbot)  # not qtbot's: the test destroys it itself
    folder = tmp_path / "Export"
    folder.mkdir()
    save_as(folder / "Protokoll.pdf")
    task = export.export_protocol(window, library, workshop.id, "de")
    assert task is not None

    async def destroy_meanwhile() -> Path | None:
        await held.wait_started()
        shiboken6.delete(window)  # its progress dialog goes with it
        held.go_on.set()
        return await task

    assert event_loop_qt.run_until_complete(destroy_meanwhile()) is None
    assert list(folder.iterdir()) == []


def test_a_folder_that_is_gone_is_told_in_words(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    qtbot: Any,
) -> None:
    target = tmp_path / "USB-Stick" / "Protokoll.pdf"
    save_as(target)
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    assert event_loop_qt.run_until_complete(task) is None
    errors = answers.texts("show_error")
    assert len(errors) == 1
    assert str(target) in errors[0]
    assert errors[0] == describe(ProtocolWriteError(target, "No such file or directory", 2))
    assert opened == []
    _no_progress_dialog_left(parent, qtbot)


def test_a_workshop_that_is_gone(
    library: Library, parent: QWidget, opened: list[Path], answers: Any
) -> None:
    assert export.export_protocol(parent, library, 4711, "de") is None
    assert answers.texts("show_error") == [describe(NotFoundError("workshop", 4711))]


def test_no_pdf_viewer_says_where_the_file_is(
    options_as_shown: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    answers: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export, "open_in_viewer", lambda path: False)
    target = tmp_path / "Protokoll.pdf"
    save_as(target)
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    event_loop_qt.run_until_complete(task)
    assert target.is_file()
    informed = answers.texts("inform")
    assert len(informed) == 1
    assert str(target) in informed[0]


def test_the_suggested_name_is_safe_for_every_file_system(workshop: Workshop) -> None:
    from dataclasses import replace

    odd = replace(workshop, title='Straße/Weg: "Wohin?" <Nord>|Süd')
    name = export.suggested_path(odd).name
    assert name.endswith(" 2026-03-14.pdf")
    assert not set('/\\:*?"<>|') & set(name)
    assert "Straße" in name and "Süd" in name


def test_a_word_export_writes_a_docx_that_word_readers_open(
    word_chosen: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    qtbot: Any,
) -> None:
    suggested = save_as(tmp_path / "Protokoll zum Bearbeiten")  # typed without a suffix
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    target = tmp_path / "Protokoll zum Bearbeiten.docx"
    assert event_loop_qt.run_until_complete(task) == target
    assert opened == [target]
    assert suggested[0].name.endswith("Zukunftswerkstatt Südstadt 2026-03-14.docx")
    text = _word_text(target)
    for card in CARDS:
        assert card in text
    assert "Zukunftswerkstatt Südstadt" in text
    assert "Ayşe Yılmaz" not in text, "names stay out of Word documents too"
    assert answers.names() == ["exec_dialog"]
    _no_progress_dialog_left(parent, qtbot)


def test_cancel_during_a_word_export_leaves_no_file(
    word_chosen: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    held_word: HeldRender,
    qtbot: Any,
) -> None:
    folder = tmp_path / "Export"
    folder.mkdir()
    save_as(folder / "Protokoll.docx")
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None

    async def press_cancel() -> Path | None:
        await held_word.wait_started()
        dialog = parent.findChild(QProgressDialog, export.PROGRESS_NAME)
        assert dialog is not None
        assert "Protokoll.docx" in dialog.labelText()
        dialog.show()
        qtbot.waitExposed(dialog)
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        held_word.go_on.set()
        return await task

    assert event_loop_qt.run_until_complete(press_cancel()) is None
    assert list(folder.iterdir()) == []
    assert opened == []
    assert answers.names() == ["exec_dialog"]
    _no_progress_dialog_left(parent, qtbot)


def test_no_word_program_says_where_the_file_is(
    word_chosen: list[QDialog],
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    answers: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export, "open_in_viewer", lambda path: False)
    target = tmp_path / "Protokoll.docx"
    save_as(target)
    task = export.export_protocol(parent, library, workshop.id, "de")
    assert task is not None
    event_loop_qt.run_until_complete(task)
    assert target.is_file()
    informed = answers.texts("inform")
    assert len(informed) == 1
    assert str(target) in informed[0] and "Word" in informed[0]
