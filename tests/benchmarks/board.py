"""A pinboard with 2,000 cards in 60 clusters: does dragging stay smooth?

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/board.py [--cards 2000]

Fills a card phase with ``--cards`` cards through the store and sorts them into
``--clusters`` clusters of a cluster phase (a few left unsorted), then measures, with the
moderator's board widget at 1600×900 and the projector's board beside it:

- opening the board widget (made, laid out, shown, painted; median of a few);
- a drag's frame time: real mouse events (QTest) moving a card, and then ten selected
  cards, across the board, each frame a mouse move plus a forced repaint of the whole
  viewport (``viewport().repaint()``), with the board fitted (all cards in sight) and at
  100 % zoom;
- a drop: the release, the store's change, the board redrawn from the store;
- the projector redrawing the board after a change;
- selecting every card (Ctrl+A), which once told the selection card by card.

Prints figures; asserts nothing (a test suite does not time things).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from figures import ms, report, timed

TARGET_P99_MS = 16.0

CARDS = [
    "Zu wenig Sitzbänke am Marktplatz",
    "Busverbindung nach 20 Uhr fehlt",
    "Radweg in der Bahnhofstraße endet im Nichts",
    "Kein Treffpunkt für Jugendliche",
    "Spielplatz am Lindenweg verwahrlost",
    "Mülleimer quellen am Wochenende über",
    "Gehwege im Winter nicht geräumt",
    "Ampel Schulstraße: Grünphase zu kurz für Ältere",
    "Quartiersentwicklungskonzept liegt in der Schublade",
    "Zu wenig Kitaplätze im Stadtteil",
    "Bücherei schließt schon um 18 Uhr",
    "Keine öffentliche Toilette im Stadtpark",
    "Gençler için buluşma yeri yok",
    "لا توجد إضاءة كافية في الحديقة",
    "Lieferverkehr parkt auf dem Radweg",
    "Hausärztin geht in Rente, keine Nachfolge",
    "Straßenbeleuchtung Am Anger fällt oft aus",
    "Zu wenig Grün in der Innenstadt",
    "Bürgerbüro nur vormittags geöffnet",
    "Wohnungen für Familien zu teuer",
]
THEMES = [
    "Verkehr & Mobilität",
    "Jugend und Freizeit",
    "Grün- und Freiflächen",
    "Wohnen",
    "Sicherheit im öffentlichen Raum",
    "Verwaltung & Bürgerservice",
]
COLOURS = ["", "", "blue", "", "green", "", "pink", "orange"]


def card_text(number: int) -> str:
    return f"{CARDS[number % len(CARDS)]} – Tisch {number // len(CARDS) + 1}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--frames", type=int, default=150, help="mouse moves per drag")
    parser.add_argument("--drops", type=int, default=30)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

    from werkstatt.core import clustering
    from werkstatt.core.records import WorkshopDraft
    from werkstatt.gui.kinds import PresenterTheme, RunContext
    from werkstatt.gui.kinds.board.panel import ClusterWidget
    from werkstatt.gui.kinds.board.presenter import BoardPresenter
    from werkstatt.methods.model import PhaseDraft, PhaseKind
    from werkstatt.store.library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    left = Qt.MouseButton.LeftButton
    with tempfile.TemporaryDirectory(prefix="werkstatt-board-") as folder:
        library = Library.open(Path(folder))
        workshop = library.create_workshop(
            WorkshopDraft(
                title="Zukunftswerkstatt Ortsmitte Großbeeren", method="zukunftswerkstatt"
            ),
            [
                PhaseDraft(PhaseKind.CARDS, "Kritikphase"),
                PhaseDraft(PhaseKind.CLUSTER, "Kritik clustern"),
            ],
        )
        cards_phase, board_phase = library.list_phases(workshop.id)
        started = time.perf_counter()
        for number in range(args.cards):
            library.cards.add(cards_phase.id, card_text(number), colour=COLOURS[number % 8])
        ids = [card.id for card in library.cards.list(cards_phase.id)]
        for number in range(args.clusters):
            board = library.board.load(board_phase.id).board
            title = f"{THEMES[number % len(THEMES)]} {number // len(THEMES) + 1}"
            # every card but a few goes into a cluster
            members = ids[number :: args.clusters + 1]
            edit = clustering.create_cluster(
                board, library.board.new_cluster_id(), title, COLOURS[number % 8], card_ids=members
            )
            library.board.apply(board_phase.id, edit.change)
        state = library.board.load(board_phase.id)
        print(
            f"{len(state.cards)} cards in {len(state.board.clusters)} clusters"
            f" ({len(state.board.unsorted)} unsorted) through the store"
            f" in {time.perf_counter() - started:.1f} s"
        )
        load = timed(lambda: library.board.load(board_phase.id))
        print(f"{'library.board.load':<46} {ms(load):7.1f} ms")

        stack = QUndoStack()
        context = RunContext(library, workshop.id, stack, "de")

        def open_widget() -> tuple[QWidget, ClusterWidget]:
            window = QWidget()
            layout = QVBoxLayout(window)
            widget = ClusterWidget(context, board_phase, window)
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
            app.processEvents()
        print(
            f"{'open the board widget (made, shown, painted)':<46} median"
            f" {ms(statistics.median(opens)):7.1f} ms   (runs: "
            + ", ".join(f"{ms(s):.0f}" for s in opens)
            + " ms)"
        )
        window, widget = open_widget()
        screen = QWidget()
        screen_layout = QVBoxLayout(screen)
        screen_layout.setContentsMargins(0, 0, 0, 0)
        presenter = BoardPresenter(context, board_phase, PresenterTheme(1080), screen)
        screen_layout.addWidget(presenter)
        screen.resize(1920, 1080)
        screen.show()
        app.processEvents()

        view = widget.view
        viewport = view.viewport()
        scene = widget.board_scene

        def drag_frames(card_ids: Sequence[int]) -> list[float]:
            """Press on the first card, move across the board, release where it began."""
            scene.select(card_ids=card_ids)
            start = view.mapFromScene(scene.cards[card_ids[0]].sceneBoundingRect().center())
            QTest.mousePress(viewport, left, Qt.KeyboardModifier.NoModifier, start)
            frames = []
            width, height = viewport.width(), viewport.height()
            for step in range(args.frames):
                share = step / args.frames
                point = QPoint(
                    int(20 + (width - 40) * share), int(20 + (height - 40) * abs(2 * share - 1))
                )
                began = time.perf_counter()
                QTest.mouseMove(viewport, point)
                viewport.repaint()
                frames.append(time.perf_counter() - began)
            QTest.mouseMove(viewport, start)
            QTest.mouseRelease(viewport, left, Qt.KeyboardModifier.NoModifier, start)
            app.processEvents()
            return frames

        unsorted = list(library.board.load(board_phase.id).board.unsorted)
        some = unsorted[:10] if len(unsorted) >= 10 else list(state.board.assignment)[:10]
        widget.fit()
        app.processEvents()
        print()
        report("drag 1 card, board fitted: frame", drag_frames(some[:1]), TARGET_P99_MS)
        report("drag 10 cards, board fitted: frame", drag_frames(some), TARGET_P99_MS)
        view.resetTransform()
        view.centerOn(scene.cards[some[0]])
        app.processEvents()
        report("drag 1 card, 100 % zoom: frame", drag_frames(some[:1]), TARGET_P99_MS)
        report("drag 10 cards, 100 % zoom: frame", drag_frames(some), TARGET_P99_MS)

        # Drops: a card dragged onto a cluster's heading, committed and redrawn.
        widget.fit()
        app.processEvents()
        clusters = [cluster.id for cluster in library.board.load(board_phase.id).board.clusters]
        drops: list[float] = []
        redraws: list[float] = []
        before = stack.count()
        for number in range(args.drops):
            card = some[number % len(some)]
            target = clusters[(number * 7) % len(clusters)]
            start = view.mapFromScene(scene.cards[card].sceneBoundingRect().center())
            end = view.mapFromScene(scene.clusters[target].heading().center())
            QTest.mousePress(viewport, left, Qt.KeyboardModifier.NoModifier, start)
            QTest.mouseMove(viewport, (start + end) / 2)
            QTest.mouseMove(viewport, end)
            began = time.perf_counter()
            QTest.mouseRelease(viewport, left, Qt.KeyboardModifier.NoModifier, end)
            viewport.repaint()
            drops.append(time.perf_counter() - began)
            if library.board.load(board_phase.id).board.cluster_of(card) != target:
                raise SystemExit(f"drop {number} did not reach the store")
            if (
                not scene.clusters[target]
                .area()
                .contains(scene.cards[card].sceneBoundingRect().center())
            ):
                raise SystemExit(f"drop {number} is not drawn in its cluster")
            presenter._timer.stop()
            redraws.append(timed(lambda: (presenter.reload(), presenter.view.viewport().repaint())))
        if stack.count() != before + args.drops:
            raise SystemExit(f"{stack.count() - before} commands for {args.drops} drops")
        report("drop -> stored and board redrawn", drops)
        report("projector board redraw after a change", redraws)
        undo = [timed(lambda: (stack.undo(), viewport.repaint())) for _ in range(10)]
        report("undo a drop -> stored and redrawn", undo)
        view.setFocus()
        select_all = []
        for _ in range(5):
            scene.clearSelection()
            select_all.append(
                timed(
                    lambda: QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
                )
            )
            if len(scene.selected_cards()) != len(scene.cards):
                raise SystemExit("Ctrl+A did not select every card")
        scene.clearSelection()
        report("select all cards (Ctrl+A)", select_all)
        shown = f"{len(scene.cards)} / {len(presenter.board_scene.cards)}"
        print(f"{'cards on the moderator board / projector':<46} {shown}")
        window.close()
        screen.close()
        library.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
