"""A World Café's printouts (A4 PDF): a route card per participant ('Round 1: Table 3'),
4 or 8 to a page with cut lines; a card per table (number, name, host, the question of
each round, who sits there); and the whole seating plan as tables.

They are read at arm's length in a busy room: the route in large bold type, the table
number larger still. Names (participants', hosts') are printed only with
``include_names``. No Qt, no store: the caller passes the rounds phase and its CafeSetup
(or a WorkshopSnapshot, as the GUI does), and ``path`` is either left as it was or
replaced by the complete new file (ProtocolWriteError when it cannot be written).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from werkstatt.core.records import CafeSetup, Phase
from werkstatt.core.seating import SeatingPlan
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.errors import NoSeatingPlanError
from werkstatt.protocol.fonts import BOLD, REGULAR, register_fonts
from werkstatt.protocol.output import commit, discard, reserve
from werkstatt.protocol.paragraphs import draw_line, fitted, paragraph
from werkstatt.protocol.printables.world_cafe_plan import plan_pdf
from werkstatt.protocol.sections.rounds import (
    question_of,
    seating_plan,
    table_label,
)
from werkstatt.protocol.styles import ACCENT, INK, MUTED, RULE
from werkstatt.protocol.texts import rendering_in, translate

PAGE_WIDTH, PAGE_HEIGHT = A4
#: Printers leave the page's edge white; the cards are cut inside this margin.
PAGE_MARGIN = 10 * mm
CARD_PADDING = 6 * mm


@dataclass(frozen=True)
class Printout:
    """What every printable needs: the set-up, the phase (title, question, settings) and
    the workshop's title for the small print."""

    setup: CafeSetup
    phase: Phase
    include_names: bool = False
    workshop_title: str = ""

    @property
    def rounds(self) -> int:
        return int(self.phase.settings.get("rounds", len(self.setup.rounds)))

    @property
    def mode(self) -> str:
        return str(self.phase.settings.get("question_mode", "per_round"))

    def question(self, round_index: int, table_index: int) -> str:
        return question_of(self.phase.question, self.mode, round_index, table_index)

    def plan(self) -> SeatingPlan:
        plan = seating_plan(self.setup)
        if plan is None:
            raise NoSeatingPlanError(self.setup.phase_id)
        return plan

    def name(self, badge: int) -> str:
        names = self.setup.names
        return names[badge - 1].strip() if self.include_names and badge <= len(names) else ""

    def table(self, index: int) -> str:
        return table_label(self.setup.tables, index)

    def table_name(self, index: int) -> str:
        """The name a table was given ("" for an unnamed one)."""
        tables = self.setup.tables
        return tables[index].name.strip() if index < len(tables) else ""

    def host_name(self, index: int) -> str:
        tables = self.setup.tables
        if not self.include_names or index >= len(tables):
            return ""
        return tables[index].host.strip()


# entry points ------------------------------------------------------------------------------
def render_route_cards(
    setup: CafeSetup,
    phase: Phase,
    path: Path,
    *,
    per_page: Literal[4, 8] = 8,
    include_names: bool = False,
    language: str = "de",
    workshop_title: str = "",
) -> None:
    """One card per participant: the badge number (and name), then the table of each
    round. Raises NoSeatingPlanError without a plan."""
    printout = Printout(setup, phase, include_names, workshop_title)
    printout.plan()  # before a file is reserved
    _write(path, language, lambda: _route_cards_pdf(printout, per_page))


def render_table_cards(
    setup: CafeSetup | WorkshopSnapshot,
    phase: Phase | int,
    path: Path,
    include_names: bool = False,
    *,
    per_page: Literal[1, 2] = 1,
    language: str = "de",
    workshop_title: str = "",
) -> None:
    """One card per table: its number and name, its host, the question of each round
    and, with a plan, the badges seated there in each round.

    Also callable as the GUI calls every printable, ``(snapshot, phase_id, path,
    include_names)`` (see render_printable)."""
    if isinstance(setup, WorkshopSnapshot):
        if not isinstance(phase, int):
            raise TypeError("a snapshot goes with a phase id")
        render_printable("table_cards", setup, phase, path, include_names)
        return
    if isinstance(phase, int):
        raise TypeError("a CafeSetup goes with its Phase")
    printout = Printout(setup, phase, include_names, workshop_title)
    _write(path, language, lambda: _table_cards_pdf(printout, per_page))


