"""The plan editor driven like a moderator: keys and clicks, then what the store holds.

Fixtures ``library`` and ``answers`` (stand-ins for modal dialogs) come from conftest.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.plan_editor import PlanEditor
from werkstatt.gui.plan_editor.phase_model import Column
from werkstatt.i18n import translate
from werkstatt.methods import limits
from werkstatt.methods.kinds import SETTINGS_CONTEXT, default_settings
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.errors import DiskFullError
from werkstatt.store.library import Library

CRITIQUE = "Kritikphase: Bestandsaufnahme der Quartiersentwicklungsprobleme"


def _drafts() -> list[PhaseDraft]:
    return [
        PhaseDraft(
            kind=PhaseKind.BRIEFING,
            title="Begrüßung und Einführung",
            question="Herzlich willkommen im Bürgerhaus Südstadt!",
            script="Ayşe Yılmaz und Przemysław Wójcik stellen sich vor.",
            planned_minutes=15,
            settings=default_settings(PhaseKind.BRIEFING),
        ),
        PhaseDraft(
            kind=PhaseKind.CARDS,
            title=CRITIQUE,
            question="Was ärgert Sie in der Südstadt?",
            script="Eine Aussage pro Karte, Kritik ist ausdrücklich erlaubt.",
            planned_minutes=30,
            settings=default_settings(PhaseKind.CARDS),
        ),
        PhaseDraft(
            kind=PhaseKind.VOTE,
            title="Punktabfrage: Was drückt am meisten?",
            question="Kleben Sie Ihre Punkte auf die dringendsten Themen.",
            planned_minutes=20,
            settings=default_settings(PhaseKind.VOTE),
        ),
        PhaseDraft(
            kind=PhaseKind.FEEDBACK,
            title="Blitzlicht und Verabschiedung",
            question="Wie gehen Sie heute nach Hause?",
            planned_minutes=10,
            settings=default_settings(PhaseKind.FEEDBACK),
        ),
    ]


def _workshop_draft(start_time: dt.time | None = dt.time(18, 0)) -> WorkshopDraft:
    return WorkshopDraft(
        title="Zukunftswerkstatt Quartiersentwicklungskonzept Südstadt",
        method="zukunftswerkstatt",
        date=dt.date(2025, 3, 14),
        start_time=start_time,
        place="Bürgerhaus Großmarkt",
        client="Stadt Göttingen, Amt für Stadtentwicklung",
        moderators="Ayşe Yılmaz, Przemysław Wójcik",
        expected_participants=40,
    )


@pytest.fixture
def workshop_id(library: Library) -> int:
    return library.create_workshop(_workshop_draft(), _drafts()).id


@pytest.fixture
def stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def editor(qtbot: QtBot, library: Library, workshop_id: int, stack: QUndoStack) -> PlanEditor:
    widget = PlanEditor(library, workshop_id, stack)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def titles(library: Library, workshop_id: int) -> list[str]:
    return [phase.title for phase in library.list_phases(workshop_id)]


def stored(library: Library, workshop_id: int, row: int) -> Phase:
    return library.list_phases(workshop_id)[row]


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_text(widget: QWidget, text: str) -> None:
    """Type like qtbot.keyClicks, but umlauts and ß too (QTest's keyClicks only knows ASCII)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier
        )


def shown_titles(editor: PlanEditor) -> list[str]:
    model = editor.model
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def shown_times(editor: PlanEditor) -> list[str]:
    model = editor.model
    return [model.index(row, Column.TIME).data() for row in range(model.rowCount())]


# showing ---------------------------------------------------------------------------
def test_shows_the_phases_with_their_planned_times(editor: PlanEditor) -> None:
    assert shown_titles(editor) == [
        "Begrüßung und Einführung",
        CRITIQUE,
        "Punktabfrage: Was drückt am meisten?",
        "Blitzlicht und Verabschiedung",
    ]
    assert shown_times(editor) == ["18:00–18:15", "18:15–18:45", "18:45–19:05", "19:05–19:15"]
    assert editor.runsheet.summary.text() == "Start 18:00 · total 1 h 15 min · planned end 19:15"
    table = editor.runsheet.table
    assert [table.item(row, 1).text() for row in range(table.rowCount())] == [
        "18:15",
        "18:45",
        "19:05",
        "19:15",
    ]
    # the first phase is selected and in the form
    assert editor.selected_phase() is not None
    assert editor.form.title_edit.text() == "Begrüßung und Einführung"


