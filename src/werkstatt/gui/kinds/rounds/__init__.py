"""World Café rounds: set-up and seating plan, the rounds with their clock and the
hosts' notes on the moderator's screen; the round's question or the rotation plan on
the projector.

The parts: ``setup_panel`` (numbers, names, tables, plan grid, re-plan, printables),
``plan_job`` (planning in the background, badges), ``notes_panel`` (round controls and
notes), ``round_clock`` (where the rounds stand), ``presenter`` (the projector),
``commands`` (undo), ``questions`` and ``labels`` (texts).
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from werkstatt.core.records import Phase
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.rounds.notes_panel import NotesPanel
from werkstatt.gui.kinds.rounds.presenter import RoundsPresenter
from werkstatt.gui.kinds.rounds.setup_panel import SetupPanel
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import StoreError


class RoundsWidget(QWidget):
    """Two tabs (Ctrl+Tab switches): set-up & plan, rounds & notes; with a plan made
    the rounds come first."""

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_widget")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rounds_tabs")
        self.setup_panel = SetupPanel(context, phase, self.tabs)
        self.notes_panel = NotesPanel(context, phase, self.tabs)
        self.tabs.addTab(self.setup_panel, self.tr("Set-up && seating plan"))
        self.tabs.addTab(self.notes_panel, self.tr("Rounds && notes"))
        layout.addWidget(self.tabs)
        try:
            planned = bool(context.library.cafe.setup(phase.id).rounds)
        except StoreError:
            planned = False
        self.tabs.setCurrentIndex(1 if planned else 0)


class RoundsUI:
    presenter_shows_question = True  # the round's question, not the phase's lines

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        return RoundsWidget(context, phase, parent)

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        return RoundsPresenter(context, phase, theme, parent)


register(PhaseKind.ROUNDS, RoundsUI())

__all__ = ["RoundsPresenter", "RoundsUI", "RoundsWidget"]
