"""Action plan (Maßnahmenplan): what is done, who is responsible, by when, the first step.

The moderator fills a table in place: type the action into the line above it and press
Enter (Ins goes there from anywhere in the phase), or take over a top result of the
vote with one click or Ctrl+1…9 (the buttons wrap onto more lines and elide long
labels rather than widen the page); then the responsible person's cell is open for
typing and Tab moves on through the row. Ctrl+Up/Down or dragging reorders, Del
deletes, Backspace empties a cell, Ctrl+Z undoes. Every change is an undo command
calling library.actions (row_table, entry_commands); this widget and the projector
redraw from what the store hands back. Responsible people are personal data: the column
says so. The projector shows the table large, names included: it is the room's own
plan. It is never scrolled: the font shrinks down to the theme's small size, then the
rows that fit are shown (the one changed last among them) with a line saying how many
more there are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Action, ActionStatus, Phase, RealityCheck
from werkstatt.gui.flow_layout import FlowLayout
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.entry_commands import (
    AddEntryCommand,
    DeleteEntriesCommand,
    UpdateEntriesCommand,
)
from werkstatt.gui.kinds.entry_host import EntryHost, EntryKindUI, PhaseReloadTimer, short
from werkstatt.gui.kinds.entry_line import EntryLineEdit
from werkstatt.gui.kinds.presenter_fit import (
    best_size,
    changed_key,
    font_sizes,
    rows_that_fit,
)
from werkstatt.gui.kinds.row_table import (
    Column,
    MoveRowCommand,
    PhaseRows,
    RowDelegate,
    RowTableModel,
    RowTableView,
)
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.gui.kinds.top_results import dots_text, read_top_items, same_idea
from werkstatt.methods.model import PhaseKind
from werkstatt.store.actions import Actions
from werkstatt.store.errors import StoreError
from werkstatt.store.votes import TopItem

translate = QCoreApplication.translate

#: Ctrl+1 … Ctrl+9 take over the top results 1 … 9
TAKE_OVER_KEYS = 9


def take_over_key(number: int) -> QKeySequence:
    """The key that takes over top result ``number`` (0-based)."""
    return QKeySequence(f"Ctrl+{number + 1}")


class ElidedButton(QPushButton):
    """A button whose label is cut with an ellipsis when it gets less room than the
    whole label needs (a flow layout gives it at most a line's width); ``suffix`` (the
    dots) always shows."""

    def __init__(self, label: str, suffix: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.suffix = label, suffix
        self._set_shown(label + suffix)

    def _set_shown(self, text: str) -> None:
        # "&" would underline the next letter as a mnemonic
        if self.text() != text.replace("&", "&&"):
            self.setText(text.replace("&", "&&"))

    def _chrome(self) -> int:
        """What the button needs besides its text (margins, icon)."""
        shown = self.text().replace("&&", "&")
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(shown)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # a few pixels of slack: the pieces measured apart may add up to a pixel more
        full = self.fontMetrics().horizontalAdvance(self.label + self.suffix) + 4
        return QSize(self._chrome() + full, hint.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        least = self._chrome() + metrics.horizontalAdvance(self.suffix)
        least += metrics.averageCharWidth() * 8
        return QSize(least, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        metrics = self.fontMetrics()
        room = self.width() - self._chrome() - metrics.horizontalAdvance(self.suffix)
        label = metrics.elidedText(self.label, Qt.TextElideMode.ElideRight, max(room, 0))
        self._set_shown(label + self.suffix)


def status_choices() -> tuple[tuple[str, str], ...]:
    return (
        (ActionStatus.OPEN.value, translate("ActionPlan", "open")),
        (ActionStatus.STARTED.value, translate("ActionPlan", "started")),
        (ActionStatus.DONE.value, translate("ActionPlan", "done")),
    )


def personal_tooltip() -> str:
    return translate("ActionPlan", "Personal data: names only with the person's consent")


def action_columns() -> tuple[Column, ...]:
    return (
        Column("what", translate("ActionPlan", "Action"), weight=5),
        Column(
            "responsible",
            translate("ActionPlan", "Responsible"),
            personal=True,
            tooltip=personal_tooltip(),
            weight=3,
        ),
        Column("due", translate("ActionPlan", "By when"), weight=3),
        Column("first_step", translate("ActionPlan", "First step"), weight=4),
        Column("resources", translate("ActionPlan", "Resources"), weight=3),
        Column(
            "status",
            translate("ActionPlan", "Status"),
            editor="choice",
            choices=status_choices(),
            weight=2,
        ),
        Column(
            "source",
            translate("ActionPlan", "Source"),
            editor="",
            tooltip=translate("ActionPlan", "The top result the action was taken from"),
            weight=3,
        ),
    )


def _add_action(table: Actions, phase_id: int, values: Mapping[str, Any]) -> Action:
    fields = dict(values)
    return table.add(phase_id, fields.pop("what"), **fields)


class ActionStore(PhaseRows[Actions, Action]):
    """library.actions for one phase, in the shape the undo commands speak."""

    def __init__(self, table: Actions, phase_id: int) -> None:
        super().__init__(table, phase_id, lambda pid, values: _add_action(table, pid, values))


class ActionPlanWidget(EntryHost[Action], QWidget):
    """The moderator's working area of an action plan."""

    record_type = Action

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_plan_widget")
        self._context = context
        self._phase = phase
        self._store = ActionStore(context.library.actions, phase.id)
        self._focused_once = False
        self.top_items: tuple[TopItem, ...] = ()
        self.top_buttons: list[QPushButton] = []
        self._taken_icon = self.style().standardIcon(
            self.style().StandardPixmap.SP_DialogApplyButton
        )
        self.model: RowTableModel[Action] = RowTableModel(action_columns(), self)
        self.model.editRequested.connect(self._edit_requested)
        self._build()
        self.reload()
        self._host_entries()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # wraps: one long row of buttons would widen the whole run page
        self.top_row = FlowLayout(spacing=6)
        top_label = QLabel(self.tr("Take over a top result (Ctrl+1…9):"))
        top_label.setToolTip(
            self.tr(
                "One click adds the result as a new action, with the resources its reality "
                "check found"
            )
        )
        self.top_row.addWidget(top_label)
        self.top_hint = QLabel(self.tr("No top results: vote first, or type the actions below."))
        self.top_hint.setObjectName("top_hint")
        self.top_hint.setWordWrap(True)
        self.top_hint.setStyleSheet("color: palette(placeholder-text);")
        self.top_row.addWidget(self.top_hint)
        layout.addLayout(self.top_row)

        entry_row = QHBoxLayout()
        self.entry = EntryLineEdit(self._context.undo_stack, self)
        self.entry.setObjectName("action_entry")
        self.entry.setPlaceholderText(self.tr("New action: what is to be done? Enter adds it"))
        self.entry.setAccessibleName(self.tr("New action"))
        self.entry.returnPressed.connect(self.add_typed)
        self.entry.listRequested.connect(self.focus_table)
        big = self.entry.font()
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.entry.setFont(big)
        entry_row.addWidget(self.entry, 1)
        self.add_button = QPushButton(self.tr("New action (Ins)"))
        self.add_button.setObjectName("new_action_button")
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.new_action)
        entry_row.addWidget(self.add_button)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        entry_row.addWidget(self.count_label)
        layout.addLayout(entry_row)

        self.table = RowTableView(self)
        self.table.setObjectName("action_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(RowDelegate(self.model.columns, self.table))
        self.table.set_column_weights([column.weight for column in self.model.columns])
        self.table.setAccessibleName(self.tr("Action plan"))
        self.table.deleteRequested.connect(self.delete_selected)
        self.table.leaveRequested.connect(self.focus_entry)
        self.table.moveRequested.connect(self.move_row)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)

        self.personal_label = QLabel(
            self.tr("* Responsible: personal data, names only with the person's consent")
        )
        self.personal_label.setObjectName("personal_data_label")
        self.personal_label.setStyleSheet("color: #9a5b00;")
        layout.addWidget(self.personal_label)
        hint = QLabel(
            self.tr(
                "Type or F2 edits a cell: Enter keeps it, Shift+Enter breaks the line, Tab "
                "goes on · Ctrl+1…9 takes over a top result · Ctrl+↑/↓ or dragging moves "
                "the row · Del deletes · Ctrl+Z undoes"
            )
        )
        hint.setObjectName("keys_hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

        new = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.new_action)
        for number in range(TAKE_OVER_KEYS):
            take = QShortcut(take_over_key(number), self)
            take.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            take.activated.connect(lambda n=number: self.take_over_number(n))
        self.setFocusProxy(self.entry)

    def _show_top_items(self) -> None:
        for button in self.top_buttons:
            self.top_row.removeWidget(button)
            button.deleteLater()
        self.top_buttons = []
        for number, item in enumerate(self.top_items):
            dots = dots_text(item)
            button = ElidedButton(item.label, f" · {dots}" if dots else "", self)
            button.setObjectName(f"top_item_{number}")
            if number < TAKE_OVER_KEYS:
                key = take_over_key(number).toString(QKeySequence.SequenceFormat.NativeText)
                button.setToolTip(
                    self.tr("%1\nTake it over as a new action (%2)")
                    .replace("%1", item.label)
                    .replace("%2", key)
                )
            else:
                button.setToolTip(item.label)
            # Space is the timer's: the buttons take the keyboard only by Tab
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, chosen=item: self.take_over(chosen))
            self.top_row.addWidget(button)
            self.top_buttons.append(button)
        self.top_hint.setVisible(not self.top_items)
        self._mark_taken()

    def _mark_taken(self) -> None:
        """A top result already in the plan is ticked (it can be taken again)."""
        records = self.model.records()
        for item, button in zip(self.top_items, self.top_buttons, strict=True):
            taken = any(same_idea(item, a.source_cluster_id, a.source) for a in records)
            font = button.font()
            font.setItalic(taken)
            button.setFont(font)
            button.setProperty("taken", taken)
            button.setIcon(self._taken_icon if taken else QIcon())
            button.refit()

    # -- what the moderator does ------------------------------------------------------
    def new_action(self) -> None:
        """Ins (Ctrl+N makes a new workshop): the new action's first cell is the line
        above the table."""
        self.table.clearSelection()
        self.entry.setFocus()
        self.entry.selectAll()

    def add_typed(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        if self._add({"what": text}):
            self.entry.clear_for_next()

    def take_over_number(self, number: int) -> None:
        """Ctrl+1…9: take over the top result of that number, if there is one."""
        if number < len(self.top_items):
            self.take_over(self.top_items[number])

    def take_over(self, item: TopItem) -> None:
        values: dict[str, Any] = {"what": item.label, "source": item.label}
        if item.cluster_id is not None:
            values["source_cluster_id"] = item.cluster_id
        checked = self._reality_check_of(item)
        if checked is not None and checked.resources:
            values["resources"] = checked.resources
        self._add(values)

    def _reality_check_of(self, item: TopItem) -> RealityCheck | None:
        """The workshop's reality check of the same idea, if one was made: what it found
        the idea needs goes into the action's resources."""
        library = self._context.library
        try:
            for phase in library.list_phases(self._context.workshop_id):
                if phase.kind != PhaseKind.REALITY_CHECK:
                    continue
                for row in library.reality_checks.list(phase.id):
                    if same_idea(item, row.source_cluster_id, row.idea):
                        return row
        except StoreError:
            return None  # a convenience only: the action is taken over without it
        return None

    def _add(self, values: Mapping[str, Any]) -> bool:
        label = self.tr("Add action “%1”").replace("%1", short(str(values["what"])))
        command = AddEntryCommand(self._context, self._store, label, values)
        if not self._run(command):
            return False
        row = self.model.row_of(command.entry_id) if command.entry_id is not None else None
        if row is not None:
            self.edit_cell(row, "responsible")
        return True

    def edit_cell(self, row: int, field: str) -> None:
        column = self.model.column_of(field)
        self.table.setFocus()
        self.table.select_cell(row, column)
        self.table.edit(self.model.index(row, column))

    def _edit_requested(self, action_id: int, field: str, value: object) -> None:
        row = self.model.row_of(action_id)
        if row is None:
            return
        action = self.model.record(row)
        old = getattr(action, field)
        label = self.tr("Edit action “%1”").replace("%1", short(action.what))
        command = UpdateEntriesCommand(
            self._context, self._store, label, [(action_id, {field: old}, {field: value})]
        )
        self._run(command)

    def delete_selected(self) -> None:
        rows = self.table.selected_rows()
        if not rows:
            return
        ids = [self.model.record(row).id for row in rows]
        label = (
            self.tr("Delete action “%1”").replace("%1", short(self.model.record(rows[0]).what))
            if len(ids) == 1
            else self.tr("Delete %n action(s)", "", len(ids))
        )
        column = max(0, self.table.currentIndex().column())
        after = min(rows[0], self.model.rowCount() - len(rows) - 1)
        if self._run(DeleteEntriesCommand(self._context, self._store, label, ids)) and after >= 0:
            self.table.select_cell(after, column)

    def move_row(self, row: int, target: int) -> None:
        action = self.model.record(row)
        column = max(0, self.table.currentIndex().column())
        label = self.tr("Move action “%1”").replace("%1", short(action.what))
        command = MoveRowCommand(self._context, self._store, label, action.id, row, target)
        if self._run(command):
            moved = self.model.row_of(action.id)
            if moved is not None:
                self.table.select_cell(moved, column)

    def focus_table(self) -> None:
        if not self.model.rowCount():
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.select_cell(self.model.rowCount() - 1, 0)

    def focus_entry(self) -> None:
        self.table.clearSelection()
        self.entry.setFocus()

    # -- the undo commands' host (EntryHost) ------------------------------------------
    def reload(self) -> None:
        self.model.reset(self._listed(self._context.library.actions.list))
        self.top_items = read_top_items(self._context, self._phase.id)
        self._show_top_items()
        self._show_count()

    def _entries_changed(self, last_row: int | None) -> None:
        if last_row is not None:
            self.table.scrollTo(self.model.index(last_row, 0))
        self._mark_taken()
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n action(s)", "", count))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            QTimer.singleShot(0, self.entry, self.entry.setFocus)


def presenter_table_style(theme: PresenterTheme) -> str:
    return (
        f"QTableView {{ background: {theme.background}; color: {theme.foreground};"
        f" gridline-color: {theme.muted}; border: none; }}"
        f"QHeaderView::section {{ background: {theme.background}; color: {theme.accent};"
        f" border: none; border-bottom: 2px solid {theme.accent}; padding: 4px 8px; }}"
        "QTableView::item { padding: 6px 8px; }"
    )


class ActionPlanPresenter(QWidget):
    """The projector: the plan as a large table, texts wrapped, names shown; fitted to
    the screen, never scrolled."""

    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_plan_presenter")
        self._context = context
        self._phase_id = phase.id
        self._theme = theme
        self._keep_id: int | None = None  # the row changed last: kept in view
        # what the room needs to read; resources and source stay on the moderator's screen
        columns = [c for c in action_columns() if c.field not in ("resources", "source")]
        self.model: RowTableModel[Action] = RowTableModel(
            [Column(c.field, c.title, "", c.choices, weight=c.weight) for c in columns], self
        )
        self.model.read_only = True
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(self.tr("The action plan fills here as the actions are agreed."))
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFont(font_px(theme.body_px))
        self.empty_label.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.stack.addWidget(self.empty_label)
        self.page = QWidget()
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        self.table = RowTableView(self.page)
        self.table.setObjectName("presenter_table")
        self.table.setModel(self.model)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setFont(font_px(theme.small_px))
        self.table.horizontalHeader().setFont(font_px(theme.small_px, bold=True))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setVerticalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
        self.table.setStyleSheet(presenter_table_style(theme))
        self.table.setItemDelegate(RowDelegate(self.model.columns, self.table))
        self.table.set_column_weights([column.weight for column in columns])
        page_layout.addWidget(self.table, 1)
        self.more_label = QLabel(self.page)
        self.more_label.setObjectName("more_label")
        self.more_label.setFont(font_px(theme.small_px))
        self.more_label.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.more_label.hide()
        page_layout.addWidget(self.more_label)
        self.stack.addWidget(self.page)
        self.font_px = theme.small_px
        self._reload_timer = PhaseReloadTimer(context, phase.id, self.reload, self)
        self.reload()

    def pending(self) -> bool:
        return self._reload_timer.isActive()

    def reload(self) -> None:
        try:
            actions = self._context.library.actions.list(self._phase_id)
        except StoreError:
            return  # the phase went; the projector keeps what it showed
        before = [(a.id, a) for a in self.model.records()]
        changed = changed_key(before, [(a.id, a) for a in actions])
        ids = {a.id for a in actions}
        if isinstance(changed, int):
            self._keep_id = changed
        elif self._keep_id not in ids:
            self._keep_id = max(ids, default=None)  # the newest
        self.model.reset(actions)
        self.stack.setCurrentWidget(self.page if actions else self.empty_label)
        self.fit()

    def shown_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if not self.table.isRowHidden(r)]

    def _set_px(self, px: int) -> tuple[int, list[int]]:
        """Use ``px``; the header's height and the rows' heights at it."""
        self.font_px = px
        self.table.setFont(font_px(px))
        header = self.table.horizontalHeader()
        header.setFont(font_px(px, bold=True))
        rows = [self.table.sizeHintForRow(row) for row in range(self.model.rowCount())]
        return header.sizeHint().height(), rows

    def fit(self) -> None:
        """The largest font at which all rows fit; at the smallest, the rows that fit."""
        count = self.model.rowCount()
        for row in range(count):
            self.table.setRowHidden(row, False)
        self.more_label.hide()
        room, width = self.height(), self.width()
        if not count or room <= 0 or width <= 0:
            return
        # the table may not have had its new size yet: its columns as they will be
        self.table.spread_columns(width)

        def fits(px: int) -> bool:
            header, rows = self._set_px(px)
            return header + sum(rows) <= room

        theme = self._theme
        px, all_fit = best_size(font_sizes(theme.body_px, theme.small_px), fits)
        header, rows = self._set_px(px)
        if not all_fit:
            keep = None if self._keep_id is None else self.model.row_of(self._keep_id)
            self.more_label.setText(self.tr("+ %n more action(s)", "", 1))
            left = room - header - self.more_label.sizeHint().height()
            shown = rows_that_fit(rows, left, keep)
            for row in range(count):
                self.table.setRowHidden(row, row not in shown)
            self.more_label.setText(self.tr("+ %n more action(s)", "", count - len(shown)))
            self.more_label.show()
        self.table.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


register(PhaseKind.ACTION_PLAN, EntryKindUI(ActionPlanWidget, ActionPlanPresenter))
