"""The set-up of a World Café and its seating plan, on the moderator's screen.

Left the numbers (participants, optional names, tables with their names and hosts,
rounds, whether hosts stay) and the questions of the phase (read-only: the plan editor
edits them); right the seating plan as a grid (badge × round → table), made in the
background (plan_job), with the count of pairs that meet twice, the re-plan for late
arrivals and no-shows, and the printables. Every change is an undo command (commands.py)
and everything shown is read from the store again after it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import CafeSetup, CafeTable, Phase
from werkstatt.core.seating import (
    SeatingError,
    SeatingPlan,
    SeatingProblem,
    plan_seating,
    replan,
)
from werkstatt.gui import dialogs
from werkstatt.gui.kinds.base import RunContext
from werkstatt.gui.kinds.rounds.commands import SetPlanCommand, UpdateSetupCommand
from werkstatt.gui.kinds.rounds.labels import badge_label, table_label
from werkstatt.gui.kinds.rounds.plan_job import PlanJob, host_badges, in_badges
from werkstatt.gui.kinds.rounds.printing import NEEDS_PLAN, export_printable
from werkstatt.gui.kinds.rounds.questions import PER_TABLE, SAME, question_lines, question_mode
from werkstatt.messages import describe
from werkstatt.store.errors import StoreError

translate = QCoreApplication.translate

NAME_COLUMN, HOST_COLUMN = 0, 1


class NamesEdit(QPlainTextEdit):
    """One name per line; saved when the focus leaves (Tab moves on, as in a form)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.on_leave: Any = None

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.on_leave is not None:
            self.on_leave()