def test_a_long_title_is_shown_from_its_beginning(editor: PlanEditor) -> None:
    editor.select_phase(editor.phases()[1].id)

    assert editor.form.title_edit.text() == CRITIQUE
    assert editor.form.title_edit.cursorPosition() == 0
    assert CRITIQUE in editor.form.heading.text()
    assert editor.form.heading.wordWrap()


def test_without_start_time_the_run_sheet_gives_the_total(
    qtbot: QtBot, library: Library, stack: QUndoStack
) -> None:
    workshop = library.create_workshop(_workshop_draft(start_time=None), _drafts())
    widget = PlanEditor(library, workshop.id, stack)
    qtbot.addWidget(widget)

    assert "1 h 15 min" in widget.runsheet.summary.text()
    assert "no start time" in widget.runsheet.summary.text()
    assert shown_times(widget) == ["–"] * 4


def test_a_late_evening_crosses_midnight(
    qtbot: QtBot, library: Library, stack: QUndoStack
) -> None:
    workshop = library.create_workshop(_workshop_draft(start_time=dt.time(23, 0)), _drafts())
    widget = PlanEditor(library, workshop.id, stack)
    qtbot.addWidget(widget)

    assert shown_times(widget) == [
        "23:00–23:15",
        "23:15–23:45",
        "23:45–00:05 (+1)",
        "00:05–00:15 (+1)",
    ]
    assert widget.runsheet.summary.text().endswith("planned end 00:15 (+1)")


def test_tab_goes_through_list_buttons_and_form_in_order(
    qtbot: QtBot, editor: PlanEditor
) -> None:
    editor.select_phase(editor.phases()[1].id)
    focus(qtbot, editor.table)
    visited = []
    for _ in range(13):
        widget = QApplication.focusWidget()
        visited.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    assert visited == [
        "phases",
        "add_phase",
        "remove_phase",
        "move_up",
        "move_down",
        "kind",
        "title",
        "minutes",
        "question",
        "script",
        "setting_max_chars",
        "setting_allow_author",
        "phases",
    ]


# reordering ------------------------------------------------------------------------
def test_reorder_by_keyboard_and_undo(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    original = titles(library, workshop_id)
    focus(qtbot, editor.table)

    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)

    assert titles(library, workshop_id) == [original[1], original[0], *original[2:]]
    assert shown_titles(editor) == titles(library, workshop_id)
    # the moved phase stays selected, so pressing again moves it further
    assert editor.selected_phase().title == original[0]
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(library, workshop_id) == [original[1], original[2], original[0], original[3]]
    assert shown_times(editor)[2] == "18:50–19:05"

    stack.undo()
    stack.undo()
    assert titles(library, workshop_id) == original
    assert shown_titles(editor) == original
    stack.redo()
    assert titles(library, workshop_id) == [original[1], original[0], *original[2:]]


def test_move_up_at_the_top_does_nothing(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    original = titles(library, workshop_id)
    focus(qtbot, editor.table)

    qtbot.keyClick(editor.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)

    assert titles(library, workshop_id) == original
    assert stack.count() == 0
    assert not editor.up_button.isEnabled()


def test_buttons_move_the_selected_phase(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int
) -> None:
    original = titles(library, workshop_id)
    editor.select_phase(editor.phases()[3].id)

    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)

    assert titles(library, workshop_id) == [*original[:2], original[3], original[2]]


def test_drop_moves_a_phase_between_rows(
    editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    original = titles(library, workshop_id)
    model = editor.model
    data = model.mimeData([model.index(0, Column.TITLE)])

    # dropped between the third and the fourth row
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())

    assert titles(library, workshop_id) == [original[1], original[2], original[0], original[3]]
    assert shown_titles(editor) == titles(library, workshop_id)
    stack.undo()
    assert titles(library, workshop_id) == original


def test_move_rows_of_the_model_moves_in_the_store(
    editor: PlanEditor, library: Library, workshop_id: int
) -> None:
    original = titles(library, workshop_id)

    assert editor.model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)

    assert titles(library, workshop_id) == [original[3], *original[:3]]
    # dropping a phase where it already is changes nothing
    assert not editor.model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)


