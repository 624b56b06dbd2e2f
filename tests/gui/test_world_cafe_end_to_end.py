"""A whole World Café driven through the window like a moderator: 30 guests at 6 tables
for 3 rounds typed into the set-up (with the guests' names), the seating plan made in the
background, the three rounds run on the clock with the change of tables in between, the
hosts' key points typed for every table and round, then the harvest: insights as cards,
sorted into two clusters on the pinboard, the dots counted by keyboard; finally the
protocol exported without names and read back: the questions, every key point, the
clusters with their dots and what the seating plan achieved are in it, no guest's name."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_run_fixtures import clocks, player  # noqa: F401  (fixtures)

from werkstatt.core.records import WorkshopDraft
from werkstatt.core.seating import SeatingPlan
from werkstatt.gui import export
from werkstatt.gui.kinds.board.panel import ClusterWidget
from werkstatt.gui.kinds.rounds import RoundsWidget
from werkstatt.gui.kinds.rounds.round_clock import Stage
from werkstatt.gui.kinds.vote.moderator import VoteWidget
from werkstatt.methods import load_templates
from werkstatt.protocol.texts import decimal, rendering_in, text_in
from werkstatt.resources import resource_path
from werkstatt.store.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton

QUESTIONS = (
    "Was erleben Sie heute – was gelingt schon gut, was fehlt?",
    "Wie sähe es aus, wenn es richtig gut wäre? Woran würden wir das merken?",
    "Was können wir selbst dazu beitragen – und wen brauchen wir noch dafür?",
)
#: the guests by badge (30); the first table's host is one of them
NAMES = [
    "Ayşe Yılmaz", "Przemysław Wójcik", "Jürgen Groß", "Nguyễn Thị Lan", "Fatma Öztürk",
    "Oluwaseun Adeyemi", "Henrike Großkopf", "Sven Åberg", "Chiara Esposito",
    "Dragan Petrović", "Ingrid Lindqvist", "Kofi Mensah", "Zofia Kowalczyk",
    "Matthias Schäfer", "Layla Haddad", "Ruairí Ó Briain", "Emre Kaya", "Małgorzata Nowak",
    "Jürgen Weiß", "Dorothea Klöß", "Mehmet Öztürk", "Annika Søndergaard", "Tomás Ruiz",
    "Hanna Müller-Lüdenscheidt", "Ibrahim Diallo", "Yuki Tanaka", "Elżbieta Zielińska",
    "Björn Håkansson", "Leonie Straßburger", "Vasilis Papadopoulos",
]
HOST = "Fatma Öztürk"
TABLES, ROUNDS = 6, 3
TOPICS = [
    "Marktplatz",
    "Straßenbahn",
    "Jugendtreff",
    "Spielplätze",
    "Bürgerhaus",
    "Radwege",
]


def _note(table: int, round_index: int) -> str:
    return (
        f"Runde {round_index + 1}, Tisch {table + 1}: {TOPICS[table]} – "
        f"Gesprächsfaden Nr. {round_index * TABLES + table + 1} über Nachbarschaft"
    )


THEMES = {
    "Begegnung im Quartier": [
        "Ein Nachbarschaftsfest einmal im Jahr auf dem Marktplatz",
        "Der Jugendtreff braucht Öffnungszeiten auch am Wochenende",
        "Das Bürgerhaus als offenes Wohnzimmer für alle Generationen",
        "Mehrsprachige Begrüßung für Neuzugezogene",
    ],
    "Unterwegs ohne Auto": [
        "Straßenbahn bis Mitternacht im Viertelstundentakt",
        "Sichere Radwege zur Grundschule",
        "Sitzbänke entlang der Fußwege für Ältere",
        "Lastenräder zum Ausleihen am Bürgerhaus",
    ],
}
DOTS = [17, 23]  # per cluster, in board order


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _working(qtbot: Any, run: Any, kind: type) -> Any:
    widget = run.working_widget.findChild(kind) or run.working_widget
    assert isinstance(widget, kind), type(run.working_widget)
    qtbot.waitUntil(widget.isVisible)
    return widget


def _next_phase(qtbot: Any, run: Any, clock: Any) -> None:
    clock.advance(minutes=10)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Right, CTRL)


def _type_number(qtbot: Any, spin: Any, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _centre_of_card(board: ClusterWidget, card_id: int) -> QPoint:
    return board.view.mapFromScene(board.board_scene.cards[card_id].sceneBoundingRect().center())


def _centre_of_heading(board: ClusterWidget, cluster_id: int) -> QPoint:
    return board.view.mapFromScene(board.board_scene.clusters[cluster_id].heading().center())


def _sort(
    qtbot: Any, board: ClusterWidget, library: Library, answers: Any, type_text: Any,
    card_phase: int,
) -> None:
    """The first card of each theme makes its cluster (Ins, name typed); the second is
    dragged onto the heading; the rest are filed by typing the cluster's name."""
    ids = {card.text: card.id for card in library.cards.list(card_phase)}
    view = board.view
    for title, texts in THEMES.items():
        view.setFocus()
        qtbot.mouseClick(view.viewport(), LEFT, pos=_centre_of_card(board, ids[texts[0]]))
        answers.ask_text = title
        qtbot.keyClick(view, Qt.Key.Key_Insert)
    clusters = {c.title: c.id for c in library.board.load(board.phase_id).board.clusters}
    viewport = view.viewport()
    for title, texts in THEMES.items():
        start = _centre_of_card(board, ids[texts[1]])
        end = _centre_of_heading(board, clusters[title])
        qtbot.mousePress(viewport, LEFT, pos=start)
        for step in range(1, 7):
            qtbot.mouseMove(viewport, start + (end - start) * (step / 6))
        qtbot.mouseRelease(viewport, LEFT, pos=end)
        for text in texts[2:]:
            qtbot.mouseClick(viewport, LEFT, pos=_centre_of_card(board, ids[text]))
            qtbot.keyClicks(view, title[0])
            type_text(board.type_ahead.line, title[1:6])
            assert board.type_ahead.choices()[0] == title
            qtbot.keyClick(board.type_ahead.line, Qt.Key.Key_Return)


