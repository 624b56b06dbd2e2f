"""Reality check (Zukunftswerkstatt, Verwirklichungsphase): before a top idea becomes an
action, the room asks what it needs (resources), who would help (allies) and what stands
in its way (obstacles).

One block per top result of the vote, with the three fields side by side; what is typed
is kept when the field is left (Tab, a click elsewhere; not when another window or a
popup takes the focus, such as an error message) or with Ctrl+Enter, as an undo
command that creates the idea's row in library.reality_checks or changes it. An idea
that is not among the top results is checked with "Another idea" and removed with
Ctrl+Shift+Del. Allies may name people: personal data, marked as such. The projector
shows three columns per idea, never scrolled: the font shrinks to the theme's small
size, then the ideas that fit are shown with a line saying how many more there are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase, RealityCheck
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.entry_commands import (
    AddEntryCommand,
    DeleteEntriesCommand,
    UpdateEntriesCommand,
)
from werkstatt.gui.kinds.entry_host import EntryHost, EntryKindUI, PhaseReloadTimer, short
from werkstatt.gui.kinds.entry_line import EntryLineEdit
from werkstatt.gui.kinds.entry_model import EntryListModel
from werkstatt.gui.kinds.presenter_fit import (
    best_size,
    changed_key,
    font_sizes,
    rows_that_fit,
    text_height,
)
from werkstatt.gui.kinds.row_table import PhaseRows
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.gui.kinds.top_results import dots_text, read_top_items, same_idea
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import StoreError
from werkstatt.store.reality_checks import RealityChecks
from werkstatt.store.votes import TopItem

translate = QCoreApplication.translate

#: The three questions of the check, in the order the room answers them.
FIELDS = ("resources", "allies", "obstacles")


def field_title(field: str) -> str:
    titles = {
        "resources": translate("RealityCheck", "Resources"),
        "allies": translate("RealityCheck", "Allies"),
        "obstacles": translate("RealityCheck", "Obstacles"),
    }
    return titles[field]


def field_hint(field: str) -> str:
    hints = {
        "resources": translate("RealityCheck", "What does it need: money, rooms, time, know-how?"),
        "allies": translate("RealityCheck", "Who would help: groups, offices, people?"),
        "obstacles": translate("RealityCheck", "What stands in the way?"),
    }
    return hints[field]


@dataclass(frozen=True)
class Idea:
    """One idea to check: a top result (``top`` set) or a further idea; ``record`` its
    row once something was written down for it."""

    key: tuple[str, int]
    label: str
    top: TopItem | None
    record: RealityCheck | None


def ideas_to_check(top: Sequence[TopItem], records: Sequence[RealityCheck]) -> list[Idea]:
    """The top results in their order, each with its row if there is one, then the rows
    of the further ideas in their order."""
    left = list(records)
    ideas = []
    for number, item in enumerate(top):
        record = next((r for r in left if same_idea(item, r.source_cluster_id, r.idea)), None)
        if record is not None:
            left.remove(record)
        ideas.append(Idea(("top", number), item.label, item, record))
    ideas.extend(Idea(("row", record.id), record.idea, None, record) for record in left)
    return ideas


def idea_heading(idea: Idea) -> str:
    if idea.top is None:
        return idea.label
    rank = f"{idea.top.rank}. " if idea.top.rank is not None else ""
    dots = dots_text(idea.top)
    return f"{rank}{idea.label} · {dots}" if dots else f"{rank}{idea.label}"


def _add_check(table: RealityChecks, phase_id: int, values: Mapping[str, Any]) -> RealityCheck:
    fields = dict(values)
    return table.add(phase_id, fields.pop("idea"), **fields)


class RealityCheckStore(PhaseRows[RealityChecks, RealityCheck]):
    """library.reality_checks for one phase, in the shape the undo commands speak."""

    def __init__(self, table: RealityChecks, phase_id: int) -> None:
        super().__init__(table, phase_id, lambda pid, values: _add_check(table, pid, values))


class CheckField(QPlainTextEdit):
    """One answer of the check: kept when left, or with Ctrl+Enter."""

    committed = Signal()

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"field_{field}")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(field_hint(field))
        self.setAccessibleName(field_title(field))
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Another window or a popup (an error message of the last save, a menu) takes
        # the focus only for a while: the field is not left, nothing to keep yet.
        if event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self.committed.emit()

    def show_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class IdeaBlock(QFrame):
    """The check of one idea: its heading and the three fields."""

    def __init__(self, idea: Idea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = idea.key
        self.idea = idea
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("idea_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        head.addWidget(self.heading, 1)
        self.remove_button: QPushButton | None = None
        if idea.top is None:
            self.remove_button = QPushButton(self.tr("Remove idea"))
            self.remove_button.setObjectName("remove_idea")
            self.remove_button.setToolTip(
                self.tr("Remove this idea and what was written for it (Ctrl+Shift+Del)")
            )
            # Space is the timer's: the key below (or a click) removes
            self.remove_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            remove = QShortcut(QKeySequence("Ctrl+Shift+Del"), self)
            remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            remove.activated.connect(self.remove_button.click)
            head.addWidget(self.remove_button)
        layout.addLayout(head)
        grid = QGridLayout()
        self.fields: dict[str, CheckField] = {}
        for column, field in enumerate(FIELDS):
            title = field_title(field)
            label = QLabel(f"{title} *" if field == "allies" else title)
            if field == "allies":
                label.setToolTip(self.tr("Personal data: names only with the person's consent"))
            edit = CheckField(field, self)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            self.fields[field] = edit
        layout.addLayout(grid)
        self.show_idea(idea)

    def show_idea(self, idea: Idea) -> None:
        self.idea = idea
        self.heading.setText(idea_heading(idea))
        for field, edit in self.fields.items():
            if not edit.hasFocus():
                edit.show_text("" if idea.record is None else getattr(idea.record, field))


class RealityCheckWidget(EntryHost[RealityCheck], QWidget):
    """The moderator's working area of a reality check."""

    record_type = RealityCheck

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reality_check_widget")
        self._context = context
        self._phase = phase
        self._store = RealityCheckStore(context.library.reality_checks, phase.id)
        self._focused_once = False
        self.top_items: tuple[TopItem, ...] = ()
        self.blocks: list[IdeaBlock] = []
        self.model: EntryListModel[RealityCheck] = EntryListModel(lambda r: r.idea, parent=self)
        self._build()
        self.reload()
        self._host_entries()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(
            self.tr("No top results yet: vote first, or check an idea of your own below.")
        )
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.empty_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.blocks_layout = QVBoxLayout(inner)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        self.blocks_layout.addStretch(1)
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll, 1)

        entry_row = QHBoxLayout()
        self.entry = EntryLineEdit(self._context.undo_stack, self)
        self.entry.setObjectName("idea_entry")
        self.entry.setPlaceholderText(self.tr("Another idea to check: type it and press Enter"))
        self.entry.setAccessibleName(self.tr("Another idea"))
        self.entry.returnPressed.connect(self.add_idea)
        entry_row.addWidget(self.entry, 1)
        add = QPushButton(self.tr("Another idea"))
        add.setObjectName("add_idea_button")
        add.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        add.clicked.connect(self.add_idea)
        entry_row.addWidget(add)
        layout.addLayout(entry_row)
        hint = QLabel(
            self.tr(
                "Tab goes to the next field and keeps what was typed · Ctrl+Enter keeps it "
                "too · Ctrl+Shift+Del removes an idea of your own · * Allies: personal data, "
                "names only with consent · Ctrl+Z undoes"
            )
        )
        hint.setObjectName("keys_hint")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)

    # -- blocks -----------------------------------------------------------------------
    def _sync_blocks(self) -> None:
        ideas = ideas_to_check(self.top_items, self.model.records())
        by_key = {block.key: block for block in self.blocks}
        blocks = []
        for idea in ideas:
            block = by_key.pop(idea.key, None)
            if block is None:
                block = self._new_block(idea)
            else:
                block.show_idea(idea)
            blocks.append(block)
        for gone in by_key.values():
            self.blocks_layout.removeWidget(gone)
            gone.deleteLater()
        for number, block in enumerate(blocks):
            if self.blocks_layout.indexOf(block) != number:
                self.blocks_layout.insertWidget(number, block)
        self.blocks = blocks
        self.empty_label.setVisible(not blocks)

    def _new_block(self, idea: Idea) -> IdeaBlock:
        block = IdeaBlock(idea, self)
        block.setObjectName(f"idea_{idea.key[0]}_{idea.key[1]}")
        for edit in block.fields.values():
            edit.committed.connect(lambda b=block, e=edit: self.keep(b, e))
        if block.remove_button is not None:
            block.remove_button.clicked.connect(lambda _=False, b=block: self.remove(b))
        return block

    def block_of(self, key: tuple[str, int]) -> IdeaBlock | None:
        return next((block for block in self.blocks if block.key == key), None)

    # -- what the moderator does ------------------------------------------------------
    def keep(self, block: IdeaBlock, edit: CheckField) -> None:
        """Write the field's text down, if it changed: as the idea's new row, or into it."""
        text = edit.toPlainText().strip()
        idea, field = block.idea, edit.field
        if idea.record is None:
            if not text:
                return
            values: dict[str, Any] = {"idea": idea.label, field: text}
            if idea.top is not None and idea.top.cluster_id is not None:
                values["source_cluster_id"] = idea.top.cluster_id
            label = self.tr("Check “%1”").replace("%1", short(idea.label))
            self._run(AddEntryCommand(self._context, self._store, label, values))
            return
        old = getattr(idea.record, field)
        if text == old:
            return
        label = self.tr("Check “%1”").replace("%1", short(idea.label))
        self._run(
            UpdateEntriesCommand(
                self._context, self._store, label, [(idea.record.id, {field: old}, {field: text})]
            )
        )

    def add_idea(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        label = self.tr("Check “%1”").replace("%1", short(text))
        command = AddEntryCommand(self._context, self._store, label, {"idea": text})
        if self._run(command):
            self.entry.clear_for_next()
            block = self.block_of(("row", command.entry_id or 0))
            if block is not None:
                self.scroll.ensureWidgetVisible(block)
                block.fields["resources"].setFocus()

    def remove(self, block: IdeaBlock) -> None:
        record = block.idea.record
        if record is None:
            return
        label = self.tr("Remove “%1”").replace("%1", short(record.idea))
        self._run(DeleteEntriesCommand(self._context, self._store, label, [record.id]))

    # -- the undo commands' host (EntryHost) ------------------------------------------
    def reload(self) -> None:
        self.model.reset(self._listed(self._context.library.reality_checks.list))
        self.top_items = read_top_items(self._context, self._phase.id)
        self._sync_blocks()

    def _entries_changed(self, last_row: int | None) -> None:
        self._sync_blocks()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            target = self.blocks[0].fields["resources"] if self.blocks else self.entry
            QTimer.singleShot(0, target, target.setFocus)


class RealityCheckPresenter(QWidget):
    """The projector: each idea with its resources, allies and obstacles in three
    columns, fitted to the screen (never scrolled)."""

    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reality_check_presenter")
        self._context = context
        self._phase_id = phase.id
        self._theme = theme
        self._ideas: list[Idea] = []
        self._keep: tuple[str, int] | None = None  # the idea changed last: kept in view
        self.font_px = theme.small_px
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(
            self.tr("The top ideas appear here with what they need, who helps, what hinders.")
        )
        self.empty_label.setObjectName("empty_hint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setFont(font_px(theme.body_px))
        self.empty_label.setStyleSheet(f"color: {theme.muted}; background: transparent;")
        self.stack.addWidget(self.empty_label)
        self.page = QWidget()
        self.grid = QGridLayout(self.page)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(theme.margin_px // 2)
        self.grid.setVerticalSpacing(theme.margin_px // 3)
        self.stack.addWidget(self.page)
        self.cells: list[list[QLabel]] = []
        self.more_label: QLabel | None = None
        self._reload_timer = PhaseReloadTimer(context, phase.id, self.reload, self)
        self.reload()

    def pending(self) -> bool:
        return self._reload_timer.isActive()

    def _label(self, text: str, px: int, *, bold: bool = False, colour: str = "") -> QLabel:
        label = QLabel(text, self.page)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setFont(font_px(px, bold=bold))
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setStyleSheet(f"color: {colour or self._theme.foreground}; background: transparent;")
        return label

    @staticmethod
    def _texts(idea: Idea) -> list[str]:
        fields = ["" if idea.record is None else getattr(idea.record, f) for f in FIELDS]
        return [idea_heading(idea), *fields]

    def reload(self) -> None:
        try:
            records = self._context.library.reality_checks.list(self._phase_id)
        except StoreError:
            return  # the phase went; the projector keeps what it showed
        ideas = ideas_to_check(read_top_items(self._context, self._phase_id), records)
        changed = changed_key(
            [(i.key, self._texts(i)) for i in self._ideas],
            [(i.key, self._texts(i)) for i in ideas],
        )
        if changed is not None and self._ideas:
            self._keep = changed  # type: ignore[assignment]
        self._ideas = ideas
        self._layout_ideas()

    def _heights(self, px: int) -> tuple[int, list[int]]:
        """The header's and each idea's height at ``px`` in this width."""
        spacing = self.grid.horizontalSpacing()
        width = (self.width() - 3 * spacing) // 4
        bold, plain = font_px(px, bold=True), font_px(px)
        header = max(text_height(self.tr("Idea"), bold, width), 1)
        rows = []
        for idea in self._ideas:
            texts = self._texts(idea)
            tallest = max(
                [text_height(texts[0], bold, width)]
                + [text_height(text, plain, width) for text in texts[1:] if text]
            )
            rows.append(tallest + self.grid.verticalSpacing())
        return header + self.grid.verticalSpacing(), rows

    def _layout_ideas(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.cells = []
        self.more_label = None
        ideas = self._ideas
        if not ideas:
            self.stack.setCurrentWidget(self.empty_label)
            return
        theme = self._theme
        shown = range(len(ideas))
        px = theme.small_px
        if self.width() > 0 and self.height() > 0:
            room = self.height()

            def fits(size: int) -> bool:
                header, rows = self._heights(size)
                return header + sum(rows) <= room

            px, all_fit = best_size(font_sizes(theme.body_px, theme.small_px), fits)
            if not all_fit:
                header, rows = self._heights(px)
                more = text_height("+", font_px(px), self.width()) + self.grid.verticalSpacing()
                keys = [idea.key for idea in ideas]
                keep = keys.index(self._keep) if self._keep in keys else len(ideas) - 1
                shown = rows_that_fit(rows, room - header - more, keep)
        self.font_px = px
        headers = [self.tr("Idea"), *(field_title(field) for field in FIELDS)]
        for column, title in enumerate(headers):
            self.grid.addWidget(self._label(title, px, bold=True, colour=theme.accent), 0, column)
            self.grid.setColumnStretch(column, 1)
        for row, number in enumerate(shown, start=1):
            texts = self._texts(ideas[number])
            cells = [self._label(texts[0], px, bold=True)]
            cells += [self._label(text, px) for text in texts[1:]]
            for column, cell in enumerate(cells):
                self.grid.addWidget(cell, row, column)
            self.cells.append(cells)
        last = len(shown) + 1
        if len(shown) < len(ideas):
            self.more_label = self._label(
                self.tr("+ %n more idea(s)", "", len(ideas) - len(shown)),
                px,
                colour=theme.muted,
            )
            self.more_label.setObjectName("more_label")
            self.grid.addWidget(self.more_label, last, 0, 1, 4)
            last += 1
        self.grid.setRowStretch(last, 1)
        self.stack.setCurrentWidget(self.page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_ideas()


register(PhaseKind.REALITY_CHECK, EntryKindUI(RealityCheckWidget, RealityCheckPresenter))
