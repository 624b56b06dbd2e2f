"""One open workshop: a header with its facts, and the plan editor below.

Imported only when the first workshop opens: the plan editor is not needed at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from werkstatt.core.records import Workshop
from werkstatt.gui.plan_editor import PlanEditor
from werkstatt.gui.workshop_table_model import DATE_FORMAT
from werkstatt.store.library import Library


class WorkshopPage(QWidget):
    """Shows one workshop; owns that workshop's undo stack (the main window groups them)."""

    backRequested = Signal()
    saveAsTemplateRequested = Signal(int)
    workshopChanged = Signal(int)

    def __init__(
        self,
        library: Library,
        workshop: Workshop,
        method_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.workshop_id = workshop.id
        self.undo_stack = QUndoStack(self)

        back = QPushButton(self.tr("← Library"))
        back.setToolTip(self.tr("Back to all workshops (Alt+Left)"))
        back.clicked.connect(self.backRequested)
        self.back_button = back
        self.title_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel()
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setWordWrap(True)
        facts_font = QFont(self.font())
        facts_font.setPointSizeF(facts_font.pointSizeF() * 1.1)
        self.facts_label.setFont(facts_font)
        template = QPushButton(self.tr("Save as template…"))
        template.clicked.connect(lambda: self.saveAsTemplateRequested.emit(self.workshop_id))
        self.template_button = template

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title_label)
        titles.addWidget(self.facts_label)
        header = QHBoxLayout()
        header.addWidget(back, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addLayout(titles, 1)
        header.addWidget(template, 0, Qt.AlignmentFlag.AlignTop)

        self.editor = self._make_editor()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        self.show_workshop(workshop, method_name)

    def _make_editor(self) -> PlanEditor:
        editor = PlanEditor(self.library, self.workshop_id, self.undo_stack, self)
        editor.workshopChanged.connect(lambda *_: self.workshopChanged.emit(self.workshop_id))
        return editor

    def show_workshop(self, workshop: Workshop, method_name: str) -> None:
        self.title_label.setText(workshop.title)
        facts = [method_name]
        if workshop.date is not None:
            when = workshop.date.strftime(DATE_FORMAT)
            if workshop.start_time is not None:
                start = workshop.start_time.strftime("%H:%M")
                when += " " + self.tr("at %1").replace("%1", start)
            facts.append(when)
        if workshop.place:
            facts.append(workshop.place)
        if workshop.client:
            facts.append(self.tr("for %1").replace("%1", workshop.client))
        self.facts_label.setText("  ·  ".join(facts))
        self.setWindowTitle(workshop.title)

    def save_state(self, settings: QSettings) -> None:
        self.editor.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.editor.restore_state(settings)