# editing fields --------------------------------------------------------------------
def test_typing_a_title_is_stored_at_once_and_undone_as_a_whole(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    title = editor.form.title_edit
    focus(qtbot, title)
    title.selectAll()

    type_text(title, "Begrüßung im Großen Saal")

    assert stored(library, workshop_id, 0).title == "Begrüßung im Großen Saal"
    assert shown_titles(editor)[0] == "Begrüßung im Großen Saal"
    assert title.text() == "Begrüßung im Großen Saal"
    assert stack.count() == 1

    stack.undo()
    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung"
    assert title.text() == "Begrüßung und Einführung"
    stack.redo()
    assert stored(library, workshop_id, 0).title == "Begrüßung im Großen Saal"
    assert title.text() == "Begrüßung im Großen Saal"


def test_each_visit_to_a_field_is_its_own_undo_step(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    title = editor.form.title_edit
    focus(qtbot, title)
    title.end(False)
    type_text(title, " (Saal)")
    focus(qtbot, editor.form.question_edit)
    focus(qtbot, title)
    title.end(False)
    type_text(title, " mit Kaffee")

    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung (Saal) mit Kaffee"
    assert stack.count() == 2
    stack.undo()
    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung (Saal)"


def test_ctrl_z_in_a_field_undoes_through_the_store(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    title = editor.form.title_edit
    focus(qtbot, title)
    title.end(False)
    type_text(title, " für alle")
    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung für alle"

    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung"
    assert title.text() == "Begrüßung und Einführung"
    qtbot.keyClick(
        title,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung für alle"


def test_an_emptied_title_is_not_stored_and_comes_back(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    title = editor.form.title_edit
    focus(qtbot, title)
    title.selectAll()

    qtbot.keyClick(title, Qt.Key.Key_Delete)

    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung"
    assert stack.count() == 0
    focus(qtbot, editor.form.question_edit)
    assert title.text() == "Begrüßung und Einführung"


def test_typing_back_the_old_title_leaves_nothing_to_undo(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    title = editor.form.title_edit
    focus(qtbot, title)
    title.end(False)

    type_text(title, "!")
    qtbot.keyClick(title, Qt.Key.Key_Backspace)

    assert stored(library, workshop_id, 0).title == "Begrüßung und Einführung"
    assert stack.count() == 0


def test_edit_question_and_script(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.select_phase(editor.phases()[1].id)
    question = editor.form.question_edit
    focus(qtbot, question)
    question.selectAll()
    type_text(question, "Was stört Sie?")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    type_text(question, "Was fehlt im Viertel?")
    script = editor.form.script_edit
    focus(qtbot, script)
    script.moveCursor(script.textCursor().MoveOperation.End)
    type_text(script, " Keine Killerphrasen.")

    phase = stored(library, workshop_id, 1)
    assert phase.question == "Was stört Sie?\nWas fehlt im Viertel?"
    assert phase.script.endswith("ausdrücklich erlaubt. Keine Killerphrasen.")
    assert stack.count() == 2

    stack.undo()
    assert stored(library, workshop_id, 1).script == (
        "Eine Aussage pro Karte, Kritik ist ausdrücklich erlaubt."
    )
    assert script.toPlainText() == "Eine Aussage pro Karte, Kritik ist ausdrücklich erlaubt."
    stack.undo()
    assert stored(library, workshop_id, 1).question == "Was ärgert Sie in der Südstadt?"
    assert question.toPlainText() == "Was ärgert Sie in der Südstadt?"


def test_tab_leaves_the_question_instead_of_typing_a_tab(
    qtbot: QtBot, editor: PlanEditor
) -> None:
    focus(qtbot, editor.form.question_edit)

    qtbot.keyClick(editor.form.question_edit, Qt.Key.Key_Tab)

    assert editor.form.script_edit.hasFocus()
    assert "\t" not in editor.form.question_edit.toPlainText()


def test_minutes_update_the_run_sheet_at_once(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    spin = editor.form.minutes_spin
    focus(qtbot, spin)
    spin.selectAll()

    type_text(spin, "45")

    assert stored(library, workshop_id, 0).planned_minutes == 45
    assert shown_times(editor)[:2] == ["18:00–18:45", "18:45–19:15"]
    assert editor.runsheet.summary.text().endswith("planned end 19:45")
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert stored(library, workshop_id, 0).planned_minutes == 46
    assert stack.count() == 1

    stack.undo()
    assert stored(library, workshop_id, 0).planned_minutes == 15
    assert spin.value() == 15
    assert editor.runsheet.summary.text().endswith("planned end 19:15")


# kind and settings -----------------------------------------------------------------
def test_change_an_int_setting_and_undo(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.select_phase(editor.phases()[2].id)
    dots = editor.form.settings_form.editors["dots_per_person"]
    assert isinstance(dots, QSpinBox)
    assert dots.value() == 3
    focus(qtbot, dots)

    qtbot.keyClick(dots, Qt.Key.Key_Up)
    qtbot.keyClick(dots, Qt.Key.Key_Up)

    assert stored(library, workshop_id, 2).settings["dots_per_person"] == 5
    assert stack.count() == 1
    stack.undo()
    assert stored(library, workshop_id, 2).settings["dots_per_person"] == 3
    assert dots.value() == 3


def test_toggle_a_bool_setting_and_undo(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.select_phase(editor.phases()[1].id)
    author = editor.form.settings_form.editors["allow_author"]
    assert isinstance(author, QCheckBox)
    assert not author.isChecked()

    # on the box itself: the check box spans the row, its empty right end is no target
    qtbot.mouseClick(author, Qt.MouseButton.LeftButton, pos=QPoint(8, author.height() // 2))

    assert stored(library, workshop_id, 1).settings["allow_author"] is True
    stack.undo()
    assert stored(library, workshop_id, 1).settings["allow_author"] is False
    assert not author.isChecked()
    focus(qtbot, author)
    qtbot.keyClick(author, Qt.Key.Key_Space)
    assert stored(library, workshop_id, 1).settings["allow_author"] is True


def test_choose_a_choice_setting(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.select_phase(editor.phases()[3].id)
    mode = editor.form.settings_form.editors["mode"]
    assert isinstance(mode, QComboBox)
    focus(qtbot, mode)

    qtbot.keyClick(mode, Qt.Key.Key_Down)

    assert stored(library, workshop_id, 3).settings["mode"] == "scale"
    assert mode.currentText() == "Mood rating on a scale"
    stack.undo()
    assert stored(library, workshop_id, 3).settings["mode"] == "line"


def test_phase_reference_offers_automatic(editor: PlanEditor) -> None:
    editor.select_phase(editor.phases()[2].id)

    targets = editor.form.settings_form.editors["targets_phase"]

    assert isinstance(targets, QComboBox)
    assert targets.currentData() == ""
    # "automatic" finds the card collection before the vote and says so
    assert targets.currentText() == f"Automatic: 2. {CRITIQUE}"


def test_changing_the_kind_replaces_the_settings_and_undo_restores_them(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.select_phase(editor.phases()[1].id)
    combo = editor.form.kind_combo
    focus(qtbot, combo)

    qtbot.keyClick(combo, Qt.Key.Key_Down)  # cards -> cluster

    phase = stored(library, workshop_id, 1)
    assert phase.kind == PhaseKind.CLUSTER
    assert dict(phase.settings) == default_settings(PhaseKind.CLUSTER)
    assert "source_phase" in editor.form.settings_form.editors
    assert editor.model.index(1, Column.KIND).data() == "Clustering"

    stack.undo()
    phase = stored(library, workshop_id, 1)
    assert phase.kind == PhaseKind.CARDS
    assert dict(phase.settings) == default_settings(PhaseKind.CARDS)
    assert "max_chars" in editor.form.settings_form.editors
    assert combo.currentData() == PhaseKind.CARDS


# adding and removing ---------------------------------------------------------------
def test_add_a_phase_after_the_selected_one_and_undo(
    editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.select_phase(editor.phases()[1].id)

    editor.add_actions[PhaseKind.BREAK].trigger()

    phases = library.list_phases(workshop_id)
    assert len(phases) == 5
    added = phases[2]
    assert added.kind == PhaseKind.BREAK
    assert added.title == "Break"
    assert editor.selected_phase().id == added.id
    assert editor.form.title_edit.text() == "Break"
    assert editor.runsheet.table.rowCount() == 5
    assert editor.runsheet.summary.text().endswith("planned end 19:30")

    stack.undo()
    assert [p.id for p in library.list_phases(workshop_id)] == [
        p.id for p in phases if p.id != added.id
    ]
    assert editor.selected_phase().title == CRITIQUE
    stack.redo()
    assert library.list_phases(workshop_id)[2].id == added.id


def test_insert_key_offers_the_kinds(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int
) -> None:
    focus(qtbot, editor.table)

    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)

    menu = editor.add_menu
    assert menu.isVisible()
    # the kinds are listed in PhaseKind order; Break is the last one
    qtbot.keyClick(menu, Qt.Key.Key_Up)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert not menu.isVisible()
    assert stored(library, workshop_id, 1).kind == PhaseKind.BREAK


def test_a_new_phase_is_named_right_away(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    editor.add_actions[PhaseKind.BREAK].trigger()
    qtbot.waitUntil(editor.form.title_edit.hasFocus)

    # the title is selected: typing replaces it
    type_text(editor.form.title_edit, "Kaffeepause mit Kuchen")

    assert stored(library, workshop_id, 1).title == "Kaffeepause mit Kuchen"
    stack.undo()
    assert stored(library, workshop_id, 1).title == "Break"


def test_remove_a_phase_with_delete_and_undo(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, stack: QUndoStack
) -> None:
    original = titles(library, workshop_id)
    editor.select_phase(editor.phases()[1].id)
    focus(qtbot, editor.table)

    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)

    assert titles(library, workshop_id) == [original[0], *original[2:]]
    assert shown_titles(editor) == [original[0], *original[2:]]
    assert editor.selected_phase().title == original[2]
    assert editor.runsheet.summary.text().endswith("planned end 18:45")

    stack.undo()
    assert titles(library, workshop_id) == original
    assert editor.selected_phase().title == CRITIQUE
    assert editor.runsheet.summary.text().endswith("planned end 19:15")


def test_delete_in_a_text_field_deletes_text_not_the_phase(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int
) -> None:
    title = editor.form.title_edit
    focus(qtbot, title)
    title.home(False)

    qtbot.keyClick(title, Qt.Key.Key_Delete)

    assert len(library.list_phases(workshop_id)) == 4
    assert stored(library, workshop_id, 0).title == "egrüßung und Einführung"


def test_remove_the_last_phase_leaves_an_empty_form(
    qtbot: QtBot, library: Library, stack: QUndoStack
) -> None:
    workshop = library.create_workshop(_workshop_draft(), _drafts()[:1])
    widget = PlanEditor(library, workshop.id, stack)
    qtbot.addWidget(widget)

    widget.remove_selected()

    assert library.list_phases(workshop.id) == []
    assert widget.selected_phase() is None
    assert not widget.form.title_edit.isEnabled()
    assert widget.runsheet.summary.text() == "Start 18:00 · total 0 min · planned end 18:00"
    stack.undo()
    assert widget.form.title_edit.text() == "Begrüßung und Einführung"


def test_every_change_tells_the_window(
    qtbot: QtBot, editor: PlanEditor, stack: QUndoStack
) -> None:
    with qtbot.waitSignal(editor.workshopChanged, timeout=0):
        editor.move_selected_down()
    with qtbot.waitSignal(editor.workshopChanged, timeout=0):
        stack.undo()


def test_a_refused_change_is_told_and_not_put_on_the_stack(
    editor: PlanEditor,
    library: Library,
    workshop_id: int,
    stack: QUndoStack,
    answers: Any,
) -> None:
    # Another window removed the phase behind the editor's back.
    library.remove_phase(editor.phases()[0].id)

    editor.move_selected_down()

    assert stack.count() == 0
    # told in words from werkstatt.messages (the conftest's stand-in records the dialog)
    assert answers.names() == ["show_error"]
    assert "Phase" in answers.texts("show_error")[0]
    assert shown_titles(editor) == titles(library, workshop_id)


def test_a_workshop_deleted_elsewhere_leaves_the_editor_empty(
    editor: PlanEditor, library: Library, workshop_id: int
) -> None:
    library.delete_workshop(workshop_id)

    editor.reload()

    assert editor.model.rowCount() == 0
    assert not editor.isEnabled()
    library.restore_workshop(workshop_id)
    editor.reload()
    assert editor.model.rowCount() == 4
    assert editor.isEnabled()


# state and restart -----------------------------------------------------------------
def test_splitter_positions_are_kept(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    editor.main_splitter.setSizes([300, 900])
    editor.list_splitter.setSizes([200, 550])
    editor.save_state(settings)
    settings.sync()

    other = PlanEditor(library, workshop_id, QUndoStack())
    qtbot.addWidget(other)
    other.resize(editor.size())
    other.show()
    qtbot.waitExposed(other)
    other.restore_state(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))

    assert other.main_splitter.sizes() == editor.main_splitter.sizes()
    assert other.list_splitter.sizes() == editor.list_splitter.sizes()


def test_changes_are_there_after_a_restart(
    qtbot: QtBot, data_dir: Path, workshop_id: int, library: Library, stack: QUndoStack
) -> None:
    widget = PlanEditor(library, workshop_id, stack)
    qtbot.addWidget(widget)
    widget.move_selected_down()
    widget.add_actions[PhaseKind.BREAK].trigger()
    expected = titles(library, workshop_id)
    widget.close()
    library.close()

    reopened = Library.open(data_dir)
    try:
        again = PlanEditor(reopened, workshop_id, QUndoStack())
        qtbot.addWidget(again)
        assert shown_titles(again) == expected == [
            CRITIQUE,
            "Begrüßung und Einführung",
            "Break",
            "Punktabfrage: Was drückt am meisten?",
            "Blitzlicht und Verabschiedung",
        ]
    finally:
        reopened.close()


# review fixes ----------------------------------------------------------------------
def test_a_refused_undo_drops_the_step_and_keeps_stack_and_store_in_step(
    monkeypatch: pytest.MonkeyPatch,
    editor: PlanEditor,
    library: Library,
    workshop_id: int,
    stack: QUndoStack,
    answers: Any,
) -> None:
    original = titles(library, workshop_id)
    editor.select_phase(editor.phases()[3].id)
    editor.remove_selected()  # step 1: the Blitzlicht goes
    editor.select_phase(editor.phases()[1].id)
    editor.remove_selected()  # step 2: the critique goes
    assert stack.count() == 2

    def disk_full(phase_id: int, **kwargs: Any) -> Phase:
        raise DiskFullError(library.path)

    restore_phase = library.restore_phase
    monkeypatch.setattr(library, "restore_phase", disk_full)
    stack.undo()

    # Told, and the stack no longer offers a step the store did not take.
    assert answers.names() == ["show_error"]
    assert titles(library, workshop_id) == [original[0], original[2]]
    assert (stack.count(), stack.index(), stack.canRedo()) == (1, 1, False)
    assert shown_titles(editor) == titles(library, workshop_id)
    # The step before it is still undone correctly.
    monkeypatch.setattr(library, "restore_phase", restore_phase)
    stack.undo()
    assert titles(library, workshop_id) == [t for t in original if t != CRITIQUE]
    assert not stack.canUndo()


def test_a_refused_redo_drops_the_step(
    monkeypatch: pytest.MonkeyPatch,
    editor: PlanEditor,
    library: Library,
    workshop_id: int,
    stack: QUndoStack,
    answers: Any,
) -> None:
    original = titles(library, workshop_id)
    editor.move_selected_down()
    stack.undo()

    def disk_full(phase_id: int, index: int) -> list[Phase]:
        raise DiskFullError(library.path)

    monkeypatch.setattr(library, "move_phase", disk_full)
    stack.redo()

    assert answers.names() == ["show_error"]
    assert titles(library, workshop_id) == original
    assert (stack.count(), stack.canRedo(), stack.canUndo()) == (0, False, False)


def _referencing_workshop(library: Library) -> int:
    """Kritikphase (cards) <- Kritik clustern <- Gewichtung, linked by key."""
    return library.create_workshop(
        _workshop_draft(),
        [
            PhaseDraft(PhaseKind.CARDS, CRITIQUE, key="kritik-karten"),
            PhaseDraft(
                PhaseKind.CLUSTER,
                "Kritik clustern",
                key="kritik-cluster",
                settings={"source_phase": "kritik-karten"},
            ),
            PhaseDraft(
                PhaseKind.VOTE,
                "Gewichtung der Kritik",
                key="kritik-punkte",
                settings={"targets_phase": "kritik-cluster"},
            ),
        ],
    ).id


@pytest.fixture
def linked_editor(qtbot: QtBot, library: Library, stack: QUndoStack) -> PlanEditor:
    widget = PlanEditor(library, _referencing_workshop(library), stack)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_removing_a_referenced_phase_empties_the_reference_and_undo_restores_it(
    linked_editor: PlanEditor, library: Library, stack: QUndoStack
) -> None:
    workshop_id = linked_editor.workshop_id
    cluster, vote = linked_editor.phases()[1:]
    linked_editor.select_phase(cluster.id)
    linked_editor.remove_selected()

    assert stored(library, workshop_id, 1).settings["targets_phase"] == ""
    linked_editor.select_phase(vote.id)
    targets = linked_editor.form.settings_form.editors["targets_phase"]
    assert isinstance(targets, QComboBox)
    assert targets.currentText() == f"Automatic: 1. {CRITIQUE}"

    stack.undo()
    assert stored(library, workshop_id, 2).settings["targets_phase"] == "kritik-cluster"
    linked_editor.select_phase(vote.id)
    targets = linked_editor.form.settings_form.editors["targets_phase"]
    assert isinstance(targets, QComboBox)
    assert targets.currentData() == "kritik-cluster"
    assert targets.currentText() == "2. Kritik clustern (Clustering)"
    stack.redo()
    assert stored(library, workshop_id, 1).settings["targets_phase"] == ""


def test_a_change_of_kind_is_decided_by_the_store_and_undone_with_its_references(
    qtbot: QtBot, linked_editor: PlanEditor, library: Library, stack: QUndoStack
) -> None:
    workshop_id = linked_editor.workshop_id
    before = library.list_phases(workshop_id)
    linked_editor.select_phase(before[1].id)
    combo = linked_editor.form.kind_combo
    focus(qtbot, combo)

    qtbot.keyClick(combo, Qt.Key.Key_Down)  # cluster -> vote: no clustering left to vote on

    assert stored(library, workshop_id, 1).kind == PhaseKind.VOTE
    assert stored(library, workshop_id, 2).settings["targets_phase"] == ""
    stack.undo()
    assert library.list_phases(workshop_id) == before


def test_space_names_are_checked_as_typed_without_a_dialog_per_key(
    qtbot: QtBot, library: Library, stack: QUndoStack, answers: Any
) -> None:
    workshop = library.create_workshop(
        _workshop_draft(),
        [PhaseDraft(PhaseKind.AGENDA_WALL, "Marktplatz der Themen", settings={"spaces": 5})],
    )
    widget = PlanEditor(library, workshop.id, stack)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    form = widget.form.settings_form
    names, spaces = form.editors["space_names"], form.editors["spaces"]
    hint = form.hints["space_names"]
    assert isinstance(spaces, QSpinBox)
    focus(qtbot, names)

    type_text(names, "Saal, Foyer, Garten, Küche, Raum 5, Raum 6")

    assert answers.names() == []  # no modal error at all
    assert names.text() == "Saal, Foyer, Garten, Küche, Raum 5, Raum 6"  # nothing lost
    assert hint.isVisible()
    # Worded by werkstatt.messages with the setting's label (in its language), not its key.
    assert f'"{translate(SETTINGS_CONTEXT, "Rooms and spaces")}" is only 5' in hint.text() or (
        f"„{translate(SETTINGS_CONTEXT, 'Rooms and spaces')}“" in hint.text()
    )
    assert "space_names" not in hint.text()
    # Only valid values were written: the last one with five names.
    assert stored(library, workshop.id, 0).settings["space_names"] == (
        "Saal, Foyer, Garten, Küche, Raum 5, "
    )

    focus(qtbot, spaces)  # leaving the field shows what is stored and says so
    assert names.text() == "Saal, Foyer, Garten, Küche, Raum 5, "
    assert hint.isVisible() and hint.text().startswith("Not saved:")

    qtbot.keyClick(spaces, Qt.Key.Key_Up)  # six spaces now
    assert not hint.isVisible()
    focus(qtbot, names)
    names.end(False)
    type_text(names, "Raum 6")
    assert stored(library, workshop.id, 0).settings == {
        "slots": 3,
        "slot_minutes": 60,
        "slot_gap_minutes": 15,
        "spaces": 6,
        "space_names": "Saal, Foyer, Garten, Küche, Raum 5, Raum 6",
    }
    assert answers.names() == []


def test_the_form_offers_what_the_store_accepts(
    qtbot: QtBot, editor: PlanEditor, library: Library, workshop_id: int
) -> None:
    spin = editor.form.minutes_spin
    assert (spin.minimum(), spin.maximum()) == limits.MINUTES_RANGE
    assert editor.form.title_edit.maxLength() == limits.TITLE_MAX
    focus(qtbot, spin)
    spin.selectAll()

    type_text(spin, "0")  # a marker such as "doors open" takes no time

    assert stored(library, workshop_id, 0).planned_minutes == 0
