"""Card collection (Kartenabfrage): the moderator types the cards, the hall sees them arrive.

Keyboard first: the entry line has the focus when the phase opens; type, Enter, the next
card. Up/Down go to the wall of cards, where F2 (or a double click) edits a card in place,
Del deletes it and Ctrl+1 … Ctrl+5 colour it; Esc goes back to the entry. In the entry,
Ctrl+1 … Ctrl+5 choose the colour of the next cards and F2 edits the newest card. While
typing, a hint names a card on the wall that says much the same.

Every change is an undo command on the run's undo stack whose redo and undo both call
the store (library.cards) and then tell the run context what changed; this widget (if the
phase is still shown) and the projector redraw from that, so Ctrl+Z reaches back into a
phase already left. Half-typed cards wait in the run context for the phase's return.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Card, Phase
from werkstatt.core.similarity import SimilarityIndex
from werkstatt.gui.kinds import register
from werkstatt.gui.kinds.base import PresenterTheme, RunContext
from werkstatt.gui.kinds.card_colours import CARD_COLOURS, card_colour, label_text
from werkstatt.gui.kinds.card_tiles import CardTileView
from werkstatt.gui.kinds.card_wall import CardWall, WallItem
from werkstatt.gui.kinds.entry_commands import (
    AddEntryCommand,
    DeleteEntriesCommand,
    EntryChange,
    UpdateEntriesCommand,
)
from werkstatt.gui.kinds.entry_host import (
    PRESENTER_DELAY_MS,
    EntryHost,
    EntryKindUI,
    PhaseEntries,
    short,
)
from werkstatt.gui.kinds.entry_line import EntryLineEdit
from werkstatt.gui.kinds.entry_model import EntryListModel
from werkstatt.methods.model import PhaseKind
from werkstatt.store.cards import Cards
from werkstatt.store.errors import StoreError

DEFAULT_MAX_CHARS = 80
_TOO_LONG_STYLE = "color: #c0392b; font-weight: bold;"
# The projector holds this many cards beyond what its wall can show, so that deleting a
# few shown cards brings older ones up without reading the store.
_SPARE_CARDS = 32


class CardStore(PhaseEntries[Cards, Card]):
    """library.cards for one phase, in the shape the undo commands speak."""

    def add(self, values: Mapping[str, Any]) -> Card:
        return self._table.add(
            self.phase_id,
            values["text"],
            colour=values.get("colour", ""),
            author=values.get("author", ""),
        )


def _card_tooltip(card: Card) -> str:
    return f"{card.text}\n— {card.author}" if card.author else card.text


class CardsWidget(EntryHost[Card], QWidget):
    """The moderator's working area of a card collection."""

    record_type = Card

    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cards_widget")
        self._context = context
        self._phase = phase
        self._store = CardStore(context.library.cards, phase.id)
        self._max_chars = int(phase.settings.get("max_chars", DEFAULT_MAX_CHARS))
        self._allow_author = bool(phase.settings.get("allow_author", False))
        self._colour = ""
        self._too_long = False
        self._focused_once = False
        self.similar = SimilarityIndex()
        self.model: EntryListModel[Card] = EntryListModel(
            lambda card: card.text, _card_tooltip, self
        )
        self.model.editRequested.connect(self._edit_requested)
        self._build()
        self.reload()
        self._host_entries()

    # -- building ---------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        entry_row = QHBoxLayout()
        self.entry = EntryLineEdit(self._context.undo_stack, self)
        self.entry.setObjectName("card_entry")
        self.entry.setPlaceholderText(self.tr("Type a card and press Enter"))
        self.entry.setAccessibleName(self.tr("New card"))
        self.entry.textChanged.connect(self._typing)
        self.entry.returnPressed.connect(self.add_card)
        self.entry.listRequested.connect(self.focus_wall)
        self.entry.editLastRequested.connect(self.edit_newest)
        big = self.entry.font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        self.entry.setFont(big)
        entry_row.addWidget(self.entry, 1)
        self.chars_label = QLabel()
        self.chars_label.setObjectName("chars_label")
        metrics = self.chars_label.fontMetrics()
        self.chars_label.setMinimumWidth(metrics.horizontalAdvance("000 / 000"))
        self.chars_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.chars_label.setToolTip(
            self.tr(
                "Cards longer than %1 characters are hard to read from the back of the room"
            ).replace("%1", str(self._max_chars))
        )
        entry_row.addWidget(self.chars_label)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_card)
        entry_row.addWidget(self.add_button)
        layout.addLayout(entry_row)

        self.author_edit: QLineEdit | None = None
        if self._allow_author:
            author_row = QHBoxLayout()
            author_label = QLabel(self.tr("&Author:"))
            self.author_edit = QLineEdit(self)
            self.author_edit.setObjectName("author_edit")
            self.author_edit.setPlaceholderText(self.tr("optional"))
            self.author_edit.returnPressed.connect(self.add_card)
            author_label.setBuddy(self.author_edit)
            author_row.addWidget(author_label)
            author_row.addWidget(self.author_edit, 1)
            personal = QLabel(self.tr("Personal data: only with the person's consent"))
            personal.setObjectName("personal_data_label")
            personal.setStyleSheet("color: #9a5b00;")
            author_row.addWidget(personal)
            layout.addLayout(author_row)

        self.similar_label = QLabel()
        self.similar_label.setObjectName("similar_label")
        self.similar_label.setStyleSheet("color: #8a5300;")
        self.similar_label.setTextFormat(Qt.TextFormat.PlainText)
        self.similar_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.similar_label)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Colour:")))
        self.colour_buttons = QButtonGroup(self)
        self.colour_buttons.setExclusive(True)
        for number, colour in enumerate(CARD_COLOURS, start=1):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFixedSize(26, 22)
            button.setStyleSheet(
                f"QToolButton {{ background: {colour.fill}; border: 1px solid #888;"
                " border-radius: 3px; }"
                "QToolButton:checked { border: 3px solid #222; }"
            )
            tip = self.tr("%1 (Ctrl+%2): new cards; the selected cards on the wall")
            button.setToolTip(tip.replace("%1", label_text(colour)).replace("%2", str(number)))
            button.setAccessibleName(label_text(colour))
            self.colour_buttons.addButton(button, number - 1)
            tools.addWidget(button)
        self.colour_buttons.button(0).setChecked(True)
        self.colour_buttons.idClicked.connect(self._colour_clicked)
        tools.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        count_font = self.count_label.font()
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        tools.addWidget(self.count_label)
        layout.addLayout(tools)

        self.wall = CardTileView(self)
        self.wall.setObjectName("card_wall")
        self.wall.setModel(self.model)
        self.wall.setAccessibleName(self.tr("Cards"))
        self.wall.deleteRequested.connect(self.delete_selected)
        self.wall.leaveRequested.connect(self.focus_entry)
        self.wall.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addWidget(self.wall, 1)

        self.hint_label = QLabel(
            self.tr(
                "Enter adds the card · ↑/↓ to the wall: F2 edits, Del deletes, "
                "Ctrl+1…5 colours, Esc back here · Ctrl+Z undoes"
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint_label)

        self._add_actions()
        self.setFocusProxy(self.entry)
        self._typing("")

    def _add_actions(self) -> None:
        edit = QAction(self.tr("Edit card"), self.wall)
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(self.edit_current)
        delete = QAction(self.tr("Delete card"), self.wall)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.wall.addAction(edit)
        self.wall.addAction(delete)
        separator = QAction(self.wall)
        separator.setSeparator(True)
        self.wall.addAction(separator)
        for number, colour in enumerate(CARD_COLOURS, start=1):
            key = QKeySequence(f"Ctrl+{number}")
            action = QAction(label_text(colour), self.wall)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, name=colour.name: self.colour_selected(name))
            self.wall.addAction(action)
            # In the entry lines the same keys choose the colour of the next cards.
            for field in (self.entry, self.author_edit):
                if field is not None:
                    shortcut = QShortcut(key, field)
                    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
                    shortcut.activated.connect(
                        lambda index=number - 1: self.colour_buttons.button(index).click()
                    )

    # -- what the moderator does ------------------------------------------------------
    def add_card(self) -> None:
        text = " ".join(self.entry.text().split())
        if not text:
            return
        values: dict[str, Any] = {"text": text, "colour": self._colour}
        if self.author_edit is not None and self.author_edit.text().strip():
            values["author"] = " ".join(self.author_edit.text().split())
        name = self.tr("Add card “%1”").replace("%1", short(text))
        if self._run(AddEntryCommand(self._context, self._store, name, values)):
            self.entry.clear_for_next()
            if self.author_edit is not None:
                self.author_edit.setText("")

    def delete_selected(self) -> None:
        rows = self.wall.selected_rows()
        if not rows:
            return
        ids = [self.model.record(row).id for row in rows]
        if len(ids) == 1:
            name = self.tr("Delete card “%1”").replace("%1", short(self.model.record(rows[0]).text))
        else:
            name = self.tr("Delete %1 cards").replace("%1", str(len(ids)))
        after = min(rows[0], self.model.rowCount() - len(rows) - 1)
        if self._run(DeleteEntriesCommand(self._context, self._store, name, ids)) and after >= 0:
            self.wall.select_row(after)

    def colour_selected(self, colour: str) -> None:
        """Give the cards selected on the wall ``colour``."""
        rows = self.wall.selected_rows()
        changes = [
            (card.id, {"colour": card.colour}, {"colour": colour})
            for card in (self.model.record(row) for row in rows)
            if card.colour != colour
        ]
        if not changes:
            return
        label = label_text(card_colour(colour))
        if len(changes) == 1:
            name = self.tr("Colour card “%1”: %2")
            name = name.replace("%1", short(self.model.record(rows[0]).text)).replace("%2", label)
        else:
            name = self.tr("Colour %1 cards %2").replace("%1", str(len(changes)))
            name = name.replace("%2", label)
        self._run(UpdateEntriesCommand(self._context, self._store, name, changes))

    def set_entry_colour(self, colour: str) -> None:
        """The colour of the cards typed next."""
        names = [c.name for c in CARD_COLOURS]
        self.colour_buttons.button(names.index(card_colour(colour).name)).setChecked(True)
        self._colour = card_colour(colour).name

    def _colour_clicked(self, index: int) -> None:
        self._colour = CARD_COLOURS[index].name
        # With cards selected on the wall, a click colours them as well.
        if self.wall.hasFocus():
            self.colour_selected(self._colour)

    def _edit_requested(self, card_id: int, text: str) -> None:
        row = self.model.row_of(card_id)
        if row is None:
            return
        card = self.model.record(row)
        name = self.tr("Edit card “%1”").replace("%1", short(card.text))
        change = (card_id, {"text": card.text}, {"text": text})
        self._run(UpdateEntriesCommand(self._context, self._store, name, [change]))

    def edit_current(self) -> None:
        index = self.wall.currentIndex()
        if index.isValid():
            self.wall.edit(index)

    def edit_newest(self) -> None:
        if self.model.rowCount():
            self.wall.setFocus()
            self.wall.select_row(self.model.rowCount() - 1)
            self.wall.edit(self.wall.currentIndex())

    def focus_wall(self) -> None:
        if not self.model.rowCount():
            return
        self.wall.setFocus()
        if not self.wall.selected_rows():
            self.wall.select_row(self.model.rowCount() - 1)

    def focus_entry(self) -> None:
        self.wall.clearSelection()
        self.entry.setFocus()

    def _typing(self, text: str) -> None:
        length = len(text.strip())
        self.chars_label.setText(f"{length} / {self._max_chars}")
        too_long = length > self._max_chars
        if too_long != self._too_long:
            # a style sheet is costly to apply: only when the state changes, not per key
            self._too_long = too_long
            self.chars_label.setStyleSheet(_TOO_LONG_STYLE if too_long else "")
        match = self.similar.most_similar(text) if text.strip() else None
        if match is None:
            self.similar_label.setText("")
        else:
            row = self.model.row_of(match.key)
            number = "" if row is None else f" (#{row + 1})"
            similar = self.tr("Similar: “%1”%2").replace("%1", match.text).replace("%2", number)
            self.similar_label.setText(similar)

    # -- the undo commands' host (EntryHost) ------------------------------------------
    def _record_shown(self, record: Card) -> None:
        self.similar.add(record.id, record.text)

    def _record_hidden(self, record_id: int) -> None:
        self.similar.remove(record_id)

    def _entries_changed(self, last_row: int | None) -> None:
        if last_row is not None:
            self.wall.scrollTo(self.model.index(last_row))
        self._show_count()
        self._typing(self.entry.text())

    def reload(self) -> None:
        """Show the phase's cards as the store has them."""
        cards = self._listed(self._context.library.cards.list)
        self.model.reset(cards)
        self.similar.clear()
        for card in cards:
            self.similar.add(card.id, card.text)
        self._show_count()
        if cards:
            self.wall.scrollToBottom()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            self.tr("1 card") if count == 1 else self.tr("%1 cards").replace("%1", str(count))
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            # after the run view has placed the widget, so that nothing takes it back
            QTimer.singleShot(0, self.entry.setFocus)

    def current_card(self) -> Card | None:
        index: QModelIndex = self.wall.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None


