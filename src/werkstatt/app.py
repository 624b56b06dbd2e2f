"""Start the GUI: QApplication, translations, the qasync loop, the library, the main window.

Start-up is kept short (target: a painted library window within 0.8 s on two cores):
this module and the first window import only what the library page needs; dialogs, the
plan editor and everything behind them are imported when first used.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from werkstatt import APP_NAME, __version__, i18n
from werkstatt.gui import dialogs
from werkstatt.gui.settings import Settings
from werkstatt.resources import resource_path
from werkstatt.store.errors import LibraryInUseError, StoreError

EXIT_OK = 0
EXIT_ERROR = 1
STARTUP_PROBE_ENV = "WERKSTATT_STARTUP_PROBE"
READY_LINE = "werkstatt-ready"
MIN_POINT_SIZE = 11.0  # readable from the back of a room on a projector


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _load_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Werkstatt's own translation and Qt's (standard buttons, context menus) for ``language``.

    English needs none: the source strings are English.
    """
    if language == i18n.SOURCE_LANGUAGE:
        return []
    installed: list[QTranslator] = []
    candidates = [
        (f"werkstatt_{language}", str(resource_path("translations"))),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ]
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


class _FirstPaint(QObject):
    """For the start-up benchmark: report once the window has really been painted."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._ready)
        return False

    def _ready(self) -> None:
        print(READY_LINE, flush=True)
        self._app.quit()


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def _readable_font(app: QApplication) -> None:
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)


def run_gui(data_dir: Path, language: str | None = None) -> int:
    """Run the program's window on the library in ``data_dir``; return the exit code.

    ``language`` is the one asked for on the command line or by $WERKSTATT_LANG; with
    None the language chosen in the View menu (stored in settings.ini) applies.
    """
    app = _application()
    previous_font = app.font()
    _readable_font(app)
    settings = Settings(data_dir)
    if language is None:
        language = i18n.resolve_language(None, saved=settings.language)
    previous_language = i18n.current_language()
    i18n.set_language(language)
    translators = _load_translators(app, language)
    i18n.install_backend(_qt_translate)
    try:
        return _run(app, data_dir, settings, language)
    finally:
        # Leave the process as it was: tests run the program more than once in one process.
        i18n.install_backend(None)
        i18n.set_language(previous_language)
        for translator in translators:
            app.removeTranslator(translator)
        app.setFont(previous_font)


def _run(app: QApplication, data_dir: Path, settings: Settings, language: str) -> int:
    # The store (SQLAlchemy, Alembic) is the slowest import; nothing is shown before it.
    from werkstatt.store.library import Library

    try:
        library = Library.open(data_dir, exclusive=True)
    except StoreError as exc:
        _report_start_failure(exc)
        return EXIT_ERROR

    import qasync

    from werkstatt.gui.main_window import MainWindow

    try:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow(library, settings, language)
        if os.environ.get(STARTUP_PROBE_ENV):
            window.installEventFilter(_FirstPaint(app))
        window.show()
        # Ends when the last window closes (Qt quits then) or anything calls app.quit().
        with loop:
            loop.run_forever()
        window.deleteLater()
    finally:
        library.close()
        asyncio.set_event_loop(None)
    return EXIT_OK


def _report_start_failure(exc: StoreError) -> None:
    from werkstatt.messages import describe

    if isinstance(exc, LibraryInUseError):
        title = QCoreApplication.translate("App", "Werkstatt is already open on this library")
    else:
        title = QCoreApplication.translate("App", "Werkstatt cannot open the library")
    message = describe(exc)
    # Also on stderr: whoever started Werkstatt from a terminal or a script sees why.
    print(f"{title}: {message}", file=sys.stderr, flush=True)
    if not os.environ.get(STARTUP_PROBE_ENV):  # the benchmark has nobody to click OK
        dialogs.show_error(None, message, title)
