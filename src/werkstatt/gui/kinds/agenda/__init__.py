"""Open Space marketplace and agenda wall (Marktplatz): proposals typed in as they are
announced, placed on a grid of time slots × spaces by drag and drop or keyboard, with the
conflicts shown where they are and a conflict-free 'place the rest'. The projector shows
the grid, the slot running now highlighted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from werkstatt.core.records import Phase
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.agenda.panel import AgendaWidget
from werkstatt.gui.kinds.agenda.presenter import AgendaPresenter
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.methods.model import PhaseKind


class AgendaUI:
    # The grid is the result; the projector shows title and question above it.
    presenter_shows_question = False

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        return AgendaWidget(context, phase, parent)

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        return AgendaPresenter(context, phase, theme, parent)


register(PhaseKind.AGENDA_WALL, AgendaUI())
