"""Creating a workshop from a method template through the new-workshop dialog."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt

from werkstatt.gui.new_workshop_dialog import NewWorkshopDialog, default_date
from werkstatt.gui.templates import TemplateCatalog
from werkstatt.store.library import Library


def zukunftswerkstatt_key(catalog: TemplateCatalog) -> str:
    return next(t.key for t in catalog.templates if t.name("de") == "Zukunftswerkstatt")


def test_create_a_zukunftswerkstatt_by_typing(
    qtbot: Any, window: Any, library: Library, answers: Any, type_text: Any
) -> None:
    def fill_in(dialog: NewWorkshopDialog) -> bool:
        ui = dialog.ui
        assert not dialog.ok_button.isEnabled()  # no title yet
        assert ui.templateCombo.hasFocus()
        dialog.select_template(zukunftswerkstatt_key(dialog._catalog))
        assert "Kritik" in ui.templateDescription.text() or ui.templateDescription.text()
        qtbot.keyClick(ui.templateCombo, Qt.Key.Key_Tab)
        assert ui.titleEdit.hasFocus()
        type_text(ui.titleEdit, "Zukunftswerkstatt Ortsmitte Großbeeren")
        assert dialog.ok_button.isEnabled()
        ui.dateEdit.setDate(QDate(2026, 5, 16))
        type_text(ui.placeEdit, "Bürgerhaus am Anger")
        type_text(ui.clientEdit, "Gemeinde Großbeeren, Fachbereich Ortsentwicklung")
        type_text(ui.moderatorsEdit, "Ayşe Yılmaz, Przemysław Wójcik")
        ui.participantsSpin.setValue(45)
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("de"))
        qtbot.keyClick(ui.moderatorsEdit, Qt.Key.Key_Return)  # Enter accepts
        return dialog.result() == NewWorkshopDialog.DialogCode.Accepted

    answers.run_dialog = fill_in
    qtbot.mouseClick(window.library_page.first_workshop_button, Qt.MouseButton.LeftButton)

    [workshop] = library.list_workshops()
    catalog = window.library_page.catalog
    template = catalog.find(zukunftswerkstatt_key(catalog))
    assert workshop.title == "Zukunftswerkstatt Ortsmitte Großbeeren"
    assert workshop.method == template.key
    assert workshop.date == dt.date(2026, 5, 16)
    assert workshop.start_time == dt.time(10, 0)
    assert workshop.place == "Bürgerhaus am Anger"
    assert workshop.client == "Gemeinde Großbeeren, Fachbereich Ortsentwicklung"
    assert workshop.moderators == "Ayşe Yılmaz, Przemysław Wójcik"
    assert workshop.expected_participants == 45
    assert [p.title for p in library.list_phases(workshop.id)] == [
        d.title for d in template.drafts("de")
    ]
    # ... and it is open in its page
    page = window.pages.currentWidget()
    assert page is window.workshop_pages[workshop.id]
    assert page.title_label.text() == "Zukunftswerkstatt Ortsmitte Großbeeren"
    assert "Zukunftswerkstatt" in page.facts_label.text()

    # creating is undoable from the library
    window.show_library()
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.list_workshops() == []
    assert workshop.id not in window.workshop_pages


def test_cancel_creates_nothing(qtbot: Any, window: Any, library: Library, answers: Any) -> None:
    def cancel(dialog: NewWorkshopDialog) -> bool:
        qtbot.keyClicks(dialog.ui.titleEdit, "Open Space Klimaschutz")
        qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Escape)
        return dialog.result() == NewWorkshopDialog.DialogCode.Accepted

    answers.run_dialog = cancel
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert answers.names() == ["exec_dialog"]
    assert library.list_workshops() == []


def test_title_is_required_and_blank_is_not_a_title(
    qtbot: Any, library: Library, type_text: Any
) -> None:
    dialog = NewWorkshopDialog(TemplateCatalog.load(library, "de"), "de")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.titleEdit, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter with a blank title does not accept
    type_text(dialog.ui.titleEdit, "Seniorenbeirat trifft Jugendforum")
    assert dialog.ok_button.isEnabled()
    assert dialog.draft().title == "Seniorenbeirat trifft Jugendforum"
    assert dialog.draft().expected_participants is None  # 0 means not yet known


def test_tab_order_follows_the_form(qtbot: Any, library: Library) -> None:
    dialog = NewWorkshopDialog(TemplateCatalog.load(library, "en"), "en")
    qtbot.addWidget(dialog)
    ui = dialog.ui
    expected = [
        ui.templateCombo,
        ui.titleEdit,
        ui.dateEdit,
        ui.startTimeEdit,
        ui.placeEdit,
        ui.clientEdit,
        ui.moderatorsEdit,
        ui.participantsSpin,
        ui.languageCombo,
    ]
    # Tab walks the focus chain; inside a date edit it first steps through day, month, year.
    chain = []
    widget = ui.templateCombo
    while len(chain) < len(expected):
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert [w.objectName() for w in chain] == [w.objectName() for w in expected]


def test_templates_are_offered_with_their_description(library: Library, qtbot: Any) -> None:
    catalog = TemplateCatalog.load(library, "de")
    dialog = NewWorkshopDialog(catalog, "de")
    qtbot.addWidget(dialog)
    offered = [dialog.ui.templateCombo.itemText(i) for i in range(dialog.ui.templateCombo.count())]
    assert {"World Café", "Open Space", "Zukunftswerkstatt"} <= set(offered)
    for index, template in enumerate(catalog.templates):
        dialog.ui.templateCombo.setCurrentIndex(index)
        assert dialog.ui.templateDescription.text() == template.description("de")


def test_default_date_is_the_next_saturday_or_today() -> None:
    assert default_date(dt.date(2025, 11, 24)) == dt.date(2025, 11, 29)  # Monday
    assert default_date(dt.date(2025, 11, 29)) == dt.date(2025, 11, 29)  # Saturday
    assert default_date(dt.date(2025, 11, 30)) == dt.date(2025, 12, 6)  # Sunday
