"""The whole seating plan of a World Café on A4: first by person (a row per badge, a
column per round: the table), then by table (a row per table and round: the badges).
For the moderator's clipboard and the wall by the entrance."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate, Table, TableStyle

from werkstatt.core.seating import SeatingPlan
from werkstatt.protocol.fonts import BOLD
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.styles import (
    FRAME_WIDTH,
    HEADER_FILL,
    INK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_SIZE,
    RULE,
    ZEBRA,
    styles,
)
from werkstatt.protocol.texts import decimal, translate

if TYPE_CHECKING:
    from werkstatt.protocol.printables.world_cafe import Printout


def plan_pdf(printout: Printout, plan: SeatingPlan) -> bytes:
    s = styles()
    cell = ParagraphStyle("plan_cell", parent=s.body, fontSize=10.5, leading=13)
    head = ParagraphStyle("plan_head", parent=cell, fontName=BOLD)
    title = ParagraphStyle("plan_title", parent=s.h1, spaceAfter=2 * mm)
    # keepWithNext would move a heading and its whole long table to the next page
    part = ParagraphStyle("plan_part", parent=s.h2, keepWithNext=0)
    story: list[Flowable] = [
        paragraph(translate("Printables", "Seating plan"), title),
        paragraph(printout.phase.title, s.h2),
        paragraph(_summary(plan), s.muted),
        paragraph(_legend(printout, plan), s.muted),
        paragraph(translate("Printables", "By person"), part),
        _by_person(printout, plan, cell, head),
        PageBreak(),
        paragraph(translate("Printables", "By table"), part),
        _by_table(printout, plan, cell, head),
    ]
    if plan.hosts is not None:
        story.append(paragraph(translate("Printables", "* the table's host"), s.muted))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_BOTTOM,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{translate('Printables', 'Seating plan')} – {printout.phase.title}",
        creator="Werkstatt",
    )
    document.build(story)
    return buffer.getvalue()


def _summary(plan: SeatingPlan) -> str:
    return translate(
        "Printables",
        "{participants} participants, {tables} tables, {rounds} rounds; "
        "each person meets {average} new people on average",
    ).format(
        participants=len(plan.participants),
        tables=plan.tables,
        rounds=len(plan.rounds),
        average=decimal(plan.average_new_people()),
    )


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _by_person(
    printout: Printout, plan: SeatingPlan, cell: ParagraphStyle, head: ParagraphStyle
) -> Table:
    rounds = len(plan.rounds)
    names = printout.include_names and any(name.strip() for name in printout.setup.names)
    header = [paragraph(translate("Printables", "No."), head)]
    if names:
        header.append(paragraph(translate("Printables", "Name"), head))
    header += [
        paragraph(translate("Printables", "Round {round}").format(round=r + 1), head)
        for r in range(rounds)
    ]
    rows = [header]
    badges = range(1, max(printout.setup.participants, max(plan.participants, default=0)) + 1)
    for badge in badges:
        row = [paragraph(str(badge), head)]
        if names:
            row.append(paragraph(printout.name(badge), cell))
        for table in plan.route(badge):
            row.append(paragraph("–" if table is None else str(table + 1), cell))
        rows.append(row)
    number_width = 14 * mm
    name_width = 55 * mm if names else 0
    round_width = (FRAME_WIDTH - number_width - name_width) / max(rounds, 1)
    widths = [number_width] + ([name_width] if names else []) + [round_width] * rounds
    return _table(rows, widths)


def _legend(printout: Printout, plan: SeatingPlan) -> str:
    """The tables' numbers with their names: the cells show numbers only."""
    return " · ".join(_table_cell(printout, table) for table in range(plan.tables))


def _table_cell(printout: Printout, table: int) -> str:
    name = printout.table_name(table)
    return f"{table + 1} · {name}" if name else str(table + 1)


def _by_table(
    printout: Printout, plan: SeatingPlan, cell: ParagraphStyle, head: ParagraphStyle
) -> Table:
    header = [
        paragraph(translate("Printables", "Table"), head),
        paragraph(translate("Printables", "Round"), head),
        paragraph(translate("Printables", "Seats"), head),
    ]
    rows = [header]
    for table in range(plan.tables):
        for round_index, seated in enumerate(plan.table_lists(table)):
            label = _table_cell(printout, table) if round_index == 0 else ""
            host = plan.host_of(table)
            badges = ", ".join(
                f"{badge}*" if badge == host else str(badge) for badge in sorted(seated)
            )
            rows.append(
                [
                    paragraph(label, head),
                    paragraph(str(round_index + 1), cell),
                    paragraph(badges, cell),
                ]
            )
    return _table(rows, [60 * mm, 20 * mm, FRAME_WIDTH - 80 * mm])
