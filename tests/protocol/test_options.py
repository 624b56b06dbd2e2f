"""A protocol leaves personal names out unless the moderator chose to include them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf


def test_the_defaults_are_publishable() -> None:
    options = ProtocolOptions()
    assert options.include_names is False
    assert options.include_scripts is False


def test_render_pdf_without_options_names_nobody(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "Protokoll.pdf"
    render_pdf(snapshot, target)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    workshop = snapshot.workshop
    assert workshop.moderators and workshop.moderators not in text
    assert workshop.client and workshop.client not in text
    authors = {card.author for item in snapshot.phases for card in item.cards if card.author}
    assert authors
    for author in authors:
        assert author not in text, author
    info = PdfReader(target).metadata
    assert info is not None
    assert not info.author


def test_all_phases_unless_some_are_chosen() -> None:
    assert ProtocolOptions().phases is None
    assert ProtocolOptions().includes(101)
    chosen = ProtocolOptions(phases=frozenset({101, 105}))
    assert chosen.includes(105)
    assert not chosen.includes(102)


def test_a_pdf_of_chosen_phases_keeps_the_whole_run_sheet(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    feedback = next(item for item in snapshot.phases if item.phase.kind == "feedback")
    target = tmp_path / "Blitzlicht.pdf"
    render_pdf(snapshot, target, options=ProtocolOptions(phases=frozenset({feedback.phase.id})))
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(target).pages]
    sections = " ".join(pages[3:])
    assert "Endlich wurden wir gefragt – danke!" in sections
    assert "Zu wenig Grün am Quartiersplatz" not in " ".join(pages), "no card phase"
    for item in snapshot.phases:
        assert item.phase.title in pages[2], "the run sheet lists every phase"
