"""The strip's list model: a phase's photos with their thumbnails and captions.

Thumbnails are the store's small JPEGs (made off the GUI thread at import), decoded once
per photo and kept while the strip lives; listing the photos reads no image bytes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap

from werkstatt.core.records import Photo

#: What an internal drag (reordering) carries: the photo's id.
PHOTO_MIME_TYPE = "application/x-werkstatt-photo-id"

Index = QModelIndex | QPersistentModelIndex

PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PhotoListModel(QAbstractListModel):
    def __init__(
        self,
        thumbnail: Callable[[int], bytes],
        edit_caption: Callable[[int, str], None],
        parent: object = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._thumbnail = thumbnail
        self._edit_caption = edit_caption
        self.photos: list[Photo] = []
        self._images: dict[int, QImage] = {}
        self._icons: dict[int, QIcon] = {}
        self.no_caption_text = ""

    # filling ---------------------------------------------------------------------------
    def set_photos(self, photos: Sequence[Photo]) -> None:
        self.beginResetModel()
        self.photos = list(photos)
        keep = {photo.id for photo in self.photos}
        for cache in (self._images, self._icons):
            for photo_id in [i for i in cache if i not in keep]:
                del cache[photo_id]
        self.endResetModel()

    def clear_cache(self) -> None:
        self._images.clear()
        self._icons.clear()

    def row_of(self, photo_id: int) -> int | None:
        return next((row for row, p in enumerate(self.photos) if p.id == photo_id), None)

    def thumbnail_image(self, row: int) -> QImage:
        """The decoded thumbnail of the photo in ``row`` (null when it cannot be read)."""
        photo = self.photos[row]
        image = self._images.get(photo.id)
        if image is None:
            try:
                data = self._thumbnail(photo.id)
            except Exception:  # a photo deleted meanwhile: a blank tile, never a crash
                data = b""
            image = QImage.fromData(QByteArray(data))
            self._images[photo.id] = image
        return image

    # QAbstractListModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.photos):
            return None
        photo = self.photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo.caption or self.no_caption_text
        if role == Qt.ItemDataRole.EditRole:
            return photo.caption
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(photo.id)
            if icon is None:
                icon = QIcon(QPixmap.fromImage(self.thumbnail_image(index.row())))
                self._icons[photo.id] = icon
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{photo.caption}\n{photo.filename}" if photo.caption else photo.filename
        if role == Qt.ItemDataRole.ForegroundRole and not photo.caption:
            return QColor("#6b7280")
        if role == PHOTO_ID_ROLE:
            return photo.id
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        photo = self.photos[index.row()]
        text = str(value).strip()
        if text != photo.caption:
            # An undo command changes the store; the strip then reads the photos again.
            self._edit_caption(photo.id, text)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [PHOTO_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if rows:
            mime.setData(PHOTO_MIME_TYPE, QByteArray(str(self.photos[rows[0]].id).encode()))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
