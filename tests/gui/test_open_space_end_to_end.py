"""A whole Open Space driven through the window like a moderator: 20 proposals typed at
the marketplace, 15 of them placed on 3 slots × 5 spaces with 'Place the rest', 15
session reports typed by keyboard, the sessions weighted with dots, three top topics
and one typed action in the action plan; then the protocol ('book of proceedings')
exported with and without names and read back: every session title and report is in
both, the conveners only in the one with names."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_run_fixtures import clocks, player  # noqa: F401  (fixtures)

from werkstatt.core.records import WorkshopDraft
from werkstatt.gui import export
from werkstatt.gui.kinds.action_plan import ActionPlanWidget
from werkstatt.gui.kinds.agenda.panel import AgendaWidget
from werkstatt.gui.kinds.reports.moderator import ReportsWidget
from werkstatt.gui.kinds.vote.moderator import VoteWidget
from werkstatt.methods import load_templates
from werkstatt.resources import resource_path
from werkstatt.store.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton

#: title and convener as announced at the marketplace (some come without a name)
PROPOSALS = [
    ("Sichere Schulwege rund um die Grundschule am Anger", "Małgorzata Nowak"),
    ("Ein Repair-Café für das Quartier", "Jürgen Weiß"),
    ("Mehrsprachige Informationen aus dem Rathaus", "Ayşe Yılmaz"),
    ("Gemeinschaftsgärten auf Brachflächen", ""),
    ("Nachbarschaftshilfe für Ältere organisieren", "Nguyễn Thị Lan"),
    ("Jugendtreff mit selbstverwalteten Öffnungszeiten", "Oluwaseun Adeyemi"),
    ("Barrierefreie Bushaltestellen", "Henrike Großkopf"),
    ("Lastenräder zum Ausleihen", "Sven Åberg"),
    ("Kulturfest im Stadtteilpark", "Chiara Esposito"),
    ("Leerstand in der Hauptstraße beleben", "Dragan Petrović"),
    ("Trinkwasserbrunnen an Spielplätzen", ""),
    ("Digitale Sprechstunde für Seniorinnen", "Fatma Demir"),
    ("Tauschregal im Bürgerhaus", "Ingrid Lindqvist"),
    ("Mehr Bäume gegen die Sommerhitze", "Kofi Mensah"),
    ("Nachtbus am Wochenende", "Zofia Kowalczyk"),
    ("Quartiersrat mit Losverfahren", "Matthias Schäfer"),
    ("Sprachcafé für Neuzugezogene", "Layla Haddad"),
    ("Sauberkeit rund um die Glascontainer", ""),
    ("Ein Dorfladen als Genossenschaft", "Ruairí Ó Briain"),
    ("Sporthalle auch abends für Vereine öffnen", "Emre Kaya"),
]
SESSIONS = 15  # 3 slots × 5 spaces; the last five proposals wait at the marketplace
DOTS = [7, 2, 11, 4, 9, 3, 0, 5, 6, 1, 8, 2, 10, 3, 4]  # per session, in session order


def _report(number: int) -> tuple[str, str, str, str]:
    """participants, key points, results, next steps of the number-th session."""
    return (
        str(8 + number),
        f"Bericht {number + 1}: Austausch über Bedarf und Erfahrungen im Quartier",
        f"Ergebnis {number + 1}: Arbeitsgruppe gegründet, Treffpunkt vereinbart",
        f"Schritt {number + 1}: Termin mit dem Ortsbeirat anfragen",
    )


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


def _export(
    qtbot: Any, run: Any, answers: Any, loop: asyncio.AbstractEventLoop, target: Path, names: bool
) -> str:
    def choose(dialog: Any) -> bool:
        dialog.ui.namesCheck.setChecked(names)
        return True

    answers.run_dialog = choose
    answers.save_file = target
    # the last export's progress window has gone: the main window is active again
    run.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is run.window())
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_E, CTRL)
    loop.run_until_complete(asyncio.gather(*asyncio.all_tasks(loop)))
    return _pdf_text(target)


def test_a_whole_open_space_from_marketplace_to_book_of_proceedings(
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
    template = next(t for t in load_templates(resource_path("methods")) if t.key == "open_space")
    drafts = [
        dataclasses.replace(d, settings={**d.settings, "slots": 3, "spaces": 5})
        if d.key == "marktplatz"
        else d
        for d in template.drafts("de")
    ]
    workshop = library.create_workshop(
        WorkshopDraft(
            title="Open Space „Unser Kiez 2030“",
            method=template.key,
            date=dt.date(2025, 3, 14),  # the fake clocks' day
            start_time=dt.time(9, 30),
            place="Bürgerhaus Südstadt",
            moderators="Dorothea Klöß",
        ),
        drafts,
    )
    phases = {phase.key: phase for phase in library.list_phases(workshop.id)}
    window = make_window(library)
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]
    qtbot.mouseClick(page.start_button, LEFT)
    run = page.run_page
    while run.session.shown_phase().key != "marktplatz":
        _next_phase(qtbot, run, clocks)

    # the marketplace: 20 proposals typed (title, Tab, convener, Enter), the rest placed
    wall_widget = _working(qtbot, run, AgendaWidget)
    entry = wall_widget.marketplace.entry
    for title, convener in PROPOSALS:
        entry.title.setFocus()
        type_text(entry.title, title)
        qtbot.keyClick(entry.title, Qt.Key.Key_Tab)
        type_text(entry.convener, convener)
        qtbot.keyClick(entry.convener, Qt.Key.Key_Return)
    wall = library.agenda.wall(phases["marktplatz"].id)
    assert [(p.title, p.convener) for p in wall.proposals] == PROPOSALS
    assert (len(wall.slots), len(wall.spaces)) == (3, 5)
    qtbot.mouseClick(wall_widget.place_rest, LEFT)
    wall = library.agenda.wall(phases["marktplatz"].id)
    assert len(wall.placement) == SESSIONS and len(wall.unplaced) == 5
    sessions = library.reports.sessions(phases["sessions"].id)
    assert len(sessions) == SESSIONS

    # the sessions: each report typed from its sheet, Ctrl+Down to the next
    _next_phase(qtbot, run, clocks)
    reports = _working(qtbot, run, ReportsWidget)
    assert reports.count_label.text() == "15 of 15 report(s) still missing"
    form = reports.form
    assert form.count_field is not None
    form.count_field.setFocus()
    for number, session in enumerate(sessions):
        assert form.title_label.text() == session.title
        participants, key_points, results, next_steps = _report(number)
        qtbot.keyClicks(form.count_field, participants)
        qtbot.keyClick(form.count_field, Qt.Key.Key_Tab)
        for field, text in (("key_points", key_points), ("results", results)):
            assert form.fields[field].hasFocus()
            type_text(form.fields[field], text)
            qtbot.keyClick(form.fields[field], Qt.Key.Key_Tab)
        type_text(form.fields["next_steps"], next_steps)
        # kept on the way to the next session; the focus goes to its first field
        qtbot.keyClick(form.fields["next_steps"], Qt.Key.Key_Down, CTRL)
        last = number == SESSIONS - 1  # no next session: the focus stays
        assert form.count_field.hasFocus() != last
    assert reports.count_label.text() == "All 15 report(s) are in"
    stored = library.reports.list(phases["sessions"].id)
    assert [r.proposal_id for r in stored] == [s.id for s in sessions]
    assert [(str(r.participants), r.key_points, r.results, r.next_steps) for r in stored] == [
        _report(n) for n in range(SESSIONS)
    ]

    # lunch, the reading time at the news wall, then the dots on the sessions
    _next_phase(qtbot, run, clocks)
    _next_phase(qtbot, run, clocks)
    assert run.session.shown_phase().key == "nachrichtenwand"
    _next_phase(qtbot, run, clocks)
    vote = _working(qtbot, run, VoteWidget)
    qtbot.waitUntil(vote.view.hasFocus)
    assert vote.model.headerData(1, Qt.Orientation.Horizontal) == "Session"
    for dots in DOTS:
        qtbot.keyClicks(vote.view, str(dots))
        qtbot.keyClick(vote.view, Qt.Key.Key_Return)
    tally = library.votes.tally(phases["konvergenz"].id)
    assert [t.label for t in tally.targets] == [s.title for s in sessions]
    assert [tally.dots(t.id) for t in tally.targets] == DOTS

    # the action plan: the three top topics with one click each, and one typed action
    _next_phase(qtbot, run, clocks)
    plan = _working(qtbot, run, ActionPlanWidget)
    assert len(plan.top_buttons) == 5
    for button in plan.top_buttons[:3]:
        qtbot.mouseClick(button, LEFT)
    plan.entry.setFocus()
    type_text(plan.entry, "Runden Tisch Schulweg mit Straßenverkehrsamt einberufen")
    qtbot.keyClick(plan.entry, Qt.Key.Key_Return)
    ranked = sorted(zip(sessions, DOTS, strict=True), key=lambda pair: -pair[1])
    top_titles = [session.title for session, _ in ranked[:3]]
    actions = [a.what for a in library.actions.list(phases["aktionsplanung"].id)]
    assert actions == [*top_titles, "Runden Tisch Schulweg mit Straßenverkehrsamt einberufen"]
    _next_phase(qtbot, run, clocks)  # the closing circle

    # the book of proceedings, with names and without
    monkeypatch.setattr(export, "open_in_viewer", lambda path: True)
    with_names = _export(
        qtbot, run, answers, event_loop_qt, tmp_path / "Dokumentation mit Namen.pdf", True
    )
    without = _export(
        qtbot, run, answers, event_loop_qt, tmp_path / "Dokumentation ohne Namen.pdf", False
    )
    # NOTE for the lead: needs protocol/sections/agenda.py and reports.py (issue 8)
    for text in (with_names, without):
        for session in sessions:
            assert session.title in text, session.title
        for number in range(SESSIONS):
            for part in _report(number)[1:]:
                assert part in text, part
        for action in actions:
            assert action in text, action
    conveners = [s.convener for s in sessions if s.convener]
    assert conveners
    for convener in conveners:
        assert convener in with_names, convener
        assert convener not in without, convener
