"""The rounds on the day: which round, its question and clock ('Start round', 'Change
tables', the next round), and the hosts' key points per table and round.

The key points are typed for the selected cell of the grid (tables × rounds); Ctrl+Enter
saves and goes on to the next table, Tab (leaving the field) saves too. Each save is one
undo step (library.cafe.set_note). Photos of the tablecloths go through the photo strip
of the run view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import CafeSetup, Phase
from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.rounds.commands import SetNoteCommand
from werkstatt.gui.kinds.rounds.labels import host_label, table_label
from werkstatt.gui.kinds.rounds.questions import PER_TABLE, question_mode, round_question
from werkstatt.gui.kinds.rounds.round_clock import RoundClock, Stage, clock_text, round_clock
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

translate = QCoreApplication.translate
_SHOWN_CHARS = 30


class NoteEdit(QPlainTextEdit):
    """Multi-line key points: Ctrl+Enter saves and moves on, leaving the field saves."""

    #: Lines in sight; more scroll. The room left is the grid's, whose rows are the
    #: tables (on a laptop a taller editor left one row of them).
    LINES = 3.6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.on_save: Callable[[bool], None] | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setMinimumHeight(self._height(2.5))

    def _height(self, lines: float) -> int:
        frame = 2 * self.frameWidth() + round(self.document().documentMargin() * 2)
        return round(self.fontMetrics().lineSpacing() * lines) + frame

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.LINES))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.on_save is not None:
                self.on_save(True)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.on_save is not None:
            self.on_save(False)


class NotesPanel(QWidget):
    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_notes")
        self._context = context
        self._phase = phase
        self.setup: CafeSetup | None = None
        self._notes: dict[tuple[int, int], str] = {}
        rounds = int(phase.settings.get("rounds", 3))
        self.clock: RoundClock = round_clock(context, phase.id, rounds)
        self.clock.changed.connect(self._show_clock)
        self.clock.failed.connect(self._clock_failed)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        round_label = QLabel(self.tr("R&ound:"), self)
        top.addWidget(round_label)
        self.round = QSpinBox(self)
        self.round.setObjectName("rounds_current")
        self.round.setRange(1, rounds)
        self.round.valueChanged.connect(self._round_chosen)
        round_label.setBuddy(self.round)
        top.addWidget(self.round)
        self.start_button = QPushButton(self.tr("&Start round"), self)
        self.start_button.setObjectName("rounds_start")
        self.start_button.clicked.connect(self.start_round)
        top.addWidget(self.start_button)
        self.rotate_button = QPushButton(self.tr("C&hange tables"), self)
        self.rotate_button.setObjectName("rounds_rotate")
        self.rotate_button.clicked.connect(self.rotate)
        top.addWidget(self.rotate_button)
        self.finish_button = QPushButton(self.tr("&End the rounds"), self)
        self.finish_button.setObjectName("rounds_finish")
        self.finish_button.clicked.connect(self.clock.finish)
        top.addWidget(self.finish_button)
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("rounds_clock")
        font = self.clock_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock_label.setFont(font)
        top.addWidget(self.clock_label)
        # Where the rounds stand, beside the buttons that move them on: on a laptop every
        # line above the grid of notes is a table less in sight.
        self.stage_label = QLabel(self)
        self.stage_label.setObjectName("rounds_stage")
        self.stage_label.setWordWrap(True)
        top.addSpacing(8)
        top.addWidget(self.stage_label, 1)
        layout.addLayout(top)
        self.question = QLabel(self)
        self.question.setObjectName("rounds_question")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.question)

        self.grid = QTableWidget(0, 0, self)
        self.grid.setObjectName("rounds_notes_grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.currentCellChanged.connect(lambda *_: self._cell_chosen())
        layout.addWidget(self.grid, 1)

        self.editor_label = QLabel(self)
        self.editor_label.setObjectName("rounds_note_label")
        self.editor_label.setWordWrap(True)
        layout.addWidget(self.editor_label)
        self.editor = NoteEdit(self)
        self.editor.setObjectName("rounds_note")
        self.editor.setPlaceholderText(
            self.tr(
                "The host's key points; Ctrl+Enter saves and goes on to the next table. "
                "Photos of the tablecloths go into the photo strip below."
            )
        )
        self.editor.on_save = self._save
        self.editor_label.setBuddy(self.editor)
        layout.addWidget(self.editor, 0)

        context.recordsChanged.connect(self._records_changed)
        self.reload()
        self._show_clock()

    # reading -------------------------------------------------------------------------
    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id == self._phase.id:
            self.reload()

    def reload(self) -> None:
        library = self._context.library
        try:
            phases = library.list_phases(self._context.workshop_id)
            self._phase = next((p for p in phases if p.id == self._phase.id), self._phase)
            self.setup = library.cafe.setup(self._phase.id)
            notes = library.cafe.notes(self._phase.id)
        except StoreError as exc:
            self.stage_label.setText(describe(exc))
            return
        self._notes = {(n.table, n.round): n.text for n in notes}
        rounds = int(self._phase.settings.get("rounds", 3))
        self.clock.set_rounds(rounds)
        self.round.blockSignals(True)
        self.round.setMaximum(rounds)
        self.round.blockSignals(False)
        self._fill_grid(rounds)
        self._show_clock()

    def _fill_grid(self, rounds: int) -> None:
        setup = self.setup
        assert setup is not None
        current = (self.grid.currentRow(), self.grid.currentColumn())
        self.grid.blockSignals(True)
        self.grid.setRowCount(len(setup.tables))
        self.grid.setColumnCount(rounds)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Round %1").replace("%1", str(r + 1)) for r in range(rounds)]
        )
        self.grid.setVerticalHeaderLabels(
            [table_label(setup, t) for t in range(len(setup.tables))]
        )
        for t in range(len(setup.tables)):
            for r in range(rounds):
                text = self._notes.get((t, r), "")
                item = QTableWidgetItem(_short(text))
                item.setToolTip(text)
                self.grid.setItem(t, r, item)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        if current[0] < 0 or current[0] >= len(setup.tables) or current[1] >= rounds:
            current = (0, self.clock.round_index)
        self.grid.setCurrentCell(*current)
        self.grid.blockSignals(False)
        self._cell_chosen()

    def selected(self) -> tuple[int, int]:
        """(table, round) of the note being typed."""
        return max(0, self.grid.currentRow()), max(0, self.grid.currentColumn())

    def _cell_chosen(self) -> None:
        setup = self.setup
        if setup is None or not setup.tables:
            return
        table, round_index = self.selected()
        text = self.tr("Key points of %1 (%2), round %3:")
        self.editor_label.setText(
            text.replace("%1", table_label(setup, table))
            .replace("%2", host_label(setup, table))
            .replace("%3", str(round_index + 1))
        )
        stored = self._notes.get((table, round_index), "")
        if self.editor.toPlainText() != stored:
            self.editor.setPlainText(stored)

    def choose_cell(self, table: int, round_index: int) -> None:
        self.grid.setCurrentCell(table, round_index)

    # notes ---------------------------------------------------------------------------
    def _save(self, move_on: bool) -> None:
        setup = self.setup
        if setup is None or not setup.tables:
            return
        table, round_index = self.selected()
        old = self._notes.get((table, round_index), "")
        new = self.editor.toPlainText().strip()
        if new != old:
            text = self.tr("Key points of %1, round %2").replace(
                "%1", table_label(setup, table)
            ).replace("%2", str(round_index + 1))
            command = SetNoteCommand(
                self._context, self._phase.id, text, table, round_index, old, new
            )
            try:
                command.apply()
            except StoreError as exc:
                dialogs.show_error(self, describe(exc))
                return
            self._context.undo_stack.push(command)
        if move_on:
            next_table = (table + 1) % len(setup.tables)
            self.grid.setCurrentCell(next_table, round_index)
            self.editor.setFocus()

    # rounds --------------------------------------------------------------------------
    def _round_chosen(self, value: int) -> None:
        if value - 1 != self.clock.round_index:
            self.clock.choose_round(value - 1)

    def start_round(self) -> None:
        minutes = int(self._phase.settings.get("round_minutes", 20))
        target = self.clock.shown_round if self.clock.stage is Stage.ROTATING else (
            self.round.value() - 1
        )
        if self.clock.stage is Stage.TALKING and target == self.clock.round_index:
            target = min(target + 1, self.clock.rounds - 1)
        self.clock.start_round(target, minutes * 60)
        self.grid.setCurrentCell(max(0, self.grid.currentRow()), target)

    def rotate(self) -> None:
        minutes = int(self._phase.settings.get("rotation_minutes", 3))
        self.clock.start_rotation(minutes * 60)

    def _clock_failed(self, text: str) -> None:
        dialogs.show_error(self, text)

    def _show_clock(self) -> None:
        clock = self.clock
        self.round.blockSignals(True)
        self.round.setValue(clock.shown_round + 1)
        self.round.blockSignals(False)
        rounds = clock.rounds
        number = clock.shown_round + 1
        if clock.stage is Stage.TALKING and clock.time_up:
            stage = self.tr("The time of round %1 of %2 is up.")
        elif clock.stage is Stage.TALKING:
            stage = self.tr("Round %1 of %2 is running.")
        elif clock.stage is Stage.ROTATING and clock.time_up:
            stage = self.tr("The change of tables is over: round %1 of %2 can start.")
        elif clock.stage is Stage.ROTATING:
            stage = self.tr("Changing tables for round %1 of %2.")
        elif clock.stage is Stage.DONE:
            stage = self.tr("All %2 rounds are over.")
        else:
            stage = self.tr("Round %1 of %2 has not started yet.")
        self.stage_label.setText(stage.replace("%1", str(number)).replace("%2", str(rounds)))
        self.clock_label.setText(clock_text(clock.remaining()) if clock.running else "")
        self.rotate_button.setEnabled(clock.stage is Stage.TALKING and not clock.last_round)
        self.finish_button.setEnabled(clock.stage is not Stage.DONE)
        if question_mode(self._phase) == PER_TABLE:
            self.question.setText(self.tr("Each table has its own question (see the table cards)."))
        else:
            self.question.setText(round_question(self._phase, clock.shown_round))


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _SHOWN_CHARS else line[: _SHOWN_CHARS - 1] + "…"
