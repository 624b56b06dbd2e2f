"""Session reports (Open Space): the sessions of the agenda wall with which reports are
in, the report form typed by keyboard and kept as undoable steps, the 'only missing'
filter, and the news wall on the projector that takes turns or keeps the chosen one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from kind_windows import open_with_projector
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from werkstatt.core import agenda
from werkstatt.core.records import Phase, WorkshopDraft
from werkstatt.gui.kinds import RunContext
from werkstatt.gui.kinds.reports import news_wall
from werkstatt.gui.kinds.reports.moderator import ReportsWidget
from werkstatt.gui.kinds.reports.news_wall import NewsWall
from werkstatt.methods.model import PhaseDraft, PhaseKind
from werkstatt.store.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

#: title and convener of the sessions, in marketplace order; placed row by row
PROPOSALS = [
    ("Sichere Schulwege rund um die Grundschule am Anger", "Małgorzata Nowak"),
    ("Ein Repair-Café für das Quartier", "Jürgen Weiß"),
    ("Mehrsprachige Informationen aus dem Rathaus", "Ayşe Yılmaz"),
    ("Gemeinschaftsgärten auf Brachflächen", ""),
    ("Nachbarschaftshilfe für Ältere organisieren", "Nguyễn Thị Lan"),
    ("Jugendtreff mit selbstverwalteten Öffnungszeiten", "Oluwaseun Adeyemi"),
]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(news_wall, "system_monotonic", fake)
    return fake


def open_space(library: Library, *, participants: str = "count") -> dict[str, Any]:
    created = library.create_workshop(
        WorkshopDraft(title="Open Space „Unser Kiez 2030“", method="open_space"),
        [
            PhaseDraft(PhaseKind.AGENDA_WALL, "Marktplatz", settings={"slots": 2, "spaces": 3}),
            PhaseDraft(
                PhaseKind.REPORTS, "Sessions und Berichte", settings={"participants": participants}
            ),
        ],
    )
    wall_phase, reports = library.list_phases(created.id)
    wall = library.agenda.ensure_wall(wall_phase.id)
    for title, convener in PROPOSALS:
        proposal = agenda.Proposal(library.agenda.new_proposal_id(), title, convener)
        wall = library.agenda.apply(wall_phase.id, agenda.add_proposal(wall, proposal).change)
    cells = [agenda.Cell(slot.id, space.id) for slot in wall.slots for space in wall.spaces]
    edit = agenda.place_all(wall, zip([p.id for p in wall.proposals], cells, strict=True))
    wall = library.agenda.apply(wall_phase.id, edit.change)
    return {"wall": wall_phase, "reports": reports, "proposals": [p.id for p in wall.proposals]}


@pytest.fixture
def workshop(library: Library) -> dict[str, Any]:
    return open_space(library)


@pytest.fixture
def context(library: Library, workshop: dict[str, Any], qapp: QApplication) -> Iterator[RunContext]:
    stack = QUndoStack()
    yield RunContext(library, workshop["reports"].workshop_id, stack, "de")
    stack.clear()


@pytest.fixture
def screens(qtbot: Any, context: RunContext) -> Callable[[Phase], tuple[ReportsWidget, NewsWall]]:
    windows: list[QWidget] = []  # kept alive for the test

    def open_(phase: Phase) -> tuple[ReportsWidget, NewsWall]:
        widget, wall, shown = open_with_projector(
            qtbot, context, phase, PhaseKind.REPORTS, (1366, 768)
        )
        windows.extend(shown)
        assert isinstance(widget, ReportsWidget)
        assert isinstance(wall, NewsWall)
        return widget, wall

    return open_


def _lines(widget: ReportsWidget) -> list[str]:
    return [widget.list.item(row).text() for row in range(widget.list.count())]


def test_the_list_shows_each_session_with_its_place_and_what_is_missing(
    library: Library, workshop: dict[str, Any], screens: Callable[[Phase], Any]
) -> None:
    ids = workshop["proposals"]
    library.reports.save(workshop["reports"].id, ids[1], participants=9, key_points="Werkzeug")
    widget, wall = screens(workshop["reports"])
    lines = _lines(widget)
    assert len(lines) == 6
    assert lines[0].startswith("○  ")
    assert "Sichere Schulwege rund um die Grundschule am Anger · Małgorzata Nowak" in lines[0]
    assert lines[1].startswith("✓  ") and "Jürgen Weiß" in lines[1]
    # slot times and space (unnamed spaces are numbered) lead each line
    assert lines[0].startswith("○  10:00–11:00 · 1 · Sichere Schulwege")
    assert lines[4].startswith("○  11:15–12:15 · 2 · Nachbarschaftshilfe")
    assert lines[3].endswith("Gemeinschaftsgärten auf Brachflächen")
    assert widget.count_label.text() == "5 of 6 report(s) still missing"
    assert widget.form.title_label.text() == PROPOSALS[0][0]
    assert widget.form.details_label.text().startswith("Convener: Małgorzata Nowak · ")
    assert wall.footer.text() == "1 of 1 report(s)"
    assert wall.title_label.text() == "Ein Repair-Café für das Quartier"


def test_typing_a_report_by_keyboard_keeps_it_as_undoable_steps(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    phase = workshop["reports"]
    widget, wall = screens(phase)
    form = widget.form
    count = form.count_field
    assert count is not None
    qtbot.waitUntil(count.hasFocus)
    qtbot.keyClicks(count, "14")
    qtbot.keyClick(count, Qt.Key.Key_Tab)  # the count is kept: the report exists
    (report,) = library.reports.list(phase.id)
    assert (report.proposal_id, report.participants) == (workshop["proposals"][0], 14)
    key_points = form.fields["key_points"]
    assert key_points.hasFocus()
    type_text(key_points, "Elterntaxis blockieren die Einfahrt; Querung an der B 96 fehlt.")
    qtbot.keyClick(key_points, Qt.Key.Key_Tab)
    type_text(form.fields["results"], "Schulwegplan mit den Kindern zeichnen, Lotsendienst")
    qtbot.keyClick(form.fields["results"], Qt.Key.Key_Return, CTRL)  # kept, focus stays
    assert form.fields["results"].hasFocus()
    qtbot.keyClick(form.fields["results"], Qt.Key.Key_Tab)
    type_text(form.fields["next_steps"], "Termin mit dem Straßenverkehrsamt im Mai")
    qtbot.keyClick(form.fields["next_steps"], Qt.Key.Key_Down, CTRL)  # next session
    (report,) = library.reports.list(phase.id)
    assert report.key_points.startswith("Elterntaxis blockieren")
    assert report.results == "Schulwegplan mit den Kindern zeichnen, Lotsendienst"
    assert report.next_steps == "Termin mit dem Straßenverkehrsamt im Mai"
    assert form.title_label.text() == PROPOSALS[1][0]
    assert count.hasFocus() and count.value() == 0
    assert form.fields["key_points"].toPlainText() == ""
    assert widget.count_label.text() == "5 of 6 report(s) still missing"
    assert _lines(widget)[0].startswith("✓  ")
    qtbot.waitUntil(lambda: wall.title_label.text() == PROPOSALS[0][0])
    assert wall.convener_label.text() == "Convened by Małgorzata Nowak"
    assert wall.participants_label.text() == "14 participant(s)"
    assert wall.sections["results"][1].text() == report.results

    # back with Ctrl+Up: the first report is in the form again
    qtbot.keyClick(count, Qt.Key.Key_Up, CTRL)
    assert form.title_label.text() == PROPOSALS[0][0]
    assert form.fields["next_steps"].toPlainText() == "Termin mit dem Straßenverkehrsamt im Mai"

    # undo, step by step: next steps, results, key points, then the report itself
    stack = widget._context.undo_stack
    assert stack.count() == 4
    stack.undo()
    assert form.fields["next_steps"].toPlainText() == ""
    stack.undo()
    stack.undo()
    assert library.reports.list(phase.id)[0].key_points == ""
    stack.undo()
    assert library.reports.list(phase.id) == []
    assert _lines(widget)[0].startswith("○  ")
    assert widget.count_label.text() == "6 of 6 report(s) still missing"
    qtbot.waitUntil(lambda: wall.footer.text() == "0 of 6 report(s) in")
    stack.redo()
    assert count.value() == 14
    assert widget.count_label.text() == "5 of 6 report(s) still missing"


def test_only_missing_shows_the_sessions_without_report(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    phase, ids = workshop["reports"], workshop["proposals"]
    for proposal_id in ids[:4]:
        library.reports.save(phase.id, proposal_id, key_points="Angeregte Diskussion")
    widget, _wall = screens(phase)
    assert widget.count_label.text() == "2 of 6 report(s) still missing"
    widget.missing_only.setFocus()
    qtbot.keyClick(widget.missing_only, Qt.Key.Key_Space)
    assert widget.missing_only.isChecked()
    assert [line[3:] for line in _lines(widget)] == [
        line for line in (_line_end(widget, i) for i in (4, 5))
    ]
    assert widget.form.title_label.text() == PROPOSALS[4][0]
    key_points = widget.form.fields["key_points"]
    key_points.setFocus()
    type_text(key_points, "Besuchsdienst über die Kirchengemeinde")
    qtbot.keyClick(key_points, Qt.Key.Key_Down, CTRL)
    # the one just typed leaves the list once the next one is shown
    assert widget.form.title_label.text() == PROPOSALS[5][0]
    assert len(_lines(widget)) == 1
    assert widget.count_label.text() == "1 of 6 report(s) still missing"
    key_points = widget.form.fields["key_points"]
    key_points.setFocus()
    type_text(key_points, "Öffnungszeiten bis 22 Uhr")
    qtbot.keyClick(key_points, Qt.Key.Key_Return, CTRL)
    assert widget.count_label.text() == "All 6 report(s) are in"
    assert library.reports.missing(phase.id) == ()


def _line_end(widget: ReportsWidget, index: int) -> str:
    from werkstatt.gui.kinds.reports.moderator import session_line

    return session_line(widget.sessions[index])


def test_names_instead_of_a_count_are_marked_as_personal_data(
    qtbot: Any, library: Library, qapp: QApplication, type_text: Callable[[Any, str], None]
) -> None:
    workshop = open_space(library, participants="names")
    phase = workshop["reports"]
    stack = QUndoStack()
    context = RunContext(library, phase.workshop_id, stack, "de")
    window = QWidget()
    qtbot.addWidget(window)
    widget = ReportsWidget(context, phase, window)
    QVBoxLayout(window).addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert widget.form.count_field is None
    names = widget.form.names_field
    assert names is not None
    label = next(child for child in widget.form.findChildren(QLabel) if child.buddy() is names)
    assert label.text() == "Participants (names) *"
    assert "Personal data" in label.toolTip()
    qtbot.waitUntil(names.hasFocus)  # the first field of the form
    type_text(names, "Chiara Rossi, Björn Åkesson, Fatima Al-Hassan")
    qtbot.keyClick(names, Qt.Key.Key_Tab)
    (report,) = library.reports.list(phase.id)
    assert (report.names, report.participants) == (
        "Chiara Rossi, Björn Åkesson, Fatima Al-Hassan",
        None,
    )
    stack.clear()


def test_the_news_wall_takes_turns_and_keeps_the_chosen_report(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    clock: FakeClock,
) -> None:
    phase, ids = workshop["reports"], workshop["proposals"]
    for proposal_id in (ids[0], ids[2], ids[3]):
        library.reports.save(phase.id, proposal_id, results="Ergebnis festgehalten")
    widget, wall = screens(phase)
    assert wall.title_label.text() == PROPOSALS[0][0]
    assert wall.footer.text() == "1 of 3 report(s)"
    clock.now += 19
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[0][0]  # not yet: 20 s per report
    clock.now += 1
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[2][0]
    assert wall.footer.text() == "2 of 3 report(s)"
    widget.seconds.setValue(30)
    clock.now += 25
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[2][0]
    clock.now += 5
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[3][0]
    clock.now += 30
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[0][0]  # round again

    # the moderator pins the second session's report (Ctrl+Shift+P): it stays
    widget.list.setFocus()
    qtbot.keyClick(widget.list, Qt.Key.Key_Down)
    qtbot.keyClick(widget.list, Qt.Key.Key_Down)
    assert widget.form.title_label.text() == PROPOSALS[2][0]
    qtbot.keyClick(widget.list, Qt.Key.Key_P, CTRL_SHIFT)
    assert widget.pin_button.isChecked()
    assert wall.title_label.text() == PROPOSALS[2][0]
    assert wall.footer.text() == "2 of 3 report(s) · chosen by the moderator"
    clock.now += 300
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[2][0]
    # a session whose report is missing can be pinned too: the wall says so
    qtbot.keyClick(widget.list, Qt.Key.Key_Up)
    assert not widget.pin_button.isChecked()
    qtbot.mouseClick(widget.pin_button, Qt.MouseButton.LeftButton)
    assert wall.title_label.text() == PROPOSALS[1][0]
    assert wall.sections["key_points"][1].text() == "The report of this session is not in yet."
    # pressed again: the turns go on
    qtbot.mouseClick(widget.pin_button, Qt.MouseButton.LeftButton)
    assert not widget.pin_button.isChecked()
    assert wall.title_label.text() == PROPOSALS[2][0]
    clock.now += 30
    wall.tick()
    assert wall.title_label.text() == PROPOSALS[3][0]


def test_a_report_emptied_again_is_removed_and_missing_until_undo(
    qtbot: Any,
    library: Library,
    workshop: dict[str, Any],
    screens: Callable[[Phase], Any],
    type_text: Callable[[Any, str], None],
) -> None:
    phase, ids = workshop["reports"], workshop["proposals"]
    library.reports.save(phase.id, ids[1], key_points="Werkzeugliste und Räume gesammelt")
    widget, wall = screens(phase)
    form = widget.form
    key_points = form.fields["key_points"]
    key_points.setFocus()
    type_text(key_points, "Querungshilfe vor der Grundschule; Elternhaltestelle weiter weg")
    qtbot.keyClick(key_points, Qt.Key.Key_Tab)
    assert [r.proposal_id for r in library.reports.list(phase.id)] == [ids[0], ids[1]]
    assert widget.count_label.text() == "4 of 6 report(s) still missing"
    qtbot.waitUntil(lambda: len(wall.reports) == 2)

    # the typist empties the only field again: no report is in for that session
    key_points.setFocus()
    qtbot.keyClick(key_points, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(key_points, Qt.Key.Key_Delete)
    qtbot.keyClick(key_points, Qt.Key.Key_Tab)
    assert [r.proposal_id for r in library.reports.list(phase.id)] == [ids[1]]
    assert ids[0] in [p.id for p in library.reports.missing(phase.id)]
    assert _lines(widget)[0].startswith("○  ")
    assert widget.count_label.text() == "5 of 6 report(s) still missing"
    qtbot.waitUntil(lambda: wall.footer.text() == "1 of 1 report(s)")
    assert wall.title_label.text() == PROPOSALS[1][0]
    stack = widget._context.undo_stack
    assert stack.undoText().startswith("Remove the report on")

    stack.undo()
    (first, _second) = library.reports.list(phase.id)
    assert first.proposal_id == ids[0]
    assert first.key_points.startswith("Querungshilfe vor der Grundschule")
    assert _lines(widget)[0].startswith("✓  ")
    assert widget.count_label.text() == "4 of 6 report(s) still missing"
    assert key_points.toPlainText().startswith("Querungshilfe")
    stack.redo()
    assert [r.proposal_id for r in library.reports.list(phase.id)] == [ids[1]]
    assert widget.count_label.text() == "5 of 6 report(s) still missing"
