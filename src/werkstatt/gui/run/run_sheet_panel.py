"""The live run sheet beside the moderator's working area.

Planned and actual (or expected) times per phase, the current phase highlighted, the
delay and the re-planned end in one sentence on top. Upcoming phases can be made
shorter or longer right here (−5 / +5 or typed minutes); a double-click (or Enter) on a
phase goes there. The panel only asks: RunSession does it, and the panel redraws.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.live_sheet import LineState, LiveSheet, SheetLine
from werkstatt.gui.plan_editor.texts import clock
from werkstatt.gui.run.hall_text import breakable

CURRENT_BACKGROUND = "#fff1c1"
LATE_COLOUR = "#b45309"
VERY_LATE_COLOUR = "#c62828"
ON_TIME_COLOUR = "#2e7d32"
DONE_COLOUR = "#6b7280"
STEP_MINUTES = 5
#: Below this width (a laptop's right-hand column) the planned times and the duration
#: editors give way to the phases' titles: the planned times stay in each line's
#: tooltip, the durations are changed from the context menu.
FULL_TABLE_MIN_WIDTH = 560


class Column:
    PLANNED = 0
    ACTUAL = 1
    PHASE = 2
    MINUTES = 3


def span(start: dt.datetime | None, end: dt.datetime | None) -> str:
    if start is None and end is None:
        return ""
    return f"{clock(start)}–{clock(end)}"


def delay_sentence(sheet: LiveSheet) -> str:
    """'12 min behind: the end moves to 21:12' (and the ahead / on time variants)."""
    if sheet.projected_end is None:
        return QCoreApplication.translate(
            "RunSheetPanel", "No start time: the run sheet has no clock times."
        )
    delay = sheet.delay_minutes
    end = clock(sheet.projected_end)
    # "min" reads the same for one and many minutes, in English and German alike
    if delay > 0:
        text = QCoreApplication.translate("RunSheetPanel", "%2 min behind: the end moves to %1")
    elif delay < 0:
        text = QCoreApplication.translate("RunSheetPanel", "%2 min ahead: the end moves to %1")
    else:
        text = QCoreApplication.translate("RunSheetPanel", "On time: the end stays at %1")
    return text.replace("%2", str(abs(delay))).replace("%1", end)


class MinutesEditor(QWidget):
    """−5 [minutes] +5 for a phase still to come."""

    changed = Signal(int)

    def __init__(self, minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minus = QToolButton(self)
        self.minus.setText("−5")
        self.minus.setObjectName("minus_5")
        self.minus.setToolTip(self.tr("5 minutes shorter"))
        self.plus = QToolButton(self)
        self.plus.setText("+5")
        self.plus.setObjectName("plus_5")
        self.plus.setToolTip(self.tr("5 minutes longer"))
        # mouse buttons (the spin box is the keyboard's way): rebuilt with every redraw of
        # the sheet, they would drop the focus (and Space) somewhere else
        for button in (self.minus, self.plus):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.spin = QSpinBox(self)
        self.spin.setRange(0, 24 * 60)
        self.spin.setValue(minutes)
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.spin.setKeyboardTracking(False)
        self.minus.clicked.connect(lambda: self.changed.emit(max(0, minutes - STEP_MINUTES)))
        self.plus.clicked.connect(lambda: self.changed.emit(minutes + STEP_MINUTES))
        self.spin.editingFinished.connect(self._typed)
        self._minutes = minutes
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 0)
        layout.setSpacing(2)
        layout.addWidget(self.minus)
        layout.addWidget(self.spin)
        layout.addWidget(self.plus)

    def _typed(self) -> None:
        if self.spin.value() != self._minutes:
            self.changed.emit(self.spin.value())


class RunSheetPanel(QWidget):
    jumpRequested = Signal(int)
    minutesRequested = Signal(int, int)
    skipRequested = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Run sheet"), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.delay_label = QLabel(self)
        self.delay_label.setObjectName("run_delay")
        self.delay_label.setWordWrap(True)
        delay_font = QFont(self.font())
        delay_font.setPointSizeF(delay_font.pointSizeF() * 1.25)
        delay_font.setBold(True)
        self.delay_label.setFont(delay_font)

        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("run_sheet")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Planned"),
                self.tr("Actual / expected"),
                self.tr("Phase"),
                self.tr("Duration"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        # long titles wrap onto a second line instead of ending in '…'
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setTabKeyNavigation(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._jump(row))
        header = self.table.horizontalHeader()
        for column in (Column.PLANNED, Column.ACTUAL, Column.MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PHASE, QHeaderView.ResizeMode.Stretch)
        go = QAction(self.tr("Go to this phase"), self.table)
        go.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        go.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        go.triggered.connect(lambda: self._jump(self.table.currentRow()))
        self.table.addAction(go)
        for text, key, step in (
            (self.tr("5 minutes longer"), Qt.Key.Key_Plus, STEP_MINUTES),
            (self.tr("5 minutes shorter"), Qt.Key.Key_Minus, -STEP_MINUTES),
        ):
            change = QAction(text, self.table)
            change.setShortcut(QKeySequence(key))
            change.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            change.triggered.connect(lambda _=False, step=step: self._step_current(step))
            self.table.addAction(change)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.delay_label)
        layout.addWidget(self.table, 1)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout.addWidget(self.hint)
        self._set_narrow(False)

        self._lines: tuple[SheetLine, ...] = ()
        self._structure: tuple[object, ...] = ()
        self._current_id: int | None = None
        self._titles_timer = QTimer(self)
        self._titles_timer.setSingleShot(True)
        self._titles_timer.setInterval(50)
        self._titles_timer.timeout.connect(self._redraw_titles)

    # drawing ---------------------------------------------------------------------------
    def show_sheet(self, sheet: LiveSheet) -> None:
        lines = sheet.lines
        structure = tuple((ln.phase.id, ln.state, ln.phase.planned_minutes) for ln in lines)
        rebuild = structure != self._structure
        self._lines = lines
        self._structure = structure
        if rebuild:
            for row in range(self.table.rowCount()):
                old = self.table.cellWidget(row, Column.MINUTES)
                if old is not None:
                    old.hide()
                    self.table.removeCellWidget(row, Column.MINUTES)
            self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self._draw_line(row, line, rebuild)
        current = next((ln.phase.id for ln in lines if ln.state is LineState.CURRENT), None)
        if current != self._current_id:
            self._current_id = current
            # the phase under way in sight, also in a long day's sheet
            QTimer.singleShot(0, self, self._show_current)
        self.delay_label.setText(delay_sentence(sheet))
        delay = sheet.delay_minutes
        colour = ON_TIME_COLOUR if delay <= 0 else LATE_COLOUR if delay < 15 else VERY_LATE_COLOUR
        self.delay_label.setStyleSheet(f"color: {colour};")

    def _draw_line(self, row: int, line: SheetLine, rebuild: bool) -> None:
        phase = line.phase
        if line.state is LineState.SKIPPED:
            actual = self.tr("skipped")
        elif line.state is LineState.DONE or line.actual_end is not None:
            actual = span(line.actual_start, line.actual_end)
        elif line.state is LineState.CURRENT and line.actual_start is not None:
            actual = f"{clock(line.actual_start)}–~{clock(line.expected_end)}"
        else:
            actual = "~" + span(line.expected_start, line.expected_end) if line.expected_end else ""
        planned = span(line.planned_start, line.planned_end)
        self._set(row, Column.PLANNED, planned, line)
        self._set(row, Column.ACTUAL, actual, line)
        marker = "▶ " if line.state is LineState.CURRENT else ""
        # A compound word wider than the column gets break chances (soft hyphens) so that
        # it wraps instead of being cut off.
        title = breakable(
            f"{marker}{row + 1}. {phase.title}",
            QFontMetrics(_bold(self.table.font())),
            self.table.columnWidth(Column.PHASE) - 12,
        )
        self._set(row, Column.PHASE, title, line)
        if planned:
            tip = self.tr("Planned: %1").replace("%1", planned)
            for column in (Column.ACTUAL, Column.PHASE):
                self.table.item(row, column).setToolTip(tip)
        actual_item = self.table.item(row, Column.ACTUAL)
        late = line.delay_minutes
        if line.state in (LineState.CURRENT, LineState.UPCOMING) and late > 0:
            actual_item.setForeground(QBrush(QColor(LATE_COLOUR)))
        if not rebuild:
            return
        editable = line.state is LineState.UPCOMING
        if editable:
            editor = MinutesEditor(phase.planned_minutes, self.table)
            editor.changed.connect(
                lambda minutes, pid=phase.id: self.minutesRequested.emit(pid, minutes)
            )
            self.table.setCellWidget(row, Column.MINUTES, editor)
            self._set(row, Column.MINUTES, "", line)
        else:
            old = self.table.cellWidget(row, Column.MINUTES)
            if old is not None:
                # removeCellWidget only deletes it later; until then it would still show.
                old.hide()
                self.table.removeCellWidget(row, Column.MINUTES)
            self._set(
                row,
                Column.MINUTES,
                self.tr("%1 min").replace("%1", str(phase.planned_minutes)),
                line,
            )

    def _set(self, row: int, column: int, text: str, line: SheetLine) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
        font = QFont(self.table.font())
        font.setBold(line.state is LineState.CURRENT)
        font.setStrikeOut(line.state is LineState.SKIPPED)
        if item.font() != font:
            item.setFont(font)
        if line.state is LineState.CURRENT:
            item.setBackground(QBrush(QColor(CURRENT_BACKGROUND)))
            item.setForeground(QBrush(QColor("#1d1d1d")))
        elif line.state in (LineState.DONE, LineState.SKIPPED):
            item.setBackground(QBrush())
            item.setForeground(QBrush(QColor(DONE_COLOUR)))
        else:
            item.setBackground(QBrush())
            item.setForeground(QBrush())
        if column == Column.MINUTES:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < FULL_TABLE_MIN_WIDTH
        if narrow != self.narrow:
            self._set_narrow(narrow)
        # the titles' break chances fit the phase column's new width (once the size
        # settles, not at every step of a window drag)
        self._titles_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # laid out now: the phase under way can be scrolled to
        QTimer.singleShot(0, self, self._show_current)

    @property
    def narrow(self) -> bool:
        """Only the times as held or expected and the titles are shown."""
        return self.table.isColumnHidden(Column.MINUTES)

    def _set_narrow(self, narrow: bool) -> None:
        for column in (Column.PLANNED, Column.MINUTES):
            self.table.setColumnHidden(column, narrow)
        if narrow:
            self.hint.setText(
                self.tr(
                    "Double-click a phase to go there; + and − or a right-click change the "
                    "duration of the chosen phase if it is still to come."
                )
            )
        else:
            self.hint.setText(
                self.tr("Double-click a phase to go there. −5 / +5 change phases still to come.")
            )

    def _redraw_titles(self) -> None:
        for row, line in enumerate(self._lines):
            self._draw_line(row, line, rebuild=False)

    def _show_current(self) -> None:
        row = None if self._current_id is None else self.row_of(self._current_id)
        if row is not None:
            item = self.table.item(row, Column.PHASE)
            if item is not None:
                self.table.scrollToItem(item, QAbstractItemView.ScrollHint.EnsureVisible)

    # asking ----------------------------------------------------------------------------
    def line_at(self, row: int) -> SheetLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, phase_id: int) -> int | None:
        return next((i for i, ln in enumerate(self._lines) if ln.phase.id == phase_id), None)

    def _jump(self, row: int) -> None:
        line = self.line_at(row)
        if line is not None:
            self.jumpRequested.emit(line.phase.id)

    def _step(self, line: SheetLine, minutes: int) -> None:
        if line.state is LineState.UPCOMING:
            planned = line.phase.planned_minutes
            self.minutesRequested.emit(line.phase.id, max(0, planned + minutes))

    def _step_current(self, minutes: int) -> None:
        line = self.line_at(self.table.currentRow())
        if line is not None:
            self._step(line, minutes)

    def _context_menu(self, position: QPoint) -> None:
        row = self.table.rowAt(position.y())
        line = self.line_at(row)
        if line is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Go to this phase"), lambda: self._jump(row))
        if line.state is LineState.UPCOMING:
            menu.addAction(self.tr("5 minutes longer"), lambda: self._step(line, STEP_MINUTES))
            shorter = menu.addAction(
                self.tr("5 minutes shorter"), lambda: self._step(line, -STEP_MINUTES)
            )
            shorter.setEnabled(line.phase.planned_minutes > 0)
            menu.addSeparator()
            menu.addAction(
                self.tr("Leave this phase out"),
                lambda: self.skipRequested.emit(line.phase.id, True),
            )
        elif line.state is LineState.SKIPPED:
            menu.addAction(
                self.tr("Take this phase back in"),
                lambda: self.skipRequested.emit(line.phase.id, False),
            )
        menu.popup(self.table.viewport().mapToGlobal(position))


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)  # the current phase's line is bold: measure the wider one
    return bold
