"""A World Café's rounds: the questions, the tables and their hosts, per round the hosts'
key points of each table, and what the seating plan achieved (how many new people each
person met). The harvest (cards, clusters, dots) and the tablecloth photos are the
sections of their own phases and the generic photos section.

Names follow ProtocolOptions.include_names: without them a host is 'Host of table 3';
participants' names never appear in the protocol (the seating plan knows badges only).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from werkstatt.core.records import CafeSetup, CafeTable, TableNote
from werkstatt.core.seating import SeatingPlan
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
from werkstatt.protocol.texts import decimal, translate

DASH = "–"
SAME = "same"
PER_ROUND = "per_round"
PER_TABLE = "per_table"


# shared with the printables ----------------------------------------------------------------
def question_lines(question: str) -> list[str]:
    return [line.strip() for line in question.strip().splitlines() if line.strip()]


def question_of(question: str, mode: str, round_index: int, table_index: int) -> str:
    """The question asked at ``table_index`` in ``round_index`` (both from 0): the
    phase's whole question when one is asked in all rounds, else its line for the round
    or the table ("" where the question has too few lines)."""
    lines = question_lines(question)
    if mode == PER_ROUND:
        return lines[round_index] if round_index < len(lines) else ""
    if mode == PER_TABLE:
        return lines[table_index] if table_index < len(lines) else ""
    return " ".join(lines)


def table_label(tables: Sequence[CafeTable], index: int) -> str:
    """A table's name, or 'Table 3' for an unnamed one."""
    name = tables[index].name.strip() if index < len(tables) else ""
    return name or translate("Protocol", "Table {number}").format(number=index + 1)


def host_label(tables: Sequence[CafeTable], index: int, include_names: bool) -> str:
    """The host's name when names are on and one is given, else 'Host of table 3'."""
    host = tables[index].host.strip() if index < len(tables) else ""
    if include_names and host:
        return host
    return translate("Protocol", "Host of table {number}").format(number=index + 1)


def seating_plan(setup: CafeSetup) -> SeatingPlan | None:
    if not setup.rounds:
        return None
    return SeatingPlan(setup.rounds, setup.hosts, setup.seed or 0)


def effective_setup(
    phase_id: int, settings: Mapping[str, Any], cafe: CafeSetup | None
) -> CafeSetup:
    """The snapshot's set-up, or the settings' numbers when the snapshot has none."""
    if cafe is not None:
        return cafe
    count = int(settings.get("tables", 0))
    return CafeSetup(phase_id, int(settings.get("participants", 0)), (), (CafeTable(),) * count)


# the section -------------------------------------------------------------------------------
def rounds_units(where: PhaseInSnapshot) -> int:
    """The rows of the tables this section shows, about."""
    settings = where.item.phase.settings
    tables, rounds = int(settings.get("tables", 0)), int(settings.get("rounds", 0))
    return tables * rounds + tables + rounds


def rounds_results(
    where: PhaseInSnapshot, options: ProtocolOptions, progress: Progress
) -> list[Block]:
    item = where.item
    settings = item.phase.settings
    setup = effective_setup(item.phase.id, settings, item.cafe)
    rounds = int(settings.get("rounds", 0))
    mode = str(settings.get("question_mode", PER_ROUND))
    progress.check()
    blocks: list[Block] = [
        Paragraph(
            translate(
                "Protocol",
                "{participants} participants at {tables} tables, {rounds} rounds of {minutes} min",
            ).format(
                participants=setup.participants,
                tables=len(setup.tables),
                rounds=rounds,
                minutes=settings.get("round_minutes", 0),
            )
        )
    ]
    blocks += _questions(item.phase.question, mode, setup, rounds)
    blocks += _tables(setup, bool(settings.get("hosts_stay", False)), options)
    blocks += _notes(item.phase.question, mode, setup, rounds, item.table_notes, progress)
    blocks += _statistics(setup)
    progress.advance(len(setup.tables) * rounds)
    return blocks


