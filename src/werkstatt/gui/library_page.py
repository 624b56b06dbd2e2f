"""The workshop library: a searchable, sortable table of all workshops and what to do with them."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from werkstatt.core.records import Workshop
from werkstatt.gui import dialogs
from werkstatt.gui.library_commands import AddedWorkshop, DeleteWorkshop, RenameWorkshop
from werkstatt.gui.templates import TemplateCatalog
from werkstatt.gui.workshop_table_model import Column, Role, WorkshopFilterProxy, WorkshopTableModel
from werkstatt.methods import TemplateError
from werkstatt.paths import WORKSHOP_FILE_SUFFIX
from werkstatt.store.errors import StoreError
from werkstatt.store.library import Library


def _scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class LibraryPage(QWidget):
    """Lists the library's workshops; creates, opens, renames, duplicates and deletes them.

    Every change goes through ``undo_stack``; the page asks the main window to open a
    workshop with ``openRequested`` and to show a status line with ``statusMessage``.
    """

    openRequested = Signal(int)
    statusMessage = Signal(str)
    # A workshop left the library: its open workshop page, if any, must go.
    workshopRemoved = Signal(int)

    def __init__(
        self,
        library: Library,
        undo_stack: QUndoStack,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # .werkstatt files dropped from the file manager are imported
        self.setAcceptDrops(True)
        self.library = library
        self.undo_stack = undo_stack
        self.language = language
        self.catalog = self._load_catalog()

        self.model = WorkshopTableModel(self._method_name, self)
        self.model.titleEdited.connect(self.rename)
        self.proxy = WorkshopFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._create_actions()
        self._build()
        self.refresh()
        self.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)

    # building ------------------------------------------------------------------
    def _create_actions(self) -> None:
        def action(text: str, shortcuts: list[QKeySequence], slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(shortcuts)
            act.triggered.connect(slot)
            return act

        key = QKeySequence
        self.new_action = action(
            self.tr("&New workshop…"), [key(key.StandardKey.New)], self.new_workshop
        )
        self.open_action = action(self.tr("&Open"), [key(key.StandardKey.Open)], self.open_selected)
        self.rename_action = action(self.tr("&Rename"), [key(Qt.Key.Key_F2)], self.start_rename)
        self.duplicate_action = action(
            self.tr("D&uplicate"), [key(Qt.Modifier.CTRL | Qt.Key.Key_D)], self.duplicate_selected
        )
        self.delete_action = action(
            self.tr("&Delete…"), [key(key.StandardKey.Delete)], self.delete_selected
        )
        self.find_action = action(
            self.tr("&Search"), [key(key.StandardKey.Find)], self.focus_search
        )
        self.import_action = action(
            self.tr("&Import workshop file…"),
            [key(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_O)],
            self.import_files,
        )
        self.export_action = action(
            self.tr("E&xport as file…"),
            [key(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_E)],
            self.export_selected,
        )
        self.selection_actions = [
            self.open_action,
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
            self.export_action,
        ]

    def _build(self) -> None:
        heading = QLabel(self.tr("Workshops"))
        heading.setFont(_scaled_font(self, 1.6, bold=True))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, method, place, people…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_accepted)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.search)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.new_button = QPushButton(self.tr("New workshop…"))
        self.new_button.setFont(_scaled_font(self, 1.0, bold=True))
        self.new_button.clicked.connect(self.new_workshop)
        buttons.addWidget(self.new_button)
        self.import_button = QToolButton()
        self.import_button.setDefaultAction(self.import_action)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.import_button.setToolTip(
            self.tr("Add a workshop from a .werkstatt file (or drop the file onto this window)")
        )
        buttons.addWidget(self.import_button)
        buttons.addSpacing(8)
        self.selection_buttons: list[QToolButton] = []
        for act in self.selection_actions:
            tool = QToolButton()
            tool.setDefaultAction(act)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(tool)
            self.selection_buttons.append(tool)
        for button in [self.new_button, self.import_button, *self.selection_buttons]:
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.0))
            button.setStyleSheet("padding: 2px 14px;")
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Renaming starts only through F2 / the Rename action, so a double click opens.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setFont(_scaled_font(self, 1.15))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 2.0)
        )
        header = self.table.horizontalHeader()
        header.setFont(_scaled_font(self, 1.1, bold=True))
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # The title takes what is left; the short columns are never cut off.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PLACE, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(90)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.views = QStackedWidget()
        self.views.addWidget(self.table)
        self.views.addWidget(self._build_empty_state())
        self.views.addWidget(self._build_no_hits())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.views, 1)

    def _build_empty_state(self) -> QWidget:
        self.empty_state = QWidget()
        title = QLabel(self.tr("No workshops yet"))
        title.setFont(_scaled_font(self, 1.8, bold=True))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Start from a method – World Café, Open Space or Zukunftswerkstatt. Werkstatt "
                "fills in the phases with questions and a moderation script; you adapt them to "
                "your event."
            )
        )
        text.setFont(_scaled_font(self, 1.2))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(640)
        text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        button = QPushButton(self.tr("Create your first workshop"))
        button.setObjectName("bigButton")
        button.setFont(_scaled_font(self, 1.4, bold=True))
        button.setMinimumHeight(button.fontMetrics().height() * 3)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.setStyleSheet("QPushButton#bigButton { padding: 0 32px; }")
        button.clicked.connect(self.new_workshop)
        self.first_workshop_button = button

        layout = QVBoxLayout(self.empty_state)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.first_workshop_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        hint = QLabel(
            self.tr(
                "Got a workshop from a colleague? Drop its .werkstatt file here, or use "
                "“Import workshop file…”."
            )
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setMaximumWidth(640)
        # as tall as its wrapped lines need (the layout would squeeze it to one line)
        hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(hint, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return self.empty_state

    def _build_no_hits(self) -> QWidget:
        self.no_hits = QWidget()
        self.no_hits_label = QLabel()
        self.no_hits_label.setFont(_scaled_font(self, 1.3))
        self.no_hits_label.setWordWrap(True)
        self.no_hits_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits_label.setTextFormat(Qt.TextFormat.PlainText)
        clear = QPushButton(self.tr("Show all workshops"))
        clear.clicked.connect(self.search.clear)
        layout = QVBoxLayout(self.no_hits)
        layout.addStretch(1)
        layout.addWidget(self.no_hits_label)
        layout.addSpacing(12)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return self.no_hits

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_place_column()

    def _fit_place_column(self) -> None:
        # Places can be long ("Landratsamt, Großer Sitzungssaal"): they get what they need
        # up to a quarter of the table, so that the title keeps the most room.
        # Measured from the texts: the view's own hint knows only rows already laid out.
        metrics = self.table.fontMetrics()
        places = (self.model.workshop(r).place for r in range(self.model.rowCount()))
        wanted = max((metrics.horizontalAdvance(p) for p in places), default=0) + 24
        header_wanted = self.table.horizontalHeader().sectionSizeHint(Column.PLACE)
        # The stack, not the table: a hidden page of a stack keeps a stale size.
        limit = max(160, self.views.width() // 4)
        self.table.setColumnWidth(Column.PLACE, min(max(wanted, header_wanted), limit))

    # state -----------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        """Reload the workshops from the library; keep (or move) the selection."""
        keep = select_id if select_id is not None else self.selected_id()
        try:
            workshops = self.library.list_workshops()
        except StoreError as exc:
            self.report(exc)
            return
        self.model.set_workshops(workshops)
        self._fit_place_column()
        if keep is not None:
            self.select(keep)
        self._update_view()

    def select(self, workshop_id: int) -> bool:
        row = self.model.row_of(workshop_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if hasattr(self, "table") else []
        return int(rows[0].data(Role.WORKSHOP_ID)) if rows else None

    def selected_workshop(self) -> Workshop | None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return None
        row = self.model.row_of(workshop_id)
        return self.model.workshop(row) if row is not None else None

    def set_active(self, active: bool) -> None:
        """Shortcuts of the page work only while it is shown."""
        self._active = active
        self.new_action.setEnabled(True)
        self.find_action.setEnabled(active)
        self._update_actions()

    def reload_templates(self) -> None:
        self.catalog = self._load_catalog()
        self.model.set_workshops([self.model.workshop(r) for r in range(self.model.rowCount())])

    def _update_view(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            self.views.setCurrentWidget(self.empty_state)
        elif shown == 0:
            self.no_hits_label.setText(
                self.tr("No workshop matches “%1”.").replace("%1", self.search.text().strip())
            )
            self.views.setCurrentWidget(self.no_hits)
        else:
            self.views.setCurrentWidget(self.table)
        self.search.setVisible(total > 0 or bool(self.search.text()))
        for button in self.selection_buttons:
            button.setVisible(total > 0)
        if total == 0:
            self.count_label.clear()
        elif shown == total:
            self.count_label.setText(
                self.tr("1 workshop")
                if total == 1
                else self.tr("%1 workshops").replace("%1", str(total))
            )
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
        if self.selected_id() is None and shown and self.views.currentWidget() is self.table:
            self.table.selectRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        enabled = getattr(self, "_active", True) and self.selected_id() is not None
        for act in self.selection_actions:
            act.setEnabled(enabled)

    # slots -----------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_view()

    def _search_accepted(self) -> None:
        # Enter in the search field: one hit opens, several hand over to the table.
        if self.proxy.rowCount() == 1:
            self.open_selected()
        elif self.proxy.rowCount() > 1:
            self.table.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        self.openRequested.emit(int(index.data(Role.WORKSHOP_ID)))

    def focus_search(self) -> None:
        self.search.setVisible(True)
        self.search.setFocus()
        self.search.selectAll()

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is not None:
            self.openRequested.emit(workshop_id)

    def new_workshop(self) -> None:
        # Imported on first use: the dialog and its generated form are not needed to start.
        from werkstatt.gui.new_workshop_dialog import NewWorkshopDialog

        self.catalog = self._load_catalog()
        if not self.catalog.templates:
            return
        dialog = NewWorkshopDialog(self.catalog, self.language, self)
        try:
            if not dialogs.exec_dialog(dialog):
                return
            draft, phases = dialog.draft(), dialog.phases()
        finally:
            dialog.deleteLater()
        try:
            workshop = self.library.create_workshop(draft, phases)
        except StoreError as exc:
            self.report(exc)
            return
        self._added(workshop, self.tr("Create “%1”").replace("%1", workshop.title))
        self.openRequested.emit(workshop.id)

    def start_rename(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id is None:
            return
        row = self.model.row_of(workshop_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Column.TITLE))
        self.table.setFocus()
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def rename(self, workshop_id: int, title: str) -> None:
        row = self.model.row_of(workshop_id)
        if row is None:
            return
        before = self.model.workshop(row)
        try:
            after = self.library.update_workshop(workshop_id, title=title)
        except StoreError as exc:
            self.report(exc)
            return
        self.undo_stack.push(
            RenameWorkshop(self.library, self.report, self.refresh, before, after)
        )
        self.model.replace(after)

    def duplicate_selected(self) -> None:
        original = self.selected_workshop()
        if original is None:
            return
        title = self.tr("%1 (copy)").replace("%1", original.title)
        try:
            copy = self.library.duplicate_workshop(original.id, title)
        except StoreError as exc:
            self.report(exc)
            return
        self._added(copy, self.tr("Duplicate “%1”").replace("%1", original.title))

    def _added(self, workshop: Workshop, command_text: str) -> None:
        """A workshop the store has just made: undoable, shown and selected."""
        self.undo_stack.push(
            AddedWorkshop(self.library, self.report, self.refresh_removing, workshop, command_text)
        )
        self.search.clear()
        self.refresh(workshop.id)
        self.statusMessage.emit(self.tr("Created “%1”.").replace("%1", workshop.title))

    def delete_selected(self) -> None:
        workshop = self.selected_workshop()
        if workshop is None:
            return
        question = self.tr(
            "Delete the workshop “%1” with all its phases and results?\n\n"
            "You can undo this with Ctrl+Z."
        ).replace("%1", workshop.title)
        if not dialogs.confirm(self, question, self.tr("Delete")):
            return
        neighbour = self._neighbour_of(workshop.id)
        try:
            self.library.delete_workshop(workshop.id)
        except StoreError as exc:
            self.report(exc)
            return
        self.undo_stack.push(
            DeleteWorkshop(self.library, self.report, self.refresh_removing, workshop)
        )
        self.workshopRemoved.emit(workshop.id)
        self.refresh(neighbour)
        self.statusMessage.emit(
            self.tr("“%1” deleted — Ctrl+Z to undo.").replace("%1", workshop.title)
        )

    # workshop files ---------------------------------------------------------------
    def export_selected(self) -> asyncio.Task[Path | None] | None:
        workshop = self.selected_workshop()
        if workshop is None:
            return None
        # Imported on use: the archive code is not needed to show the library.
        from werkstatt.gui.workshop_files import export_workshop_file

        return export_workshop_file(self, self.library, workshop.id, self.language)

    def import_files(
        self, paths: Sequence[Path] | None = None
    ) -> asyncio.Task[list[Workshop]] | None:
        """Import ``paths`` (None: ask for them); each imported workshop is undoable.
        Returns the running job (tests await it)."""
        if not paths:
            paths = dialogs.ask_open_files(
                self,
                self.tr("Import workshop files"),
                Path.home(),
                self.tr("Werkstatt workshops (*.werkstatt)"),
            )
        if not paths:
            return None
        from werkstatt.gui.workshop_files import import_workshop_files

        return import_workshop_files(self, self.library, list(paths), self._imported)

    def _imported(self, workshop: Workshop) -> None:
        self._added(workshop, self.tr("Import “%1”").replace("%1", workshop.title))
        self.statusMessage.emit(self.tr("Imported “%1”.").replace("%1", workshop.title))

    @staticmethod
    def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() == WORKSHOP_FILE_SUFFIX
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def refresh_removing(self, select_id: int | None) -> None:
        """After an undo/redo that may have removed workshops: close their pages too."""
        before = {self.model.workshop(r).id for r in range(self.model.rowCount())}
        self.refresh(select_id)
        after = {self.model.workshop(r).id for r in range(self.model.rowCount())}
        for gone in sorted(before - after):
            self.workshopRemoved.emit(gone)

    def _neighbour_of(self, workshop_id: int) -> int | None:
        """The workshop the selection moves to when ``workshop_id`` goes away."""
        current = self.table.currentIndex()
        for row in (current.row() + 1, current.row() - 1):
            index = self.proxy.index(row, 0)
            if index.isValid() and index.data(Role.WORKSHOP_ID) != workshop_id:
                return int(index.data(Role.WORKSHOP_ID))
        return None

    # helpers ---------------------------------------------------------------------
    def report(self, exc: Exception) -> None:
        from werkstatt.messages import describe

        dialogs.show_error(self, describe(exc))

    def _method_name(self, key: str) -> str:
        return self.catalog.method_name(key, self.language)

    def _load_catalog(self) -> TemplateCatalog:
        try:
            catalog = TemplateCatalog.load(self.library, self.language)
        except (TemplateError, StoreError) as exc:
            self.report(exc)
            return TemplateCatalog([], frozenset())
        for problem in catalog.problems:
            self.report(problem)
        return catalog
