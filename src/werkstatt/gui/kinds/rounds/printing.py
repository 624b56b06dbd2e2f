"""The printables of a World Café (route cards, table cards, the whole plan) as PDF.

Asked where to save through werkstatt.gui.dialogs, rendered off the GUI thread by
werkstatt.protocol.printables.world_cafe (which writes in the workshop's language, as
the protocol does), then opened in the system's viewer for printing, as the protocol is.
"""

from __future__ import annotations

import asyncio
import functools
import re
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from werkstatt.core.records import Workshop
from werkstatt.gui import background, dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.messages import describe
from werkstatt.protocol.errors import ProtocolWriteError
from werkstatt.protocol.printables.world_cafe import (
    PRINTABLES,
    NoSeatingPlanError,
    PrintableKind,
    render_printable,
)
from werkstatt.protocol.texts import text_in
from werkstatt.store.errors import StoreError

translate = QCoreApplication.translate

#: What cannot be printed without a seating plan (table cards show the questions alone).
NEEDS_PLAN: frozenset[str] = frozenset({"route_cards_4", "route_cards_8", "whole_plan"})
# Characters that Windows, macOS or a USB stick's FAT do not allow in a file name.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_path(workshop: Workshop, kind: str) -> Path:
    """'Laufkarten World Café Weststadt.pdf' in the documents folder: the printable's
    name as its first page says it, in the workshop's language."""
    if kind == "table_cards":
        word = text_in(workshop.language, "Printables", "Table cards")
    elif kind == "whole_plan":
        word = text_in(workshop.language, "Printables", "Seating plan")
    else:
        word = text_in(workshop.language, "Printables", "Route cards")
    name = _UNSAFE.sub("-", f"{word} {workshop.title}").strip(" .-")[:120]
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / f"{name}.pdf"


def export_printable(
    parent: QWidget, context: RunContext, phase_id: int, kind: str, with_names: bool
) -> asyncio.Task[Path | None] | None:
    """Ask for a file and write the printable ``kind`` (one of PRINTABLES) of the rounds
    phase there in the background. Returns the running job (tests await it), or None
    when nothing was started (no plan yet, the file dialog cancelled, a store error)."""
    if kind not in PRINTABLES:
        raise ValueError(kind)
    printable = cast(PrintableKind, kind)
    library = context.library
    try:
        workshop = library.get_workshop(context.workshop_id)
        planned = bool(library.cafe.setup(phase_id).rounds)
    except StoreError as exc:
        dialogs.show_error(parent, describe(exc))
        return None
    if kind in NEEDS_PLAN and not planned:
        # Before the file dialog: nothing to save yet.
        dialogs.show_error(parent, describe(NoSeatingPlanError(phase_id)))
        return None
    chosen = dialogs.ask_save_file(
        parent,
        translate("Rounds", "Save the printable as PDF"),
        suggested_path(workshop, kind),
        translate("Rounds", "PDF documents (*.pdf)"),
    )
    if chosen is None:
        return None
    target = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_name(chosen.name + ".pdf")
    try:
        snapshot = library.snapshot(context.workshop_id)
    except StoreError as exc:
        dialogs.show_error(parent, describe(exc))
        return None
    render = functools.partial(
        render_printable, printable, snapshot, phase_id, target, with_names
    )

    def saved_text(path: Path) -> str:
        text = translate(
            "Rounds",
            "The printable is saved in {path}. No program to show PDF files could be "
            "started; open the file from there.",
        )
        return text.format(path=path)

    # The plan undone meanwhile, a full disk: a sentence, no bug report.
    errors = (NoSeatingPlanError, ProtocolWriteError)
    return background.write_then_open(parent, target, render, errors, saved_text)
