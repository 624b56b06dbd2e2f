"""The moderator's pinboard: the board view, its tool bar and a line to write cards on.

Every change is a core.clustering Edit pushed as one undo command (board.commands); the
board redraws from the state the store answers with. Keyboard: Ins makes a new cluster
of the selected cards, F2 renames the selected cluster, Del deletes it, Ctrl+Shift+C
opens its colours, Ctrl+M the clusters it can merge into, typing a letter with cards
selected files them by name (type-ahead), Ctrl+0 fits the board; the view's keys move
and select (board.view).

A change is built from the board as shown. A menu or the type-ahead opened before the
board changed may name a cluster that is gone by now: core.clustering then refuses, and
the moderator reads a sentence, not a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core import clustering
from werkstatt.core.clustering import BlankTitleError, Board, BoardChange, ClusteringError, Edit
from werkstatt.core.records import Phase
from werkstatt.gui import dialogs
from werkstatt.gui.flow_layout import FlowLayout
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.board.commands import AddBoardCardCommand, BoardCommand, EditBoardCommand
from werkstatt.gui.kinds.board.items import BoardColours
from werkstatt.gui.kinds.board.metrics import BoardMetrics, fitting_width
from werkstatt.gui.kinds.board.scene import BoardScene
from werkstatt.gui.kinds.board.type_ahead import TypeAheadBox
from werkstatt.gui.kinds.board.view import BoardView
from werkstatt.gui.kinds.card_colours import CARD_COLOURS, label_text
from werkstatt.gui.kinds.entry_host import short
from werkstatt.gui.kinds.entry_line import EntryLineEdit
from werkstatt.messages import describe
from werkstatt.store.board import BoardState
from werkstatt.store.errors import StoreError

_HINT_STYLE = "color: #5a5a5a;"
# A screen's shape before the view has one of its own.
_DEFAULT_ASPECT = 16 / 9


def fitting_sentences(text: str, metrics: QFontMetrics, width: int) -> str:
    """The whole sentences of ``text`` that fit ``width``, or its first one elided."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    shown = ""
    for sentence in sentences:
        longer = f"{shown} {sentence}" if shown else sentence
        if metrics.horizontalAdvance(longer) > width:
            break
        shown = longer
    return shown or metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


