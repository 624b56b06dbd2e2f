"""What the moderator chose for the news wall on the projector: the session pinned there
(or none: the reports take turns) and how long each report stays. A display choice of
the day, not a result: it lives with the run context, for both screens to share."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from werkstatt.gui.kinds.base import RunContext

DEFAULT_SECONDS = 20
MIN_SECONDS = 5
MAX_SECONDS = 300


class NewsWallState(QObject):
    """Per reports phase: the pinned session's proposal id and the seconds per report."""

    #: phase id
    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("news_wall_state")
        self._pinned: dict[int, int] = {}
        self._seconds: dict[int, int] = {}

    def pinned(self, phase_id: int) -> int | None:
        return self._pinned.get(phase_id)

    def pin(self, phase_id: int, proposal_id: int | None) -> None:
        if proposal_id is None:
            self._pinned.pop(phase_id, None)
        else:
            self._pinned[phase_id] = proposal_id
        self.changed.emit(phase_id)

    def seconds(self, phase_id: int) -> int:
        return self._seconds.get(phase_id, DEFAULT_SECONDS)

    def set_seconds(self, phase_id: int, seconds: int) -> None:
        self._seconds[phase_id] = max(MIN_SECONDS, min(MAX_SECONDS, seconds))
        self.changed.emit(phase_id)


def news_wall_state(context: RunContext) -> NewsWallState:
    """The context's news wall state, made on first use (a child of the context)."""
    found = context.findChild(NewsWallState, "news_wall_state")
    if found is None:
        found = NewsWallState(context)
    return found
