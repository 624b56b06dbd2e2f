"""Tables of the PDF protocol: a content Table (header repeated, rows striped, a row's
details kept beside it), a reality check's labelled facts, and the cover's facts."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus import Table as PdfTable

from werkstatt.protocol import content
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.styles import (
    ACCENT,
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    RULE,
    SHADE,
    ZEBRA,
    Styles,
    styles,
)

_DASH = "–"


def _line_style(s: Styles, style: content.LineStyle, right: bool, dense: bool) -> ParagraphStyle:
    if style == "strong":
        if dense:
            return s.plan_what if not right else s.plan_head_right
        return s.table_head_right if right else s.table_head
    if style == "small":
        return s.plan_source
    if style == "label":
        return s.plan_label
    if style == "muted":
        return s.plan_muted if dense else s.table_note
    if dense:
        return s.plan_cell_right if right else s.plan_cell
    return s.table_cell_right if right else s.table_cell


def _cell(cell: content.Cell, right: bool, dense: bool) -> list[Flowable]:
    s = styles()
    return [paragraph(line.text, _line_style(s, line.style, right, dense)) for line in cell.lines]


def widths(columns: Sequence[content.Column], total: float = FRAME_WIDTH) -> list[float]:
    whole = sum(column.width for column in columns) or 1
    return [total * column.width / whole for column in columns]


def table(block: content.Table) -> PdfTable:
    s = styles()
    dense = block.dense
    head_style = (s.plan_head, s.plan_head_right) if dense else (s.table_head, s.table_head_right)
    rights = [column.align == "right" for column in block.columns]
    rows: list[list[object]] = [
        [
            paragraph(column.title, head_style[right])
            for column, right in zip(block.columns, rights, strict=True)
        ]
    ]
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.75, INK),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    last = len(block.columns) - 1
    group = 0
    for row in block.rows:
        first = len(rows)
        rows.append(
            [_cell(cell, right, dense) for cell, right in zip(row.cells, rights, strict=True)]
        )
        if row.total:
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.75, INK))
            continue
        group += 1
        end = first
        if row.details:
            below: list[object] = [""]
            below += [
                _cell(cell, rights[min(number, last)], dense)
                for number, cell in enumerate(row.details, start=1)
            ]
            below += [""] * (len(block.columns) - len(below))
            rows.append(below)
            end = first + 1
            commands += [
                ("SPAN", (len(row.details), end), (last, end)),
                ("NOSPLIT", (0, first), (-1, end)),
                ("TOPPADDING", (0, end), (-1, end), 0),
            ]
        commands.append(("LINEBELOW", (0, end), (-1, end), 0.25, RULE))
        if group % 2 == 0:
            commands.append(("BACKGROUND", (0, first), (-1, end), ZEBRA))
    result = PdfTable(rows, colWidths=widths(block.columns), repeatRows=1, hAlign="LEFT")
    result.setStyle(TableStyle(commands))
    return result


_LABEL_WIDTH = 34 * mm


def facts(block: content.Facts) -> PdfTable:
    """A title on a shaded bar, then one row per label and value."""
    s = styles()
    rows: list[list[Flowable]] = [
        [paragraph(block.title, s.check_idea), paragraph("", s.table_cell)]
    ]
    for label, text in block.facts:
        value = paragraph(text, s.table_cell) if text.strip() else paragraph(_DASH, s.plan_muted)
        rows.append([paragraph(label, s.table_head), value])
    result = PdfTable(
        rows,
        colWidths=[_LABEL_WIDTH, FRAME_WIDTH - _LABEL_WIDTH],
        hAlign="LEFT",
        splitByRow=1,
    )
    result.setStyle(
        TableStyle(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBEFORE", (0, 0), (0, 0), 2.5, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ("LINEBELOW", (0, -1), (-1, -1), 0.75, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    result.spaceAfter = 4 * mm
    return result


def cover_facts(pairs: Sequence[tuple[str, str]]) -> PdfTable:
    s = styles()
    rows = [
        [paragraph(label, s.cover_label), paragraph(value, s.cover_value)] for label, value in pairs
    ]
    result = PdfTable(rows, colWidths=[38 * mm, FRAME_WIDTH - 38 * mm], hAlign="LEFT")
    result.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LINEABOVE", (0, 0), (-1, 0), 0.75, RULE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ]
        )
    )
    return result
