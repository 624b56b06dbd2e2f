"""The one timer of a running workshop, shared by the moderator's view and the projector.

A thin Qt shell around werkstatt.core.phase_timer.PhaseTimer: the actions change the
PhaseTimer and save its state at once (so a restart resumes exactly); a repaint tick
(~4 Hz, only while running) tells the views to redraw and checks whether the gong is
due. The tick never counts anything: what is shown always comes from the clock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from werkstatt.core.phase_timer import PhaseTimer
from werkstatt.core.timer import TimerState
from werkstatt.gui.run.gong import Gong

TICK_MS = 250

SaveTimer = Callable[[TimerState], None]


class RunTimer(QObject):
    changed = Signal()  # redraw: a tick, an action, another phase's timer
    gongRang = Signal()

    def __init__(self, gong: Gong, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gong = gong
        self._timer: PhaseTimer | None = None
        self._save: SaveTimer | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)

    @property
    def timer(self) -> PhaseTimer | None:
        return self._timer

    def load(self, timer: PhaseTimer | None, save: SaveTimer | None = None) -> None:
        """Show and drive ``timer`` (the current phase's) from now on."""
        self._timer = timer
        self._save = save
        self._update_tick()
        self.changed.emit()

    # actions: each one is saved at once -------------------------------------------
    def toggle(self) -> None:
        self._act(lambda t: t.toggle())

    def start(self) -> None:
        self._act(lambda t: t.start())

    def pause(self) -> None:
        self._act(lambda t: t.pause())

    def add_minutes(self, minutes: int) -> None:
        self._act(lambda t: t.add(minutes * 60))

    def set_planned(self, seconds: int) -> None:
        """The plan changed: the new planned time box, extensions kept."""
        self._act(lambda t: t.set_planned(seconds))

    def reset(self, duration_seconds: int | None = None) -> None:
        self._act(lambda t: t.reset(duration_seconds))

    def set_muted(self, muted: bool) -> None:
        def mute(timer: PhaseTimer) -> None:
            timer.muted = muted

        self._act(mute)

    def save(self) -> None:
        if self._timer is not None and self._save is not None:
            self._save(self._timer.state())

    def _act(self, change: Callable[[PhaseTimer], None]) -> None:
        if self._timer is None:
            return
        change(self._timer)
        self.save()
        self._update_tick()
        self.refresh()

    def _update_tick(self) -> None:
        running = self._timer is not None and self._timer.running
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running:
            self._tick.stop()

    def refresh(self) -> None:
        """Ring if the time box just ran out, and let the views redraw."""
        timer = self._timer
        if timer is not None and timer.take_gong():
            if not timer.muted:
                self.gong.ring()
            self.gongRang.emit()
        self.changed.emit()