def render_plan(
    setup: CafeSetup,
    phase: Phase,
    path: Path,
    *,
    include_names: bool = False,
    language: str = "de",
    workshop_title: str = "",
) -> None:
    """The whole plan: each participant's table per round, then each table's guests per
    round. Raises NoSeatingPlanError without a plan."""
    printout = Printout(setup, phase, include_names, workshop_title)
    plan = printout.plan()
    _write(path, language, lambda: plan_pdf(printout, plan))


PrintableKind = Literal["route_cards_4", "route_cards_8", "table_cards", "whole_plan"]
PRINTABLES: tuple[PrintableKind, ...] = (
    "route_cards_4",
    "route_cards_8",
    "table_cards",
    "whole_plan",
)


def render_printable(
    kind: PrintableKind, snapshot: WorkshopSnapshot, phase_id: int, path: Path, include_names: bool
) -> None:
    """The printable ``kind`` of the rounds phase ``phase_id`` in ``snapshot``, in the
    workshop's language. Raises KeyError for a phase the snapshot lacks or a kind not in
    PRINTABLES, NoSeatingPlanError, ProtocolWriteError."""
    item = next((p for p in snapshot.phases if p.phase.id == phase_id), None)
    if item is None:
        raise KeyError(phase_id)
    settings = item.phase.settings
    setup = item.cafe or CafeSetup(phase_id, int(settings.get("participants", 0)))
    common = {
        "include_names": include_names,
        "language": snapshot.workshop.language or "de",
        "workshop_title": snapshot.workshop.title,
    }
    if kind == "route_cards_4":
        render_route_cards(setup, item.phase, path, per_page=4, **common)  # type: ignore[arg-type]
    elif kind == "route_cards_8":
        render_route_cards(setup, item.phase, path, per_page=8, **common)  # type: ignore[arg-type]
    elif kind == "table_cards":
        render_table_cards(setup, item.phase, path, **common)  # type: ignore[arg-type]
    elif kind == "whole_plan":
        render_plan(setup, item.phase, path, **common)  # type: ignore[arg-type]
    else:
        raise KeyError(kind)


# What the GUI calls: render_<key>(snapshot, phase_id, path, include_names).
def render_route_cards_4(
    snapshot: WorkshopSnapshot, phase_id: int, path: Path, include_names: bool
) -> None:
    render_printable("route_cards_4", snapshot, phase_id, path, include_names)


def render_route_cards_8(
    snapshot: WorkshopSnapshot, phase_id: int, path: Path, include_names: bool
) -> None:
    render_printable("route_cards_8", snapshot, phase_id, path, include_names)


def render_whole_plan(
    snapshot: WorkshopSnapshot, phase_id: int, path: Path, include_names: bool
) -> None:
    render_printable("whole_plan", snapshot, phase_id, path, include_names)


def _write(path: Path, language: str, build: Callable[[], bytes]) -> None:
    path = Path(path)
    register_fonts()
    temporary = reserve(path)
    try:
        with rendering_in(language):
            data = build()
        commit(temporary, path, data)
    except BaseException:
        discard(temporary)
        raise


def _canvas(buffer: io.BytesIO, printout: Printout, title: str) -> Canvas:
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"{title} – {printout.phase.title}")
    canvas.setCreator("Werkstatt")
    return canvas


