"""A workshop travels as a .werkstatt file: exported from the library window, imported by
the menu or by dropping the file onto the window, undoable, asked about when it exists."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from samples.filled_workshop import fill_zukunftswerkstatt
from werkstatt.store.library import Library


def _drop(widget: Any, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_export_then_import_into_another_library_by_dropping_the_file(
    window: Any,
    library: Library,
    answers: Any,
    tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
    make_window: Any,
) -> None:
    workshop_id = fill_zukunftswerkstatt(library)
    page = window.library_page
    page.refresh(workshop_id)
    target = tmp_path / "Nordstadt"
    answers.save_file = target
    task = page.export_selected()
    assert event_loop_qt.run_until_complete(task) == tmp_path / "Nordstadt.werkstatt"
    assert "Nordstadt.werkstatt" in answers.texts("inform")[0]

    with Library.open(tmp_path / "colleague") as other:
        colleague = make_window(other)
        other_page = colleague.library_page
        assert other_page.views.currentWidget() is other_page.empty_state
        # A PDF dragged by mistake is not taken; the workshop file is.
        assert not _drop(other_page, [tmp_path / "Protokoll.pdf"])
        assert _drop(other_page, [tmp_path / "Nordstadt.werkstatt"])
        event_loop_qt.run_until_complete(_settle())
        (imported,) = other.list_workshops()
        assert imported.title == library.get_workshop(workshop_id).title
        assert other_page.selected_id() == imported.id
        phases = other.list_phases(imported.id)
        assert len(other.cards.list(phases[2].id)) == 48

        # Undo takes the imported workshop out again, redo brings it back.
        colleague.undo_group.activeStack().undo()
        assert other.list_workshops() == []
        colleague.undo_group.activeStack().redo()
        assert [w.id for w in other.list_workshops()] == [imported.id]
        colleague.close()


async def _settle() -> None:
    # The drop started a background job: let it read the file and add the workshop.
    for _ in range(200):
        await asyncio.sleep(0.01)
        from werkstatt.gui import tasks

        if not tasks.running():
            return


def test_importing_a_workshop_that_is_there_asks_and_can_keep_both(
    window: Any,
    library: Library,
    answers: Any,
    tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    workshop_id = fill_zukunftswerkstatt(library, photos_per_phase=0)
    library.archives.export(workshop_id, tmp_path / "Nordstadt.werkstatt")
    page = window.library_page
    answers.open_files = [tmp_path / "Nordstadt.werkstatt"]
    answers.choice = None  # cancelled: nothing happens
    event_loop_qt.run_until_complete(page.import_files())
    assert len(library.list_workshops()) == 1
    assert (
        "bereits in dieser Bibliothek" in answers.calls[-1][1][1]
        or answers.calls[-1][0] == "ask_choice"
    )

    answers.choice = "keep_both"
    imported = event_loop_qt.run_until_complete(page.import_files())
    assert len(imported) == 1 and len(library.list_workshops()) == 2
    assert imported[0].uid != library.get_workshop(workshop_id).uid


def test_a_damaged_file_is_explained_and_changes_nothing(
    window: Any,
    library: Library,
    answers: Any,
    tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
) -> None:
    broken = tmp_path / "kaputt.werkstatt"
    broken.write_bytes(b"PK\x03\x04 nur der Anfang einer Datei")
    answers.open_files = [broken]
    assert event_loop_qt.run_until_complete(window.library_page.import_files()) == []
    (message,) = answers.texts("show_error")
    assert "kaputt.werkstatt" in message
    assert library.list_workshops() == []