class OneLineHint(QLabel):
    """A hint in one line: as many whole sentences as fit, the first cut with '…' only
    where not even it fits; all of it in the tooltip. (Two wrapped lines of hint cost a
    laptop's board a row of cards.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Never widens the pane: the width is whatever is left.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        shown = fitting_sentences(self.text(), self.fontMetrics(), rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class ClusterWidget(QWidget):
    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cluster_board")
        self._context = context
        self._phase = phase
        self._arranged = False  # laid out for a screen's shape once
        self._shown = False  # laid out for the real screen, at the first show
        self._reflow_timer = QTimer(self)
        self._reflow_timer.setSingleShot(True)
        self._reflow_timer.setInterval(150)
        self._reflow_timer.timeout.connect(self._reflow_if_fitted)
        self.board_scene = BoardScene(BoardMetrics.for_font(self.font()), BoardColours(), self)
        self._build()
        context.recordsChanged.connect(self._records_changed)
        self.reload()

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # wraps onto a second row where the pane is narrow, rather than cutting the labels
        self.bar = bar = FlowLayout(spacing=6)
        self.new_button = QPushButton(self.tr("New cluster"), self)
        self.new_button.setToolTip(self.tr("A new cluster of the selected cards (Ins)"))
        self.new_button.clicked.connect(self.new_cluster)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.setToolTip(self.tr("Rename the selected cluster (F2, double click)"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.colour_button = QToolButton(self)
        self.colour_button.setText(self.tr("Colour"))
        self.colour_button.setToolTip(self.tr("Colour of the selected cluster (Ctrl+Shift+C)"))
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.colour_menu = QMenu(self.colour_button)
        for colour in CARD_COLOURS:
            action = self.colour_menu.addAction(label_text(colour))
            action.setData(colour.name)
            action.triggered.connect(lambda _checked=False, name=colour.name: self.recolour(name))
        self.colour_button.setMenu(self.colour_menu)
        self.merge_button = QToolButton(self)
        self.merge_button.setText(self.tr("Merge into"))
        self.merge_button.setToolTip(
            self.tr("Merge the selected cluster into another (Ctrl+M, or drag its heading onto it)")
        )
        self.merge_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.merge_menu = QMenu(self.merge_button)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.merge_button.setMenu(self.merge_menu)
        self.delete_button = QPushButton(self.tr("Delete cluster"), self)
        self.delete_button.setToolTip(
            self.tr("Delete the selected cluster; its cards go back to unsorted (Del)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.arrange_button = QPushButton(self.tr("Arrange"), self)
        self.arrange_button.setToolTip(self.tr("Lay the board out to fill the screen"))
        self.arrange_button.clicked.connect(self.arrange)
        self.fit_button = QPushButton(self.tr("Fit"), self)
        self.fit_button.setToolTip(self.tr("Show the whole board (Ctrl+0); zoom with Ctrl+wheel"))
        self.fit_button.clicked.connect(self.fit)
        for widget in (
            self.new_button,
            self.rename_button,
            self.colour_button,
            self.merge_button,
            self.delete_button,
            self.arrange_button,
            self.fit_button,
        ):
            bar.addWidget(widget)
        layout.addLayout(bar)
        # beside the entry line, not in a row of its own: each row is one of cards less
        self.count_label = QLabel(self)
        self.count_label.setObjectName("board_counts")
        self.count_label.setStyleSheet(_HINT_STYLE)

        self.hint = OneLineHint(self)
        self.hint.setObjectName("board_hint")
        self.hint.setStyleSheet(_HINT_STYLE)
        layout.addWidget(self.hint)

        self.view = BoardView(self.board_scene, self)
        self.view.cardsDropped.connect(self.move_cards)
        self.view.clusterDropped.connect(self.merge)
        self.view.renameRequested.connect(self.rename)
        self.view.deleteRequested.connect(self.delete_selected)
        self.view.typeAheadRequested.connect(self.open_type_ahead)
        layout.addWidget(self.view, 1)
        self.board_scene.selectionChanged.connect(self._selection_changed)

        self.type_ahead = TypeAheadBox(self.view)
        self.type_ahead.clusterChosen.connect(self._file_selected)
        self.type_ahead.newClusterChosen.connect(self._new_cluster_named)
        self.type_ahead.closed.connect(lambda: self.view.setFocus(Qt.FocusReason.OtherFocusReason))

        entry_row = QHBoxLayout()
        self.entry = EntryLineEdit(self._context.undo_stack, self)
        self.entry.setObjectName("board_entry")
        self.entry.setPlaceholderText(
            self.tr("Write a card on the board: Enter puts it into the selected cluster")
        )
        self.entry.returnPressed.connect(self.add_card)
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.count_label)
        layout.addLayout(entry_row)

        new_action = QAction(self)
        new_action.setShortcut(Qt.Key.Key_Insert)
        new_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        new_action.triggered.connect(self.new_cluster)
        self.view.addAction(new_action)
        # The two menus from the keyboard, from the board or the line below it.
        for keys, slot in (
            ("Ctrl+Shift+C", self.open_colour_menu),
            ("Ctrl+M", self.open_merge_menu),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # --- reading -------------------------------------------------------------------
    @property
    def phase_id(self) -> int:
        return self._phase.id

    @property
    def board(self) -> Board:
        return self.board_scene.board

    def reload(self) -> None:
        try:
            state = self._context.library.board.load(self._phase.id)
        except StoreError:
            return  # the phase went (removed in the plan): keep what is shown
        self._show(state)

    def _show(self, state: BoardState) -> None:
        # Its list of clusters is the old board's.
        self._dismiss_type_ahead()
        if not self._arranged:
            self._arranged = True
            self.board_scene.show(
                state, fitting_width(self.board_scene.metrics, state.board, self._aspect())
            )
            self.fit()
        else:
            before = self.board_scene.sceneRect()
            centre = self.view.centre()
            self.board_scene.show(state)
            if self.board_scene.sceneRect() != before:
                if self.view.fitted:
                    self.fit()
                else:
                    # The moderator's zoom and place stay: they were chosen.
                    self.view.centerOn(centre)
        self._show_counts(state)
        self._selection_changed()

    def _dismiss_type_ahead(self) -> None:
        if not self.type_ahead.isVisible():
            return
        if self.type_ahead.line.hasFocus():
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.type_ahead.dismiss()

    def _aspect(self) -> float:
        size = self.view.viewport().size()
        if size.width() < 50 or size.height() < 50 or not self.isVisible():
            return _DEFAULT_ASPECT
        return size.width() / size.height()

    def _records_changed(self, phase_id: int, change: object) -> None:
        if phase_id != self._phase.id:
            return
        if isinstance(change, BoardState):
            self._show(change)
        else:
            self.reload()

    def _show_counts(self, state: BoardState) -> None:
        board = state.board
        self.count_label.setText(
            self.tr("Cards: %1 · Clusters: %2 · Unsorted: %3")
            .replace("%1", str(len(state.cards)))
            .replace("%2", str(len(board.clusters)))
            .replace("%3", str(len(board.unsorted)))
        )
        if not state.cards:
            if state.source_phase_id == state.phase_id:
                text = self.tr(
                    "No cards yet – write the cards in the line below, "
                    "then sort them into clusters."
                )
            else:
                text = self.tr(
                    "No cards yet – collect cards in the phase “%1”, "
                    "or write them in the line below."
                ).replace("%1", self._phase_title(state.source_phase_id))
        elif not board.clusters:
            text = self.tr(
                "No clusters yet – select cards (click, Ctrl+click or drag a frame) and press "
                "“New cluster” (Ins), or just type the new cluster's name."
            )
        else:
            text = self.tr(
                "Drag cards onto a cluster, or select them and type the cluster's name. "
                "Drag a heading onto another cluster to merge them."
            )
        self.hint.setText(text)
        # An empty board says it in its middle, where the eye is.
        self.hint.setVisible(bool(state.cards or board.clusters))
        self.view.set_placeholder(text)

    def _phase_title(self, phase_id: int) -> str:
        try:
            phases = self._context.library.list_phases(self._phase.workshop_id)
        except StoreError:
            return ""
        return next((phase.title for phase in phases if phase.id == phase_id), "")

    def _selection_changed(self) -> None:
        clusters = self.board_scene.selected_clusters()
        has_cluster = bool(clusters)
        for widget in (self.rename_button, self.colour_button, self.delete_button):
            widget.setEnabled(has_cluster)
        self.merge_button.setEnabled(has_cluster and len(self.board.clusters) > 1)

    # --- view ----------------------------------------------------------------------
    @property
    def fitted(self) -> bool:
        """The whole board is kept in sight (until the moderator zooms)."""
        return self.view.fitted

    def fit(self) -> None:
        self.view.fit()

    def arrange(self) -> None:
        """Lay the board out anew for the view's shape and show all of it."""
        state = self.board_scene.state
        if state is not None:
            self.board_scene.show(
                state, fitting_width(self.board_scene.metrics, state.board, self._aspect())
            )
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Zoomed by the moderator: the view keeps its middle (its resize anchor).
        if self.view.fitted:
            QTimer.singleShot(0, self, self._fit_if_fitted)
            # laid out anew once the size settles, not at every step of a window drag
            # (2,000 cards take a tenth of a second)
            self._reflow_timer.start()

    def _fit_if_fitted(self) -> None:
        if self.view.fitted:
            self.fit()

    def _reflow_if_fitted(self) -> None:
        """Still the whole board in sight: lay it out for the view's new shape (the window
        got its real size, the photo strip unfolded), as text reflows; the blocks keep
        their order."""
        state = self.board_scene.state
        if state is None or not self.view.fitted or self.view.holding():
            return
        width = fitting_width(self.board_scene.metrics, state.board, self._aspect())
        if width != self.board_scene.width:
            self.board_scene.show(state, width)
            self.fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            # Laid out for the real screen once there is one.
            QTimer.singleShot(0, self, self.arrange)

    # --- changes -------------------------------------------------------------------
    def _push(self, command: BoardCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            self.reload()
            return False
        self._context.undo_stack.push(command)
        return True

    def _push_edit(self, text: str, edit: Edit) -> bool:
        if edit.is_empty:
            return False
        return self._push(EditBoardCommand(self._context, self._phase.id, text, edit))

    def _title(self, cluster_id: int) -> str:
        return short(self.board.cluster(cluster_id).title)

    def _board_changed(self) -> None:
        """A change built from a picture of the board older than the board (a menu or
        the type-ahead opened before it changed): say so and show the board as it is."""
        dialogs.show_error(self, self.tr("The board changed meanwhile; please try again."))
        self.reload()

    def move_cards(self, card_ids: Sequence[int], cluster_id: int | None) -> None:
        try:
            edit = clustering.move_cards(self.board, card_ids, cluster_id)
            count = len(edit.change.assigned)
            if cluster_id is None:
                text = self.tr("Move %n card(s) to unsorted", "", count)
            else:
                text = self.tr("Move %n card(s) to “%1”", "", count).replace(
                    "%1", self._title(cluster_id)
                )
        except ClusteringError:
            self._board_changed()
            return
        self._push_edit(text, edit)

    def new_cluster(self) -> None:
        title = dialogs.ask_text(self, self.tr("New cluster"), self.tr("Name of the new cluster:"))
        if title:
            self._new_cluster_named(title)

    def _new_cluster_named(self, title: str) -> None:
        try:
            cluster_id = self._context.library.board.new_cluster_id()
            edit = clustering.create_cluster(
                self.board, cluster_id, title, card_ids=self.board_scene.selected_cards()
            )
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            return
        except BlankTitleError:
            return  # no name, no cluster
        except ClusteringError:
            self._board_changed()
            return
        if self._push_edit(self.tr("New cluster “%1”").replace("%1", short(title)), edit):
            self.board_scene.select(cluster_ids=[cluster_id])
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def rename_selected(self) -> None:
        clusters = self.board_scene.selected_clusters()
        if clusters:
            self.rename(clusters[0])

    def rename(self, cluster_id: int) -> None:
        try:
            old = self.board.cluster(cluster_id).title
        except ClusteringError:
            self._board_changed()
            return
        title = dialogs.ask_text(
            self, self.tr("Rename cluster"), self.tr("Name of the cluster:"), old
        )
        if not title:
            return
        try:
            edit = clustering.rename_cluster(self.board, cluster_id, title)
        except BlankTitleError:
            return
        except ClusteringError:
            self._board_changed()
            return
        self._push_edit(self.tr("Rename cluster “%1”").replace("%1", short(old)), edit)

    def recolour(self, colour: str) -> None:
        for cluster_id in self.board_scene.selected_clusters():
            try:
                edit = clustering.recolour_cluster(self.board, cluster_id, colour)
                text = self.tr("Colour cluster “%1”").replace("%1", self._title(cluster_id))
            except ClusteringError:
                self._board_changed()
                return
            self._push_edit(text, edit)

    def open_colour_menu(self) -> None:
        """The colours under the selected cluster's heading: arrow keys and Enter."""
        clusters = self.board_scene.selected_clusters()
        if not clusters:
            return
        self.colour_menu.popup(self.view.cursor_heading_point())
        current = self.board.cluster(clusters[0]).colour
        for action in self.colour_menu.actions():
            if action.data() == current:
                self.colour_menu.setActiveAction(action)

    def open_merge_menu(self) -> None:
        """The clusters the selected one can merge into: arrow keys and Enter."""
        if not self.merge_button.isEnabled():
            return
        self.merge_menu.popup(self.view.cursor_heading_point())

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        selected = self.board_scene.selected_clusters()
        if not selected:
            return
        for cluster in self.board.clusters:
            if cluster.id != selected[0]:
                action = self.merge_menu.addAction(short(cluster.title))
                action.setData(cluster.id)
                action.triggered.connect(
                    lambda _checked=False, into=cluster.id, merged=selected[0]: self.merge(
                        merged, into
                    )
                )

    def merge(self, merged_id: int, into_id: int) -> None:
        if merged_id == into_id:
            return
        try:
            edit = clustering.merge_clusters(self.board, into_id, merged_id)
            text = (
                self.tr("Merge “%1” into “%2”")
                .replace("%1", self._title(merged_id))
                .replace("%2", self._title(into_id))
            )
        except ClusteringError:
            self._board_changed()
            return
        if self._push_edit(text, edit):
            self.board_scene.select(cluster_ids=[into_id])

    def delete_selected(self) -> None:
        clusters = self.board_scene.selected_clusters()
        if not clusters:
            return
        board = self.board
        forward, backward = BoardChange(), BoardChange()
        try:
            for cluster_id in clusters:
                edit = clustering.delete_cluster(board, cluster_id)
                board = clustering.apply(board, edit.change)
                forward = BoardChange(
                    assigned=forward.assigned + edit.change.assigned,
                    removed=forward.removed + edit.change.removed,
                )
                backward = BoardChange(
                    added=backward.added + edit.inverse.added,
                    assigned=backward.assigned + edit.inverse.assigned,
                )
            if len(clusters) == 1:
                text = self.tr("Delete cluster “%1”").replace("%1", self._title(clusters[0]))
            else:
                text = self.tr("Delete %n cluster(s)", "", len(clusters))
        except ClusteringError:
            self._board_changed()
            return
        self._push_edit(text, Edit(forward, backward))

    def open_type_ahead(self, typed: str) -> None:
        cards = self.board_scene.selected_cards()
        if not cards:
            return
        self.type_ahead.setMinimumWidth(min(420, max(260, self.view.width() // 3)))
        self.type_ahead.open(self.board.clusters, typed, len(cards))
        # Top right: the unsorted cards, where most selections are, stay in sight.
        self.type_ahead.move(
            max(0, self.view.viewport().width() - self.type_ahead.width() - 12), 12
        )

    def _file_selected(self, cluster_id: int) -> None:
        self.move_cards(self.board_scene.selected_cards(), cluster_id)

    def add_card(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        clusters = self.board_scene.selected_clusters()
        cluster_id = clusters[0] if len(clusters) == 1 else None
        try:
            command = AddBoardCardCommand(
                self._context,
                self._phase.id,
                self.tr("Add card “%1”").replace("%1", short(text)),
                text,
                cluster_id,
            )
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            return
        if self._push(command):
            self.entry.clear_for_next()
