"""One open workshop: a header with its facts, and below it the plan editor or, on the
day, the run view (mode 'Plan' | 'Run', F6).

Imported only when the first workshop opens: the plan editor is not needed at start-up;
the run view and the projector are imported when the workshop first runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Workshop, WorkshopStatus
from werkstatt.gui import dialogs
from werkstatt.gui.plan_editor import PlanEditor
from werkstatt.gui.plan_editor.texts import clock
from werkstatt.gui.workshop_table_model import DATE_FORMAT
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library

if TYPE_CHECKING:
    from werkstatt.gui.run.presenter_window import PresenterWindow
    from werkstatt.gui.run.run_page import RunPage
    from werkstatt.gui.run.session import RunSession


class WorkshopPage(QWidget):
    """Shows one workshop; owns that workshop's undo stack (the main window groups them)."""

    backRequested = Signal()
    saveAsTemplateRequested = Signal(int)
    workshopChanged = Signal(int)
    modeChanged = Signal(bool)  # True: run mode

    def __init__(
        self,
        library: Library,
        workshop: Workshop,
        method_name: str,
        parent: QWidget | None = None,
        *,
        language: str = "de",
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.workshop_id = workshop.id
        self.language = language
        self.undo_stack = QUndoStack(self)
        self.session: RunSession | None = None
        self.run_page: RunPage | None = None
        self.presenter: PresenterWindow | None = None

        back = QPushButton(self.tr("← Library"))
        back.setToolTip(self.tr("Back to all workshops (Alt+Left)"))
        back.clicked.connect(self.backRequested)
        self.back_button = back
        self.title_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setWordWrap(True)
        facts_font = QFont(self.font())
        facts_font.setPointSizeF(facts_font.pointSizeF() * 1.1)
        self.facts_label.setFont(facts_font)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(
            self.tr("Date, start time, place, client, moderators (Ctrl+I)")
        )
        self.details_button.clicked.connect(self.edit_details)
        template = QPushButton(self.tr("Save as template…"))
        template.clicked.connect(lambda: self.saveAsTemplateRequested.emit(self.workshop_id))
        self.template_button = template

        self._make_run_actions()

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.facts_label)
        top = QHBoxLayout()
        top.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(12)
        top.addLayout(titles, 1)
        # The buttons get a row of their own: beside the title they squeezed a long
        # German title into a narrow column on a 1366x768 laptop.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        header_buttons = (
            self.plan_mode_button,
            self.run_mode_button,
            self.start_button,
            self.projector_button,
            self.export_button,
            self.details_button,
            template,
        )
        for button in header_buttons:
            buttons.addWidget(button)
        header = QVBoxLayout()
        header.setSpacing(6)
        header.addLayout(top)
        header.addLayout(buttons)
        # Not by a click: a clicked header button would keep the focus and take the run
        # view's Space (the timer) for itself.
        for button in (back, *header_buttons):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.editor = self._make_editor()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.editor)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        self.show_workshop(workshop, method_name)
        if workshop.status is WorkshopStatus.RUNNING:
            # Reopened in the middle of the day: straight back to where it was.
            self.show_run_mode()

    def _make_editor(self) -> PlanEditor:
        editor = PlanEditor(self.library, self.workshop_id, self.undo_stack, self)
        editor.workshopChanged.connect(lambda *_: self.workshopChanged.emit(self.workshop_id))
        return editor

    def _make_run_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object, name: str) -> QAction:
            act = QAction(text, self)
            act.setObjectName(name)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        key = QKeySequence
        self.mode_action = action(
            self.tr("Switch between plan and run"),
            [key(Qt.Key.Key_F6)],
            self.toggle_mode,
            "toggle_mode",
        )
        self.start_action = action(
            self.tr("Start the workshop"), [], self.start_workshop, "start_workshop_now"
        )
        # F5 both ways: the projector window never has the keyboard, so the laptop's keys
        # are the only way to take it down during the evening.
        self.projector_action = action(
            self.tr("Open the projector"),  # F5 again closes it
            [key(Qt.Key.Key_F5)],
            self.toggle_projector,
            "projector",
        )
        self.leave_full_screen_action = action(
            self.tr("Leave projector full screen"),
            [],
            self.leave_projector_full_screen,
            "leave_projector_full_screen",
        )
        self.close_projector_action = action(
            self.tr("Close projector"), [key("Shift+F5")], self.close_projector, "close_projector"
        )
        self.leave_full_screen_action.setEnabled(False)
        self.close_projector_action.setEnabled(False)
        # B only while the projector is open: a disabled action leaves the key alone.
        self.blank_action = action(
            self.tr("Blank the projector"),
            [key("Ctrl+B"), key(Qt.Key.Key_B)],
            self.toggle_blank,
            "blank_projector",
        )
        self.blank_action.setEnabled(False)
        self.export_action = action(
            self.tr("Export protocol…"), [key("Ctrl+E")], self.export_protocol, "export_protocol"
        )
        self.details_action = action(
            self.tr("Edit details…"), [key("Ctrl+I")], self.edit_details, "edit_details"
        )

        self.plan_mode_button = QPushButton(self.tr("Plan"), self)
        self.run_mode_button = QPushButton(self.tr("Run"), self)
        self.mode_buttons = QButtonGroup(self)
        modes = ((self.plan_mode_button, "mode_plan"), (self.run_mode_button, "mode_run"))
        for button, name in modes:
            button.setObjectName(name)
            button.setCheckable(True)
            button.setToolTip(self.tr("Plan or run the workshop (F6)"))
            self.mode_buttons.addButton(button)
        self.plan_mode_button.setChecked(True)
        self.plan_mode_button.clicked.connect(self.show_plan_mode)
        self.run_mode_button.clicked.connect(self.show_run_mode)
        self.start_button = QPushButton(self.tr("Start the workshop"), self)
        self.start_button.setObjectName("start_workshop_header")
        self.start_button.setToolTip(self.tr("Record the start and open the first phase"))
        self.start_button.setStyleSheet(
            "QPushButton { background: #1f6f50; color: white; border-radius: 5px;"
            " padding: 5px 14px; font-weight: bold; }"
        )
        self.start_button.clicked.connect(self.start_workshop)
        self.projector_button = QPushButton(self.tr("Projector"), self)
        self.projector_button.setObjectName("open_projector")
        self.projector_button.setToolTip(self.tr("Show the projector window (F5)"))
        self.projector_button.clicked.connect(self.open_projector)
        self.export_button = QPushButton(self.tr("Export protocol…"), self)
        self.export_button.setObjectName("export_protocol_button")
        self.export_button.setToolTip(self.tr("The protocol as PDF (Ctrl+E)"))
        self.export_button.clicked.connect(self.export_protocol)

    def menu_actions(self) -> list[QAction | None]:
        """For the main window's Workshop menu (None: a separator)."""
        return [
            self.mode_action,
            self.start_action,
            None,
            self.details_action,
            None,
            self.projector_action,
            self.blank_action,
            self.leave_full_screen_action,
            self.close_projector_action,
            None,
            self.export_action,
        ]

    def show_workshop(self, workshop: Workshop, method_name: str) -> None:
        self.title_label.setText(workshop.title)
        facts = [method_name]
        when = [] if workshop.date is None else [workshop.date.strftime(DATE_FORMAT)]
        if workshop.start_time is not None:
            when.append(self.tr("at %1").replace("%1", clock(workshop.start_time)))
        if when:
            facts.append(" ".join(when))
        if workshop.place:
            facts.append(workshop.place)
        if workshop.client:
            facts.append(self.tr("for %1").replace("%1", workshop.client))
        self.facts_label.setText("  ·  ".join(facts))
        # in run mode the line is hidden (the board needs the room): the title tells it
        self.title_label.setToolTip(self.facts_label.text())
        self.setWindowTitle(workshop.title)
        self.start_button.setVisible(
            workshop.status is WorkshopStatus.PLANNED and not self.in_run_mode
        )

    # modes -----------------------------------------------------------------------------
    @property
    def in_run_mode(self) -> bool:
        return self.run_page is not None and self.stack.currentWidget() is self.run_page

    def ensure_session(self) -> RunSession:
        if self.session is None:
            from werkstatt.gui.run.session import RunSession

            self.session = RunSession(
                self.library, self.workshop_id, self.undo_stack, self.language, parent=self
            )
            self.session.changed.connect(self._session_changed)
        return self.session

    def show_run_mode(self) -> None:
        session = self.ensure_session()
        if self.run_page is None:
            from werkstatt.gui.run.run_page import RunPage

            self.run_page = RunPage(session, self)
            self.stack.addWidget(self.run_page)
        else:
            session.reload()  # the plan may have changed meanwhile
        self.stack.setCurrentWidget(self.run_page)
        self.run_mode_button.setChecked(True)
        self.start_button.setVisible(False)
        # Date, place and client are known in the hall; on a laptop screen the line is
        # better spent on the pinboard (the title's tooltip still has it).
        self.facts_label.setVisible(False)
        self.run_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.modeChanged.emit(True)

    def show_plan_mode(self) -> None:
        self.editor.reload(force=True)  # the run sheet may have changed minutes or breaks
        self.stack.setCurrentWidget(self.editor)
        self.plan_mode_button.setChecked(True)
        self.facts_label.setVisible(True)
        status = self.session.status if self.session is not None else None
        self.start_button.setVisible(status in (None, WorkshopStatus.PLANNED))
        self.modeChanged.emit(False)

    def toggle_mode(self) -> None:
        if self.in_run_mode:
            self.show_plan_mode()
        else:
            self.show_run_mode()

    def start_workshop(self) -> None:
        self.show_run_mode()
        assert self.session is not None
        self.session.start_workshop()

    def _session_changed(self) -> None:
        if self.session is not None and self.session.workshop is not None:
            self.workshopChanged.emit(self.workshop_id)

    # projector -------------------------------------------------------------------------
    def open_projector(self) -> None:
        session = self.ensure_session()
        if self.presenter is None:
            from werkstatt.gui.run.presenter_window import PresenterWindow

            self.presenter = PresenterWindow(session, self)
            self.presenter.destroyed.connect(self._presenter_gone)
        self.presenter.show_on_best_screen()
        # The moderator goes on typing where they were: the projector must not take the
        # keyboard (window managers activate a newly shown window).
        self.window().activateWindow()
        self._projector_shown(True)

    def toggle_projector(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.close_projector()
        else:
            self.open_projector()

    def leave_projector_full_screen(self) -> None:
        if self.presenter is not None:
            self.presenter.leave_full_screen()

    def _projector_shown(self, shown: bool) -> None:
        for act in (self.blank_action, self.leave_full_screen_action, self.close_projector_action):
            act.setEnabled(shown)

    def toggle_blank(self) -> None:
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.toggle_blank()

    def _presenter_gone(self) -> None:
        self.presenter = None
        self._projector_shown(False)

    def close_projector(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self._projector_shown(False)

    # details ---------------------------------------------------------------------------
    def edit_details(self) -> None:
        from werkstatt.gui.workshop_details_dialog import edit_workshop_details

        try:
            workshop = self.library.get_workshop(self.workshop_id)
        except StoreError as exc:
            self._report(exc)
            return
        if edit_workshop_details(
            self, self.library, workshop, self.undo_stack, changed=self._details_changed
        ):
            self._details_changed(self.workshop_id)

    def _details_changed(self, _workshop_id: int | None = None) -> None:
        """The start time feeds both run sheets; the header and library show the rest."""
        self.editor.reload()
        if self.session is not None:
            self.session.reload()
        self.workshopChanged.emit(self.workshop_id)

    def _report(self, exc: Exception) -> None:
        from werkstatt.messages import describe

        dialogs.show_error(self, describe(exc))

    # protocol --------------------------------------------------------------------------
    def export_protocol(self) -> None:
        from werkstatt.gui.export import export_protocol  # reportlab loads at the first export

        export_protocol(self, self.library, self.workshop_id, self.language)

    # state -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        self.editor.save_state(settings)
        if self.run_page is not None:
            self.run_page.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.editor.restore_state(settings)
        if self.run_page is not None:
            self.run_page.restore_state(settings)
