"""The photo strip of the run view: photos of flipcharts and pinboards added through the
file dialog or by drag and drop (off the GUI thread, one undo step, cancellable), their
captions, order and deletion undoable, and one of them on the projector on demand."""

# ruff: noqa: F811  (the fixtures come from test_run_fixtures by import)
from __future__ import annotations

import asyncio
import io
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from test_run_fixtures import (  # noqa: F401  (fixtures)
    clocks,
    evening,
    kinds,
    make_session,
    player,
    run_page,
)

from werkstatt.gui.photos import importer
from werkstatt.gui.photos.strip import PhotoStrip
from werkstatt.gui.run.presenter_window import PresenterWindow
from werkstatt.store.library import Library

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CAPTIONS = (
    "Flipchart Kritikphase: Lärm und Verkehr in der Weißdornstraße",
    "Pinnwand „Grünflächen“ – Tisch von Zofia Wiśniewska",
)
COLOURS = ("#c0392b", "#27ae60", "#2c3e50", "#f1c40f", "#8e44ad")


def _jpeg(
    path: Path, colour: str, size: tuple[int, int] = (400, 300), orientation: int = 1
) -> Path:
    image = Image.new("RGB", size, colour)
    # a stripe on the left edge: where it ends up shows the orientation applied
    image.paste("#ffffff", (0, 0, size[0] // 8, size[1]))
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, exif=exif.tobytes())
    path.write_bytes(buffer.getvalue())
    return path


def _photos(tmp_path: Path, count: int, size: tuple[int, int] = (400, 300)) -> list[Path]:
    return [
        _jpeg(tmp_path / f"Flipchart {n:02d} Südstadt.jpg", COLOURS[n % len(COLOURS)], size)
        for n in range(1, count + 1)
    ]


@pytest.fixture
def strip(run_page: Any) -> PhotoStrip:
    """The strip in the running workshop's card phase (Kritikphase)."""
    session = run_page.session
    session.start_workshop()
    session.next()
    assert run_page.photo_strip.isVisible()
    return run_page.photo_strip


def _phase_id(strip: PhotoStrip) -> int:
    assert strip.phase_id is not None
    return strip.phase_id


def _import(strip: PhotoStrip, loop: asyncio.AbstractEventLoop, answers: Any, paths: list[Path],
            qtbot: QtBot) -> importer.ImportOutcome:
    answers.open_files = paths
    qtbot.mouseClick(strip.add_button, Qt.MouseButton.LeftButton)
    assert strip.import_task is not None
    return loop.run_until_complete(strip.import_task)


def _order(library: Library, strip: PhotoStrip) -> list[int]:
    return [photo.id for photo in library.photos.list(_phase_id(strip))]


def _select(strip: PhotoStrip, qtbot: QtBot, row: int) -> None:
    rect = strip.view.visualRect(strip.model.index(row))
    qtbot.mouseClick(strip.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert strip.current_id() == strip.model.photos[row].id


def test_an_empty_strip_is_one_line_with_a_hint(strip: PhotoStrip, run_page: Any) -> None:
    assert strip.toggle_button.text() == "0 photo(s)"
    assert strip.hint_label.isVisible()
    assert "drag them here" in strip.hint_label.text()
    assert not strip.view.isVisible()
    assert strip.height() < 3 * strip.fontMetrics().lineSpacing() + 20
    run_page.session.previous()  # the briefing takes photos too; a break does not
    assert strip.isVisible()


def test_three_photos_from_the_file_dialog_are_stored_and_shown(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    paths = _photos(tmp_path, 3)
    outcome = _import(strip, event_loop_qt, answers, paths, qtbot)
    assert answers.names() == ["ask_open_files"]
    assert not outcome.failed and not outcome.cancelled
    stored = library.photos.list(_phase_id(strip))
    assert [p.filename for p in stored] == [p.name for p in paths]
    assert [p.id for p in strip.model.photos] == [p.id for p in stored]
    for row in range(3):
        thumbnail = strip.model.thumbnail_image(row)
        assert (thumbnail.width(), thumbnail.height()) == (320, 240)
        # the thumbnail's middle has the photo's colour
        assert thumbnail.pixelColor(200, 120).name() != "#ffffff"
    assert library.photos.data(stored[0].id) == paths[0].read_bytes()
    assert strip.view.isVisible() and not strip.hint_label.isVisible()
    assert strip.toggle_button.text() == "3 photo(s)"
    assert strip.findChild(QProgressDialog, importer.PROGRESS_NAME) is None  # closed


def test_a_photo_taken_upright_shows_upright(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    # stored 400×300 by the camera, EXIF 6: shown turned by 90° clockwise, 300×400
    path = _jpeg(tmp_path / "IMG_2041.JPG", "#2c3e50", orientation=6)
    _import(strip, event_loop_qt, answers, [path], qtbot)
    photo = library.photos.list(_phase_id(strip))[0]
    assert (photo.width, photo.height) == (300, 400)
    thumbnail = strip.model.thumbnail_image(0)
    assert (thumbnail.width(), thumbnail.height()) == (240, 320)
    # the white stripe on the stored picture's left is now at the top
    assert thumbnail.pixelColor(120, 10).name() == "#ffffff"
    assert thumbnail.pixelColor(10, 300).name() != "#ffffff"


def test_the_import_is_one_undo_step(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    stack = strip.context.undo_stack
    before = stack.count()
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 4), qtbot)
    ids = _order(library, strip)
    assert stack.count() == before + 1
    assert "4" in stack.undoText()
    stack.undo()
    assert library.photos.count(_phase_id(strip)) == 0
    assert strip.model.photos == []
    assert strip.hint_label.isVisible()
    stack.redo()
    assert _order(library, strip) == ids  # the very same photos, same order
    assert [p.id for p in strip.model.photos] == ids


def test_caption_is_edited_in_place_and_undone(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop, type_text: Callable[[Any, str], None],
) -> None:
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 2), qtbot)
    _select(strip, qtbot, 1)
    qtbot.keyClick(strip.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, CAPTIONS[0])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits in a queued call
    qtbot.waitUntil(lambda: strip.view.state() != strip.view.State.EditingState)
    photos = library.photos.list(_phase_id(strip))
    assert [p.caption for p in photos] == ["", CAPTIONS[0]]
    assert strip.model.index(1).data() == CAPTIONS[0]
    assert strip.model.index(0).data() == "(no caption)"
    strip.context.undo_stack.undo()
    assert [p.caption for p in library.photos.list(_phase_id(strip))] == ["", ""]
    assert strip.model.index(1).data() == "(no caption)"
    assert library.photos.count(_phase_id(strip)) == 2  # the import is not undone


def test_ctrl_arrows_move_a_photo_not_the_phase(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop, run_page: Any,
) -> None:
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 3), qtbot)
    a, b, c = _order(library, strip)
    phase = run_page.session.current_id
    strip.view.setFocus()
    _select(strip, qtbot, 0)
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(strip.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert _order(library, strip) == [b, c, a]
    assert run_page.session.current_id == phase
    assert strip.current_id() == a
    qtbot.keyClick(strip.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert _order(library, strip) == [b, a, c]
    strip.context.undo_stack.undo()
    assert _order(library, strip) == [b, c, a]


def test_a_photo_dragged_within_the_strip_moves(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 3), qtbot)
    a, b, c = _order(library, strip)
    mime = strip.model.mimeData([strip.model.index(2)])
    target = QPointF(strip.view.visualRect(strip.model.index(0)).center())
    actions = Qt.DropAction.MoveAction
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(target, actions, mime, button, none)
    # a drag from the strip itself: QDropEvent.source() is the view while Qt drags
    drop_source = strip.view
    drop.source = lambda: drop_source  # type: ignore[method-assign]
    strip.view.dropEvent(drop)
    assert drop.isAccepted()
    assert _order(library, strip) == [c, a, b]


def test_delete_and_undo(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 3), qtbot)
    a, b, c = _order(library, strip)
    strip.view.setFocus()
    _select(strip, qtbot, 1)
    qtbot.keyClick(strip.view, Qt.Key.Key_Delete)
    assert _order(library, strip) == [a, c]
    assert [p.id for p in strip.model.photos] == [a, c]
    assert strip.current_id() == c  # the next one, ready for another Del
    assert strip.context.undo_stack.undoText() == "Delete 1 photo(s)"
    strip.context.undo_stack.undo()
    assert _order(library, strip) == [a, b, c]
    assert strip.toggle_button.text() == "3 photo(s)"


