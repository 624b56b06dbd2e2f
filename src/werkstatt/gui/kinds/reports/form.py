"""The report form of one session: title, convener, slot and space read-only above the
fields the moderator types from the handed-in report sheet. A field is kept when it is
left (Tab, a click elsewhere; not when another window or a popup takes the focus) or
with Ctrl+Enter; the widget around it turns that into an undo command."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from werkstatt.gui.kinds.reports.commands import ReportText
from werkstatt.gui.kinds.reports.sessions import Session

translate = QCoreApplication.translate

#: The report's text fields, in the order of the report sheet.
TEXT_FIELDS = ("key_points", "results", "next_steps")
PARTICIPANTS_MAX = 9999


def field_title(field: str) -> str:
    titles = {
        "names": translate("SessionReports", "Participants (names) *"),
        "participants": translate("SessionReports", "Participants"),
        "key_points": translate("SessionReports", "Key points"),
        "results": translate("SessionReports", "Results"),
        "next_steps": translate("SessionReports", "Recommendations and next steps"),
    }
    return titles[field]


def field_hint(field: str) -> str:
    hints = {
        "names": translate(
            "SessionReports", "Who took part – personal data: names only with consent"
        ),
        "key_points": translate("SessionReports", "What was discussed: the main points"),
        "results": translate("SessionReports", "What the session agreed on or found out"),
        "next_steps": translate(
            "SessionReports", "What should happen next, who wants to carry it on"
        ),
    }
    return hints[field]


def _leaving(event: QFocusEvent) -> bool:
    """Whether the focus really leaves the field: another window or a popup (an error
    message of the last save, a menu) takes it only for a while."""
    return event.reason() not in (
        Qt.FocusReason.ActiveWindowFocusReason,
        Qt.FocusReason.PopupFocusReason,
    )


class ReportField(QPlainTextEdit):
    """One text of the report: kept when left, or with Ctrl+Enter."""

    committed = Signal()

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"field_{field}")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(field_hint(field))
        self.setAccessibleName(field_title(field))
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.committed.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if _leaving(event):
            self.committed.emit()

    def show_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)


class CountField(QSpinBox):
    """How many took part; 0 shows as '–' (not counted). Kept when left or with Enter."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("field_participants")
        self.setRange(0, PARTICIPANTS_MAX)
        self.setSpecialValueText("–")
        self.setAccessibleName(field_title("participants"))
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("9999") + 24)
        # Enter and leaving the field (the spin box's editor has the focus) end the edit
        self.editingFinished.connect(self.committed)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing replaces what is there ('–' or the old count), however the field was
        # reached (Qt selects only when tabbed into).
        self.selectAll()

    def count(self) -> int | None:
        return self.value() or None

    def show_count(self, count: int | None) -> None:
        if self.count() != count:
            self.setValue(count or 0)


class ReportForm(QWidget):
    """The form of the selected session; ``committed`` when a field is left."""

    committed = Signal()

    def __init__(self, with_names: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_form")
        self.with_names = with_names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel()
        self.title_label.setObjectName("session_title")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        self.details_label = QLabel()
        self.details_label.setObjectName("session_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.details_label)

        self.count_field: CountField | None = None
        self.names_field: ReportField | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if with_names:
            self.names_field = ReportField("names", self)
            self.names_field.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 12)
            label = QLabel(field_title("names"))
            label.setToolTip(self.tr("Personal data: names only with the person's consent"))
            label.setBuddy(self.names_field)
            form.addRow(label, self.names_field)
            self.names_field.committed.connect(self.committed)
        else:
            self.count_field = CountField(self)
            row = QHBoxLayout()
            row.addWidget(self.count_field)
            row.addStretch(1)
            label = QLabel(field_title("participants"))
            label.setBuddy(self.count_field)
            form.addRow(label, row)
            self.count_field.committed.connect(self.committed)
        layout.addLayout(form)
        self.fields: dict[str, ReportField] = {}
        for field in TEXT_FIELDS:
            label = QLabel(field_title(field))
            edit = ReportField(field, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            edit.committed.connect(self.committed)
            self.fields[field] = edit

    def first_field(self) -> QWidget:
        if self.count_field is not None:
            return self.count_field
        assert self.names_field is not None
        return self.names_field

    def focus_first(self) -> None:
        """The focus into the first field, ready to type over what it shows."""
        first = self.first_field()
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(first, CountField):
            first.selectAll()  # no focus-in when it had the focus already

    def show_session(self, session: Session, details: str, *, switched: bool) -> None:
        """The session's report in the fields. On the same session a field being typed in
        is left alone; ``switched`` to another session, every field shows its report."""
        self.title_label.setText(session.title)
        self.details_label.setText(details)
        text = ReportText.of(session.report)

        def free(widget: QWidget) -> bool:
            return switched or not widget.hasFocus()

        if self.count_field is not None and free(self.count_field):
            self.count_field.show_count(text.participants)
        if self.names_field is not None and free(self.names_field):
            self.names_field.show_text(text.names)
        for field, edit in self.fields.items():
            if free(edit):
                edit.show_text(getattr(text, field))

    def text(self, kept: ReportText) -> ReportText:
        """What the form holds; the field not shown (names or count) keeps ``kept``'s."""
        names = kept.names if self.names_field is None else self.names_field.toPlainText().strip()
        count = kept.participants if self.count_field is None else self.count_field.count()
        return ReportText(
            participants=count,
            names=names,
            key_points=self.fields["key_points"].toPlainText().strip(),
            results=self.fields["results"].toPlainText().strip(),
            next_steps=self.fields["next_steps"].toPlainText().strip(),
        )
