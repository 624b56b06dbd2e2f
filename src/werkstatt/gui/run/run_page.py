"""The moderator's screen while the workshop runs.

Left: where we are (phase title, the participant question, the moderator's script, which
only this screen shows) and the phase's working area from its kind. Right: the timer and
the live run sheet. Below: the way through the day (previous, skip, add a break, next,
finish). Everything is drawn from the RunSession; nothing here counts time or keeps state.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.gui import dialogs
from werkstatt.gui.kinds import kind_ui
from werkstatt.gui.photos.strip import PhotoStrip
from werkstatt.gui.plan_editor.texts import kind_name
from werkstatt.gui.run.run_sheet_panel import RunSheetPanel
from werkstatt.gui.run.session import RunSession
from werkstatt.gui.run.timer_widget import TimerWidget
from werkstatt.methods.model import PhaseKind

_SETTINGS_GROUP = "run_page"
_SPLITTER_KEY = "splitter"
_SCRIPT_SPLITTER_KEY = "script_splitter"
#: The script box's first height, in lines of text (the handle makes it taller).
SCRIPT_DEFAULT_LINES = 6
#: ... for kinds whose working area needs the room (a board, a wall, a table to fill):
#: on a 1366×768 laptop six lines of script left a pinboard 20 px.
SCRIPT_SHORT_LINES = 2
ROOMY_KINDS = frozenset(
    {
        PhaseKind.CLUSTER,
        PhaseKind.AGENDA_WALL,
        PhaseKind.VOTE,
        PhaseKind.ACTION_PLAN,
        PhaseKind.REPORTS,
        PhaseKind.ROUNDS,
    }
)
BREAK_CHOICES = (5, 10, 15, 20, 30)


def _bigger(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class RunPage(QWidget):
    """Observes one RunSession; its buttons and keys call the session's actions."""

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("run_page")
        self.session = session
        self.working_widget: QWidget | None = None
        self._shown_phase_id: int | None = None
        self._shown_started = False
        #: the moderator sized the script box (dragged, or restored from last time): the
        #: kinds' default heights no longer apply
        self.script_height_chosen = False

        # where we are
        self.position_label = QLabel(self)
        self.position_label.setObjectName("run_position")
        self.position_label.setStyleSheet("color: #4b5563;")
        self.position_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.title_label = QLabel(self)
        self.title_label.setObjectName("run_title")
        self.title_label.setFont(_bigger(self, 1.4, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.question_caption = QLabel(self.tr("Question for the participants"), self)
        self.question_label = QLabel(self)
        self.question_label.setObjectName("run_question")
        self.question_label.setFont(_bigger(self, 1.2))
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.script_caption = QLabel(self.tr("Your script – only on this screen"), self)
        self.script_label = QLabel(self)
        self.script_label.setObjectName("run_script")
        self.script_label.setWordWrap(True)
        self.script_label.setTextFormat(Qt.TextFormat.PlainText)
        self.script_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.script_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for caption in (self.question_caption, self.script_caption):
            caption.setFont(_bigger(self, 0.95, bold=True))
            caption.setStyleSheet("color: #4b5563;")
        script_scroll = QScrollArea(self)
        script_scroll.setWidget(self.script_label)
        script_scroll.setWidgetResizable(True)
        script_scroll.setFrameShape(QFrame.Shape.NoFrame)
        script_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.script_scroll = script_scroll
        self.script_box = QFrame(self)
        self.script_box.setObjectName("run_script_box")
        self.script_box.setStyleSheet(
            "#run_script_box { background: #f3f0e6; border-radius: 6px; }"
        )
        # The caption beside the script, not above it: two lines of script then need no
        # third line of height.
        self.script_caption.setWordWrap(True)
        self.script_caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.script_caption.setFixedWidth(self._caption_width())
        script_layout = QHBoxLayout(self.script_box)
        script_layout.setContentsMargins(10, 5, 6, 5)
        script_layout.setSpacing(12)
        script_layout.addWidget(self.script_caption, 0, Qt.AlignmentFlag.AlignTop)
        script_layout.addWidget(script_scroll, 1)

        # the phase's working area
        self.working_area = QFrame(self)
        self.working_area.setObjectName("run_working_area")
        self.working_area.setFrameShape(QFrame.Shape.StyledPanel)
        self._working_layout = QVBoxLayout(self.working_area)
        self._working_layout.setContentsMargins(4, 4, 4, 4)
        # photos of flipcharts and pinboards, under the working area
        self.photo_strip = PhotoStrip(session.context, self)

        # timer and run sheet
        self.timer_widget = TimerWidget(session.timer, parent=self)
        self.sheet_panel = RunSheetPanel(self)
        self.sheet_panel.jumpRequested.connect(session.go_to)
        self.sheet_panel.minutesRequested.connect(session.set_minutes)
        self.sheet_panel.skipRequested.connect(session.set_skipped)

        self._make_actions()
        self._layout_widgets()

        session.changed.connect(self.redraw)
        session.phaseChanged.connect(self._phase_changed)
        session.failed.connect(self._report)
        session.timer.changed.connect(self._timer_ticked)
        self._phase_changed()

    # building --------------------------------------------------------------------------
    def _caption_width(self) -> int:
        """Wide enough for the script's caption in two lines (three in a narrow word
        break are still readable), never a third of a laptop's column."""
        metrics = self.script_caption.fontMetrics()
        text = self.script_caption.text()
        longest_word = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
        half = metrics.horizontalAdvance(text) // 2 + 3 * metrics.averageCharWidth()
        return min(max(half, longest_word + 4, 120), 260)

    def _action(
        self, text: str, keys: list[QKeySequence], slot: object, name: str = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        key = QKeySequence
        session = self.session
        self.next_action = self._action(
            self.tr("Next phase"),
            [key("Ctrl+Right"), key(Qt.Key.Key_PageDown)],
            session.next,
            "next_phase",
        )
        self.previous_action = self._action(
            self.tr("Previous phase"),
            [key("Ctrl+Left"), key(Qt.Key.Key_PageUp)],
            session.previous,
            "previous_phase",
        )
        self.skip_action = self._action(
            self.tr("Skip this phase"), [key("Ctrl+Shift+Right")], session.skip, "skip_phase"
        )
        self.start_action = self._action(
            self.tr("Start the workshop"), [], session.start_workshop, "start_workshop"
        )
        self.finish_action = self._action(
            self.tr("Finish the workshop"), [], self._finish, "finish_workshop"
        )
        self.reopen_action = self._action(
            self.tr("Reopen the workshop"), [], self._reopen, "reopen_workshop"
        )
        # Space only where it types nothing: text fields take it first (ShortcutOverride).
        self.timer_action = self._action(
            self.tr("Start / pause the timer"),
            [key(Qt.Key.Key_Space), key("Ctrl+Space")],
            session.timer.toggle,
            "timer_toggle",
        )
        self.break_menu = QMenu(self)
        for minutes in BREAK_CHOICES:
            self.break_menu.addAction(
                self.tr("Break of %1 min").replace("%1", str(minutes)),
                lambda m=minutes: session.add_break(m),
            )
        self.break_action = self._action(
            self.tr("Add a break here"),
            [key("Ctrl+Shift+B")],
            lambda: session.add_break(),
            "add_break",
        )

        self.previous_button = self._nav_button("◀  " + self.tr("Previous"), self.previous_action)
        self.skip_button = self._nav_button(self.tr("Skip phase"), self.skip_action)
        self.break_button = self._nav_button(self.tr("Add a break"), self.break_action)
        self.break_button.setMenu(self.break_menu)
        self.next_button = self._nav_button(self.tr("Next") + "  ▶", self.next_action)
        self.start_button = self._nav_button(self.tr("Start the workshop"), self.start_action)
        self.finish_button = self._nav_button(self.tr("Finish the workshop"), self.finish_action)
        self.reopen_button = self._nav_button(self.tr("Reopen the workshop"), self.reopen_action)
        for button in (self.next_button, self.start_button):
            button.setFont(_bigger(self, 1.15, bold=True))
            button.setMinimumHeight(40)
            button.setStyleSheet(
                "QPushButton { background: #1f6f50; color: white; border-radius: 5px;"
                " padding: 6px 18px; }"
                "QPushButton:disabled { background: #9ca3af; }"
            )

    def _nav_button(self, text: str, action: QAction) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(action.objectName() + "_button")
        shortcuts = " / ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        button.setToolTip(f"{action.text()} ({shortcuts})" if shortcuts else action.text())
        # Space is the timer's: a focused button must not take it.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if action is not self.break_action:
            button.clicked.connect(action.trigger)
        return button

    def _layout_widgets(self) -> None:
        # One line for where we are: every line above the working area is a line less of
        # board on a laptop.
        titles = QHBoxLayout()
        titles.setSpacing(12)
        titles.addWidget(self.title_label, 1)
        titles.addWidget(self.position_label, 0, Qt.AlignmentFlag.AlignVCenter)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addLayout(titles)
        left_layout.addWidget(self.question_caption)
        left_layout.addWidget(self.question_label)
        # The script and the working area share the height: on a 1366×768 laptop a fixed
        # script box left the cards 1.5 rows. The moderator drags the handle; the script
        # scrolls.
        self.script_splitter = QSplitter(Qt.Orientation.Vertical, left)
        self.script_splitter.setObjectName("run_script_splitter")
        self.script_splitter.addWidget(self.script_box)
        self.script_splitter.addWidget(self.working_area)
        self.script_splitter.setStretchFactor(0, 0)
        self.script_splitter.setStretchFactor(1, 1)
        self.script_splitter.setChildrenCollapsible(False)
        self.script_box.setMinimumHeight(self._script_box_height(SCRIPT_SHORT_LINES))
        self.script_splitter.setSizes([self._script_box_height(SCRIPT_DEFAULT_LINES), 10_000])
        self.script_splitter.splitterMoved.connect(self._script_height_moved)
        left_layout.addWidget(self.script_splitter, 1)
        left_layout.addWidget(self.photo_strip)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(12)
        right_layout.addWidget(self.timer_widget)
        right_layout.addWidget(self.sheet_panel, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("run_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.break_button)
        nav.addStretch(1)
        nav.addWidget(self.finish_button)
        nav.addWidget(self.reopen_button)
        nav.addWidget(self.start_button)
        nav.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(nav)

    def _script_box_height(self, lines: int) -> int:
        layout = self.script_box.layout()
        frame = 0 if layout is None else layout.contentsMargins().top() * 2
        return lines * self.script_label.fontMetrics().lineSpacing() + frame + 4

    def _script_height_moved(self, _position: int, _index: int) -> None:
        self.script_height_chosen = True

    def _size_script_for(self, phase: Phase | None) -> None:
        """The kind's default height of the script box, until the moderator chose one."""
        if self.script_height_chosen:
            return
        roomy = phase is not None and self.session.started and phase.kind in ROOMY_KINDS
        lines = SCRIPT_SHORT_LINES if roomy else SCRIPT_DEFAULT_LINES
        total = sum(self.script_splitter.sizes()) or 10_000
        script = self._script_box_height(lines)
        self.script_splitter.setSizes([script, max(1, total - script)])

    # state -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
        # Only a height the moderator chose is kept; otherwise each kind has its own.
        if self.script_height_chosen:
            settings.setValue(_SCRIPT_SPLITTER_KEY, self.script_splitter.saveState())
        else:
            settings.remove(_SCRIPT_SPLITTER_KEY)
        settings.endGroup()

    def restore_state(self, settings: QSettings) -> None:
        settings.beginGroup(_SETTINGS_GROUP)
        value = settings.value(_SPLITTER_KEY)
        if value is not None:
            # A damaged value is refused by restoreState; the default layout stays.
            self.splitter.restoreState(value)
        script = settings.value(_SCRIPT_SPLITTER_KEY)
        if script is not None and self.script_splitter.restoreState(script):
            self.script_height_chosen = True
        settings.endGroup()

    # drawing ---------------------------------------------------------------------------
    def _phase_changed(self) -> None:
        """Another phase: a new working area; then everything else."""
        phase = self.session.shown_phase()
        self._shown_phase_id = None if phase is None else phase.id
        self._shown_started = self.session.started
        # Hiding the old area hands its focus down Qt's chain, to a header button where
        # Space would leave run mode: the keyboard goes to the new area instead.
        take_focus = self._focus_in_working_area()
        if self.working_widget is not None:
            self._working_layout.removeWidget(self.working_widget)
            self.working_widget.hide()
            self.working_widget.deleteLater()
            self.working_widget = None
        if phase is not None:
            self.working_widget = self._make_working_widget(phase)
            self._working_layout.addWidget(self.working_widget)
        takes_photos = (
            phase is not None and self.session.started and phase.kind != PhaseKind.BREAK
        )
        self.photo_strip.set_phase(phase.id if takes_photos and phase is not None else None)
        self._size_script_for(phase)
        self.timer_widget.planned_seconds = 0 if phase is None else phase.planned_minutes * 60
        self.redraw()
        if take_focus:
            self._focus_new_area()

    def _focus_in_working_area(self) -> bool:
        focus = QApplication.focusWidget()
        if focus is None or focus is self:
            return True
        old = self.working_widget
        return old is not None and (focus is old or old.isAncestorOf(focus))

    def _focus_new_area(self) -> None:
        widget = self.working_widget
        if widget is not None and (
            widget.focusProxy() is not None or widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        ):
            widget.show()  # the layout shows it only later; focus needs it visible
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _make_working_widget(self, phase: Phase) -> QWidget:
        ui = kind_ui(phase.kind)
        if ui is not None and self.session.started:
            return ui.moderator_widget(self.session.context, phase, self.working_area)
        if not self.session.started:
            text = self.tr(
                "The workshop has not started yet. “Start the workshop” records the start "
                "time and opens the first phase; the projector (F5) shows its title and "
                "question."
            )
        elif phase.kind == PhaseKind.BREAK:
            text = self.tr("Break. The projector shows the title and, once started, the timer.")
        else:
            text = self.tr(
                "No working area for this kind of phase (%1): the projector shows its title "
                "and question."
            ).replace("%1", kind_name(phase.kind))
        placeholder = QLabel(text, self.working_area)
        placeholder.setObjectName("run_placeholder")
        placeholder.setWordWrap(True)
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        placeholder.setStyleSheet("color: #6b7280;")
        return placeholder

    def redraw(self) -> None:
        session = self.session
        phase = session.shown_phase()
        shown_id = None if phase is None else phase.id
        if shown_id != self._shown_phase_id or session.started != self._shown_started:
            self._phase_changed()
            return
        count = len(session.phases)
        index = session.index_of(phase.id) if phase is not None else None
        if phase is None:
            self.position_label.setText(self.tr("This workshop has no phases."))
            self.title_label.setText("")
        else:
            position = (
                self.tr("Phase %1 of %2 · %3")
                .replace("%1", str((index or 0) + 1))
                .replace("%2", str(count))
                .replace("%3", kind_name(phase.kind))
            )
            if session.finished:
                position += " · " + self.tr("the workshop is finished")
            elif not session.started:
                position += " · " + self.tr("not started yet")
            self.position_label.setText(position)
            self.title_label.setText(phase.title)
        question = "" if phase is None else phase.question
        self.question_label.setText(question or self.tr("(no question for the participants)"))
        self.question_label.setEnabled(bool(question))
        # 'Reset' goes back to the plan as it is now
        self.timer_widget.planned_seconds = 0 if phase is None else phase.planned_minutes * 60
        script = "" if phase is None else phase.script
        self.script_label.setText(script or self.tr("(no script for this phase)"))
        self.script_label.setEnabled(bool(script))
        self._update_actions()
        self._redraw_sheet()

    def _update_actions(self) -> None:
        session = self.session
        started, finished = session.started, session.finished
        running = started and not finished
        self.start_action.setEnabled(not started and bool(session.phases))
        self.start_button.setVisible(not started)
        self.next_action.setEnabled(running and session.next_phase() is not None)
        self.next_button.setVisible(started)
        self.next_button.setEnabled(self.next_action.isEnabled())
        self.previous_action.setEnabled(running and session.previous_phase() is not None)
        self.previous_button.setEnabled(self.previous_action.isEnabled())
        self.skip_action.setEnabled(running and session.next_phase() is not None)
        self.skip_button.setEnabled(self.skip_action.isEnabled())
        self.finish_action.setEnabled(running)
        self.finish_button.setEnabled(running)
        self.reopen_action.setEnabled(started and finished)
        self.reopen_button.setVisible(started and finished)
        self.break_action.setEnabled(bool(session.phases))
        self.break_button.setEnabled(self.break_action.isEnabled())
        self.timer_action.setEnabled(running)
        self.timer_widget.setEnabled(running)
        # At the last phase, finishing is the way on: make it the prominent button.
        last = running and session.next_phase() is None
        self.finish_button.setFont(_bigger(self, 1.15, bold=last))

    def _redraw_sheet(self) -> None:
        sheet = self.session.sheet()
        if sheet is not None:
            self.sheet_panel.show_sheet(sheet)

    def _timer_ticked(self) -> None:
        # The expected times move with the clock while a phase overruns.
        self._redraw_sheet()

    # acting ----------------------------------------------------------------------------
    def _finish(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Finish the workshop now? The current phase ends at this moment."),
            self.tr("Finish"),
        ):
            return
        self.session.finish()

    def _reopen(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr(
                "Reopen the finished workshop? Its last phase runs on and its recorded end "
                "is cleared."
            ),
            self.tr("Reopen"),
        ):
            return
        self.session.reopen()

    def _report(self, text: str) -> None:
        dialogs.show_error(self, text)
