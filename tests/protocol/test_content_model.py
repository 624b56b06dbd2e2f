"""One description of the protocol, two files: every text of the content blocks is in
the PDF and in the Word file, and the PDF's contents point to the right pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx_reading import docx_text
from protocol_samples import pdf_text
from pypdf import PdfReader
from zukunftswerkstatt_results import PERSONAL_VALUES, with_results

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol import content
from werkstatt.protocol.builder import build_document
from werkstatt.protocol.docx import render_docx
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.text_shaping import has_rtl, shaped
from werkstatt.protocol.texts import rendering_in, text_in

_DIRECTIONS = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\s]*|[^\u0600-\u06ff]+")


def _tight(text: str) -> str:
    """Without white space: a text wrapped in a narrow cell still matches."""
    return "".join(text.split())


def _document(snapshot: WorkshopSnapshot, options: ProtocolOptions) -> content.Document:
    with rendering_in(snapshot.workshop.language):
        return build_document(snapshot, options, Progress(1, None, None))


@pytest.fixture(scope="module")
def full() -> WorkshopSnapshot:
    return with_results()


@pytest.mark.parametrize("include_names", [False, True])
def test_pdf_and_word_say_the_same(
    full: WorkshopSnapshot, tmp_path: Path, include_names: bool
) -> None:
    options = ProtocolOptions(include_names=include_names, include_scripts=True)
    texts = [text for text in content.texts(_document(full, options).blocks) if text.strip()]
    assert len(texts) > 300
    render_pdf(full, tmp_path / "p.pdf", options=options)
    render_docx(full, tmp_path / "p.docx", options=options)
    in_pdf = _tight(" ".join(pdf_text(tmp_path / "p.pdf")))
    in_word = _tight(docx_text(tmp_path / "p.docx"))
    for text in texts:
        assert _tight(text) in in_word, text
        # a reader puts a line of mixed direction together in drawing order, so the
        # Arabic and the Latin part of one are looked for each on its own
        parts = _DIRECTIONS.findall(text) if has_rtl(text) else [text]
        for part in parts:
            assert _tight(shaped(part)) in in_pdf, text
    people = [_tight(value) for value in PERSONAL_VALUES]
    named = [value for value in people if any(value in _tight(text) for text in texts)]
    assert named == (people if include_names else []), "names are decided in the content"


def test_the_content_of_a_skipped_or_left_out_phase(full: WorkshopSnapshot) -> None:
    plan = next(item for item in full.phases if item.phase.key == "massnahmenplan")
    options = ProtocolOptions(phases=frozenset({plan.phase.id}))
    blocks = _document(full, options).blocks
    chapters = [b.text for b in blocks if isinstance(b, content.Heading) and b.level == 1]
    assert chapters == [text_in("de", "Protocol", "Run sheet"), f"12  {plan.phase.title}"]
    assert any(isinstance(block, content.Contents) for block in blocks)


_ENTRY = re.compile(r"^(?P<title>\S.*?)[\s.]*\.\s*(?P<page>\d+)$")


def test_the_pdf_contents_name_the_page_of_each_chapter(
    full: WorkshopSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "p.pdf"
    render_pdf(full, target)
    reader = PdfReader(target)
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    listing = reader.pages[1].extract_text(extraction_mode="layout")
    heading = text_in("de", "Protocol", "Contents")
    assert heading in listing
    lines = listing.split(heading, 1)[1].splitlines()  # below the running header
    entries = [
        (match["title"], int(match["page"]))
        for line in lines
        if (match := _ENTRY.match(" ".join(line.split())))
    ]
    chapters = [
        f"{number} {item.phase.title}"
        for number, item in enumerate(full.phases, start=1)
        if item.phase.kind != "break"
    ]
    assert [title for title, _page in entries] == [
        text_in("de", "Protocol", "Run sheet"),
        *chapters,
    ]
    outline = [
        (item.title, reader.get_destination_page_number(item) + 1) for item in reader.outline
    ]
    assert [(" ".join(title.split()), page) for title, page in outline] == entries
    for title, page in entries:
        assert title in pages[page - 1], (title, page)
        # not already on the page before (contents and run sheet list them all)
        assert page <= 4 or title not in pages[page - 2], (title, page)
