"""A World Café's printables read back with pypdf: a route card per participant (4 or
8 to an A4 page), a card per table with its questions, the whole plan; names only when
asked for; no plan, no route cards."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from world_cafe_sample import NAMES, QUESTIONS, TABLES, rounds_phase, setup, world_cafe

from werkstatt.core.seating import SeatingPlan
from werkstatt.protocol.printables.world_cafe import (
    NoSeatingPlanError,
    render_plan,
    render_printable,
    render_route_cards,
    render_table_cards,
)
from werkstatt.protocol.texts import text_in


def _de(text: str) -> str:
    return text_in("de", "Printables", text)


def _pages(path: Path) -> list[str]:
    reader = PdfReader(path)
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (round(A4[0]), round(A4[1]))
    return ["".join(page.extract_text().split()) for page in reader.pages]


def _tight(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("per_page", [4, 8])
def test_route_cards(per_page: int, tmp_path: Path) -> None:
    target = tmp_path / "Laufkarten.pdf"
    render_route_cards(setup(), rounds_phase(), target, per_page=per_page)  # type: ignore[arg-type]
    pages = _pages(target)
    assert len(pages) == -(-20 // per_page)
    plan = SeatingPlan(setup().rounds, setup().hosts, 0)
    for badge in range(1, 21):
        page = pages[(badge - 1) // per_page]
        assert _tight(_de("No. {badge}").format(badge=badge)) in page
        for round_index, table in enumerate(plan.route(badge)):
            assert table is not None
            line = _de("Round {round}: Table {table}").format(
                round=round_index + 1, table=table + 1
            )
            assert _tight(line) in page
    text = "".join(pages)
    assert "Sonnenblume" in text and "Straßenbahnhaltestelle" in text
    for name in NAMES:
        assert _tight(name) not in text


def test_route_cards_with_names(tmp_path: Path) -> None:
    target = tmp_path / "Laufkarten.pdf"
    render_route_cards(setup(), rounds_phase(), target, per_page=8, include_names=True)
    text = "".join(_pages(target))
    for name in NAMES:
        if len(name) < 25:  # the longest may be cut to the card's width
            assert _tight(name) in text, name


def test_table_cards(tmp_path: Path) -> None:
    target = tmp_path / "Tischkarten.pdf"
    render_table_cards(setup(), rounds_phase(), target)
    pages = _pages(target)
    assert len(pages) == len(TABLES)
    for index, page in enumerate(pages):
        assert _tight(_de("Table {number}").format(number=index + 1)) in page
        for question in QUESTIONS:
            assert _tight(question) in page
        for table in TABLES:
            if table.host:
                assert _tight(table.host) not in page
    assert "Straßenbahnhaltestelle" in pages[4]


def test_table_cards_with_hosts_two_to_a_page(tmp_path: Path) -> None:
    target = tmp_path / "Tischkarten.pdf"
    render_table_cards(setup(), rounds_phase(), target, per_page=2, include_names=True)
    pages = _pages(target)
    assert len(pages) == 3
    assert _tight(_de("Host: {name}").format(name="Dorothea Klöß")) in pages[0]
    assert _tight("Zofia Wiśniewska") in pages[1]


def test_a_question_per_table(tmp_path: Path) -> None:
    target = tmp_path / "Tischkarten.pdf"
    render_table_cards(setup(), rounds_phase(mode="per_table"), target)
    pages = _pages(target)
    for index, question in enumerate(QUESTIONS):
        assert _tight(question) in pages[index]
        others = [q for q in QUESTIONS if q != question]
        assert not any(_tight(q) in pages[index] for q in others)


def test_whole_plan(tmp_path: Path) -> None:
    target = tmp_path / "Sitzplan.pdf"
    render_plan(setup(), rounds_phase(), target, include_names=True)
    text = "".join(_pages(target))
    assert _tight(_de("Seating plan")) in text
    for name in NAMES[:10]:
        assert _tight(name) in text
    anonymous = tmp_path / "Sitzplan-anonym.pdf"
    render_plan(setup(), rounds_phase(), anonymous)
    text = "".join(_pages(anonymous))
    assert not any(_tight(name) in text for name in NAMES)


def test_no_plan_no_route_cards(tmp_path: Path) -> None:
    bare = replace(setup(), rounds=(), hosts=None, seed=None)
    target = tmp_path / "Laufkarten.pdf"
    with pytest.raises(NoSeatingPlanError):
        render_route_cards(bare, rounds_phase(), target)
    with pytest.raises(NoSeatingPlanError):
        render_plan(bare, rounds_phase(), target)
    assert list(tmp_path.iterdir()) == []
    render_table_cards(bare, rounds_phase(), target)  # table cards need no plan
    assert len(_pages(target)) == len(TABLES)


@pytest.mark.parametrize("kind", ["route_cards_4", "route_cards_8", "table_cards", "whole_plan"])
def test_from_a_snapshot_as_the_gui_calls(kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"{kind}.pdf"
    render_printable(kind, world_cafe(), 300, target, False)  # type: ignore[arg-type]
    assert _pages(target)
