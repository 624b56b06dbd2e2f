"""A dot vote's results: the dots cast against the dots handed out, the ranking as a
table and the same as a bar chart."""

from __future__ import annotations

from werkstatt.core.snapshot import PhaseSnapshot
from werkstatt.core.voting import Ranking, Tally, ranking, sanity
from werkstatt.protocol.content import (
    Block,
    Cell,
    Chart,
    ChartRow,
    Column,
    Heading,
    KeepTogether,
    Paragraph,
    Row,
    Table,
)
from werkstatt.protocol.linked_phases import PhaseInSnapshot, criterion_label
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.common import no_results
from werkstatt.protocol.texts import translate

#: More rows than this do not fit a page; the chart then shows the best places only
#: (the ranking table beside it lists all).
CHART_ROWS_MAX = 18


def _setting(item: PhaseSnapshot, key: str) -> int:
    try:
        return int(item.phase.settings.get(key, 0) or 0)
    except (TypeError, ValueError):
        return 0


def counts_of(tally: Tally, target_id: int) -> tuple[int, ...]:
    return tuple(tally.dots(target_id, name) for name in tally.criteria)


def ranking_table(tally: Tally, order: Ranking) -> list[Block]:
    """Rank, target and dots; with two criteria each one and the sum."""
    two = len(tally.criteria) > 1
    numbers = len(tally.criteria) + 1 if two else 1
    # widths in mm of the 170 mm the PDF's frame is wide
    columns = [
        Column(translate("Protocol", "Rank"), 12, "right"),
        Column(translate("Protocol", "Result"), 170 - 12 - 22 * numbers),
    ]
    if two:
        columns += [Column(criterion_label(name), 22, "right") for name in tally.criteria]
        columns.append(Column(translate("Protocol", "Total"), 22, "right"))
    else:
        columns.append(Column(translate("Protocol", "Dots"), 22, "right"))
    rows = []
    for entry in order:
        cells = [Cell.of(f"{entry.rank}."), Cell.of(entry.target.label)]
        if two:
            cells += [Cell.of(str(count)) for count in counts_of(tally, entry.target.id)]
        cells.append(Cell.of(str(entry.dots), "strong"))
        rows.append(Row(tuple(cells)))
    blocks: list[Block] = [Table(tuple(columns), tuple(rows))]
    if order.has_ties:
        blocks.append(
            Paragraph(
                translate("Protocol", "Results with the same number of dots share a rank."),
                "note",
            )
        )
    return blocks


def ranking_chart(tally: Tally, order: Ranking) -> list[Block]:
    """The bar chart of the places with dots (at most CHART_ROWS_MAX of them)."""
    with_dots = [entry for entry in order if entry.dots > 0]
    if not with_dots:
        return []
    shown = with_dots[:CHART_ROWS_MAX]
    rows = tuple(
        ChartRow(entry.rank, entry.target.label, counts_of(tally, entry.target.id))
        for entry in shown
    )
    labels = ()
    if len(tally.criteria) > 1:
        labels = tuple(criterion_label(name) for name in tally.criteria)
    blocks: list[Block] = [Chart(rows, labels)]
    if len(shown) < len(with_dots):
        note = translate(
            "Protocol", "The chart shows the first {shown} of {count} results with dots."
        ).format(shown=len(shown), count=len(with_dots))
        blocks.append(Paragraph(note, "note"))
    return [KeepTogether(tuple(blocks))]


def dots_cast_line(item: PhaseSnapshot, tally: Tally) -> list[Block]:
    """'Punkte vergeben: 87 von 90 (30 Personen mit je 3 Punkten)' when the moderator
    counted the people voting."""
    people = _setting(item, "participants")
    per_person = _setting(item, "dots_per_person")
    if people <= 0 or per_person <= 0:
        return []
    check = sanity(tally, per_person, people)
    line = translate(
        "Protocol", "Dots cast: {cast} of {expected} ({people} people with {dots} dots each)"
    ).format(
        cast=check.cast,
        expected=check.expected,
        people=people,
        dots=per_person * len(tally.criteria),
    )
    return [Paragraph(line, keep_with_next=True)]


def vote_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    item = where.item
    tally = item.tally
    if tally is None or not tally.targets:
        return [no_results(translate("Protocol", "There was nothing to vote on."))]
    progress.check()
    progress.advance(len(tally.targets))
    if tally.total() == 0:
        return [no_results(translate("Protocol", "No dots were cast."))]
    order = ranking(tally)
    blocks: list[Block] = [Heading(2, translate("Protocol", "Ranking"))]
    blocks += dots_cast_line(item, tally)
    blocks += ranking_table(tally, order)
    blocks += ranking_chart(tally, order)
    return blocks


def vote_units(where: PhaseInSnapshot) -> int:
    tally = where.item.tally
    return len(tally.targets) if tally is not None else 0