class CardsPresenter(CardWall):
    """The projector's wall: the newest cards of the phase, as many as can be shown.

    A command's change (RunContext.recordsChanged) is applied to the cards held without
    reading the store; whatever it cannot be applied to (a card restored in the middle,
    the shown cards running short after deletions, a change without details) makes the
    wall read the newest cards again: one bounded read, never the whole phase. Either
    way the redraw waits a short while after the last change, so a burst is one redraw.
    """

    def __init__(
        self, context: RunContext, phase: Phase, theme: PresenterTheme, parent: QWidget | None
    ) -> None:
        super().__init__(theme, parent, style="card")
        self.setObjectName("cards_presenter")
        self._context = context
        self._phase_id = phase.id
        self._cards: list[Card] = []  # the newest cards, by position
        self._count = 0  # the phase's live cards
        self._stale = True  # the cards held may be wrong: read them again
        self._change_applied = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(PRESENTER_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        context.recordsChanged.connect(self._records_changed)
        context.resultsChanged.connect(self._results_changed)
        self.reload()

    def _wanted(self) -> int:
        # room for some deletions before the shown cards run short and need a read
        return self.capacity() + _SPARE_CARDS

    def reload(self) -> None:
        """Read the newest cards from the store and show them."""
        try:
            count = self._context.library.cards.count(self._phase_id)
            cards = self._context.library.cards.newest(self._phase_id, self._wanted())
        except StoreError:
            # The phase went (removed in the plan); the projector shows what it had.
            return
        self._cards, self._count, self._stale = cards, count, False
        self._show()

    def refresh(self) -> None:
        """Show the changes since the last redraw; read the store only when they say too
        little."""
        if self._stale:
            self.reload()
        else:
            self._show()

    def _show(self) -> None:
        # Only text and colour: who wrote a card never reaches the projector.
        items = [WallItem(card.text, card.colour) for card in self._cards]
        self.set_items(items, self.tr("Earlier cards: +%1"), total=self._count)

    def _records_changed(self, phase_id: int, change: object) -> None:
        if phase_id != self._phase_id:
            return
        self._change_applied = True
        if self._stale or not isinstance(change, EntryChange):
            self._stale = True
            return
        for record in change.shown:
            # added or restored as the newest card: it goes on the end
            if not isinstance(record, Card) or record.position != self._count:
                self._stale = True
                return
            self._cards.append(record)
            self._count += 1
        for record in change.changed:
            assert isinstance(record, Card)
            self._cards = [record if card.id == record.id else card for card in self._cards]
        hidden = set(change.hidden)
        self._cards = [card for card in self._cards if card.id not in hidden]
        self._count = max(0, self._count - len(hidden))
        if len(self._cards) < min(self._count, self.capacity()):
            self._stale = True  # older cards move up into view: read them
        del self._cards[: -self._wanted()]

    def _results_changed(self, phase_id: int) -> None:
        if phase_id != self._phase_id:
            return
        if not self._change_applied:
            self._stale = True  # a change the wall was not told about: read the phase
        self._change_applied = False
        self._reload_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if len(self._cards) < min(self._count, self.capacity()):
            self.reload()  # a larger wall shows more than was read

    def pending(self) -> bool:
        return self._reload_timer.isActive()


register(PhaseKind.CARDS, EntryKindUI(CardsWidget, CardsPresenter))
