"""The Word protocol of the Leipzig Zukunftswerkstatt, read back with python-docx as a
client who edits it gets it: every result, real headings and tables, no personal value
when names are off."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx_reading import docx_lines, docx_text
from protocol_samples import CRITIQUE_CARDS, FEEDBACK, zukunftswerkstatt
from zukunftswerkstatt_results import (
    ACTIONS,
    CRITIQUE_CLUSTERS,
    IDEA_CLUSTERS,
    IDEAS,
    PERSONAL_VALUES,
    PHOTOS,
    REALITY_CHECKS,
    with_results,
)

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.docx import render_docx
from werkstatt.protocol.errors import ExportCancelled
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.texts import text_in


def _flat(text: str) -> str:
    return " ".join(text.split())


def _de(text: str) -> str:
    return text_in("de", "Protocol", text)


def _render(snapshot: WorkshopSnapshot, folder: Path, **options: object) -> Path:
    target = folder / "Protokoll.docx"
    render_docx(snapshot, target, options=ProtocolOptions(**options))  # type: ignore[arg-type]
    return target


@pytest.fixture(scope="module")
def full() -> WorkshopSnapshot:
    return with_results()


@pytest.fixture(scope="module")
def anonymous_docx(full: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(full, tmp_path_factory.mktemp("anonymous"))


@pytest.fixture(scope="module")
def named_docx(full: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(full, tmp_path_factory.mktemp("named"), include_names=True)


def test_every_card_cluster_vote_action_check_and_caption(anonymous_docx: Path) -> None:
    text = docx_text(anonymous_docx)
    for card, _colour, _author in CRITIQUE_CARDS:
        assert _flat(card) in text, card
    for idea, _colour, origin in IDEAS:
        assert idea in text, idea
        if origin:
            assert _de("from the criticism: {origin}").format(origin=origin) in text
    for title, *_rest in (*CRITIQUE_CLUSTERS, *IDEA_CLUSTERS):
        assert title in text, title
    for what, _who, due, step, resources, _status, source in ACTIONS:
        for value in (what, due, step, resources):
            assert _flat(value) in text, value
        assert _de("from: {source}").format(source=source) in text
    for idea, resources, _allies, obstacles in REALITY_CHECKS:
        for value in (idea, resources, obstacles):
            assert value in text, value
    for _key, caption, *_size in PHOTOS:
        assert caption in text, caption
    for entry, _rating, _name in FEEDBACK:
        assert entry in text
    line = _de("Dots cast: {cast} of {expected} ({people} people with {dots} dots each)")
    assert line.format(cast=82, expected=84, people=28, dots=3) in text


def _rows(path: Path) -> list[list[str]]:
    return [
        [cell.text for cell in row.cells]
        for table in docx.Document(str(path)).tables
        for row in table.rows
    ]


def test_the_votes_are_real_tables_with_a_header_row_that_repeats(anonymous_docx: Path) -> None:
    rows = _rows(anonymous_docx)
    for title, _colour, _cards, dots in CRITIQUE_CLUSTERS:
        assert any(row[1:] == [title, str(dots)] for row in rows), title
    for title, _colour, _cards, (important, urgent) in IDEA_CLUSTERS:
        expected = [title, str(important), str(urgent), str(important + urgent)]
        assert any(row[1:] == expected for row in rows), title
    document = docx.Document(str(anonymous_docx))
    heads = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    ranking = document.tables[next(n for n, head in enumerate(heads) if head[0] == _de("Rank"))]
    header = ranking.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    plan = document.tables[next(n for n, head in enumerate(heads) if _de("Action") in head)]
    assert plan.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert len(plan.rows) == 1 + 2 * len(ACTIONS), "each action with its first step below"


def test_headings_are_word_headings(anonymous_docx: Path, full: WorkshopSnapshot) -> None:
    document = docx.Document(str(anonymous_docx))
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(_flat(paragraph.text))
    chapters = by_style["Heading 1"]
    assert _de("Run sheet") in chapters
    for number, item in enumerate(full.phases, start=1):
        if item.phase.kind != "break":
            assert f"{number} {item.phase.title}" in chapters
    assert f"6 {full.phases[5].phase.title}" not in chapters, "a break gets no section"
    assert _de("Ranking") in by_style["Heading 2"]
    assert f"1. {CRITIQUE_CLUSTERS[1][0]}" in by_style["Heading 3"]
    assert by_style["Title"] == [full.workshop.title]


def test_the_contents_is_a_word_field_over_the_chapters(anonymous_docx: Path) -> None:
    document = docx.Document(str(anonymous_docx))
    codes = [node.text for node in document.element.body.iter(qn("w:instrText"))]
    assert any(code.strip().startswith("TOC") for code in codes)
    settings = document.settings.element
    assert settings.find(qn("w:updateFields")) is not None, "Word fills in the page numbers"
    footer = document.sections[0].footer
    footer_codes = [node.text.strip() for node in footer._element.iter(qn("w:instrText"))]
    assert footer_codes == ["PAGE", "NUMPAGES"]
    assert "Seite" in footer.paragraphs[0].text


def test_without_names_no_personal_value_appears(
    anonymous_docx: Path, full: WorkshopSnapshot
) -> None:
    text = docx_text(anonymous_docx)
    people = [*PERSONAL_VALUES, *(name for _t, _r, name in FEEDBACK if name)]
    people += [full.workshop.moderators, full.workshop.client]
    for value in people:
        assert value not in text, value
    assert _de("The names of the people responsible are left out of this protocol.") in text
    assert _de("Allies") not in text
    properties = docx.Document(str(anonymous_docx)).core_properties
    assert properties.author == ""
    assert properties.last_modified_by == ""


def test_with_names_every_personal_value_appears(named_docx: Path, full: WorkshopSnapshot) -> None:
    text = docx_text(named_docx)
    for value in (*PERSONAL_VALUES, full.workshop.moderators, full.workshop.client):
        assert value in text, value
    properties = docx.Document(str(named_docx)).core_properties
    assert properties.title == full.workshop.title
    assert properties.author == full.workshop.moderators
    assert properties.language == "de"


def test_photos_are_embedded_downscaled_with_captions(anonymous_docx: Path) -> None:
    document = docx.Document(str(anonymous_docx))
    pictures = [part for part in document.part.package.parts if "/media/" in str(part.partname)]
    photos = [part for part in pictures if part.content_type == "image/jpeg"]
    charts = [part for part in pictures if part.content_type == "image/png"]
    assert len(photos) == len(PHOTOS)
    assert len(charts) == 2, "the bar chart of each vote"
    for part in photos:
        assert len(part.blob) < 300_000, "downscaled, not the camera's original"
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == [caption for _key, caption, *_rest in PHOTOS]


def test_an_unreadable_photo_is_named_with_its_caption(
    full: WorkshopSnapshot, tmp_path: Path
) -> None:
    phases = list(full.phases)
    index = next(n for n, item in enumerate(phases) if item.photos)
    broken = replace(phases[index].photos[0], data=b"kein Bild, nur Text")
    phases[index] = replace(phases[index], photos=(broken,))
    text = docx_text(_render(replace(full, phases=tuple(phases)), tmp_path))
    line = _de("The photo {filename} could not be read.").format(filename=broken.photo.filename)
    assert line in text
    assert broken.photo.caption in text


def test_without_photos_none(full: WorkshopSnapshot, tmp_path: Path) -> None:
    target = _render(full, tmp_path, include_photos=False)
    text = docx_text(target)
    for _key, caption, *_size in PHOTOS:
        assert caption not in text
    document = docx.Document(str(target))
    media = [part for part in document.part.package.parts if "/media/" in str(part.partname)]
    assert [part.content_type for part in media] == ["image/png", "image/png"], "charts only"


def test_only_the_chosen_phases_get_a_section(full: WorkshopSnapshot, tmp_path: Path) -> None:
    plan = next(item for item in full.phases if item.phase.key == "massnahmenplan")
    target = _render(full, tmp_path, phases=frozenset({plan.phase.id}))
    document = docx.Document(str(target))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters == [_de("Run sheet"), f"12  {plan.phase.title}"]
    text = docx_text(target)
    assert ACTIONS[0][0] in text
    assert CRITIQUE_CARDS[0][0] not in text
    # the run sheet still lists the whole evening
    assert full.phases[0].phase.title in text


def test_arabic_reads_right_to_left(tmp_path: Path) -> None:
    arabic = "نريد حديقة مشتركة للجيران"
    cards = ((arabic, "yellow", ""), ("Mehr Bänke am Spielplatz", "blue", ""))
    target = _render(zukunftswerkstatt(cards=cards), tmp_path)
    document = docx.Document(str(target))
    assert arabic in docx_lines(target)
    found = [
        paragraph
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        if paragraph.text == arabic
    ]
    assert found
    properties = found[0]._p.pPr
    assert properties is not None and properties.find(qn("w:bidi")) is not None
    german = next(
        paragraph
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for paragraph in cell.paragraphs
        if paragraph.text == "Mehr Bänke am Spielplatz"
    )
    assert german._p.pPr is None or german._p.pPr.find(qn("w:bidi")) is None


def test_progress_and_cancelling(full: WorkshopSnapshot, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    target = tmp_path / "p.docx"
    render_docx(full, target, progress=lambda done, total: reports.append((done, total)))
    dones = [done for done, _total in reports]
    assert dones == sorted(dones)
    assert reports[-1][0] == reports[-1][1]
    assert len(set(dones)) > 10
    old = target.read_bytes()
    with pytest.raises(ExportCancelled):
        render_docx(full, target, cancelled=lambda: len(reports) > 0)
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.docx"]


def test_an_english_workshop_gets_an_english_word_file(tmp_path: Path) -> None:
    target = _render(with_results(language="en"), tmp_path)
    document = docx.Document(str(target))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert chapters[0] == "Run sheet"
    assert "Page" in document.sections[0].footer.paragraphs[0].text
    assert "Saturday, 14 March 2026" in docx_text(target)
    assert document.core_properties.language == "en"
