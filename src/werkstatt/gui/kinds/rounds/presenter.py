"""The projector of a World Café: during a round its number and question, large; while
people change tables 'Please change tables now' and the plan of the next round (badge →
table) in many columns, large enough to find one's own badge from the back.

Redraws on the phase's records (the plan, the notes) and on the round clock."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from werkstatt.core.records import CafeSetup, Phase
from werkstatt.core.seating import SeatingPlan
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.rounds.labels import badge_label, table_label, table_number_label
from werkstatt.gui.kinds.rounds.questions import (
    PER_TABLE,
    question_lines,
    question_mode,
    round_question,
)
from werkstatt.gui.kinds.rounds.round_clock import RoundClock, Stage, clock_text, round_clock
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.store.errors import StoreError


def plan_columns(count: int) -> int:
    """Columns for the badge → table list: few people in few wide columns, 30–60 in 4–6."""
    if count <= 12:
        return 2
    if count <= 24:
        return 4
    if count <= 40:
        return 5
    if count <= 60:
        return 6
    return 8


class RoundsPresenter(QWidget):
    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_presenter")
        self._context = context
        self._phase = phase
        self._theme = theme
        self.setup: CafeSetup | None = None
        rounds = int(phase.settings.get("rounds", 3))
        self.clock: RoundClock = round_clock(context, phase.id, rounds)
        self._shown: tuple[object, ...] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = self._label("rounds_heading", theme.title_px, theme.accent, bold=True)
        layout.addWidget(self.heading)
        self.question = self._label(
            "rounds_presenter_question", theme.question_px, theme.foreground
        )
        self.question.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.question, 1)
        self.plan_box = QWidget(self)
        self.plan_box.setObjectName("rounds_rotation_plan")
        self.plan_grid = QGridLayout(self.plan_box)
        self.plan_grid.setContentsMargins(theme.margin_px, 0, theme.margin_px, 0)
        self.plan_grid.setHorizontalSpacing(theme.margin_px)
        self.plan_grid.setVerticalSpacing(max(2, theme.small_px // 6))
        layout.addWidget(self.plan_box, 3)
        self.clock_label = self._label("rounds_presenter_clock", theme.body_px, theme.muted)
        layout.addWidget(self.clock_label)
        self.entries: list[QLabel] = []

        context.resultsChanged.connect(self._results_changed)
        self.clock.changed.connect(self.redraw)
        self.reload()

    def _label(self, name: str, px: int, colour: str, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setFont(font_px(px, bold=bold))
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.clock.stage is Stage.ROTATING:
            self._show_plan(self.clock.shown_round)  # the columns' width changed

    def _results_changed(self, phase_id: int) -> None:
        if phase_id == self._phase.id:
            self.reload()

    def reload(self) -> None:
        try:
            phases = self._context.library.list_phases(self._context.workshop_id)
            self._phase = next((p for p in phases if p.id == self._phase.id), self._phase)
            self.setup = self._context.library.cafe.setup(self._phase.id)
        except StoreError:
            return
        self._shown = None
        self.redraw()

    def redraw(self) -> None:
        clock = self.clock
        theme = self._theme
        number = clock.shown_round + 1
        self.clock_label.setText(clock_text(clock.remaining()) if clock.running else "")
        state = (clock.stage, clock.shown_round, clock.time_up, id(self.setup))
        if state == self._shown:
            return  # a tick: only the clock moved
        self._shown = state
        if clock.stage is Stage.ROTATING:
            self.heading.setText(self.tr("Please change tables now"))
            self.heading.setFont(font_px(theme.question_px, bold=True))
            self.question.setFont(font_px(theme.body_px))
            self.question.setText(
                self.tr("Round %1: find your badge number and your table.").replace(
                    "%1", str(number)
                )
            )
            self.question.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._show_plan(clock.shown_round)
            return
        self._show_plan(None)
        self.heading.setFont(font_px(theme.title_px, bold=True))
        self.question.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.question.setFont(font_px(theme.question_px))
        if clock.stage is Stage.DONE:
            self.heading.setText(self.tr("Thank you for the conversations!"))
            self.question.setText("")
            return
        if clock.time_up:
            # the gong rang: the hall reads why the moderator is waving
            heading = self.tr("Round %1 of %2: time is up – please come to an end")
        else:
            heading = self.tr("Round %1 of %2")
        self.heading.setText(heading.replace("%1", str(number)).replace("%2", str(clock.rounds)))
        if question_mode(self._phase) == PER_TABLE:
            lines = question_lines(self._phase)
            if self.setup is not None and 0 < len(lines) <= 8:
                self.question.setFont(font_px(theme.body_px))
                self.question.setText(
                    "\n".join(
                        f"{table_label(self.setup, t)}: {line}" for t, line in enumerate(lines)
                    )
                )
            else:
                self.question.setText(self.tr("Your question is on your table card."))
        else:
            self.question.setText(round_question(self._phase, clock.shown_round))

    def _show_plan(self, round_index: int | None) -> None:
        for label in self.entries:
            self.plan_grid.removeWidget(label)
            label.deleteLater()
        self.entries = []
        setup = self.setup
        if round_index is None or setup is None or not setup.rounds:
            self.plan_box.hide()
            if round_index is not None:
                self.question.setText(self.tr("Please change tables now"))
            return
        self.plan_box.show()
        plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
        badges = [b for b in plan.participants if plan.table_of(b, round_index) is not None]
        columns = plan_columns(len(badges))
        rows = max(1, math.ceil(len(badges) / columns))
        with_names = bool(setup.names)
        texts = []
        for badge in badges:
            table = plan.table_of(badge, round_index)
            assert table is not None
            badge_text = badge_label(setup, badge, with_name=with_names)
            # the number, which the table card shows large: a long table name would be
            # cut off in a column, and the number is what people look for in the hall
            texts.append(f"{badge_text} → {table_number_label(table)}")
        theme = self._theme
        # About 60 % of the screen's height and its width (the presenter window's
        # width, or 16:9 of the height before it is shown) for the list; the font
        # shrinks to fit, never below small_px, and what still does not fit is elided.
        width = self.width() if self.isVisible() else theme.screen_height * 16 // 9
        width -= 2 * theme.margin_px
        column_px = max(1, (width - (columns - 1) * theme.margin_px) // columns)
        px = max(theme.small_px, min(theme.body_px, int(theme.screen_height * 0.6 / rows / 1.35)))
        longest = max(texts, key=len, default="")
        while px > theme.small_px and _advance(px, longest) > column_px:
            px -= 1
        font = font_px(px)
        metrics = QFontMetrics(font)
        for i, text in enumerate(texts):
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, column_px)
            label = QLabel(shown, self.plan_box)
            label.setToolTip(text)
            label.setFont(font)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            label.setStyleSheet(f"color: {theme.foreground}; background: transparent;")
            label.setTextFormat(Qt.TextFormat.PlainText)
            # Sorted by badge down each column, as a list on a wall is read.
            self.plan_grid.addWidget(label, i % rows, i // rows)
            self.entries.append(label)


def _advance(px: int, text: str) -> int:
    return QFontMetrics(font_px(px)).horizontalAdvance(text)
