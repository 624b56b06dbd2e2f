"""One section per phase: title, when it ran, the participants' question, the results."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.methods.feedback_scale import scale_points
from werkstatt.methods.kinds import kind_label
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.page import with_units
from werkstatt.protocol.paragraphs import paragraph
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.results import (
    boxed,
    card_grid,
    feedback_lines,
    formatted_lines,
    mood_summary,
    no_results,
)
from werkstatt.protocol.styles import styles
from werkstatt.protocol.texts import current, text_in, translate
from werkstatt.protocol.timings import PhaseTimes, Timetable


def is_shown(item: PhaseSnapshot) -> bool:
    """Whether a phase gets a section (breaks do not; they are in the run sheet)."""
    return item.phase.kind != PhaseKind.BREAK


def work_units(snapshot: WorkshopSnapshot) -> int:
    """Progress units of the phase sections: one per phase, card and feedback entry."""
    units = 0
    for item in filter(is_shown, snapshot.phases):
        units += 1
        if not item.run.skipped:
            units += len(item.cards) + len(item.feedback)
    return units


def _kind_name(kind: str) -> str:
    try:
        return text_in(current(), "PhaseKind", kind_label(kind))
    except ValueError:  # a kind newer than this renderer
        return kind


def _meta(item: PhaseSnapshot, phase: PhaseTimes, times: Timetable) -> str:
    parts = [_kind_name(item.phase.kind)]
    actual = times.span(phase.actual_start, phase.actual_end)
    if actual:
        parts.append(translate("Protocol", "held {span}").format(span=actual))
    if phase.planned_start is not None:
        planned = times.span(phase.planned_start, phase.planned_end)
        parts.append(translate("Protocol", "planned {span}").format(span=planned))
    else:
        parts.append(
            translate("Protocol", "planned {minutes} min").format(minutes=phase.planned_minutes)
        )
    return " · ".join(parts)


def phase_section(
    item: PhaseSnapshot,
    phase: PhaseTimes,
    times: Timetable,
    options: ProtocolOptions,
    progress: Progress,
) -> list[Flowable]:
    s = styles()
    progress.check()
    progress.advance()
    title = f"{phase.number}  {item.phase.title}"
    if item.run.skipped:
        line = translate("Protocol", "{title} – skipped").format(title=title)
        return [with_units(paragraph(line, s.skipped), 1)]

    story: list[Flowable] = [
        with_units(paragraph(title, s.phase_title), 1),
        Paragraph(_meta(item, phase, times), s.meta),
    ]
    kind = item.phase.kind
    question = item.phase.question.strip()
    if question:
        if kind == PhaseKind.BRIEFING:
            label = translate("Protocol", "Shown to the participants")
        else:
            label = translate("Protocol", "Question to the participants")
        story.append(boxed(label, formatted_lines(question)))
    if options.include_scripts and item.phase.script.strip():
        label = translate("Protocol", "Notes for the moderation")
        script = [
            paragraph(line, s.script)
            for line in item.phase.script.strip().splitlines()
            if line.strip()
        ]
        story.append(boxed(label, script))

    if kind == PhaseKind.CARDS:
        story.append(
            Paragraph(translate("Protocol", "Cards ({count})").format(count=len(item.cards)), s.h2)
        )
        if item.cards:
            story += card_grid(item.cards, options, progress)
        else:
            story.append(no_results(translate("Protocol", "No cards were written.")))
    elif kind == PhaseKind.FEEDBACK:
        story += _feedback(item, options, progress)
    elif item.cards:
        # A kind whose own results the protocol cannot show yet still shows its cards.
        story += card_grid(item.cards, options, progress)
    return story


def _feedback(item: PhaseSnapshot, options: ProtocolOptions, progress: Progress) -> list[Flowable]:
    entries = item.feedback
    if not entries:
        return [no_results(translate("Protocol", "No feedback was recorded."))]
    points = scale_points(item.phase.settings)
    story = mood_summary(entries, points) + feedback_lines(entries, options, points, progress)
    if not story:  # entries without text and without rating
        story = [no_results(translate("Protocol", "No feedback was recorded."))]
    with_units(story[-1], len(entries))
    return story
