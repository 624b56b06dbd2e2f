"""Which question a World Café round (or table) talks about: the phase's question holds
one question per line, read according to the phase's ``question_mode``."""

from __future__ import annotations

from werkstatt.core.records import Phase

SAME, PER_ROUND, PER_TABLE = "same", "per_round", "per_table"


def question_mode(phase: Phase) -> str:
    mode = str(phase.settings.get("question_mode", PER_ROUND))
    return mode if mode in (SAME, PER_ROUND, PER_TABLE) else PER_ROUND


def question_lines(phase: Phase) -> list[str]:
    return [line.strip() for line in phase.question.splitlines() if line.strip()]


def round_question(phase: Phase, round_index: int) -> str:
    """The question of round ``round_index`` (from 0); '' in per-table mode or when the
    phase has fewer lines than rounds (the last line then goes on)."""
    lines = question_lines(phase)
    mode = question_mode(phase)
    if not lines or mode == PER_TABLE:
        return ""
    if mode == SAME:
        return " ".join(lines)
    return lines[min(round_index, len(lines) - 1)]


def table_question(phase: Phase, table_index: int) -> str:
    lines = question_lines(phase)
    if question_mode(phase) != PER_TABLE or not lines:
        return ""
    return lines[min(table_index, len(lines) - 1)]