class SetupPanel(QWidget):
    def __init__(self, context: RunContext, phase: Phase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_setup")
        self._context = context
        self._phase = phase
        self.setup: CafeSetup | None = None
        self.job = PlanJob(self)
        self.job.done.connect(self._plan_made)
        self.job.busyChanged.connect(self._show_busy)
        #: the command's text, the set-up the search started from, the re-plan's
        #: participants, and what the search was made for (see _basis)
        self._pending: tuple[str, CafeSetup, int | None, tuple[object, ...]] | None = None
        #: the last printable being written (tests await it)
        self.print_task: asyncio.Task[Path | None] | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        QVBoxLayout(self).addWidget(splitter)
        self.form = self._build_form()
        splitter.addWidget(self.form)
        splitter.addWidget(self._build_plan())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        context.recordsChanged.connect(self._records_changed)
        self.reload()

    # building ------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.participants = self._spin("rounds_participants", 2, 1000)
        self.participants.setToolTip(self.tr("Everyone, hosts included; badges 1 … N."))
        form.addRow(self.tr("&Participants:"), self.participants)
        self.table_count = self._spin("rounds_tables", 1, 60)
        form.addRow(self.tr("&Tables:"), self.table_count)
        self.rounds = self._spin("rounds_rounds", 1, 8)
        form.addRow(self.tr("&Rounds:"), self.rounds)
        self.hosts_stay = QCheckBox(self.tr("Table &hosts stay at their table"), box)
        self.hosts_stay.setObjectName("rounds_hosts_stay")
        self.hosts_stay.toggled.connect(
            lambda on: self._update({"hosts_stay": on}, self.tr("Change whether hosts stay"))
        )
        form.addRow("", self.hosts_stay)
        layout.addLayout(form)

        self.warning = QLabel(box)
        self.warning.setObjectName("rounds_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a04000;")
        layout.addWidget(self.warning)

        names_label = QLabel(
            self.tr("&Names or pseudonyms by badge, one per line (optional, personal data):"),
            box,
        )
        names_label.setWordWrap(True)
        layout.addWidget(names_label)
        self.names = NamesEdit(box)
        self.names.setObjectName("rounds_names")
        self.names.setPlaceholderText(self.tr("Without names the badges 1 … N are used."))
        self.names.on_leave = self._names_left
        names_label.setBuddy(self.names)
        layout.addWidget(self.names, 1)

        tables_label = QLabel(
            self.tr("Table names and hosts (a host from the names list; personal data):"), box
        )
        tables_label.setWordWrap(True)
        layout.addWidget(tables_label)
        self.tables = QTableWidget(0, 2, box)
        self.tables.setObjectName("rounds_table_list")
        self.tables.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Host")])
        self.tables.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tables.setTabKeyNavigation(False)
        self.tables.itemChanged.connect(self._table_item_changed)
        layout.addWidget(self.tables, 1)

        self.questions = QLabel(box)
        self.questions.setObjectName("rounds_questions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.questions)
        return box

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        # Only a finished number (Enter, focus out, arrows) is a change: typing '30'
        # must not set 3 participants on the way.
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value, s=spin: self._spin_changed(s, value))
        return spin

    def _build_plan(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Create seating plan"), box)
        self.make_button.setObjectName("rounds_make_plan")
        self.make_button.clicked.connect(self.make_plan)
        buttons.addWidget(self.make_button)
        self.again_button = QPushButton(self.tr("Roll a&gain"), box)
        self.again_button.setObjectName("rounds_regenerate")
        self.again_button.setToolTip(self.tr("Another plan for the same numbers"))
        self.again_button.clicked.connect(self.regenerate)
        buttons.addWidget(self.again_button)
        self.busy = QProgressBar(box)
        self.busy.setObjectName("rounds_busy")
        self.busy.setRange(0, 0)  # busy: the search does not know how long it takes
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        buttons.addWidget(self.busy)
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.setObjectName("rounds_cancel_plan")
        self.cancel_button.clicked.connect(self.job.cancel)
        self.cancel_button.hide()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.statistics = QLabel(box)
        self.statistics.setObjectName("rounds_statistics")
        self.statistics.setWordWrap(True)
        layout.addWidget(self.statistics)
        self.grid = QTableWidget(0, 0, box)
        self.grid.setObjectName("rounds_plan_grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setTabKeyNavigation(False)
        layout.addWidget(self.grid, 1)

        changes = QGroupBox(self.tr("Arrived late / did not come"), box)
        form = QFormLayout(changes)
        self.replan_round = QSpinBox(changes)
        self.replan_round.setObjectName("rounds_replan_round")
        self.replan_round.setRange(1, 8)
        form.addRow(self.tr("From &round:"), self.replan_round)
        self.absent = QLineEdit(changes)
        self.absent.setObjectName("rounds_absent")
        self.absent.setPlaceholderText(self.tr("e.g. 4, 17, 23"))
        form.addRow(self.tr("&Absent badges:"), self.absent)
        self.late = QLineEdit(changes)
        self.late.setObjectName("rounds_late")
        self.late.setPlaceholderText(self.tr("e.g. 31, 32"))
        form.addRow(self.tr("&Late arrivals (badges):"), self.late)
        self.replan_button = QPushButton(self.tr("Re-&plan the remaining rounds"), changes)
        self.replan_button.setObjectName("rounds_replan")
        self.replan_button.clicked.connect(self.replan)
        form.addRow("", self.replan_button)
        layout.addWidget(changes)

        printables = QGroupBox(self.tr("Printables (PDF, A4)"), box)
        row = QHBoxLayout(printables)
        self.print_names = QCheckBox(self.tr("Print &names"), printables)
        self.print_names.setObjectName("rounds_print_names")
        row.addWidget(self.print_names)
        self.print_buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("route_cards_4", self.tr("Route cards (4 per page)")),
            ("route_cards_8", self.tr("Route cards (8 per page)")),
            ("table_cards", self.tr("Table cards")),
            ("whole_plan", self.tr("Whole plan")),
        ):
            button = QPushButton(text, printables)
            button.setObjectName(f"rounds_print_{key}")
            button.clicked.connect(lambda _=False, k=key: self.print_(k))
            row.addWidget(button)
            self.print_buttons[key] = button
        row.addStretch(1)
        layout.addWidget(printables)
        return box

    # reading -------------------------------------------------------------------------
    def _records_changed(self, phase_id: int, _change: object) -> None:
        if phase_id == self._phase.id:
            self.reload()

    def current_phase(self) -> Phase:
        try:
            phases = self._context.library.list_phases(self._context.workshop_id)
        except StoreError:
            return self._phase
        self._phase = next((p for p in phases if p.id == self._phase.id), self._phase)
        return self._phase

    def reload(self) -> None:
        phase = self.current_phase()
        try:
            setup = self._context.library.cafe.setup(phase.id)
        except StoreError as exc:
            self.warning.setText(describe(exc))
            return
        self.setup = setup
        settings = phase.settings
        for spin, value in (
            (self.participants, setup.participants),
            (self.table_count, len(setup.tables)),
            (self.rounds, int(settings.get("rounds", 3))),
        ):
            if spin.value() != value:
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
        self.hosts_stay.blockSignals(True)
        self.hosts_stay.setChecked(bool(settings.get("hosts_stay", True)))
        self.hosts_stay.blockSignals(False)
        names = "\n".join(setup.names).rstrip("\n")
        if self.names.toPlainText().rstrip("\n") != names:
            self.names.setPlainText(names)
        self._fill_tables(setup)
        self._show_questions(phase)
        self._show_warning(setup, phase)
        self._fill_grid(setup, phase)
        self.replan_round.setMaximum(max(1, int(settings.get("rounds", 3))))

    def _fill_tables(self, setup: CafeSetup) -> None:
        self.tables.blockSignals(True)
        self.tables.setRowCount(len(setup.tables))
        for t, table in enumerate(setup.tables):
            name = QTableWidgetItem(table.name)
            name.setToolTip(self.tr("Empty: the table's number"))
            host = QTableWidgetItem(table.host)
            host.setToolTip(self.tr("Empty: “Host of table n”"))
            self.tables.setItem(t, NAME_COLUMN, name)
            self.tables.setItem(t, HOST_COLUMN, host)
        self.tables.setVerticalHeaderLabels([str(t + 1) for t in range(len(setup.tables))])
        self.tables.blockSignals(False)

    def _show_questions(self, phase: Phase) -> None:
        mode = question_mode(phase)
        if mode == SAME:
            head = self.tr("One question for all rounds:")
        elif mode == PER_TABLE:
            head = self.tr("A question per table:")
        else:
            head = self.tr("A question per round:")
        lines = question_lines(phase)
        body = "\n".join(f"{i + 1}. {line}" for i, line in enumerate(lines)) or self.tr(
            "No question yet: write it in the plan."
        )
        self.questions.setText(f"{head}\n{body}")

    def problem(self, phase: Phase | None = None) -> SeatingProblem:
        """The numbers as a seating problem; raises SeatingError when none can be made."""
        phase = phase or self._phase
        setup = self.setup
        assert setup is not None
        return SeatingProblem(
            participants=setup.participants,
            tables=len(setup.tables),
            rounds=int(phase.settings.get("rounds", 3)),
            hosts=bool(phase.settings.get("hosts_stay", True)),
        )

    def _show_warning(self, setup: CafeSetup, phase: Phase) -> None:
        try:
            problem = self.problem(phase)
        except SeatingError as exc:
            self.warning.setText(describe(exc))
            self.make_button.setEnabled(False)
            return
        self.make_button.setEnabled(True)
        if problem.unusual_table_size:
            sizes = problem.table_sizes
            text = self.tr(
                "%1 to %2 people per table: World Café conversations work best with 4 to 6."
            )
            self.warning.setText(text.replace("%1", str(min(sizes))).replace("%2", str(max(sizes))))
        else:
            self.warning.setText("")

    def _fill_grid(self, setup: CafeSetup, phase: Phase) -> None:
        has_plan = bool(setup.rounds)
        self.again_button.setEnabled(has_plan)
        self.replan_button.setEnabled(has_plan)
        for key, button in self.print_buttons.items():
            # Table cards show the questions without a plan; the rest need one.
            usable = has_plan or key not in NEEDS_PLAN
            button.setEnabled(usable)
            button.setToolTip("" if usable else self.tr("Create the seating plan first."))
        if not has_plan:
            self.grid.clear()
            self.grid.setRowCount(0)
            self.grid.setColumnCount(0)
            self.statistics.setText(
                self.tr("No seating plan yet: “Create seating plan” makes one in a few seconds.")
            )
            return
        plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
        badges = plan.participants
        self.grid.setColumnCount(len(plan.rounds))
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Round %1").replace("%1", str(r + 1)) for r in range(len(plan.rounds))]
        )
        self.grid.setRowCount(len(badges))
        hosts = set(plan.hosts or ())
        labels = []
        for row, badge in enumerate(badges):
            label = badge_label(setup, badge)
            labels.append(f"{label} ★" if badge in hosts else label)
            for r in range(len(plan.rounds)):
                table = plan.table_of(badge, r)
                text = "–" if table is None else table_label(setup, table)
                self.grid.setItem(row, r, QTableWidgetItem(text))
        self.grid.setVerticalHeaderLabels(labels)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        repeated = plan.repeated_pairs
        if repeated == 0:
            text = self.tr("Nobody meets anyone twice.")
        else:
            text = self.tr("%n pair(s) meet more than once.", "", repeated)
        average = self.tr("On average everyone meets %1 other people.").replace(
            "%1", f"{plan.average_new_people():.1f}"
        )
        self.statistics.setText(f"{text} {average}" + (
            " " + self.tr("★ host, stays at the table.") if hosts else ""
        ))

    # set-up changes ------------------------------------------------------------------
    def _spin_changed(self, spin: QSpinBox, value: int) -> None:
        if spin is self.participants:
            self._update({"participants": value}, self.tr("Change the participants to %1")
                         .replace("%1", str(value)), "participants")
        elif spin is self.table_count:
            self._update({"table_count": value}, self.tr("Change the tables to %1")
                         .replace("%1", str(value)), "table_count")
        elif spin is self.rounds:
            self._update({"rounds": value}, self.tr("Change the rounds to %1")
                         .replace("%1", str(value)), "rounds")

    def _names_left(self) -> None:
        setup = self.setup
        if setup is None:
            return
        names = tuple(line.strip() for line in self.names.toPlainText().split("\n"))
        while names and not names[-1]:
            names = names[:-1]
        if names != setup.names:
            self._update({"names": names}, self.tr("Change the names"))

    def _table_item_changed(self, _item: QTableWidgetItem) -> None:
        setup = self.setup
        if setup is None:
            return
        tables = []
        for t in range(self.tables.rowCount()):
            name = self.tables.item(t, NAME_COLUMN)
            host = self.tables.item(t, HOST_COLUMN)
            tables.append(
                CafeTable(
                    name.text().strip() if name is not None else "",
                    host.text().strip() if host is not None else "",
                )
            )
        if tuple(tables) != setup.tables:
            self._update({"tables": tuple(tables)}, self.tr("Change the tables’ names and hosts"))

    def _update(self, new: Mapping[str, Any], text: str, merge_key: str | None = None) -> None:
        setup = self.setup
        if setup is None:
            return
        phase = self.current_phase()
        old: dict[str, Any] = {}
        for key in new:
            if key == "participants":
                old[key] = setup.participants
            elif key == "names":
                old[key] = setup.names
            elif key == "tables":
                old[key] = setup.tables
            elif key == "table_count":
                old[key] = len(setup.tables)
            elif key == "rounds":
                old[key] = int(phase.settings.get("rounds", 3))
            elif key == "hosts_stay":
                old[key] = bool(phase.settings.get("hosts_stay", True))
        if old == dict(new):
            return
        if "names" in new and len(new["names"]) > setup.participants:
            # More names than badges: the count grows with the list.
            new = {**new, "participants": len(new["names"])}
            old["participants"] = setup.participants
        command = UpdateSetupCommand(
            self._context, phase.id, text, setup, old, new, (phase.id, merge_key)
            if merge_key else None
        )
        self._push(command)

    def _push(self, command: UpdateSetupCommand | SetPlanCommand) -> None:
        try:
            command.apply()
        except StoreError as exc:
            dialogs.show_error(self, describe(exc))
            self.reload()
            return
        self._context.undo_stack.push(command)

    # the plan ------------------------------------------------------------------------
    def make_plan(self) -> None:
        self._start_plan(None)

    def regenerate(self) -> None:
        setup = self.setup
        seed = None if setup is None or setup.seed is None else setup.seed + 1
        self._start_plan(seed)

    def _finish_typing(self) -> None:
        """Keep what is being typed in the set-up (names, a number, a table's name)
        before a search starts: it saves when its field is left, and the locked form
        would otherwise save it during the search (and the plan would be dropped)."""
        focused = self.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            focused.clearFocus()
        if self.tables.state() == QAbstractItemView.State.EditingState:
            self.tables.setCurrentItem(None)  # closes the editor, which commits

    def _start_plan(self, seed: int | None) -> None:
        self._finish_typing()
        if self.setup is None:
            return
        phase = self.current_phase()
        try:
            problem = self.problem(phase)
        except SeatingError as exc:
            dialogs.show_error(self, describe(exc))
            return
        setup = self.setup
        text = self.tr("Roll the seating plan again") if seed is not None else self.tr(
            "Create the seating plan"
        )
        self._pending = (text, setup, None, self._basis())
        self.job.start(lambda: plan_seating(problem, seed))

    def replan(self) -> None:
        self._finish_typing()
        setup = self.setup
        if setup is None or not setup.rounds:
            return
        try:
            absent = _badges(self.absent.text())
            late = _badges(self.late.text())
        except ValueError:
            dialogs.show_error(
                self, self.tr("Please write badge numbers separated by commas, e.g. 4, 17, 23.")
            )
            return
        plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
        present = (set(plan.participants) - absent) | late
        from_round = self.replan_round.value() - 1
        participants = max([setup.participants, *present])

        def work() -> SeatingPlan:
            return replan(plan, from_round, present)

        self._pending = (self.tr("Re-plan from round %1").replace("%1", str(from_round + 1)),
                         setup, participants, self._basis())
        self.job.start(work)

    def _basis(self) -> tuple[object, ...]:
        """What a plan is made for: the set-up (names and hosts included) and the rounds
        and hosts settings. The form is locked during the search, but undo still reaches
        the set-up."""
        settings = self.current_phase().settings
        return (self.setup, settings.get("rounds"), settings.get("hosts_stay"))

    def _plan_made(self, plan: SeatingPlan) -> None:
        if self._pending is None or self.setup is None:
            return
        text, before, participants, basis = self._pending
        self._pending = None
        if self._basis() != basis:
            # Mapped onto other numbers the plan would be wrong: drop it.
            self.statistics.setText(
                self.tr(
                    "The set-up changed while the seating plan was being made; "
                    "the plan was not stored. Please create it again."
                )
            )
            return
        if participants is None:
            # A new plan: core.seating's hosts 1..T become the badges of the hosts named.
            names = list(before.names)
            chosen = [
                names.index(t.host.strip()) + 1 if t.host.strip() in names else None
                for t in before.tables
            ]
            hosts = (
                host_badges(len(before.tables), before.participants, chosen)
                if plan.hosts is not None
                else None
            )
            rounds, hosts = in_badges(plan, before.participants, hosts)
        else:
            rounds, hosts = plan.rounds, plan.hosts
        self._push(
            SetPlanCommand(
                self._context, before.phase_id, text, before, rounds, hosts, plan.seed, participants
            )
        )

    def _show_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.cancel_button.setVisible(busy)
        # The result is mapped onto the set-up the search started from: no edits meanwhile.
        self.form.setEnabled(not busy)
        self.make_button.setEnabled(not busy)
        self.again_button.setEnabled(not busy and bool(self.setup and self.setup.rounds))
        self.replan_button.setEnabled(not busy and bool(self.setup and self.setup.rounds))
        if not busy:
            self.reload()

    # printables ----------------------------------------------------------------------
    def print_(self, key: str) -> None:
        """Ask for a file and write the printable there in the background."""
        self.print_task = export_printable(
            self, self._context, self._phase.id, key, self.print_names.isChecked()
        )


def _badges(text: str) -> set[int]:
    """'4, 17 23' → {4, 17, 23}; ValueError for anything else."""
    parts = text.replace(";", ",").replace(",", " ").split()
    badges = {int(part) for part in parts}
    if any(b < 1 for b in badges):
        raise ValueError(text)
    return badges
