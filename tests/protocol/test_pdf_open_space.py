"""The book of proceedings of an Open Space, read back with pypdf and python-docx: the
agenda grid, every session's report as a chapter listed in the contents with its page,
the sessions without a report, the proposals not on the agenda, the convergence vote on
the sessions and the action plan; conveners and participants' names only with names."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from docx_reading import docx_text
from open_space_results import (
    ACTIONS,
    DOTS,
    MERGED,
    PERSONAL_VALUES,
    PROPOSALS,
    REPORTS,
    SPACES,
    UNPLACED,
    WITHOUT_REPORT,
    open_space,
)
from pypdf import PdfReader

from werkstatt.core.agenda import conveners
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.docx import render_docx
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.texts import text_in


def _tight(text: str) -> str:
    """Without white space: a title wrapped inside a table cell still matches."""
    return "".join(text.split())


def _de(text: str) -> str:
    return text_in("de", "Protocol", text)


def _people() -> list[str]:
    return [person for value in PERSONAL_VALUES for person in conveners(value)]


@pytest.fixture(scope="module")
def full() -> WorkshopSnapshot:
    return open_space()


def _pdf(full: WorkshopSnapshot, folder: Path, names: bool) -> list[str]:
    target = folder / "Protokoll.pdf"
    render_pdf(full, target, options=ProtocolOptions(include_names=names))
    return [page.extract_text() for page in PdfReader(target).pages]


@pytest.fixture(scope="module")
def named(full: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _pdf(full, tmp_path_factory.mktemp("named"), True)


@pytest.fixture(scope="module")
def anonymous(full: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return _pdf(full, tmp_path_factory.mktemp("anonymous"), False)


def test_every_session_and_report_text(anonymous: list[str]) -> None:
    text = _tight(" ".join(anonymous))
    for title, _convener in PROPOSALS:
        assert _tight(title) in text, title
    for _index, _count, _names, *fields in REPORTS:
        for field in fields:
            for line in field.splitlines():
                value = re.sub(r"^(- |\d\. )", "", line)
                assert _tight(value) in text, value
    for space in SPACES:
        assert _tight(space) in text, space
    for what, _who, due, *_rest in ACTIONS:
        assert _tight(what) in text and _tight(due) in text, what


def test_sessions_without_report_and_not_on_the_agenda(anonymous: list[str]) -> None:
    text = " ".join(" ".join(anonymous).split())
    missing = _de("No report received.")
    assert text.count(missing) == len(WITHOUT_REPORT)
    for index in WITHOUT_REPORT:
        # placed sessions are numbered in the order of the wall, which is their index
        start = text.rindex(f"4.{index + 1} {PROPOSALS[index][0]}")  # not the contents
        assert missing in text[start : start + 200]
    for index in UNPLACED:
        assert PROPOSALS[index][0] in text
    for index, into in MERGED.items():
        line = _de("{proposal} → merged into “{session}”").format(
            proposal=PROPOSALS[index][0], session=PROPOSALS[into][0]
        )
        assert _tight(line) in _tight(text), line
    # the second reports phase (reading time) has none of its own and says so once
    assert text.count(_de("No session reports were recorded.")) == 1


def test_sessions_in_the_contents_with_their_pages(anonymous: list[str]) -> None:
    contents = next(page for page in anonymous if _de("Contents") in page)
    # pypdf reads an entry's leader dots with its page number first, then its title
    entries: dict[str, int] = {}
    lines = contents.splitlines()
    for leader, title in itertools.pairwise(lines):
        if match := re.fullmatch(r"[\s.]*\.\s*(\d+)\s*", leader):
            entries[" ".join(title.split())] = int(match.group(1))
    reported = [index for index, *_rest in REPORTS]
    placed = [index for index in range(15)]
    for index in (*placed, *reported):
        title = PROPOSALS[index][0]
        entry = next((key for key in entries if title[:40] in key), None)
        assert entry is not None, title
        assert re.match(r"4\.\d+ ", entry), entry  # numbered under the reports phase
        page = entries[entry]
        assert title[:30] in " ".join(anonymous[page - 1].split()), (title, page)


def test_ranking_of_the_sessions(anonymous: list[str]) -> None:
    text = " ".join(" ".join(anonymous).split())
    for index, dots in DOTS.items():
        assert f"{PROPOSALS[index][0]} {dots}" in text, PROPOSALS[index][0]


def test_names_only_with_names(named: list[str], anonymous: list[str]) -> None:
    with_names = _tight(" ".join(named))
    without = _tight(" ".join(anonymous))
    for person in _people():
        assert _tight(person) in with_names, person
        assert _tight(person) not in without, person
    # the count stays when names go; a report that only has names is counted from them
    assert _tight(_de("{count} participants").format(count=3)) in without


def test_docx_has_every_session_and_names_only_with_names(
    full: WorkshopSnapshot, tmp_path: Path
) -> None:
    anonymous, named = tmp_path / "a.docx", tmp_path / "n.docx"
    render_docx(full, anonymous)
    render_docx(full, named, options=ProtocolOptions(include_names=True))
    text, text_named = _tight(docx_text(anonymous)), _tight(docx_text(named))
    for title, _convener in PROPOSALS:
        assert _tight(title) in text, title
    for _index, _count, _names, *fields in REPORTS:
        for field in fields:
            for line in field.splitlines():
                value = re.sub(r"^(- |\d\. )", "", line)
                assert _tight(value) in text, value
    for person in _people():
        assert _tight(person) in text_named, person
        assert _tight(person) not in text, person


def test_a_session_withdrawn_after_its_report_keeps_its_title(
    full: WorkshopSnapshot, tmp_path: Path
) -> None:
    """The report of a session taken back from the wall stays in the protocol, under the
    session's own title (the store keeps the withdrawn proposal for it)."""
    from dataclasses import replace

    from werkstatt.core.agenda import AgendaWall

    phases = list(full.phases)
    reported = {r.proposal_id for item in phases for r in item.reports}
    index = next(n for n, item in enumerate(phases) if item.agenda is not None)
    wall = phases[index].agenda
    assert wall is not None
    gone = next(p for p in wall.proposals if p.id in reported and p.id in wall.placement)
    kept = tuple(p for p in wall.proposals if p.id != gone.id and p.merged_into != gone.id)
    placement = {pid: cell for pid, cell in wall.placement.items() if pid != gone.id}
    phases[index] = replace(
        phases[index],
        agenda=AgendaWall(wall.slots, wall.spaces, kept, placement),
        withdrawn=(gone,),
    )
    target = tmp_path / "Protokoll.pdf"
    render_pdf(replace(full, phases=tuple(phases)), target)
    text = _tight(" ".join(page.extract_text() for page in PdfReader(target).pages))
    heading = _de("{title} (withdrawn from the agenda)").format(title=gone.title)
    assert _tight(heading) in text
    assert _tight(_de("A session no longer on the agenda")) not in text
