"""The pages around the content: the document template, the running header, and
'Seite x von y' on every page but the cover.

The total page count is known only at the end, so the canvas keeps each finished page
and draws the page numbers when the document is saved (no second layout pass). The
contents' page numbers (with their dot leaders and links) are drawn then too: by then
every chapter's page is known, so one layout pass suffices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from werkstatt.protocol.errors import ExportCancelled
from werkstatt.protocol.fonts import REGULAR, markup
from werkstatt.protocol.paragraphs import draw_line, fitted
from werkstatt.protocol.styles import (
    ACCENT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
)

COVER = "cover"
CONTENT = "content"
HEADER_SIZE = 8.5
FOOTER_SIZE = 8.5


@dataclass(frozen=True)
class PageTexts:
    """What the page furniture says, already in the protocol's language."""

    header_left: str  # the workshop's title
    header_right: str  # e.g. 'Protokoll · 14.03.2026'
    cover_footer: str  # e.g. 'Erstellt am 14.03.2026 mit Werkstatt 0.1'
    page_label: Callable[[int, int], str]  # (page, pages) -> 'Seite 2 von 7'


def numbered_canvas(texts: PageTexts) -> type[Canvas]:
    """A canvas class that writes 'page x of y' on every page after the first."""

    class NumberedCanvas(Canvas):
        """Pages are kept until the end; so are the chapters' bookmarks, which must be
        set while their page is the one being written out."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []
            self._chapters: list[tuple[str, str]] = []
            self._contents_numbers: list[ContentsNumber] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._chapters = []
            self._contents_numbers = []
            self._startPage()

        def mark_chapter(self, title: str, key: str) -> None:
            self._chapters.append((title, key))

        def contents_number(self, **entry: Any) -> None:
            """Keep a slot here for a contents entry's page number, filled in on save."""
            self._contents_numbers.append(
                ContentsNumber(slot=len(self._code), matrix=self._currentMatrix, **entry)
            )
            self._code.append("")

        def save(self) -> None:
            total = len(self._finished_pages)
            chapter_pages = {
                key: state["_pageNumber"]
                for state in self._finished_pages
                for _title, key in state["_chapters"]
            }
            for state in self._finished_pages:
                self.__dict__.update(state)
                for title, key in self._chapters:
                    self.bookmarkPage(key)
                    self.addOutlineEntry(title, key, level=0)
                for entry in self._contents_numbers:
                    entry.fill_in(self, chapter_pages[entry.key])
                if self._pageNumber > 1:
                    self.setFillColor(MUTED)
                    draw_line(
                        self,
                        PAGE_SIZE[0] - MARGIN_RIGHT,
                        MARGIN_BOTTOM - 10 * mm,
                        texts.page_label(self._pageNumber, total),
                        REGULAR,
                        FOOTER_SIZE,
                        align=TA_RIGHT,
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True)
class ContentsNumber:
    """A contents entry's dots and page number, drawn as reportlab's TableOfContents
    draws them (right-aligned at ``right`` after the entry's text). While the contents
    are laid out the chapter's page is not known yet, so the entry keeps a slot in its
    page's content stream, which is filled in when the document is saved (the same
    forward reference as 'page x of y'; the text stays where it would have been, so
    text extraction reads the contents as before)."""

    key: str  # the chapter's bookmark
    slot: int  # the index of the placeholder in the page's content stream
    matrix: tuple[float, float, float, float, float, float]  # the entry's coordinates
    x: float  # where the entry's text ends
    y: float  # its baseline
    right: float  # the right edge of the contents
    style: ParagraphStyle
    dot: str = " . "

    def fill_in(self, canvas: Canvas, page: int) -> None:
        """Draw ``page`` into the slot (``canvas`` is back on the entry's page) and
        link it to the chapter."""
        style = self.style
        number = str(page)
        size = style.fontSize
        width = stringWidth(number, style.fontName, size)
        while width > self.right - self.x and size >= 1.0:
            size *= 0.9
            width = stringWidth(number, style.fontName, size)
        dot_width = stringWidth(self.dot, style.fontName, size) if self.dot else 0
        dots = int((self.right - self.x - width) / dot_width) if dot_width else 0
        text = canvas.beginText(self.right - dots * dot_width - width, self.y)
        text.setFont(style.fontName, size)
        text.setFillColor(style.textColor)
        text.textLine(dots * self.dot + number)
        canvas._code[self.slot] = str(text.getCode())
        page_matrix = canvas._currentMatrix
        canvas._currentMatrix = self.matrix
        left = self.right - width
        area = (left, self.y, left + width, self.y + style.leading)
        canvas.linkRect("", self.key, area, relative=1)
        canvas._currentMatrix = page_matrix


def _draw_cover(texts: PageTexts) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        width, height = PAGE_SIZE
        canvas.setFillColor(ACCENT)
        canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canvas.setFillColor(MUTED)
        draw_line(canvas, MARGIN_LEFT, MARGIN_BOTTOM, texts.cover_footer, REGULAR, FOOTER_SIZE)
        canvas.restoreState()

    return draw


def _draw_header(texts: PageTexts) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        width, height = PAGE_SIZE
        y = height - MARGIN_TOP + 8 * mm
        usable = width - MARGIN_LEFT - MARGIN_RIGHT
        right_width = usable * 0.35
        canvas.setFillColor(MUTED)
        draw_line(
            canvas,
            width - MARGIN_RIGHT,
            y,
            fitted(texts.header_right, REGULAR, HEADER_SIZE, right_width),
            REGULAR,
            HEADER_SIZE,
            align=TA_RIGHT,
        )
        title = fitted(texts.header_left, REGULAR, HEADER_SIZE, usable - right_width - 6 * mm)
        draw_line(canvas, MARGIN_LEFT, y, title, REGULAR, HEADER_SIZE)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, y - 2.5 * mm, width - MARGIN_RIGHT, y - 2.5 * mm)
        canvas.restoreState()

    return draw


class ProtocolDocument(BaseDocTemplate):
    """A4 with a cover template and a content template. Counts the progress units of
    the flowables laid out and stops at once when the user cancels."""

    def __init__(
        self,
        target: Any,
        texts: PageTexts,
        *,
        on_flowable: Callable[[int], None],
        cancelled: Callable[[], bool],
        **metadata: Any,
    ) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            displayDocTitle=1,
            **metadata,
        )
        self._on_flowable = on_flowable
        self._cancelled = cancelled
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(id=COVER, frames=[frame], onPage=_draw_cover(texts)),
                PageTemplate(id=CONTENT, frames=[frame], onPage=_draw_header(texts)),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if self._cancelled():
            raise ExportCancelled()
        units = getattr(flowable, "protocol_units", 0)
        if units:
            self._on_flowable(units)
        title = getattr(flowable, "toc_text", None)
        if title is not None:
            key = flowable.toc_key
            self.canv.mark_chapter(title, key)
            self.notify("TOCEntry", (0, toc_markup(title), self.page, key))


def toc_markup(text: str) -> str:
    """A heading as the contents list shows it: escaped, in fonts that have its letters."""
    return markup(" ".join(text.split()), REGULAR)


def with_units(flowable: Flowable, units: int) -> Flowable:
    """Mark a flowable as ``units`` steps of progress (cards, lines of feedback)."""
    flowable.protocol_units = units  # type: ignore[attr-defined]
    return flowable
