"""The cover: 'Protokoll', the title, the method, and the facts of the day."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.page import CONTENT
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.styles import FRAME_WIDTH, RULE, styles
from werkstatt.protocol.texts import clock, long_date, translate
from werkstatt.protocol.timings import Timetable


def cover(snapshot: WorkshopSnapshot, options: ProtocolOptions, times: Timetable) -> list[Flowable]:
    s = styles()
    workshop = snapshot.workshop
    story: list[Flowable] = [
        Spacer(1, 38 * mm),
        Paragraph(translate("Protocol", "Protocol"), s.cover_kicker),
        paragraph(workshop.title, s.cover_title),
    ]
    if snapshot.method_name:
        story.append(paragraph(snapshot.method_name, s.cover_method))
    else:
        story.append(Spacer(1, 8 * mm))

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
    if facts:
        rows = [
            [Paragraph(label, s.cover_label), paragraph(value, s.cover_value)]
            for label, value in facts
        ]
        table = Table(rows, colWidths=[38 * mm, FRAME_WIDTH - 38 * mm], hAlign="LEFT")
        table.setStyle(
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
        story.append(table)
    story += [NextPageTemplate(CONTENT), PageBreak()]
    return story
