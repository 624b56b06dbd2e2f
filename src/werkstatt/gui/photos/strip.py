"""The photo strip under the phase's working area: the current phase's photos of
flipcharts, pinboards and tablecloths, in one row of thumbnails with their captions.

Keyboard: F2 (or a double click) edits a caption, Ctrl+Left/Right moves the selected
photo, Del deletes (Ctrl+Z brings it back), Ctrl+P puts the selected photo on the
projector and takes it off again (so does Esc), Ctrl+Shift+P adds photos, Ctrl+Shift+F
shows or hides the row. These Ctrl keys work anywhere in the phase's pane (the working
area above the strip too),
since Space, which would press a focused button, is the timer's. Image
files dropped from the file manager are added; a photo dragged within the row moves.
Every change is an undo command on the run's stack; the strip redraws from the store.

The row starts folded to its one-line header, since a board or an agenda wall needs the
height on a laptop; unfolded once, it stays so for the rest of the session (the strip
lives as long as the run page). Photos just added are shown until the next phase.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.photos import importer
from werkstatt.gui.photos.commands import (
    CaptionCommand,
    DeletePhotosCommand,
    MovePhotoCommand,
    PhotoCommand,
)
from werkstatt.gui.photos.model import PHOTO_ID_ROLE, PHOTO_MIME_TYPE, PhotoListModel
from werkstatt.gui.photos.projection import photo_projection
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

ICON_SIZE = QSize(96, 72)
PROJECT_KEY = QKeySequence("Ctrl+P")
ADD_KEY = QKeySequence("Ctrl+Shift+P")
FOLD_KEY = QKeySequence("Ctrl+Shift+F")
_CELL_WIDTH = 150
_CAPTION_LINES = 2


class _CaptionBelowDelegate(QStyledItemDelegate):
    """One cell per photo of a fixed size: the caption wraps onto two lines within the
    cell (Qt's icon mode would size it by the text and cut it after one line)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        lines = _CAPTION_LINES * option.fontMetrics.lineSpacing()
        return QSize(_CELL_WIDTH - 6, ICON_SIZE.height() + lines + 10)


def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class PhotoListView(QListView):
    """One row of thumbnails; reports what the moderator does, changes nothing itself."""

    filesDropped = Signal(list)  # of Path
    photoDropped = Signal(int, int)  # photo id, the row it was dropped on
    moveRequested = Signal(int)  # -1 left, +1 right
    deleteRequested = Signal()
    escapePressed = Signal()

    _OWN_KEYS = (
        QKeySequence("Ctrl+Left"),
        QKeySequence("Ctrl+Right"),
        QKeySequence(Qt.Key.Key_Delete),
        QKeySequence(Qt.Key.Key_Escape),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_list")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # Static: Qt would otherwise move the icons about on its own; drops are handled here.
        self.setMovement(QListView.Movement.Static)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setIconSize(ICON_SIZE)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_CaptionBelowDelegate(self))
        lines = _CAPTION_LINES * self.fontMetrics().lineSpacing()
        self.setGridSize(QSize(_CELL_WIDTH, ICON_SIZE.height() + lines + 14))
        scroll = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(self.gridSize().height() + scroll + 2 * self.frameWidth() + 4)

    def event(self, event: QEvent) -> bool:
        # The run page's Ctrl+Left/Right step through the phases; in the strip they move
        # the selected photo, so the strip takes these keys before the shortcuts do.
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != self.State.EditingState:
            assert isinstance(event, QKeyEvent)
            if QKeySequence(event.keyCombination()) in self._OWN_KEYS:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if control and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Left else 1)
        elif key == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
        elif key == Qt.Key.Key_Escape:
            self.escapePressed.emit()
        else:
            super().keyPressEvent(event)

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent) -> bool:
        if event.mimeData().hasFormat(PHOTO_MIME_TYPE) and event.source() is self:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            return True
        if _local_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return True
        event.ignore()
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accepts(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accepts(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if mime.hasFormat(PHOTO_MIME_TYPE) and event.source() is self:
            photo_id = int(bytes(mime.data(PHOTO_MIME_TYPE).data()).decode())
            target = self.indexAt(event.position().toPoint())
            row = target.row() if target.isValid() else self.model().rowCount() - 1
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.photoDropped.emit(photo_id, row)
            return
        files = _local_files(event)
        if files:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.filesDropped.emit(files)
            return
        event.ignore()


class PhotoStrip(QFrame):
    """The photos of one phase (``set_phase``); hidden while no phase takes photos."""

    def __init__(self, context: RunContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_strip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.context = context
        self.projection = photo_projection(context)
        self.phase_id: int | None = None
        #: the moderator unfolded the row (for the session, not per phase)
        self.unfolded = False
        #: photos were just added to this phase: shown although folded
        self._showing_added = False
        #: the running import (tests await it)
        self.import_task: asyncio.Task[importer.ImportOutcome] | None = None

        self.model = PhotoListModel(
            lambda photo_id: context.library.photos.thumbnail(photo_id), self._edit_caption, self
        )
        self.model.no_caption_text = self.tr("(no caption)")
        self.view = PhotoListView(self)
        self.view.setModel(self.model)
        self.view.setToolTip(
            self.tr(
                "F2: edit the caption · Ctrl+←/→: move · Del: delete · Ctrl+P: on the "
                "projector · Esc: off the projector"
            )
        )

        self.toggle_button = QToolButton(self)
        self.toggle_button.setObjectName("photo_strip_toggle")
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(False)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setToolTip(self.tr("Show or hide the photos (Ctrl+Shift+F)"))
        self.hint_label = QLabel(
            self.tr("Add photos of flipcharts and pinboards (Ctrl+Shift+P, or drag them here)"),
            self,
        )
        self.hint_label.setObjectName("photo_strip_hint")
        self.hint_label.setStyleSheet("color: #6b7280;")
        self.project_button = QPushButton(self.tr("Show on the projector"), self)
        self.project_button.setObjectName("photo_project_button")
        self.project_button.setCheckable(True)
        self.project_button.setToolTip(
            self.tr(
                "Show the selected photo on the projector instead of the live results "
                "(Ctrl+P; Ctrl+P or Esc: off)"
            )
        )
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.setObjectName("photo_add_button")
        self.add_button.setToolTip(
            self.tr("Add photos of flipcharts and pinboards from files (Ctrl+Shift+P)")
        )
        # Widget-scoped: the keys act in the phase's pane only (see _follow_parent).
        self.project_action = QAction(self.tr("Show on the projector"), self)
        self.project_action.setObjectName("photo_project_action")
        self.project_action.setShortcut(PROJECT_KEY)
        self.project_action.triggered.connect(self.toggle_projection)
        self.add_action = QAction(self.tr("Add photos…"), self)
        self.add_action.setObjectName("photo_add_action")
        self.add_action.setShortcut(ADD_KEY)
        self.add_action.triggered.connect(self.add_photos)
        self.fold_action = QAction(self.tr("Show or hide the photos"), self)
        self.fold_action.setObjectName("photo_fold_action")
        self.fold_action.setShortcut(FOLD_KEY)
        self.fold_action.triggered.connect(self.toggle_button.click)
        for action in (self.project_action, self.add_action, self.fold_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._keys_host: QWidget | None = None
        for button in (self.project_button, self.add_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space is the timer's

        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle_button)
        header.addWidget(self.hint_label)
        header.addStretch(1)
        header.addWidget(self.project_button)
        header.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 1, 4, 1)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.view)

        self.toggle_button.clicked.connect(self._fold_clicked)
        self.add_button.clicked.connect(self.add_photos)
        self.project_button.toggled.connect(self._project_toggled)
        self.view.filesDropped.connect(self.import_files)
        self.view.photoDropped.connect(self.move_to)
        self.view.moveRequested.connect(self.move_selected)
        self.view.deleteRequested.connect(self.delete_selected)
        self.view.escapePressed.connect(self.projection.clear)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._reconnect_selection)
        context.recordsChanged.connect(self._records_changed)
        self.projection.changed.connect(self._update_project_button)
        self.set_phase(None)
        self._follow_parent()

    def event(self, event: QEvent) -> bool:
        # (not while being built: the actions come after Qt's first events)
        if event.type() == QEvent.Type.ParentChange and hasattr(self, "_keys_host"):
            self._follow_parent()
        return super().event(event)

    def _follow_parent(self) -> None:
        """The keys also work from the pane the strip sits in (the working area of the
        phase above it), not only with the focus in the strip."""
        parent = self.parentWidget()
        if parent is self._keys_host:
            return
        actions = (self.project_action, self.add_action, self.fold_action)
        if self._keys_host is not None and shiboken6.isValid(self._keys_host):
            for action in actions:
                self._keys_host.removeAction(action)
        self._keys_host = parent
        if parent is not None:
            parent.addActions(list(actions))

    # which phase -----------------------------------------------------------------------
    def set_phase(self, phase_id: int | None) -> None:
        """Show the photos of ``phase_id``; None hides the strip. Another phase takes the
        photo off the projector."""
        if phase_id != self.phase_id:
            self.projection.clear()
            self.model.clear_cache()
            self._showing_added = False
        self.phase_id = phase_id
        self.setVisible(phase_id is not None)
        self.reload()

    def reload(self) -> None:
        if self.phase_id is None:
            self.model.set_photos([])
        else:
            selected = self.selected_ids()
            current = self.current_id()
            try:
                photos = self.context.library.photos.list(self.phase_id)
            except StoreError:
                photos = []  # the phase went meanwhile; the run view follows
            self.model.set_photos(photos)
            self._select(selected, current)
        self._update_header()

    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id == self.phase_id:
            self.reload()

    # reading ---------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(PHOTO_ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [self.model.photos[row].id for row in rows if row < len(self.model.photos)]

    def _select(self, photo_ids: list[int], current: int | None) -> None:
        selection = self.view.selectionModel()
        for photo_id in photo_ids:
            row = self.model.row_of(photo_id)
            if row is not None:
                selection.select(
                    self.model.index(row), QItemSelectionModel.SelectionFlag.Select
                )
        row = None if current is None else self.model.row_of(current)
        if row is not None:
            selection.setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    # drawing ---------------------------------------------------------------------------
    def _update_header(self) -> None:
        count = len(self.model.photos)
        self.toggle_button.setText(self.tr("%n photo(s)", "", count))
        self.toggle_button.setEnabled(count > 0)
        self.hint_label.setVisible(count == 0)
        self.project_button.setVisible(count > 0)
        self._update_visibility()
        self._update_project_button()

    def is_unfolded(self) -> bool:
        """The row of thumbnails is shown (when there are photos)."""
        return self.unfolded or self._showing_added

    def _fold_clicked(self, checked: bool) -> None:
        # Folding also folds photos just added; unfolding holds for the session.
        self.unfolded = checked
        self._showing_added = False
        self._update_visibility()

    def _update_visibility(self) -> None:
        has_photos = bool(self.model.photos)
        unfolded = self.is_unfolded()
        self.view.setVisible(has_photos and unfolded)
        self.toggle_button.setChecked(unfolded)
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        )
        self.add_button.setEnabled(self.phase_id is not None and self.import_running() is False)

    def _update_project_button(self) -> None:
        shown = self.projection.shown_in(self.phase_id)
        self.project_button.blockSignals(True)
        self.project_button.setChecked(shown is not None)
        self.project_button.blockSignals(False)
        self.project_button.setEnabled(shown is not None or self.current_id() is not None)

    def _reconnect_selection(self) -> None:
        self._update_project_button()

    # acting ----------------------------------------------------------------------------
    def import_running(self) -> bool:
        task = self.import_task
        return task is not None and not task.done()

    def add_photos(self) -> None:
        if self.phase_id is None or self.import_running():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        paths = dialogs.ask_open_files(
            self,
            self.tr("Add photos"),
            Path(folder or Path.home()),
            self.tr("Images (%1)").replace("%1", importer.IMAGE_PATTERNS),
        )
        self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        if self.phase_id is None or not paths or self.import_running():
            return
        self.import_task = importer.import_photos(
            self, self.context, self.phase_id, paths, on_done=self._import_done
        )
        # The moderator wants to see what comes in (and caption it): shown until the
        # next phase, without unfolding the row for the session.
        self._showing_added = True
        self._update_visibility()

    def _import_done(self, _outcome: importer.ImportOutcome) -> None:
        if shiboken6.isValid(self):
            self._update_visibility()

    def _push(self, command: PhotoCommand) -> bool:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            self.reload()
            return False
        self.context.undo_stack.push(command)
        return True

    def _edit_caption(self, photo_id: int, caption: str) -> None:
        if self.phase_id is None:
            return
        row = self.model.row_of(photo_id)
        old = "" if row is None else self.model.photos[row].caption
        text = self.tr("Change the caption of a photo")
        self._push(CaptionCommand(self.context, self.phase_id, text, photo_id, old, caption))

    def move_to(self, photo_id: int, row: int) -> None:
        old = self.model.row_of(photo_id)
        if self.phase_id is None or old is None or row == old:
            return
        if not 0 <= row < len(self.model.photos):
            return
        text = self.tr("Move a photo")
        if self._push(MovePhotoCommand(self.context, self.phase_id, text, photo_id, old, row)):
            self.view.setCurrentIndex(self.model.index(row))

    def move_selected(self, step: int) -> None:
        current = self.current_id()
        row = None if current is None else self.model.row_of(current)
        if current is not None and row is not None:
            self.move_to(current, row + step)

    def delete_selected(self) -> None:
        current = self.current_id()
        ids = self.selected_ids() or ([] if current is None else [current])
        if self.phase_id is None or not ids:
            return
        if self.projection.shown_in(self.phase_id) in ids:
            self.projection.clear()
        first = min(self.model.row_of(i) or 0 for i in ids)
        text = self.tr("Delete %n photo(s)", "", len(ids))
        if self._push(DeletePhotosCommand(self.context, self.phase_id, text, ids)):
            count = len(self.model.photos)
            if count:
                self.view.setCurrentIndex(self.model.index(min(first, count - 1)))

    def toggle_projection(self) -> None:
        """Ctrl+P: the selected photo on the projector, or off it again."""
        if self.phase_id is None:
            return
        current = self.current_id()
        if self.projection.shown_in(self.phase_id) is not None:
            self.projection.clear()
        elif current is not None:
            self.projection.show_photo(self.phase_id, current)

    def _project_toggled(self, on: bool) -> None:
        current = self.current_id()
        if on and self.phase_id is not None and current is not None:
            self.projection.show_photo(self.phase_id, current)
        else:
            self.projection.clear()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # While a photo is on the projector, the projector follows the selection.
        if (
            current.isValid()
            and self.phase_id is not None
            and self.projection.shown_in(self.phase_id) is not None
        ):
            self.projection.show_photo(self.phase_id, current.data(PHOTO_ID_ROLE))
        self._update_project_button()

    # dropping on the strip outside the row (its header, or while it is empty) --------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event) and self.phase_id is not None:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if not files or self.phase_id is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.import_files(files)
