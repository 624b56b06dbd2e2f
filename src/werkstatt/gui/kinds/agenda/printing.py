"""The agenda wall on paper: the agenda poster (A3 or A4 landscape) and a blank report
form per session, rendered by werkstatt.protocol.printables.open_space.

As with the protocol export (gui/export.py): the wall is read on the GUI thread, the
layout runs in the executor, the file opens in the system's viewer. Conveners are
printed: the printed agenda hangs in the hall where they announced their sessions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from werkstatt.core.agenda import AgendaWall
from werkstatt.gui import background, dialogs
from werkstatt.protocol.errors import ProtocolWriteError
from werkstatt.protocol.printables import open_space

translate = QCoreApplication.translate


def _folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _render_off_thread(parent: QWidget, target: Path, render: Callable[[], None]) -> None:
    def saved_text(path: Path) -> str:
        return translate(
            "AgendaPrint",
            "The file is saved in %1. No program to show PDF files could be started; "
            "open the file from there.",
        ).replace("%1", str(path))

    background.write_then_open(parent, target, render, (ProtocolWriteError,), saved_text)


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
