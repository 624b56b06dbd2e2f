"""A whole Zukunftswerkstatt driven through the window like a moderator: 42 criticisms,
sorted on the pinboard by mouse and by typing cluster names, dots counted by keyboard,
the top criticisms turned into visions, visions sorted and weighted, the reality check,
the action plan from the top results, three photos of the pinboards; then the protocol
exported and read back: every card, cluster, vote count and action is in it."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from pathlib import Path
from typing import Any

from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from test_run_fixtures import clocks, player  # noqa: F401  (fixtures)

from werkstatt.core.records import WorkshopDraft
from werkstatt.gui import export
from werkstatt.gui.kinds.action_plan import ActionPlanWidget
from werkstatt.gui.kinds.board.panel import ClusterWidget
from werkstatt.gui.kinds.reality_check import RealityCheckWidget
from werkstatt.gui.kinds.reformulate import ReformulateWidget
from werkstatt.gui.kinds.vote.moderator import VoteWidget
from werkstatt.methods import load_templates
from werkstatt.resources import resource_path
from werkstatt.store.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton

# Six themes of seven criticisms each, as they come in from the tables (mixed up).
THEMES = {
    "Verkehr & Mobilität": [
        "Busverbindung nach 20 Uhr fehlt",
        "Radwege enden im Nichts",
        "Schulweg ohne sichere Querung",
        "Gehwege zugeparkt, kein Durchkommen mit dem Rollator",
        "Fahrradständer am Bahnhof sind immer voll",
        "Przystanek autobusowy bez zadaszenia",
        "Lieferverkehr parkt auf dem Radweg",
    ],
    "Treffpunkte & Nachbarschaft": [
        "Keine Treffpunkte für Jugendliche am Abend",
        "Mahallede gençler için buluşma yeri yok",
        "Wenig Austausch zwischen Alteingesessenen und Zugezogenen",
        "Kaum Angebote für Seniorinnen am Wochenende",
        "Der Wochenmarkt ist verschwunden",
        "Sporthalle abends immer ausgebucht",
        "Kein Internet im Gemeinschaftsraum",
    ],
    "Grün & Sauberkeit": [
        "Zu wenig Grün am Quartiersplatz",
        "Große Straßenbäume ohne Ersatz gefällt",
        "Müll rund um die Glascontainer",
        "Parkanlage verwahrlost, Wege voller Schlaglöcher",
        "Spielplatz an der Eisenbahnstraße gesperrt",
        "Zu wenig Sitzbänke am Marktplatz",
        "Hundekot auf allen Grünstreifen",
    ],
    "Wohnen & Versorgung": [
        "Mieten steigen schneller als die Renten",
        "Ärztinnen nehmen keine neuen Patienten",
        "Die Post hat ihre Filiale geschlossen",
        "Zu wenig Kita-Plätze im Viertel",
        "Öffnungszeiten der Stadtteilbibliothek zu kurz",
        "Kein Lebensmittelladen mehr in Laufweite",
        "Sozialwohnungen fallen aus der Bindung",
    ],
    "Sicherheit & Lärm": [
        "Nachts ist die Unterführung dunkel und unheimlich",
        "Lärm von der Hauptverkehrsstraße bis spät in die Nacht",
        "Raser in der Tempo-30-Zone",
        "Straßenbeleuchtung Am Anger fällt oft aus",
        "Ältere trauen sich abends nicht mehr raus",
        "Autorennen auf dem Supermarktparkplatz",
        "Keine Polizeipräsenz im Viertel",
    ],
    "Beteiligung & Information": [
        "Informationen der Stadt nur auf Deutsch",
        "Ehrenamtliche fühlen sich allein gelassen",
        "Bürgerbeteiligung kommt immer zu spät",
        "Barrierefreie Toiletten fehlen im Stadtteilzentrum",
        "Quartiersentwicklungskonzept liegt in der Schublade",
        "Niemand weiß, wer im Rathaus zuständig ist",
        "Beschlüsse des Ortsbeirats werden nicht veröffentlicht",
    ],
}
DOTS = [11, 4, 9, 6, 2, 7]  # per theme, in board order
VISIONS = {
    "Mobil ohne Auto": [
        "Busse fahren bis Mitternacht im Viertelstundentakt",
        "Die Schulstraße ist eine Fahrradstraße mit Bäumen",
    ],
    "Ein Viertel für alle Generationen": [
        "Ein Jugendcafé, das die Jugendlichen selbst verwalten",
        "Ein Nachbarschaftsgarten mit Hochbeeten für Jung und Alt",
    ],
}
ACTIONS = [
    ("Runden Tisch Verkehr mit Tiefbauamt und Schulen einberufen", "Jürgen Weiß"),
    ("Raum für das Jugendcafé im Stadtteilzentrum anfragen", "Ayşe Yılmaz"),
    ("Antrag Verfügungsfonds für Hochbeete stellen", "Nguyễn Thị Lan"),
    ("Mehrsprachigen Newsletter des Ortsbeirats starten", "Przemysław Wójcik"),
]


def _photo(seed: int) -> bytes:
    image = Image.new("RGB", (480, 360), (200 + seed * 10, 220, 180))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def _working(qtbot: Any, run: Any, kind: type) -> Any:
    widget = run.working_widget.findChild(kind) or run.working_widget
    assert isinstance(widget, kind), type(run.working_widget)
    # the layout shows a new working area on its next turn of the event loop
    qtbot.waitUntil(widget.isVisible)
    return widget


def _next_phase(qtbot: Any, run: Any, clock: Any) -> None:
    clock.advance(minutes=10)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Right, CTRL)


def _drag(qtbot: Any, board: ClusterWidget, start: QPoint, end: QPoint) -> None:
    viewport = board.view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for step in range(1, 7):
        qtbot.mouseMove(viewport, start + (end - start) * (step / 6))
    qtbot.mouseRelease(viewport, LEFT, pos=end)


def _centre_of_card(board: ClusterWidget, card_id: int) -> QPoint:
    return board.view.mapFromScene(board.board_scene.cards[card_id].sceneBoundingRect().center())


def _centre_of_heading(board: ClusterWidget, cluster_id: int) -> QPoint:
    return board.view.mapFromScene(board.board_scene.clusters[cluster_id].heading().center())


def _sort(
    qtbot: Any,
    board: ClusterWidget,
    library: Library,
    answers: Any,
    type_text: Any,
    themes: dict[str, list[str]],
    card_phase: int,
) -> None:
    """The first card of each theme makes its cluster (Ins, name typed); the second is
    dragged onto the heading; the rest are filed by typing the cluster's name."""
    ids = {card.text: card.id for card in library.cards.list(card_phase)}
    view = board.view
    for title, texts in themes.items():
        board.view.setFocus()
        qtbot.mouseClick(view.viewport(), LEFT, pos=_centre_of_card(board, ids[texts[0]]))
        answers.ask_text = title
        qtbot.keyClick(view, Qt.Key.Key_Insert)
    clusters = {c.title: c.id for c in library.board.load(board.phase_id).board.clusters}
    for title, texts in themes.items():
        _drag(
            qtbot,
            board,
            _centre_of_card(board, ids[texts[1]]),
            _centre_of_heading(board, clusters[title]),
        )
        for text in texts[2:]:
            qtbot.mouseClick(view.viewport(), LEFT, pos=_centre_of_card(board, ids[text]))
            qtbot.keyClicks(view, title[0])
            type_text(board.type_ahead.line, title[1:6])
            assert board.type_ahead.choices()[0] == title
            qtbot.keyClick(board.type_ahead.line, Qt.Key.Key_Return)


