"""Adding photos from files without freezing the window: each file is read and checked
(core.photos.prepare: decoding, EXIF orientation, thumbnail) in a worker thread, as the
PDF export renders (gui/export.py); each prepared photo is then written with
``library.photos.add`` on the GUI thread, a quick insert, and shows in the strip at once.

A progress dialog offers Cancel: the import stops after the file in hand, and the photos
added so far stay. The whole import is one undo step ('Add 12 photos'). Files that are no
images, too big or unreadable are named together in one message at the end.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkstatt.core import photos as core_photos
from werkstatt.core.photo_errors import PhotoError, PhotoTooLargeError
from werkstatt.core.photos import PreparedPhoto
from werkstatt.core.records import Photo
from werkstatt.gui import background, dialogs, tasks
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.photos.commands import AddedPhotosCommand
from werkstatt.messages import describe
from werkstatt.methods import limits
from werkstatt.store.errors import InvalidValueError, StoreError

translate = QCoreApplication.translate

PROGRESS_NAME = "photoImportProgress"
#: The file dialog's filter; a file of another kind that is dropped is checked all the same.
IMAGE_PATTERNS = "*.jpg *.jpeg *.png *.webp *.gif *.JPG *.JPEG *.PNG *.WEBP *.GIF"


@dataclass
class ImportOutcome:
    added: list[Photo] = field(default_factory=list)
    #: (file name, what went wrong) for every file that was not added
    failed: list[tuple[str, BaseException]] = field(default_factory=list)
    cancelled: bool = False


def read_and_prepare(path: Path) -> PreparedPhoto:
    """Runs in the worker thread. A file over the limit is refused before it is read (a
    video dropped by mistake is not pulled into memory)."""
    maximum = limits.PHOTO_BYTES_MAX
    size = path.stat().st_size
    if size > maximum:
        raise PhotoTooLargeError(path.name, size, maximum)
    return core_photos.prepare(path.read_bytes(), path.name, max_bytes=maximum)


def import_photos(
    parent: QWidget,
    context: RunContext,
    phase_id: int,
    paths: Sequence[Path],
    *,
    on_done: Callable[[ImportOutcome], None] | None = None,
) -> asyncio.Task[ImportOutcome] | None:
    """Add the files ``paths`` to the phase in the background; returns the running job
    (tests await it), or None for no files."""
    files = list(paths)
    if not files:
        return None
    progress = _progress_dialog(parent, len(files))
    cancel = threading.Event()
    progress.canceled.connect(cancel.set)
    let_go = background.cancel_on_close(parent, cancel)
    loop = asyncio.get_event_loop()

    async def run() -> ImportOutcome:
        outcome = ImportOutcome()
        try:
            for done, path in enumerate(files):
                if cancel.is_set() or (shiboken6.isValid(progress) and progress.wasCanceled()):
                    outcome.cancelled = True
                    break
                _show_progress(progress, done, len(files), path.name)
                try:
                    prepared = await loop.run_in_executor(None, read_and_prepare, path)
                except (PhotoError, OSError) as exc:
                    outcome.failed.append((path.name, exc))
                    continue
                if not shiboken6.isValid(parent):
                    break  # the window went meanwhile: add nothing more
                try:
                    photo = context.library.photos.add(phase_id, prepared, filename=path.name)
                except StoreError as exc:
                    outcome.failed.append((path.name, exc))
                    if isinstance(exc, InvalidValueError) and exc.field == "photos":
                        break  # the phase is full: the other files would say the same
                    continue
                outcome.added.append(photo)
                context.records_changed(phase_id, None)
        finally:
            let_go()
            if shiboken6.isValid(progress):
                progress.close()
                progress.deleteLater()
            _record_undo_step(context, phase_id, outcome.added)
        if outcome.failed and shiboken6.isValid(parent):
            dialogs.show_error(parent, failure_text(outcome.failed))
        return outcome

    return tasks.start(run(), parent=parent, on_done=on_done)


def _record_undo_step(context: RunContext, phase_id: int, added: list[Photo]) -> None:
    if not added or not shiboken6.isValid(context.undo_stack):
        return
    # Singular and plural as two texts: pyside6-lupdate makes plural forms only of tr().
    # and of a call whose count is not a plain name
    count = len(added)
    if count == 1:
        text = translate("PhotoStrip", "Add 1 photo")
    else:
        text = translate("PhotoStrip", "Add %n photos", "", count)
    command = AddedPhotosCommand(context, phase_id, text, [photo.id for photo in added])
    context.undo_stack.push(command)


def failure_text(failed: Sequence[tuple[str, BaseException]]) -> str:
    """One message for every file that was not added: the file's name and why."""
    count = len(failed)  # a plain name for pyside6-lupdate, as above
    if count == 1:
        head = translate("PhotoStrip", "1 file could not be added as a photo:")
    else:
        head = translate("PhotoStrip", "%n files could not be added as photos:", "", count)
    lines = []
    for name, exc in failed:
        sentence = describe(exc)
        # the sentences about photos name the file themselves
        lines.append(f"• {sentence}" if name in sentence else f"• {name}: {sentence}")
    return "\n\n".join([head, "\n".join(lines)])


def _progress_dialog(parent: QWidget, total: int) -> QProgressDialog:
    return background.progress_dialog(
        parent,
        translate("PhotoStrip", "Adding photos …"),
        translate("PhotoStrip", "Cancel"),
        translate("PhotoStrip", "Photos"),
        total,
        PROGRESS_NAME,
    )


def _show_progress(dialog: QProgressDialog, done: int, total: int, name: str) -> None:
    if not shiboken6.isValid(dialog) or dialog.wasCanceled():
        return
    dialog.setLabelText(
        translate("PhotoStrip", "Adding photo %1 of %2: %3")
        .replace("%1", str(done + 1))
        .replace("%2", str(total))
        .replace("%3", name)
    )
    dialog.setValue(done)
