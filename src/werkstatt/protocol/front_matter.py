"""The blocks before the phases: the cover, the contents and the run sheet (Ablaufplan)
with each phase planned and as it happened."""

from __future__ import annotations

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.content import (
    Block,
    Cell,
    Column,
    Contents,
    Cover,
    Heading,
    Line,
    PageBreak,
    Paragraph,
    Row,
    Table,
)
from werkstatt.protocol.cover_logo import cover_logo
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.texts import clock, long_date, signed_minutes, translate
from werkstatt.protocol.timings import PhaseTimes, Timetable


def cover(
    snapshot: WorkshopSnapshot, options: ProtocolOptions, times: Timetable, footer: str
) -> Cover:
    workshop = snapshot.workshop
    facts: list[tuple[str, str]] = []
    if workshop.date is not None:
        facts.append((translate("Protocol", "Date"), long_date(workshop.date)))
    if workshop.start_time is not None:
        time = clock(workshop.start_time)
        if times.sheet is not None and times.sheet.total_minutes:
            time += "–" + clock(times.sheet.planned_end) + times.day_mark(times.sheet.planned_end)
        facts.append((translate("Protocol", "Time"), time))
    if workshop.place:
        facts.append((translate("Protocol", "Place"), workshop.place))
    if options.include_names and workshop.client:
        facts.append((translate("Protocol", "Client"), workshop.client))
    if options.include_names and workshop.moderators:
        facts.append((translate("Protocol", "Moderation"), workshop.moderators))
    return Cover(
        kicker=translate("Protocol", "Protocol"),
        title=workshop.title,
        subtitle=snapshot.method_name,
        facts=tuple(facts),
        footer=footer,
        logo=cover_logo(snapshot.logo),
    )


def contents() -> Contents:
    return Contents(translate("Protocol", "Contents"))


def _planned(times: Timetable, phase: PhaseTimes) -> str:
    if phase.planned_start is None:
        return translate("Protocol", "{minutes} min").format(minutes=phase.planned_minutes)
    return times.span(phase.planned_start, phase.planned_end)


def run_sheet(snapshot: WorkshopSnapshot, times: Timetable) -> list[Block]:
    heading = Heading(1, translate("Protocol", "Run sheet"))
    if not snapshot.phases:
        return [
            heading,
            Paragraph(translate("Protocol", "The plan of this workshop has no phases.")),
            PageBreak(),
        ]
    # widths in mm of the 170 mm the PDF's frame is wide
    columns = (
        Column(translate("Protocol", "No."), 9, "right"),
        Column(translate("Protocol", "Phase"), 170 - 9 - 2 * 31 - 26),
        Column(translate("Protocol", "Planned"), 31),
        Column(translate("Protocol", "Actual"), 31),
        Column(translate("Protocol", "Difference"), 26, "right"),
    )
    rows: list[Row] = []
    for item, phase in zip(snapshot.phases, times.phases, strict=True):
        is_break = item.phase.kind == PhaseKind.BREAK
        if phase.skipped:
            actual = Cell.of(translate("Protocol", "skipped"), "muted")
        else:
            actual = Cell.of(times.span(phase.actual_start, phase.actual_end))
        delay = phase.delay_minutes
        rows.append(
            Row(
                (
                    Cell.of(str(phase.number)),
                    Cell.of(item.phase.title, "muted" if is_break else "plain"),
                    Cell.of(_planned(times, phase)),
                    actual,
                    Cell.of("" if delay is None else signed_minutes(delay)),
                )
            )
        )
    if times.sheet is not None:
        total_planned = times.span(times.sheet.start, times.sheet.planned_end)
    else:
        minutes = sum(phase.planned_minutes for phase in times.phases)
        total_planned = translate("Protocol", "{minutes} min").format(minutes=minutes)
    total_delay = times.delay_minutes
    rows.append(
        Row(
            (
                Cell(),
                Cell((Line(translate("Protocol", "Whole workshop"), "strong"),)),
                Cell((Line(total_planned, "strong"),)),
                Cell((Line(times.span(times.actual_start, times.actual_end), "strong"),)),
                Cell((Line("" if total_delay is None else signed_minutes(total_delay), "strong"),)),
            ),
            total=True,
        )
    )
    note = translate(
        "Protocol",
        "Times are local times. Difference: minutes by which a phase ended later "
        "(+) or earlier (−) than planned.",
    )
    return [heading, Table(columns, tuple(rows)), Paragraph(note, "note"), PageBreak()]
