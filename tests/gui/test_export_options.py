"""What goes into the exported protocol: names only when the moderator ticks them, the
moderator's scripts likewise, photos, which phases, PDF or Word; asked by keyboard before
each export, remembered per workshop in the data folder's settings.ini, with a preview of
the first pages."""

from __future__ import annotations

import asyncio
import dataclasses
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import test_export
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

from werkstatt.core.records import Phase, Workshop, WorkshopDraft
from werkstatt.gui import export, protocol_preview
from werkstatt.gui.export_options_dialog import (
    ExportOptionsDialog,
    ProtocolFormat,
    phase_identifiers,
    remember_options,
    remembered_format,
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


def _tick(qtbot: Any, dialog: ExportOptionsDialog, box: QAbstractButton) -> None:
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


# -- photos, phases, format ------------------------------------------------------------


def _phase(library: Library, workshop: Workshop, key: str) -> Phase:
    return next(p for p in library.list_phases(workshop.id) if p.key == key)


def _untick_phase(qtbot: Any, dialog: ExportOptionsDialog, title: str) -> None:
    """Go to the phase list by its mnemonic, down to ``title`` with the arrow keys, and
    untick it with Space."""
    phases = dialog.ui.phasesList
    _alt_mnemonic(qtbot, dialog, dialog.ui.phasesLabel.text())
    assert phases.hasFocus()
    while title not in phases.currentItem().text():
        row = phases.currentRow()
        qtbot.keyClick(phases, Qt.Key.Key_Down)
        assert phases.currentRow() == row + 1, f"{title!r} is not in the list"
    assert phases.currentItem().checkState() == Qt.CheckState.Checked
    qtbot.keyClick(phases, Qt.Key.Key_Space)
    assert phases.currentItem().checkState() == Qt.CheckState.Unchecked


def _alt_mnemonic(qtbot: Any, dialog: QDialog, text: str) -> None:
    shortcut = QKeySequence.mnemonic(text)
    assert not shortcut.isEmpty(), f"no mnemonic in {text!r}"
    qtbot.keyClick(dialog, shortcut[0].key(), ALT)


def test_an_unticked_phase_is_left_out_of_the_pdf(
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
    critique = _phase(library, workshop, "kritik-karten")
    ordering = _phase(library, workshop, "kritik-cluster")  # shows the unsorted cards too
    seen: list[ProtocolOptions] = []

    def keys(dialog: ExportOptionsDialog, focus: Any) -> None:
        _untick_phase(qtbot, dialog, critique.title)
        _untick_phase(qtbot, dialog, ordering.title)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    answers.run_dialog = _by_keyboard(keys, seen)
    target = tmp_path / "Protokoll ohne Kritik.pdf"
    assert _export(event_loop_qt, parent, library, workshop.id, target, save_as) == target

    text = _flat_text(target)
    for card in CARDS:
        assert card not in text
    assert "Zukunftswerkstatt Südstadt" in text
    # Without any untick the cards are there (the same workshop, Enter only).
    answers.run_dialog = _by_keyboard(_enter(qtbot), seen)
    again = tmp_path / "nochmal.pdf"
    _export(event_loop_qt, parent, library, workshop.id, again, save_as)
    assert critique.id not in (seen[1].phases or ()), "the untick is remembered"
    assert CARDS[0] not in _flat_text(again)


def test_photos_phases_and_format_are_remembered_per_workshop(
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
    pause = _phase(library, workshop, "pause")
    seen: list[ProtocolOptions] = []
    formats: list[ProtocolFormat] = []

    def keys(dialog: ExportOptionsDialog, focus: Any) -> None:
        texts = [item.text() for item in dialog.ui.phasesList.findItems("", Qt.MatchContains)]
        assert f"6. {pause.title} (break)" in texts, "a break is listed, as one"
        _tick(qtbot, dialog, dialog.ui.docxRadio)
        _tick(qtbot, dialog, dialog.ui.photosCheck)
        _untick_phase(qtbot, dialog, pause.title)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    def recording(keys: Keys) -> Callable[[QDialog], bool]:
        inner = _by_keyboard(keys, seen)

        def run(dialog: QDialog) -> bool:
            assert isinstance(dialog, ExportOptionsDialog)
            formats.append(dialog.format())
            return inner(dialog)

        return run

    answers.run_dialog = recording(keys)
    first = _export(event_loop_qt, parent, library, workshop.id, tmp_path / "erstes", save_as)
    assert first == tmp_path / "erstes.docx"

    answers.run_dialog = recording(_enter(qtbot))
    _export(event_loop_qt, parent, library, workshop.id, tmp_path / "zweites", save_as)
    every_phase = {p.id for p in library.list_phases(workshop.id)}
    assert formats[1] is ProtocolFormat.DOCX
    assert seen[1] == ProtocolOptions(
        include_photos=False, phases=frozenset(every_phase - {pause.id})
    )
    assert (tmp_path / "zweites.docx").is_file()

    on_disk = QSettings(str(Settings(data_dir).path), QSettings.Format.IniFormat)
    assert remembered_format(on_disk, workshop.uid) is ProtocolFormat.DOCX
    # By the template key: an id changes when the workshop is imported elsewhere.
    assert on_disk.value(f"export/{workshop.uid}/left_out_phases") == '["key:pause"]'

    other = library.create_workshop(
        WorkshopDraft(title="Bürgerwerkstatt Marktplatz", method="zukunftswerkstatt"), []
    )
    answers.run_dialog = recording(_enter(qtbot))
    _export(event_loop_qt, parent, library, other.id, tmp_path / "anderes", save_as)
    assert seen[2] == ProtocolOptions() and formats[2] is ProtocolFormat.PDF


def test_phases_are_remembered_by_key_and_by_id_without_one(
    data_dir: Path, library: Library, workshop: Workshop
) -> None:
    settings = Settings(data_dir).qsettings
    phases = library.list_phases(workshop.id)
    pause = next(p for p in phases if p.key == "pause")
    own = dataclasses.replace(phases[0], id=9001, key="")  # added by hand: no key
    twin_a = dataclasses.replace(phases[1], id=9002, key="doppelt")
    twin_b = dataclasses.replace(phases[2], id=9003, key="doppelt")  # a key shared: by id
    mine = [*phases, own, twin_a, twin_b]
    assert phase_identifiers(mine)[pause.id] == "key:pause"
    assert phase_identifiers(mine)[9001] == "id:9001"
    assert phase_identifiers(mine)[9002] == "id:9002"
    every = frozenset(p.id for p in mine)
    remember_options(settings, workshop.uid, ProtocolOptions(phases=every - {pause.id, 9001}), mine)

    # Imported elsewhere: new ids, the same keys.
    moved = [dataclasses.replace(p, id=p.id + 100) for p in mine]
    options = remembered_options(settings, workshop.uid, moved)
    assert options.phases == frozenset(p.id for p in moved) - {pause.id + 100}
    # A phase that is new since then is in.
    added = dataclasses.replace(phases[0], id=777, key="neu")
    assert 777 in (remembered_options(settings, workshop.uid, [*mine, added]).phases or ())
    # Nothing left out: None, so that every phase counts.
    remember_options(settings, workshop.uid, ProtocolOptions(), mine)
    assert remembered_options(settings, workshop.uid, mine).phases is None


def test_damaged_phase_and_format_settings_fall_back(
    data_dir: Path, library: Library, workshop: Workshop
) -> None:
    settings = Settings(data_dir).qsettings
    phases = library.list_phases(workshop.id)
    for damage in ("[kaputt", "42", '{"key:pause": 1}', "[1, 2]"):
        settings.setValue(f"export/{workshop.uid}/left_out_phases", damage)
        assert remembered_options(settings, workshop.uid, phases).phases is None
    settings.setValue(f"export/{workshop.uid}/include_photos", "vielleicht")
    assert remembered_options(settings, workshop.uid, phases).include_photos
    settings.setValue(f"export/{workshop.uid}/format", "odt")
    assert remembered_format(settings, workshop.uid) is ProtocolFormat.PDF


def test_tick_none_and_tick_all_by_keyboard(
    library: Library, workshop: Workshop, parent: QWidget, qtbot: Any
) -> None:
    phases = library.list_phases(workshop.id)
    dialog = ExportOptionsDialog(ProtocolOptions(), parent, phases=phases)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.ui.phasesList.count() == len(phases)
    assert dialog.options().phases is None

    _alt_mnemonic(qtbot, dialog, dialog.ui.noPhasesButton.text())
    qtbot.waitUntil(lambda: dialog.options().phases == frozenset())
    _alt_mnemonic(qtbot, dialog, dialog.ui.allPhasesButton.text())
    qtbot.waitUntil(lambda: dialog.options().phases is None)


def test_every_choice_is_reachable_with_tab(
    library: Library, workshop: Workshop, parent: QWidget, qtbot: Any
) -> None:
    dialog = ExportOptionsDialog(
        ProtocolOptions(),
        parent,
        phases=library.list_phases(workshop.id),
        snapshot_source=lambda: library.snapshot(workshop.id),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    ui = dialog.ui
    reached: list[QWidget] = []
    for _ in range(14):
        reached.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    wanted = [
        ui.pdfRadio,  # one stop for the group; the arrows choose within it
        ui.namesCheck,
        ui.scriptsCheck,
        ui.photosCheck,
        ui.phasesList,
        ui.allPhasesButton,
        ui.noPhasesButton,
        dialog.ok_button,
        dialog.preview_button,
    ]
    for widget in wanted:
        assert widget in reached, widget.objectName()
    order = [reached.index(widget) for widget in wanted[:7]]
    assert order == sorted(order), "top to bottom"
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


class _LongerTexts(QTranslator):
    """Every text of the dialog half as long again, as German texts are."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context not in ("ExportOptionsDialog", "ProtocolPreview"):
            return None  # untranslated: Qt's own buttons keep their texts
        extra = " Überlänge" * max(1, len(source) // 20)
        return source + extra


@pytest.fixture
def longer_texts(qapp: QApplication) -> Iterator[None]:
    translator = _LongerTexts()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _clipped(dialog: QDialog) -> list[str]:
    """The labels and buttons of ``dialog`` that show less than their text needs."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                found.append(f"{widget.objectName()}: {widget.height()} < {needed}")
        elif isinstance(widget, QAbstractButton | QLabel):
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                found.append(f"{widget.objectName() or widget.text()}: {widget.size()} < {hint}")
    return found


def test_long_texts_are_not_clipped(
    longer_texts: None,
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    qtbot: Any,
    tmp_path: Path,
) -> None:
    dialog = ExportOptionsDialog(ProtocolOptions(), parent, phases=library.list_phases(workshop.id))
    qtbot.addWidget(dialog)
    assert "Überlänge" in dialog.ui.namesCheck.text()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _clipped(dialog) == []
    assert dialog.width() > 560, "the dialog grew with its texts"
    dialog.grab().save(str(tmp_path / "options.png"))  # to look at when this fails


# -- preview -----------------------------------------------------------------------------


@pytest.fixture
def temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the preview puts its temporary file (so the test sees what is left)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _no_preview_thread() -> bool:
    return not any(t.name == "protocol-preview" for t in threading.enumerate())


class HeldPreview:
    """The preview's worker waits before rendering until the test lets it go."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.paths: list[Path] = []
        self.real_render = protocol_preview.render_pdf

    def __call__(self, snapshot: Any, path: Path, **kwargs: Any) -> None:
        self.paths.append(path)
        self.started.set()
        if not self.go_on.wait(timeout=30):
            raise AssertionError("the test never let the preview go on")
        self.real_render(snapshot, path, **kwargs)


def test_the_preview_shows_the_first_pages_and_cleans_up(
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    answers: Any,
    opened: list[Path],
    temporary_folder: Path,
    qtbot: Any,
) -> None:
    shown: list[tuple[int, str, int]] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        _alt_mnemonic(qtbot, dialog, dialog.preview_button.text())
        qtbot.waitUntil(lambda: dialog.preview is not None)  # a mnemonic clicks animated
        preview = dialog.preview
        assert preview is not None
        qtbot.waitUntil(lambda: preview.page_count() >= 1 and not preview.busy, timeout=30000)
        assert preview.view.document() is preview.document
        # Paging by keyboard: Page Down on the view goes a page on, Page Up back.
        preview.view.setFocus()
        qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
        page_after_down = preview.current_page()
        qtbot.keyClick(preview.view, Qt.Key.Key_PageUp)
        shown.append((preview.page_count(), preview.note.text(), page_after_down))
        assert preview.current_page() == 0
        assert preview.page_label.text() == f"Page 1 of {preview.page_count()}"
        assert preview.view.zoomMode() == preview.view.ZoomMode.FitToWidth
        assert list(temporary_folder.iterdir()) == [], "read into memory, the file removed"
        preview.view.grab()  # painted pages: QtPdf must not warn offscreen (warnings fail)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    answers.run_dialog = look
    assert export.export_protocol(parent, library, workshop.id, "de") is None
    pages, note, page_after_down = shown[0]
    assert pages >= 2
    assert page_after_down == 1
    # 14 phases: only the first few are rendered, and the panel says so.
    assert "first pages" in note and "first 3" in note
    assert list(temporary_folder.iterdir()) == []
    assert answers.names() == ["exec_dialog"], "no file dialog after Esc"


def test_closing_the_dialog_cancels_a_running_preview_and_leaves_no_file(
    library: Library,
    workshop: Workshop,
    parent: QWidget,
    answers: Any,
    opened: list[Path],
    temporary_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: Any,
) -> None:
    held = HeldPreview()
    monkeypatch.setattr(protocol_preview, "render_pdf", held)

    def preview_then_cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        assert held.started.wait(30)
        assert held.paths[0].parent.parent == temporary_folder
        assert dialog.preview is not None and dialog.preview.busy
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.preview.busy, "closing stopped the preview"
        return dialog.result() == QDialog.DialogCode.Accepted

    answers.run_dialog = preview_then_cancel
    assert export.export_protocol(parent, library, workshop.id, "de") is None
    held.go_on.set()
    qtbot.waitUntil(_no_preview_thread, timeout=30000)
    assert list(temporary_folder.iterdir()) == []


def test_a_changed_choice_renders_the_preview_again(
    library: Library, workshop: Workshop, parent: QWidget, qtbot: Any
) -> None:
    phases = library.list_phases(workshop.id)
    snapshots: list[int] = []

    def snapshot() -> Any:
        snapshots.append(1)
        return library.snapshot(workshop.id, method_name="Zukunftswerkstatt")

    dialog = ExportOptionsDialog(
        ProtocolOptions(), parent, phases=phases[:2], snapshot_source=snapshot
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_preview()
    preview = dialog.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() >= 1 and not preview.busy, timeout=30000)
    assert "first 3" not in preview.note.text(), "two phases: the preview has them all"
    first = preview.page_count()
    dialog.ui.docxRadio.setChecked(True)
    qtbot.waitUntil(lambda: "Word" in preview.note.text(), timeout=5000)
    qtbot.waitUntil(lambda: not preview.busy and preview.page_count() >= 1, timeout=30000)
    assert preview.page_count() == first
    assert snapshots == [1], "one snapshot for all previews of a dialog"
    dialog.reject()
    qtbot.waitUntil(_no_preview_thread, timeout=30000)


def test_preview_options_limit_the_phases() -> None:
    options = ProtocolOptions(include_names=True, phases=frozenset({2, 3, 5, 7, 8}))
    shown, limited = protocol_preview.preview_options(options, [1, 2, 3, 4, 5, 6, 7, 8], 3)
    assert limited
    assert shown == dataclasses.replace(options, phases=frozenset({2, 3, 5}))
    assert protocol_preview.preview_options(options, [1, 2, 3], 3) == (options, False)
