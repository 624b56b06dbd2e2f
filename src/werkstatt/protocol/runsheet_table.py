"""The run sheet (Ablaufplan): each phase planned and as it happened."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.styles import FRAME_WIDTH, HEADER_FILL, INK, RULE, ZEBRA, styles
from werkstatt.protocol.texts import signed_minutes, translate
from werkstatt.protocol.timings import PhaseTimes, Timetable

_NUMBER = 9 * mm
_TIMES = 31 * mm
_DELAY = 26 * mm


def _planned(times: Timetable, phase: PhaseTimes) -> str:
    if phase.planned_start is None:
        return translate("Protocol", "{minutes} min").format(minutes=phase.planned_minutes)
    return times.span(phase.planned_start, phase.planned_end)


def run_sheet(snapshot: WorkshopSnapshot, times: Timetable) -> list[Flowable]:
    s = styles()
    heading = Paragraph(translate("Protocol", "Run sheet"), s.h1)
    if not snapshot.phases:
        return [
            heading,
            Paragraph(translate("Protocol", "The plan of this workshop has no phases."), s.body),
            PageBreak(),
        ]
    header = [
        Paragraph(translate("Protocol", "No."), s.table_head_right),
        Paragraph(translate("Protocol", "Phase"), s.table_head),
        Paragraph(translate("Protocol", "Planned"), s.table_head),
        Paragraph(translate("Protocol", "Actual"), s.table_head),
        Paragraph(translate("Protocol", "Difference"), s.table_head_right),
    ]
    rows: list[list[Flowable]] = [header]
    commands: list[tuple[object, ...]] = []
    for index, (item, phase) in enumerate(zip(snapshot.phases, times.phases, strict=True)):
        is_break = item.phase.kind == PhaseKind.BREAK
        title_style = s.table_note if is_break else s.table_cell
        if phase.skipped:
            actual: Flowable = Paragraph(translate("Protocol", "skipped"), s.table_note)
        else:
            actual = Paragraph(times.span(phase.actual_start, phase.actual_end), s.table_cell)
        delay = phase.delay_minutes
        rows.append(
            [
                Paragraph(str(phase.number), s.table_cell_right),
                paragraph(item.phase.title, title_style),
                Paragraph(_planned(times, phase), s.table_cell),
                actual,
                Paragraph("" if delay is None else signed_minutes(delay), s.table_cell_right),
            ]
        )
        if index % 2 == 1:
            commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), ZEBRA))

    if times.sheet is not None:
        total_planned = times.span(times.sheet.start, times.sheet.planned_end)
    else:
        minutes = sum(phase.planned_minutes for phase in times.phases)
        total_planned = translate("Protocol", "{minutes} min").format(minutes=minutes)
    total_delay = times.delay_minutes
    rows.append(
        [
            Paragraph("", s.table_head),
            Paragraph(translate("Protocol", "Whole workshop"), s.table_head),
            Paragraph(total_planned, s.table_head),
            Paragraph(times.span(times.actual_start, times.actual_end), s.table_head),
            Paragraph(
                "" if total_delay is None else signed_minutes(total_delay), s.table_head_right
            ),
        ]
    )
    table = Table(
        rows,
        colWidths=[_NUMBER, FRAME_WIDTH - _NUMBER - 2 * _TIMES - _DELAY, _TIMES, _TIMES, _DELAY],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.75, INK),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.75, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                *commands,
            ]
        )
    )
    return [
        heading,
        table,
        Spacer(1, 3 * mm),
        Paragraph(
            translate(
                "Protocol",
                "Times are local times. Difference: minutes by which a phase ended later "
                "(+) or earlier (−) than planned.",
            ),
            s.muted,
        ),
        PageBreak(),
    ]
