"""A photo on the projector, full screen: scaled to fit, its caption below in the theme's
size. It follows the run's PhotoProjection (set from the moderator's strip) and reads
the photo from the store; a photo deleted or undone meanwhile takes itself off.

Decoding a 12-megapixel original takes a fifth of a second: on the GUI thread, arrowing
through the photos would stall the window and the timer. The thumbnail shows at once,
scaled up; the original is decoded and scaled to the projector's screen in a worker
thread (as the importer prepares photos), and replaces it unless another photo was
chosen meanwhile.
"""

from __future__ import annotations

import asyncio

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from werkstatt.core import photos as core_photos
from werkstatt.core.photo_errors import PhotoError
from werkstatt.gui import tasks
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.photos.projection import photo_projection
from werkstatt.gui.run.hall_text import breakable
from werkstatt.store.errors import StoreError


def oriented_image(data: bytes) -> QImage:
    """The photo as shown: EXIF orientation applied (null when it cannot be read)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


def decoded_for_screen(data: bytes, long_edge: int) -> QImage:
    """Runs in a worker thread: the photo as shown (EXIF orientation applied), its long
    edge at most ``long_edge`` pixels; null when it cannot be read."""
    try:
        scaled = core_photos.oriented_for_print(data, long_edge, quality=92)
    except (PhotoError, OSError, ValueError):
        return QImage()
    return QImage.fromData(scaled)


#: the long edge decoded for when the projector's screen is not known
_FALLBACK_LONG_EDGE = 1920


class _FittedImage(QWidget):
    """Paints an image as large as fits, centred, never stretched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image = QImage()
        self._scaled: QPixmap | None = None

    def set_image(self, image: QImage) -> None:
        self.image = image
        self._scaled = None
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.image.isNull():
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if self._scaled is None or self._scaled.size() != size:
            # Scaled once per size, not per paint: a 12-megapixel photo is slow to scale.
            self._scaled = QPixmap.fromImage(
                self.image.scaled(
                    size,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        painter = QPainter(self)
        painter.drawPixmap(target, self._scaled)
        painter.end()


class ProjectedPhoto(QWidget):
    """The projector's page for one photo. ``shown`` tells whether it has one to show
    for the phase on the projector now; ``shownChanged`` when that changes."""

    shownChanged = Signal(bool)

    def __init__(
        self, context: RunContext, theme: PresenterTheme, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_photo")
        self.context = context
        self.projection = photo_projection(context)
        self.theme = theme
        self.phase_id: int | None = None
        self.photo_id: int | None = None
        #: decodes still running (tests await them); a result for a photo no longer
        #: shown is dropped
        self.decode_tasks: list[asyncio.Task[QImage]] = []
        self.image_view = _FittedImage(self)
        self.image_view.setObjectName("presenter_photo_image")
        self.caption_label = QLabel(self)
        self.caption_label.setObjectName("presenter_photo_caption")
        self.caption_label.setWordWrap(True)
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.image_view, 1)
        self._layout.addWidget(self.caption_label)
        self.set_theme(theme)
        self.projection.changed.connect(self.redraw)
        context.recordsChanged.connect(self._records_changed)

    @property
    def shown(self) -> bool:
        return self.photo_id is not None

    def set_theme(self, theme: PresenterTheme) -> None:
        self.theme = theme
        margin = theme.margin_px // 2
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._layout.setSpacing(max(6, margin // 2))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(theme.background))
        self.setPalette(palette)
        font = QFont(self.caption_label.font())
        font.setPixelSize(theme.body_px)
        self.caption_label.setFont(font)
        self.caption_label.setStyleSheet(f"color: {theme.foreground}; background: transparent;")

    def follow_phase(self, phase_id: int | None) -> None:
        """The projector shows ``phase_id``: a photo of another phase is not shown."""
        self.phase_id = phase_id
        self.redraw()

    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id == self.phase_id and self.photo_id is not None:
            self.redraw(force=True)

    def redraw(self, force: bool = False) -> None:
        wanted = self.projection.shown_in(self.phase_id)
        before = self.photo_id
        if wanted is None:
            self._cancel_decoding()  # nothing shown: no picture to decode for
            self._show(None, QImage(), "")
        elif wanted != before or force:
            photos = self.context.library.photos
            try:
                photo = next((p for p in photos.list(self.phase_id or 0) if p.id == wanted), None)
                # only for another photo: a caption edited keeps the decoded picture
                another = photo is not None and wanted != before
                data = photos.data(wanted) if another else None
                thumbnail = photos.thumbnail(wanted) if another else None
            except StoreError:
                photo, data, thumbnail = None, None, None
            if photo is None:
                # deleted (or its adding undone) meanwhile: back to the live results
                self.projection.clear()
                return
            if data is not None and thumbnail is not None:
                self._show(wanted, oriented_image(thumbnail), photo.caption)
                self._decode(wanted, data)
            else:
                self._set_caption(photo.caption)
        if (before is None) != (self.photo_id is None):
            self.shownChanged.emit(self.photo_id is not None)

    def _long_edge(self) -> int:
        screen = self.screen()
        if screen is None:
            return _FALLBACK_LONG_EDGE
        size = screen.size() * screen.devicePixelRatio()
        return max(size.width(), size.height(), 320)

    def _decode(self, photo_id: int, data: bytes) -> None:
        """The original, decoded and scaled off the GUI thread, in place of the
        thumbnail once ready, if the photo is still the one shown."""
        long_edge = self._long_edge()
        loop = asyncio.get_event_loop()

        async def run() -> QImage:
            return await loop.run_in_executor(None, decoded_for_screen, data, long_edge)

        def done(image: QImage) -> None:
            if shiboken6.isValid(self) and self.photo_id == photo_id and not image.isNull():
                self.image_view.set_image(image)

        self._cancel_decoding()  # only the photo shown now counts
        self.decode_tasks = [tasks.start(run(), parent=self, on_done=done)]

    def _cancel_decoding(self) -> None:
        for task in self.decode_tasks:
            task.cancel()
        self.decode_tasks = []

    def _show(self, photo_id: int | None, image: QImage, caption: str) -> None:
        self.photo_id = photo_id
        self.image_view.set_image(image)
        self._set_caption(caption)

    def _set_caption(self, caption: str) -> None:
        width = max(100, self.width() - self.theme.margin_px)
        self.caption_label.setText(breakable(caption, self.caption_label.fontMetrics(), width))
        self.caption_label.setVisible(bool(caption))
