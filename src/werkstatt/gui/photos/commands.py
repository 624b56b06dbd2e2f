"""Undo commands for a phase's photos: store calls forwards and backwards.

Like the entry commands (gui/kinds/entry_commands.py): the strip applies a command first
and pushes it only when the store accepted it; later steps call the store again. They
outlive the strip (the run's undo stack reaches back into phases already left), so they
never hold a widget: after every step they call ``context.records_changed(phase_id,
None)`` and whichever widgets show that phase read its photos again.
"""

from __future__ import annotations

from collections.abc import Sequence

from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.results_command import ResultsCommand


class PhotoCommand(ResultsCommand):
    def __init__(self, context: RunContext, phase_id: int, text: str) -> None:
        super().__init__(context, text)
        self.phase_id = phase_id

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self.phase_id, None)


class AddedPhotosCommand(PhotoCommand):
    """Photos already added (one import): undo hides them all, redo brings back the very
    same photos (same ids, same places)."""

    def __init__(
        self, context: RunContext, phase_id: int, text: str, photo_ids: Sequence[int]
    ) -> None:
        super().__init__(context, phase_id, text)
        self.photo_ids = list(photo_ids)
        self.mark_applied()

    def forward(self) -> None:
        self._context.library.photos.restore_many(self.photo_ids)

    def backward(self) -> None:
        self._context.library.photos.delete_many(list(reversed(self.photo_ids)))


class CaptionCommand(PhotoCommand):
    def __init__(
        self, context: RunContext, phase_id: int, text: str, photo_id: int, old: str, new: str
    ) -> None:
        super().__init__(context, phase_id, text)
        self._photo_id, self._old, self._new = photo_id, old, new

    def forward(self) -> None:
        self._context.library.photos.update(self._photo_id, caption=self._new)

    def backward(self) -> None:
        self._context.library.photos.update(self._photo_id, caption=self._old)


class MovePhotoCommand(PhotoCommand):
    def __init__(
        self, context: RunContext, phase_id: int, text: str, photo_id: int, old: int, new: int
    ) -> None:
        super().__init__(context, phase_id, text)
        self._photo_id, self._old, self._new = photo_id, old, new

    def forward(self) -> None:
        self._context.library.photos.move(self._photo_id, self._new)

    def backward(self) -> None:
        self._context.library.photos.move(self._photo_id, self._old)


class DeletePhotosCommand(PhotoCommand):
    def __init__(
        self, context: RunContext, phase_id: int, text: str, photo_ids: Sequence[int]
    ) -> None:
        super().__init__(context, phase_id, text)
        self._photo_ids = list(photo_ids)

    def forward(self) -> None:
        self._context.library.photos.delete_many(self._photo_ids)

    def backward(self) -> None:
        # The reverse order puts each photo back among the very neighbours it left.
        self._context.library.photos.restore_many(list(reversed(self._photo_ids)))
