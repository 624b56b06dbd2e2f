"""The bar chart of a ranking as a PNG picture for the Word protocol, drawn with Pillow
(reportlab's own bitmap renderer needs a library Werkstatt does not ship). It looks like
the PDF's chart: rank and label at the left, one bar per criterion with its count."""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from werkstatt.protocol.content import ChartRow
from werkstatt.protocol.fonts import ARABIC, BOLD, REGULAR, font_path
from werkstatt.protocol.text_shaping import has_rtl, is_rtl_paragraph, shaped, visual

SCALE = 3  # pixels per point: sharp when printed at 16 cm
WIDTH_PT = 453  # 16 cm
_FONT_PT = 8.5
_LEADING_PT = 10.5
_LABEL_PT = 190
_RANK_PT = 22
_COUNT_PT = 24
_ROW_GAP_PT = 4
_COLOURS = ((0x1F, 0x5F, 0x8B), (0xE0, 0xA5, 0x26))
_INK = (0x1D, 0x24, 0x30)
_MUTED = (0x5B, 0x65, 0x73)
_RULE = (0xC3, 0xCC, 0xD6)


@cache
def _font(name: str) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(name)), round(_FONT_PT * SCALE))


def _shown(text: str) -> tuple[str, ImageFont.FreeTypeFont]:
    if has_rtl(text):
        return visual(shaped(text), rtl=is_rtl_paragraph(text)), _font(ARABIC)
    return text, _font(REGULAR)


def _label_lines(text: str, width: float, most: int = 2) -> list[str]:
    font = _font(ARABIC if has_rtl(text) else REGULAR)
    lines: list[str] = []
    current = ""
    for word in " ".join(text.split()).split(" "):
        candidate = f"{current} {word}".strip()
        if font.getlength(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > most:
        last = " ".join(lines[most - 1 :])
        while last and font.getlength(last + " …") > width:
            last = last[:-1]
        lines = [*lines[: most - 1], last.rstrip() + " …"]
    return lines


def chart_png(rows: Sequence[ChartRow], criteria: Sequence[str]) -> bytes:
    bars = max(1, len(criteria))
    bar_pt = 9.0 if bars == 1 else 7.0
    legend_pt = 16 if bars > 1 else 0
    labels = [_label_lines(row.label, _LABEL_PT * SCALE) for row in rows]
    heights = [
        max(len(lines) * _LEADING_PT, bars * bar_pt + (bars - 1) * 1.5) + _ROW_GAP_PT
        for lines in labels
    ]
    height_pt = legend_pt + sum(heights) + 2
    image = Image.new("RGB", (WIDTH_PT * SCALE, round(height_pt * SCALE)), "white")
    draw = ImageDraw.Draw(image)
    bar_left = (_RANK_PT + _LABEL_PT + 7) * SCALE
    bar_width = WIDTH_PT * SCALE - bar_left - _COUNT_PT * SCALE
    most = max((max(row.counts, default=0) for row in rows), default=0) or 1
    y = 0.0
    if bars > 1:
        x = bar_left
        for index, name in enumerate(criteria):
            draw.rectangle((x, 4 * SCALE, x + 10 * SCALE, 11 * SCALE), fill=_COLOURS[index % 2])
            text, font = _shown(name)
            draw.text((x + 14 * SCALE, 3 * SCALE), text, font=font, fill=_INK)
            x += round(14 * SCALE + font.getlength(text) + 17 * SCALE)
        y = legend_pt * SCALE
    draw.line((bar_left, y, bar_left, image.height), fill=_RULE, width=SCALE // 2 + 1)
    for row, lines, height in zip(rows, labels, heights, strict=True):
        top = y + _ROW_GAP_PT / 2 * SCALE
        rank = f"{row.rank}."
        bold = ImageFont.truetype(str(font_path(BOLD)), round(_FONT_PT * SCALE))
        draw.text(
            ((_RANK_PT - 3) * SCALE - bold.getlength(rank), top), rank, font=bold, fill=_MUTED
        )
        for number, line in enumerate(lines):
            text, font = _shown(line)
            draw.text(
                (_RANK_PT * SCALE, top + number * _LEADING_PT * SCALE), text, font=font, fill=_INK
            )
        bar_top = top + SCALE
        for index, count in enumerate(row.counts):
            length = bar_width * count / most
            bottom = bar_top + bar_pt * SCALE
            if count:
                draw.rectangle(
                    (bar_left, bar_top, bar_left + length, bottom), fill=_COLOURS[index % 2]
                )
            draw.text(
                (bar_left + length + 3 * SCALE, bar_top - SCALE), str(count), font=bold, fill=_INK
            )
            bar_top = bottom + 1.5 * SCALE
        y += height * SCALE
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
