"""What every phase kind's widgets get and give: the run context, the projector's theme,
and the KindUI protocol that the registry in werkstatt.gui.kinds maps kinds to.

Kind-specific UI lives in one module per kind (DESIGN.md: one moderator widget and one
presenter widget per kind); the run view and the projector window only ask the registry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from werkstatt.core.records import Phase
from werkstatt.store.library import Library


class RunContext(QObject):
    """The workshop being run, shared by the moderator's and the projector's widgets.

    Moderator widgets change the store through QUndoCommands on ``undo_stack`` and call
    ``notify(phase_id)`` after every change (redo and undo alike); presenter widgets
    listen to ``resultsChanged`` and redraw from the store, so both screens always show
    what is on disk.

    The commands outlive the widgets (the run's undo stack reaches back into phases
    already left), so they never talk to a widget: they call the store and announce the
    change with ``records_changed``; whichever widgets show that phase at the time redraw.
    """

    resultsChanged = Signal(int)
    #: phase id, what a command changed (an EntryChange) or None: read the phase again
    recordsChanged = Signal(int, object)

    def __init__(
        self,
        library: Library,
        workshop_id: int,
        undo_stack: QUndoStack,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.workshop_id = workshop_id
        self.undo_stack = undo_stack
        self.language = language
        #: What was typed into a phase's entry line and not yet sent, by phase id: it
        #: survives the widget, which goes when the phase changes.
        self.drafts: dict[int, str] = {}

    def notify(self, phase_id: int) -> None:
        self.resultsChanged.emit(phase_id)

    def records_changed(self, phase_id: int, change: object | None) -> None:
        """An undo command changed the phase's records: moderator widgets apply ``change``
        (or read the phase again when it is None), then everyone is notified."""
        self.recordsChanged.emit(phase_id, change)
        self.notify(phase_id)


# Readable from the back of a hall: sizes for a 1080-pixel-high screen, scaled linearly.
_REFERENCE_HEIGHT = 1080


@dataclass(frozen=True)
class PresenterTheme:
    """Pixel sizes and colours for the projector, scaled with its screen's height.

    The question is at least 48 px on a 1080p screen (readable from 10 m); nothing is
    smaller than ``small_px``.
    """

    screen_height: int = _REFERENCE_HEIGHT

    def _scaled(self, px_at_1080: int) -> int:
        return max(12, round(px_at_1080 * self.screen_height / _REFERENCE_HEIGHT))

    @property
    def title_px(self) -> int:
        return self._scaled(40)

    @property
    def question_px(self) -> int:
        return self._scaled(56)

    @property
    def body_px(self) -> int:
        return self._scaled(40)

    @property
    def small_px(self) -> int:
        return self._scaled(28)

    @property
    def timer_px(self) -> int:
        return self._scaled(72)

    @property
    def margin_px(self) -> int:
        return self._scaled(48)

    # High contrast on a washed-out beamer: near-white on near-black (hex, for style sheets).
    background: ClassVar[str] = "#111418"
    foreground: ClassVar[str] = "#f5f5f0"
    muted: ClassVar[str] = "#a9b0b8"
    accent: ClassVar[str] = "#ffd166"
    warning: ClassVar[str] = "#ff9f1c"
    overtime: ClassVar[str] = "#ff5d5d"
    card_background: ClassVar[str] = "#fff6c2"
    card_foreground: ClassVar[str] = "#1d1d1d"


class KindUI(Protocol):
    """The widgets of one phase kind."""

    #: True when the presenter widget renders the phase's question itself (a briefing's
    #: formatted text); the projector then shows only the title above it.
    presenter_shows_question: bool

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        """The working area on the moderator's screen while this phase runs."""
        ...

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        """The live results on the projector, or None for title and question only."""
        ...
