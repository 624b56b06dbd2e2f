"""The editor of the selected phase: kind, title, minutes, question, script, settings.

It holds no state of its own that matters: it reports each edit (``fieldEdited``,
``kindChosen``, ``settingEdited``) and shows whatever Phase record it is given. A field
the moderator is typing in is not overwritten by the record it caused, unless forced
(after undo/redo), so the cursor never jumps while typing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.gui.plan_editor.phase_model import kind_icon
from werkstatt.gui.plan_editor.settings_form import SettingsForm
from werkstatt.gui.plan_editor.texts import kind_name
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseKind


def watch_editing(widget: QWidget, watcher: QObject) -> None:
    """Let ``watcher`` see ``widget``'s focus changes and undo keys (also those of a spin
    box's inner line edit, which has the focus while typing)."""
    widget.installEventFilter(watcher)
    for inner in widget.findChildren(QLineEdit):
        inner.installEventFilter(watcher)


class PhaseForm(QWidget):
    fieldEdited = Signal(str, object, bool)  # field, value, mergeable
    kindChosen = Signal(str)
    settingEdited = Signal(str, object, bool)  # key, value, mergeable
    # A field got or lost focus: the next keystroke starts a new undo step.
    editingBoundary = Signal()
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase: Phase | None = None

        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.25)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        for kind in PhaseKind:
            self.kind_combo.addItem(kind_icon(kind), kind_name(kind), str(kind))
        self.kind_combo.activated.connect(self._kind_activated)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setMaxLength(limits.TITLE_MAX)
        self.title_edit.setClearButtonEnabled(False)
        self.title_edit.textEdited.connect(self._title_edited)

        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setObjectName("minutes")
        self.minutes_spin.setRange(*limits.MINUTES_RANGE)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccelerated(True)
        self.minutes_spin.valueChanged.connect(
            lambda value: self.fieldEdited.emit("planned_minutes", value, True)
        )

        self.question_edit = self._text_edit("question")
        self.question_edit.setPlaceholderText(
            self.tr("What the participants see on the projector")
        )
        self.script_edit = self._text_edit("script")
        self.script_edit.setPlaceholderText(self.tr("What you say and do; only you see it"))

        self.settings_form = SettingsForm(self)
        self.settings_form.settingEdited.connect(self.settingEdited)
        self.settings_form.rebuilt.connect(self._order_settings)
        self.settings_box = QGroupBox(self.tr("Settings of this kind"), self)
        box_layout = QVBoxLayout(self.settings_box)
        box_layout.addWidget(self.settings_form)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._label(self.tr("&Kind"), self.kind_combo), self.kind_combo)
        form.addRow(self._label(self.tr("&Title"), self.title_edit), self.title_edit)
        form.addRow(
            self._label(self.tr("Planned &minutes"), self.minutes_spin), self.minutes_spin
        )
        # The long texts get their label above them and the full width.
        form.addRow(self._label(self.tr("Participant &question"), self.question_edit))
        form.addRow(self.question_edit)
        form.addRow(self._label(self.tr("Moderator &script"), self.script_edit))
        form.addRow(self.script_edit)

        self.placeholder = QLabel(
            self.tr("Choose a phase in the list, or add one with Insert."), self
        )
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.settings_box)
        layout.addStretch(1)

        for widget in self.edit_widgets():
            watch_editing(widget, self)
        self.settings_form.editing_filter = self
        self.setTabOrder(self.kind_combo, self.title_edit)
        self.setTabOrder(self.title_edit, self.minutes_spin)
        self.setTabOrder(self.minutes_spin, self.question_edit)
        self.setTabOrder(self.question_edit, self.script_edit)
        self.show_phase(None, ())

    def _order_settings(self) -> None:
        # New editors would otherwise come last in the window's tab chain.
        previous: QWidget = self.script_edit
        for editor in self.settings_form.editors.values():
            self.setTabOrder(previous, editor)
            previous = editor

    def _text_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        # Tab moves on to the next field; the editor's own undo would bypass the store.
        edit.setTabChangesFocus(True)
        edit.setUndoRedoEnabled(False)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 4)
        edit.textChanged.connect(lambda: self.fieldEdited.emit(name, edit.toPlainText(), True))
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setWordWrap(True)
        return label

    def edit_widgets(self) -> list[QWidget]:
        """The fields whose typing is undone by the editor's stack, in tab order."""
        return [
            self.kind_combo,
            self.title_edit,
            self.minutes_spin,
            self.question_edit,
            self.script_edit,
        ]

    # showing -------------------------------------------------------------------
    def show_phase(
        self, phase: Phase | None, phases: Sequence[Phase], *, force: bool = False
    ) -> None:
        switched = phase is None or self._phase is None or phase.id != self._phase.id
        force = force or switched
        self._phase = phase
        has_phase = phase is not None
        for widget in (self.heading, self.settings_box, *self.edit_widgets()):
            widget.setEnabled(has_phase)
        self.placeholder.setVisible(not has_phase)
        self.heading.setVisible(has_phase)
        if phase is None:
            self.heading.clear()
            self._set_text(self.title_edit, "", force=True)
            self._set_text(self.question_edit, "", force=True)
            self._set_text(self.script_edit, "", force=True)
            self.settings_form.show_settings(None, ())
            return
        position = next((i for i, p in enumerate(phases) if p.id == phase.id), 0)
        self.heading.setText(
            self.tr("Phase %1: %2").replace("%1", str(position + 1)).replace("%2", phase.title)
        )
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(str(phase.kind))))
        self.kind_combo.blockSignals(False)
        self._set_text(self.title_edit, phase.title, force=force)
        if force or not self.minutes_spin.hasFocus():
            self.minutes_spin.blockSignals(True)
            self.minutes_spin.setValue(phase.planned_minutes)
            self.minutes_spin.blockSignals(False)
        self._set_text(self.question_edit, phase.question, force=force)
        self._set_text(self.script_edit, phase.script, force=force)
        self.settings_form.show_settings(phase, phases, force=force)

    @staticmethod
    def _set_text(widget: QLineEdit | QPlainTextEdit, text: str, *, force: bool) -> None:
        if widget.hasFocus() and not force:
            return
        current = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if current == text:
            return
        widget.blockSignals(True)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
            # Show a long title from its beginning, not its end.
            widget.setCursorPosition(0)
        else:
            widget.setPlainText(text)
        widget.blockSignals(False)

    # editing -------------------------------------------------------------------
    def _title_edited(self, text: str) -> None:
        # An empty title is not a title: keep the stored one until something is typed.
        if text.strip():
            self.fieldEdited.emit("title", text, True)

    def _kind_activated(self, row: int) -> None:
        kind = self.kind_combo.itemData(row)
        if self._phase is not None and kind != self._phase.kind:
            self.kindChosen.emit(kind)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.editingBoundary.emit()
        elif kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                if kind == QEvent.Type.ShortcutOverride:
                    # Not accepted: the window's Undo/Redo shortcut (QUndoGroup) may take it
                    # instead of the field's private undo, which would bypass the store.
                    return True
                (self.undoRequested if undo else self.redoRequested).emit()
                return True
        return super().eventFilter(watched, event)
