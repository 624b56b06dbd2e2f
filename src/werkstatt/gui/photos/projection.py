"""Which photo the projector shows instead of the phase's live results, if any.

One PhotoProjection per run (a child of the RunContext, which both screens share): the
moderator's strip sets it, the projector window follows it. It holds ids only; nothing of
a photo's content lives here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from werkstatt.gui.kinds.base import RunContext

_OBJECT_NAME = "photo_projection"


class PhotoProjection(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(_OBJECT_NAME)
        self.phase_id: int | None = None
        self.photo_id: int | None = None

    def show_photo(self, phase_id: int, photo_id: int) -> None:
        if (self.phase_id, self.photo_id) == (phase_id, photo_id):
            return
        self.phase_id, self.photo_id = phase_id, photo_id
        self.changed.emit()

    def clear(self) -> None:
        if self.photo_id is None and self.phase_id is None:
            return
        self.phase_id = self.photo_id = None
        self.changed.emit()

    def shown_in(self, phase_id: int | None) -> int | None:
        """The photo on the projector while ``phase_id`` is the phase shown, else None."""
        return self.photo_id if phase_id is not None and phase_id == self.phase_id else None


def photo_projection(context: RunContext) -> PhotoProjection:
    """The run's projection (made on first use)."""
    found = context.findChild(
        PhotoProjection, _OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )
    return found if found is not None else PhotoProjection(context)
