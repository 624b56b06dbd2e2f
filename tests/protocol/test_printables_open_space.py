"""The Open Space sheets to print, read back with pypdf: the agenda poster (A3 and A4
landscape) with every placed session, and one report form per placed session with its
title, slot and space printed; conveners only with names."""

from __future__ import annotations

from pathlib import Path

import pytest
from open_space_results import PROPOSALS, SPACES, UNPLACED, WORKSHOP_TITLE, agenda_wall
from pypdf import PdfReader

from werkstatt.core.agenda import AgendaWall
from werkstatt.protocol.printables.open_space import render_agenda, render_report_forms


def _tight(text: str) -> str:
    return "".join(text.split())


def _pages(path: Path) -> list[str]:
    return [_tight(page.extract_text()) for page in PdfReader(path).pages]


PLACED = range(15)


@pytest.mark.parametrize("page_size", ["A3", "A4"])
def test_agenda_is_landscape_with_every_session(page_size: str, tmp_path: Path) -> None:
    target = tmp_path / "Tagesordnung.pdf"
    render_agenda(agenda_wall(), WORKSHOP_TITLE, target, page_size=page_size)  # type: ignore[arg-type]
    reader = PdfReader(target)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert round(float(box.width)) == (1191 if page_size == "A3" else 842)
    text = _pages(target)[0]
    for index in PLACED:
        assert _tight(PROPOSALS[index][0]) in text, PROPOSALS[index][0]
    for index in UNPLACED:
        assert _tight(PROPOSALS[index][0]) not in text
    for space in SPACES:
        assert _tight(space) in text
    assert "Mittagspause" in text and "12:15–13:00" in text


def test_agenda_names_only_with_names(tmp_path: Path) -> None:
    named, anonymous = tmp_path / "n.pdf", tmp_path / "a.pdf"
    render_agenda(agenda_wall(), WORKSHOP_TITLE, named, page_size="A4", include_names=True)
    render_agenda(agenda_wall(), WORKSHOP_TITLE, anonymous, page_size="A4")
    with_names, without = _pages(named)[0], _pages(anonymous)[0]
    for index in PLACED:
        convener = _tight(PROPOSALS[index][1])
        assert convener in with_names, convener
        assert convener not in without, convener


def test_one_form_per_placed_session(tmp_path: Path) -> None:
    target = tmp_path / "Berichtsbögen.pdf"
    render_report_forms(agenda_wall(), WORKSHOP_TITLE, target, include_names=True)
    pages = _pages(target)
    assert len(pages) == len(PLACED)
    for index, page in zip(PLACED, pages, strict=True):
        title, convener = PROPOSALS[index]
        assert _tight(title) in page and _tight(convener) in page, title
        assert _tight(SPACES[index % 5]) in page
        assert ("10:00–11:00", "11:15–12:15", "13:00–14:15")[index // 5] in page
        assert "Keypoints" in page and "Results" in page


def test_forms_without_names_leave_the_convener_blank(tmp_path: Path) -> None:
    target = tmp_path / "Berichtsbögen.pdf"
    render_report_forms(agenda_wall(), WORKSHOP_TITLE, target)
    text = "".join(_pages(target))
    for index in PLACED:
        assert _tight(PROPOSALS[index][1]) not in text


def test_an_empty_wall_gives_a_page_that_says_so(tmp_path: Path) -> None:
    forms, agenda = tmp_path / "f.pdf", tmp_path / "a.pdf"
    render_report_forms(AgendaWall(), WORKSHOP_TITLE, forms)
    render_agenda(AgendaWall(), WORKSHOP_TITLE, agenda, page_size="A4")
    assert "Nosession" in _pages(forms)[0]
    assert "notimeslots" in _pages(agenda)[0]
