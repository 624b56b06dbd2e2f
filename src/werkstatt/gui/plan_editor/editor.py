"""The plan editor: a workshop's phases, the selected phase's fields, the run sheet.

Every change is an undo command that calls the store (see ``commands``); afterwards the
list, the form and the run sheet are redrawn from what the store then holds. Nothing
lives only in a widget.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QItemSelectionModel,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Phase
from werkstatt.core.runsheet import plan_workshop
from werkstatt.gui import dialogs
from werkstatt.gui.plan_editor.commands import (
    AddPhaseCommand,
    ChangeKindCommand,
    MovePhaseCommand,
    RemovePhaseCommand,
    StoreCommand,
    UpdatePhaseCommand,
)
from werkstatt.gui.plan_editor.phase_form import PhaseForm
from werkstatt.gui.plan_editor.phase_model import Column, PhaseTableModel, kind_icon
from werkstatt.gui.plan_editor.runsheet_view import RunSheetView
from werkstatt.gui.plan_editor.texts import kind_name
from werkstatt.messages import describe
from werkstatt.methods.errors import MethodsError
from werkstatt.methods.kinds import default_settings
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import NotFoundError, StoreError
from werkstatt.store.library import Library

_SETTINGS_GROUP = "plan_editor"
_MAIN_SPLITTER_KEY = "main_splitter"
_LIST_SPLITTER_KEY = "list_splitter"

_FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("PlanEditor", "title"),
    "question": QT_TRANSLATE_NOOP("PlanEditor", "participant question"),
    "script": QT_TRANSLATE_NOOP("PlanEditor", "moderator script"),
    "planned_minutes": QT_TRANSLATE_NOOP("PlanEditor", "planned minutes"),
}


class PlanEditor(QWidget):
    """Edit the phases of one workshop; every change goes through ``undo_stack``."""

    workshopChanged = Signal()  # after any change made or undone here

    def __init__(
        self,
        library: Library,
        workshop_id: int,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._workshop_id = workshop_id
        self._undo_stack = undo_stack
        self._phases: list[Phase] = []
        # Bumped whenever an editing session of a field ends: edits merge within one.
        self._edit_session = 0
        self._applying = False

        self.model = PhaseTableModel(self)
        self.model.moveRequested.connect(self.move_phase)
        self.table = self._make_table()
        self.form = PhaseForm(self)
        self.runsheet = RunSheetView(self)
        self._make_actions()
        self._layout_widgets()

        self.form.fieldEdited.connect(self._field_edited)
        self.form.kindChosen.connect(self._kind_chosen)
        self.form.settingEdited.connect(self._setting_edited)
        self.form.editingBoundary.connect(self._end_edit_session)
        self.form.undoRequested.connect(self._undo_stack.undo)
        self.form.redoRequested.connect(self._undo_stack.redo)
        self._undo_stack.indexChanged.connect(self._stack_moved)

        self.reload()
        if self._phases:
            self.select_phase(self._phases[0].id)

    # building ------------------------------------------------------------------
    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("phases")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragDropOverwriteMode(False)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDropIndicatorShown(True)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        # Long titles wrap onto a second line; rows grow to fit them (plans are short).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # ...but keep one-line rows roomy enough to hit with a mouse on a projector laptop.
        table.verticalHeader().setMinimumSectionSize(table.fontMetrics().lineSpacing() + 12)
        header = table.horizontalHeader()
        for column in (Column.POSITION, Column.TIME, Column.KIND, Column.MINUTES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        return table

    def _make_actions(self) -> None:
        self.add_menu = QMenu(self)
        self.add_actions: dict[PhaseKind, QAction] = {}
        for kind in PhaseKind:
            action = self.add_menu.addAction(kind_icon(kind), kind_name(kind))
            action.setData(str(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.add_phase(k))
            self.add_actions[kind] = action

        self.add_button = QPushButton(self.tr("&Add phase"), self)
        self.add_button.setObjectName("add_phase")
        self.add_button.setToolTip(self.tr("Add a phase after the selected one (Insert)"))
        self.add_button.setMenu(self.add_menu)

        # Shortcuts that also mean something in a text field (Del, Ctrl+Up) work in the
        # list only; the buttons make each action reachable from anywhere.
        self.add_action = self._table_action(
            self.tr("Add phase…"), QKeySequence(Qt.Key.Key_Insert), self._show_add_menu
        )
        self.remove_action = self._table_action(
            self.tr("Remove phase"), QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_selected,
        )
        self.up_action = self._table_action(
            self.tr("Move phase up"), QKeySequence("Ctrl+Up"), self.move_selected_up
        )
        self.up_action.setShortcuts([QKeySequence("Ctrl+Up"), QKeySequence("Alt+Up")])
        self.down_action = self._table_action(
            self.tr("Move phase down"), QKeySequence("Ctrl+Down"), self.move_selected_down
        )
        self.down_action.setShortcuts([QKeySequence("Ctrl+Down"), QKeySequence("Alt+Down")])

        self.remove_button = self._button(self.tr("&Remove"), self.remove_action, "remove_phase")
        self.up_button = self._button(self.tr("&Up"), self.up_action, "move_up")
        self.down_button = self._button(self.tr("Do&wn"), self.down_action, "move_down")

    def _table_action(self, text: str, key: QKeySequence, slot: object) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def _button(self, text: str, action: QAction, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        shortcuts = " / ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        button.setToolTip(f"{action.text()} ({shortcuts})")
        button.clicked.connect(action.trigger)
        return button

    def _layout_widgets(self) -> None:
        list_label = QLabel(self.tr("&Phases"), self)
        list_label.setBuddy(self.table)
        font = list_label.font()
        font.setBold(True)
        list_label.setFont(font)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)

        list_panel = QWidget(self)
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(list_label)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)

        self.list_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list_splitter.setObjectName("plan_list_splitter")
        self.list_splitter.addWidget(list_panel)
        self.list_splitter.addWidget(self.runsheet)
        self.list_splitter.setStretchFactor(0, 3)
        self.list_splitter.setStretchFactor(1, 2)
        self.list_splitter.setChildrenCollapsible(False)

        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes from the script straight on to the settings, not to the scroll area.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll = scroll

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("plan_main_splitter")
        self.main_splitter.addWidget(self.list_splitter)
        self.main_splitter.addWidget(scroll)
        # The form needs room for long German labels and phase titles as much as the list.
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.main_splitter)

        # Tab order: list, its buttons, then the form top to bottom.
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.form.kind_combo)

    # state ---------------------------------------------------------------------
    @property
    def library(self) -> Library:
        return self._library

    @property
    def workshop_id(self) -> int:
        return self._workshop_id

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    def phases(self) -> list[Phase]:
        """The phases as last read from the store."""
        return list(self._phases)

    def selected_phase(self) -> Phase | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.phase_at(index.row()) if index.isValid() else None

    def save_state(self, settings: QSettings) -> None:
        settings.beginGroup(_SETTINGS_GROUP)
        settings.setValue(_MAIN_SPLITTER_KEY, self.main_splitter.saveState())
        settings.setValue(_LIST_SPLITTER_KEY, self.list_splitter.saveState())
        settings.endGroup()

    def restore_state(self, settings: QSettings) -> None:
        settings.beginGroup(_SETTINGS_GROUP)
        for key, splitter in (
            (_MAIN_SPLITTER_KEY, self.main_splitter),
            (_LIST_SPLITTER_KEY, self.list_splitter),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                # A damaged value is refused by restoreState; the default layout stays.
                splitter.restoreState(value)
        settings.endGroup()

    # redrawing -----------------------------------------------------------------
    def reload(self, select_phase_id: int | None = None, *, force: bool = True) -> None:
        """Redraw everything from the store; select ``select_phase_id`` if given."""
        previous = self.selected_phase()
        previous_row = self.table.selectionModel().currentIndex().row()
        try:
            workshop = self._library.get_workshop(self._workshop_id)
            self._phases = self._library.list_phases(self._workshop_id)
        except NotFoundError:
            # Deleted in the library window meanwhile: show nothing, change nothing.
            self._phases = []
            sheet = None
            self.setEnabled(False)
        else:
            sheet = plan_workshop(workshop, self._phases)
            self.setEnabled(True)
        self.model.set_content(self._phases, sheet)
        self.runsheet.show_sheet(sheet, self._phases)
        wanted = select_phase_id if select_phase_id is not None else (
            previous.id if previous is not None else None
        )
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is None and self._phases and previous_row >= 0:
            row = min(previous_row, len(self._phases) - 1)
        self._select_row(row)
        self.form.show_phase(self.selected_phase(), self._phases, force=force)
        self._update_actions()

    def select_phase(self, phase_id: int) -> None:
        self._select_row(self.model.row_of(phase_id))

    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(
                self.model.index(-1, -1), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            return
        index = self.model.index(row, Column.TITLE)
        if selection.currentIndex() == index and selection.isRowSelected(row):
            return
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _current_row_changed(self) -> None:
        self.form.show_phase(self.selected_phase(), self._phases)
        self._update_actions()

    def _update_actions(self) -> None:
        phase = self.selected_phase()
        row = self.model.row_of(phase.id) if phase is not None else None
        self.remove_action.setEnabled(row is not None)
        self.up_action.setEnabled(row is not None and row > 0)
        self.down_action.setEnabled(row is not None and row < len(self._phases) - 1)
        self.remove_button.setEnabled(self.remove_action.isEnabled())
        self.up_button.setEnabled(self.up_action.isEnabled())
        self.down_button.setEnabled(self.down_action.isEnabled())

    # commands ------------------------------------------------------------------
    def command_done(self, select_phase_id: int | None) -> None:
        """Called by undo/redo of a command: redraw from the store."""
        self.reload(select_phase_id, force=True)
        self.workshopChanged.emit()

    def command_failed(self, exc: StoreError | MethodsError) -> None:
        dialogs.show_error(self, describe(exc))

    def _run(self, command: StoreCommand, *, force: bool = True) -> bool:
        """Apply ``command`` to the store; only when that worked, put it on the stack."""
        try:
            selected = command.apply()
        except (StoreError, MethodsError) as exc:
            self.command_failed(exc)
            self.reload(force=True)
            return False
        self._applying = True
        try:
            self._undo_stack.push(command)
        finally:
            self._applying = False
        self.reload(selected, force=force)
        self.workshopChanged.emit()
        return True

    def _stack_moved(self) -> None:
        if not self._applying:
            # Undo/redo (from here or from the main window) ends any typing session.
            self._edit_session += 1

    def _end_edit_session(self) -> None:
        self._edit_session += 1
        # Leaving a field shows what was stored (an emptied title comes back).
        phase = self.selected_phase()
        if phase is not None and not self.form.title_edit.hasFocus():
            self.form.show_phase(phase, self._phases, force=False)

    # actions -------------------------------------------------------------------
    def add_phase(self, kind: PhaseKind) -> Phase | None:
        """Add a phase of ``kind`` after the selected one (at the end if none is)."""
        current = self.selected_phase()
        index = (self.model.row_of(current.id) or 0) + 1 if current else len(self._phases)
        title = kind_name(kind)
        draft = PhaseDraft(kind=kind, title=title, settings=default_settings(kind))
        command = AddPhaseCommand(
            self,
            self.tr("Add phase “%1”").replace("%1", title),
            self._workshop_id,
            draft,
            index,
            current.id if current else None,
        )
        if not self._run(command) or command.phase_id is None:
            return None
        self.form.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form.title_edit.selectAll()
        return next((p for p in self._phases if p.id == command.phase_id), None)

    def _show_add_menu(self) -> None:
        self.add_button.showMenu()

    def remove_selected(self) -> None:
        phase = self.selected_phase()
        if phase is None:
            return
        row = self.model.row_of(phase.id) or 0
        neighbours = [p for p in self._phases if p.id != phase.id]
        after = neighbours[min(row, len(neighbours) - 1)].id if neighbours else None
        self._run(
            RemovePhaseCommand(
                self, self.tr("Remove phase “%1”").replace("%1", phase.title), phase.id, after
            )
        )

    def move_selected_up(self) -> None:
        self._move_selected(-1)

    def move_selected_down(self) -> None:
        self._move_selected(+1)

    def _move_selected(self, step: int) -> None:
        phase = self.selected_phase()
        if phase is not None:
            self.move_phase(phase.id, (self.model.row_of(phase.id) or 0) + step)

    def move_phase(self, phase_id: int, index: int) -> None:
        """Move the phase to ``index`` (its final position), as one undo step."""
        old = self.model.row_of(phase_id)
        if old is None or not 0 <= index < len(self._phases) or index == old:
            return
        phase = self._phases[old]
        self._run(
            MovePhaseCommand(
                self,
                self.tr("Move phase “%1”").replace("%1", phase.title),
                phase_id,
                old,
                index,
            )
        )

    def _field_edited(self, field: str, value: object, mergeable: bool) -> None:
        phase = self.selected_phase()
        if phase is None or getattr(phase, field) == value:
            return
        name = self.tr(_FIELD_NAMES[field]) if field in _FIELD_NAMES else field
        text = self.tr("Edit %1 of “%2”").replace("%1", name).replace("%2", phase.title)
        merge_key = (phase.id, field, self._edit_session) if mergeable else None
        self._run(
            UpdatePhaseCommand(
                self, text, phase.id, {field: getattr(phase, field)}, {field: value}, merge_key
            ),
            force=False,
        )

    def _kind_chosen(self, kind: str) -> None:
        phase = self.selected_phase()
        if phase is None:
            return
        # Which settings survive a change of kind is the store's decision, not ours.
        text = self.tr("Change kind of “%1” to %2").replace("%1", phase.title)
        self._run(
            ChangeKindCommand(
                self,
                text.replace("%2", kind_name(kind)),
                phase.id,
                phase.kind,
                phase.settings,
                kind,
            )
        )

    def _setting_edited(self, key: str, value: object, mergeable: bool) -> None:
        phase = self.selected_phase()
        if phase is None or phase.settings.get(key) == value:
            return
        # The form passes on only values that validate; the store checks again.
        new = {**phase.settings, key: value}
        text = self.tr("Change settings of “%1”").replace("%1", phase.title)
        merge_key = (phase.id, "settings", key, self._edit_session) if mergeable else None
        self._run(
            UpdatePhaseCommand(
                self, text, phase.id, {"settings": dict(phase.settings)}, {"settings": new},
                merge_key,
            ),
            force=False,
        )
