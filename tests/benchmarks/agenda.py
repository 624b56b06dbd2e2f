"""An Open Space agenda wall of 10 slots × 15 spaces with 150 proposals: does it stay fluid?

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/agenda.py [--shots DIR]

Fills an agenda wall phase through the store (10 slots, one of them a lunch break, 15
spaces with seats and equipment, 150 proposals with real-length German titles, 120 of
them placed), then measures with the moderator's widget at 1600×900 and the projector's
grid at 1920×1080 beside it:

- opening the agenda widget (made, laid out, shown, painted; median of a few);
- a drag's frame time: real mouse events (QTest) carrying a session from cell to cell
  across the wall, and a proposal from the marketplace list onto the wall, each frame a
  mouse move plus a forced repaint of the wall's viewport;
- a drop: the release, the store's change, marketplace, wall and conflicts redrawn;
- the projector redrawing after a change.

``--shots DIR`` also saves the wall and the projector as PNG files.
Prints figures; asserts nothing (a test suite does not time things).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from figures import ms, report, timed

TARGET_P99_MS = 16.0

TITLES = [
    "Wie wird der Marktplatz autofrei, ohne dass der Einzelhandel leidet?",
    "Gemeinschaftsgärten auf Brachflächen: Wer gießt im Sommer?",
    "Quartiersentwicklungskonzept endlich umsetzen",
    "Nachbarschaftshilfe: Einkaufen, Fahrdienste, Besuche bei Älteren",
    "Repair-Café im Gemeindehaus – wer macht mit?",
    "Bezahlbarer Wohnraum für Familien und Studierende",
    "Jugendbeirat gründen: Mitbestimmung ab 14",
    "Schulwegsicherheit an der Kreuzung Lindenstraße",
    "Klimaanpassung: Mehr Schatten und Trinkbrunnen in der Innenstadt",
    "Bürgerhaushalt – wie verteilen wir 50.000 Euro?",
    "Inklusion im Sportverein: barrierefreie Umkleiden",
    "Digitale Sprechstunde im Rathaus für Berufstätige",
    "Energiegenossenschaft: Solardächer auf Schulen",
    "Begegnungscafé für Geflüchtete und Alteingesessene",
    "Nahversorgung im Ortsteil nach Schließung des Supermarkts",
]
CONVENERS = [
    "Ayşe Yılmaz",
    "Jonas Weber",
    "Małgorzata Nowak",
    "Kwame Mensah",
    "Nguyễn Thị Lan",
    "Sören Aßmann",
    "Fatima Al-Sayed",
    "Dr. Hans-Jürgen Müller-Lüdenscheidt",
    "Lena Vogt",
    "Olusegun Adeyemi",
    "Ingrid Björklund",
    "Rafael Gómez",
]
SPACES = [
    ("Großer Saal", 120, "Beamer, barrierefrei"),
    ("Kleiner Saal", 40, "Beamer"),
    ("Werkstattraum im Souterrain", 15, ""),
    ("Bibliothek", 20, "barrierefrei"),
    ("Garten", None, ""),
    ("Foyer", 30, "barrierefrei"),
    ("Raum 1.12", 12, "Flipchart"),
    ("Raum 1.14", 12, "Flipchart"),
    ("Raum 2.03", 18, "Beamer"),
    ("Raum 2.05", 18, ""),
    ("Kantine", 50, "barrierefrei"),
    ("Turnhalle", 80, ""),
    ("Musikraum", 25, "Klavier"),
    ("Dachterrasse", 20, ""),
    ("Jugendzentrum nebenan", 25, "Beamer"),
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=120, help="mouse moves per drag")
    parser.add_argument("--drops", type=int, default=20)
    parser.add_argument("--shots", type=Path, default=None, help="save PNGs here")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QEvent, QPoint, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from werkstatt.core import agenda
    from werkstatt.core.agenda import Cell, Proposal, Slot, Space
    from werkstatt.core.records import WorkshopDraft
    from werkstatt.gui.kinds import PresenterTheme, RunContext
    from werkstatt.gui.kinds.agenda.panel import AgendaWidget
    from werkstatt.gui.kinds.agenda.presenter import AgendaPresenter
    from werkstatt.methods.model import PhaseDraft, PhaseKind
    from werkstatt.store.library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    left = Qt.MouseButton.LeftButton
    with tempfile.TemporaryDirectory(prefix="werkstatt-agenda-") as folder:
        library = Library.open(Path(folder))
        workshop = library.create_workshop(
            WorkshopDraft(title="Open Space Zukunft Großbeeren 2030", method="open_space"),
            [PhaseDraft(PhaseKind.AGENDA_WALL, "Marktplatz", settings={"slots": 1, "spaces": 1})],
        )
        (phase,) = library.list_phases(workshop.id)
        started = time.perf_counter()
        wall = library.agenda.ensure_wall(phase.id)
        # Replace the settings' grid with the big one: 10 rows (lunch at 12:30), 15 spaces.
        change = agenda.WallChange(
            added_slots=tuple(
                Slot(
                    100 + row,
                    dt.time(9 + (row * 75) // 60, (row * 75) % 60),
                    30 if row == 3 else 60,
                    label="Mittagspause" if row == 3 else "",
                    is_break=row == 3,
                    order=row,
                )
                for row in range(10)
            ),
            added_spaces=tuple(
                Space(100 + n, name, seats, agenda.parse_tags(kit), order=n)
                for n, (name, seats, kit) in enumerate(SPACES)
            ),
            removed_slots=tuple(slot.id for slot in wall.slots),
            removed_spaces=tuple(space.id for space in wall.spaces),
        )
        wall = library.agenda.apply(phase.id, change)
        proposals = tuple(
            Proposal(
                1000 + n,
                f"{TITLES[n % len(TITLES)]} ({n // len(TITLES) + 1})",
                convener=CONVENERS[n % len(CONVENERS)],
                expected=(8, 15, 25, None, 40)[n % 5],
                needs=agenda.parse_tags(("", "Beamer", "", "barrierefrei", "")[n % 5]),
            )
            for n in range(150)
        )
        wall = library.agenda.apply(phase.id, agenda.WallChange(added_proposals=proposals))
        cells = [
            Cell(slot.id, space.id)
            for slot in wall.slots
            if not slot.is_break
            for space in wall.spaces
        ]
        placed = [(p.id, cells[n]) for n, p in enumerate(proposals[:120])]
        wall = library.agenda.apply(phase.id, agenda.place_all(wall, placed).change)
        print(
            f"{len(wall.slots)} slots × {len(wall.spaces)} spaces, {len(wall.proposals)} proposals"
            f" ({len(wall.placement)} placed, {len(agenda.conflicts(wall))} conflicts)"
            f" through the store in {time.perf_counter() - started:.1f} s"
        )
        load = timed(lambda: library.agenda.wall(phase.id))
        print(f"{'library.agenda.wall':<46} {ms(load):7.1f} ms")

        stack = QUndoStack()
        context = RunContext(library, workshop.id, stack, "de")

        def open_widget() -> tuple[QWidget, AgendaWidget]:
            window = QWidget()
            layout = QVBoxLayout(window)
            widget = AgendaWidget(context, phase, window)
            layout.addWidget(widget)
            window.resize(1600, 900)
            window.show()
            app.processEvents()
            widget.view.viewport().repaint()
            return window, widget

        opens = []
        for _ in range(5):
            began = time.perf_counter()
            window, widget = open_widget()
            opens.append(time.perf_counter() - began)
            window.close()
            window.deleteLater()
            # Outside an event loop deleteLater waits for this; else the closed widgets
            # would still redraw after every change below.
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            app.processEvents()
        print(
            f"{'open the agenda widget (made, shown, painted)':<46} median"
            f" {ms(statistics.median(opens)):7.1f} ms   (runs: "
            + ", ".join(f"{ms(s):.0f}" for s in opens)
            + " ms)"
        )
        window, widget = open_widget()
        screen = QWidget()
        screen_layout = QVBoxLayout(screen)
        screen_layout.setContentsMargins(0, 0, 0, 0)
        presenter = AgendaPresenter(
            context,
            phase,
            PresenterTheme(1080),
            screen,
            clock=lambda: dt.datetime(2026, 6, 13, 10, 30, tzinfo=dt.UTC),
        )
        screen_layout.addWidget(presenter)
        screen.resize(1920, 1080)
        screen.show()
        app.processEvents()
        view = widget.view
        viewport = view.viewport()
        if args.shots is not None:
            args.shots.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(args.shots / "agenda_wall_1600x900.png"))
            screen.grab().save(str(args.shots / "agenda_projector_1920x1080.png"))
            print(f"screenshots saved in {args.shots}")

        def frames(source: QWidget, start: QPoint, ends: Sequence[QPoint]) -> list[float]:
            times = []
            QTest.mousePress(source, left, Qt.KeyboardModifier.NoModifier, start)
            for n in range(args.frames):
                end = ends[n % len(ends)]
                point = source.mapFromGlobal(viewport.mapToGlobal(end))
                began = time.perf_counter()
                QTest.mouseMove(source, point)
                viewport.repaint()
                times.append(time.perf_counter() - began)
            QTest.mouseRelease(source, left, Qt.KeyboardModifier.NoModifier, start)
            return times

        wall = widget.wall
        corners = [view.cell_centre(cells[n]) for n in (0, 1, 16, 17, 30, 31, 2, 18)]
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        moved = frames(viewport, view.cell_centre(cells[0]), corners)
        report("drag a session across the wall (per frame)", moved, TARGET_P99_MS)
        table = widget.marketplace.table
        row = table.visualRect(table.model().index(0, 0)).center()
        listed = frames(table.viewport(), row, corners)
        report("drag from the marketplace (per frame)", listed, TARGET_P99_MS)

        drops = []
        for n in range(args.drops):
            pid = wall.unplaced[0] if wall.unplaced else proposals[n].id
            target = cells[(n * 7) % len(cells)]
            began = time.perf_counter()
            widget._place(pid, target, True)
            app.processEvents()
            viewport.repaint()
            drops.append(time.perf_counter() - began)
            wall = widget.wall
        report("a drop: store, list, wall, conflicts redrawn", drops)
        redraws = []
        for _ in range(10):
            began = time.perf_counter()
            presenter.reload()
            presenter.repaint()
            redraws.append(time.perf_counter() - began)
        report("projector redraw after a change", redraws)
        suggestion = timed(lambda: agenda.suggest_placement(widget.wall))
        print(f"{'suggest_placement (place the rest)':<46} {ms(suggestion):7.1f} ms")
        window.close()
        screen.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
