"""The timer on the moderator's screen: big digits and the buttons to drive it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.phase_timer import TimerLevel, clock_text
from werkstatt.gui.run.run_timer import RunTimer

# On the laptop's light window background: dark enough to read, unmistakable.
LEVEL_COLOURS = {
    TimerLevel.NORMAL: "",
    TimerLevel.WARNING: "#b45309",
    TimerLevel.OVERTIME: "#c62828",
}


class TimerWidget(QWidget):
    """Redraws from the RunTimer on every change; holds no time of its own."""

    def __init__(
        self, run_timer: RunTimer, planned_seconds: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._run_timer = run_timer
        self.planned_seconds = planned_seconds
        self.level: TimerLevel | None = None

        self.digits = QLabel("00:00", self)
        self.digits.setObjectName("timer_digits")
        font = QFont(self.font())
        font.setPixelSize(72)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Monospace"])
        self.digits.setFont(font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("timer_state")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.toggle_button = self._button("timer_toggle", run_timer.toggle)
        self.toggle_button.setMinimumWidth(self.toggle_button.fontMetrics().horizontalAdvance(
            self.tr("Resume")) + 48)
        self.plus_one_button = self._button("timer_plus_1", lambda: run_timer.add_minutes(1))
        self.plus_one_button.setText(self.tr("+1 min"))
        self.plus_one_button.setToolTip(self.tr("One more minute for this phase"))
        self.plus_five_button = self._button("timer_plus_5", lambda: run_timer.add_minutes(5))
        self.plus_five_button.setText(self.tr("+5 min"))
        self.plus_five_button.setToolTip(self.tr("Five more minutes for this phase"))
        self.reset_button = self._button("timer_reset", self._reset)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the phase's planned time, paused"))
        self.mute_button = self._button("timer_mute", self._toggle_mute)
        self.mute_button.setCheckable(True)

        buttons = QGridLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.toggle_button, 0, 0, 1, 2)
        buttons.addWidget(self.plus_one_button, 0, 2)
        buttons.addWidget(self.plus_five_button, 0, 3)
        buttons.addWidget(self.reset_button, 1, 2)
        buttons.addWidget(self.mute_button, 1, 3)
        hint = QLabel(self.tr("Space: start / pause"), self)
        hint.setObjectName("timer_hint")
        hint.setEnabled(False)
        buttons.addWidget(hint, 1, 0, 1, 2)

        top = QHBoxLayout()
        top.addWidget(self.digits, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.state_label)
        layout.addLayout(buttons)

        run_timer.changed.connect(self.redraw)
        self.redraw()

    def _button(self, name: str, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        # Space belongs to the timer, not to whichever button was clicked last.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def _reset(self) -> None:
        self._run_timer.reset(self.planned_seconds or None)

    def _toggle_mute(self) -> None:
        timer = self._run_timer.timer
        if timer is not None:
            self._run_timer.set_muted(not timer.muted)

    def redraw(self) -> None:
        timer = self._run_timer.timer
        self.setEnabled(timer is not None)
        if timer is None:
            self.digits.setText("––:––")
            self.state_label.setText("")
            self.toggle_button.setText(self.tr("Start"))
            self.mute_button.setText(self.tr("Gong on"))
            self._set_level(TimerLevel.NORMAL)
            return
        remaining = timer.remaining
        self.digits.setText(clock_text(remaining))
        level = timer.level
        self._set_level(level)
        if level is TimerLevel.OVERTIME:
            state = self.tr("Time is up – overtime")
        elif timer.running:
            state = self.tr("Running")
        elif timer.started:
            state = self.tr("Paused")
        else:
            state = self.tr("Ready")
        self.state_label.setText(state)
        if timer.running:
            self.toggle_button.setText(self.tr("Pause"))
        elif timer.started:
            self.toggle_button.setText(self.tr("Resume"))
        else:
            self.toggle_button.setText(self.tr("Start"))
        self.mute_button.setChecked(timer.muted)
        self.mute_button.setText(self.tr("Gong muted") if timer.muted else self.tr("Gong on"))

    def _set_level(self, level: TimerLevel) -> None:
        if level is self.level:
            return
        self.level = level
        colour = LEVEL_COLOURS[level]
        self.digits.setStyleSheet(f"color: {colour};" if colour else "")
        self.state_label.setStyleSheet(
            f"color: {colour}; font-weight: bold;" if colour else ""
        )