def test_a_whole_zukunftswerkstatt_from_criticism_to_action_plan_and_protocol(
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
    template = next(
        t for t in load_templates(resource_path("methods")) if t.key == "zukunftswerkstatt"
    )
    workshop = library.create_workshop(
        WorkshopDraft(
            title="Zukunftswerkstatt Leipzig-Volkmarsdorf 2035",
            method=template.key,
            date=dt.date(2025, 3, 14),  # the fake clocks' day
            start_time=dt.time(18, 0),
            place="Stadtteilzentrum Volkmarsdorf",
            moderators="Dorothea Klöß, Mehmet Öztürk",
        ),
        template.drafts("de"),
    )
    phases = {phase.key: phase for phase in library.list_phases(workshop.id)}
    window = make_window(library)
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]
    qtbot.mouseClick(page.start_button, LEFT)
    run = page.run_page
    while run.session.shown_phase().key != "kritik-karten":
        _next_phase(qtbot, run, clocks)

    # 42 criticisms, typed in the order they come from the tables
    entry = run.working_widget.entry
    mixed = [texts[i] for i in range(7) for texts in THEMES.values()]
    for text in mixed:
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert library.cards.count(phases["kritik-karten"].id) == 42

    # the pinboard: six clusters, by Ins, by dragging and by typing their names
    _next_phase(qtbot, run, clocks)
    board = _working(qtbot, run, ClusterWidget)
    _sort(qtbot, board, library, answers, type_text, THEMES, phases["kritik-karten"].id)
    sorted_board = library.board.load(phases["kritik-cluster"].id).board
    assert [c.title for c in sorted_board.clusters] == list(THEMES)
    assert sorted_board.unsorted == ()
    for cluster, texts in zip(sorted_board.clusters, THEMES.values(), strict=True):
        assert len(sorted_board.cards_in(cluster.id)) == len(texts)

    # the dots, counted by keyboard: a number and Enter per cluster
    _next_phase(qtbot, run, clocks)
    vote = _working(qtbot, run, VoteWidget)
    qtbot.waitUntil(vote.view.hasFocus)
    for dots in DOTS:
        qtbot.keyClicks(vote.view, str(dots))
        qtbot.keyClick(vote.view, Qt.Key.Key_Return)
    tally = library.votes.tally(phases["kritik-punkte"].id)
    assert [tally.dots(t.id) for t in tally.targets] == DOTS

    # the break, then the top three criticisms turned into visions
    _next_phase(qtbot, run, clocks)
    _next_phase(qtbot, run, clocks)
    reformulate = _working(qtbot, run, ReformulateWidget)
    assert [item.label for item in reformulate.items] == [
        "Verkehr & Mobilität",
        "Grün & Sauberkeit",
        "Beteiligung & Information",
    ]
    statements = [
        "Alle kommen sicher und bequem ohne eigenes Auto durchs Viertel",
        "Grüne, saubere Plätze laden zum Verweilen ein",
        "Alle wissen, wo und wie sie mitreden können – in ihrer Sprache",
    ]
    for edit, statement in zip(reformulate.edits, statements, strict=True):
        edit.setFocus()
        type_text(edit, statement)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    seeded = library.cards.list(phases["phantasie-karten"].id)
    assert [(c.text, c.origin) for c in seeded] == list(
        zip(statements, [item.label for item in reformulate.items], strict=True)
    )

    # visions: two more cards each, two clusters, the dots
    _next_phase(qtbot, run, clocks)
    entry = run.working_widget.entry
    for text in [t for texts in VISIONS.values() for t in texts]:
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    _next_phase(qtbot, run, clocks)
    board = _working(qtbot, run, ClusterWidget)
    visions = {
        "Mobil ohne Auto": [statements[0], *VISIONS["Mobil ohne Auto"]],
        "Ein Viertel für alle Generationen": [
            statements[1],
            *VISIONS["Ein Viertel für alle Generationen"],
            statements[2],
        ],
    }
    _sort(qtbot, board, library, answers, type_text, visions, phases["phantasie-karten"].id)
    _next_phase(qtbot, run, clocks)
    vote = _working(qtbot, run, VoteWidget)
    qtbot.waitUntil(vote.view.hasFocus)
    for dots in (8, 13):
        qtbot.keyClicks(vote.view, str(dots))
        qtbot.keyClick(vote.view, Qt.Key.Key_Return)

    # the reality check of the top idea
    _next_phase(qtbot, run, clocks)
    check = _working(qtbot, run, RealityCheckWidget)
    first = check.blocks[0]
    assert first.heading.text().startswith("1. Ein Viertel für alle Generationen")
    resources = first.fields["resources"]
    resources.setFocus()
    type_text(resources, "Leerstehender Laden in der Eisenbahnstraße")
    qtbot.keyClick(resources, Qt.Key.Key_Tab)
    type_text(first.fields["allies"], "Bürgerverein Volkmarsdorf")
    qtbot.keyClick(first.fields["allies"], Qt.Key.Key_Tab)
    type_text(first.fields["obstacles"], "Brandschutzauflagen für den Laden")
    check.blocks[1].fields["resources"].setFocus()
    (reality,) = library.reality_checks.list(phases["realitaetscheck"].id)
    assert reality.obstacles == "Brandschutzauflagen für den Laden"

    # the action plan: both top visions with one click each, then two typed ones
    _next_phase(qtbot, run, clocks)
    plan = _working(qtbot, run, ActionPlanWidget)
    assert len(plan.top_buttons) == 2
    for button in plan.top_buttons:
        qtbot.mouseClick(button, LEFT)
    for what, _ in ACTIONS[2:]:
        plan.entry.setFocus()
        type_text(plan.entry, what)
        qtbot.keyClick(plan.entry, Qt.Key.Key_Return)
    stored = library.actions.list(phases["massnahmenplan"].id)
    assert [a.what for a in stored[:2]] == ["Ein Viertel für alle Generationen", "Mobil ohne Auto"]
    for action, (what, who) in zip(stored, ACTIONS, strict=True):
        library.actions.update(action.id, what=what, responsible=who, due="bis März 2027")

    # three photos of the pinboards, through the strip's file dialog
    paths = []
    for number in range(3):
        path = tmp_path / f"Pinnwand_{number + 1}.jpg"
        path.write_bytes(_photo(number))
        paths.append(path)
    answers.open_files = paths
    qtbot.mouseClick(run.photo_strip.add_button, LEFT)
    event_loop_qt.run_until_complete(run.photo_strip.import_task)
    assert library.photos.count(phases["massnahmenplan"].id) == 3

    # the protocol, with names: read back, everything is in it
    target = tmp_path / "Protokoll Volkmarsdorf.pdf"

    def with_names(dialog: Any) -> bool:
        dialog.ui.namesCheck.setChecked(True)
        return True

    answers.run_dialog = with_names
    answers.save_file = target
    monkeypatch.setattr(export, "open_in_viewer", lambda path: True)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_E, CTRL)
    pending = asyncio.all_tasks(event_loop_qt)
    event_loop_qt.run_until_complete(asyncio.gather(*pending))
    text = _pdf_text(target)
    for card in mixed + [t for texts in VISIONS.values() for t in texts] + statements:
        assert card in text, card
    for title in [*THEMES, *VISIONS]:
        assert title in text, title
    # the ranking: each cluster with its dots, in rank order
    ranked = sorted(zip(THEMES, DOTS, strict=True), key=lambda pair: -pair[1])
    ranking = " ".join(
        f"{rank}. {title} {dots}" for rank, (title, dots) in enumerate(ranked, start=1)
    )
    assert ranking in text
    for what, who in ACTIONS:
        assert what in text and who in text, what
    assert "Brandschutzauflagen für den Laden" in text
