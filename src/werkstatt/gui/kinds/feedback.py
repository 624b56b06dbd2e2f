"""Feedback round (Blitzlicht, Abschlussrunde): one short line per person, or a mood scale.

Line mode works like the card collection: type what the person said, Enter, the next.
Scale mode is faster still: each number key 1–9 (0 for 10) adds one person's rating at
once, the buttons do the same; what someone adds in words goes into the comment line and
Enter attaches it to the latest rating. Names are personal data: the name field appears
only when the moderator ticks "Record names", and never on the projector.

Every change is an undo command on the run's undo stack calling library.feedback and then
telling the run context what changed; this widget (while the phase is shown) and the
projector redraw from that. The projector shows the spread of the ratings as large bars,
or the latest lines. Half-typed lines wait in the run context for the phase's return.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.feedback import FeedbackSummary, summarise
from werkstatt.core.records import FeedbackEntry, Phase
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.card_wall import CardWall, WallItem
from werkstatt.gui.kinds.entry_commands import (
    AddEntryCommand,
    DeleteEntriesCommand,
    EntryCommand,
    UpdateEntriesCommand,
)
from werkstatt.gui.kinds.entry_host import (
    EntryHost,
    EntryKindUI,
    PhaseEntries,
    PhaseReloadTimer,
    short,
)
from werkstatt.gui.kinds.entry_line import EntryLineEdit
from werkstatt.gui.kinds.entry_list_view import EntryListView
from werkstatt.gui.kinds.entry_model import EntryListModel
from werkstatt.gui.kinds.rating_bars import RatingBars
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.methods.feedback_scale import scale_points
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import StoreError
from werkstatt.store.feedback import FeedbackEntries


def feedback_mode(phase: Phase) -> tuple[str, int]:
    """("line" or "scale", the number of points on the scale)."""
    mode = str(phase.settings.get("mode", "line"))
    return ("scale" if mode == "scale" else "line"), scale_points(phase.settings)


def _mean_text(summary: FeedbackSummary) -> str:
    if summary.mean is None:
        return ""
    return QLocale().toString(summary.mean, "f", 1)


class FeedbackStore(PhaseEntries[FeedbackEntries, FeedbackEntry]):
    """library.feedback for one phase, in the shape the undo commands speak."""

    def add(self, values: Mapping[str, Any]) -> FeedbackEntry:
        return self._table.add(
            self.phase_id,
            text=values.get("text", ""),
            rating=values.get("rating"),
            name=values.get("name", ""),
        )


def _entry_text(entry: FeedbackEntry) -> str:
    return entry.text


def _entry_label(entry: FeedbackEntry) -> str:
    parts = []
    if entry.rating is not None:
        parts.append(f"{entry.rating} ·" if entry.text else str(entry.rating))
    if entry.text:
        parts.append(entry.text)
    if entry.name:
        parts.append(f"— {entry.name}")
    return " ".join(parts)


class _EntryListModel(EntryListModel[FeedbackEntry]):
    """Shows rating, text and name; editing in place edits the text alone."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return _entry_label(self.record(index.row()))
        return super().data(index, role)


