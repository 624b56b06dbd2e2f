"""The dialog that creates a workshop from a method template (form: ui/new_workshop.ui)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from werkstatt.core.records import WorkshopDraft
from werkstatt.gui.generated.ui_new_workshop import Ui_NewWorkshopDialog
from werkstatt.gui.templates import TemplateCatalog
from werkstatt.methods import MethodTemplate, limits
from werkstatt.methods.model import PhaseDraft

DEFAULT_START = dt.time(10, 0)
_SATURDAY = 5  # date.weekday()


def default_date(today: dt.date) -> dt.date:
    """Participation workshops mostly happen on Saturdays: the next one, or today."""
    return today + dt.timedelta(days=(_SATURDAY - today.weekday()) % 7)


def apply_limits(ui: Any) -> None:
    """The store's limits on a form with the workshop's fields (the new-workshop form and
    this one), so that no dialog offers what the store would refuse."""
    ui.titleEdit.setMaxLength(limits.TITLE_MAX)
    for edit in (ui.placeEdit, ui.clientEdit, ui.moderatorsEdit):
        edit.setMaxLength(limits.TEXT_MAX)
    ui.participantsSpin.setRange(*limits.PARTICIPANTS_RANGE)


class NewWorkshopDialog(QDialog):
    """Asks for the facts of a new workshop; :meth:`draft` and :meth:`phases` give them."""

    def __init__(
        self,
        catalog: TemplateCatalog,
        language: str,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewWorkshopDialog()
        self.ui.setupUi(self)
        apply_limits(self.ui)
        self._catalog = catalog
        self._language = language

        for template in catalog.templates:
            label = template.name(language)
            if not catalog.is_builtin(template):
                label = self.tr("%1 (own template)").replace("%1", label)
            self.ui.templateCombo.addItem(label, template.key)
        self.ui.templateCombo.currentIndexChanged.connect(self._show_description)
        self._show_description()
        self.ui.templateDescription.setStyleSheet("color: palette(placeholder-text);")
        self.ui.templateDescription.setMinimumWidth(400)

        self.ui.languageCombo.addItem("Deutsch", "de")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(language)))

        self.ui.dateEdit.setDate(_qdate(default_date(today or dt.date.today())))
        self.ui.startTimeEdit.setTime(QTime(DEFAULT_START.hour, DEFAULT_START.minute))

        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create workshop"))
        ok.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.titleEdit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.ui.templateCombo.setFocus()
        # The Designer size is a sketch; the real one follows the texts (German is longer).
        hint = self.sizeHint()
        self.resize(max(hint.width(), 620), hint.height())

    @property
    def ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def select_template(self, key: str) -> None:
        index = self.ui.templateCombo.findData(key)
        if index < 0:
            raise KeyError(key)
        self.ui.templateCombo.setCurrentIndex(index)

    def template(self) -> MethodTemplate:
        template = self._catalog.find(self.ui.templateCombo.currentData())
        if template is None:  # the combo only holds keys of the catalog
            raise LookupError(self.ui.templateCombo.currentData())
        return template

    def text_language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def draft(self) -> WorkshopDraft:
        ui = self.ui
        participants = ui.participantsSpin.value()
        return WorkshopDraft(
            title=ui.titleEdit.text().strip(),
            method=self.template().key,
            date=ui.dateEdit.date().toPython(),
            start_time=ui.startTimeEdit.time().toPython(),
            place=ui.placeEdit.text().strip(),
            client=ui.clientEdit.text().strip(),
            moderators=ui.moderatorsEdit.text().strip(),
            expected_participants=participants or None,
            language=self.text_language(),
        )

    def phases(self) -> list[PhaseDraft]:
        return list(self.template().drafts(self.text_language()))

    def accept(self) -> None:
        # Enter in any field lands here too; an untitled workshop is never created.
        if self.ui.titleEdit.text().strip():
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.ui.titleEdit.text().strip()))

    def _show_description(self) -> None:
        key = self.ui.templateCombo.currentData()
        template = self._catalog.find(key) if key is not None else None
        text = template.description(self._language) if template is not None else ""
        self.ui.templateDescription.setText(text)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
