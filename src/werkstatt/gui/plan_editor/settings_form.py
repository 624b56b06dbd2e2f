"""Editors for a phase kind's settings, generated from ``werkstatt.methods.kinds``.

int → spin box, bool → check box, choice → combo box, text → line edit, phase_ref →
combo box of the workshop's phases that fit. The form only reports what the moderator
changed (``settingEdited``); the plan editor writes it through an undo command and then
shows the store's values again with ``show_settings``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.gui.plan_editor.texts import kind_name, setting_text
from werkstatt.methods.kinds import SettingSpec, SettingType, referenced_phase, settings_spec

# Editors that change one step per keystroke (typing "45" passes through 4) report
# mergeable edits; one click editors (check box, combo) do not.
MERGEABLE_TYPES = frozenset({SettingType.INT, SettingType.TEXT})


def phase_key(phase: Phase) -> str:
    # Phase records get a key once the store keeps the templates' phase keys; until then
    # a workshop's phases can only be referred to as "automatic".
    return str(getattr(phase, "key", "") or "")


class SettingsForm(QWidget):
    """The settings of one phase; rebuilt when the phase or its kind changes."""

    settingEdited = Signal(str, object, bool)  # key, new value, mergeable
    rebuilt = Signal()  # new editors: whoever owns the tab order places them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._editors: dict[str, QWidget] = {}
        self._specs: tuple[SettingSpec, ...] = ()
        self._shown_for: tuple[int, str] | None = None
        # Set by the phase form: sees focus changes and undo keys of each editor.
        self.editing_filter: QObject | None = None
        self._empty = QLabel(self.tr("This kind of phase has no settings."), self)
        self._empty.setWordWrap(True)
        self._layout.addRow(self._empty)

    @property
    def editors(self) -> Mapping[str, QWidget]:
        """The editor widget of each setting key (for tab order and tests)."""
        return self._editors

    def show_settings(
        self, phase: Phase | None, phases: Sequence[Phase], *, force: bool = False
    ) -> None:
        """Show ``phase``'s settings; leaves the editor with focus alone unless ``force``."""
        if phase is None:
            self._rebuild(())
            self._shown_for = None
            return
        if self._shown_for != (phase.id, phase.kind):
            self._rebuild(settings_spec(phase.kind))
            self._shown_for = (phase.id, phase.kind)
            force = True
        for spec in self._specs:
            editor = self._editors[spec.key]
            if editor.hasFocus() and not force:
                continue
            value = phase.settings.get(spec.key, spec.default)
            self._set_value(spec, editor, value, phase, phases)

    def _rebuild(self, specs: tuple[SettingSpec, ...]) -> None:
        while self._layout.rowCount() > 1:
            self._layout.removeRow(1)
        self._editors = {}
        self._specs = specs
        self._empty.setVisible(not specs)
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(f"setting_{spec.key}")
            if spec.tooltip:
                editor.setToolTip(setting_text(spec.tooltip))
            self._editors[spec.key] = editor
            if self.editing_filter is not None:
                editor.installEventFilter(self.editing_filter)
                for inner in editor.findChildren(QLineEdit):
                    inner.installEventFilter(self.editing_filter)
            if spec.type is SettingType.BOOL:
                # A check box carries its own label; a form label beside it would repeat it.
                self._layout.addRow(editor)
            else:
                label = QLabel(setting_text(spec.label), self)
                label.setWordWrap(True)
                label.setBuddy(editor)
                self._layout.addRow(label, editor)
                label.show()
            # At once rather than on the next event loop pass (the layout's way), so that
            # Tab can reach the editor right after the phase was chosen.
            editor.show()
        self.rebuilt.emit()

    def _make_editor(self, spec: SettingSpec) -> QWidget:
        match spec.type:
            case SettingType.INT:
                spin = QSpinBox(self)
                spin.setRange(
                    spec.minimum if spec.minimum is not None else 0,
                    spec.maximum if spec.maximum is not None else 9999,
                )
                spin.valueChanged.connect(lambda value, key=spec.key: self._edited(key, value))
                return spin
            case SettingType.BOOL:
                box = QCheckBox(setting_text(spec.label), self)
                box.toggled.connect(lambda checked, key=spec.key: self._edited(key, checked))
                return box
            case SettingType.CHOICE:
                combo = QComboBox(self)
                for choice in spec.choices:
                    combo.addItem(setting_text(choice.label), choice.value)
                combo.activated.connect(lambda _row, key=spec.key: self._combo_edited(key))
                return combo
            case SettingType.TEXT:
                line = QLineEdit(self)
                if spec.maximum is not None:
                    line.setMaxLength(spec.maximum)
                line.textEdited.connect(lambda text, key=spec.key: self._edited(key, text))
                return line
            case SettingType.PHASE_REF:
                combo = QComboBox(self)
                # Phase titles are long: the combo takes the form's width and the
                # full title is in the tooltip when even that is too narrow.
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                combo.setMinimumContentsLength(16)
                combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                combo.activated.connect(lambda _row, key=spec.key: self._combo_edited(key))
                return combo
        raise ValueError(f"no editor for setting type {spec.type!r}")

    def _set_value(
        self,
        spec: SettingSpec,
        editor: QWidget,
        value: Any,
        phase: Phase,
        phases: Sequence[Phase],
    ) -> None:
        editor.blockSignals(True)
        try:
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QCheckBox):
                editor.setChecked(bool(value))
            elif isinstance(editor, QLineEdit):
                if editor.text() != value:
                    editor.setText(str(value))
            elif isinstance(editor, QComboBox):
                if spec.type is SettingType.PHASE_REF:
                    self._fill_phase_choices(spec, editor, phase, phases)
                row = editor.findData(value)
                editor.setCurrentIndex(max(row, 0))
                if spec.type is SettingType.PHASE_REF:
                    editor.setToolTip(
                        "\n".join(filter(None, [editor.currentText(), setting_text(spec.tooltip)]))
                    )
        finally:
            editor.blockSignals(False)

    def _fill_phase_choices(
        self, spec: SettingSpec, combo: QComboBox, phase: Phase, phases: Sequence[Phase]
    ) -> None:
        combo.clear()
        index = next((i for i, p in enumerate(phases) if p.id == phase.id), None)
        automatic = None
        if index is not None:
            # Say what "automatic" means right now, so that a moderator sees the link.
            as_automatic = [*phases[:index], _AutomaticRef(phase, spec.key), *phases[index + 1 :]]
            found = referenced_phase(as_automatic, index, spec.key)
            automatic = phases[found] if found is not None else None
        if automatic is not None:
            text = self.tr("Automatic: %1. %2").replace("%1", str(phases.index(automatic) + 1))
            combo.addItem(text.replace("%2", automatic.title), "")
        else:
            combo.addItem(self.tr("Automatic: none found before this phase"), "")
        for position, other in enumerate(phases):
            key = phase_key(other)
            if other.id == phase.id or not key or other.kind not in spec.ref_kinds:
                continue
            label = f"{position + 1}. {other.title} ({kind_name(other.kind)})"
            combo.addItem(label, key)

    def _edited(self, key: str, value: Any) -> None:
        spec = next(s for s in self._specs if s.key == key)
        self.settingEdited.emit(key, value, spec.type in MERGEABLE_TYPES)

    def _combo_edited(self, key: str) -> None:
        combo = self._editors[key]
        assert isinstance(combo, QComboBox)
        self.settingEdited.emit(key, combo.currentData(), False)


class _AutomaticRef:
    """A stand-in for the phase being edited whose reference is set to automatic."""

    def __init__(self, phase: Phase, key: str) -> None:
        self.kind = phase.kind
        self.settings = {**phase.settings, key: ""}
