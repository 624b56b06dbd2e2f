"""The protocol as a Word document (.docx), for clients who edit it before publishing.

The same content as the PDF (werkstatt.protocol.builder), with Word's own structure:
real Heading 1/2/3 paragraphs, real tables whose header row repeats on every page, a
table-of-contents field that Word fills in when the file is opened, page numbers as
fields. Word shapes Arabic itself, so text goes in as written; a paragraph that reads
right to left is marked as such.

Like render_pdf: no Qt, no store; ``path`` is either left as it was or replaced by the
complete new file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import docx
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Inches, Mm, Pt, RGBColor
from docx.table import Table as DocxTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from werkstatt.core import card_colours
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol import content
from werkstatt.protocol.builder import block_units, build_document, work_units
from werkstatt.protocol.docx_chart import chart_png
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.output import commit, discard, reserve
from werkstatt.protocol.photo_prints import PhotoPrints
from werkstatt.protocol.progress import Progress, ScaledProgress
from werkstatt.protocol.text_shaping import is_rtl_paragraph
from werkstatt.protocol.texts import rendering_in

FONT = "Arial"  # on every Windows and Mac, metric-compatible Liberation Sans elsewhere
INK = RGBColor(0x1D, 0x24, 0x30)
MUTED = RGBColor(0x5B, 0x65, 0x73)
ACCENT = RGBColor(0x1F, 0x5F, 0x8B)
HEADER_FILL = "DFE7EF"
SHADE = "EEF2F6"
ZEBRA = "F6F8FA"
PAGE_WIDTH = Mm(210)
PAGE_HEIGHT = Mm(297)
MARGIN = Mm(20)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

Container = Any  # a docx Document or table cell: both add paragraphs and tables


def render_docx(
    snapshot: WorkshopSnapshot,
    path: Path,
    *,
    options: ProtocolOptions = ProtocolOptions(),  # noqa: B008 (frozen, so sharing is safe)
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the protocol of ``snapshot`` to ``path`` as a Word document, in the
    workshop's language; progress, cancellation and errors as render_pdf."""
    path = Path(path)
    temporary = reserve(path)
    try:
        with rendering_in(snapshot.workshop.language):
            estimate = work_units(snapshot, options)
            steps = Progress(2 * estimate, progress, cancelled)
            with PhotoPrints() as prints:
                document = build_document(snapshot, options, steps, prints)
                data = docx_bytes(document, ScaledProgress(steps, estimate))
        commit(temporary, path, data)
    except BaseException:
        discard(temporary)
        raise


def docx_bytes(document: content.Document, progress: ScaledProgress) -> bytes:
    progress.expect(sum(block_units(block) for block in document.blocks))
    doc = docx.Document()
    _set_up(doc, document)
    writer = _Writer(doc, document, progress)
    for block in document.blocks:
        progress.check()
        writer.block(doc, block)
        progress.advance(block_units(block))
    buffer = io.BytesIO()
    doc.save(buffer)
    progress.finish()
    return buffer.getvalue()


