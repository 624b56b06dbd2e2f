"""The board on the projector: read-only, laid out for the screen's shape and fitted to it.

It redraws from the store after every change (RunContext.resultsChanged), a short while
after the last one, so the hall sees the moderator sort without the projector reading
the board once per card of a burst.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSizeF, Qt, QTimer
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QLabel, QStackedLayout, QWidget

from werkstatt.core.records import Phase
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.board.items import PRESENTER_COLOURS
from werkstatt.gui.kinds.board.metrics import BoardMetrics, fitted_scale, fitting_width
from werkstatt.gui.kinds.board.scene import BoardScene
from werkstatt.gui.kinds.entry_host import PRESENTER_DELAY_MS
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.store.board import BoardState
from werkstatt.store.errors import StoreError


class _FittedView(QGraphicsView):
    """Tells its owner when its own size changed (a layout sets it after the owner's)."""

    def __init__(self, scene: BoardScene, resized: Callable[[], None], parent: QWidget) -> None:
        super().__init__(scene, parent)
        self._resized = resized

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized()


class BoardPresenter(QWidget):
    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("board_presenter")
        self._context = context
        self._phase_id = phase.id
        self._theme = theme
        self.setStyleSheet(f"background: {theme.background};")
        self._metrics = BoardMetrics.for_font(font_px(theme.small_px))
        self.board_scene = BoardScene(self._metrics, PRESENTER_COLOURS, self)
        self.view = _FittedView(self.board_scene, self._view_resized, self)
        self.view.setInteractive(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setText(self.tr("The cards will appear here as they are sorted."))
        self.empty.setStyleSheet(f"color: {theme.muted}; font-size: {theme.body_px}px;")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PRESENTER_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        context.resultsChanged.connect(self._results_changed)
        self.reload()

    def reload(self) -> None:
        try:
            state = self._context.library.board.load(self._phase_id)
        except StoreError:
            return  # the phase went: the projector shows what it had
        self._show(state)

    def _show(self, state: BoardState) -> None:
        self._stack.setCurrentWidget(
            self.view if state.cards or state.board.clusters else self.empty
        )
        metrics = self._metrics_for(state)
        if metrics.heading_font.pixelSize() != self.board_scene.metrics.heading_font.pixelSize():
            self.board_scene.set_metrics(metrics)
        self.board_scene.show(state, fitting_width(metrics, state.board, self._aspect()))
        self._fit()

    def _metrics_for(self, state: BoardState) -> BoardMetrics:
        """Headings readable from the back of the hall: as large as the fitted board lets
        them be shown at ``small_px``, up to six times the cards' text."""
        base = self._metrics
        screen = QSizeF(self.view.viewport().size())
        if screen.width() < 50 or screen.height() < 50:
            return self.board_scene.metrics
        scale = fitted_scale(
            base, state.board, fitting_width(base, state.board, self._aspect()), screen
        )
        card_px = base.card_font.pixelSize()
        wanted = self._theme.small_px / max(scale, 0.01)
        heading_px = round(min(6 * card_px, max(base.heading_font.pixelSize(), wanted)))
        # In steps, so that one card more does not make every item anew.
        heading_px = round(heading_px / (card_px / 4)) * (card_px / 4)
        return base.with_heading_px(int(heading_px))

    def _aspect(self) -> float:
        size = self.view.viewport().size()
        if size.width() < 50 or size.height() < 50:
            return 16 / 9
        return size.width() / size.height()

    def _fit(self) -> None:
        rect = self.board_scene.sceneRect()
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.view.transform().m11() > 1.0:
            self.view.resetTransform()
            self.view.centerOn(rect.center())

    def _results_changed(self, phase_id: int) -> None:
        if phase_id == self._phase_id:
            self._timer.start()

    def _view_resized(self) -> None:
        # The screen's shape may differ: lay the board out for it anew.
        if self.board_scene.state is not None:
            self._show(self.board_scene.state)

    def pending(self) -> bool:
        return self._timer.isActive()
