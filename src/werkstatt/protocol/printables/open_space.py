"""Open Space sheets to print: the agenda for the wall (A3 or A4 landscape) and one
blank report form per placed session with its title, convener, slot and space already
printed.

Both are read standing in a hall: titles as large as their cell allows, each cell's
size chosen on its own so that one long German compound ('Wohnungsgenossenschaft')
shrinks its own cell, not the whole wall. Words are only cut when even the smallest
size cannot hold them. Conveners are printed only with ``include_names``; without, the
form leaves a line to write the name in by hand.

Like render_pdf: no Qt, no store; ``path`` is either left as it was or replaced by the
complete new file (ProtocolWriteError when it cannot be written).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from werkstatt.core.agenda import AgendaWall, Proposal, Slot, Space, slot_end
from werkstatt.protocol.fonts import BOLD, REGULAR, register_fonts, string_width
from werkstatt.protocol.output import commit, discard, reserve
from werkstatt.protocol.paragraphs import draw_line, fitted, paragraph
from werkstatt.protocol.sections.agenda import placed_in_order
from werkstatt.protocol.styles import ACCENT, HEADER_FILL, INK, MUTED, RULE, SHADE
from werkstatt.protocol.texts import clock, translate

PageSize = Literal["A3", "A4"]
#: Spaces side by side on one agenda page; a wider wall continues on the next page.
SPACES_PER_PAGE = {"A3": 8, "A4": 6}


def _slot_time(slot: Slot) -> str:
    return f"{clock(slot.start)}–{clock(slot_end(slot))}"


# fitting text into a box -----------------------------------------------------------------
@dataclass(frozen=True)
class _Fit:
    parts: tuple[Flowable, ...]
    height: float
    size: float


def _widest_word(text: str, font: str, size: float) -> float:
    return max((string_width(word, font, size) for word in text.split()), default=0.0)


def _fit(
    texts: Sequence[tuple[str, bool]],
    width: float,
    height: float,
    largest: float,
    smallest: float,
    *,
    centred: bool = False,
) -> _Fit:
    """The paragraphs of ``texts`` ((text, is_title) pairs; the others a size smaller)
    at the largest size from ``largest`` down to ``smallest`` at which every word fits
    the width and all fits the height; at the smallest size long words are cut."""
    size = largest
    while True:
        last = size <= smallest
        parts: list[Flowable] = []
        total = 0.0
        words_fit = True
        for text, is_title in texts:
            own = size if is_title else max(size * 0.8, smallest * 0.9)
            font = BOLD if is_title else REGULAR
            style = ParagraphStyle(
                f"fit{own}",
                fontName=font,
                fontSize=own,
                leading=own * 1.18,
                textColor=INK if is_title else MUTED,
                alignment=TA_CENTER if centred else 0,
                splitLongWords=1 if last else 0,
                spaceAfter=own * 0.25,
            )
            if _widest_word(text, font, own) > width:
                words_fit = False
            part = paragraph(text, style)
            total += part.wrap(width, 10 * height)[1] + style.spaceAfter
            parts.append(part)
        if last or (words_fit and total <= height):
            return _Fit(tuple(parts), total, size)
        size = max(smallest, size - 0.5)


def _draw_fit(canvas: Canvas, fit: _Fit, x: float, top: float) -> None:
    y = top
    for part in fit.parts:
        height = part.height
        part.drawOn(canvas, x, y - height)
        y -= height + part.style.spaceAfter


# the agenda --------------------------------------------------------------------------------
@dataclass(frozen=True)
class _AgendaLook:
    margin: float
    title: float
    header: float
    time: float
    largest: float
    smallest: float
    #: the size all cells share at least (see _agenda_page)
    even: float
    time_width: float
    break_height: float
    header_height: float


def _look(page_size: PageSize) -> _AgendaLook:
    if page_size == "A3":
        return _AgendaLook(15 * mm, 30, 17, 15, 26, 10, 16, 42 * mm, 13 * mm, 15 * mm)
    return _AgendaLook(10 * mm, 21, 12, 11, 18, 7.5, 11, 30 * mm, 9 * mm, 11 * mm)


def render_agenda(
    wall: AgendaWall,
    title: str,
    path: Path,
    *,
    page_size: PageSize = "A3",
    include_names: bool = False,
) -> None:
    """The agenda wall as a landscape poster: slots down, spaces across."""
    _write(Path(path), lambda buffer: _agenda(buffer, wall, title, page_size, include_names))


def _agenda(
    buffer: io.BytesIO, wall: AgendaWall, title: str, page_size: PageSize, include_names: bool
) -> None:
    look = _look(page_size)
    size = landscape(A3 if page_size == "A3" else A4)
    canvas = Canvas(buffer, pagesize=size, pageCompression=1)
    canvas.setTitle(title)
    canvas.setSubject(translate("Printables", "Agenda"))
    spaces = list(wall.spaces)
    groups = [
        spaces[start : start + SPACES_PER_PAGE[page_size]]
        for start in range(0, len(spaces), SPACES_PER_PAGE[page_size])
    ] or [[]]
    for group in groups:
        _agenda_page(canvas, size, look, wall, title, group, include_names)
        canvas.showPage()
    canvas.save()


def _agenda_page(
    canvas: Canvas,
    size: tuple[float, float],
    look: _AgendaLook,
    wall: AgendaWall,
    title: str,
    spaces: Sequence[Space],
    include_names: bool,
) -> None:
    width, height = size
    left, right = look.margin, width - look.margin
    top = height - look.margin
    canvas.setFillColor(ACCENT)
    kicker = translate("Printables", "Agenda")
    draw_line(canvas, left, top - look.header, kicker, BOLD, look.header)
    canvas.setFillColor(INK)
    shown = fitted(title, BOLD, look.title, right - left)
    draw_line(canvas, left, top - look.header - look.title * 1.3, shown, BOLD, look.title)
    grid_top = top - look.header - look.title * 1.3 - look.title * 0.8
    bottom = look.margin
    if not wall.slots or not spaces:
        canvas.setFillColor(MUTED)
        note = translate("Printables", "The agenda wall has no time slots or spaces yet.")
        draw_line(canvas, left, grid_top - look.header * 2, note, REGULAR, look.header)
        return

    column = (right - left - look.time_width) / len(spaces)
    breaks = sum(1 for slot in wall.slots if slot.is_break)
    sessions = len(wall.slots) - breaks
    room = grid_top - look.header_height - bottom - breaks * look.break_height
    row_height = room / max(sessions, 1)
    pad = 2.2 * mm if look.margin > 12 * mm else 1.6 * mm

    # header row
    canvas.setFillColor(HEADER_FILL)
    canvas.rect(left, grid_top - look.header_height, right - left, look.header_height, 0, 1)
    for number, space in enumerate(spaces):
        x = left + look.time_width + number * column
        fit = _fit([(space.name, True)], column - 2 * pad, look.header_height - pad, look.header, 7)
        _draw_fit(canvas, fit, x + pad, grid_top - (look.header_height - fit.height) / 2)

    cells = _cell_texts(wall, spaces, include_names)
    inner = column - 2 * pad, row_height - 2 * pad
    # One size for the whole wall reads calmer than each cell its own; the few cells
    # that would pull it below ``even`` shrink on their own instead.
    best = [_fit(texts, *inner, look.largest, look.smallest).size for texts in cells.values()]
    even = max(look.even, min(best, default=look.largest))

    y = grid_top - look.header_height
    for slot in wall.slots:
        row = look.break_height if slot.is_break else row_height
        if slot.is_break:
            canvas.setFillColor(SHADE)
            canvas.rect(left, y - row, right - left, row, 0, 1)
            label = slot.label or translate("Printables", "Break")
            canvas.setFillColor(MUTED)
            middle = y - row / 2 - look.time * 0.35
            draw_line(canvas, left + pad, middle, _slot_time(slot), BOLD, look.time)
            draw_line(
                canvas,
                left + look.time_width + pad,
                middle,
                fitted(label, REGULAR, look.time, right - left - look.time_width - 2 * pad),
                REGULAR,
                look.time,
            )
        else:
            time_lines = [(clock(slot.start), True), ("–" + clock(slot_end(slot)), False)]
            if slot.label:
                time_lines.append((slot.label, False))
            fit = _fit(time_lines, look.time_width - 2 * pad, row - 2 * pad, look.time * 1.3, 7)
            _draw_fit(canvas, fit, left + pad, y - pad)
            for number, space in enumerate(spaces):
                texts = cells.get((slot.id, space.id))
                if not texts:
                    continue
                fit = _fit(texts, *inner, min(even, look.largest), look.smallest)
                x = left + look.time_width + number * column
                _draw_fit(canvas, fit, x + pad, y - pad)
        y -= row

    # the grid's lines over the fills
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.8)
    line_y = grid_top - look.header_height
    for slot in wall.slots:
        canvas.line(left, line_y, right, line_y)
        line_y -= look.break_height if slot.is_break else row_height
    canvas.line(left, line_y, right, line_y)
    for number in range(len(spaces) + 1):
        x = left + look.time_width + number * column
        canvas.line(x, grid_top, x, line_y)
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(1.2)
    canvas.rect(left, line_y, right - left, grid_top - line_y, 1, 0)


def _cell_texts(
    wall: AgendaWall, spaces: Sequence[Space], include_names: bool
) -> dict[tuple[int, int], list[tuple[str, bool]]]:
    """What each occupied cell says: each session's title, then its convener."""
    cells: dict[tuple[int, int], list[tuple[str, bool]]] = {}
    for slot in wall.slots:
        for space in spaces:
            for proposal_id in wall.sessions_at(slot.id, space.id):
                proposal = wall.proposal(proposal_id)
                texts = cells.setdefault((slot.id, space.id), [])
                texts.append((proposal.title, True))
                if include_names and proposal.convener:
                    texts.append((proposal.convener, False))
    return cells