# the document around the content -------------------------------------------------------------
def _set_up(doc: Any, document: content.Document) -> None:
    properties = doc.core_properties
    properties.title = document.title
    properties.author = document.author
    properties.last_modified_by = document.author
    properties.subject = document.subject
    properties.language = document.language
    properties.comments = document.creator
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.font.color.rgb = INK
    _set_language(normal.element, document.language)
    for name, size in (("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 10.5)):
        style = doc.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = ACCENT if name == "Heading 1" else INK
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin, section.bottom_margin = Mm(24), Mm(20)
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = document.header_left
    header.add_run("\t" + document.header_right)
    _small(header, MUTED)
    tabs = header.paragraph_format.tab_stops
    # the template's header tabs are set for US Letter; one right tab at the margin
    for position in (Inches(3.25), Inches(6.5)):
        tabs.add_tab_stop(position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_label(footer, document.page_pattern)
    _small(footer, MUTED)
    # Word fills in the contents' page numbers when it opens the file.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    # Word refuses a file whose elements are out of the schema's order
    doc.settings.element.insert_element_before(update, *_AFTER_UPDATE_FIELDS)


# Word's spell checker wants a region
_WORD_LANGUAGES = {"de": "de-DE", "en": "en-GB"}


def _set_language(style_element: Any, language: str) -> None:
    properties = style_element.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), _WORD_LANGUAGES.get(language, language))
    lang.set(qn("w:bidi"), "ar")
    properties.append(lang)


def _small(paragraph: DocxParagraph, colour: RGBColor, size: float = 8.5) -> None:
    for run in paragraph.runs:
        run.font.size = Pt(size)
        run.font.color.rgb = colour


def _field(paragraph: DocxParagraph, instruction: str, shown: str = "") -> None:
    """A Word field (PAGE, NUMPAGES, TOC) with ``shown`` as its text until updated."""
    _field_char(paragraph.add_run(), "begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    _field_char(paragraph.add_run(), "separate")
    paragraph.add_run(shown)
    _field_char(paragraph.add_run(), "end")


def _field_char(run: Any, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run._r.append(char)


def _page_label(paragraph: DocxParagraph, pattern: str) -> None:
    """'Seite {page} von {pages}' with the numbers as fields."""
    rest = pattern
    while rest:
        page, pages = rest.find("{page}"), rest.find("{pages}")
        found = [index for index in (page, pages) if index >= 0]
        if not found:
            paragraph.add_run(rest)
            break
        at = min(found)
        if at:
            paragraph.add_run(rest[:at])
        if at == pages:
            _field(paragraph, "NUMPAGES", "1")
            rest = rest[at + len("{pages}") :]
        else:
            _field(paragraph, "PAGE", "1")
            rest = rest[at + len("{page}") :]


# blocks --------------------------------------------------------------------------------------
class _Writer:
    def __init__(self, doc: Any, document: content.Document, progress: ScaledProgress) -> None:
        self.doc = doc
        self.document = document
        self.progress = progress

    def block(self, where: Container, block: content.Block) -> None:
        match block:
            case content.Heading(level=level, text=text):
                heading = self.doc.add_heading(text, level)
                _direction(heading, text)
            case content.Paragraph(text=text, style=style, keep_with_next=keep):
                paragraph = _paragraph(where, text, style)
                paragraph.paragraph_format.keep_with_next = keep
            case content.ListItem(text=text, mark=mark):
                _list_item(where, text, mark)
            case content.Box(label=label, blocks=inner):
                self._box(where, label, inner)
            case content.Table():
                _table(where, block)
            case content.Facts():
                _facts(where, block)
            case content.CardGrid(cards=cards):
                _card_grid(where, cards)
            case content.GroupHeading():
                self._group_heading(block)
            case content.Chart(rows=rows, criteria=criteria):
                _picture(where, chart_png(rows, criteria), Mm(160))
            case content.Distribution(rows=rows):
                _distribution(where, rows)
            case content.Photo():
                _photo(where, block)
            case content.Cover():
                self._cover(block)
            case content.Contents(title=title):
                self._contents(title)
            case content.KeepTogether(blocks=inner):
                for part in inner:
                    self.block(where, part)
            case content.PageBreak():
                self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            case _:
                raise TypeError(f"no Word look for {type(block).__name__}")

    def _box(self, where: Container, label: str, inner: Sequence[content.Block]) -> None:
        table = where.add_table(rows=1, cols=1)
        _grid(table, [TEXT_WIDTH])
        cell = table.cell(0, 0)
        cell.width = TEXT_WIDTH
        _shade(cell, SHADE)
        first = cell.paragraphs[0]
        run = first.add_run(label)
        run.bold = True
        run.font.size = Pt(8.5)
        run.font.color.rgb = MUTED
        for part in inner:
            self.block(cell, part)
        where.add_paragraph()

    def _group_heading(self, block: content.GroupHeading) -> None:
        text = block.title if block.rank is None else f"{block.rank}. {block.title}"
        heading = self.doc.add_heading(text, 3)
        _direction(heading, block.title)
        if block.muted:
            for run in heading.runs:
                run.font.color.rgb = MUTED
        if block.counts:
            counts = self.doc.add_paragraph(" · ".join(block.counts))
            _small(counts, MUTED, 9)
            counts.paragraph_format.keep_with_next = True

    def _cover(self, block: content.Cover) -> None:
        top = Mm(30)
        if block.logo is not None:
            # top right; the title stays where it is without a logo
            logo = self.doc.add_paragraph()
            logo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            width, height = Pt(block.logo.width), Pt(block.logo.height)
            logo.add_run().add_picture(io.BytesIO(block.logo.data), width=width, height=height)
            top = Emu(max(0, top - height))
        kicker = self.doc.add_paragraph()
        kicker.paragraph_format.space_before = top
        run = kicker.add_run(block.kicker)
        run.bold = True
        run.font.size = Pt(14)
        run.font.color.rgb = ACCENT
        title = self.doc.add_paragraph(block.title, style="Title")
        _direction(title, block.title)
        if block.subtitle:
            self.doc.add_paragraph(block.subtitle, style="Subtitle")
        if block.facts:
            table = self.doc.add_table(rows=0, cols=2)
            _grid(table, [Mm(38), TEXT_WIDTH - Mm(38)])
            for label, value in block.facts:
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Mm(38), TEXT_WIDTH - Mm(38)
                cells[0].paragraphs[0].add_run(label).bold = True
                cells[1].paragraphs[0].add_run(value)
        if block.footer:
            footer = self.doc.sections[0].first_page_footer.paragraphs[0]
            footer.text = block.footer
            _small(footer, MUTED)
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _contents(self, title: str) -> None:
        """A TOC field over the level-1 headings, showing their titles (without page
        numbers) until Word updates it."""
        heading = self.doc.add_paragraph(title, style="TOC Heading")
        heading.runs[0].font.color.rgb = ACCENT
        chapters = [
            block.text
            for block in self.document.blocks
            if isinstance(block, content.Heading) and block.level == 1
        ]
        first = self.doc.add_paragraph()
        _field_char(first.add_run(), "begin")
        code = OxmlElement("w:instrText")
        code.set(qn("xml:space"), "preserve")
        code.text = ' TOC \\o "1-1" \\h \\z \\u '
        first.add_run()._r.append(code)
        _field_char(first.add_run(), "separate")
        last = first
        for number, chapter in enumerate(chapters):
            last = first if number == 0 else self.doc.add_paragraph()
            last.add_run(chapter)
        _field_char(last.add_run(), "end")
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# The elements that follow w:bidi in a paragraph's and w:updateFields in the settings'
# properties (ECMA-376 part 1, CT_PPrBase and CT_Settings).
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def _direction(paragraph: DocxParagraph, text: str) -> None:
    """Mark a paragraph that reads right to left (Arabic, Persian, Hebrew) as such."""
    if not is_rtl_paragraph(text):
        return
    properties = paragraph._p.get_or_add_pPr()
    properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))


_PARAGRAPH_LOOKS: dict[str, tuple[float, RGBColor, bool]] = {
    # style: size, colour, italic
    "body": (10, INK, False),
    "question": (10.5, INK, False),
    "meta": (8.5, MUTED, False),
    "note": (8.5, MUTED, False),
    "script": (9, MUTED, True),
}


def _paragraph(where: Container, text: str, style: content.ParagraphStyle) -> DocxParagraph:
    if style == "caption":
        paragraph = where.add_paragraph(text, style="Caption")
    else:
        paragraph = where.add_paragraph(text)
        size, colour, italic = _PARAGRAPH_LOOKS[style]
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.color.rgb = colour
            run.italic = italic
    _direction(paragraph, text)
    return paragraph


def _list_item(where: Container, text: str, mark: str) -> None:
    if mark == "•":
        paragraph = where.add_paragraph(text, style="List Bullet")
    else:  # a number as the moderator wrote it: kept as written, not renumbered
        paragraph = where.add_paragraph(f"{mark}\t{text}", style="List Paragraph")
    _direction(paragraph, text)


def _shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _grid(table: DocxTable, widths: Sequence[int]) -> None:
    """Column widths where every word processor reads them: the table's grid (Word
    also reads each cell's width, LibreOffice only the grid)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _repeat_header(table: DocxTable) -> None:
    row_properties = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row_properties.append(header)


def _keep_row_together(row: Any) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _cell_lines(cell: _Cell, lines: Sequence[content.Line], right: bool) -> None:
    for number, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        run = paragraph.add_run(line.text)
        if line.style == "strong":
            run.bold = True
        elif line.style in ("small", "label", "muted"):
            run.font.size = Pt(8)
            run.font.color.rgb = MUTED
            run.bold = line.style == "label"
            run.italic = line.style == "muted"
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _direction(paragraph, line.text)


#: Word's cells have wider margins than the PDF's: a number column this narrow would
#: break 'Rang' or 'Nr.' in two.
_NARROWEST = Mm(15)


def _widths(columns: Sequence[content.Column]) -> list[int]:
    whole = sum(column.width for column in columns) or 1
    widths = [int(TEXT_WIDTH * column.width / whole) for column in columns]
    widest = widths.index(max(widths))
    for index, width in enumerate(widths):
        if 0 < width < _NARROWEST and index != widest:
            widths[widest] -= _NARROWEST - width
            widths[index] = _NARROWEST
    return widths


def _table(where: Container, block: content.Table) -> None:
    columns = block.columns
    widths = _widths(columns)
    rights = [column.align == "right" for column in columns]
    table = where.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    _grid(table, widths)
    for cell, column, width, right in zip(
        table.rows[0].cells, columns, widths, rights, strict=True
    ):
        cell.width = width
        _shade(cell, HEADER_FILL)
        _cell_lines(cell, (content.Line(column.title, "strong"),), right)
    _repeat_header(table)
    last = len(columns) - 1
    group = 0
    for row in block.rows:
        cells = table.add_row().cells
        fill = None if row.total else (ZEBRA if group % 2 == 1 else None)
        for cell, value, width, right in zip(cells, row.cells, widths, rights, strict=True):
            cell.width = width
            _cell_lines(cell, value.lines, right)
            if fill:
                _shade(cell, fill)
        if row.details:
            below = table.add_row()
            _keep_row_together(below)
            for number, detail in enumerate(row.details, start=1):
                target = below.cells[number]
                if number == len(row.details) and number < last:
                    target = target.merge(below.cells[last])
                _cell_lines(target, detail.lines, rights[number])
            for cell, width in zip(below.cells, widths, strict=True):
                cell.width = width
                if fill:
                    _shade(cell, fill)
        if not row.total:
            group += 1
    where.add_paragraph()


def _facts(where: Container, block: content.Facts) -> None:
    table = where.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _grid(table, [Mm(34), TEXT_WIDTH - Mm(34)])
    title = table.cell(0, 0).merge(table.cell(0, 1))
    _shade(title, SHADE)
    _cell_lines(title, (content.Line(block.title, "strong"),), False)
    for label, value in block.facts:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Mm(34), TEXT_WIDTH - Mm(34)
        _cell_lines(cells[0], (content.Line(label, "strong"),), False)
        _cell_lines(
            cells[1], (content.Line(value) if value else content.Line("–", "muted"),), False
        )
    where.add_paragraph()


def _tint(name: str, amount: float = 0.86) -> str:
    edge = card_colours.card_colour(name).edge.lstrip("#")
    channels = [int(edge[index : index + 2], 16) for index in (0, 2, 4)]
    return "".join(f"{round(c + (255 - c) * amount):02X}" for c in channels)


def _card_grid(where: Container, cards: Sequence[content.CardItem]) -> None:
    table = where.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    _grid(table, [TEXT_WIDTH // 2, TEXT_WIDTH // 2])
    for start in range(0, len(cards), 2):
        row = table.add_row()
        _keep_row_together(row)
        for cell, card in zip(row.cells, cards[start : start + 2], strict=False):
            cell.width = TEXT_WIDTH // 2
            _shade(cell, _tint(card.colour))
            lines = [content.Line(str(card.number), "label"), content.Line(card.text)]
            if card.origin:
                lines.append(content.Line(card.origin, "small"))
            if card.author:
                lines.append(content.Line(f"– {card.author}", "muted"))
            _cell_lines(cell, lines, False)
    where.add_paragraph()


_BAR_BLOCKS = 24  # at 7 pt, a full bar fits the 74 mm column


def _distribution(where: Container, rows: Sequence[tuple[str, int]]) -> None:
    most = max((count for _label, count in rows), default=0) or 1
    table = where.add_table(rows=0, cols=3)
    _grid(table, [Mm(10), Mm(74), Mm(14)])
    for label, count in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width, cells[2].width = Mm(10), Mm(74), Mm(14)
        _cell_lines(cells[0], (content.Line(label),), True)
        bar = cells[1].paragraphs[0].add_run("█" * round(_BAR_BLOCKS * count / most))
        bar.font.color.rgb = ACCENT
        bar.font.size = Pt(7)
        _cell_lines(cells[2], (content.Line(str(count)),), False)
    where.add_paragraph()


def _picture(where: Container, data: bytes, width: int) -> None:
    paragraph = where.add_paragraph()
    paragraph.add_run().add_picture(io.BytesIO(data), width=width)


def _photo(where: Container, block: content.Photo) -> None:
    data = block.image()
    if data is None:
        paragraph = _paragraph(where, block.unreadable, "note")
    else:
        paragraph = where.add_paragraph()
        paragraph.add_run().add_picture(
            io.BytesIO(data), width=Pt(block.width), height=Pt(block.height)
        )
    paragraph.paragraph_format.keep_with_next = bool(block.caption)
    if block.caption:
        _paragraph(where, block.caption, "caption")


__all__ = ["render_docx"]
