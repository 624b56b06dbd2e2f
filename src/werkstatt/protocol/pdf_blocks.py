"""Content blocks as reportlab flowables: the protocol's look on paper.

Each block type has one function here; the table-like ones are in pdf_tables. Every
flowable that stands for results carries its progress units (page.with_units), so
that the layout reports progress and the document can tell the headings for the
contents (``toc_text``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import KeepTogether as PdfKeepTogether
from reportlab.platypus.tableofcontents import TableOfContents

from werkstatt.protocol import content
from werkstatt.protocol.charts import RankingChart
from werkstatt.protocol.page import CONTENT, with_units
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.pdf_tables import cover_facts, facts, table
from werkstatt.protocol.sections.photos import PHOTO_UNITS
from werkstatt.protocol.styles import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    RULE,
    SHADE,
    Styles,
    card_colour,
    styles,
    tint,
)

CARD_COLUMNS = 2
_CARD_GAP = 4 * mm
_MARKER = 3.5
_BOX_PADDING = 10
# A card this long may be taller than a page; only such rows may split inside a card.
_LONG_CARD = 600
_DOTS_WIDTH = 42 * mm


def _paragraph_style(s: Styles, style: content.ParagraphStyle) -> ParagraphStyle:
    return {
        "body": s.body,
        "question": s.question,
        "meta": s.meta,
        "note": s.muted,
        "script": s.script,
        "caption": s.caption,
    }[style]


def flowables(blocks: Sequence[content.Block], toc: TableOfContents | None) -> list[Flowable]:
    story: list[Flowable] = []
    previous: content.Block | None = None
    items: list[Flowable] = []  # the list items of the list being laid out
    for block in blocks:
        if not isinstance(block, content.ListItem):
            _keep_ends_together(items)
            items = []
        if isinstance(block, content.Paragraph) and isinstance(previous, content.Table):
            story.append(Spacer(1, 1.5 * mm))  # a note under a table
        if isinstance(block, content.Heading) and isinstance(previous, _PAGE_STARTS):
            story.append(_chapter_heading(block))
        elif isinstance(block, content.Photo) and isinstance(previous, content.Heading):
            # a heading at the foot of a page with its photo on the next reads as lost
            story.append(with_units(photo(block, heading=story.pop()), PHOTO_UNITS))
        else:
            story += _flowables(block, toc)
            if isinstance(block, content.ListItem):
                items.append(story[-1])
        previous = block
    _keep_ends_together(items)
    return story


def _keep_ends_together(items: list[Flowable]) -> None:
    """Neither a list's first line stays alone at the foot of a page nor its last line
    goes alone to the next (which on the protocol's last page made a page of one line):
    the first two and the last two lines keep together."""
    if len(items) >= 2:
        items[0].keepWithNext = 1
        items[-2].keepWithNext = 1


def _flowables(block: content.Block, toc: TableOfContents | None) -> list[Flowable]:
    s = styles()
    match block:
        case content.Heading():
            return [_heading(block)]
        case content.Paragraph(text=text, style=style, keep_with_next=keep):
            flowable = paragraph(text, _paragraph_style(s, style))
            if keep:
                flowable.keepWithNext = 1
            return [flowable]
        case content.ListItem(text=text, mark=mark):
            return [with_units(paragraph(text, s.list_item, bullet=mark), 1)]
        case content.Box(label=label, blocks=inner):
            return [boxed(label, flowables(inner, toc))]
        case content.Table():
            return [with_units(table(block), len(block.rows))]
        case content.Facts():
            return [with_units(facts(block), 1)]
        case content.CardGrid(cards=cards):
            return card_grid(cards)
        case content.GroupHeading():
            return [with_units(group_heading(block), 1)]
        case content.Chart(rows=rows, criteria=criteria):
            return [Spacer(1, 3 * mm), RankingChart(rows, criteria)]
        case content.Distribution(rows=rows):
            return [Spacer(1, 2 * mm), distribution(rows)]
        case content.Photo():
            return [with_units(photo(block), PHOTO_UNITS)]
        case content.Cover():
            return cover(block)
        case content.Contents(title=title):
            heading = paragraph(title, s.h1)
            return [heading, PageBreak()] if toc is None else [heading, toc, PageBreak()]
        case content.KeepTogether(blocks=inner):
            return [PdfKeepTogether(flowables(inner, toc))]
        case content.PageBreak():
            return [PageBreak()]
    raise TypeError(f"no PDF look for {type(block).__name__}")


_PAGE_STARTS = (content.Contents, content.Cover)


def _chapter_heading(block: content.Heading) -> Flowable:
    """A heading at the top of a page (the run sheet) is set as large as 'Contents'."""
    flowable = _heading(block)
    if block.level == 1 and not block.muted:
        chapter = paragraph(block.text, styles().h1)
        chapter.toc_text = block.text  # type: ignore[attr-defined]
        return with_units(chapter, 1)
    return flowable


def _heading(block: content.Heading) -> Flowable:
    s = styles()
    if block.level == 1:
        flowable = paragraph(block.text, s.skipped if block.muted else s.phase_title)
        flowable.toc_text = block.text  # type: ignore[attr-defined]
        flowable.keepWithNext = 1
        return with_units(flowable, 1)
    style = s.h2 if block.level == 2 else s.cluster_title
    return paragraph(block.text, style)


# boxes ---------------------------------------------------------------------------------------
def _taller_than_a_page(parts: Sequence[Flowable], width: float) -> bool:
    height = 0.0
    for flowable in parts:
        height += flowable.wrap(width, FRAME_HEIGHT)[1] + flowable.getSpaceAfter()
        if height > FRAME_HEIGHT * 0.8:
            return True
    return False


def boxed(label: str, parts: Sequence[Flowable], *, background: object = SHADE) -> Flowable:
    """``parts`` under a small label on a shaded block.

    The block moves to the next page as a whole when it does not fit; only a block
    taller than a page is split inside (reportlab's split within a row can leave an
    empty sliver of the box on the next page, so it is not used where not needed).
    """
    s = styles()
    cell = [paragraph(label, s.box_label), *parts]
    result = Table(
        [[cell]],
        colWidths=[FRAME_WIDTH],
        splitInRow=int(_taller_than_a_page(cell, FRAME_WIDTH - 2 * _BOX_PADDING)),
        hAlign="LEFT",
    )
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), _BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), _BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    result.spaceAfter = 2 * mm
    return result


# cards ---------------------------------------------------------------------------------------
def _card_cell(card: content.CardItem) -> list[Flowable]:
    s = styles()
    cell: list[Flowable] = [
        paragraph(str(card.number), s.card_number),
        paragraph(card.text, s.card_text),
    ]
    if card.origin:
        cell.append(paragraph(card.origin, s.card_origin))
    if card.author:
        cell.append(paragraph(f"– {card.author}", s.card_author))
    return cell


def _chunks(cards: Sequence[content.CardItem], size: int) -> Iterator[Sequence[content.CardItem]]:
    for start in range(0, len(cards), size):
        yield cards[start : start + size]


def card_grid(cards: Sequence[content.CardItem]) -> list[Flowable]:
    """The cards, numbered, two to a row, each with its colour as a bar at its edge.

    One small table per row rather than one table for all: a page break then falls
    between rows without re-measuring the rest of a 2,000-card table at every page.
    """
    width = (FRAME_WIDTH - _CARD_GAP * (CARD_COLUMNS - 1)) / CARD_COLUMNS
    column_widths: list[float] = []
    for column in range(CARD_COLUMNS):
        if column:
            column_widths.append(_CARD_GAP)
        column_widths.append(width)
    story: list[Flowable] = []
    for row_cards in _chunks(cards, CARD_COLUMNS):
        cells: list[object] = []
        commands: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]
        for offset in range(CARD_COLUMNS):
            column = offset * 2
            if offset:
                cells.append("")
            if offset >= len(row_cards):
                cells.append("")
                continue
            card = row_cards[offset]
            colour = card_colour(card.colour)
            cells.append(_card_cell(card))
            commands += [
                ("BACKGROUND", (column, 0), (column, 0), tint(colour)),
                ("BOX", (column, 0), (column, 0), 0.5, RULE),
                ("LINEBEFORE", (column, 0), (column, 0), _MARKER, colour),
            ]
        long_row = any(len(card.text) > _LONG_CARD for card in row_cards)
        row = Table([cells], colWidths=column_widths, splitInRow=int(long_row), hAlign="LEFT")
        row.setStyle(TableStyle(commands))
        row.spaceAfter = _CARD_GAP
        story.append(with_units(row, len(row_cards)))
    return story


# clusters ------------------------------------------------------------------------------------
def group_heading(block: content.GroupHeading) -> Flowable:
    s = styles()
    style = s.cluster_title_muted if block.muted else s.cluster_title
    edge = card_colour(block.colour)
    prefix = f"{block.rank}.&nbsp;&nbsp;" if block.rank is not None else ""
    counts = [paragraph(count, s.cluster_dots) for count in block.counts]
    result = Table(
        [[paragraph(block.title, style, prefix=prefix), counts]],
        colWidths=[FRAME_WIDTH - _DOTS_WIDTH, _DOTS_WIDTH],
        hAlign="LEFT",
    )
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, -1), tint(edge, 0.8)),
                ("LINEBEFORE", (0, 0), (0, -1), _MARKER, edge),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    result.keepWithNext = 1
    result.spaceBefore = 3 * mm
    result.spaceAfter = 1.5 * mm
    return result


# mood ----------------------------------------------------------------------------------------
def _bar(fraction: float, width: float, height: float = 7) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=SHADE, strokeColor=None))
    if fraction > 0:
        drawing.add(Rect(0, 0, width * fraction, height, fillColor=ACCENT, strokeColor=None))
    return drawing


def distribution(rows: Sequence[tuple[str, int]]) -> Flowable:
    s = styles()
    most = max((count for _label, count in rows), default=0) or 1
    bar_width = 70 * mm
    cells = [
        [
            paragraph(label, s.table_cell_right),
            _bar(count / most, bar_width),
            paragraph(str(count), s.table_cell),
        ]
        for label, count in rows
    ]
    result = Table(cells, colWidths=[10 * mm, bar_width + 4 * mm, 14 * mm], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return result


# photos --------------------------------------------------------------------------------------
class _PrintedPhoto(Flowable):
    """A photo that may still be being prepared in a worker thread: it is asked for only
    when the layout reaches it (a photo that cannot be read becomes its note)."""

    def __init__(self, block: content.Photo) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._block = block
        self._shown: Flowable | None = None

    def _content(self) -> Flowable:
        if self._shown is None:
            block = self._block
            data = block.image()
            if data is None:
                self._shown = paragraph(block.unreadable, styles().muted)
            else:
                self._shown = Image(io.BytesIO(data), width=block.width, height=block.height)
        return self._shown

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self._content().wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        self._content().drawOn(self.canv, 0, 0)


def photo(block: content.Photo, heading: Flowable | None = None) -> Flowable:
    s = styles()
    parts: list[Flowable] = [] if heading is None else [heading]
    parts.append(_PrintedPhoto(block))
    if block.caption:
        parts.append(paragraph(block.caption, s.caption))
    parts.append(Spacer(1, 5 * mm))
    return PdfKeepTogether(parts)


# cover ---------------------------------------------------------------------------------------
def cover(block: content.Cover) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    top = 38 * mm
    if block.logo is not None:
        # top right; the title stays where it is without a logo
        logo = block.logo
        story.append(
            Image(io.BytesIO(logo.data), width=logo.width, height=logo.height, hAlign="RIGHT")
        )
        top = max(0.0, top - logo.height)
    story += [
        Spacer(1, top),
        paragraph(block.kicker, s.cover_kicker),
        paragraph(block.title, s.cover_title),
    ]
    if block.subtitle:
        story.append(paragraph(block.subtitle, s.cover_method))
    else:
        story.append(Spacer(1, 8 * mm))
    if block.facts:
        story.append(cover_facts(block.facts))
    story += [NextPageTemplate(CONTENT), PageBreak()]
    return story
