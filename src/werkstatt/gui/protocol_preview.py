"""The first pages of a protocol as they will look, shown in the export options dialog.

The preview is always a PDF (QtPdf shows nothing else); a Word document has the same
content. It is rendered by the protocol's own renderer in a plain worker thread into a
temporary folder, read into memory and the folder removed at once, so nothing is left on
the disk even when the program is killed a moment later. The GUI thread polls the worker
instead of receiving a signal from it: the options dialog runs in a nested event loop
(QDialog.exec), where neither asyncio callbacks nor a signal of an object that may be gone
by then are safe.

To stay quick for a workshop of thousands of cards, only the first few ticked phases get
their sections in the preview; the panel says so.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.messages import describe
from werkstatt.protocol.errors import ExportCancelled, ProtocolError
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf

# bare 'translate("Context", "text")' calls are what pyside6-lupdate collects
translate = QCoreApplication.translate

PREVIEW_PHASES = 3  # sections in the preview: enough to judge the layout, quick to render
TEMPORARY_PREFIX = "werkstatt-preview-"
_POLL_MS = 50
_PROGRESS_STEPS = 1000
_log = logging.getLogger(__name__)


def preview_options(
    options: ProtocolOptions, phase_ids: Sequence[int], limit: int = PREVIEW_PHASES
) -> tuple[ProtocolOptions, bool]:
    """``options`` with only the first ``limit`` included phases (of ``phase_ids``, in the
    workshop's order); True when that left some out."""
    included = [phase_id for phase_id in phase_ids if options.includes(phase_id)]
    if len(included) <= limit:
        return options, False
    return ProtocolOptions(
        include_names=options.include_names,
        include_scripts=options.include_scripts,
        include_photos=options.include_photos,
        phases=frozenset(included[:limit]),
    ), True


class PreviewRender:
    """One preview rendering in a worker thread. Read :attr:`data` or :attr:`error` once
    :attr:`done`; :meth:`cancel` makes the thread stop at its next check, leaving nothing."""

    def __init__(self, snapshot: WorkshopSnapshot, options: ProtocolOptions) -> None:
        self._snapshot = snapshot
        self._options = options
        self._cancel = threading.Event()
        self.data: bytes | None = None
        self.error: BaseException | None = None
        self.progress = (0, 1)  # (done, total), written by the worker, read by the GUI
        # Not a daemon: at exit the interpreter waits for it, and the cancel makes that short.
        self._thread = threading.Thread(target=self._run, name="protocol-preview")

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self._thread.ident is not None and not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _report(self, done: int, total: int) -> None:
        self.progress = (done, total)

    def _run(self) -> None:
        try:
            with tempfile.TemporaryDirectory(prefix=TEMPORARY_PREFIX) as folder:
                path = Path(folder) / "preview.pdf"
                render_pdf(
                    self._snapshot,
                    path,
                    options=self._options,
                    progress=self._report,
                    cancelled=self._cancel.is_set,
                )
                self.data = path.read_bytes()
        except ExportCancelled:
            self.data = None  # the dialog closed or the choices changed: nothing to show
        except Exception as exc:  # shown in the panel; a thread must not die with it
            if not isinstance(exc, ProtocolError | OSError):
                _log.error("protocol preview failed", exc_info=exc)
            self.error = exc


class _PageKeys(QObject):
    """PageUp/PageDown on the view go a page back/on (instead of a screenful)."""

    def __init__(self, preview: ProtocolPreview) -> None:
        super().__init__(preview)
        self._preview = preview

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_PageDown:
                self._preview.go_to_page(self._preview.current_page() + 1)
                return True
            if event.key() == Qt.Key.Key_PageUp:
                self._preview.go_to_page(self._preview.current_page() - 1)
                return True
        return False


class ProtocolPreview(QWidget):
    """A panel: a note what it shows, the pages in a QPdfView fitted to its width, and a
    row to page through and zoom. :meth:`render` starts (or restarts) a preview;
    :meth:`stop` cancels a running one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protocolPreview")
        self._render: PreviewRender | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("previewStatus")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, _PROGRESS_STEPS)
        self.progress_bar.setTextVisible(False)

        self.view = QPdfView(self)
        self.view.setObjectName("previewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(translate("ProtocolPreview", "Preview of the protocol"))
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.installEventFilter(_PageKeys(self))

        self.previous_button = QToolButton(self)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.previous_button.setToolTip(translate("ProtocolPreview", "Previous page (Page Up)"))
        self.previous_button.setAccessibleName(translate("ProtocolPreview", "Previous page"))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.next_button.setToolTip(translate("ProtocolPreview", "Next page (Page Down)"))
        self.next_button.setAccessibleName(translate("ProtocolPreview", "Next page"))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_label = QLabel(self)
        self.zoom = QComboBox(self)
        self.zoom.addItem(translate("ProtocolPreview", "Page width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(translate("ProtocolPreview", "Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.setAccessibleName(translate("ProtocolPreview", "Zoom"))
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)

        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        navigation.addWidget(self.page_label, 1)
        navigation.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(navigation)
        self.setMinimumWidth(380)

        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._check)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        app = QCoreApplication.instance()
        if app is not None:
            # The worker thread outlives the window: quitting must not wait for a preview.
            # (A slot of a QObject is disconnected when that object is destroyed.)
            app.aboutToQuit.connect(self.stop)
        self._set_idle()

    # -- rendering ---------------------------------------------------------------------

    def render(
        self,
        snapshot: WorkshopSnapshot,
        options: ProtocolOptions,
        phase_ids: Sequence[int],
        *,
        word: bool = False,
    ) -> None:
        """Render the first pages of ``snapshot``'s protocol with ``options``; ``word``
        adds that the Word document has the same content."""
        self.stop()
        shown, limited = preview_options(options, phase_ids)
        if limited:
            note = translate(
                "ProtocolPreview",
                "Preview of the first pages: only the first %n ticked phase(s) are shown here; "
                "the exported protocol has all of them.",
                "",
                PREVIEW_PHASES,
            )
        else:
            note = translate("ProtocolPreview", "Preview of the first pages.")
        if word:
            note += " " + translate(
                "ProtocolPreview",
                "The Word document has the same content; Word lays out its pages itself.",
            )
        self.note.setText(note)
        self.status.setText(translate("ProtocolPreview", "Preparing the preview …"))
        self.status.show()
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._render = PreviewRender(snapshot, shown)
        self._render.start()
        self._poll.start()

    def show_error(self, text: str) -> None:
        """Say in the panel why there is no preview (e.g. the workshop could not be read)."""
        self.stop()
        self.note.clear()
        self.status.setText(text)
        self.status.show()
        self.progress_bar.hide()

    def stop(self) -> None:
        """Cancel a running preview; the worker removes its temporary file itself."""
        if self._render is not None:
            self._render.cancel()
            self._render = None
        self._poll.stop()
        self.progress_bar.hide()

    @property
    def busy(self) -> bool:
        return self._render is not None

    def _check(self) -> None:
        job = self._render
        if job is None:
            self._poll.stop()
            return
        done, total = job.progress
        self.progress_bar.setValue(min(_PROGRESS_STEPS, done * _PROGRESS_STEPS // max(1, total)))
        if not job.done:
            return
        self._render = None
        self._poll.stop()
        self.progress_bar.hide()
        if job.error is not None:
            self.status.setText(describe(job.error))
        elif job.data is not None:
            self._load(job.data)

    def _load(self, data: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        # The document reads lazily from the device: it lives as long as the document shows it.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.status.setText(translate("ProtocolPreview", "The preview could not be shown."))
            return
        self.status.hide()
        self._show_page_number(0)

    # -- paging and zoom ---------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            return
        page = max(0, min(count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._show_page_number(page)

    def _show_page_number(self, page: int) -> None:
        count = self.page_count()
        if count == 0:
            self.page_label.clear()
        else:
            self.page_label.setText(
                translate("ProtocolPreview", "Page %1 of %2")
                .replace("%1", str(page + 1))
                .replace("%2", str(count))
            )
        self.previous_button.setEnabled(count > 0 and page > 0)
        self.next_button.setEnabled(page + 1 < count)

    def _zoom_chosen(self, index: int) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode(self.zoom.itemData(index)))

    def _set_idle(self) -> None:
        self.note.setText(translate("ProtocolPreview", "Preview of the first pages."))
        self.status.hide()
        self.progress_bar.hide()
        self._show_page_number(0)


__all__ = [
    "PREVIEW_PHASES",
    "PreviewRender",
    "ProtocolPreview",
    "preview_options",
]