# the report forms ----------------------------------------------------------------------------
_FORM_MARGIN = 18 * mm
_RULE_GAP = 9 * mm


def render_report_forms(
    wall: AgendaWall, title: str, path: Path, *, include_names: bool = False
) -> None:
    """One A4 form per placed session, in the order of the wall."""
    _write(Path(path), lambda buffer: _forms(buffer, wall, title, include_names))


def _forms(buffer: io.BytesIO, wall: AgendaWall, title: str, include_names: bool) -> None:
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setSubject(translate("Printables", "Session report"))
    sessions = placed_in_order(wall)
    if not sessions:
        canvas.setFillColor(MUTED)
        note = translate("Printables", "No session is on the agenda wall yet.")
        draw_line(canvas, _FORM_MARGIN, A4[1] - 40 * mm, note, REGULAR, 12)
        canvas.showPage()
    for proposal in sessions:
        _form(canvas, wall, title, proposal, include_names)
        canvas.showPage()
    canvas.save()


def _form(
    canvas: Canvas, wall: AgendaWall, title: str, proposal: Proposal, include_names: bool
) -> None:
    width, height = A4
    left, right = _FORM_MARGIN, width - _FORM_MARGIN
    top = height - 15 * mm
    canvas.setFillColor(MUTED)
    draw_line(canvas, left, top, fitted(title, REGULAR, 9, (right - left) * 0.7), REGULAR, 9)
    canvas.setFillColor(ACCENT)
    label = translate("Printables", "Session report")
    draw_line(canvas, right, top, label, BOLD, 9, align=TA_RIGHT)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 3 * mm, right, top - 3 * mm)

    y = top - 10 * mm
    fit = _fit([(proposal.title, True)], right - left, 32 * mm, 22, 12)
    _draw_fit(canvas, fit, left, y)
    y -= fit.height + 4 * mm

    cell = wall.cell_of(proposal.id)
    assert cell is not None  # only placed sessions get a form
    slot, space = wall.slot(cell.slot_id), wall.space(cell.space_id)
    when = _slot_time(slot) + (f" · {slot.label}" if slot.label else "")
    facts = [
        (translate("Printables", "Convener"), proposal.convener if include_names else ""),
        (translate("Printables", "Time slot"), when),
        (translate("Printables", "Space"), space.name),
    ]
    label_width = 34 * mm
    for name, value in facts:
        canvas.setFillColor(MUTED)
        draw_line(canvas, left, y - 5 * mm, name, BOLD, 10)
        canvas.setFillColor(INK)
        shown = fitted(value, REGULAR, 12, right - left - label_width)
        draw_line(canvas, left + label_width, y - 5 * mm, shown, REGULAR, 12)
        canvas.setStrokeColor(RULE)
        canvas.line(left + label_width, y - 6.5 * mm, right, y - 6.5 * mm)
        y -= 9 * mm
    y -= 4 * mm

    footer = 22 * mm
    fields = (
        (translate("Printables", "Participants (number or names)"), 2),
        (translate("Printables", "Key points"), 6),
        (translate("Printables", "Results"), 5),
        (translate("Printables", "Next steps and recommendations"), 4),
    )
    label_height = 7 * mm
    available = y - footer - len(fields) * (label_height + 3 * mm)
    wanted = sum(lines for _name, lines in fields)
    gap = min(_RULE_GAP, available / wanted)
    for name, lines in fields:
        canvas.setFillColor(ACCENT)
        draw_line(canvas, left, y - 5 * mm, name, BOLD, 11)
        y -= label_height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for _line in range(lines):
            y -= gap
            canvas.line(left, y, right, y)
        y -= 3 * mm

    canvas.setFillColor(MUTED)
    hint = translate("Printables", "Please hand in the completed report at the news wall.")
    draw_line(canvas, left, 12 * mm, fitted(hint, REGULAR, 9, right - left), REGULAR, 9)


# writing -------------------------------------------------------------------------------------
def _write(path: Path, draw: Callable[[io.BytesIO], None]) -> None:
    register_fonts()
    temporary = reserve(path)
    try:
        buffer = io.BytesIO()
        draw(buffer)
        commit(temporary, path, buffer.getvalue())
    except BaseException:
        discard(temporary)
        raise


__all__ = ["render_agenda", "render_report_forms"]