def test_files_that_are_no_photos_are_named_in_one_message(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    good = _photos(tmp_path, 2)
    minutes = tmp_path / "Protokollnotizen Bürgerversammlung.txt"
    minutes.write_text("Das ist kein Foto, sondern eine Notiz.", encoding="utf-8")
    broken = tmp_path / "Pinnwand abgeschnitten.jpg"
    broken.write_bytes(good[0].read_bytes()[:200])  # a copy cut off
    outcome = _import(strip, event_loop_qt, answers, [good[0], minutes, broken, good[1]], qtbot)
    assert [p.filename for p in library.photos.list(_phase_id(strip))] == [p.name for p in good]
    assert [name for name, _exc in outcome.failed] == [minutes.name, broken.name]
    errors = answers.texts("show_error")
    assert len(errors) == 1
    assert minutes.name in errors[0] and broken.name in errors[0]
    assert "Traceback" not in errors[0]
    assert "2" in strip.context.undo_stack.undoText()


def test_cancel_keeps_the_photos_already_added(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    paths = _photos(tmp_path, 6)
    added: list[int] = []

    def press_cancel_after_two(phase_id: int, _change: object) -> None:
        added.append(phase_id)
        if len(added) == 2:
            dialog = strip.findChild(QProgressDialog, importer.PROGRESS_NAME)
            assert dialog is not None
            dialog.findChild(QPushButton).click()  # its Cancel button

    strip.context.recordsChanged.connect(press_cancel_after_two)
    outcome = _import(strip, event_loop_qt, answers, paths, qtbot)
    strip.context.recordsChanged.disconnect(press_cancel_after_two)
    assert outcome.cancelled
    assert [p.filename for p in library.photos.list(_phase_id(strip))] == [
        paths[0].name, paths[1].name
    ]
    assert strip.model.rowCount() == 2
    assert "show_error" not in answers.names()
    strip.context.undo_stack.undo()  # the two are one step
    assert library.photos.count(_phase_id(strip)) == 0


def test_the_window_keeps_working_during_a_big_import(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    paths = _photos(tmp_path, 30, size=(1024, 768))
    ticks = [0]
    ticks_at_add: list[int] = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    strip.context.recordsChanged.connect(lambda *_: ticks_at_add.append(ticks[0]))
    timer.start()
    try:
        outcome = _import(strip, event_loop_qt, answers, paths, qtbot)
    finally:
        timer.stop()
    assert len(outcome.added) == 30
    assert library.photos.count(_phase_id(strip)) == 30
    # the event loop ran between every two photos: the window never stood still for
    # the whole import, only ever for one quick insert
    assert len(ticks_at_add) == 30
    assert all(later > earlier for earlier, later in itertools.pairwise(ticks_at_add))


def _drop_files(widget: Any, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), actions, mime, button, none)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), actions, mime, button, none)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()
    return drop


