"""Turning criticism into positive statements (Zukunftswerkstatt, between the Kritik- and
the Phantasiephase).

The moderator sees the top criticisms of the dot voting (library.votes.top_items), each
with its dots, and types the positive statement the group finds for it. Committing the
line (Enter, leaving the field, or the button) puts a card into the card collection that
follows (the ``target_phase`` setting, looking ahead), its ``origin`` the criticism's
text and ``origin_cluster_id``/``origin_card_id`` the criticism itself, so the link is
kept (two criticisms of the same wording keep a statement each; a cluster renamed keeps
its statement); typing again changes that card, clearing the line takes it away. Cards
of older data without the ids are matched by their origin text. The statements come
first in that card collection, in the order given. Leaving a line keeps what was typed,
but not when another window or a popup takes the focus (an error message, a menu).

Each change is an undo command calling library.cards; it announces the change for this
phase and the card phase, and whoever shows either reads it again. The projector shows
the pairs 'criticism → vision' large, fitted to the screen: the font shrinks to the
theme's small size, then the pairs that fit are shown and the rest counted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Card, Phase
from werkstatt.gui import dialogs
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.entry_host import EntryKindUI, PhaseReloadTimer, short
from werkstatt.gui.kinds.presenter_fit import (
    best_size,
    changed_key,
    font_sizes,
    rows_that_fit,
    text_height,
)
from werkstatt.gui.kinds.results_command import ResultsCommand
from werkstatt.gui.kinds.text_fit import font_px
from werkstatt.gui.kinds.top_results import dots_text, read_top_items
from werkstatt.messages import describe
from werkstatt.methods.kinds import referenced_phase
from werkstatt.methods.model import PhaseKind
from werkstatt.store.errors import StoreError
from werkstatt.store.votes import TopItem

translate = QCoreApplication.translate


def target_phase_id(context: RunContext, phase_id: int) -> int | None:
    """The card collection the statements go to (``target_phase``), or None."""
    phases = context.library.list_phases(context.workshop_id)
    index = next((i for i, phase in enumerate(phases) if phase.id == phase_id), None)
    if index is None:
        return None
    found = referenced_phase(phases, index, "target_phase")
    return None if found is None else phases[found].id


#: What a statement is the statement of: ("cluster", id), ("card", id) or, for cards
#: of older data without ids, ("text", the criticism's wording).
CriticismKey = tuple[str, int | str]


def item_key(item: TopItem) -> CriticismKey:
    if item.cluster_id is not None:
        return ("cluster", item.cluster_id)
    if item.card_id is not None:
        return ("card", item.card_id)
    return ("text", item.label)


def card_key(card: Card) -> CriticismKey | None:
    """The criticism a card was turned from; None for a card written as it is."""
    if card.origin_cluster_id is not None:
        return ("cluster", card.origin_cluster_id)
    if card.origin_card_id is not None:
        return ("card", card.origin_card_id)
    if card.origin:
        return ("text", card.origin)
    return None


def statements(context: RunContext, target_id: int | None) -> dict[CriticismKey, Card]:
    """The target phase's cards turned from a criticism, by that criticism."""
    if target_id is None:
        return {}
    found: dict[CriticismKey, Card] = {}
    for card in context.library.cards.list(target_id):
        key = card_key(card)
        if key is not None:
            found.setdefault(key, card)
    return found


def statement_of(cards: dict[CriticismKey, Card], item: TopItem) -> Card | None:
    """The statement of a top criticism: by its cluster or card; by its wording only
    for a card of older data that has neither."""
    return cards.get(item_key(item)) or cards.get(("text", item.label))


class StatementCommand(ResultsCommand):
    """Add, change or remove the positive statement of one criticism: the card with that
    origin in the target phase. Applied before the push, like the entry commands."""

    def __init__(
        self,
        context: RunContext,
        phase_id: int,
        target_id: int,
        item: TopItem,
        old: Card | None,
        new_text: str,
    ) -> None:
        origin = item.label
        if old is None:
            text = translate("Reformulate", "Turn “%1” positive")
        elif new_text:
            text = translate("Reformulate", "Change the statement for “%1”")
        else:
            text = translate("Reformulate", "Remove the statement for “%1”")
        super().__init__(context, text.replace("%1", short(origin)))
        self._phase_id = phase_id
        self._target_id = target_id
        self._origin = origin
        self._origin_cluster_id = item.cluster_id
        self._origin_card_id = item.card_id
        self._card_id = None if old is None else old.id
        self._old_text = "" if old is None else old.text
        self._new_text = new_text

    def _write(self, before: str, after: str) -> None:
        cards = self._context.library.cards
        if not before:
            if self._card_id is None:
                # The statements come first, after those already turned.
                index = sum(
                    1 for card in cards.list(self._target_id) if card_key(card) is not None
                )
                self._card_id = cards.add(
                    self._target_id,
                    after,
                    origin=self._origin,
                    origin_cluster_id=self._origin_cluster_id,
                    origin_card_id=self._origin_card_id,
                    index=index,
                ).id
            else:
                # Redo brings back the very card (same id, same place).
                cards.restore(self._card_id)
                cards.update(self._card_id, text=after)
        elif not after:
            assert self._card_id is not None
            cards.delete(self._card_id)
        else:
            assert self._card_id is not None
            cards.update(self._card_id, text=after)

    def forward(self) -> None:
        self._write(self._old_text, self._new_text)

    def backward(self) -> None:
        self._write(self._new_text, self._old_text)

    def announce(self, change: object | None) -> None:
        self._context.records_changed(self._target_id, None)
        self._context.records_changed(self._phase_id, None)


