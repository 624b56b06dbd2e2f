"""Page geometry, colours and paragraph styles of the protocol.

Sober and print-friendly: a municipality prints it in black and white as often as it
publishes it as a PDF, so colour only marks (card colours, a thin accent), never carries
meaning alone; body text at 10 pt, nothing below 8 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from werkstatt.core import card_colours
from werkstatt.protocol.fonts import BOLD, OBLIQUE, REGULAR

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 24 * mm  # room for the running header
MARGIN_BOTTOM = 20 * mm  # room for the page number
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = colors.HexColor("#1d2430")
MUTED = colors.HexColor("#5b6573")
ACCENT = colors.HexColor("#1f5f8b")
RULE = colors.HexColor("#c3ccd6")
SHADE = colors.HexColor("#eef2f6")
ZEBRA = colors.HexColor("#f6f8fa")
HEADER_FILL = colors.HexColor("#dfe7ef")


def card_colour(name: str) -> colors.Color:
    """The edge colour of a card (werkstatt.core.card_colours); an unknown name is the
    plain card, as on the screen."""
    return colors.HexColor(card_colours.card_colour(name).edge)


def tint(colour: colors.Color, amount: float = 0.86) -> colors.Color:
    """``colour`` mixed with white: a light background that prints well in grey too."""
    return colors.Color(
        colour.red + (1 - colour.red) * amount,
        colour.green + (1 - colour.green) * amount,
        colour.blue + (1 - colour.blue) * amount,
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_method: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    h1: ParagraphStyle
    phase_title: ParagraphStyle
    h2: ParagraphStyle
    meta: ParagraphStyle
    box_label: ParagraphStyle
    question: ParagraphStyle
    script: ParagraphStyle
    list_item: ParagraphStyle
    table_head: ParagraphStyle
    table_head_right: ParagraphStyle
    table_cell: ParagraphStyle
    table_cell_right: ParagraphStyle
    table_note: ParagraphStyle
    card_number: ParagraphStyle
    card_text: ParagraphStyle
    card_author: ParagraphStyle
    card_origin: ParagraphStyle
    skipped: ParagraphStyle
    cluster_title: ParagraphStyle
    cluster_title_muted: ParagraphStyle
    cluster_dots: ParagraphStyle
    check_idea: ParagraphStyle
    plan_head: ParagraphStyle
    plan_head_right: ParagraphStyle
    plan_cell: ParagraphStyle
    plan_cell_right: ParagraphStyle
    plan_what: ParagraphStyle
    plan_source: ParagraphStyle
    plan_muted: ParagraphStyle
    plan_label: ParagraphStyle
    caption: ParagraphStyle


@cache
def styles() -> Styles:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT
    )
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=11)
    table_cell = ParagraphStyle("table_cell", parent=body, fontSize=9, leading=12)
    # the action plan has seven columns on A4 portrait: a size smaller, never below 8 pt
    plan_cell = ParagraphStyle("plan_cell", parent=table_cell, fontSize=8.5, leading=11)
    cluster_title = ParagraphStyle(
        "cluster_title", parent=body, fontName=BOLD, fontSize=10.5, leading=14
    )
    return Styles(
        body=body,
        body_right=ParagraphStyle("body_right", parent=body, alignment=TA_RIGHT),
        small=small,
        muted=ParagraphStyle("muted", parent=small, textColor=MUTED),
        cover_kicker=ParagraphStyle(
            "cover_kicker",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceAfter=6 * mm,
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=32,
            spaceAfter=4 * mm,
            splitLongWords=True,
        ),
        cover_method=ParagraphStyle(
            "cover_method",
            parent=body,
            fontSize=14,
            leading=18,
            textColor=MUTED,
            spaceAfter=12 * mm,
        ),
        cover_label=ParagraphStyle(
            "cover_label", parent=body, fontName=BOLD, fontSize=10.5, leading=15, textColor=MUTED
        ),
        cover_value=ParagraphStyle("cover_value", parent=body, fontSize=10.5, leading=15),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceAfter=5 * mm,
            keepWithNext=1,
        ),
        phase_title=ParagraphStyle(
            "phase_title",
            parent=body,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=ACCENT,
            spaceBefore=7 * mm,
            spaceAfter=1 * mm,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        meta=ParagraphStyle(
            "meta", parent=small, textColor=MUTED, spaceAfter=3 * mm, keepWithNext=1
        ),
        box_label=ParagraphStyle(
            "box_label", parent=small, fontName=BOLD, textColor=MUTED, spaceAfter=1 * mm
        ),
        question=ParagraphStyle("question", parent=body, fontSize=10.5, leading=15),
        script=ParagraphStyle(
            "script", parent=body, fontName=OBLIQUE, fontSize=9, leading=13, textColor=MUTED
        ),
        list_item=ParagraphStyle(
            "list_item", parent=body, leftIndent=6 * mm, bulletIndent=1 * mm, spaceAfter=1.5
        ),
        table_head=ParagraphStyle("table_head", parent=table_cell, fontName=BOLD),
        table_head_right=ParagraphStyle(
            "table_head_right", parent=table_cell, fontName=BOLD, alignment=TA_RIGHT
        ),
        table_cell=table_cell,
        table_cell_right=ParagraphStyle("table_cell_right", parent=table_cell, alignment=TA_RIGHT),
        table_note=ParagraphStyle(
            "table_note", parent=table_cell, fontName=OBLIQUE, textColor=MUTED
        ),
        card_number=ParagraphStyle(
            "card_number", parent=small, fontName=BOLD, fontSize=8, leading=10, textColor=MUTED
        ),
        card_text=ParagraphStyle("card_text", parent=body, fontSize=10, leading=13.5),
        card_author=ParagraphStyle(
            "card_author",
            parent=small,
            fontName=OBLIQUE,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            spaceBefore=2,
        ),
        card_origin=ParagraphStyle(
            "card_origin",
            parent=small,
            fontSize=8,
            leading=10,
            textColor=MUTED,
            spaceBefore=2,
        ),
        skipped=ParagraphStyle(
            "skipped", parent=body, textColor=MUTED, spaceBefore=5 * mm, spaceAfter=1 * mm
        ),
        cluster_title=cluster_title,
        cluster_title_muted=ParagraphStyle(
            "cluster_title_muted", parent=cluster_title, textColor=MUTED
        ),
        cluster_dots=ParagraphStyle(
            "cluster_dots", parent=small, fontName=BOLD, alignment=TA_RIGHT
        ),
        check_idea=ParagraphStyle(
            "check_idea", parent=body, fontName=BOLD, fontSize=10.5, leading=14
        ),
        plan_head=ParagraphStyle("plan_head", parent=plan_cell, fontName=BOLD),
        plan_head_right=ParagraphStyle(
            "plan_head_right", parent=plan_cell, fontName=BOLD, alignment=TA_RIGHT
        ),
        plan_cell=plan_cell,
        plan_cell_right=ParagraphStyle("plan_cell_right", parent=plan_cell, alignment=TA_RIGHT),
        plan_what=ParagraphStyle("plan_what", parent=plan_cell, fontName=BOLD),
        plan_source=ParagraphStyle(
            "plan_source", parent=plan_cell, fontSize=8, leading=10, textColor=MUTED, spaceBefore=2
        ),
        plan_muted=ParagraphStyle("plan_muted", parent=plan_cell, textColor=MUTED),
        plan_label=ParagraphStyle(
            "plan_label", parent=plan_cell, fontName=BOLD, fontSize=8, leading=10, textColor=MUTED
        ),
        caption=ParagraphStyle(
            "caption", parent=small, fontName=OBLIQUE, textColor=MUTED, spaceBefore=1.5 * mm
        ),
    )
