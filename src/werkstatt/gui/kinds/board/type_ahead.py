"""Filing cards by keyboard: type part of a cluster's name, Enter.

With cards selected on the board, the first letter typed opens this small box over the
board; it lists the clusters matching what was typed (core.clustering.match_clusters:
case, umlauts and ß do not matter), best first. Up/Down choose, Enter files the
selected cards into the chosen cluster, or, when nothing matches, makes a new cluster
of that name with them. Esc closes it and changes nothing.

The box shows the clusters of the board it was opened on: it goes away, choosing nothing,
when the board is drawn anew (the panel dismisses it) or the focus leaves its line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.clustering import Cluster, match_clusters

_ROWS_SHOWN = 8
_NEW = -1  # the list row that makes a new cluster


class TypeAheadBox(QFrame):
    clusterChosen = Signal(int)
    newClusterChosen = Signal(str)
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_type_ahead")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._clusters: tuple[Cluster, ...] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.label = QLabel(self)
        layout.addWidget(self.label)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Cluster name"))
        self.line.installEventFilter(self)
        layout.addWidget(self.line)
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.itemClicked.connect(self._clicked)
        layout.addWidget(self.list)
        self.line.textChanged.connect(self._filter)
        self.hide()

    def open(self, clusters: Sequence[Cluster], typed: str, cards: int) -> None:
        self._clusters = tuple(clusters)
        self.label.setText(self.tr("File %n selected card(s) in:", "", cards))
        self.line.setText(typed)
        self._filter(typed)
        rows = min(_ROWS_SHOWN, max(1, self.list.count()))
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth())
        self.adjustSize()
        self.show()
        self.raise_()
        self.line.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter(self, text: str) -> None:
        self.list.clear()
        for cluster in match_clusters(self._clusters, text):
            item = QListWidgetItem(cluster.title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, cluster.id)
        if text.strip() and not any(
            c.title.casefold() == text.strip().casefold() for c in self._clusters
        ):
            item = QListWidgetItem(
                self.tr("New cluster “%1”").replace("%1", text.strip()), self.list
            )
            item.setData(Qt.ItemDataRole.UserRole, _NEW)
        self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.FocusOut:
            assert isinstance(event, QFocusEvent)
            # Another window or the line's own context menu leave it open; a click
            # elsewhere in the window closes it (the focus stays where it went).
            if event.reason() not in (
                Qt.FocusReason.ActiveWindowFocusReason,
                Qt.FocusReason.PopupFocusReason,
            ):
                self.dismiss()
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if key == Qt.Key.Key_Up else 1
                row = self.list.currentRow() + step
                if 0 <= row < self.list.count():
                    self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentItem())
                return True
            if key == Qt.Key.Key_Escape:
                self.close_box()
                return True
        return super().eventFilter(watched, event)

    def _clicked(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None or not self.isVisible():
            return
        cluster_id = int(item.data(Qt.ItemDataRole.UserRole))
        title = self.line.text().strip()
        self.close_box()
        if cluster_id == _NEW:
            self.newClusterChosen.emit(title)
        else:
            self.clusterChosen.emit(cluster_id)

    def close_box(self) -> None:
        self.hide()
        self.closed.emit()

    def dismiss(self) -> None:
        """Gone without a choice, and without taking the focus anywhere."""
        self.hide()

    def choices(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]
