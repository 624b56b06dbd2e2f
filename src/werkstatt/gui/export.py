"""Export a workshop's protocol (PDF, or Word for clients who edit it) from the window:
ask what goes in and in which format (remembered per workshop; with a preview), ask where,
take the snapshot, render it in a worker thread with progress and Cancel, then open it in
the system's viewer.

The snapshot is read on the GUI thread (one short read transaction, so the PDF shows one
state of the day and no second connection is needed); only the layout, which takes
seconds for thousands of cards, runs in the executor. The worker thread outlives the
window and the event loop, so quitting the program (or destroying the window the export
belongs to) cancels every running export: no file appears after the program has closed.
"""

from __future__ import annotations

import asyncio
import functools
import re
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkstatt.core.records import Workshop
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.gui import background, dialogs, tasks
from werkstatt.gui.export_options_dialog import ProtocolFormat, ask_export_options
from werkstatt.gui.settings import Settings
from werkstatt.gui.templates import TemplateCatalog
from werkstatt.messages import describe
from werkstatt.protocol.docx import render_docx
from werkstatt.protocol.errors import ExportCancelled, ProtocolWriteError
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.texts import text_in
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library

PROGRESS_NAME = "protocolExportProgress"
_PROGRESS_STEPS = 1000
# Characters that Windows, macOS or a USB stick's FAT do not allow in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def open_in_viewer(path: Path) -> bool:
    """Open ``path`` in the system's viewer for it; False when none could be started.
    (A function of its own so that tests replace it.)"""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def suggested_path(workshop: Workshop, suffix: str = ".pdf") -> Path:
    """'Protokoll Zukunftswerkstatt Südstadt 2026-03-14.pdf' (or ``suffix``) in the
    documents folder."""
    word = text_in(workshop.language, "Protocol", "Protocol")
    parts = [word, workshop.title]
    if workshop.date is not None:
        parts.append(workshop.date.isoformat())  # sorts well in a file list
    name = _UNSAFE.sub("-", " ".join(parts)).strip(" .-")[:120]
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / f"{name}{suffix}"


def export_protocol(
    parent: QWidget,
    library: Library,
    workshop_id: int,
    language: str,
) -> asyncio.Task[Path | None] | None:
    """Ask what goes into the protocol and for a file name, then write the workshop's
    protocol there in the background.

    ``language`` is the window's; the protocol is written in the workshop's own language.
    Returns the running job (tests await it), or None when nothing was started
    (cancelled options or file dialog, a workshop that is gone).
    """
    try:
        workshop = library.get_workshop(workshop_id)
        phases = library.list_phases(workshop_id)
    except StoreError as exc:
        dialogs.show_error(parent, describe(exc))
        return None

    def take_snapshot() -> WorkshopSnapshot:
        catalog = TemplateCatalog.load(library, language)
        method = catalog.method_name(workshop.method, workshop.language)
        return library.snapshot(workshop_id, method_name=method)

    # The data folder's settings.ini, which the main window also writes: QSettings objects
    # on one file share its state within the process.
    choice = ask_export_options(
        parent, Settings(library.data_dir).qsettings, workshop, phases, take_snapshot
    )
    if choice is None:
        return None
    options = choice.options
    word = choice.format is ProtocolFormat.DOCX
    if word:
        title = QCoreApplication.translate("ProtocolExport", "Save the protocol as a Word document")
        file_filter = QCoreApplication.translate("ProtocolExport", "Word documents (*.docx)")
    else:
        title = QCoreApplication.translate("ProtocolExport", "Save the protocol as PDF")
        file_filter = QCoreApplication.translate("ProtocolExport", "PDF documents (*.pdf)")
    suffix = choice.format.suffix
    chosen = dialogs.ask_save_file(parent, title, suggested_path(workshop, suffix), file_filter)
    if chosen is None:
        return None
    target = chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
    try:
        snapshot = take_snapshot()
    except StoreError as exc:
        dialogs.show_error(parent, describe(exc))
        return None

    progress = _progress_dialog(parent, target)
    cancel = threading.Event()
    progress.canceled.connect(cancel.set)
    let_go = background.cancel_on_close(parent, cancel)
    loop = asyncio.get_event_loop()

    def report(done: int, total: int) -> None:
        # Called in the worker thread: hand the numbers to the GUI thread.
        loop.call_soon_threadsafe(_show_progress, progress, done, total)

    # Looked up now, not at import: tests replace them.
    renderer = render_docx if word else render_pdf
    render = functools.partial(
        renderer, snapshot, target, options=options, progress=report, cancelled=cancel.is_set
    )

    async def run() -> Path | None:
        try:
            await loop.run_in_executor(None, render)
        except ExportCancelled:
            return None
        except ProtocolWriteError as exc:
            # The machine's fault (disk full, folder gone): a sentence, no bug report.
            dialogs.show_error(parent, describe(exc))
            return None
        finally:
            # Also when this job itself is cancelled: the thread then stops at its next
            # check and leaves no file. (Closing the dialog emits canceled() as well.)
            cancel.set()
            let_go()
            if shiboken6.isValid(progress):  # gone with its window when that was destroyed
                progress.close()
                progress.deleteLater()
        return target

    def finished(path: Path | None) -> None:
        if path is None or open_in_viewer(path):
            return
        if word:
            text = QCoreApplication.translate(
                "ProtocolExport",
                "The protocol is saved in {path}. No program to open Word documents could be "
                "started; open the file from there.",
            )
        else:
            text = QCoreApplication.translate(
                "ProtocolExport",
                "The protocol is saved in {path}. No program to show PDF files could be "
                "started; open the file from there.",
            )
        dialogs.inform(background.alive(parent), text.format(path=path))

    return tasks.start(run(), parent=parent, on_done=finished)


def _progress_dialog(parent: QWidget, target: Path) -> QProgressDialog:
    # The snapshot is taken, so working on meanwhile changes nothing in this PDF.
    return background.progress_dialog(
        parent,
        QCoreApplication.translate("ProtocolExport", "Writing the protocol to {name} …").format(
            name=target.name
        ),
        QCoreApplication.translate("ProtocolExport", "Cancel"),
        QCoreApplication.translate("ProtocolExport", "Protocol"),
        _PROGRESS_STEPS,
        PROGRESS_NAME,
    )


def _show_progress(dialog: QProgressDialog, done: int, total: int) -> None:
    # Numbers still queued when the window (and the dialog with it) was destroyed.
    if not shiboken6.isValid(dialog) or dialog.wasCanceled():
        return
    dialog.setValue(min(_PROGRESS_STEPS, done * _PROGRESS_STEPS // max(1, total)))


__all__ = ["export_protocol", "open_in_viewer", "suggested_path"]
