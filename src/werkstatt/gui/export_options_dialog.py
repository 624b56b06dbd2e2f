"""What goes into a protocol and in which format, asked before each export (form:
ui/export_options.ui), with a preview of the first pages.

Names are left out unless the moderator ticks them: a protocol is often published, and
personal names appear only where the moderator chose so. The choice is remembered per
workshop in settings.ini (keyed by the workshop's uid, which survives an id that changes
when a workshop is imported elsewhere), so the next export of that workshop starts from it.
The phases are remembered as the ones left out, each by its template key where it has one
(ids change on import, keys do not), so a phase added later is in by default.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from werkstatt.core.records import Phase, Workshop
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.gui import dialogs
from werkstatt.gui.generated.ui_export_options import Ui_ExportOptionsDialog
from werkstatt.gui.protocol_preview import ProtocolPreview
from werkstatt.messages import describe
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.store.errors import StoreError

# bare 'translate("Context", "text")' calls are what pyside6-lupdate collects
translate = QCoreApplication.translate

_NAMES = "include_names"
_SCRIPTS = "include_scripts"
_PHOTOS = "include_photos"
_LEFT_OUT = "left_out_phases"
_FORMAT = "format"
_PHASE_ID = Qt.ItemDataRole.UserRole
_PREVIEW_DELAY_MS = 400  # a change of the ticks re-renders once the moderator pauses


class ProtocolFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"

    @property
    def suffix(self) -> str:
        return f".{self.value}"


@dataclass(frozen=True)
class ExportChoice:
    """What the moderator chose: the protocol's content and its file format."""

    options: ProtocolOptions
    format: ProtocolFormat = ProtocolFormat.PDF


def _key(workshop_uid: str, name: str) -> str:
    return f"export/{workshop_uid}/{name}"


def _flag(value: object, default: bool) -> bool:
    # An ini file gives "true"/"false" back as text; anything else is damage: the default.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def phase_identifiers(phases: Sequence[Phase]) -> dict[int, str]:
    """How each phase is remembered: 'key:<key>' when its key is its own within the
    workshop, else 'id:<id>'."""
    counts = Counter(phase.key for phase in phases if phase.key)
    return {
        phase.id: f"key:{phase.key}" if phase.key and counts[phase.key] == 1 else f"id:{phase.id}"
        for phase in phases
    }


def _left_out(value: object) -> set[str]:
    if not isinstance(value, str):
        return set()
    try:
        names = json.loads(value)
    except ValueError:
        return set()  # damaged: every phase is in
    if not isinstance(names, list):
        return set()
    return {name for name in names if isinstance(name, str)}


def remembered_options(
    settings: QSettings, workshop_uid: str, phases: Sequence[Phase] = ()
) -> ProtocolOptions:
    """The options last chosen for the workshop, or the defaults (no names, no scripts,
    photos, every phase). ``phases`` are the workshop's, to find the ones left out."""
    defaults = ProtocolOptions()
    left_out = _left_out(settings.value(_key(workshop_uid, _LEFT_OUT)))
    identifiers = phase_identifiers(phases)
    included = frozenset(pid for pid, name in identifiers.items() if name not in left_out)
    return ProtocolOptions(
        include_names=_flag(settings.value(_key(workshop_uid, _NAMES)), defaults.include_names),
        include_scripts=_flag(
            settings.value(_key(workshop_uid, _SCRIPTS)), defaults.include_scripts
        ),
        include_photos=_flag(settings.value(_key(workshop_uid, _PHOTOS)), defaults.include_photos),
        phases=None if len(included) == len(identifiers) else included,
    )


def remembered_format(settings: QSettings, workshop_uid: str) -> ProtocolFormat:
    value = settings.value(_key(workshop_uid, _FORMAT))
    try:
        return ProtocolFormat(value)
    except ValueError:
        return ProtocolFormat.PDF


