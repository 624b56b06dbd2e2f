"""Editors for a phase kind's settings, generated from ``werkstatt.methods.kinds``.

int → spin box, bool → check box, choice → combo box, text → line edit, phase_ref →
combo box of the workshop's phases that fit. The form only reports what the moderator
changed (``settingEdited``); the plan editor writes it through an undo command and then
shows the store's values again with ``show_settings``.

A value that does not validate with the phase's other settings (six space names for five
spaces, typed one key at a time) is not reported: a red hint under the field says why,
and the text stays as typed so that it can be corrected. When the field loses the focus,
it shows the stored value again and the hint says the entry was not kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.gui.plan_editor.texts import kind_name, setting_text
from werkstatt.messages import setting_problem
from werkstatt.methods.errors import SettingError
from werkstatt.methods.kinds import (
    SettingSpec,
    SettingType,
    referenced_phase,
    settings_spec,
    validate_settings,
)

# Editors that change one step per keystroke (typing "45" passes through 4) report
# mergeable edits; one click editors (check box, combo) do not.
MERGEABLE_TYPES = frozenset({SettingType.INT, SettingType.TEXT})

# A hint must be readable on a projector laptop in daylight: a dark red, not a pink.
_HINT_STYLE = "color: #b3261e;"


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
        self._hints: dict[str, QLabel] = {}
        # Settings whose editor holds a value that was not reported, and why not.
        self._pending: dict[str, str] = {}
        self._specs: tuple[SettingSpec, ...] = ()
        self._phase: Phase | None = None
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

    @property
    def hints(self) -> Mapping[str, QLabel]:
        """The hint under each setting's editor (hidden while there is nothing to say)."""
        return self._hints

    def show_settings(
        self, phase: Phase | None, phases: Sequence[Phase], *, force: bool = False
    ) -> None:
        """Show ``phase``'s settings; leaves the editor with focus alone unless ``force``."""
        self._phase = phase
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
            problem = self._pending.pop(spec.key, None)
            if problem is not None:
                # The stored value is back in the field; say that the entry was dropped.
                self._show_hint(spec.key, self.tr("Not saved: %1").replace("%1", problem))

    def _rebuild(self, specs: tuple[SettingSpec, ...]) -> None:
        while self._layout.rowCount() > 1:
            self._layout.removeRow(1)
        self._editors = {}
        self._hints = {}
        self._pending = {}
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
            field = self._with_hint(spec.key, editor)
            if spec.type is SettingType.BOOL:
                # A check box carries its own label; a form label beside it would repeat it.
                self._layout.addRow(field)
            else:
                label = QLabel(setting_text(spec.label), self)
                label.setWordWrap(True)
                label.setBuddy(editor)
                self._layout.addRow(label, field)
                label.show()
            # At once rather than on the next event loop pass (the layout's way), so that
            # Tab can reach the editor right after the phase was chosen.
            field.show()
            editor.show()
        self.rebuilt.emit()

    def _with_hint(self, key: str, editor: QWidget) -> QWidget:
        """The editor with its (hidden) hint line under it, as one field of the form."""
        field = QWidget(self)
        layout = QVBoxLayout(field)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        hint = QLabel(field)
        hint.setObjectName(f"hint_{key}")
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setStyleSheet(_HINT_STYLE)
        hint.hide()
        layout.addWidget(hint)
        self._hints[key] = hint
        return field

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
                if row < 0:
                    # Never show a stored value as something else (row 0 would claim
                    # "automatic"): name it, so the moderator sees it needs a new choice.
                    editor.addItem(self._unavailable_text(spec, value), value)
                    row = editor.count() - 1
                editor.setCurrentIndex(row)
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
            if other.id == phase.id or not other.key or other.kind not in spec.ref_kinds:
                continue
            label = f"{position + 1}. {other.title} ({kind_name(other.kind)})"
            combo.addItem(label, other.key)

    def _unavailable_text(self, spec: SettingSpec, value: Any) -> str:
        if spec.type is SettingType.PHASE_REF:
            return self.tr("(removed phase: %1)").replace("%1", str(value))
        return self.tr("(unknown value: %1)").replace("%1", str(value))

    def _edited(self, key: str, value: Any) -> None:
        spec = next(s for s in self._specs if s.key == key)
        self._report(key, value, spec.type in MERGEABLE_TYPES)

    def _combo_edited(self, key: str) -> None:
        combo = self._editors[key]
        assert isinstance(combo, QComboBox)
        self._report(key, combo.currentData(), False)

    def _report(self, key: str, value: Any, mergeable: bool) -> None:
        """Pass on a value that validates with the other settings; hint at one that does not."""
        problem = self._problem(key, value)
        if problem is not None:
            self._pending[key] = problem
            self._show_hint(key, problem)
            return
        self._pending.pop(key, None)
        # Something was saved: older notes about dropped entries are history now.
        for other, hint in self._hints.items():
            if other not in self._pending:
                hint.hide()
        self.settingEdited.emit(key, value, mergeable)

    def _problem(self, key: str, value: Any) -> str | None:
        if self._phase is None:
            return None
        try:
            validate_settings(self._phase.kind, {**self._phase.settings, key: value})
        except SettingError as exc:
            return setting_problem(exc)
        return None

    def _show_hint(self, key: str, text: str) -> None:
        hint = self._hints[key]
        hint.setText(text)
        hint.show()


class _AutomaticRef:
    """A stand-in for the phase being edited whose reference is set to automatic."""

    def __init__(self, phase: Phase, key: str) -> None:
        self.kind = phase.kind
        self.settings = {**phase.settings, key: ""}