def test_a_whole_world_cafe_from_seating_plan_to_protocol(
    qtbot: Any,
    make_window: Any,
    library: Library,
    clocks: Any,  # noqa: F811
    player: Any,  # noqa: F811
    answers: Any,
    type_text: Any,
    tmp_path: Path,
    event_loop_qt: asyncio.AbstractEventLoop,
    monkeypatch: Any,
) -> None:
    template = next(t for t in load_templates(resource_path("methods")) if t.key == "world_cafe")
    workshop = library.create_workshop(
        WorkshopDraft(
            title="World Café „Gutes Leben in der Weststadt“",
            method=template.key,
            date=dt.date(2025, 3, 14),  # the fake clocks' day
            start_time=dt.time(18, 0),
            place="Stadtteilzentrum Weststadt",
            moderators="Dorothea Klöß",
        ),
        template.drafts("de"),
    )
    phases = {phase.key: phase for phase in library.list_phases(workshop.id)}
    rounds_id = phases["tischrunden"].id
    window = make_window(library)
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]
    qtbot.mouseClick(page.start_button, LEFT)
    run = page.run_page
    while run.session.shown_phase().key != "tischrunden":
        _next_phase(qtbot, run, clocks)

    # the set-up: numbers and names by keyboard, a named host, then the seating plan
    rounds = _working(qtbot, run, RoundsWidget)
    assert rounds.tabs.currentWidget() is rounds.setup_panel  # no plan yet
    setup_panel = rounds.setup_panel
    _type_number(qtbot, setup_panel.participants, 30)
    _type_number(qtbot, setup_panel.table_count, TABLES)
    _type_number(qtbot, setup_panel.rounds, ROUNDS)
    setup_panel.names.setFocus()
    for number, name in enumerate(NAMES):
        if number:
            qtbot.keyClick(setup_panel.names, Qt.Key.Key_Return)
        type_text(setup_panel.names, name)
    qtbot.keyClick(setup_panel.names, Qt.Key.Key_Tab)  # leaving the names saves them
    tables = setup_panel.tables
    tables.setFocus()
    tables.setCurrentCell(0, 1)
    qtbot.keyClick(tables, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    type_text(editor, HOST)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.cafe.setup(rounds_id).tables[0].host == HOST)
    setup = library.cafe.setup(rounds_id)
    assert (setup.participants, len(setup.tables), setup.names) == (30, TABLES, tuple(NAMES))
    assert library.list_phases(workshop.id)[2].settings["rounds"] == ROUNDS

    qtbot.mouseClick(setup_panel.make_button, LEFT)
    assert setup_panel.job.busy and setup_panel.job.task is not None
    event_loop_qt.run_until_complete(setup_panel.job.task)
    setup = library.cafe.setup(rounds_id)
    plan = SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)
    assert len(plan.rounds) == ROUNDS and sorted(plan.participants) == list(range(1, 31))
    assert setup.hosts is not None and setup.hosts[0] == NAMES.index(HOST) + 1
    assert setup_panel.grid.rowCount() == 30

    # the rounds: the clock runs, the gong ends each round, the tables change between
    qtbot.keyClick(rounds.tabs, Qt.Key.Key_Tab, CTRL)
    notes = rounds.notes_panel
    assert rounds.tabs.currentWidget() is notes
    clock = notes.clock
    gongs: list[int] = []
    clock.gongRang.connect(lambda: gongs.append(1))
    for round_index in range(ROUNDS):
        if round_index:
            qtbot.mouseClick(notes.rotate_button, LEFT)
            assert clock.stage is Stage.ROTATING
            clocks.advance(minutes=5)
            clock.refresh()
        qtbot.mouseClick(notes.start_button, LEFT)
        assert (clock.stage, clock.round_index) == (Stage.TALKING, round_index)
        assert notes.question.text() == QUESTIONS[round_index]
        assert notes.selected() == (0, round_index)
        notes.editor.setFocus()
        for table in range(TABLES):
            type_text(notes.editor, _note(table, round_index))
            qtbot.keyClick(notes.editor, Qt.Key.Key_Return, CTRL)
        assert notes.selected() == (0, round_index)  # round the tables and back
        clocks.advance(minutes=25)
        clock.refresh()
        assert len(gongs) == 2 * round_index + 1
    assert not notes.rotate_button.isEnabled()  # no change after the last round
    qtbot.mouseClick(notes.finish_button, LEFT)
    assert clock.stage is Stage.DONE
    stored = {(n.table, n.round): n.text for n in library.cafe.notes(rounds_id)}
    assert stored == {(t, r): _note(t, r) for t in range(TABLES) for r in range(ROUNDS)}
    assert player.plays >= len(gongs) == 5

    # the harvest: the insights as cards, two clusters, the dots
    _next_phase(qtbot, run, clocks)  # the coffee break
    _next_phase(qtbot, run, clocks)
    assert run.session.shown_phase().key == "ernte"
    entry = run.working_widget.entry
    insights = [text for index in range(4) for text in (t[index] for t in THEMES.values())]
    for text in insights:
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [c.text for c in library.cards.list(phases["ernte"].id)] == insights

    _next_phase(qtbot, run, clocks)
    board = _working(qtbot, run, ClusterWidget)
    _sort(qtbot, board, library, answers, type_text, phases["ernte"].id)
    sorted_board = library.board.load(phases["ernte-cluster"].id).board
    assert [c.title for c in sorted_board.clusters] == list(THEMES)
    assert sorted_board.unsorted == ()

    _next_phase(qtbot, run, clocks)
    vote = _working(qtbot, run, VoteWidget)
    qtbot.waitUntil(vote.view.hasFocus)
    for dots in DOTS:
        qtbot.keyClicks(vote.view, str(dots))
        qtbot.keyClick(vote.view, Qt.Key.Key_Return)
    tally = library.votes.tally(phases["prioritaeten"].id)
    assert [tally.dots(t.id) for t in tally.targets] == DOTS
    _next_phase(qtbot, run, clocks)  # the closing round

    # the protocol without names
    target = tmp_path / "Dokumentation World Café.pdf"

    def without_names(dialog: Any) -> bool:
        dialog.ui.namesCheck.setChecked(False)
        return True

    answers.run_dialog = without_names
    answers.save_file = target
    monkeypatch.setattr(export, "open_in_viewer", lambda path: True)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_E, CTRL)
    event_loop_qt.run_until_complete(asyncio.gather(*asyncio.all_tasks(event_loop_qt)))
    assert "show_error" not in answers.names()
    text = _pdf_text(target)
    for question in QUESTIONS:
        assert question in text, question
    for note in stored.values():
        assert note in text, note
    ranked = sorted(zip(THEMES, DOTS, strict=True), key=lambda pair: -pair[1])
    ranking = " ".join(
        f"{rank}. {title} {dots}" for rank, (title, dots) in enumerate(ranked, start=1)
    )
    assert ranking in text
    with rendering_in(workshop.language):
        average = decimal(plan.average_new_people())
    label = text_in(workshop.language, "Protocol", "New people met per person (average)")
    assert f"{label} {average}" in text
    for name in NAMES:
        assert name not in text, name
