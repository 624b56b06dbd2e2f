"""The moderator's working area of a reports phase: the sessions of the agenda wall with
which reports are in, and the report form of the selected session.

Reports come in as the sessions end, in any order: the list marks each session (report
in ✓ / missing ○), can show only the missing ones and counts them. The form is typed
from the handed-in sheet; a field is kept when it is left or with Ctrl+Enter, as one
undo step that creates or changes the session's report. Ctrl+Down / Ctrl+Up go to the
next / previous session (in the list as shown). 'Show on projector' pins the selected
session's report on the news wall; otherwise the reports take turns there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.entry_host import short
from werkstatt.gui.kinds.reports.commands import ReportText, SaveReportCommand
from werkstatt.gui.kinds.reports.form import ReportForm
from werkstatt.gui.kinds.reports.news_state import (
    MAX_SECONDS,
    MIN_SECONDS,
    NewsWallState,
    news_wall_state,
)
from werkstatt.gui.kinds.reports.sessions import Session, agenda_phase_id, read_sessions
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

translate = QCoreApplication.translate

MARK_IN = "✓"
MARK_MISSING = "○"
PIN_KEYS = "Ctrl+Shift+P"


def session_line(session: Session) -> str:
    """slot · space · title · convener, the empty parts left out."""
    parts = [session.slot, session.space, session.title, session.convener]
    return " · ".join(part for part in parts if part)


def session_details(session: Session) -> str:
    """The form's read-only line under the title."""
    convener = (
        translate("SessionReports", "Convener: %1").replace("%1", session.convener)
        if session.convener
        else translate("SessionReports", "No convener named")
    )
    return " · ".join(part for part in (convener, session.slot, session.space) if part)


def uses_names(phase: Phase) -> bool:
    return phase.settings.get("participants", "count") == "names"


