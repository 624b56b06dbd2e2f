"""The moderator's working area of an agenda wall phase: the marketplace beside the wall,
the conflicts listed below it, and 'place the rest'.

Every change is one core.agenda Edit pushed as an undo command (commands.py); the store
applies it at once, and the panel draws marketplace, wall and conflicts again from the
store whenever a command announces the phase (RunContext.recordsChanged).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core import agenda
from werkstatt.core.agenda import AgendaError, AgendaWall, Cell, Edit, Proposal, Slot, Space
from werkstatt.core.records import Phase
from werkstatt.gui import dialogs
from werkstatt.gui.flow_layout import FlowLayout
from werkstatt.gui.kinds.agenda import printing, texts
from werkstatt.gui.kinds.agenda.commands import WallCommand
from werkstatt.gui.kinds.agenda.marketplace import EXPECTED_MAX, Marketplace
from werkstatt.gui.kinds.agenda.wall_view import WallView
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.board.panel import OneLineHint
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

_DEFAULT_SLOT_MINUTES = 60
#: the marketplace's share of the width at first; the wall gets the rest
_MARKETPLACE_SHARE = 0.38
#: lines of the conflicts list (it scrolls; hidden while there are none)
_CONFLICT_LINES = 3


class AgendaWidget(QWidget):
    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_panel")
        self._context = context
        self._phase_id = phase.id
        self.wall = AgendaWall()
        self.marketplace = Marketplace(self)
        self.list_heading = QLabel(self)
        self.list_heading.setObjectName("marketplace_heading")
        self.view = WallView(self)
        self.view.placeholder = self.tr(
            "This wall has no time slots or spaces yet. Add them with the buttons above."
        )
        self.place_rest = QPushButton(self.tr("Place the rest"), self)
        self.place_rest.setObjectName("place_rest")
        self.place_rest.setToolTip(
            self.tr(
                "Puts every proposal from the list into a free cell where it causes no conflict."
            )
        )
        self.add_slot_button = QPushButton(self.tr("Add time slot"), self)
        self.add_space_button = QPushButton(self.tr("Add space"), self)
        self.print_agenda_button = QPushButton(self.tr("Print agenda…"), self)
        self.print_forms_button = QPushButton(self.tr("Report forms…"), self)
        self.print_forms_button.setToolTip(
            self.tr("A blank report form per session, with title, convener, time and space.")
        )
        self._title = phase.title
        self.status = OneLineHint(self)
        self.status.setObjectName("agenda_status")
        self.status.hide()  # until 'place the rest' has something to say
        self.conflicts = QListWidget(self)
        self.conflicts.setObjectName("agenda_conflicts")
        self.conflicts.setMaximumHeight(
            _CONFLICT_LINES * (self.conflicts.fontMetrics().lineSpacing() + 4)
            + 2 * self.conflicts.frameWidth()
        )
        self.conflicts_heading = QLabel(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_heading)
        left_layout.addWidget(self.marketplace, 1)
        right = QWidget(self)
        # wraps onto a second row where the pane is narrow, rather than cutting the labels
        self.buttons = buttons = FlowLayout(spacing=6)
        for button in (
            self.place_rest,
            self.add_slot_button,
            self.add_space_button,
            self.print_agenda_button,
            self.print_forms_button,
        ):
            buttons.addWidget(button)
        # "No conflicts" needs no line of its own; the list below appears with conflicts
        self.conflicts_heading.setMinimumHeight(self.place_rest.sizeHint().height())
        buttons.addWidget(self.conflicts_heading)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.view, 1)
        right_layout.addWidget(self.conflicts)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("agenda_splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        share = int(_MARKETPLACE_SHARE * 1000)
        splitter.setSizes([share, 1000 - share])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        entry, table = self.marketplace.entry, self.marketplace.table
        entry.entered.connect(self._entered)
        table.edited.connect(self._edited)
        table.deleteRequested.connect(self._delete)
        table.dragStarted.connect(self.view.begin_drag)
        table.dragMoved.connect(self.view.drag_to)
        table.dragFinished.connect(self._table_drag_finished)
        table.selectedProposal.connect(self._table_selected)
        self.view.placeRequested.connect(self._place)
        self.view.unplaceRequested.connect(self._unplace)
        self.view.mergeRequested.connect(self._merge)
        self.view.droppedOutside.connect(self._dropped_outside)
        self.view.headerMenuRequested.connect(self._header_menu)
        self.place_rest.clicked.connect(self.place_the_rest)
        self.add_slot_button.clicked.connect(self.add_slot)
        self.add_space_button.clicked.connect(self.add_space)
        self.print_agenda_button.clicked.connect(
            lambda: printing.print_agenda(self, self.wall, self._title)
        )
        self.print_forms_button.clicked.connect(
            lambda: printing.print_report_forms(self, self.wall, self._title)
        )
        context.recordsChanged.connect(self._records_changed)
        try:
            self.wall = context.library.agenda.ensure_wall(self._phase_id)
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
        self._show()

    # --- reading the store ---------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.wall = self._context.library.agenda.wall(self._phase_id)
        except StoreError:
            return  # the phase went
        self._show()

    def _records_changed(self, phase_id: int, change: object) -> None:
        if phase_id != self._phase_id:
            return
        if isinstance(change, AgendaWall):
            self.wall = change  # what the store just wrote: no need to read it again
            self._show()
        else:
            self.reload()

    def _show(self) -> None:
        wall = self.wall
        self.marketplace.table.show_wall(wall)
        self.view.show_wall(wall)
        self.list_heading.setText(
            self.tr("Marketplace: %n proposal(s) not on the wall", "", len(wall.unplaced))
        )
        index = agenda.conflict_index(wall)
        self.conflicts.clear()
        self.conflicts.addItems([texts.conflict_line(c, wall) for c in index.all])
        self.conflicts.setVisible(bool(index.all))
        self.conflicts_heading.setText(
            self.tr("%n conflict(s)", "", len(index.all)) if index.all else self.tr("No conflicts")
        )
        self.place_rest.setEnabled(bool(wall.unplaced))
        self.print_forms_button.setEnabled(bool(wall.placement))

    # --- changing it -------------------------------------------------------------------
    def _push(self, text: str, make: Callable[[AgendaWall], Edit]) -> bool:
        """Build the edit on the wall as it is now, apply it, put it on the undo stack."""
        try:
            edit = make(self.wall)
            if edit.is_empty:
                return False
            command = WallCommand(self._context, self._phase_id, text, edit)
            command.apply()
        except (AgendaError, StoreError) as exc:
            dialogs.show_error(self, describe(exc))
            self.reload()
            return False
        self._context.undo_stack.push(command)
        return True

    def _entered(self, title: str, convener: str, expected: str, needs: str) -> None:
        try:
            proposal = Proposal(
                self._context.library.agenda.new_proposal_id(),
                title,
                convener=convener,
                expected=int(expected) if expected else None,
                needs=agenda.parse_tags(needs),
            )
        except (AgendaError, ValueError, StoreError) as exc:
            dialogs.show_error(self, describe(exc))
            return
        if self._push(
            self.tr("Proposal “%1” added").replace("%1", proposal.title),
            lambda wall: agenda.add_proposal(wall, proposal),
        ):
            self.marketplace.entry.clear_for_next()

    def _edited(self, proposal_id: int, field: str, text: str) -> None:
        value: object = text
        if field == "expected":
            digits = text.strip()
            if digits and (not digits.isdecimal() or not 1 <= int(digits) <= EXPECTED_MAX):
                self.reload()
                return
            value = int(digits) if digits else None
        elif field == "needs":
            value = agenda.parse_tags(text)
        elif field == "title" and not text.strip():
            self.reload()  # a title cannot be emptied: the old one comes back
            return
        self._push(
            self.tr("Proposal changed"),
            lambda wall: agenda.update_proposal(wall, proposal_id, **{field: value}),
        )

    def _delete(self, proposal_id: int) -> None:
        title = self.wall.proposal(proposal_id).title
        self._push(
            self.tr("Proposal “%1” withdrawn").replace("%1", title),
            lambda wall: agenda.remove_proposal(wall, proposal_id),
        )

    def _table_selected(self, proposal_id: object) -> None:
        if isinstance(proposal_id, int):
            self.view.select(proposal_id)

    def _table_drag_finished(self, position: QPoint, modifiers: object) -> None:
        mods = modifiers if isinstance(modifiers, Qt.KeyboardModifier) else Qt.KeyboardModifier(0)
        self.view.finish_drag(position, mods)

    def _dropped_outside(self, proposal_id: int, position: QPoint) -> None:
        table = self.marketplace.table
        if table.viewport().rect().contains(table.viewport().mapFromGlobal(position)):
            self._unplace(proposal_id)

    def _place(self, proposal_id: int, cell: object, swap: bool) -> None:
        assert isinstance(cell, Cell)
        wall = self.wall
        title = wall.proposal(proposal_id).title
        others = [pid for pid in wall.sessions_at(*cell) if pid != proposal_id]
        if others and wall.placement.get(proposal_id) != cell:
            other = others[0]
            choice = "swap" if swap else self._ask_occupied(proposal_id, other)
            if choice is None:
                return
            if choice == "merge":
                self._merge(other, proposal_id, confirmed=True)
                return
            if choice == "swap":
                self._push(
                    self.tr("“%1” swapped with “%2”")
                    .replace("%1", title)
                    .replace("%2", wall.proposal(other).title),
                    lambda w: agenda.swap(w, proposal_id, other),
                )
                return
        where = self._cell_name(cell)
        self._push(
            self.tr("“%1” placed in %2").replace("%1", title).replace("%2", where),
            lambda w: agenda.place(w, proposal_id, cell.slot_id, cell.space_id),
        )

    def _ask_occupied(self, proposal_id: int, other: int) -> str | None:
        wall = self.wall
        merged = wall.proposal(other).title + agenda.TITLE_JOIN + wall.proposal(proposal_id).title
        text = (
            self.tr("“%1” already hangs there. Merged, the session would be called “%2”.")
            .replace("%1", wall.proposal(other).title)
            .replace("%2", merged)
        )
        return dialogs.ask_choice(
            self,
            text,
            [
                ("merge", self.tr("Merge into one session")),
                ("swap", self.tr("Swap the two")),
                ("both", self.tr("Place both here")),
            ],
        )

    def _cell_name(self, cell: Cell) -> str:
        slot = self.wall.slot(cell.slot_id)
        return (
            self.tr("%1, %2")
            .replace("%1", self.wall.space(cell.space_id).name)
            .replace("%2", texts.time_range(slot))
        )

    def _unplace(self, proposal_id: int) -> None:
        if proposal_id not in self.wall.placement:
            return
        self._push(
            self.tr("“%1” taken off the wall").replace("%1", self.wall.proposal(proposal_id).title),
            lambda wall: agenda.unplace(wall, proposal_id),
        )

    def _merge(self, keep_id: int, merged_id: int, confirmed: bool = False) -> None:
        wall = self.wall
        keep, merged = wall.proposal(keep_id), wall.proposal(merged_id)
        title = keep.title + agenda.TITLE_JOIN + merged.title
        if not confirmed and not dialogs.confirm(
            self,
            self.tr("Merge “%1” and “%2” into one session called “%3”?")
            .replace("%1", keep.title)
            .replace("%2", merged.title)
            .replace("%3", title),
            self.tr("Merge"),
        ):
            return
        self._push(
            self.tr("“%1” merged").replace("%1", title),
            lambda w: agenda.merge(w, keep_id, merged_id),
        )

    def place_the_rest(self) -> None:
        suggestion = agenda.suggest_placement(self.wall)
        placed = len(suggestion.placed)
        left = len(suggestion.unplaced)
        nowhere = len(suggestion.fits_nowhere)
        if placed:
            self._push(
                self.tr("%n proposal(s) placed", "", placed),
                lambda wall: agenda.suggest_placement(wall).edit,
            )
        sentences = [self.tr("%n proposal(s) placed without a conflict.", "", placed)]
        if left:
            sentences.append(self.tr("%n could not be placed.", "", left))
        if nowhere:
            sentences.append(self.tr("%n fit nowhere without a conflict.", "", nowhere))
        self.status.setText(" ".join(sentences))
        self.status.show()

    # --- slots and spaces -----------------------------------------------------------------
    def add_slot(self) -> None:
        wall = self.wall
        last = wall.slots[-1] if wall.slots else None
        start = agenda.slot_end(last) if last is not None else datetime.time(10, 0)
        minutes = last.minutes if last is not None and not last.is_break else _DEFAULT_SLOT_MINUTES
        order = (last.order + 1) if last is not None else 0
        slot = Slot(self._context.library.agenda.new_slot_id(), start, minutes, order=order)
        self._push(self.tr("Time slot added"), lambda w: agenda.add_slot(w, slot))

    def add_space(self) -> None:
        name = dialogs.ask_text(self, self.tr("Add space"), self.tr("Name of the space:"))
        if name is None:
            return
        order = (self.wall.spaces[-1].order + 1) if self.wall.spaces else 0
        try:
            space = Space(self._context.library.agenda.new_space_id(), name, order=order)
        except AgendaError as exc:
            dialogs.show_error(self, describe(exc))
            return
        self._push(
            self.tr("Space “%1” added").replace("%1", space.name),
            lambda w: agenda.add_space(w, space),
        )

    def _header_menu(self, what: str, item_id: int, position: QPoint) -> None:
        if what == "space":
            self.edit_space(item_id)
        else:
            self.edit_slot(item_id)

    def edit_space(self, space_id: int) -> None:
        space = self.wall.space(space_id)
        choice = dialogs.ask_choice(
            self,
            self.tr("Change the space “%1”:").replace("%1", space.name),
            [
                ("name", self.tr("Rename")),
                ("capacity", self.tr("Seats")),
                ("equipment", self.tr("Equipment")),
                ("remove", self.tr("Remove")),
            ],
        )
        if choice is None:
            return
        text = self.tr("Space “%1” changed").replace("%1", space.name)
        if choice == "remove":
            self._push(
                self.tr("Space “%1” removed").replace("%1", space.name),
                lambda w: agenda.remove_space(w, space_id),
            )
            return
        if choice == "name":
            value = dialogs.ask_text(self, self.tr("Rename space"), self.tr("Name:"), space.name)
            if value is not None:
                self._push(text, lambda w: agenda.update_space(w, space_id, name=value))
        elif choice == "capacity":
            current = "" if space.capacity is None else str(space.capacity)
            value = dialogs.ask_text(
                self, self.tr("Seats"), self.tr("How many people the space holds:"), current
            )
            if value is None:
                return
            if not value.isdecimal() or int(value) < 1:
                dialogs.show_error(self, self.tr("Please enter a whole number of seats."))
                return
            seats = int(value)
            self._push(text, lambda w: agenda.update_space(w, space_id, capacity=seats))
        elif choice == "equipment":
            value = dialogs.ask_text(
                self,
                self.tr("Equipment"),
                self.tr("Equipment, separated by commas (e.g. Beamer, barrierefrei):"),
                texts.tag_list(space.equipment),
            )
            if value is None:
                # Cancel (ask_text cannot tell it from an emptied line): nothing changes.
                # To take all equipment away, remove it from the line and keep one comma.
                return
            tags = agenda.parse_tags(value)
            self._push(text, lambda w: agenda.update_space(w, space_id, equipment=tags))

    def edit_slot(self, slot_id: int) -> None:
        slot = self.wall.slot(slot_id)
        choice = dialogs.ask_choice(
            self,
            self.tr("Change the time slot %1:").replace("%1", texts.time_range(slot)),
            [
                ("label", self.tr("Label")),
                ("start", self.tr("Start time")),
                ("minutes", self.tr("Length")),
                ("break", self.tr("Session slot") if slot.is_break else self.tr("Make a break")),
                ("remove", self.tr("Remove")),
            ],
        )
        if choice is None:
            return
        text = self.tr("Time slot %1 changed").replace("%1", texts.time_range(slot))
        if choice == "remove":
            self._push(
                self.tr("Time slot %1 removed").replace("%1", texts.time_range(slot)),
                lambda w: agenda.remove_slot(w, slot_id),
            )
        elif choice == "break":
            self._push(text, lambda w: agenda.update_slot(w, slot_id, is_break=not slot.is_break))
        elif choice == "label":
            value = dialogs.ask_text(self, self.tr("Label"), self.tr("Label:"), slot.label)
            if value is not None:
                self._push(text, lambda w: agenda.update_slot(w, slot_id, label=value))
        elif choice == "start":
            value = dialogs.ask_text(
                self, self.tr("Start time"), self.tr("Starts at (HH:MM):"), texts.clock(slot.start)
            )
            if value is None:
                return
            try:
                start = datetime.time.fromisoformat(value.strip().zfill(5))
            except ValueError:
                dialogs.show_error(self, self.tr("Please enter a time such as 14:30."))
                return
            self._push(text, lambda w: agenda.update_slot(w, slot_id, start=start))
        elif choice == "minutes":
            value = dialogs.ask_text(
                self, self.tr("Length"), self.tr("Length in minutes:"), str(slot.minutes)
            )
            if value is None:
                return
            if not value.isdecimal() or not 1 <= int(value) <= 24 * 60:
                dialogs.show_error(self, self.tr("Please enter the length in whole minutes."))
                return
            minutes = int(value)
            self._push(text, lambda w: agenda.update_slot(w, slot_id, minutes=minutes))