def remember_options(
    settings: QSettings,
    workshop_uid: str,
    options: ProtocolOptions,
    phases: Sequence[Phase] = (),
    protocol_format: ProtocolFormat | None = None,
) -> None:
    settings.setValue(_key(workshop_uid, _NAMES), options.include_names)
    settings.setValue(_key(workshop_uid, _SCRIPTS), options.include_scripts)
    settings.setValue(_key(workshop_uid, _PHOTOS), options.include_photos)
    identifiers = phase_identifiers(phases)
    left_out = [name for pid, name in identifiers.items() if not options.includes(pid)]
    # JSON text: an ini list of one item comes back as a plain string
    settings.setValue(_key(workshop_uid, _LEFT_OUT), json.dumps(left_out))
    if protocol_format is not None:
        settings.setValue(_key(workshop_uid, _FORMAT), protocol_format.value)
    settings.sync()  # a crash later in the evening must not undo the moderator's choice


class ExportOptionsDialog(QDialog):
    """Shows ``options`` as check boxes and ``phases`` as a checkable list;
    :meth:`options` and :meth:`format` give what the moderator chose. With a
    ``snapshot_source`` the Preview button shows the first pages of the protocol."""

    def __init__(
        self,
        options: ProtocolOptions,
        parent: QWidget | None = None,
        *,
        phases: Sequence[Phase] = (),
        protocol_format: ProtocolFormat = ProtocolFormat.PDF,
        snapshot_source: Callable[[], WorkshopSnapshot] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportOptionsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._phases = list(phases)
        self._snapshot_source = snapshot_source
        self._snapshot: WorkshopSnapshot | None = None
        self.preview: ProtocolPreview | None = None  # the panel, made at the first Preview
        ui.namesCheck.setChecked(options.include_names)
        ui.scriptsCheck.setChecked(options.include_scripts)
        ui.photosCheck.setChecked(options.include_photos)
        ui.docxRadio.setChecked(protocol_format is ProtocolFormat.DOCX)
        ui.pdfRadio.setChecked(protocol_format is ProtocolFormat.PDF)
        # A screen reader reads the note with the box it belongs to.
        ui.namesCheck.setAccessibleDescription(ui.namesNote.text())
        ui.scriptsCheck.setAccessibleDescription(ui.scriptsNote.text())
        ui.photosCheck.setAccessibleDescription(ui.photosNote.text())
        ui.phasesList.setAccessibleDescription(ui.phasesNote.text())
        self._fill_phases(options)
        ui.allPhasesButton.clicked.connect(lambda: self._tick_all(True))
        ui.noPhasesButton.clicked.connect(lambda: self._tick_all(False))

        self.ok_button.setText(translate("ExportOptionsDialog", "&Export"))
        self.preview_button = ui.buttonBox.addButton(
            translate("ExportOptionsDialog", "Pre&view"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setAutoDefault(False)  # Enter exports wherever the focus is
        self.preview_button.setEnabled(snapshot_source is not None)
        self.preview_button.clicked.connect(self.show_preview)
        self.ok_button.setDefault(True)  # Enter exports, Esc cancels (QDialog's own)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.finished.connect(self._stop_preview)

        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(_PREVIEW_DELAY_MS)
        self._refresh.timeout.connect(self._render_preview)
        for box in (ui.namesCheck, ui.scriptsCheck, ui.photosCheck, ui.docxRadio):
            box.toggled.connect(self._choices_changed)
        ui.phasesList.itemChanged.connect(self._choices_changed)

        # Focus on the format's checked radio button, as Tab from the top would put it.
        (ui.docxRadio if ui.docxRadio.isChecked() else ui.pdfRadio).setFocus()
        # The Designer size is a sketch; the real one follows the texts (German is longer).
        self._fit_to_texts()

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def options(self) -> ProtocolOptions:
        ticked = frozenset(
            item.data(_PHASE_ID)
            for item in self._phase_items()
            if item.checkState() == Qt.CheckState.Checked
        )
        return ProtocolOptions(
            include_names=self.ui.namesCheck.isChecked(),
            include_scripts=self.ui.scriptsCheck.isChecked(),
            include_photos=self.ui.photosCheck.isChecked(),
            phases=None if len(ticked) == len(self._phases) else ticked,
        )

    def format(self) -> ProtocolFormat:
        return ProtocolFormat.DOCX if self.ui.docxRadio.isChecked() else ProtocolFormat.PDF

    # -- phases ------------------------------------------------------------------------

    def _fill_phases(self, options: ProtocolOptions) -> None:
        ui = self.ui
        for number, phase in enumerate(self._phases, start=1):
            title = phase.title or translate("ExportOptionsDialog", "(untitled phase)")
            if phase.kind == PhaseKind.BREAK:
                text = translate("ExportOptionsDialog", "%1. %2 (break)")
            else:
                text = translate("ExportOptionsDialog", "%1. %2")
            item = QListWidgetItem(text.replace("%1", str(number)).replace("%2", title))
            item.setData(_PHASE_ID, phase.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = options.includes(phase.id)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            ui.phasesList.addItem(item)
        if self._phases:
            ui.phasesList.setCurrentRow(0)
        else:
            ui.phasesNote.setText(
                translate("ExportOptionsDialog", "This workshop has no phases yet.")
            )
            for widget in (ui.phasesList, ui.allPhasesButton, ui.noPhasesButton):
                widget.setEnabled(False)

    def _phase_items(self) -> list[QListWidgetItem]:
        return [self.ui.phasesList.item(row) for row in range(self.ui.phasesList.count())]

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._phase_items():
            item.setCheckState(state)

    # -- preview -----------------------------------------------------------------------

    def show_preview(self) -> None:
        """Show the preview panel beside the options and render the current choices."""
        if self.preview is None:
            self.preview = ProtocolPreview(self)
            self.ui.columnsLayout.addWidget(self.preview, 1)
            self.preview.show()
            self._fit_to_texts()
        self._render_preview()

    def _choices_changed(self) -> None:
        if self.preview is not None and self.preview.isVisible():
            self._refresh.start()

    def _render_preview(self) -> None:
        if self.preview is None or self._snapshot_source is None:
            return
        if self._snapshot is None:
            try:
                self._snapshot = self._snapshot_source()
            except StoreError as exc:
                self.preview.show_error(describe(exc))
                return
        self.preview.render(
            self._snapshot,
            self.options(),
            [phase.id for phase in self._phases],
            word=self.format() is ProtocolFormat.DOCX,
        )

    def _stop_preview(self) -> None:
        self._refresh.stop()
        if self.preview is not None:
            self.preview.stop()

    def _fit_to_texts(self) -> None:
        hint = self.sizeHint()
        width = max(hint.width(), 560)
        if self.preview is not None:
            width = max(width, 560 + 12 + 460)
        height = max(hint.height(), 620 if self.preview is not None else 0)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width = min(width, screen.width())
            height = min(height, screen.height())
        self.resize(width, height)


def ask_export_options(
    parent: QWidget | None,
    settings: QSettings,
    workshop: Workshop,
    phases: Sequence[Phase] = (),
    snapshot_source: Callable[[], WorkshopSnapshot] | None = None,
) -> ExportChoice | None:
    """Ask what goes into ``workshop``'s protocol and in which format, starting from the
    last choice for it; remember and return the answer, or None when cancelled (then
    nothing is remembered)."""
    dialog = ExportOptionsDialog(
        remembered_options(settings, workshop.uid, phases),
        parent,
        phases=phases,
        protocol_format=remembered_format(settings, workshop.uid),
        snapshot_source=snapshot_source,
    )
    dialog.setWindowTitle(
        translate("ExportOptionsDialog", "Protocol of “%1”").replace("%1", workshop.title)
    )
    try:
        if not dialogs.exec_dialog(dialog):
            return None
        chosen = ExportChoice(dialog.options(), dialog.format())
    finally:
        dialog.deleteLater()
    remember_options(settings, workshop.uid, chosen.options, phases, chosen.format)
    return chosen


__all__ = [
    "ExportChoice",
    "ExportOptionsDialog",
    "ProtocolFormat",
    "ask_export_options",
    "phase_identifiers",
    "remember_options",
    "remembered_format",
    "remembered_options",
]
