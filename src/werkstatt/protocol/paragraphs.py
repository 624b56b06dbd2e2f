"""Paragraphs of user text for the protocol: escaped, in fonts that have the glyphs, and
right-to-left text shaped and reordered line by line (see text_shaping)."""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText

from werkstatt.protocol.fonts import markup, needs_fallback, runs, string_width
from werkstatt.protocol.text_shaping import has_rtl, shaped, visual, visual_lines


def text_markup(text: str, font: str) -> str:
    """Plain left-to-right text as paragraph markup; line breaks kept."""
    lines = text.replace("\t", " ").splitlines() or [""]
    return "<br/>".join(markup(line, font) for line in lines)


def paragraph(
    text: str, style: ParagraphStyle, *, bullet: str | None = None, prefix: str = ""
) -> Flowable:
    """A flowable for one piece of user text (a card, a title, a line of feedback).

    ``prefix`` is trusted markup put before the text (e.g. a bold number).
    """
    if has_rtl(text):
        return BidiParagraph(text, style, bullet=bullet)
    if not prefix:
        plain = _plain_paragraph(text, style, bullet)
        if plain is not None:
            return plain
    return Paragraph(prefix + text_markup(text, style.fontName), style, bulletText=bullet)


#: Per style, what reportlab's parser makes of one word in it (font, size, colour). Weak:
#: the printables make a style per text while fitting it, and those must not pile up.
_FIRST_FRAGMENTS: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def _first_fragment(style: ParagraphStyle) -> Any:
    fragment = _FIRST_FRAGMENTS.get(style)
    if fragment is None:
        fragment = _FIRST_FRAGMENTS[style] = Paragraph("x", style).frags[0]
    return fragment


def _plain_paragraph(text: str, style: ParagraphStyle, bullet: str | None) -> Paragraph | None:
    """The Paragraph reportlab would make of ``text``, without its markup parser, for a
    line in one face (most cards and titles): a large protocol has thousands of them and
    the parser was a tenth of its time. None for anything else."""
    lines = text.splitlines()
    if len(lines) != 1 or getattr(style, "textTransform", None):
        return None
    line = cleanBlockQuotedText(lines[0])  # the parser's own cleaning (keeps no-break spaces)
    if not line or needs_fallback(line, style.fontName):
        return None
    fragment = _first_fragment(style).clone(text=line, link=[], us_lines=[])
    return Paragraph(line, style, bulletText=bullet, frags=[fragment])


class BidiParagraph(Flowable):
    """A paragraph with right-to-left text: wrapped in logical order at the width it is
    given, then each line reordered for drawing. Behaves like the Paragraph it builds."""

    def __init__(self, text: str, style: ParagraphStyle, *, bullet: str | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self._inner: Paragraph | None = None
        self._built_for: float | None = None

    def _build(self, avail_width: float) -> Paragraph:
        width = avail_width - self.style.leftIndent - self.style.rightIndent
        if self._inner is None or self._built_for != width:
            font, size = self.style.fontName, self.style.fontSize
            lines, rtl = visual_lines(
                self.text, max(width, size), lambda s: string_width(s, font, size)
            )
            style = ParagraphStyle(
                f"{self.style.name}-bidi",
                parent=self.style,
                alignment=TA_RIGHT if rtl else self.style.alignment,
                splitLongWords=False,  # already cut to the width
            )
            body = "<br/>".join(markup(line, font) for line in lines)
            self._inner = Paragraph(body, style, bulletText=self.bullet)
            self._built_for = width
        return self._inner

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        inner = self._build(availWidth)
        self.width, self.height = inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        return self._build(availWidth).split(availWidth, availHeight)

    def draw(self) -> None:
        if self._inner is None:
            raise RuntimeError("BidiParagraph drawn before it was wrapped")
        self._inner.drawOn(self.canv, 0, 0)


def line_width(text: str, font: str, size: float) -> float:
    return string_width(_display(text), font, size)


def _display(text: str) -> str:
    return visual(shaped(text), rtl=False) if has_rtl(text) else text


def fitted(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis where it is wider than ``width``."""
    text = " ".join(text.split())
    if string_width(_display(text), font, size) <= width:
        return text
    while text and string_width(_display(text + "…"), font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def draw_line(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *, align: int = TA_LEFT
) -> None:
    """Draw one line of user text at ``y`` (left edge ``x``, or right edge for TA_RIGHT)."""
    shown = _display(text)
    if align == TA_RIGHT:
        x -= string_width(shown, font, size)
    for face, piece in runs(shown, font):
        canvas.setFont(face, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, face, size)
