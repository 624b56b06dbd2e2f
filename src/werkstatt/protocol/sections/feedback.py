"""A feedback round's results: the mood (how many gave each rating, the mean) and the
statements, with the speaker's name only when names are on."""

from __future__ import annotations

from werkstatt.core.feedback import summarise
from werkstatt.methods.feedback_scale import scale_points
from werkstatt.protocol.content import Block, Distribution, Heading, KeepTogether, ListItem
from werkstatt.protocol.content import Paragraph as Text
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.common import no_results
from werkstatt.protocol.texts import decimal, translate


def feedback_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    item = where.item
    entries = item.feedback
    points = scale_points(item.phase.settings)
    blocks: list[Block] = []
    summary = summarise(entries, points)
    if summary.mean is not None:
        sentence = translate(
            "Protocol", "Mean {mean} on a scale from 1 to {points} (ratings: {count})"
        ).format(mean=decimal(summary.mean), points=summary.points, count=summary.ratings)
        bars = Distribution(
            tuple((str(value), count) for value, count in enumerate(summary.distribution, 1))
        )
        # heading, mean and bars on one page: a chart cut in two reads as two charts
        blocks.append(
            KeepTogether((Heading(2, translate("Protocol", "Mood")), Text(sentence), bars))
        )
    lines: list[Block] = []
    for entry in entries:
        text = entry.text.strip()
        if not text:
            continue
        extras = []
        if entry.rating is not None:
            extras.append(f"{entry.rating}/{max(points, entry.rating)}")
        if options.include_names and entry.name.strip():
            extras.append(entry.name.strip())
        lines.append(ListItem(text + (f"  ({', '.join(extras)})" if extras else "")))
    if lines:
        blocks += [Heading(2, translate("Protocol", "Statements")), *lines]
    progress.advance(len(entries))
    if not blocks:  # no entries, or entries without text and without rating
        blocks = [no_results(translate("Protocol", "No feedback was recorded."))]
    return blocks
