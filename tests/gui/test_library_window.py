"""The library window driven like a moderator would: keys, clicks, and what the store holds."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from werkstatt.gui.plan_editor import PlanEditor
from werkstatt.gui.workshop_table_model import Column, Role
from werkstatt.store.library import Library


def titles(lib: Library) -> list[str]:
    return sorted(w.title for w in lib.list_workshops())


def shown_titles(window: Any) -> list[str]:
    proxy = window.library_page.proxy
    return sorted(proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount()))


def select_title(window: Any, title: str) -> None:
    page = window.library_page
    proxy = page.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, Column.TITLE).data() == title:
            page.select(int(proxy.index(row, 0).data(Role.WORKSHOP_ID)))
            page.table.setFocus()
            return
    raise AssertionError(f"{title!r} is not in the table")


def test_empty_library_invites_to_create_the_first_workshop(window: Any) -> None:
    page = window.library_page
    assert page.views.currentWidget() is page.empty_state
    assert page.first_workshop_button.isVisible()
    assert page.first_workshop_button.text() == "Create your first workshop"
    assert not page.search.isVisible()
    assert not page.delete_action.isEnabled()


def test_workshops_are_listed_with_method_date_and_place(
    window: Any, library: Library, add_workshop: Any
) -> None:
    add_workshop(
        library,
        "Bürgerdialog Quartiersentwicklungskonzept Weststadt",
        date=dt.date(2025, 11, 29),
        place="Gemeindehaus St. Jakobus",
    )
    window.library_page.refresh()
    page = window.library_page
    assert page.views.currentWidget() is page.table
    row = [page.proxy.index(0, column).data() for column in Column]
    assert row[Column.TITLE] == "Bürgerdialog Quartiersentwicklungskonzept Weststadt"
    assert row[Column.DATE] == "29.11.2025"
    assert row[Column.PLACE] == "Gemeindehaus St. Jakobus"
    assert row[Column.STATUS] == "Planned"
    assert page.count_label.text() == "1 workshop"


def test_search_filters_and_says_when_nothing_matches(
    qtbot: Any, window: Any, library: Library, add_workshop: Any, type_text: Any
) -> None:
    add_workshop(library, "Seniorenarbeit im Stadtteil", place="Begegnungsstätte Süd")
    add_workshop(library, "Zukunft der Dorfmitte Großenhain", place="Bürgerhaus")
    add_workshop(library, "Runder Tisch Demografie-Strategie", client="Landkreis Meißen")
    window.library_page.refresh()
    page = window.library_page

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(page.search, "bürger")
    assert shown_titles(window) == ["Zukunft der Dorfmitte Großenhain"]
    assert page.count_label.text() == "1 of 3 shown"

    page.search.clear()
    type_text(page.search, "meißen demografie")  # every word, anywhere in the row
    assert shown_titles(window) == ["Runder Tisch Demografie-Strategie"]

    page.search.clear()
    type_text(page.search, "Fußgängerzone")
    assert page.views.currentWidget() is page.no_hits
    assert "Fußgängerzone" in page.no_hits_label.text()

    page.search.clear()
    assert page.views.currentWidget() is page.table
    assert len(shown_titles(window)) == 3


def test_rename_in_place_with_f2_and_undo(
    qtbot: Any, window: Any, library: Library, add_workshop: Any, type_text: Any
) -> None:
    add_workshop(library, "Werkstatt Nordstadt")
    window.library_page.refresh()
    select_title(window, "Werkstatt Nordstadt")

    qtbot.keyClick(window.library_page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, "Zukunftswerkstatt Nordstadt – Spielplätze für alle")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The item delegate commits through a queued call.
    table = window.library_page.table
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)

    assert titles(library) == ["Zukunftswerkstatt Nordstadt – Spielplätze für alle"]
    assert shown_titles(window) == ["Zukunftswerkstatt Nordstadt – Spielplätze für alle"]

    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(library) == ["Werkstatt Nordstadt"]
    assert shown_titles(window) == ["Werkstatt Nordstadt"]
    qtbot.keyClick(
        window.library_page.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(library) == ["Zukunftswerkstatt Nordstadt – Spielplätze für alle"]


def test_duplicate_then_undo_removes_the_copy(
    qtbot: Any, window: Any, library: Library, add_workshop: Any
) -> None:
    original = add_workshop(library, "Open Space Jugendbeteiligung")
    window.library_page.refresh()
    select_title(window, "Open Space Jugendbeteiligung")

    qtbot.keyClick(window.library_page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert titles(library) == [
        "Open Space Jugendbeteiligung",
        "Open Space Jugendbeteiligung (copy)",
    ]
    copy = next(w for w in library.list_workshops() if w.id != original.id)
    assert [p.title for p in library.list_phases(copy.id)] == [
        p.title for p in library.list_phases(original.id)
    ]
    assert window.library_page.selected_id() == copy.id

    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(library) == ["Open Space Jugendbeteiligung"]
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(titles(library)) == 2


def test_delete_asks_first_and_can_be_undone(
    qtbot: Any, window: Any, library: Library, add_workshop: Any, answers: Any
) -> None:
    add_workshop(library, "World Café Nachbarschaftshilfe")
    add_workshop(library, "Stadtteilkonferenz Hasenbergl")
    window.library_page.refresh()
    select_title(window, "World Café Nachbarschaftshilfe")

    answers.confirm = False
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Delete)
    assert len(titles(library)) == 2
    assert "World Café Nachbarschaftshilfe" in answers.texts("confirm")[0]

    answers.confirm = True
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Delete)
    assert titles(library) == ["Stadtteilkonferenz Hasenbergl"]
    assert shown_titles(window) == ["Stadtteilkonferenz Hasenbergl"]
    status = window.statusBar().currentMessage()
    assert "World Café Nachbarschaftshilfe" in status
    assert "Ctrl+Z" in status

    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(library) == ["Stadtteilkonferenz Hasenbergl", "World Café Nachbarschaftshilfe"]
    assert window.library_page.selected_workshop().title == "World Café Nachbarschaftshilfe"


def test_enter_opens_a_workshop_and_alt_left_returns(
    qtbot: Any, window: Any, library: Library, add_workshop: Any
) -> None:
    workshop = add_workshop(library, "Bürgerwerkstatt Mobilität", place="Rathaus, Saal 2")
    window.library_page.refresh()
    select_title(window, "Bürgerwerkstatt Mobilität")

    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Return)
    page = window.workshop_pages[workshop.id]
    assert window.pages.currentWidget() is page
    assert page.title_label.text() == "Bürgerwerkstatt Mobilität"
    assert "Rathaus, Saal 2" in page.facts_label.text()
    assert "15.03.2025" in page.facts_label.text()
    assert window.undo_group.activeStack() is page.undo_stack
    assert not window.library_page.delete_action.isEnabled()
    assert window.settings.last_workshop == workshop.id
    assert isinstance(page.editor, PlanEditor)

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.library_page
    assert window.undo_group.activeStack() is window.library_undo
    assert window.library_page.delete_action.isEnabled()


def test_a_change_in_the_plan_editor_updates_header_and_library(
    window: Any, library: Library, add_workshop: Any
) -> None:
    workshop = add_workshop(library, "Ideenwerkstatt Spielplatz")
    window.library_page.refresh()
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]

    library.update_workshop(workshop.id, title="Ideenwerkstatt Spielplatz Lindenhof")
    page.editor.workshopChanged.emit()

    assert page.title_label.text() == "Ideenwerkstatt Spielplatz Lindenhof"
    assert window.windowTitle().startswith("Ideenwerkstatt Spielplatz Lindenhof")
    assert shown_titles(window) == ["Ideenwerkstatt Spielplatz Lindenhof"]


def test_save_as_template_offers_it_for_new_workshops(
    window: Any, library: Library, add_workshop: Any, answers: Any
) -> None:
    workshop = add_workshop(library, "Zukunftswerkstatt Ehrenamt")
    window.library_page.refresh()
    window.open_workshop(workshop.id)

    answers.ask_text = "Ehrenamtswerkstatt (Kurzformat)"
    window.save_template_action.trigger()

    names = [t.name("de") for t in window.library_page.catalog.templates]
    assert "Ehrenamtswerkstatt (Kurzformat)" in names
    assert "Ehrenamtswerkstatt (Kurzformat)" in window.statusBar().currentMessage()


def test_language_choice_is_stored_for_the_next_start(window: Any, answers: Any) -> None:
    window.language_actions["de"].trigger()
    assert window.settings.language == "de"
    assert answers.names() == ["inform"]
    assert "Deutsch" in answers.texts("inform")[0]


def test_restart_on_the_same_data_folder_shows_everything(
    qtbot: Any, make_window: Any, data_dir: Any, add_workshop: Any
) -> None:
    first = Library.open(data_dir)
    window = make_window(first)
    add_workshop(first, "Zukunftskonferenz Ärztehaus Oberwiesenfeld")
    add_workshop(first, "Wird gelöscht")
    window.library_page.refresh()
    select_title(window, "Zukunftskonferenz Ärztehaus Oberwiesenfeld")
    window.library_page.rename(
        window.library_page.selected_id(), "Zukunftskonferenz Ärztehaus Oberwiesenfeld 2026"
    )
    window.resize(760, 540)
    window.close()
    first.close()

    second = Library.open(data_dir)
    try:
        again = make_window(second)
        assert shown_titles(again) == [
            "Wird gelöscht",
            "Zukunftskonferenz Ärztehaus Oberwiesenfeld 2026",
        ]
        assert (again.width(), again.height()) == (760, 540)
        again.close()
    finally:
        second.close()


def shown_in_order(window: Any) -> list[str]:
    proxy = window.library_page.proxy
    return [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]


def test_undated_workshops_come_last_in_both_date_orders(
    window: Any, library: Library, add_workshop: Any
) -> None:
    add_workshop(library, "Ideensammlung ohne Termin", date=None)
    add_workshop(library, "Bürgerdialog März", date=dt.date(2025, 3, 1))
    morning = add_workshop(library, "Zukunftswerkstatt Mai, vormittags", date=dt.date(2025, 5, 10))
    library.update_workshop(morning.id, start_time=dt.time(9, 0))
    evening = add_workshop(library, "Zukunftswerkstatt Mai, abends", date=dt.date(2025, 5, 10))
    library.update_workshop(evening.id, start_time=dt.time(18, 30))
    page = window.library_page
    page.refresh()

    page.table.sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert shown_in_order(window) == [
        "Zukunftswerkstatt Mai, abends",  # the same day: the later start first
        "Zukunftswerkstatt Mai, vormittags",
        "Bürgerdialog März",
        "Ideensammlung ohne Termin",
    ]
    page.table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
    assert shown_in_order(window) == [
        "Bürgerdialog März",
        "Zukunftswerkstatt Mai, vormittags",
        "Zukunftswerkstatt Mai, abends",
        "Ideensammlung ohne Termin",
    ]


def test_the_search_field_finds_what_the_store_finds(
    window: Any, library: Library, add_workshop: Any, type_text: Any
) -> None:
    """One definition of a search (werkstatt.core.search) for the window and the store."""
    cafe = add_workshop(library, "Verkehrswende Lüneburg", method="world_cafe")
    library.update_workshop(cafe.id, moderators="Ayşe Yılmaz, Przemysław Wójcik")
    add_workshop(
        library, "Seniorenforum Östliche Vorstadt", method="open_space", client="Seniorenbüro"
    )
    add_workshop(library, "Dorfmitte Großenhain", method="zukunftswerkstatt", place="Bürgerhaus")
    page = window.library_page
    page.refresh()

    for query in ["yilmaz", "Przemyslaw", "buergerhaus", "Oestliche", "grossenhain", "2025"]:
        page.search.clear()
        type_text(page.search, query)
        expected = sorted(
            w.title for w in library.list_workshops(query, method_name=page.model.method_name)
        )
        assert shown_titles(window) == expected, query
    # The method's name as the table shows it is searched, in the store as well.
    method = page.model.method_name("open_space")
    page.search.clear()
    type_text(page.search, method)
    assert shown_titles(window) == ["Seniorenforum Östliche Vorstadt"]
    assert [
        w.title for w in library.list_workshops(method, method_name=page.model.method_name)
    ] == ["Seniorenforum Östliche Vorstadt"]
