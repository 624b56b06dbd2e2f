"""The projector of a dot voting: the ranking as bars, updating with every count.

With ``show_live_results`` off the hall sees a neutral line until the moderator reveals
the result (vote.reveal), so that the tally does not draw late voters to the leaders.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from werkstatt.core import voting
from werkstatt.core.records import Phase
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.entry_host import PhaseReloadTimer
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.gui.kinds.vote.criteria import CRITERION_COLOURS, criterion_label
from werkstatt.gui.kinds.vote.ranking_chart import ChartRow, RankingChart
from werkstatt.gui.kinds.vote.reveal import is_revealed
from werkstatt.store.errors import StoreError


class VotePresenter(QWidget):
    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vote_presenter")
        self._context = context
        self._phase = phase
        self._theme = theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setObjectName("vote_message")
        self.message.setFont(font_px(theme.body_px))
        self.message.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.message, 1)
        self.chart = RankingChart(theme, self)
        self.chart.setObjectName("ranking_chart")
        layout.addWidget(self.chart, 1)
        self._reload_timer = PhaseReloadTimer(context, phase.id, self.reload, self)
        self.reload()

    def pending(self) -> bool:
        return self._reload_timer.isActive()

    def _live(self) -> bool:
        try:
            phases = self._context.library.list_phases(self._context.workshop_id)
        except StoreError:
            phases = []
        phase = next((p for p in phases if p.id == self._phase.id), self._phase)
        return bool(phase.settings.get("show_live_results", False))

    def reload(self) -> None:
        try:
            tally = self._context.library.votes.tally(self._phase.id)
        except StoreError:
            return  # the phase went; the projector keeps what it showed
        if not (self._live() or is_revealed(self._context, self._phase.id)):
            self._say(self.tr("The dots are being counted …"))
        elif not tally.targets:
            self._say(self.tr("Nothing to vote on yet"))
        elif tally.total() == 0:
            self._say(self.tr("No dots counted yet"))
        else:
            rows = [
                ChartRow(
                    rank=entry.rank if entry.dots else None,
                    label=entry.target.label,
                    counts=tuple(tally.dots(entry.target.id, name) for name in tally.criteria),
                    tied=entry.tied and entry.dots > 0,
                )
                for entry in voting.ranking(tally)
            ]
            legend = (
                [(criterion_label(name), CRITERION_COLOURS[name]) for name in tally.criteria]
                if len(tally.criteria) > 1
                else []
            )
            self.chart.set_rows(rows, legend, self.tr("+%1 more"))
            self.message.setVisible(False)
            self.chart.setVisible(True)
            return
        self.chart.set_rows([], [], "")

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.chart.setVisible(False)

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""
