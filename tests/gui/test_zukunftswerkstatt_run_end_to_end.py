"""An evening of a Zukunftswerkstatt driven through the whole window like a moderator:
create it from the template, start it, open the projector, run the timer (on fake clocks,
no sleeping), type 30 critique cards, edit and delete some, undo, move on, export the
protocol; then read the PDF back and find every card, the phase titles and the times."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from test_run_fixtures import clocks, local, player  # noqa: F401  (fixtures)

from werkstatt.core.records import WorkshopDraft
from werkstatt.gui import export
from werkstatt.gui.kinds.card_wall import CardWall
from werkstatt.methods import load_templates
from werkstatt.methods.model import PhaseKind
from werkstatt.resources import resource_path
from werkstatt.store.library import Library

CTRL = Qt.KeyboardModifier.ControlModifier
CRITIQUE = [
    "Zu wenig Sitzbänke am Marktplatz",
    "Busverbindung nach 20 Uhr fehlt",
    "Spielplatz an der Eisenbahnstraße seit Monaten gesperrt",
    "Keine Treffpunkte für Jugendliche am Abend",
    "Radwege enden im Nichts",
    "Ärztinnen und Ärzte nehmen keine neuen Patienten",
    "Mieten steigen schneller als die Renten",
    "Öffnungszeiten der Stadtteilbibliothek zu kurz",
    "Lärm von der Hauptverkehrsstraße bis spät in die Nacht",
    "Informationen der Stadt nur auf Deutsch",
    "Ehrenamtliche fühlen sich allein gelassen",
    "Der Wochenmarkt ist verschwunden",
    "Schulweg ohne sichere Querung",
    "Zu wenig Kita-Plätze im Viertel",
    "Große Straßenbäume wurden ohne Ersatz gefällt",
    "Bürgerbeteiligung kommt immer zu spät",
    "Barrierefreie Toiletten fehlen im Stadtteilzentrum",
    "Fahrradständer am Bahnhof sind immer voll",
    "Kein Internet im Gemeinschaftsraum",
    "Wenig Austausch zwischen Alteingesessenen und Zugezogenen",
    "Parkanlage verwahrlost, Wege voller Schlaglöcher",
    "Müll rund um die Glascontainer",
    "Nachts ist die Unterführung dunkel und unheimlich",
    "Mahallede gençler için buluşma yeri yok",
    "Kaum Angebote für Seniorinnen am Wochenende",
    "Die Post hat ihre Filiale geschlossen",
    "Gehwege zugeparkt, kein Durchkommen mit dem Rollator",
    "Sporthalle abends immer ausgebucht",
    "Zu wenig Grün am Quartiersplatz",
    "Przystanek autobusowy bez zadaszenia – zimą bardzo zimno",
]


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_a_critique_phase_from_start_to_protocol(
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
    templates = load_templates(resource_path("methods"))
    template = next(t for t in templates if t.key == "zukunftswerkstatt")
    workshop = library.create_workshop(
        WorkshopDraft(
            title="Zukunftswerkstatt Quartiersplatz Leipzig-Ost",
            method=template.key,
            date=dt.date(2025, 3, 14),
            start_time=dt.time(18, 0),
            place="Stadtteilzentrum Volkmarsdorf",
            moderators="Dorothea Klöß, Mehmet Öztürk",
        ),
        template.drafts("de"),
    )
    phases = library.list_phases(workshop.id)
    critique = next(p for p in phases if p.kind == PhaseKind.CARDS)
    window = make_window(library)
    window.open_workshop(workshop.id)
    page = window.workshop_pages[workshop.id]

    # start the evening (run mode, first phase) and open the projector with F5
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.in_run_mode
    run = page.run_page
    qtbot.keyClick(run, Qt.Key.Key_F5)
    presenter = page.presenter
    assert presenter is not None and presenter.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # walk to the critique phase with Ctrl+Right, five minutes per earlier phase
    while run.session.shown_phase().id != critique.id:
        clocks.advance(minutes=5)
        qtbot.keyClick(run, Qt.Key.Key_Right, CTRL)
    assert presenter.title_label.text().replace("\u00ad", "") == critique.title

    # run the timer: start with Space, let 25 minutes pass, pause
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Space)
    timer = run.session.timer.timer
    assert timer is not None and timer.running
    clocks.advance(minutes=critique.planned_minutes + 2)
    assert timer.remaining == -120  # two minutes over time
    assert player.plays == 0  # the gong rings on the next tick of the repaint timer
    qtbot.waitUntil(lambda: player.plays == 1, timeout=2000)
    assert QApplication.activeWindow() is window  # the projector did not take the keyboard
    # Ctrl+Space pauses even while the cursor is in the cards line
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space, CTRL)
    assert not timer.running

    # 30 cards by keyboard into the entry that has the focus
    cards_widget = run.working_widget
    entry = cards_widget.entry
    for text in CRITIQUE:
        type_text(entry, text)
        qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert [c.text for c in library.cards.list(critique.id)] == CRITIQUE
    assert library.cards.count(critique.id) == 30

    # edit the second card in place, delete two, undo one deletion
    qtbot.keyClick(entry, Qt.Key.Key_Up)
    wall = cards_widget.wall
    qtbot.keyClick(wall, Qt.Key.Key_Home)
    qtbot.keyClick(wall, Qt.Key.Key_Right)
    qtbot.keyClick(wall, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, "Keine Busverbindung nach 20 Uhr, auch nicht am Wochenende")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: library.cards.list(critique.id)[1].text
        == "Keine Busverbindung nach 20 Uhr, auch nicht am Wochenende"
    )
    wall.setFocus()
    qtbot.keyClick(wall, Qt.Key.Key_End)
    qtbot.keyClick(wall, Qt.Key.Key_Delete)  # the Polish bus stop
    qtbot.keyClick(wall, Qt.Key.Key_Home)
    qtbot.keyClick(wall, Qt.Key.Key_Delete)  # the benches
    assert library.cards.count(critique.id) == 28
    qtbot.keyClick(wall, Qt.Key.Key_Escape)
    qtbot.keyClick(cards_widget.entry, Qt.Key.Key_Z, CTRL)  # the benches come back
    texts = [c.text for c in library.cards.list(critique.id)]
    assert texts[0] == "Zu wenig Sitzbänke am Marktplatz" and len(texts) == 29
    assert CRITIQUE[-1] not in texts

    # the projector shows the cards, never the moderator's script
    qtbot.waitUntil(lambda: CRITIQUE[-2] in _shown_text(presenter), timeout=2000)
    assert CRITIQUE[-1] not in _shown_text(presenter)
    assert critique.script.split(".")[0] not in _shown_text(presenter)

    # on to the next phase: the critique phase has its actual start and end
    clocks.advance(minutes=3)
    qtbot.keyClick(run, Qt.Key.Key_Right, CTRL)
    critique_run = library.run.phase_runs(workshop.id)[critique.id]
    assert critique_run.actual_start == local(18, 5 * phases.index(critique))
    assert critique_run.actual_end == critique_run.actual_start + dt.timedelta(
        minutes=critique.planned_minutes + 2 + 3
    )

    # export the protocol with Ctrl+E; the options and the file dialog are answered
    target = tmp_path / "Protokoll Quartiersplatz.pdf"
    answers.run_dialog = lambda dialog: True  # the options as they open: names left out
    answers.save_file = target
    monkeypatch.setattr(export, "open_in_viewer", lambda path: True)
    qtbot.keyClick(run, Qt.Key.Key_E, CTRL)
    pending = asyncio.all_tasks(event_loop_qt)
    assert pending, "the export runs as a task on the event loop"
    event_loop_qt.run_until_complete(asyncio.gather(*pending))

    text = _pdf_text(target)
    for card in texts:
        assert card in text, card
    assert CRITIQUE[-1] not in text
    assert critique.title in text
    for phase in phases[:3]:
        assert phase.title in text
    start = critique_run.actual_start.astimezone().strftime("%H:%M")
    end = critique_run.actual_end.astimezone().strftime("%H:%M")
    assert f"{start}–{end}" in text
    page.close_projector()


def _shown_text(widget: Any) -> str:
    """Everything the projector window shows as text (labels and painted card walls)."""
    parts = [label.text() for label in widget.findChildren(QLabel)]
    for wall in widget.findChildren(CardWall):
        parts.extend(item.text for item in wall.shown_items())
    return " ".join(parts).replace("\u00ad", "")
