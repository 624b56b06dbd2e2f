"""Export a workshop as a ``.werkstatt`` file and import such files, from the window.

Both halves that take time run in a worker thread with a progress dialog: writing the zip
(photos are megabytes) and reading and checking an imported file (every photo is decoded
once). The library itself is only touched on the GUI thread: one short read for the
snapshot, one short write for the import, so no second connection is needed.
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from werkstatt.core.records import Workshop
from werkstatt.gui import dialogs, tasks
from werkstatt.gui.templates import TemplateCatalog
from werkstatt.messages import describe
from werkstatt.store.archive import SUFFIX, CheckedWorkshop, OnExisting, read_file
from werkstatt.store.archive.container import write_archive
from werkstatt.store.archive.document import encode
from werkstatt.store.errors import StoreError, WorkshopExistsError
from werkstatt.store.library import Library

translate = QCoreApplication.translate
# Characters that Windows, macOS or a USB stick's FAT do not allow in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_file(workshop: Workshop) -> Path:
    parts = [workshop.title]
    if workshop.date is not None:
        parts.append(workshop.date.isoformat())
    name = _UNSAFE.sub("-", " ".join(parts)).strip(" .-")[:120] or "Workshop"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / f"{name}{SUFFIX}"


def is_workshop_file(path: Path) -> bool:
    return path.suffix.lower() == SUFFIX


def _busy(parent: QWidget, text: str) -> QProgressDialog:
    """A busy indicator without Cancel: both jobs are short and leave nothing half done."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("workshopFileProgress")
    dialog.setWindowTitle(translate("WorkshopFiles", "Workshop file"))
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    # Not modal: a modal progress dialog runs nested event loops inside the asyncio loop.
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(400)
    dialog.setValue(0)
    return dialog


def _close(dialog: QProgressDialog) -> None:
    if shiboken6.isValid(dialog):
        dialog.close()
        dialog.deleteLater()


def export_workshop_file(
    parent: QWidget, library: Library, workshop_id: int, language: str
) -> asyncio.Task[Path | None] | None:
    """Ask where, then write the workshop as a ``.werkstatt`` file in the background.
    Returns the running job (tests await it), or None when nothing was started."""
    try:
        workshop = library.get_workshop(workshop_id)
        method = TemplateCatalog.load(library, language).method_name(
            workshop.method, workshop.language
        )
        chosen = dialogs.ask_save_file(
            parent,
            translate("WorkshopFiles", "Export the workshop as a file"),
            suggested_file(workshop),
            translate("WorkshopFiles", "Werkstatt workshops (*.werkstatt)"),
        )
        if chosen is None:
            return None
        target = chosen if is_workshop_file(chosen) else chosen.with_name(chosen.name + SUFFIX)
        snapshot = library.snapshot(workshop_id, method_name=method)
    except StoreError as exc:
        dialogs.show_error(parent, describe(exc))
        return None
    progress = _busy(
        parent, translate("WorkshopFiles", "Writing {name} …").format(name=target.name)
    )
    loop = asyncio.get_event_loop()

    def write() -> None:
        document, files = encode(snapshot)
        write_archive(target, document, files)

    async def run() -> Path | None:
        try:
            await loop.run_in_executor(None, write)
        except StoreError as exc:
            dialogs.show_error(parent if shiboken6.isValid(parent) else None, describe(exc))
            return None
        finally:
            _close(progress)
        return target

    def done(path: Path | None) -> None:
        if path is not None and shiboken6.isValid(parent):
            dialogs.inform(
                parent,
                translate(
                    "WorkshopFiles",
                    "“{title}” is saved in {path}. Give this file to a colleague: "
                    "Werkstatt imports it with all phases, results and photos.",
                ).format(title=workshop.title, path=path),
            )

    return tasks.start(run(), parent=parent, on_done=done)


def import_workshop_files(
    parent: QWidget,
    library: Library,
    paths: Sequence[Path],
    added: Callable[[Workshop], None],
) -> asyncio.Task[list[Workshop]] | None:
    """Read and check the files in the background, then add each workshop (asking what
    to do when it is in the library already). ``added`` is called for each workshop on
    the GUI thread. A file that cannot be imported is explained and changes nothing."""
    files = [path for path in paths if path.is_file() or is_workshop_file(path)]
    if not files:
        return None
    progress = _busy(
        parent,
        translate("WorkshopFiles", "Reading {name} …").format(name=files[0].name),
    )
    loop = asyncio.get_event_loop()

    async def run() -> list[Workshop]:
        imported: list[Workshop] = []
        try:
            for path in files:
                if shiboken6.isValid(progress):
                    progress.setLabelText(
                        translate("WorkshopFiles", "Reading {name} …").format(name=path.name)
                    )
                try:
                    checked = await loop.run_in_executor(None, functools.partial(read_file, path))
                except StoreError as exc:
                    dialogs.show_error(parent, describe(exc))
                    continue
                workshop = _add(parent, library, checked)
                if workshop is not None:
                    imported.append(workshop)
                    added(workshop)
        finally:
            _close(progress)
        return imported

    return tasks.start(run(), parent=parent)


def _add(parent: QWidget, library: Library, checked: CheckedWorkshop) -> Workshop | None:
    try:
        return library.archives.add(checked, OnExisting.ASK)
    except WorkshopExistsError as exists:
        choice = dialogs.ask_choice(
            parent,
            translate(
                "WorkshopFiles",
                "The workshop “{title}” is already in this library.\n\n"
                "Keep both: the file becomes a second workshop beside it.\n"
                "Replace: the workshop in the library is removed for good and the file's "
                "takes its place (this cannot be undone).",
            ).format(title=exists.title),
            [
                (OnExisting.KEEP_BOTH.value, translate("WorkshopFiles", "Keep both")),
                (OnExisting.REPLACE.value, translate("WorkshopFiles", "Replace")),
            ],
        )
        if choice is None:
            return None
        try:
            return library.archives.add(checked, OnExisting(choice))
        except StoreError as exc:
            dialogs.show_error(parent, describe(exc))
            return None
    except StoreError as exc:
        dialogs.show_error(parent, describe(exc))
        return None


__all__ = ["export_workshop_file", "import_workshop_files", "is_workshop_file", "suggested_file"]
