"""What a protocol says, independent of the file format: a flat list of blocks.

The builder (werkstatt.protocol.builder and the section modules) turns a snapshot into
blocks once, already in the protocol's language and with every choice of the
ProtocolOptions made (personal values never reach a renderer when names are off). The
renderers (pdf_blocks for reportlab, docx for Word) only decide how a block looks.

All text is plain user or translated text, never markup: each renderer escapes, shapes
and styles it itself. Blocks are frozen, so a builder's output can be rendered twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

#: How a line of text reads. body: running text; question: the participants' question or
#: a briefing; meta: the small grey line under a phase heading; note: a small grey hint
#: (an empty state, an explanation under a table); script: the moderator's notes.
ParagraphStyle = Literal["body", "question", "meta", "note", "script", "caption"]

#: The look of one line inside a table cell or card. plain: the cell text; strong: bold
#: (a total, an action's title); small: a smaller grey line (an action's source);
#: label: a small bold grey label above a value; muted: a grey, italic value (a break in
#: the run sheet, an empty value).
LineStyle = Literal["plain", "strong", "small", "label", "muted"]


@dataclass(frozen=True)
class Line:
    text: str
    style: LineStyle = "plain"


# text ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    """A heading. Level 1: a chapter (run sheet, a phase), listed in the contents; level
    2: a part of a phase's results; level 3: a group of results (a cluster).
    ``muted``: a heading that stands for something that did not happen (a skipped
    phase)."""

    level: int
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: ParagraphStyle = "body"
    #: stays on the page of the block that follows it
    keep_with_next: bool = False


@dataclass(frozen=True)
class ListItem:
    """One line of a list; ``mark`` is the bullet ('•') or a number as written ('2.')."""

    text: str
    mark: str = "•"
    style: ParagraphStyle = "body"


@dataclass(frozen=True)
class Box:
    """Blocks under a small label on a shaded ground (the question, the script)."""

    label: str
    blocks: tuple[Block, ...]


# tables --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    title: str
    #: relative width; the renderer scales all columns to the page width
    width: float
    align: Literal["left", "right"] = "left"


@dataclass(frozen=True)
class Cell:
    lines: tuple[Line, ...] = ()

    @classmethod
    def of(cls, text: str, style: LineStyle = "plain") -> Cell:
        return cls((Line(text, style),))


@dataclass(frozen=True)
class Row:
    """A table row. ``details``: a second row belonging to it (kept on the same page),
    its cells starting in the second column, the last one spanning to the end.
    ``total``: the summary row at the foot of a table."""

    cells: tuple[Cell, ...]
    details: tuple[Cell, ...] = ()
    total: bool = False


@dataclass(frozen=True)
class Table:
    """A table with a header row that repeats on every page; rows striped for reading.
    ``dense``: a size smaller, for tables with many columns of long text."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    dense: bool = False


@dataclass(frozen=True)
class Facts:
    """Labelled values (a reality check's resources, allies, obstacles) under a title."""

    title: str
    facts: tuple[tuple[str, str], ...]


# results -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CardItem:
    number: int
    text: str
    colour: str = ""
    #: e.g. 'from the criticism: …' (already worded)
    origin: str = ""
    #: the author, only when names are on
    author: str = ""


@dataclass(frozen=True)
class CardGrid:
    cards: tuple[CardItem, ...]


@dataclass(frozen=True)
class GroupHeading:
    """The heading of a group of results (a cluster): its title with its colour and
    rank, and its counts at the right ('21 dots', '6 cards')."""

    title: str
    colour: str = ""
    rank: int | None = None
    counts: tuple[str, ...] = ()
    muted: bool = False


@dataclass(frozen=True)
class ChartRow:
    rank: int
    label: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart of a ranking: one bar per criterion and row."""

    rows: tuple[ChartRow, ...]
    #: the criteria's names for a legend; empty with a single criterion
    criteria: tuple[str, ...] = ()


@dataclass(frozen=True)
class Distribution:
    """How often each value was given (a mood scale): label and count, as bars."""

    rows: tuple[tuple[str, int], ...]


#: A photo's JPEG, upright and downscaled for print, or None when the photo cannot be
#: read. Asking may wait: the protocol's photos are prepared in worker threads while the
#: rest of it is laid out (werkstatt.protocol.photo_prints).
PhotoData = Callable[[], "bytes | None"]


@dataclass(frozen=True)
class Photo:
    """A photo to embed at its printed size in points (the renderers keep the aspect),
    with its caption; ``unreadable`` is the sentence shown instead of a photo that
    cannot be read."""

    image: PhotoData
    width: float
    height: float
    caption: str = ""
    unreadable: str = ""


@dataclass(frozen=True)
class Picture:
    """A picture already prepared for print (the cover's logo), at its printed size in
    points."""

    data: bytes
    width: float
    height: float


# structure -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cover:
    kicker: str
    title: str
    subtitle: str = ""
    facts: tuple[tuple[str, str], ...] = ()
    footer: str = ""
    #: printed top right, at most 4 × 2.5 cm
    logo: Picture | None = None


@dataclass(frozen=True)
class Contents:
    """Where the table of contents goes: the level-1 headings with their page numbers."""

    title: str


@dataclass(frozen=True)
class KeepTogether:
    """Blocks that must not be split across pages (a small chart with its heading)."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    Heading
    | Paragraph
    | ListItem
    | Box
    | Table
    | Facts
    | CardGrid
    | GroupHeading
    | Chart
    | Distribution
    | Photo
    | Cover
    | Contents
    | KeepTogether
    | PageBreak
)


@dataclass(frozen=True)
class Document:
    """A whole protocol: its blocks and what the file says about itself."""

    blocks: tuple[Block, ...]
    title: str
    author: str
    subject: str
    language: str
    creator: str
    #: the running header: left the workshop's title, right e.g. 'Protokoll · 14.03.2026'
    header_left: str = ""
    header_right: str = ""
    #: 'Page {page} of {pages}' in the protocol's language
    page_pattern: str = "{page}/{pages}"


def texts(blocks: tuple[Block, ...] | list[Block]) -> list[str]:
    """Every text a reader sees in ``blocks``, in order (for tests and checks): what
    each renderer must put into its file."""
    found: list[str] = []
    for block in blocks:
        found += _texts(block)
    return found


def _texts(block: Block) -> list[str]:
    match block:
        case Heading(text=text) | Paragraph(text=text) | ListItem(text=text):
            return [text]
        case Box(label=label, blocks=inner):
            return [label, *texts(inner)]
        case KeepTogether(blocks=inner):
            return texts(inner)
        case Table(columns=columns, rows=rows):
            found = [column.title for column in columns]
            for row in rows:
                for cell in (*row.cells, *row.details):
                    found += [line.text for line in cell.lines]
            return found
        case Facts(title=title, facts=facts):
            return [title, *(part for pair in facts for part in pair)]
        case CardGrid(cards=cards):
            return [text for card in cards for text in (card.text, card.origin, card.author)]
        case GroupHeading(title=title, counts=counts):
            return [title, *counts]
        case Chart(criteria=criteria):
            return list(criteria)  # the labels and counts are those of the ranking table
        case Distribution(rows=rows):
            return [label for label, _count in rows]
        case Photo(caption=caption):
            return [caption]
        case Cover(kicker=kicker, title=title, subtitle=subtitle, facts=facts, footer=footer):
            return [kicker, title, subtitle, *(part for pair in facts for part in pair), footer]
        case Contents(title=title):
            return [title]
    return []
