"""The protocol of a World Café's rounds, read back from the PDF (pypdf) and the Word
file: the questions, the tables and hosts, each round's key points per table and the
seating statistics; host names only when names are on, participants' names never."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from docx_reading import docx_text
from world_cafe_sample import NAMES, NOTES, PERSONAL, QUESTIONS, TABLES, world_cafe

from werkstatt.core.seating import SeatingPlan
from werkstatt.protocol import content
from werkstatt.protocol.builder import build_document
from werkstatt.protocol.docx import render_docx
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.texts import decimal, rendering_in, text_in

Reader = Callable[[Path], list[str]]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _tight(text: str) -> str:
    return "".join(text.split())


def _de(text: str) -> str:
    return text_in("de", "Protocol", text)


def _pdf(tmp_path: Path, read_pdf: Reader, **options: bool) -> str:
    target = tmp_path / "Protokoll.pdf"
    render_pdf(world_cafe(), target, options=ProtocolOptions(**options))
    return _flat(" ".join(read_pdf(target)))


def _docx(tmp_path: Path, **options: bool) -> str:
    target = tmp_path / "Protokoll.docx"
    render_docx(world_cafe(), target, options=ProtocolOptions(**options))
    return docx_text(target)


def _expected_everywhere(text: str) -> None:
    tight = _tight(text)
    for question in QUESTIONS:
        assert _tight(question) in tight
    for note in NOTES.values():
        for line in note.splitlines():
            assert _tight(line) in tight, line
    for name in ("Sonnenblume", "Löwenzahn", "Kornblume", "Straßenbahnhaltestelle"):
        assert name in tight
    # the unnamed third table
    assert _tight(_de("Table {number}").format(number=3)) in tight
    for number in (1, 2, 3):
        assert _tight(_de("Round {number}").format(number=number)) in tight
    assert _tight(_de("Key points")) in tight
    plan = SeatingPlan(world_cafe().phases[0].cafe.rounds, None, 0)  # type: ignore[union-attr]
    with rendering_in("de"):
        average = decimal(plan.average_new_people())
    assert _tight(_de("New people met per person (average)")) in tight
    assert _tight(average) in tight


@pytest.mark.parametrize("render", ["pdf", "docx"])
def test_without_names(render: str, tmp_path: Path, read_pdf: Reader) -> None:
    text = _pdf(tmp_path, read_pdf) if render == "pdf" else _docx(tmp_path)
    _expected_everywhere(text)
    tight = _tight(text)
    for number in range(1, len(TABLES) + 1):
        assert _tight(_de("Host of table {number}").format(number=number)) in tight
    for name in PERSONAL:
        assert _tight(name) not in tight, name


@pytest.mark.parametrize("render", ["pdf", "docx"])
def test_with_names_the_hosts_appear(render: str, tmp_path: Path, read_pdf: Reader) -> None:
    if render == "pdf":
        text = _pdf(tmp_path, read_pdf, include_names=True)
    else:
        text = _docx(tmp_path, include_names=True)
    _expected_everywhere(text)
    tight = _tight(text)
    for table in TABLES:
        if table.host:
            assert _tight(table.host) in tight
    # the table without a host's name is still labelled
    assert _tight(_de("Host of table {number}").format(number=4)) in tight
    # participants' names are not the protocol's business
    for name in NAMES[5:]:
        assert _tight(name) not in tight, name


def _blocks(snapshot_mode: str = "per_round", **kwargs: bool) -> list[content.Block]:
    with rendering_in("de"):
        document = build_document(
            world_cafe(mode=snapshot_mode, **kwargs),
            ProtocolOptions(),
            Progress(10_000, None, None),
        )
    return list(document.blocks)


def test_one_question_for_all_rounds() -> None:
    texts = content.texts(_blocks("same"))
    sentence = _de("One question for all rounds: {question}").format(question=QUESTIONS[0])
    assert sentence in texts


def test_a_question_per_table() -> None:
    texts = content.texts(_blocks("per_table"))
    assert _de("Question") in texts
    # each table's line sits next to its name
    tables = next(
        b
        for b in _blocks("per_table")
        if isinstance(b, content.Table) and b.columns[-1].title == _de("Question")
    )
    pairs = [tuple(line.text for cell in row.cells for line in cell.lines) for row in tables.rows]
    assert pairs[:3] == [
        ("Sonnenblume", QUESTIONS[0]),
        ("Löwenzahn", QUESTIONS[1]),
        (_de("Table {number}").format(number=3), QUESTIONS[2]),
    ]
    assert pairs[3][1] == "–"  # more tables than question lines


def test_without_a_plan_no_statistics() -> None:
    texts = content.texts(_blocks(with_plan=False))
    assert _de("New people met per person (average)") not in texts
    assert _de("Key points") in texts


def test_each_round_lists_every_table() -> None:
    tables = [
        b
        for b in _blocks()
        if isinstance(b, content.Table) and b.columns[-1].title == _de("Key points")
    ]
    assert len(tables) == 3
    for round_index, table in enumerate(tables):
        assert len(table.rows) == len(TABLES)
        for table_index, row in enumerate(table.rows):
            shown = [line.text for line in row.cells[1].lines]
            expected = NOTES.get((round_index, table_index))
            assert shown == (expected.splitlines() if expected else ["–"])
