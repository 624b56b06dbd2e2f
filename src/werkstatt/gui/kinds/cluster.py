"""Clustering (Themenfelder bilden): the cards of an earlier card phase sorted on a board.

The moderator drags cards into clusters (or files them by typing a cluster's name),
creates, renames, colours, merges and deletes clusters; every change is one undo command
through the store (library.board). The projector shows the same board read-only, fitted
to its screen. The widgets live in werkstatt.gui.kinds.board.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from werkstatt.core.records import Phase
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.board.panel import ClusterWidget
from werkstatt.gui.kinds.board.presenter import BoardPresenter
from werkstatt.methods.model import PhaseKind


class ClusterUI:
    # The board is the result; the projector shows title and question above it.
    presenter_shows_question = False

    def moderator_widget(self, context: RunContext, phase: Phase, parent: QWidget) -> QWidget:
        return ClusterWidget(context, phase, parent)

    def presenter_widget(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget
    ) -> QWidget | None:
        return BoardPresenter(context, phase, theme, parent)


register(PhaseKind.CLUSTER, ClusterUI())