class StatementEdit(QLineEdit):
    """A statement's line: ``left`` when the moderator leaves it (Tab, a click
    elsewhere), not when another window or a popup takes the focus for a while."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (
            Qt.FocusReason.ActiveWindowFocusReason,
            Qt.FocusReason.PopupFocusReason,
        ):
            self.left.emit()


class ReformulateWidget(QWidget):
    """The moderator's working area: a line per top criticism."""

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reformulate_widget")
        self._context = context
        self._phase = phase
        self.items: tuple[TopItem, ...] = ()
        self.edits: list[StatementEdit] = []
        self.target_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        question = QLabel(
            phase.question
            or self.tr("Turn each criticism into a positive statement: how should it be instead?"),
            self,
        )
        question.setWordWrap(True)
        question_font = question.font()
        question_font.setPointSizeF(question_font.pointSizeF() * 1.2)
        question.setFont(question_font)
        layout.addWidget(question)
        self.notice = QLabel(self)
        self.notice.setObjectName("reformulate_notice")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self._rows_host = QWidget(self)
        self._grid = QGridLayout(self._rows_host)
        self._grid.setColumnStretch(0, 2)
        self._grid.setColumnStretch(2, 3)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._rows_host)
        layout.addWidget(scroll, 1)
        hint = QLabel(
            self.tr("Enter takes the statement over and goes to the next · Ctrl+Z undoes"), self
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(hint)
        context.recordsChanged.connect(self._records_changed)
        self.reload()

    def reload(self) -> None:
        try:
            self.target_id = target_phase_id(self._context, self._phase.id)
            cards = statements(self._context, self.target_id)
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            return
        items = read_top_items(self._context, self._phase.id)
        if items != self.items:
            self.items = items
            self._build_rows()
        for item, edit in zip(self.items, self.edits, strict=True):
            card = statement_of(cards, item)
            text = "" if card is None else card.text
            # A line being typed in keeps what was typed; any other shows the store
            # (an undo must not leave a stale line that leaving the field would commit).
            if not edit.isModified():
                edit.setText(text)
            edit.setEnabled(self.target_id is not None)
        if not self.items:
            self.notice.setText(
                self.tr(
                    "The dot voting has no dots yet. Count the dots first; the top "
                    "criticisms then appear here."
                )
            )
        elif self.target_id is None:
            self.notice.setText(
                self.tr(
                    "No card collection follows this phase: add one to the plan (the "
                    "Phantasiephase) to take the statements to."
                )
            )
        else:
            self.notice.setText("")
        self.notice.setVisible(bool(self.notice.text()))

    def _build_rows(self) -> None:
        while self._grid.count():
            taken = self._grid.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.edits = []
        for row, item in enumerate(self.items):
            criticism = QLabel(self._rows_host)
            dots = dots_text(item)
            criticism.setText(f"{item.label} ({dots})" if dots else item.label)
            criticism.setWordWrap(True)
            criticism.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(criticism, row, 0)
            self._grid.addWidget(QLabel("→", self._rows_host), row, 1)
            edit = StatementEdit(self._rows_host)
            edit.setObjectName(f"statement_{row}")
            edit.setPlaceholderText(self.tr("Positive statement"))
            edit.setMaxLength(500)
            edit.returnPressed.connect(lambda r=row: self._commit(r, advance=True))
            edit.left.connect(lambda r=row: self._commit_typed(r))
            self._grid.addWidget(edit, row, 2)
            button = QPushButton(self.tr("Apply"), self._rows_host)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, r=row: self._commit(r, advance=False))
            self._grid.addWidget(button, row, 3)
            self.edits.append(edit)
        self._grid.setRowStretch(len(self.items), 1)
        if self.edits:
            self.setFocusProxy(self.edits[0])

    def _commit_typed(self, row: int) -> None:
        """Leaving a field takes over what was typed there, nothing else; not while a
        message of the last attempt is open (its answer comes first)."""
        if QApplication.activeModalWidget() is not None:
            return
        if row < len(self.edits) and self.edits[row].isModified():
            self._commit(row, advance=False)

    def _commit(self, row: int, *, advance: bool) -> None:
        if self.target_id is None or row >= len(self.items):
            return
        item = self.items[row]
        text = " ".join(self.edits[row].text().split())
        try:
            old = statement_of(statements(self._context, self.target_id), item)
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            return
        if text != ("" if old is None else old.text):
            command = StatementCommand(
                self._context, self._phase.id, self.target_id, item, old, text
            )
            try:
                command.apply()
            except StoreError as exc:
                dialogs.show_error(self, describe(exc))
                self.reload()
                return
            self._context.undo_stack.push(command)
        if row < len(self.edits):
            self.edits[row].setModified(False)
        if advance and row + 1 < len(self.edits):
            self.edits[row + 1].setFocus()

    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id in (self._phase.id, self.target_id):
            self.reload()