def test_files_dropped_from_the_file_manager_are_added(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    first, second, third = _photos(tmp_path, 3)
    # onto the empty strip (its header) ...
    _drop_files(strip, [first])
    assert strip.import_task is not None
    event_loop_qt.run_until_complete(strip.import_task)
    # ... and onto the row of thumbnails
    _drop_files(strip.view.viewport(), [second, third])
    event_loop_qt.run_until_complete(strip.import_task)
    names = [p.filename for p in library.photos.list(_phase_id(strip))]
    assert names == [first.name, second.name, third.name]
    assert "ask_open_files" not in answers.names()


def _finish_decoding(page: Any, loop: asyncio.AbstractEventLoop) -> None:
    """Let the projector's decodes in the worker thread end (and their results land)."""
    if page.decode_tasks:
        loop.run_until_complete(asyncio.gather(*page.decode_tasks, return_exceptions=True))


def _decoded_colour(library: Library, photo_id: int) -> str:
    data = library.photos.data(photo_id)
    with Image.open(io.BytesIO(data)) as image:
        red, green, blue = image.convert("RGB").getpixel((300, 150))
    return f"#{red:02x}{green:02x}{blue:02x}"


def test_the_photo_keys_work_from_the_working_area(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop, run_page: Any,
) -> None:
    """Space is the timer's: adding and projecting photos have keys of their own."""
    projector = PresenterWindow(run_page.session, run_page)
    projector.show_on_best_screen()
    qtbot.waitExposed(projector)
    assert "Ctrl+Shift+P" in strip.add_button.toolTip()
    assert "Ctrl+P" in strip.project_button.toolTip()
    run_page.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run_page.window())
    area = run_page.working_widget
    area.setFocus()
    focused = QApplication.focusWidget()
    assert focused is not None and area.isAncestorOf(focused)
    answers.open_files = _photos(tmp_path, 2)
    qtbot.keyClick(focused, Qt.Key.Key_P, CTRL_SHIFT)
    assert answers.names() == ["ask_open_files"]
    assert strip.import_task is not None
    event_loop_qt.run_until_complete(strip.import_task)
    first, second = _order(library, strip)
    # nothing selected: Ctrl+P has nothing to show
    qtbot.keyClick(focused, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert projector.pages.currentWidget() is projector.content
    strip.view.setFocus()
    _select(strip, qtbot, 1)
    qtbot.keyClick(strip.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert projector.pages.currentWidget() is projector.photo_page
    assert projector.photo_page.photo_id == second
    assert strip.project_button.isChecked()
    focused.setFocus()
    qtbot.keyClick(focused, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert projector.pages.currentWidget() is projector.content
    assert not strip.project_button.isChecked()
    _finish_decoding(projector.photo_page, event_loop_qt)
    assert first != second


def test_the_projector_shows_a_photo_on_demand(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop, run_page: Any,
) -> None:
    projector = PresenterWindow(run_page.session, run_page)
    projector.show_on_best_screen()
    qtbot.waitExposed(projector)
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 2), qtbot)
    first, second = _order(library, strip)
    library.photos.update(second, caption=CAPTIONS[1])
    assert projector.pages.currentWidget() is projector.content
    assert not strip.project_button.isEnabled()  # nothing selected yet

    strip.view.setFocus()
    _select(strip, qtbot, 1)
    qtbot.mouseClick(strip.project_button, Qt.MouseButton.LeftButton)
    page = projector.photo_page
    assert projector.pages.currentWidget() is page
    assert page.photo_id == second
    assert page.caption_label.text().replace("\u00ad", "") == CAPTIONS[1]
    assert page.caption_label.font().pixelSize() == projector.theme.body_px
    # the thumbnail at once; the original decoded off the GUI thread replaces it
    assert page.image_view.image.size().toTuple() == (320, 240)
    _finish_decoding(page, event_loop_qt)
    assert page.image_view.image.size().toTuple() == (400, 300)
    _select(strip, qtbot, 0)  # the projector follows the selection
    _select(strip, qtbot, 1)
    _select(strip, qtbot, 0)  # arrowing on: only the photo shown at the end counts
    assert page.photo_id == first
    assert not page.caption_label.isVisible()
    _finish_decoding(page, event_loop_qt)
    assert page.image_view.image.size().toTuple() == (400, 300)
    assert page.image_view.image.pixelColor(300, 150).name() == _decoded_colour(library, first)

    projector.toggle_blank()  # blank and back: the photo again
    assert projector.pages.currentWidget() is projector.blank_page
    projector.toggle_blank()
    assert projector.pages.currentWidget() is page

    strip.view.setFocus()
    qtbot.keyClick(strip.view, Qt.Key.Key_Escape)
    assert projector.pages.currentWidget() is projector.content
    assert not strip.project_button.isChecked()

    qtbot.mouseClick(strip.project_button, Qt.MouseButton.LeftButton)
    assert projector.pages.currentWidget() is page
    qtbot.mouseClick(strip.project_button, Qt.MouseButton.LeftButton)
    assert projector.pages.currentWidget() is projector.content

    qtbot.mouseClick(strip.project_button, Qt.MouseButton.LeftButton)
    run_page.session.next()  # another phase: its live results again
    assert projector.pages.currentWidget() is projector.content
    run_page.session.previous()
    assert projector.pages.currentWidget() is projector.content


def test_a_deleted_photo_leaves_the_projector(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop, run_page: Any,
) -> None:
    projector = PresenterWindow(run_page.session, run_page)
    projector.show_on_best_screen()
    qtbot.waitExposed(projector)
    _import(strip, event_loop_qt, answers, _photos(tmp_path, 2), qtbot)
    strip.view.setFocus()
    _select(strip, qtbot, 0)
    qtbot.mouseClick(strip.project_button, Qt.MouseButton.LeftButton)
    assert projector.pages.currentWidget() is projector.photo_page
    _finish_decoding(projector.photo_page, event_loop_qt)
    strip.context.undo_stack.undo()  # the import undone: no photo to show
    assert projector.pages.currentWidget() is projector.content
    assert not strip.project_button.isChecked()


def test_a_full_phase_stops_the_import_with_one_sentence(
    strip: PhotoStrip, library: Library, answers: Any, qtbot: QtBot, tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from werkstatt.methods import limits

    monkeypatch.setattr(limits, "PHOTOS_PER_PHASE_MAX", 2)
    paths = _photos(tmp_path, 4)
    outcome = _import(strip, event_loop_qt, answers, paths, qtbot)
    assert [p.filename for p in outcome.added] == [paths[0].name, paths[1].name]
    assert [name for name, _exc in outcome.failed] == [paths[2].name]
    errors = answers.texts("show_error")
    assert len(errors) == 1 and paths[2].name in errors[0]