def _questions(question: str, mode: str, setup: CafeSetup, rounds: int) -> list[Block]:
    if not question_lines(question):
        return []
    heading = Heading(2, translate("Protocol", "Questions"))
    if mode == SAME:
        text = translate("Protocol", "One question for all rounds: {question}").format(
            question=question_of(question, mode, 0, 0)
        )
        return [heading, Paragraph(text)]
    if mode == PER_TABLE:
        first = Column(translate("Protocol", "Table"), 30)
        keys = [table_label(setup.tables, t) for t in range(len(setup.tables))]
        asked = [question_of(question, mode, 0, t) for t in range(len(setup.tables))]
    else:
        first = Column(translate("Protocol", "Round"), 18)
        keys = [translate("Protocol", "Round {number}").format(number=r + 1) for r in range(rounds)]
        asked = [question_of(question, mode, r, 0) for r in range(rounds)]
    rows = tuple(
        Row((Cell.of(key), Cell((_value(text),)))) for key, text in zip(keys, asked, strict=True)
    )
    return [heading, Table((first, Column(translate("Protocol", "Question"), 82)), rows)]


def _tables(setup: CafeSetup, hosts_stay: bool, options: ProtocolOptions) -> list[Block]:
    if not setup.tables:
        return []
    columns = [Column(translate("Protocol", "No."), 8, "right")]
    columns.append(Column(translate("Protocol", "Table"), 50))
    if hosts_stay:
        columns.append(Column(translate("Protocol", "Host"), 42))
    rows = []
    for index in range(len(setup.tables)):
        cells = [Cell.of(str(index + 1)), Cell.of(table_label(setup.tables, index))]
        if hosts_stay:
            cells.append(Cell.of(host_label(setup.tables, index, options.include_names)))
        rows.append(Row(tuple(cells)))
    heading = Heading(2, translate("Protocol", "Tables ({count})").format(count=len(rows)))
    return [heading, Table(tuple(columns), tuple(rows))]


def _notes(
    question: str,
    mode: str,
    setup: CafeSetup,
    rounds: int,
    notes: Sequence[TableNote],
    progress: Progress,
) -> list[Block]:
    if not notes:
        return [no_results(translate("Protocol", "No key points were noted at the tables."))]
    texts = {(note.round, note.table): note.text.strip() for note in notes}
    blocks: list[Block] = []
    for r in range(rounds):
        progress.check()
        title = translate("Protocol", "Round {number}").format(number=r + 1)
        blocks.append(Heading(2, title))
        if mode == PER_ROUND and question_of(question, mode, r, 0):
            blocks.append(Paragraph(question_of(question, mode, r, 0), "question"))
        rows = []
        for t in range(len(setup.tables)):
            text = texts.get((r, t), "")
            lines = tuple(Line(part.strip()) for part in text.splitlines() if part.strip())
            rows.append(
                Row((Cell.of(table_label(setup.tables, t), "strong"), Cell(lines or (_dash(),))))
            )
        columns = (
            Column(translate("Protocol", "Table"), 28),
            Column(translate("Protocol", "Key points"), 72),
        )
        blocks.append(Table(columns, tuple(rows)))
    return blocks


def _statistics(setup: CafeSetup) -> list[Block]:
    plan = seating_plan(setup)
    if plan is None:
        return []
    facts = (
        (translate("Protocol", "Participants"), str(len(plan.participants))),
        (translate("Protocol", "Tables"), str(plan.tables)),
        (translate("Protocol", "Rounds"), str(len(plan.rounds))),
        (
            translate("Protocol", "New people met per person (average)"),
            decimal(plan.average_new_people()),
        ),
        (translate("Protocol", "Pairs who met more than once"), str(plan.repeated_pairs)),
        (translate("Protocol", "Repeated encounters"), str(plan.repeated_encounters)),
    )
    return [
        Heading(2, translate("Protocol", "Seating plan")),
        Facts(translate("Protocol", "What the seating plan achieved"), facts),
    ]


def _value(text: str) -> Line:
    return Line(text) if text.strip() else _dash()


def _dash() -> Line:
    return Line(DASH, "muted")