class ReportsWidget(QWidget):
    """The moderator's side of a reports phase."""

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_widget")
        self._context = context
        self._phase = phase
        self._agenda_id = agenda_phase_id(context, phase)
        self._state: NewsWallState = news_wall_state(context)
        self._focused_once = False
        self.sessions: list[Session] = []
        self.current_id: int | None = None
        self._build()
        self.reload()
        context.recordsChanged.connect(self._records_changed)
        context.resultsChanged.connect(self._results_changed)
        self._state.changed.connect(self._state_changed)

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel()
        self.count_label.setObjectName("missing_count")
        self.count_label.setWordWrap(True)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        left_layout.addWidget(self.count_label)
        self.missing_only = QCheckBox(self.tr("Only missing reports"))
        self.missing_only.setObjectName("missing_only")
        self.missing_only.toggled.connect(self._filter_changed)
        left_layout.addWidget(self.missing_only)
        self.list = QListWidget()
        self.list.setObjectName("session_list")
        self.list.setAccessibleName(self.tr("Sessions"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.currentItemChanged.connect(self._item_chosen)
        left_layout.addWidget(self.list, 1)
        self.empty_label = QLabel(
            self.tr(
                "No sessions yet: place the proposals on the agenda wall first; "
                "their reports are typed here."
            )
        )
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        left_layout.addWidget(self.empty_label)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.form = ReportForm(uses_names(self._phase))
        self.form.committed.connect(self.keep)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.form)
        right_layout.addWidget(self.scroll, 1)

        projector = QHBoxLayout()
        self.pin_button = QPushButton(self.tr("Show on projector"))
        self.pin_button.setObjectName("pin_button")
        self.pin_button.setCheckable(True)
        self.pin_button.setToolTip(
            self.tr(
                "Keep this report on the news wall; press again to let the reports take turns (%1)"
            ).replace("%1", QKeySequence(PIN_KEYS).toString(QKeySequence.SequenceFormat.NativeText))
        )
        # Space is the timer's: the shortcut (or a click) pins
        self.pin_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pin_button.clicked.connect(self._pin_clicked)
        projector.addWidget(self.pin_button)
        projector.addStretch(1)
        seconds_label = QLabel(self.tr("Next report on the news wall every"))
        self.seconds = QSpinBox()
        self.seconds.setObjectName("seconds_per_report")
        self.seconds.setRange(MIN_SECONDS, MAX_SECONDS)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setValue(self._state.seconds(self._phase.id))
        self.seconds.setAccessibleName(self.tr("Seconds per report on the news wall"))
        self.seconds.valueChanged.connect(
            lambda value: self._state.set_seconds(self._phase.id, value)
        )
        seconds_label.setBuddy(self.seconds)
        projector.addWidget(seconds_label)
        projector.addWidget(self.seconds)
        right_layout.addLayout(projector)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        hint = QLabel(
            self.tr(
                "Tab goes to the next field and keeps what was typed · Ctrl+Enter keeps it "
                "too · Ctrl+Down / Ctrl+Up: next / previous session · Ctrl+Shift+P shows the "
                "report on the projector · Ctrl+Z undoes · Photos of a session's flip chart: "
                "add them in the photo strip with the session's title as caption"
            )
        )
        hint.setObjectName("keys_hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

        for keys, step in (("Ctrl+Down", 1), ("Ctrl+Up", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go(s))
        pin = QShortcut(QKeySequence(PIN_KEYS), self)
        pin.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pin.activated.connect(self.toggle_pin)

    # -- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        self.sessions = read_sessions(self._context, self._phase)
        ids = [s.proposal_id for s in self.sessions]
        if self.current_id not in ids:
            self.current_id = self._first_shown()
            switched = True
        else:
            switched = False
        self._fill_list()
        self._show_current(switched=switched)

    def session(self, proposal_id: int | None) -> Session | None:
        return next((s for s in self.sessions if s.proposal_id == proposal_id), None)

    def current(self) -> Session | None:
        return self.session(self.current_id)

    def missing(self) -> list[Session]:
        return [s for s in self.sessions if s.report is None]

    def shown(self) -> list[Session]:
        """The sessions in the list: all, or the missing ones and the one being typed."""
        if not self.missing_only.isChecked():
            return list(self.sessions)
        return [s for s in self.sessions if s.report is None or s.proposal_id == self.current_id]

    def _first_shown(self) -> int | None:
        candidates = self.missing() if self.missing_only.isChecked() else self.sessions
        return candidates[0].proposal_id if candidates else None

    def _fill_list(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for session in self.shown():
            is_in = session.report is not None
            item = QListWidgetItem(f"{MARK_IN if is_in else MARK_MISSING}  {session_line(session)}")
            item.setData(Qt.ItemDataRole.UserRole, session.proposal_id)
            status = self.tr("Report in") if is_in else self.tr("Report missing")
            item.setToolTip(status)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{status}: {session_line(session)}")
            if not is_in:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if session.proposal_id == self.current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        total, missing = len(self.sessions), len(self.missing())
        if not total:
            self.count_label.setText("")
        elif missing:
            self.count_label.setText(
                self.tr("%n of %1 report(s) still missing", "", missing).replace("%1", str(total))
            )
        else:
            self.count_label.setText(self.tr("All %n report(s) are in", "", total))
        self.empty_label.setVisible(not total)
        self.list.setVisible(bool(total))
        self.missing_only.setVisible(bool(total))

    def _show_current(self, *, switched: bool) -> None:
        session = self.current()
        self.scroll.setEnabled(session is not None)
        self.pin_button.setEnabled(session is not None)
        if session is None:
            self.form.title_label.setText(self.tr("No session selected"))
            self.form.details_label.setText("")
        else:
            self.form.show_session(session, session_details(session), switched=switched)
        self._update_pin_button()

    def _update_pin_button(self) -> None:
        pinned = self._state.pinned(self._phase.id)
        self.pin_button.setChecked(pinned is not None and pinned == self.current_id)

    # -- what the moderator does ------------------------------------------------------
    def select(self, proposal_id: int | None) -> None:
        """Show ``proposal_id``'s report in the form, after keeping what was typed."""
        if proposal_id == self.current_id:
            return
        self.keep()
        self.current_id = proposal_id
        self._fill_list()
        self._show_current(switched=True)

    def go(self, step: int) -> None:
        """The next (1) or previous (-1) session of the list; the focus stays in the form."""
        self.keep()
        shown = [s.proposal_id for s in self.shown()]
        if not shown:
            return
        if self.current_id in shown:
            index = shown.index(self.current_id) + step
        else:
            index = 0 if step > 0 else len(shown) - 1
        if not 0 <= index < len(shown):
            return
        in_form = self.form.isAncestorOf(self.focusWidget()) if self.focusWidget() else False
        self.select(shown[index])
        if in_form:
            self.form.focus_first()

    def keep(self) -> None:
        """Write the form down if it differs from the stored report (one undo step)."""
        session = self.current()
        if session is None:
            return
        old = ReportText.of(session.report)
        new = self.form.text(old)
        if new == old:
            return
        if new.is_empty:
            # Emptied: the report is removed, the session counts as missing again.
            label = self.tr("Remove the report on “%1”").replace("%1", short(session.title))
        else:
            label = self.tr("Report on “%1”").replace("%1", short(session.title))
        command = SaveReportCommand(
            self._context, self._phase.id, session.proposal_id, session.report, new, label
        )
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            self.reload()
            return
        self._context.undo_stack.push(command)

    def toggle_pin(self) -> None:
        if self.current_id is None:
            return
        pinned = self._state.pinned(self._phase.id)
        self._state.pin(self._phase.id, None if pinned == self.current_id else self.current_id)

    def _pin_clicked(self) -> None:
        self.toggle_pin()
        self._update_pin_button()

    # -- signals ----------------------------------------------------------------------
    def _item_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.select(item.data(Qt.ItemDataRole.UserRole))

    def _filter_changed(self) -> None:
        if self.missing_only.isChecked() and self.current() is not None:
            current = self.current()
            if current is not None and current.report is not None:
                self.keep()
                self.current_id = self._first_shown()
                self._fill_list()
                self._show_current(switched=True)
                return
        self._fill_list()

    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id == self._phase.id:
            self.reload()

    def _results_changed(self, phase_id: int) -> None:
        if phase_id == self._agenda_id:
            self.reload()

    def _state_changed(self, phase_id: int) -> None:
        if phase_id == self._phase.id:
            self._update_pin_button()
            if self.seconds.value() != self._state.seconds(phase_id):
                self.seconds.setValue(self._state.seconds(phase_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            target = self.form.first_field() if self.current() is not None else self.list
            QTimer.singleShot(0, target, target.setFocus)
