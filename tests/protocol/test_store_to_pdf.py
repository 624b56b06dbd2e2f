"""The whole way: a workshop run through the store, its snapshot, the PDF read back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from protocol_samples import CRITIQUE_CARDS, FEEDBACK, utc

from werkstatt.core.records import WorkshopDraft
from werkstatt.methods import load_templates
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.text_shaping import shaped
from werkstatt.resources import resource_path
from werkstatt.store.library import Library


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_run_workshop_becomes_its_protocol(
    data_dir: Path, tmp_path: Path, read_pdf: Callable[[Path], list[str]]
) -> None:
    template = next(
        t for t in load_templates(resource_path("methods"), "de") if t.key == "zukunftswerkstatt"
    )
    draft = WorkshopDraft(
        title="Zukunftswerkstatt Südstadt: Älter werden im Quartier",
        method="zukunftswerkstatt",
        date=dt.date(2026, 3, 14),
        start_time=dt.time(18, 0),
        place="Bürgerhaus Südstadt",
        client="Seniorenbeirat der Stadt Großenhain",
        moderators="Dorothea Klöß",
    )
    with Library.open(data_dir) as library:
        workshop = library.create_workshop(draft, template.drafts("de"))
        phases = library.list_phases(workshop.id)
        by_key = {phase.key: phase for phase in phases}
        library.run.start_phase(by_key["begruessung"].id, at=utc(17, 3))
        library.run.start_phase(by_key["regeln"].id, at=utc(17, 12))
        critique = by_key["kritik-karten"]
        library.run.start_phase(critique.id, at=utc(17, 18))
        for text, colour, author in CRITIQUE_CARDS:
            library.cards.add(critique.id, text, colour=colour, author=author)
        gone = library.cards.add(critique.id, "Diese Karte wurde gelöscht")
        library.cards.delete(gone.id)
        library.run.skip_phase(by_key["kritik-punkte"].id)
        closing = by_key["blitzlicht"]
        library.run.start_phase(closing.id, at=utc(19, 50))
        for text, rating, name in FEEDBACK:
            library.feedback.add(closing.id, text=text, rating=rating, name=name)
        library.run.finish_workshop(workshop.id, at=utc(20, 2))
        snapshot = library.snapshot(workshop.id, method_name=template.name("de"))

    target = tmp_path / "Protokoll Südstadt.pdf"
    render_pdf(snapshot, target, options=ProtocolOptions(include_names=False))
    pages = read_pdf(target)
    everything = _flat(" ".join(pages))

    for text, _, _ in CRITIQUE_CARDS:
        assert _flat(shaped(text)) in everything, text
    assert "Diese Karte wurde gelöscht" not in everything
    assert "18:18–" in everything, "the critique's actual start in Leipzig time"
    assert "20:50–21:02" in everything, "the closing round, ended with the workshop"
    assert "Zukunftswerkstatt Südstadt: Älter werden im Quartier" in _flat(pages[0])
    assert "Bürgerhaus Südstadt" in _flat(pages[0])
    for person in ("Ayşe Yılmaz", "Przemysław Wójcik", "Dorothea Klöß", "Gisela Schröder"):
        assert person not in everything
    for phase in phases:
        assert _flat(phase.title) in everything
