"""A card collection with 2,000 cards: is Enter still instant?

    .venv/bin/python tests/benchmarks/cards.py [--cards 2000] [--adds 300]

Fills a Zukunftswerkstatt's critique phase with ``--cards`` cards through the store,
opens the workshop page in run mode on that phase, as on the day (RunSession, run sheet,
and the projector window with its wall),
and then adds ``--adds`` cards the way a moderator does: the text is in the entry line,
Enter is pressed (QTest.keyClick), and the time is taken until the card is committed in
the store and visible in the view (the model has its row, and one
QApplication.processEvents() has let the view lay out and paint). Between two cards the
projector's deferred redraw runs, as it would while the next card is being read out;
its time is reported separately.

Also measured: opening the widget on the filled phase, the near-duplicate hint per
keystroke, and, when the protocol module is there, the PDF of the workshop. Runs
offscreen unless a display is set. Prints figures; asserts nothing (a test suite does
not time things).
"""

from __future__ import annotations

import argparse
import os
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
COLOURS = ["", "", "blue", "", "green", "", "pink", "orange"]


def card_text(number: int) -> str:
    return f"{CARDS[number % len(CARDS)]} – Tisch {number // len(CARDS) + 1}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000, help="cards in the phase first")
    parser.add_argument("--adds", type=int, default=300, help="cards added by Enter, timed")
    parser.add_argument("--no-presenter", action="store_true", help="without the projector")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from werkstatt.core.records import WorkshopDraft
    from werkstatt.gui.kinds.cards import CardsPresenter, CardsWidget
    from werkstatt.gui.workshop_page import WorkshopPage
    from werkstatt.methods import load_templates
    from werkstatt.resources import resource_path
    from werkstatt.store.library import Library

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="werkstatt-cards-") as folder:
        library = Library.open(Path(folder))
        template = next(
            t
            for t in load_templates(resource_path("methods"), "de")
            if t.key == "zukunftswerkstatt"
        )
        workshop = library.create_workshop(
            WorkshopDraft(title="Zukunftswerkstatt Ortsmitte Großbeeren", method=template.key),
            template.drafts("de"),
        )
        phase = next(p for p in library.list_phases(workshop.id) if p.kind == "cards")
        started = time.perf_counter()
        for number in range(args.cards):
            library.cards.add(phase.id, card_text(number), colour=COLOURS[number % len(COLOURS)])
        filling = time.perf_counter() - started
        print(f"{args.cards} cards through the store in {filling:.1f} s")

        # As on the evening: the workshop page in run mode with its RunSession, the
        # phase current, and the projector open beside it.
        page = WorkshopPage(library, library.get_workshop(workshop.id), "Zukunftswerkstatt")
        page.resize(1600, 900)
        page.show()
        app.processEvents()
        undo_stack = page.undo_stack
        page.start_workshop()
        session = page.session
        assert session is not None and page.run_page is not None
        opened = time.perf_counter()
        session.go_to(phase.id)
        app.processEvents()
        open_seconds = time.perf_counter() - opened
        widget = page.run_page.working_widget
        assert isinstance(widget, CardsWidget)
        window = page

        presenter: CardsPresenter | None = None
        presenter_window: QWidget | None = None
        if not args.no_presenter:
            presented = time.perf_counter()
            page.open_projector()
            app.processEvents()
            presenter_window = page.presenter
            assert presenter_window is not None
            made = presenter_window.kind_widget
            assert isinstance(made, CardsPresenter)
            presenter = made
            print(f"{'open the projector wall':<42} {ms(time.perf_counter() - presented):7.1f} ms")
        print(f"{'the cards phase in the run view':<42} {ms(open_seconds):7.1f} ms")
        reloads = [0]
        session.changed.connect(lambda: reloads.__setitem__(0, reloads[0] + 1))

        window.activateWindow()
        widget.entry.setFocus()
        app.processEvents()

        enter: list[float] = []
        redraws: list[float] = []
        before = library.cards.count(phase.id)
        for number in range(args.adds):
            text = card_text(args.cards + number) + " (neu)"
            widget.entry.setText(text)
            rows = widget.model.rowCount()

            started = time.perf_counter()
            QTest.keyClick(widget.entry, Qt.Key.Key_Return)
            app.processEvents()
            enter.append(time.perf_counter() - started)

            if widget.model.rowCount() != rows + 1 or widget.entry.text():
                raise SystemExit(f"card {number} did not arrive in the view")
            if presenter is not None:
                # what happens while the next card is read out: the projector redraws
                presenter._reload_timer.stop()
                redraws.append(timed(lambda: (presenter.reload(), presenter.repaint())))
        after = library.cards.count(phase.id)
        if after != before + args.adds:
            raise SystemExit(f"the store holds {after} cards, expected {before + args.adds}")
        stored = library.cards.list(phase.id)[-1].text
        if stored != card_text(args.cards + args.adds - 1) + " (neu)":
            raise SystemExit(f"the last stored card is {stored!r}")

        print()
        report("Enter -> committed and visible", enter, TARGET_P99_MS)
        print(f"{'session reloads during the adds':<42} {reloads[0]}")
        if redraws:
            report("projector wall redraw after a card", redraws)

        hint = [
            timed(lambda t=text: widget._typing(t))
            for text in (
                "Zu wenige Sitzbänke auf dem Marktplatz",
                "Öffentliche Toiletten im Stadtpark fehlen",
                "Kein Schwimmbad in erreichbarer Nähe",
                "Busverbindung nach 20",
            )
            for _ in range(25)
        ]
        report("near-duplicate hint per keystroke", hint)

        undo = [timed(lambda: (undo_stack.undo(), app.processEvents())) for _ in range(20)]
        report("undo of an added card", undo)

        if not args.no_pdf:
            pdf_time(library, workshop.id, Path(folder))
        page.close_projector()
        window.close()
        library.close()
    return 0


def pdf_time(library: object, workshop_id: int, folder: Path) -> None:
    try:
        from werkstatt.protocol.pdf import render_pdf
    except ImportError:
        print("PDF: werkstatt.protocol.pdf.render_pdf is not there yet; skipped")
        return
    started = time.perf_counter()
    snapshot = library.snapshot(workshop_id)  # type: ignore[attr-defined]
    read = time.perf_counter() - started
    target = folder / "protokoll.pdf"
    started = time.perf_counter()
    render_pdf(snapshot, target)
    rendered = time.perf_counter() - started
    size = target.stat().st_size / 1024
    cards = sum(len(phase.cards) for phase in snapshot.phases)
    print(
        f"PDF of the workshop ({cards} cards): snapshot {ms(read):.0f} ms, "
        f"render {rendered:.2f} s, {size:.0f} KiB"
    )


if __name__ == "__main__":
    sys.exit(main())
