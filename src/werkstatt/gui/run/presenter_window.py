"""The projector (presenter) window: what the hall sees.

Follows the RunSession: the phase title, the participant question (unless the kind's
presenter widget shows it), the kind's live results, and the timer once it runs. Never
anything from the moderator's side (script, notes, personal data the kind keeps private):
this window only reads the phase's title and question itself.

Opens full screen on a second screen when there is one, otherwise as a window; Esc leaves
full screen; B or Ctrl+B blanks it (black) and back; Page Down / Page Up step through the
phases, which is what a presenter remote sends.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from werkstatt import APP_NAME
from werkstatt.core.phase_timer import TimerLevel, clock_text
from werkstatt.core.records import Phase
from werkstatt.gui.kinds import PresenterTheme, kind_ui
from werkstatt.gui.photos.presenter import ProjectedPhoto
from werkstatt.gui.run.hall_text import breakable
from werkstatt.gui.run.session import RunSession

WINDOWED_SIZE = (1280, 720)


class PresenterWindow(QWidget):
    blankChanged = Signal(bool)

    def __init__(self, session: RunSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("presenter_window")
        self.session = session
        self.setWindowTitle(self.tr("Projector – %1").replace("%1", APP_NAME))
        self.theme = PresenterTheme(WINDOWED_SIZE[1])
        self._phase_id: int | None = None
        self._kind_shows_question = False

        self.title_label = QLabel(self)
        self.title_label.setObjectName("presenter_title")
        self.question_label = QLabel(self)
        self.question_label.setObjectName("presenter_question")
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("presenter_timer")
        for label in (self.title_label, self.question_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.kind_area = QWidget(self)
        self.kind_area.setObjectName("presenter_kind_area")
        self._kind_layout = QVBoxLayout(self.kind_area)
        self._kind_layout.setContentsMargins(0, 0, 0, 0)
        self.kind_widget: QWidget | None = None

        content = QWidget(self)
        content.setObjectName("presenter_content")
        self._content_layout = QVBoxLayout(content)
        self._content_layout.addWidget(self.title_label)
        self._content_layout.addWidget(self.question_label)
        self._content_layout.addWidget(self.kind_area, 1)
        self._content_layout.addWidget(self.timer_label)
        self.content = content

        self.blank_page = QWidget(self)
        self.blank_page.setObjectName("presenter_blank")
        self.blank_page.setStyleSheet("background: #000000;")
        self.pages = QStackedWidget(self)
        self.pages.addWidget(content)
        self.pages.addWidget(self.blank_page)
        # A photo from the moderator's photo strip, shown instead of the live results.
        self.photo_page = ProjectedPhoto(session.context, self.theme, self)
        self.pages.addWidget(self.photo_page)
        self.photo_page.shownChanged.connect(self._photo_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._make_actions()
        self.resize(*WINDOWED_SIZE)
        self._apply_theme()
        session.phaseChanged.connect(self._rebuild)
        session.changed.connect(self._redraw_texts)
        session.timer.changed.connect(self._redraw_timer)
        self._rebuild()

    def _make_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        key = QKeySequence
        self.blank_action = action(
            self.tr("Blank the projector"),
            [key("Ctrl+B"), key(Qt.Key.Key_B), key(Qt.Key.Key_Period)],
            self.toggle_blank,
        )
        self.leave_full_screen_action = action(
            self.tr("Leave full screen"), [key(Qt.Key.Key_Escape)], self.leave_full_screen
        )
        self.next_action = action(
            self.tr("Next phase"), [key(Qt.Key.Key_PageDown)], self.session.next
        )
        self.previous_action = action(
            self.tr("Previous phase"), [key(Qt.Key.Key_PageUp)], self.session.previous
        )

    # showing ---------------------------------------------------------------------------
    def show_on_best_screen(self) -> None:
        """Full screen on a screen other than the moderator's; a window if there is one."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        moderator = parent.window().screen() if parent is not None else None
        others = [s for s in screens if s is not moderator]
        if len(screens) > 1 and others:
            target = others[0]
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.showNormal()
        self.raise_()

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    @property
    def blanked(self) -> bool:
        return self.pages.currentWidget() is self.blank_page

    def set_blank(self, blank: bool) -> None:
        if blank == self.blanked:
            return
        self.pages.setCurrentWidget(self.blank_page if blank else self._live_page())
        self.blankChanged.emit(blank)

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    def _live_page(self) -> QWidget:
        """The phase's page, or the photo the moderator put on the projector."""
        return self.photo_page if self.photo_page.shown else self.content

    def _photo_shown(self, _shown: bool) -> None:
        if not self.blanked:
            self.pages.setCurrentWidget(self._live_page())

    # drawing ---------------------------------------------------------------------------
    def _apply_theme(self) -> None:
        theme = self.theme
        margin = theme.margin_px
        self._content_layout.setContentsMargins(margin, margin, margin, margin // 2)
        self._content_layout.setSpacing(max(8, theme.margin_px // 2))
        self.content.setStyleSheet(
            f"#presenter_content {{ background: {theme.background}; }}"
            f"QLabel {{ color: {theme.foreground}; background: transparent; }}"
        )
        self._set_font(self.title_label, theme.title_px, bold=False)
        self.title_label.setStyleSheet(f"color: {theme.muted};")
        self._set_font(self.question_label, theme.question_px, bold=True)
        self._set_font(self.timer_label, theme.timer_px, bold=True, mono=True)
        self.photo_page.set_theme(theme)
        self._redraw_texts()
        self._redraw_timer()

    @staticmethod
    def _set_font(label: QLabel, px: int, *, bold: bool, mono: bool = False) -> None:
        font = QFont(label.font())
        if mono:
            font.setFamilies(["DejaVu Sans Mono", "Monospace"])
            font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPixelSize(px)
        font.setBold(bold)
        label.setFont(font)

    def _text_width(self) -> int:
        return max(100, self.width() - 2 * self.theme.margin_px)

    def _hall_text(self, label: QLabel, text: str) -> str:
        return breakable(text, label.fontMetrics(), self._text_width())

    def shown_phase(self) -> Phase | None:
        return self.session.shown_phase()

    def _rebuild(self) -> None:
        """Another phase: new kind widget, new texts."""
        phase = self.shown_phase()
        self._phase_id = None if phase is None else phase.id
        if self.kind_widget is not None:
            self._kind_layout.removeWidget(self.kind_widget)
            self.kind_widget.deleteLater()
            self.kind_widget = None
        self._kind_shows_question = False
        if phase is not None:
            ui = kind_ui(phase.kind)
            if ui is not None:
                context = self.session.context
                widget = ui.presenter_widget(context, phase, self.theme, self.kind_area)
                if widget is not None:
                    self.kind_widget = widget
                    self._kind_layout.addWidget(widget)
                    self._kind_shows_question = bool(ui.presenter_shows_question)
        self.photo_page.follow_phase(self._phase_id)
        self._redraw_texts()
        self._redraw_timer()

    def _redraw_texts(self) -> None:
        # After the end, a stray PageUp on the remote must not reopen the workshop.
        running = self.session.started and not self.session.finished
        self.next_action.setEnabled(running)
        self.previous_action.setEnabled(running)
        phase = self.shown_phase()
        if phase is not None and phase.id != self._phase_id:
            self._rebuild()
            return
        title = "" if phase is None else phase.title
        question = "" if phase is None or self._kind_shows_question else phase.question
        self.title_label.setText(self._hall_text(self.title_label, title))
        self.question_label.setText(self._hall_text(self.question_label, question))
        self.question_label.setVisible(bool(question))
        self.kind_area.setVisible(self.kind_widget is not None)
        # Without results below, the question takes the room (and sits in the middle).
        self._content_layout.setStretchFactor(self.question_label, 0 if self.kind_widget else 1)

    def _redraw_timer(self) -> None:
        timer = self.session.timer.timer
        phase = self.shown_phase()
        show = (
            timer is not None
            and timer.started
            and phase is not None
            and bool(phase.settings.get("show_timer", True))
        )
        self.timer_label.setVisible(show)
        if not show or timer is None:
            return
        self.timer_label.setText(clock_text(timer.remaining))
        level = timer.level
        colour = {
            TimerLevel.NORMAL: self.theme.accent,
            TimerLevel.WARNING: self.theme.warning,
            TimerLevel.OVERTIME: self.theme.overtime,
        }[level]
        self.timer_label.setStyleSheet(f"color: {colour};")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(1, event.size().height())
        if height == self.theme.screen_height:
            self._redraw_texts()  # another width: long words break elsewhere
            return
        previous = self.theme
        self.theme = PresenterTheme(height)
        self._apply_theme()
        # The kind's widget got its sizes when made; remake it for a new screen size.
        if self.kind_widget is not None and abs(height - previous.screen_height) > 40:
            self._rebuild()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.set_blank(False)
        super().closeEvent(event)
