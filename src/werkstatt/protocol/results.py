"""The results of a phase by kind: cards as a grid, feedback as its lines and a mood
summary, a briefing's text as formatted lines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from werkstatt.core.feedback import summarise
from werkstatt.core.records import Card, FeedbackEntry
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.page import with_units
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.styles import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    RULE,
    SHADE,
    card_colour,
    styles,
    tint,
)
from werkstatt.protocol.texts import decimal, translate

CARD_COLUMNS = 2
_CARD_GAP = 4 * mm
_MARKER = 3.5
_BOX_PADDING = 10
# A card this long may be taller than a page; only such rows may split inside a card.
_LONG_CARD = 600

_NUMBERED = re.compile(r"^\s*(\d{1,3}[.)])\s+(.*)$")
_BULLETED = re.compile(r"^\s*[-–•*]\s+(.*)$")


# briefing and questions ---------------------------------------------------------------------
def formatted_lines(text: str) -> list[Flowable]:
    """A briefing's text line by line: numbered and bulleted lines as lists."""
    s = styles()
    story: list[Flowable] = []
    for line in text.strip().splitlines():
        if not line.strip():
            story.append(Spacer(1, 2 * mm))
        elif match := _NUMBERED.match(line):
            story.append(paragraph(match.group(2), s.list_item, bullet=match.group(1)))
        elif match := _BULLETED.match(line):
            story.append(paragraph(match.group(1), s.list_item, bullet="•"))
        else:
            story.append(paragraph(line.strip(), s.question))
    return story


def _taller_than_a_page(content: Sequence[Flowable], width: float) -> bool:
    height = 0.0
    for flowable in content:
        height += flowable.wrap(width, FRAME_HEIGHT)[1] + flowable.getSpaceAfter()
        if height > FRAME_HEIGHT * 0.8:
            return True
    return False


def boxed(label: str, content: Sequence[Flowable], *, background: object = SHADE) -> Flowable:
    """``content`` under a small label on a shaded block.

    The block moves to the next page as a whole when it does not fit; only a block
    taller than a page is split inside (reportlab's split within a row can leave an
    empty sliver of the box on the next page, so it is not used where not needed).
    """
    s = styles()
    cell = [Paragraph(label, s.box_label), *content]
    table = Table(
        [[cell]],
        colWidths=[FRAME_WIDTH],
        splitInRow=int(_taller_than_a_page(cell, FRAME_WIDTH - 2 * _BOX_PADDING)),
        hAlign="LEFT",
    )
    table.setStyle(
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
    table.spaceAfter = 2 * mm
    return table


# cards ---------------------------------------------------------------------------------------
def _card_cell(number: int, card: Card, options: ProtocolOptions) -> list[Flowable]:
    s = styles()
    cell: list[Flowable] = [
        Paragraph(str(number), s.card_number),
        paragraph(card.text, s.card_text),
    ]
    if options.include_names and card.author.strip():
        cell.append(paragraph(f"– {card.author.strip()}", s.card_author))
    return cell


def _chunks(cards: Sequence[Card], size: int) -> Iterator[tuple[int, Sequence[Card]]]:
    for start in range(0, len(cards), size):
        yield start, cards[start : start + size]


def card_grid(
    cards: Sequence[Card], options: ProtocolOptions, progress: Progress
) -> list[Flowable]:
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
    for start, row_cards in _chunks(cards, CARD_COLUMNS):
        progress.check()
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
            cells.append(_card_cell(start + offset + 1, card, options))
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
        progress.advance(len(row_cards))
    return story


# feedback ------------------------------------------------------------------------------------
def _bar(fraction: float, width: float, height: float = 7) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=SHADE, strokeColor=None))
    if fraction > 0:
        drawing.add(Rect(0, 0, width * fraction, height, fillColor=ACCENT, strokeColor=None))
    return drawing


def mood_summary(entries: Sequence[FeedbackEntry], scale_points: int) -> list[Flowable]:
    """'Stimmungsbild': how many gave each rating, and the mean."""
    s = styles()
    summary = summarise(entries, scale_points)
    if summary.mean is None:
        return []
    points, most = summary.points, summary.most
    bar_width = 70 * mm
    rows = []
    for value, count in enumerate(summary.distribution, start=1):
        rows.append(
            [
                Paragraph(str(value), s.table_cell_right),
                _bar(count / most, bar_width),
                Paragraph(str(count), s.table_cell),
            ]
        )
    table = Table(rows, colWidths=[10 * mm, bar_width + 4 * mm, 14 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    sentence = translate(
        "Protocol", "Mean {mean} on a scale from 1 to {points} (ratings: {count})"
    ).format(mean=decimal(summary.mean), points=points, count=summary.ratings)
    # heading, mean and bars on one page: a chart cut in two reads as two charts
    return [
        KeepTogether(
            [
                Paragraph(translate("Protocol", "Mood"), s.h2),
                Paragraph(sentence, s.body),
                Spacer(1, 2 * mm),
                table,
            ]
        )
    ]


def feedback_lines(
    entries: Sequence[FeedbackEntry],
    options: ProtocolOptions,
    scale_points: int,
    progress: Progress,
) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    for entry in entries:
        progress.check()
        progress.advance()
        text = entry.text.strip()
        if not text:
            continue
        extras = []
        if entry.rating is not None:
            extras.append(f"{entry.rating}/{max(scale_points, entry.rating)}")
        if options.include_names and entry.name.strip():
            extras.append(entry.name.strip())
        line = paragraph(
            text + (f"  ({', '.join(extras)})" if extras else ""), s.list_item, bullet="•"
        )
        story.append(line)
    if story:
        story.insert(0, Paragraph(translate("Protocol", "Statements"), s.h2))
    return story


def no_results(text: str) -> Flowable:
    return Paragraph(text, styles().muted)
