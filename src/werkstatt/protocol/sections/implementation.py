"""The implementation phase's results: the reality check of each top idea and the action
plan (Maßnahmenplan).

Personal values follow ProtocolOptions.include_names: without names a reality check
leaves out its allies, and the action plan drops its 'Verantwortlich' column (a
municipality publishes who is responsible as an office, if at all, not as a private
name) and says so under the table.
"""

from __future__ import annotations

from werkstatt.core.records import Action, ActionStatus
from werkstatt.protocol.content import (
    Block,
    Cell,
    Column,
    Facts,
    Heading,
    Line,
    Paragraph,
    Row,
    Table,
)
from werkstatt.protocol.linked_phases import PhaseInSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.sections.common import no_results
from werkstatt.protocol.texts import translate

DASH = "–"


def reality_check_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    checks = where.item.reality_checks
    if not checks:
        return [no_results(translate("Protocol", "No idea was checked."))]
    blocks: list[Block] = [
        Heading(2, translate("Protocol", "Reality check ({count})").format(count=len(checks)))
    ]
    for check in checks:
        progress.check()
        facts = [(translate("Protocol", "Resources"), check.resources.strip())]
        if options.include_names:
            facts.append((translate("Protocol", "Allies"), check.allies.strip()))
        facts.append((translate("Protocol", "Obstacles"), check.obstacles.strip()))
        blocks.append(Facts(check.idea.strip(), tuple(facts)))
    progress.advance(len(checks))
    return blocks


def status_label(status: ActionStatus | str) -> str:
    if status == ActionStatus.DONE:
        return translate("Protocol", "done")
    if status == ActionStatus.STARTED:
        return translate("Protocol", "started")
    return translate("Protocol", "open")


def _value(text: str) -> Line:
    text = text.strip()
    return Line(text) if text else Line(DASH, "muted")


def _what(action: Action) -> Cell:
    lines = [Line(action.what.strip(), "strong")]
    if action.source.strip():
        source = translate("Protocol", "from: {source}").format(source=action.source.strip())
        lines.append(Line(source, "small"))
    return Cell(tuple(lines))


# Seven columns of long German compounds do not fit A4 portrait ('Wohnungsgenossenschaft'
# would be cut mid-word), so each action takes two rows: the action, who, by when and its
# status above; its first step and resources below, under small labels.
def action_plan_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    actions = where.item.actions
    if not actions:
        return [no_results(translate("Protocol", "No actions were agreed."))]
    columns = [
        Column(translate("Protocol", "No."), 9, "right"),
        Column(translate("Protocol", "Action"), 68 if options.include_names else 85),
    ]
    if options.include_names:
        columns.append(Column(translate("Protocol", "Responsible"), 40))
    columns += [
        Column(translate("Protocol", "By when"), 33 if options.include_names else 50),
        Column(translate("Protocol", "Status"), 20 if options.include_names else 26),
    ]
    rows = []
    for number, action in enumerate(actions, start=1):
        progress.check()
        cells = [Cell.of(str(number)), _what(action)]
        if options.include_names:
            cells.append(Cell((_value(action.responsible),)))
        cells += [Cell((_value(action.due),)), Cell.of(status_label(action.status))]
        details = (
            Cell((Line(translate("Protocol", "First step"), "label"), _value(action.first_step))),
            Cell((Line(translate("Protocol", "Resources"), "label"), _value(action.resources))),
        )
        rows.append(Row(tuple(cells), details))
    progress.advance(len(actions))
    blocks: list[Block] = [
        Heading(2, translate("Protocol", "Action plan ({count})").format(count=len(actions))),
        Table(tuple(columns), tuple(rows), dense=True),
    ]
    if not options.include_names and any(action.responsible.strip() for action in actions):
        blocks.append(
            Paragraph(
                translate(
                    "Protocol",
                    "The names of the people responsible are left out of this protocol.",
                ),
                "note",
            )
        )
    return blocks
