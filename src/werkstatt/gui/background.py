"""What the window's jobs in a worker thread share: the protocol export (gui/export.py),
the printables (agenda and rounds printing) and the photo import (gui/photos/importer.py).

- :func:`write_then_open`: write a file in the executor, then open it in the system's
  viewer or, when no viewer could be started, say where it is.
- :func:`progress_dialog`: a progress dialog with Cancel that does not block the window.
- :func:`cancel_on_close`: stop the job when the program quits or its window goes.
- :func:`alive`: the widget to show a message above, or None once it was destroyed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkstatt.gui import dialogs, tasks
from werkstatt.messages import describe


def alive(widget: QWidget) -> QWidget | None:
    """``widget``, or None when it was destroyed while the job ran."""
    return widget if shiboken6.isValid(widget) else None


def write_then_open(
    parent: QWidget,
    target: Path,
    render: Callable[[], object],
    errors: tuple[type[BaseException], ...],
    saved_text: Callable[[Path], str],
) -> asyncio.Task[Path | None]:
    """Run ``render`` (which writes ``target``) in the executor, then open ``target`` in
    the system's viewer; when none could be started, tell ``saved_text(target)``. An
    exception of ``errors`` (a full disk, ...) is shown as a sentence, no bug report.
    Returns the running job (tests await it)."""
    loop = asyncio.get_event_loop()

    async def run() -> Path | None:
        try:
            await loop.run_in_executor(None, render)
        except errors as exc:
            dialogs.show_error(alive(parent), describe(exc))
            return None
        return target

    def finished(path: Path | None) -> None:
        # Looked up now, not at import: tests replace export.open_in_viewer (and
        # gui/export.py imports this module).
        from werkstatt.gui import export

        if path is None or export.open_in_viewer(path):
            return
        dialogs.inform(alive(parent), saved_text(path))

    return tasks.start(run(), parent=parent, on_done=finished)


def progress_dialog(
    parent: QWidget, label: str, cancel: str, title: str, maximum: int, name: str
) -> QProgressDialog:
    """A progress dialog from 0 to ``maximum`` with the button ``cancel``, named ``name``;
    it shows only when the job takes longer than a moment."""
    dialog = QProgressDialog(label, cancel, 0, maximum, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    # Not modal: a modal QProgressDialog runs nested event processing in setValue(),
    # which would re-enter the asyncio loop.
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(400)  # a quick job does not flash a window
    dialog.setValue(0)
    return dialog


def cancel_on_close(parent: QWidget, cancel: threading.Event) -> Callable[[], None]:
    """Set ``cancel`` when the program quits or ``parent`` is destroyed; returns the
    function that undoes the connections once the job is over.

    The executor's thread is joined only at interpreter exit, after the window is gone and
    the loop has stopped: without this it would work on and write its file then."""
    connections = [parent.destroyed.connect(cancel.set)]
    app = QCoreApplication.instance()
    if app is not None:
        connections.append(app.aboutToQuit.connect(cancel.set))

    def let_go() -> None:
        for connection in connections:
            # False for the connection of a parent already destroyed: nothing to undo.
            QObject.disconnect(connection)

    return let_go
