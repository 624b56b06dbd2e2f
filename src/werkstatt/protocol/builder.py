"""A workshop snapshot as the content of its protocol: the cover, the contents, the run
sheet and one section per phase, every choice of the ProtocolOptions made here (a
renderer never sees a personal value the options leave out)."""

from __future__ import annotations

from werkstatt import APP_NAME, __version__
from werkstatt.core.snapshot import PhaseSnapshot, WorkshopSnapshot
from werkstatt.methods.kinds import kind_label
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol import content
from werkstatt.protocol.content import Block, Box, Document, Heading, Paragraph
from werkstatt.protocol.front_matter import contents, cover, run_sheet
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.photo_prints import PhotoPrints
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.question_lines import question_blocks
from werkstatt.protocol.sections import SECTIONS
from werkstatt.protocol.sections.common import card_grid
from werkstatt.protocol.sections.implementation import (
    action_plan_results,
    reality_check_results,
)
from werkstatt.protocol.sections.photos import PHOTO_UNITS, photo_results
from werkstatt.protocol.texts import current, short_date, text_in, translate
from werkstatt.protocol.timings import PhaseTimes, Timetable, local, timetable


def is_shown(item: PhaseSnapshot, options: ProtocolOptions = ProtocolOptions()) -> bool:  # noqa: B008
    """Whether a phase gets a section (breaks do not; they are in the run sheet; nor do
    phases the moderator left out)."""
    return item.phase.kind != PhaseKind.BREAK and options.includes(item.phase.id)


def work_units(snapshot: WorkshopSnapshot, options: ProtocolOptions = ProtocolOptions()) -> int:  # noqa: B008
    """Progress units of the phase sections: one per phase, card, feedback entry,
    action and reality check, what the kind's section counts (clusters, voted items),
    and PHOTO_UNITS per photo."""
    return sum(
        _phase_units(PhaseInSnapshot(snapshot, index), options)
        for index, item in enumerate(snapshot.phases)
        if is_shown(item, options)
    )


def _phase_units(where: PhaseInSnapshot, options: ProtocolOptions) -> int:
    item = where.item
    if item.run.skipped:
        return 1
    units = 1 + len(item.cards) + len(item.feedback)
    units += len(item.actions) + len(item.reality_checks)
    section = SECTIONS.get(item.phase.kind)
    if section is not None:
        units += section.units(where)
    if options.include_photos:
        units += PHOTO_UNITS * len(item.photos)
    return units


def block_units(block: Block) -> int:
    """Progress units of rendering a block: one per result it shows."""
    match block:
        case Heading(level=1) | content.GroupHeading() | content.Facts() | content.ListItem():
            return 1
        case content.CardGrid(cards=cards):
            return len(cards)
        case content.Table(rows=rows):
            return len(rows)
        case content.Photo():
            return PHOTO_UNITS
        case content.KeepTogether(blocks=inner) | Box(blocks=inner):
            return sum(block_units(part) for part in inner)
    return 0


def build_document(
    snapshot: WorkshopSnapshot,
    options: ProtocolOptions,
    progress: Progress,
    prints: PhotoPrints | None = None,
) -> Document:
    """The protocol's content in the current rendering language (texts.rendering_in).

    The photos are prepared for print by ``prints`` (the renderers keep it open until
    they are done); without it, each photo is prepared when a renderer asks for it."""
    if prints is None:
        prints = PhotoPrints(threads=False)
    workshop = snapshot.workshop
    times = timetable(snapshot)
    taken = local(snapshot.taken_at)
    generated = translate("Protocol", "Created on {date} at {time} with {app} {version}").format(
        date=short_date(taken.date()),
        time=f"{taken:%H:%M}",
        app=APP_NAME,
        version=__version__,
    )
    blocks: list[Block] = [cover(snapshot, options, times, generated)]
    sections: list[Block] = []
    for index, (item, phase) in enumerate(zip(snapshot.phases, times.phases, strict=True)):
        if is_shown(item, options):
            sections += phase_section(
                PhaseInSnapshot(snapshot, index), phase, times, options, progress, prints
            )
    if sections:
        blocks.append(contents())
    blocks += run_sheet(snapshot, times)
    blocks += sections
    progress.check()

    right = translate("Protocol", "Protocol")
    if workshop.date is not None:
        right += " · " + short_date(workshop.date)
    return Document(
        blocks=tuple(blocks),
        title=workshop.title,
        author=workshop.moderators if options.include_names else "",
        subject=_subject(snapshot),
        language=workshop.language or "de",
        creator=f"{APP_NAME} {__version__}",
        header_left=workshop.title,
        header_right=right,
        page_pattern=translate("Protocol", "Page {page} of {pages}"),
    )


def _subject(snapshot: WorkshopSnapshot) -> str:
    workshop = snapshot.workshop
    subject = translate("Protocol", "Protocol")
    details = [part for part in (snapshot.method_name, workshop.place) if part]
    if workshop.date is not None:
        details.append(short_date(workshop.date))
    if details:
        subject += ": " + ", ".join(details)
    return subject


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
    where: PhaseInSnapshot,
    phase: PhaseTimes,
    times: Timetable,
    options: ProtocolOptions,
    progress: Progress,
    prints: PhotoPrints,
) -> list[Block]:
    """A phase's heading, when it ran, the participants' question, the moderator's
    script (when asked for), its kind's results and its photos."""
    item = where.item
    progress.check()
    progress.advance()
    title = f"{phase.number}  {item.phase.title}"
    if item.run.skipped:
        line = translate("Protocol", "{title} – skipped").format(title=title)
        return [Heading(1, line, muted=True)]

    blocks: list[Block] = [Heading(1, title), Paragraph(_meta(item, phase, times), "meta")]
    kind = item.phase.kind
    question = item.phase.question.strip()
    if question:
        if kind == PhaseKind.BRIEFING:
            label = translate("Protocol", "Shown to the participants")
        else:
            label = translate("Protocol", "Question to the participants")
        blocks.append(Box(label, tuple(question_blocks(question))))
    if options.include_scripts and item.phase.script.strip():
        label = translate("Protocol", "Notes for the moderation")
        script = tuple(
            Paragraph(line.strip(), "script")
            for line in item.phase.script.strip().splitlines()
            if line.strip()
        )
        blocks.append(Box(label, script))

    section = SECTIONS.get(kind)
    if section is not None:
        blocks += section.results(where, options, progress)
    if item.cards and (section is None or not section.shows_cards):
        # cards a kind does not show as its own results are not lost from the protocol
        blocks.append(card_grid(item.cards, options, progress))
    if section is None or not section.shows_rows:
        # rows another kind's screen may have added are not lost from the protocol
        if item.reality_checks:
            blocks += reality_check_results(where, options, progress)
        if item.actions:
            blocks += action_plan_results(where, options, progress)
    if options.include_photos:
        blocks += photo_results(item.photos, progress, prints)
    return blocks


__all__ = ["build_document", "is_shown", "phase_section", "work_units"]
