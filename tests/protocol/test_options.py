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