class FeedbackWidget(EntryHost[FeedbackEntry], QWidget):
    """The moderator's working area of a feedback round."""

    record_type = FeedbackEntry

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_widget")
        self._context = context
        self._phase = phase
        self._store = FeedbackStore(context.library.feedback, phase.id)
        self.mode, self.points = feedback_mode(phase)
        self._focused_once = False
        self.model = _EntryListModel(_entry_text, _entry_label, self)
        self.model.editRequested.connect(self._edit_requested)
        self.rating_buttons: list[QPushButton] = []
        self._build()
        self.reload()
        self._host_entries()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.mode == "scale":
            self._build_scale(layout)
        else:
            self._build_line(layout)

        name_row = QHBoxLayout()
        self.names_box = QCheckBox(self.tr("Record &names"))
        self.names_box.setObjectName("names_box")
        self.names_box.setToolTip(
            self.tr("Names are personal data: only with the person's consent")
        )
        self.names_box.toggled.connect(self._names_toggled)
        name_row.addWidget(self.names_box)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name_edit")
        self.name_edit.setPlaceholderText(self.tr("Name (optional)"))
        self.name_edit.returnPressed.connect(self._name_entered)
        name_row.addWidget(self.name_edit, 1)
        self.personal_label = QLabel(self.tr("Personal data: only with the person's consent"))
        self.personal_label.setStyleSheet("color: #9a5b00;")
        name_row.addWidget(self.personal_label)
        name_row.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        summary_font = self.summary_label.font()
        summary_font.setBold(True)
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.2)
        self.summary_label.setFont(summary_font)
        name_row.addWidget(self.summary_label)
        layout.addLayout(name_row)
        self.name_edit.setVisible(False)
        self.personal_label.setVisible(False)

        body = QHBoxLayout()
        self.list_view = EntryListView(self)
        self.list_view.setObjectName("feedback_list")
        self.list_view.setModel(self.model)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setWordWrap(False)
        self.list_view.setSpacing(2)
        list_font = self.list_view.font()
        list_font.setPointSizeF(list_font.pointSizeF() * 1.15)
        self.list_view.setFont(list_font)
        self.list_view.deleteRequested.connect(self.delete_selected)
        self.list_view.leaveRequested.connect(self.focus_input)
        body.addWidget(self.list_view, 3)
        self.bars: RatingBars | None = None
        if self.mode == "scale":
            self.bars = RatingBars(self, label_px=max(12, self.fontMetrics().height()))
            self.bars.setObjectName("rating_bars")
            self.bars.setMinimumHeight(160)
            body.addWidget(self.bars, 2)
        layout.addLayout(body, 1)

        keys = (
            self.tr("Number keys add a rating · Del deletes the selected entry · Ctrl+Z undoes")
            if self.mode == "scale"
            else self.tr(
                "Enter adds the line · ↑/↓ to the list: F2 edits, Del deletes · Ctrl+Z undoes"
            )
        )
        hint = QLabel(keys)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

    def _build_line(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.entry = EntryLineEdit(self._context.undo_stack, self)
        self.entry.setObjectName("feedback_entry")
        self.entry.setPlaceholderText(self.tr("Type what the person said and press Enter"))
        self.entry.returnPressed.connect(self.add_line)
        self.entry.listRequested.connect(self.focus_list)
        big = self.entry.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.entry.setFont(big)
        row.addWidget(self.entry, 1)
        add = QPushButton(self.tr("Add"))
        add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add.clicked.connect(self.add_line)
        row.addWidget(add)
        layout.addLayout(row)
        self.setFocusProxy(self.entry)

    def _build_scale(self, layout: QVBoxLayout) -> None:
        # The widget itself takes the number keys; the buttons only take clicks.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Rating:")))
        for point in range(1, self.points + 1):
            button = QPushButton(str(point))
            button.setObjectName(f"rating_{point}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(48, 40)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            button.setFont(font)
            key = "0" if point == 10 else str(point)
            button.setToolTip(self.tr("Key %1").replace("%1", key))
            button.clicked.connect(lambda _=False, p=point: self.add_rating(p))
            self.rating_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        comment_row = QHBoxLayout()
        self.entry = EntryLineEdit(self._context.undo_stack, self)
        self.entry.setObjectName("comment_entry")
        self.entry.setPlaceholderText(
            self.tr("Optional: what the person said — Enter adds it to the latest rating")
        )
        self.entry.returnPressed.connect(self.add_comment)
        self.entry.listRequested.connect(self.focus_list)
        comment_row.addWidget(self.entry, 1)
        layout.addLayout(comment_row)

    # -- what the moderator does ------------------------------------------------------
    def _name(self) -> str:
        if not self.names_box.isChecked():
            return ""
        return " ".join(self.name_edit.text().split())

    def add_line(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        values: dict[str, Any] = {"text": text}
        if name := self._name():
            values["name"] = name
        label = self.tr("Add “%1”").replace("%1", short(text))
        if self._run(AddEntryCommand(self._context, self._store, label, values)):
            self.entry.clear_for_next()
            self.name_edit.setText("")
            self.entry.setFocus()

    def add_rating(self, rating: int) -> None:
        values: dict[str, Any] = {"rating": rating}
        if name := self._name():
            values["name"] = name
        label = self.tr("Add rating %1").replace("%1", str(rating))
        if self._run(AddEntryCommand(self._context, self._store, label, values)):
            self.name_edit.setText("")

    def add_comment(self) -> None:
        """Attach the comment line to the latest rating while that has no words yet;
        otherwise (a second comment, no rating) it is an entry of its own."""
        text = " ".join(self.entry.text().split())
        if not text:
            self.setFocus()
            return
        latest = self.model.record(self.model.rowCount() - 1) if self.model.rowCount() else None
        if latest is None or latest.rating is None or latest.text:
            command: EntryCommand = AddEntryCommand(
                self._context,
                self._store,
                self.tr("Add “%1”").replace("%1", short(text)),
                {"text": text},
            )
        else:
            label = self.tr("Comment “%1”").replace("%1", short(text))
            command = UpdateEntriesCommand(
                self._context,
                self._store,
                label,
                [(latest.id, {"text": latest.text}, {"text": text})],
            )
        if self._run(command):
            self.entry.clear_for_next()
            self.setFocus()

    def delete_selected(self) -> None:
        rows = self.list_view.selected_rows()
        if not rows:
            return
        ids = [self.model.record(row).id for row in rows]
        label = (
            self.tr("Delete “%1”").replace("%1", short(_entry_label(self.model.record(rows[0]))))
            if len(ids) == 1
            else self.tr("Delete %1 entries").replace("%1", str(len(ids)))
        )
        after = min(rows[0], self.model.rowCount() - len(rows) - 1)
        if self._run(DeleteEntriesCommand(self._context, self._store, label, ids)) and after >= 0:
            self.list_view.select_row(after)

    def _edit_requested(self, entry_id: int, text: str) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        entry = self.model.record(row)
        label = self.tr("Edit “%1”").replace("%1", short(entry.text))
        self._run(
            UpdateEntriesCommand(
                self._context,
                self._store,
                label,
                [(entry_id, {"text": entry.text}, {"text": text})],
            )
        )

    def _names_toggled(self, on: bool) -> None:
        self.name_edit.setVisible(on)
        self.personal_label.setVisible(on)
        if not on:
            self.name_edit.setText("")

    def _name_entered(self) -> None:
        if self.mode == "line":
            self.entry.setFocus()
        else:
            self.setFocus()

    def focus_list(self) -> None:
        if not self.model.rowCount():
            return
        self.list_view.setFocus()
        if not self.list_view.selected_rows():
            self.list_view.select_row(self.model.rowCount() - 1)

    def focus_input(self) -> None:
        self.list_view.clearSelection()
        if self.mode == "line":
            self.entry.setFocus()
        else:
            self.setFocus()

    def _typed(self, event: QKeyEvent) -> bool:
        """A key that types a character (Shift for capitals at most), in scale mode."""
        modifiers = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        )
        text = event.text()
        return (
            self.mode == "scale"
            and modifiers == Qt.KeyboardModifier.NoModifier
            and len(text) == 1
            and text.isprintable()
            and bool(text.strip())
        )

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._typed(event)
        ):
            # A rating or the first letter of a comment, not a window's one-key shortcut
            # (B would blank the projector): keyPressEvent takes it.
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.mode == "scale" and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            text = event.text()
            if text.isdigit() and len(text) == 1:
                point = 10 if text == "0" else int(text)
                if point <= self.points:
                    self.add_rating(point)
                    return
            elif text.isprintable() and text.strip():
                # A letter starts the comment on the latest rating.
                self.entry.setFocus()
                self.entry.insert(text)
                return
        super().keyPressEvent(event)

    # -- the undo commands' host (EntryHost) ------------------------------------------
    def _entries_changed(self, last_row: int | None) -> None:
        if last_row is not None:
            self.list_view.scrollTo(self.model.index(last_row))
        self._show_summary()

    def reload(self) -> None:
        entries = self._listed(self._context.library.feedback.list)
        self.model.reset(entries)
        self._show_summary()
        if entries:
            self.list_view.scrollToBottom()

    def summary(self) -> FeedbackSummary:
        return summarise(self.model.records(), self.points)

    def _show_summary(self) -> None:
        summary = self.summary()
        if self.mode == "scale":
            if summary.ratings == 0:
                text = self.tr("No ratings yet")
            else:
                ratings = (
                    self.tr("1 rating")
                    if summary.ratings == 1
                    else self.tr("%1 ratings").replace("%1", str(summary.ratings))
                )
                text = self.tr("%1 · mean %2 of %3").replace("%1", ratings)
                text = text.replace("%2", _mean_text(summary)).replace("%3", str(self.points))
            if self.bars is not None:
                self.bars.set_counts(summary.distribution)
        else:
            text = (
                self.tr("1 statement")
                if summary.count == 1
                else self.tr("%1 statements").replace("%1", str(summary.count))
            )
        self.summary_label.setText(text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            target = self.entry if self.mode == "line" else self
            QTimer.singleShot(0, target.setFocus)


class FeedbackPresenter(QWidget):
    """The projector: large bars of the mood scale, or the latest lines."""

    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("feedback_presenter")
        self._context = context
        self._phase_id = phase.id
        self._theme = theme
        self.mode, self.points = feedback_mode(phase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(max(8, theme.margin_px // 3))
        self.bars: RatingBars | None = None
        self.wall: CardWall | None = None
        self.summary_label = QLabel()
        self.summary_label.setFont(font_px(theme.body_px))
        self.summary_label.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.summary_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if self.mode == "scale":
            layout.addWidget(self.summary_label)
            self.bars = RatingBars(
                self,
                label_px=theme.body_px,
                foreground=theme.foreground,
                muted=theme.muted,
                bar=theme.accent,
            )
            layout.addWidget(self.bars, 1)
        else:
            self.wall = CardWall(theme, self, style="line", max_tile_em=22)
            layout.addWidget(self.wall, 1)
        self._reload_timer = PhaseReloadTimer(context, phase.id, self.reload, self)
        self.reload()

    def pending(self) -> bool:
        return self._reload_timer.isActive()

    def reload(self) -> None:
        try:
            entries = self._context.library.feedback.list(self._phase_id)
        except StoreError:
            return  # the phase went; the projector keeps what it showed
        summary = summarise(entries, self.points)
        if self.bars is not None:
            self.bars.set_counts(summary.distribution)
            if summary.ratings:
                text = self.tr("Ratings: %1 · mean %2").replace("%1", str(summary.ratings))
                self.summary_label.setText(text.replace("%2", _mean_text(summary)))
            else:
                self.summary_label.setText("")
        if self.wall is not None:
            # Names never reach the projector: only what was said.
            self.wall.set_items([WallItem(line) for line in summary.lines], self.tr("+%1 earlier"))

    def summary_text(self) -> str:
        return self.summary_label.text()


register(PhaseKind.FEEDBACK, EntryKindUI(FeedbackWidget, FeedbackPresenter))
