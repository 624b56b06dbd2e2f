"""The client's logo on the protocol cover: top right on page 1 of the PDF and in the
Word file's cover, at most 4 × 2.5 cm with its aspect kept; a cover without a logo has
no picture at all."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm
from PIL import Image, ImageDraw
from pypdf import PdfReader

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.docx import render_docx
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf


def _logo_png() -> bytes:
    """A wide logo (3 : 1) with a transparent background, larger than print needs."""
    image = Image.new("RGBA", (1500, 500), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 460, 460), fill=(0, 110, 80, 255))
    draw.ellipse((600, 100, 1400, 400), fill=(200, 60, 20, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def with_logo(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    return replace(snapshot, logo=_logo_png(), logo_media_type="image/png")


def _cover_paragraphs(path: Path) -> list[docx.text.paragraph.Paragraph]:
    """The paragraphs of the cover: everything up to the first page break."""
    cover = []
    for paragraph in docx.Document(str(path)).paragraphs:
        cover.append(paragraph)
        if paragraph._p.xpath(".//w:br[@w:type='page']"):
            break
    return cover


def test_the_pdf_shows_the_logo_on_its_first_page(
    with_logo: WorkshopSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "Protokoll.pdf"
    render_pdf(with_logo, target, options=ProtocolOptions())
    pages = PdfReader(target).pages
    images = list(pages[0].images)
    assert len(images) == 1
    # downscaled to 600 px on the long edge, aspect kept
    assert images[0].image.size == (600, 200)
    assert not list(pages[1].images)


def test_a_pdf_without_logo_has_no_picture_on_its_cover(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "Protokoll.pdf"
    render_pdf(snapshot, target, options=ProtocolOptions())
    assert not list(PdfReader(target).pages[0].images)


def test_the_word_cover_has_the_logo_top_right(with_logo: WorkshopSnapshot, tmp_path: Path) -> None:
    target = tmp_path / "Protokoll.docx"
    render_docx(with_logo, target, options=ProtocolOptions())
    cover = _cover_paragraphs(target)
    pictures = [p for p in cover if p._p.findall(f".//{qn('wp:inline')}")]
    assert len(pictures) == 1
    assert pictures[0] is cover[0]
    assert pictures[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    shape = docx.Document(str(target)).inline_shapes[0]
    # 4 cm wide (the limit for a 3 : 1 logo), a third of that high
    assert abs(shape.width - Cm(4)) < Cm(0.05)
    assert abs(shape.height - Cm(4) / 3) < Cm(0.05)


def test_a_word_cover_without_logo_has_no_picture(
    snapshot: WorkshopSnapshot, tmp_path: Path
) -> None:
    target = tmp_path / "Protokoll.docx"
    render_docx(snapshot, target, options=ProtocolOptions())
    cover = _cover_paragraphs(target)
    assert not any(p._p.findall(f".//{qn('wp:inline')}") for p in cover)
    assert cover[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT


def test_a_tall_logo_is_limited_by_its_height(snapshot: WorkshopSnapshot, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 900), (0, 60, 140)).save(buffer, "JPEG")
    tall = replace(snapshot, logo=buffer.getvalue(), logo_media_type="image/jpeg")
    target = tmp_path / "Protokoll.docx"
    render_docx(tall, target, options=ProtocolOptions())
    shape = docx.Document(str(target)).inline_shapes[0]
    assert abs(shape.height - Cm(2.5)) < Cm(0.05)
    assert abs(shape.width - Cm(2.5) / 3) < Cm(0.05)
