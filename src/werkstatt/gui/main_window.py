"""The main window: the library page and the open workshops' pages, menus, undo, status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from werkstatt import APP_NAME, __version__
from werkstatt.core.records import WorkshopStatus
from werkstatt.gui import dialogs
from werkstatt.gui.library_page import LibraryPage
from werkstatt.gui.settings import Settings
from werkstatt.methods.errors import MethodsError
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library

STATUS_TIMEOUT_MS = 10_000
FIRST_START_SHARE = 0.85  # of the screen, for the window's size at the very first start
SMALL_SCREEN_HEIGHT = 900  # below it the first window takes the whole screen
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


class MainWindow(QMainWindow):
    """Holds one library page and one page per opened workshop (kept, with its undo history).

    The undo group's active stack follows the page on screen, so Ctrl+Z undoes what the
    moderator sees: library actions on the library, plan edits in a workshop.
    """

    def __init__(
        self,
        library: Library,
        settings: Settings,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.language = language
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 480)

        self.undo_group = QUndoGroup(self)
        self.library_undo = QUndoStack(self)
        self.undo_group.addStack(self.library_undo)

        self.library_page = LibraryPage(library, self.library_undo, language, self)
        self.library_page.openRequested.connect(self.open_workshop)
        self.library_page.statusMessage.connect(self.show_status)
        self.library_page.workshopRemoved.connect(self.close_workshop_page)
        self.workshop_pages: dict[int, QWidget] = {}

        self.pages = QStackedWidget()
        self.pages.addWidget(self.library_page)
        self.setCentralWidget(self.pages)

        self._create_menus()
        self.statusBar().setSizeGripEnabled(True)
        self._restore_layout()
        self.show_library()
        self._resume_running_workshop()

    # menus -----------------------------------------------------------------------
    def _create_menus(self) -> None:
        page = self.library_page
        key = QKeySequence

        self.back_action = QAction(self.tr("&Back to the library"), self)
        self.back_action.setShortcuts([key(key.StandardKey.Back)])
        self.back_action.triggered.connect(self.show_library)
        self.save_template_action = QAction(self.tr("Save as &template…"), self)
        self.save_template_action.triggered.connect(self._save_current_as_template)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts([key(key.StandardKey.Quit), key(Qt.Modifier.CTRL | Qt.Key.Key_Q)])
        quit_action.triggered.connect(self.close)

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([key(key.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        ctrl = Qt.Modifier.CTRL
        self.redo_action.setShortcuts(
            [key(ctrl | Qt.Modifier.SHIFT | Qt.Key.Key_Z), key(ctrl | Qt.Key.Key_Y)]
        )

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(page.new_action)
        file_menu.addAction(page.open_action)
        file_menu.addAction(self.back_action)
        file_menu.addSeparator()
        file_menu.addAction(page.import_action)
        file_menu.addAction(page.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_template_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(page.rename_action)
        edit_menu.addAction(page.duplicate_action)
        edit_menu.addAction(page.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(page.find_action)

        # Filled with the shown workshop's own actions (run mode, projector, protocol).
        self.workshop_menu = self.menuBar().addMenu(self.tr("W&orkshop"))
        self.workshop_menu.setEnabled(False)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        languages = QActionGroup(self)
        languages.setExclusive(True)
        chosen = self.settings.language or self.language
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            act = QAction(name, languages)
            act.setCheckable(True)
            act.setChecked(code == chosen)
            act.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            language_menu.addAction(act)
            self.language_actions[code] = act

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Werkstatt"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # pages -----------------------------------------------------------------------
    def show_library(self) -> None:
        current = self.pages.currentWidget()
        if current is not self.library_page:
            self._save_page_state(current)
        self.pages.setCurrentWidget(self.library_page)
        self.undo_group.setActiveStack(self.library_undo)
        self.library_page.set_active(True)
        self.back_action.setEnabled(False)
        self.save_template_action.setEnabled(False)
        self.setWindowTitle(APP_NAME)
        self._fill_workshop_menu(None)
        self.library_page.refresh()
        self.library_page.table.setFocus()

    def open_workshop(self, workshop_id: int) -> None:
        try:
            workshop = self.library.get_workshop(workshop_id)
        except StoreError as exc:
            self.library_page.report(exc)
            self.library_page.refresh()
            return
        page = self.workshop_pages.get(workshop_id)
        if page is None:
            # Imported on first use: the plan editor is not needed to show the library.
            from werkstatt.gui.workshop_page import WorkshopPage

            page = WorkshopPage(
                self.library,
                workshop,
                self.library_page.catalog.method_name(workshop.method, self.language),
                self,
                language=self.language,
            )
            page.backRequested.connect(self.show_library)
            page.saveAsTemplateRequested.connect(self.save_as_template)
            page.workshopChanged.connect(self._workshop_changed)
            self.undo_group.addStack(page.undo_stack)
            self.pages.addWidget(page)
            page.restore_state(self.settings.qsettings)
            self.workshop_pages[workshop_id] = page
        else:
            # renamed (or undone) in the library since the page was made
            page.show_workshop(
                workshop, self.library_page.catalog.method_name(workshop.method, self.language)
            )
        self.library_page.set_active(False)
        self.pages.setCurrentWidget(page)
        self.undo_group.setActiveStack(page.undo_stack)
        self.back_action.setEnabled(True)
        self.save_template_action.setEnabled(True)
        self.setWindowTitle(f"{workshop.title} – {APP_NAME}")
        self.settings.last_workshop = workshop_id
        self._fill_workshop_menu(page)
        page.setFocus()
        if page.focusWidget() is None:
            page.focusNextChild()

    def _fill_workshop_menu(self, page: QWidget | None) -> None:
        self.workshop_menu.clear()
        actions = getattr(page, "menu_actions", None)
        if actions is None:
            self.workshop_menu.setEnabled(False)
            return
        for action in actions():
            if action is None:
                self.workshop_menu.addSeparator()
            else:
                self.workshop_menu.addAction(action)
        self.workshop_menu.setEnabled(True)

    def current_workshop_id(self) -> int | None:
        page = self.pages.currentWidget()
        return getattr(page, "workshop_id", None)

    def close_workshop_page(self, workshop_id: int) -> None:
        """Drop the page of a workshop that left the library (deleted, or a copy undone)."""
        page = self.workshop_pages.pop(workshop_id, None)
        if page is None:
            return
        if self.pages.currentWidget() is page:
            self.show_library()
        close_projector = getattr(page, "close_projector", None)
        if close_projector is not None:
            close_projector()
        self.undo_group.removeStack(page.undo_stack)
        self.pages.removeWidget(page)
        page.deleteLater()

    def _workshop_changed(self, workshop_id: int) -> None:
        page = self.workshop_pages.get(workshop_id)
        try:
            workshop = self.library.get_workshop(workshop_id)
        except StoreError as exc:
            self.library_page.report(exc)
            return
        if page is not None:
            method = self.library_page.catalog.method_name(workshop.method, self.language)
            page.show_workshop(workshop, method)  # type: ignore[attr-defined]
            if self.pages.currentWidget() is page:
                self.setWindowTitle(f"{workshop.title} – {APP_NAME}")
        self.library_page.model.replace(workshop)

    # actions ---------------------------------------------------------------------
    def _save_current_as_template(self) -> None:
        workshop_id = self.current_workshop_id()
        if workshop_id is not None:
            self.save_as_template(workshop_id)

    def save_as_template(self, workshop_id: int) -> None:
        try:
            workshop = self.library.get_workshop(workshop_id)
        except StoreError as exc:
            self.library_page.report(exc)
            return
        name = dialogs.ask_text(
            self,
            self.tr("Save as template"),
            self.tr("Name of the new template (offered for new workshops):"),
            workshop.title,
        )
        if name is None:
            return
        try:
            self.library.save_as_template(workshop_id, name)
        except (StoreError, MethodsError) as exc:
            self.library_page.report(exc)
            return
        self.library_page.reload_templates()
        self.show_status(self.tr("Saved as template “%1”.").replace("%1", name))

    def choose_language(self, language: str) -> None:
        previous = self.settings.language or self.language
        self.settings.language = language
        self.settings.sync()
        if language != previous:
            dialogs.inform(
                self,
                self.tr("Werkstatt will use %1 from its next start.").replace(
                    "%1", LANGUAGE_NAMES[language]
                ),
            )

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _about(self) -> None:
        dialogs.inform(
            self,
            self.tr(
                "Werkstatt %1\n\nPlan and moderate participation workshops – World Café, "
                "Open Space, Zukunftswerkstatt – and publish their protocol."
            ).replace("%1", __version__),
            self.tr("About Werkstatt"),
        )

    # layout ----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: most of the screen; all of a small laptop's screen.
            available = self.screen().availableGeometry()
            share = 1.0 if available.height() < SMALL_SCREEN_HEIGHT else FIRST_START_SHARE
            self.resize(
                max(self.minimumWidth(), int(available.width() * share)),
                max(self.minimumHeight(), int(available.height() * share)),
            )
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        header = self.settings.library_header
        if header is not None:
            self.library_page.table.horizontalHeader().restoreState(header)
        last = self.settings.last_workshop
        if last is not None:
            self.library_page.select(last)

    def _resume_running_workshop(self) -> None:
        """Reopened in the middle of an evening, or after a crash: straight back into the
        workshop that is running, where its run view resumes phase and timer."""
        last = self.settings.last_workshop
        if last is None:
            return
        try:
            workshop = self.library.get_workshop(last)
        except StoreError:
            return  # deleted meanwhile: the library is the right place to start
        if workshop.status is WorkshopStatus.RUNNING:
            self.open_workshop(last)

    def _save_page_state(self, page: QWidget) -> None:
        save = getattr(page, "save_state", None)
        if save is not None:
            save(self.settings.qsettings)

    def save_layout(self) -> None:
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.library_header = self.library_page.table.horizontalHeader().saveState()
        current = self.pages.currentWidget()
        if current is not self.library_page:
            self._save_page_state(current)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        for page in self.workshop_pages.values():
            page.close_projector()  # type: ignore[attr-defined]
        super().closeEvent(event)
