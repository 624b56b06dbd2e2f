"""What goes into a protocol, asked before each export (form: ui/export_options.ui).

Names are left out unless the moderator ticks them: a protocol is often published, and
personal names appear only where the moderator chose so. The choice is remembered per
workshop in settings.ini (keyed by the workshop's uid, which survives an id that changes
when a workshop is imported elsewhere), so the next export of that workshop starts from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from werkstatt.core.records import Workshop
from werkstatt.gui import dialogs
from werkstatt.gui.generated.ui_export_options import Ui_ExportOptionsDialog
from werkstatt.protocol.options import ProtocolOptions

# bare 'translate("Context", "text")' calls are what pyside6-lupdate collects
translate = QCoreApplication.translate

_NAMES = "include_names"
_SCRIPTS = "include_scripts"


def _key(workshop_uid: str, name: str) -> str:
    return f"export/{workshop_uid}/{name}"


def _flag(value: object, default: bool) -> bool:
    # An ini file gives "true"/"false" back as text; anything else is damage: the default.
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default


def remembered_options(settings: QSettings, workshop_uid: str) -> ProtocolOptions:
    """The options last chosen for the workshop, or the defaults (no names, no scripts)."""
    defaults = ProtocolOptions()
    return ProtocolOptions(
        include_names=_flag(settings.value(_key(workshop_uid, _NAMES)), defaults.include_names),
        include_scripts=_flag(
            settings.value(_key(workshop_uid, _SCRIPTS)), defaults.include_scripts
        ),
    )


def remember_options(settings: QSettings, workshop_uid: str, options: ProtocolOptions) -> None:
    settings.setValue(_key(workshop_uid, _NAMES), options.include_names)
    settings.setValue(_key(workshop_uid, _SCRIPTS), options.include_scripts)
    settings.sync()  # a crash later in the evening must not undo the moderator's choice


class ExportOptionsDialog(QDialog):
    """Shows ``options`` as check boxes; :meth:`options` gives what the moderator chose."""

    def __init__(self, options: ProtocolOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportOptionsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.namesCheck.setChecked(options.include_names)
        ui.scriptsCheck.setChecked(options.include_scripts)
        # A screen reader reads the note with the box it belongs to.
        ui.namesCheck.setAccessibleDescription(ui.namesNote.text())
        ui.scriptsCheck.setAccessibleDescription(ui.scriptsNote.text())
        self.ok_button.setDefault(True)  # Enter exports, Esc cancels (QDialog's own)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.namesCheck.setFocus()
        # The Designer size is a sketch; the real one follows the texts (German is longer).
        hint = self.sizeHint()
        self.resize(max(hint.width(), 520), hint.height())

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def options(self) -> ProtocolOptions:
        return ProtocolOptions(
            include_names=self.ui.namesCheck.isChecked(),
            include_scripts=self.ui.scriptsCheck.isChecked(),
        )


def ask_export_options(
    parent: QWidget | None, settings: QSettings, workshop: Workshop
) -> ProtocolOptions | None:
    """Ask what goes into ``workshop``'s protocol, starting from the last choice for it;
    remember and return the answer, or None when cancelled (then nothing is remembered)."""
    dialog = ExportOptionsDialog(remembered_options(settings, workshop.uid), parent)
    dialog.setWindowTitle(
        translate("ExportOptionsDialog", "Protocol of “%1”").replace("%1", workshop.title)
    )
    try:
        if not dialogs.exec_dialog(dialog):
            return None
        chosen = dialog.options()
    finally:
        dialog.deleteLater()
    remember_options(settings, workshop.uid, chosen)
    return chosen


__all__ = [
    "ExportOptionsDialog",
    "ask_export_options",
    "remember_options",
    "remembered_options",
]
