"""The agenda wall on paper: the agenda poster (A3 or A4 landscape) and a blank report
form per session, rendered by werkstatt.protocol.printables.open_space.

As with the protocol export (gui/export.py): the wall is read on the GUI thread, the
layout runs in the executor, the file opens in the system's viewer. Conveners are
printed: the printed agenda hangs in the hall where they announced their sessions.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from werkstatt.core.agenda import AgendaWall
from werkstatt.gui import dialogs, export, tasks
from werkstatt.messages import describe
from werkstatt.protocol.errors import ProtocolWriteError
from werkstatt.protocol.printables import open_space

translate = QCoreApplication.translate


def _folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _render_off_thread(parent: QWidget, target: Path, render: Callable[[], None]) -> None:
    loop = asyncio.get_event_loop()

    async def run() -> Path | None:
        try:
            await loop.run_in_executor(None, render)
        except ProtocolWriteError as exc:
            dialogs.show_error(parent if shiboken6.isValid(parent) else None, describe(exc))
            return None
        return target

    def finished(path: Path | None) -> None:
        if path is None or export.open_in_viewer(path):
            return
        text = translate(
            "AgendaPrint",
            "The file is saved in %1. No program to show PDF files could be started; "
            "open the file from there.",
        ).replace("%1", str(path))
        dialogs.inform(parent if shiboken6.isValid(parent) else None, text)

    tasks.start(run(), parent=parent, on_done=finished)


def print_agenda(parent: QWidget, wall: AgendaWall, title: str) -> None:
    size = dialogs.ask_choice(
        parent,
        translate("AgendaPrint", "Print the agenda on which paper size (landscape)?"),
        [("A3", translate("AgendaPrint", "A3")), ("A4", translate("AgendaPrint", "A4"))],
    )
    if size not in ("A3", "A4"):
        return
    name = translate("AgendaPrint", "Agenda %1.pdf").replace("%1", title)
    target = dialogs.ask_save_file(
        parent, translate("AgendaPrint", "Save the agenda"), _folder() / name, "PDF (*.pdf)"
    )
    if target is None:
        return
    render = functools.partial(
        open_space.render_agenda, wall, title, target, page_size=size, include_names=True
    )
    _render_off_thread(parent, target, render)


def print_report_forms(parent: QWidget, wall: AgendaWall, title: str) -> None:
    name = translate("AgendaPrint", "Report forms %1.pdf").replace("%1", title)
    target = dialogs.ask_save_file(
        parent,
        translate("AgendaPrint", "Save the report forms"),
        _folder() / name,
        "PDF (*.pdf)",
    )
    if target is None:
        return
    render = functools.partial(
        open_space.render_report_forms, wall, title, target, include_names=True
    )
    _render_off_thread(parent, target, render)