# route cards -------------------------------------------------------------------------------
def _route_cards_pdf(printout: Printout, per_page: int) -> bytes:
    plan = printout.plan()
    columns, rows = (2, 2) if per_page == 4 else (2, 4)
    width = (PAGE_WIDTH - 2 * PAGE_MARGIN) / columns
    height = (PAGE_HEIGHT - 2 * PAGE_MARGIN) / rows
    buffer = io.BytesIO()
    canvas = _canvas(buffer, printout, translate("Printables", "Route cards"))
    badges = list(range(1, max(printout.setup.participants, max(plan.participants, default=0)) + 1))
    for start in range(0, len(badges), per_page):
        _cut_lines(canvas, columns, rows, width, height)
        for slot, badge in enumerate(badges[start : start + per_page]):
            column, row = slot % columns, slot // columns
            x = PAGE_MARGIN + column * width
            y = PAGE_HEIGHT - PAGE_MARGIN - (row + 1) * height
            _route_card(canvas, printout, plan, badge, x, y, width, height, large=per_page == 4)
        canvas.showPage()
    if not badges:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cut_lines(canvas: Canvas, columns: int, rows: int, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.setDash(3, 3)
    for column in range(columns + 1):
        x = PAGE_MARGIN + column * width
        canvas.line(x, PAGE_MARGIN / 2, x, PAGE_HEIGHT - PAGE_MARGIN / 2)
    for row in range(rows + 1):
        y = PAGE_MARGIN + row * height
        canvas.line(PAGE_MARGIN / 2, y, PAGE_WIDTH - PAGE_MARGIN / 2, y)
    canvas.restoreState()


def _route_card(
    canvas: Canvas,
    printout: Printout,
    plan: SeatingPlan,
    badge: int,
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    large: bool,
) -> None:
    inner = width - 2 * CARD_PADDING
    left = x + CARD_PADDING
    top = y + height - CARD_PADDING
    scale = 1.35 if large else 1.0
    # the badge number, and the phase's title in small print at the right
    number_size = 22 * scale
    canvas.setFillColor(ACCENT)
    number = translate("Printables", "No. {badge}").format(badge=badge)
    draw_line(canvas, left, top - number_size, number, BOLD, number_size)
    canvas.setFillColor(MUTED)
    small = 7.5 * scale
    title = fitted(printout.phase.title, REGULAR, small, inner * 0.55)
    title_width = canvas.stringWidth(title, REGULAR, small)
    draw_line(canvas, left + inner - title_width, top - small, title, REGULAR, small)
    cursor = top - number_size - 4 * scale
    name = printout.name(badge)
    if name:
        size = 12 * scale
        canvas.setFillColor(INK)
        draw_line(canvas, left, cursor - size, fitted(name, BOLD, size, inner), BOLD, size)
        cursor -= size + 3 * scale
    hosted = _hosted_table(plan, badge)
    if hosted is not None:
        size = 9 * scale
        canvas.setFillColor(ACCENT)
        text = translate("Printables", "Host of table {number}").format(number=hosted + 1)
        draw_line(canvas, left, cursor - size, fitted(text, BOLD, size, inner), BOLD, size)
        cursor -= size + 3 * scale
    # the route, one round a line (the table's name under it), as large as the card allows
    cursor -= 3 * scale
    rounds = len(plan.rounds)
    named = any(printout.table_name(t) for t in range(plan.tables))
    pitch = 1.3 + (0.7 if named else 0)
    room = cursor - (y + CARD_PADDING)
    size = min(17 * scale, room / max(rounds, 1) / pitch)
    name_size = size * 0.6
    for round_index, table in enumerate(plan.route(badge)):
        baseline = cursor - size
        canvas.setFillColor(INK)
        if table is None:
            text = translate("Printables", "Round {round}: –").format(round=round_index + 1)
            draw_line(canvas, left, baseline, text, REGULAR, size)
        else:
            text = translate("Printables", "Round {round}: Table {table}").format(
                round=round_index + 1, table=table + 1
            )
            draw_line(canvas, left, baseline, fitted(text, BOLD, size, inner), BOLD, size)
            table_name = printout.table_name(table)
            if table_name:
                canvas.setFillColor(MUTED)
                shown = fitted(table_name, REGULAR, name_size, inner - size)
                draw_line(
                    canvas, left + size, baseline - name_size * 1.15, shown, REGULAR, name_size
                )
        cursor -= size * pitch


def _hosted_table(plan: SeatingPlan, badge: int) -> int | None:
    if plan.hosts is None or badge not in plan.hosts:
        return None
    return plan.hosts.index(badge)


# table cards -------------------------------------------------------------------------------
def _table_cards_pdf(printout: Printout, per_page: int) -> bytes:
    buffer = io.BytesIO()
    canvas = _canvas(buffer, printout, translate("Printables", "Table cards"))
    plan = seating_plan(printout.setup)
    count = len(printout.setup.tables)
    height = PAGE_HEIGHT / per_page
    for start in range(0, count, per_page):
        for slot, table in enumerate(range(start, min(start + per_page, count))):
            y = PAGE_HEIGHT - (slot + 1) * height
            _table_card(canvas, printout, plan, table, y, height, scale=1.0 / per_page**0.5)
        if per_page == 2:
            _cut_lines(
                canvas, 1, 2, PAGE_WIDTH - 2 * PAGE_MARGIN, (PAGE_HEIGHT - 2 * PAGE_MARGIN) / 2
            )
        canvas.showPage()
    if not count:
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _table_card(
    canvas: Canvas,
    printout: Printout,
    plan: SeatingPlan | None,
    table: int,
    y: float,
    height: float,
    *,
    scale: float,
) -> None:
    margin = 18 * mm * scale
    left = margin
    inner = PAGE_WIDTH - 2 * margin
    cursor = y + height - margin
    canvas.setFillColor(MUTED)
    kicker = fitted(printout.phase.title, REGULAR, 11 * scale, inner)
    draw_line(canvas, left, cursor - 11 * scale, kicker, REGULAR, 11 * scale)
    cursor -= 11 * scale + 8 * scale
    number = translate("Printables", "Table {number}").format(number=table + 1)
    size = 80 * scale
    canvas.setFillColor(ACCENT)
    draw_line(canvas, left, cursor - size * 0.8, fitted(number, BOLD, size, inner), BOLD, size)
    cursor -= size * 0.8 + 12 * scale
    name = printout.table_name(table)
    if name:
        size = 30 * scale
        canvas.setFillColor(INK)
        draw_line(canvas, left, cursor - size, fitted(name, BOLD, size, inner), BOLD, size)
        cursor -= size + 8 * scale
    host = printout.host_name(table)
    if host:
        size = 16 * scale
        canvas.setFillColor(INK)
        text = translate("Printables", "Host: {name}").format(name=host)
        draw_line(canvas, left, cursor - size, fitted(text, REGULAR, size, inner), REGULAR, size)
        cursor -= size + 6 * scale
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    canvas.line(left, cursor - 4 * scale, left + inner, cursor - 4 * scale)
    cursor -= 14 * scale
    label = ParagraphStyle(
        "label", fontName=BOLD, fontSize=12 * scale, leading=15 * scale, textColor=MUTED
    )
    question = ParagraphStyle(
        "question", fontName=REGULAR, fontSize=17 * scale, leading=22 * scale, textColor=INK
    )
    seats = ParagraphStyle(
        "seats", fontName=REGULAR, fontSize=10 * scale, leading=13 * scale, textColor=MUTED
    )
    same = printout.mode == "same"
    for round_index in range(printout.rounds):
        heading = translate("Printables", "Round {round}").format(round=round_index + 1)
        cursor = _flow(canvas, paragraph(heading, label), left, cursor, inner)
        asked = printout.question(round_index, table)
        if asked and (not same or round_index == 0):
            cursor = _flow(canvas, paragraph(asked, question), left, cursor, inner)
        if plan is not None and round_index < len(plan.rounds):
            guests = " · ".join(str(badge) for badge in plan.rounds[round_index][table])
            text = translate("Printables", "Seats: {badges}").format(badges=guests)
            cursor = _flow(canvas, paragraph(text, seats), left, cursor, inner)
        cursor -= 8 * scale


def _flow(canvas: Canvas, flowable: object, left: float, top: float, width: float) -> float:
    _w, height = flowable.wrapOn(canvas, width, 10_000)  # type: ignore[attr-defined]
    flowable.drawOn(canvas, left, top - height)  # type: ignore[attr-defined]
    return top - height - 2
