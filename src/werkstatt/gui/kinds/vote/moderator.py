"""The moderator's tally of a dot voting: type the dots per item once they are stuck.

The table lists the items in board order. The cursor sits on a count: digits type the
number (each digit at once on disk, the projector follows), + and − change it by one,
Backspace takes back a digit, Del clears it, ↑/↓ and Enter go to the next item; double
click or F2 opens a spin box for the mouse. Below, the sanity line compares the dots cast
with the dots handed out, and the number of people voting can be set right there.

Every change is an undo command (vote.commands) that calls the store and announces the
change on the run context; this widget reads the phase again on every announcement.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core import voting
from werkstatt.core.records import Phase
from werkstatt.core.voting import SanityCheck, Tally, Verdict
from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.entry_host import short
from werkstatt.gui.kinds.vote.commands import SetCountsCommand, SetPhaseSettingsCommand
from werkstatt.gui.kinds.vote.criteria import criterion_label
from werkstatt.gui.kinds.vote.reveal import is_revealed, set_revealed
from werkstatt.gui.kinds.vote.tally_table import (
    FIRST_COUNT_COLUMN,
    LABEL_COLUMN,
    RANK_COLUMN,
    TallyModel,
    TallyView,
)
from werkstatt.messages import describe
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import StoreError

VERDICT_COLOURS: Mapping[Verdict, str] = {
    Verdict.UNDER: "#9a5b00",
    Verdict.EXACT: "#1a7f37",
    Verdict.OVER: "#c62828",
}


class VoteWidget(QWidget):
    """The moderator's working area of a dot voting."""

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vote_widget")
        self._context = context
        self._phase = phase
        self._typed = ""  # the digits typed into the current cell since the cursor came
        self._edit_serial = 0  # a new cell, a new undo step
        self.sanity: SanityCheck | None = None
        self.model = TallyModel(self)
        self.model.countEdited.connect(self._count_edited)
        self._build()
        self.reload()
        context.recordsChanged.connect(self._records_changed)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("vote_empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.2)
        self.empty_label.setFont(empty_font)
        layout.addWidget(self.empty_label, 1)

        self.view = TallyView(self)
        self.view.setObjectName("tally_view")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        view_font = self.view.font()
        view_font.setPointSizeF(view_font.pointSizeF() * 1.2)
        self.view.setFont(view_font)
        self.view.digitTyped.connect(self._digit_typed)
        self.view.stepRequested.connect(self._step)
        self.view.digitErased.connect(self._digit_erased)
        self.view.clearRequested.connect(self._clear)
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._cell_changed)
        self.model.modelReset.connect(self._layout_columns)
        # Rows as high as their wrapped label, recomputed when the column's width changes.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view, 1)

        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("vote_warning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {VERDICT_COLOURS[Verdict.OVER]};")
        layout.addWidget(self.warning_label)

        row = QHBoxLayout()
        self.sanity_label = QLabel(self)
        self.sanity_label.setObjectName("vote_sanity")
        self.sanity_label.setTextFormat(Qt.TextFormat.RichText)
        sanity_font = self.sanity_label.font()
        sanity_font.setBold(True)
        sanity_font.setPointSizeF(sanity_font.pointSizeF() * 1.2)
        self.sanity_label.setFont(sanity_font)
        row.addWidget(self.sanity_label, 1)
        people = QLabel(self.tr("&People voting:"), self)
        self.participants_spin = QSpinBox(self)
        self.participants_spin.setObjectName("participants_spin")
        self.participants_spin.setRange(0, limits.PARTICIPANTS_RANGE[1])
        self.participants_spin.setSpecialValueText(self.tr("not counted"))
        self.participants_spin.setKeyboardTracking(False)
        self.participants_spin.setToolTip(
            self.tr("With a number, the tally compares the dots cast with the dots handed out.")
        )
        self.participants_spin.valueChanged.connect(self._participants_changed)
        people.setBuddy(self.participants_spin)
        row.addWidget(people)
        row.addWidget(self.participants_spin)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("reveal_button")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setChecked(is_revealed(self._context, self._phase.id))
        self.reveal_button.toggled.connect(self._reveal_toggled)
        # Space is the timer's: the button is pressed with Ctrl+R (or a click)
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.reveal_button.setToolTip(
            self.tr("Show the result on the projector, or hide it again (Ctrl+R)")
        )
        reveal = QShortcut(QKeySequence("Ctrl+R"), self)
        reveal.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reveal.activated.connect(self.toggle_reveal)
        row.addWidget(self.reveal_button)
        layout.addLayout(row)

        hint = QLabel(
            self.tr(
                "Digits type the dots · + / − add or take one · ↑/↓ or Enter: next item · "
                "Backspace takes back a digit · Ctrl+R shows the result · Ctrl+Z undoes"
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        self.keys_hint = hint
        layout.addWidget(hint)
        self.setFocusProxy(self.view)

    def _layout_columns(self) -> None:
        header = self.view.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == LABEL_COLUMN
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") * 2)

    # -- reading the phase --------------------------------------------------------------
    def _read_phase(self) -> Phase:
        for phase in self._context.library.list_phases(self._context.workshop_id):
            if phase.id == self._phase.id:
                return phase
        return self._phase

    def reload(self) -> None:
        try:
            self._phase = self._read_phase()
            tally, target_kind = self._context.library.votes.tally_and_target_kind(self._phase.id)
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            return
        settings = self._phase.settings
        participants = int(settings.get("participants", 0))
        per_target = int(settings.get("max_dots_per_target", 0))
        limit = participants * per_target if participants > 0 and per_target > 0 else 0
        current = self.model.cell(self.view.currentIndex())
        self.model.set_target_kind(target_kind)
        self.model.set_tally(tally, limit)
        if tally.targets:
            self._restore_current(current)
        self._show_empty(tally)
        self._show_sanity(tally, int(settings.get("dots_per_person", 1)), participants)
        self._show_warning(tally, limit, participants, per_target)
        self.participants_spin.blockSignals(True)
        self.participants_spin.setValue(participants)
        self.participants_spin.blockSignals(False)
        live = bool(settings.get("show_live_results", False))
        self.reveal_button.setVisible(not live)
        self.reveal_button.setText(
            self.tr("Hide the result")
            if self.reveal_button.isChecked()
            else self.tr("Show the result")
        )

    def _restore_current(self, cell: tuple[int, str] | None) -> None:
        tally = self.model.tally()
        index: QModelIndex | None = None
        if cell is not None:
            target_id, criterion = cell
            ids = {target.id for target in tally.targets}
            if target_id in ids and criterion in tally.criteria:
                index = self.model.index_of(target_id, criterion)
        if index is None:
            index = self.model.index(0, FIRST_COUNT_COLUMN)
        if index != self.view.currentIndex():
            self.view.setCurrentIndex(index)

    def _show_empty(self, tally: Tally) -> None:
        empty = not tally.targets
        self.empty_label.setVisible(empty)
        self.view.setVisible(not empty)
        self.keys_hint.setVisible(not empty)
        if empty:
            self.empty_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        library = self._context.library
        target_id = library.votes.target_phase_id(self._phase.id)
        target = next(
            (p for p in library.list_phases(self._context.workshop_id) if p.id == target_id), None
        )
        if target is None:
            return self.tr(
                "There is nothing to vote on: no clustering or card collection comes before "
                "this phase. Add one in the plan, or choose one in this phase's settings."
            )
        if target.kind == PhaseKind.CLUSTER:
            text = self.tr(
                "“%1” has no clusters yet. Sort the cards into clusters there first; "
                "then the dots on each cluster are counted here."
            )
        elif target.kind == PhaseKind.CARDS:
            text = self.tr(
                "“%1” has no cards yet. Collect the cards there first; then the dots on "
                "each card are counted here."
            )
        else:
            text = self.tr(
                "Dots on the session reports of “%1” cannot be counted yet. Choose a "
                "clustering or card collection in this phase's settings."
            )
        return text.replace("%1", target.title)

    def _show_sanity(self, tally: Tally, dots_per_person: int, participants: int) -> None:
        if participants <= 0:
            self.sanity = None
            self.sanity_label.setText(html.escape(self.tr("%n dot(s) cast", "", tally.total())))
            return
        check = voting.sanity(tally, dots_per_person, participants)
        self.sanity = check
        parts = check.by_criterion or (check,)
        lines = []
        for part in parts:
            sentence = self._sanity_sentence(part)
            if part.criterion is not None:
                sentence = (
                    self.tr("%1: %2")
                    .replace("%1", criterion_label(part.criterion))
                    .replace("%2", sentence)
                )
            colour = VERDICT_COLOURS[part.verdict]
            lines.append(f'<span style="color: {colour}">{html.escape(sentence)}</span>')
        self.sanity_label.setText("<br>".join(lines))

    def _sanity_sentence(self, check: SanityCheck) -> str:
        if check.verdict is Verdict.UNDER:
            text = self.tr("%1 of %2 dots cast · %3 missing")
        elif check.verdict is Verdict.OVER:
            text = self.tr("%1 of %2 dots cast · %3 too many")
        else:
            text = self.tr("%1 of %2 dots cast · complete")
        return (
            text.replace("%1", str(check.cast))
            .replace("%2", str(check.expected))
            .replace("%3", str(abs(check.difference)))
        )

    def _show_warning(self, tally: Tally, limit: int, participants: int, per_target: int) -> None:
        over = [row for row in range(self.model.rowCount()) if self.model.over_limit(row)]
        if not over or limit <= 0:
            self.warning_label.setVisible(False)
            self.warning_label.setText("")
            return
        text = self.tr(
            "%n item(s) with more dots than %1 people can give (at most %2 each): "
            "please count again.",
            "",
            len(over),
        )
        self.warning_label.setText(
            text.replace("%1", str(participants)).replace("%2", str(per_target))
        )
        self.warning_label.setVisible(True)

    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id == self._phase.id:
            self.reload()

    # -- what the moderator does --------------------------------------------------------
    def _cell_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._typed = ""
        self._edit_serial += 1

    def _current_cell(self) -> tuple[int, str, int] | None:
        cell = self.model.cell(self.view.currentIndex())
        if cell is None:
            return None
        target_id, criterion = cell
        return target_id, criterion, self.model.tally().dots(target_id, criterion)

    def _digit_typed(self, digit: int) -> None:
        cell = self._current_cell()
        if cell is None:
            return
        typed = (self._typed + str(digit)).lstrip("0") or "0"
        if int(typed) > limits.DOTS_PER_TARGET_MAX:
            return
        self._typed = typed
        self._set(cell, int(typed), "type")

    def _digit_erased(self) -> None:
        cell = self._current_cell()
        if cell is None:
            return
        self._typed = (self._typed or str(cell[2]))[:-1]
        self._set(cell, int(self._typed or "0"), "type")

    def _step(self, delta: int) -> None:
        cell = self._current_cell()
        if cell is None:
            return
        self._typed = ""
        value = cell[2] + delta
        if 0 <= value <= limits.DOTS_PER_TARGET_MAX:
            self._set(cell, value, "step")

    def _clear(self) -> None:
        cell = self._current_cell()
        if cell is None:
            return
        self._typed = ""
        self._set(cell, 0, "type")

    def _count_edited(self, target_id: int, criterion: str, count: int) -> None:
        current = self.model.tally().dots(target_id, criterion)
        self._edit_serial += 1
        self._set((target_id, criterion, current), count, "spin")

    def _set(self, cell: tuple[int, str, int], value: int, how: str) -> None:
        target_id, criterion, current = cell
        if value == current:
            return
        label = self.model.tally().targets[self.model.tally().position(target_id)].label
        command = SetCountsCommand(
            self._context,
            self._phase.id,
            self.tr("Count the dots of “%1”").replace("%1", short(label)),
            [(target_id, criterion, current)],
            [(target_id, criterion, value)],
            merge_key=(self._phase.id, target_id, criterion, self._edit_serial, how),
        )
        self._push(command)

    def _push(self, command: SetCountsCommand | SetPhaseSettingsCommand) -> None:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            self.reload()
            return
        self._context.undo_stack.push(command)

    def _participants_changed(self, value: int) -> None:
        old: dict[str, Any] = dict(self._phase.settings)
        if old.get("participants") == value:
            return
        new = {**old, "participants": value}
        self._push(
            SetPhaseSettingsCommand(
                self._context,
                self._phase.id,
                self.tr("Change the number of people voting"),
                old,
                new,
                merge_key=("participants", self._phase.id),
            )
        )

    def toggle_reveal(self) -> None:
        """Ctrl+R: as a click on the button (nothing with live results: no button)."""
        if not self.reveal_button.isHidden():
            self.reveal_button.toggle()

    def _reveal_toggled(self, on: bool) -> None:
        set_revealed(self._context, self._phase.id, on)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.rowCount():
            QTimer.singleShot(0, self.view.setFocus)


__all__ = ["RANK_COLUMN", "VoteWidget"]
