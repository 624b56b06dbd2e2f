"""What goes into the exported protocol: names only when the moderator ticks them, the
moderator's scripts likewise, asked by keyboard before each export and remembered per
workshop in the data folder's settings.ini."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import test_export
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from werkstatt.core.records import Workshop, WorkshopDraft
from werkstatt.gui import export
from werkstatt.gui.export_options_dialog import (
    ExportOptionsDialog,
    remember_options,
    remembered_options,
)
from werkstatt.gui.settings import Settings
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.store.library import Library

ALT = Qt.KeyboardModifier.AltModifier
MODERATOR = "Dorothea Klöß"
AUTHOR = "Ayşe Yılmaz"
SCRIPT_OPENING = "Lesen Sie die Frage vor."

Keys = Callable[[ExportOptionsDialog, Any], None]

# The workshop, window, file-dialog and viewer fixtures of test_export.py.
workshop = test_export.workshop
parent = test_export.parent
save_as = test_export.save_as
opened = test_export.opened
CARDS = test_export.CARDS


def _flat_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _by_keyboard(keys: Keys, seen: list[ProtocolOptions]) -> Callable[[QDialog], bool]:
    """Answer the options dialog like a moderator at the keyboard; records what it showed."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        seen.append(dialog.options())
        keys(dialog, dialog.focusWidget())
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def _enter(qtbot: Any) -> Keys:
    return lambda dialog, focus: qtbot.keyClick(focus, Qt.Key.Key_Return)


def _tick(qtbot: Any, dialog: ExportOptionsDialog, box: QCheckBox) -> None:
    """Tick ``box`` by its mnemonic (Alt and the underlined letter of its text)."""
    shortcut = QKeySequence.mnemonic(box.text())
    assert not shortcut.isEmpty(), f"no mnemonic in {box.text()!r}"
    assert shortcut[0].keyboardModifiers() == ALT
    was = box.isChecked()
    qtbot.keyClick(dialog, shortcut[0].key(), ALT)
    # A mnemonic clicks the button animated: the click lands a moment later.
    qtbot.waitUntil(lambda: box.isChecked() != was)


def _tick_then_enter(qtbot: Any, *boxes: str) -> Keys:
    def keys(dialog: ExportOptionsDialog, focus: Any) -> None:
        for name in boxes:
            _tick(qtbot, dialog, getattr(dialog.ui, name))
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    return keys


def _export(
    loop: asyncio.AbstractEventLoop,
    parent: QWidget,
    library: Library,
    workshop_id: int,
    target: Path,
    save_as: Callable[[Path | None], list[Path]],
) -> Path | None:
    save_as(target)
    task = export.export_protocol(parent, library, workshop_id, "de")
    return None if task is None else loop.run_until_complete(task)


def test_by_default_the_protocol_names_nobody(
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
    seen: list[ProtocolOptions] = []
    answers.run_dialog = _by_keyboard(_enter(qtbot), seen)
    target = tmp_path / "Protokoll Südstadt.pdf"

    assert _export(event_loop_qt, parent, library, workshop.id, target, save_as) == target

    assert seen == [ProtocolOptions(include_names=False, include_scripts=False)]
    text = _flat_text(target)
    for card in CARDS:
        assert card in text
    assert MODERATOR not in text, "the moderators are left out"
    assert AUTHOR not in text, "so are the cards' authors"
    assert SCRIPT_OPENING not in text
    info = PdfReader(target).metadata
    assert info is not None
    assert not info.author


def test_ticking_names_and_scripts_puts_them_in(
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
    seen: list[ProtocolOptions] = []
    answers.run_dialog = _by_keyboard(_tick_then_enter(qtbot, "namesCheck", "scriptsCheck"), seen)
    target = tmp_path / "Protokoll fürs Team.pdf"

    assert _export(event_loop_qt, parent, library, workshop.id, target, save_as) == target

    text = _flat_text(target)
    assert MODERATOR in text
    assert AUTHOR in text
    assert SCRIPT_OPENING in text
    info = PdfReader(target).metadata
    assert info is not None
    assert info.author == MODERATOR


def test_the_choice_is_remembered_for_the_next_export_of_that_workshop(
    event_loop_qt: asyncio.AbstractEventLoop,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    tmp_path: Path,
    save_as: Callable[[Path | None], list[Path]],
    opened: list[Path],
    answers: Any,
    data_dir: Path,
    qtbot: Any,
) -> None:
    seen: list[ProtocolOptions] = []
    answers.run_dialog = _by_keyboard(_tick_then_enter(qtbot, "namesCheck"), seen)
    _export(event_loop_qt, parent, library, workshop.id, tmp_path / "erstes.pdf", save_as)

    # Again, just Enter: the names are still ticked, and the PDF has them.
    answers.run_dialog = _by_keyboard(_enter(qtbot), seen)
    second = tmp_path / "zweites.pdf"
    _export(event_loop_qt, parent, library, workshop.id, second, save_as)
    assert seen[1] == ProtocolOptions(include_names=True, include_scripts=False)
    assert AUTHOR in _flat_text(second)

    # In settings.ini on the disk, so the next start of the program knows it too.
    on_disk = QSettings(str(Settings(data_dir).path), QSettings.Format.IniFormat)
    assert remembered_options(on_disk, workshop.uid).include_names

    # Another workshop starts from the defaults.
    other = library.create_workshop(
        WorkshopDraft(title="Bürgerwerkstatt Marktplatz", method="zukunftswerkstatt"), []
    )
    _export(event_loop_qt, parent, library, other.id, tmp_path / "anderes.pdf", save_as)
    assert seen[2] == ProtocolOptions()


def test_escape_cancels_the_export_and_remembers_nothing(
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    opened: list[Path],
    answers: Any,
    data_dir: Path,
    qtbot: Any,
) -> None:
    def tick_then_escape(dialog: ExportOptionsDialog, focus: Any) -> None:
        _tick(qtbot, dialog, dialog.ui.namesCheck)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    seen: list[ProtocolOptions] = []
    answers.run_dialog = _by_keyboard(tick_then_escape, seen)

    assert export.export_protocol(parent, library, workshop.id, "de") is None

    assert answers.names() == ["exec_dialog"], "no file dialog after Cancel"
    assert opened == []
    assert remembered_options(Settings(data_dir).qsettings, workshop.uid) == ProtocolOptions()


def test_the_dialog_says_why_names_are_off(parent: QWidget) -> None:
    dialog = ExportOptionsDialog(ProtocolOptions(), parent)
    ui = dialog.ui
    assert not ui.namesCheck.isChecked() and not ui.scriptsCheck.isChecked()
    assert "&" in ui.namesCheck.text() and "&" in ui.scriptsCheck.text(), "mnemonics"
    assert "published" in ui.namesNote.text()
    assert ui.namesCheck.accessibleDescription() == ui.namesNote.text()
    assert dialog.ok_button.isDefault()
    dialog.deleteLater()


def test_damaged_settings_fall_back_to_no_names(data_dir: Path, workshop: Workshop) -> None:
    settings = Settings(data_dir).qsettings
    remember_options(settings, workshop.uid, ProtocolOptions(True, True))
    assert remembered_options(settings, workshop.uid) == ProtocolOptions(True, True)

    settings.setValue(f"export/{workshop.uid}/include_names", "vielleicht")
    settings.setValue(f"export/{workshop.uid}/include_scripts", "false")
    assert remembered_options(settings, workshop.uid) == ProtocolOptions(
        include_names=False, include_scripts=False
    )
    assert remembered_options(settings, "0" * 32) == ProtocolOptions()