class ReformulatePresenter(QWidget):
    """The projector: each criticism and the statement it became, large; fitted to the
    screen, never scrolled."""

    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reformulate_presenter")
        self._context = context
        self._phase = phase
        self._theme = theme
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(theme.margin_px // 2)
        self.pairs: list[tuple[str, str]] = []
        self._keys: list[CriticismKey] = []
        self._keep: CriticismKey | None = None  # the pair changed last: kept in view
        #: the statements' size now; the pairs shown (indexes into ``pairs``)
        self.font_px = theme.body_px
        self.shown: range = range(0)
        self.more_label: QLabel | None = None
        self._reload_timer = PhaseReloadTimer(context, phase.id, self.reload, self)
        self.reload()

    def pending(self) -> bool:
        return self._reload_timer.isActive()

    def _label(self, text: str, px: int, colour: str, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setFont(font_px(px, bold=bold))
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    @staticmethod
    def _statement_text(statement: str) -> str:
        return f"→ {statement}" if statement else "→ …"

    def reload(self) -> None:
        try:
            cards = statements(self._context, target_phase_id(self._context, self._phase.id))
        except StoreError:
            return
        items = read_top_items(self._context, self._phase.id)
        pairs = []
        for item in items:
            card = statement_of(cards, item)
            pairs.append((item.label, "" if card is None else card.text))
        keys = [item_key(item) for item in items]
        changed = changed_key(
            list(zip(self._keys, self.pairs, strict=True)), list(zip(keys, pairs, strict=True))
        )
        if changed is not None and self.pairs:
            self._keep = changed  # type: ignore[assignment]
        self.pairs, self._keys = pairs, keys
        self._layout_pairs()

    def _heights(self, px: int) -> list[int]:
        """Each pair's height with its statement at ``px``."""
        theme, width = self._theme, self.width()
        small = font_px(min(px, theme.small_px))
        spacing = self._layout.spacing()
        return [
            text_height(criticism, small, width)
            + text_height(self._statement_text(statement), font_px(px, bold=True), width)
            + 2 * spacing
            for criticism, statement in self.pairs
        ]

    def _layout_pairs(self) -> None:
        while self._layout.count():
            taken = self._layout.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.more_label = None
        theme = self._theme
        if not self.pairs:
            self._layout.addWidget(
                self._label(
                    self.tr("The top criticisms appear here once the dots are counted."),
                    theme.body_px,
                    theme.muted,
                )
            )
            self._layout.addStretch(1)
            return
        px, shown = theme.body_px, range(len(self.pairs))
        if self.width() > 0 and self.height() > 0:
            room = self.height()
            px, all_fit = best_size(
                font_sizes(theme.body_px, theme.small_px),
                lambda size: sum(self._heights(size)) <= room,
            )
            if not all_fit:
                more = text_height("+", font_px(theme.small_px), self.width())
                keep = self._keys.index(self._keep) if self._keep in self._keys else None
                shown = rows_that_fit(self._heights(px), room - more, keep)
        self.font_px, self.shown = px, shown
        for number in shown:
            criticism, statement = self.pairs[number]
            self._layout.addWidget(self._label(criticism, min(px, theme.small_px), theme.muted))
            self._layout.addWidget(
                self._label(
                    self._statement_text(statement),
                    px,
                    theme.accent if statement else theme.muted,
                    bold=bool(statement),
                )
            )
        if len(shown) < len(self.pairs):
            self.more_label = self._label(
                self.tr("+ %n more criticism(s)", "", len(self.pairs) - len(shown)),
                theme.small_px,
                theme.muted,
            )
            self.more_label.setObjectName("more_label")
            self._layout.addWidget(self.more_label)
        self._layout.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_pairs()


register(PhaseKind.REFORMULATE, EntryKindUI(ReformulateWidget, ReformulatePresenter))
