"""The protocol of a Zukunftswerkstatt with all its results, read back with pypdf: the
boards, the votes, the reformulated statements, the reality checks, the action plan and
the photos; with and without names and photos."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from protocol_samples import CRITIQUE_CARDS
from pypdf import PdfReader
from zukunftswerkstatt_results import (
    ACTIONS,
    CRITIQUE_CLUSTERS,
    CRITIQUE_UNSORTED,
    IDEA_CLUSTERS,
    IDEAS,
    PERSONAL_VALUES,
    PHOTO_SIDE_MAX,
    PHOTOS,
    REALITY_CHECKS,
    with_results,
)

from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.text_shaping import shaped
from werkstatt.protocol.texts import text_in

Reader = Callable[[Path], list[str]]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _tight(text: str) -> str:
    """Without any white space: a name wrapped inside a narrow cell still matches."""
    return "".join(text.split())


def _de(text: str) -> str:
    return text_in("de", "Protocol", text)


def _render(snapshot: WorkshopSnapshot, tmp_path: Path, **options: bool) -> Path:
    target = tmp_path / "Protokoll.pdf"
    render_pdf(snapshot, target, options=ProtocolOptions(**options))
    return target


@pytest.fixture(scope="module")
def full() -> WorkshopSnapshot:
    return with_results()


@pytest.fixture(scope="module")
def named_pdf(full: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(full, tmp_path_factory.mktemp("named"), include_names=True)


@pytest.fixture(scope="module")
def anonymous_pdf(full: WorkshopSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render(full, tmp_path_factory.mktemp("anonymous"))


def _text(path: Path) -> str:
    return _flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def _section(text: str, full: WorkshopSnapshot, index: int) -> str:
    """The text of phase ``index``'s section (its heading is '4 Kritik ordnen'; the run
    sheet before it lists the same words, so the last occurrence is the section)."""
    heading = f"{index + 1} {full.phases[index].phase.title}"
    following = f"{index + 2} {full.phases[index + 1].phase.title}"
    start = text.rindex(heading)
    return text[start : text.index(following, start)]


def test_every_card_cluster_action_check_and_caption(anonymous_pdf: Path) -> None:
    text = _text(anonymous_pdf)
    for card, _colour, _author in CRITIQUE_CARDS:
        assert _flat(shaped(card)) in text, card
    for idea, _colour, origin in IDEAS:
        assert idea in text, idea
        if origin:
            line = _de("from the criticism: {origin}").format(origin=origin)
            assert _flat(line) in text, line
    for title, *_rest in (*CRITIQUE_CLUSTERS, *IDEA_CLUSTERS):
        assert title in text, title
    assert _de("Not sorted") in text
    for what, _who, due, step, resources, _status, source in ACTIONS:
        for value in (what, due, step, resources):
            assert _flat(value) in text, value
        assert _flat(_de("from: {source}").format(source=source)) in text
    for idea, resources, _allies, obstacles in REALITY_CHECKS:
        for value in (idea, resources, obstacles):
            assert _flat(value) in text, value
    for _key, caption, *_size in PHOTOS:
        assert caption in text, caption


def test_vote_counts_in_the_ranking_tables(anonymous_pdf: Path) -> None:
    text = _text(anonymous_pdf)
    for title, _colour, _cards, dots in CRITIQUE_CLUSTERS:
        assert f"{title} {dots}" in text, title
    for title, _colour, _cards, (important, urgent) in IDEA_CLUSTERS:
        assert f"{title} {important} {urgent} {important + urgent}" in text, title
    # 28 people with 3 dots each; 21 + 18 + 18 + 14 + 11 cast
    line = _de("Dots cast: {cast} of {expected} ({people} people with {dots} dots each)")
    assert line.format(cast=82, expected=84, people=28, dots=3) in text
    # two places tied at 18: both rank 2, the next place is 4
    assert f"2. {CRITIQUE_CLUSTERS[2][0]} 18" in text
    assert f"2. {CRITIQUE_CLUSTERS[3][0]} 18" in text
    assert f"4. {CRITIQUE_CLUSTERS[4][0]} 14" in text
    assert _de("Results with the same number of dots share a rank.") in text


def test_clusters_follow_the_vote_and_unsorted_cards_come_last(
    anonymous_pdf: Path, full: WorkshopSnapshot
) -> None:
    text = _text(anonymous_pdf)
    board = _section(text, full, 3)  # Kritik ordnen
    # The board has 'Sauberkeit' (no dots) first; the protocol lists it last.
    critique = sorted(CRITIQUE_CLUSTERS, key=lambda cluster: -cluster[3])
    positions = [board.index(title) for title, *_rest in critique]
    assert positions == sorted(positions)
    ideas = _section(text, full, 8)
    by_total = sorted(IDEA_CLUSTERS, key=lambda cluster: -sum(cluster[3]))
    positions = [ideas.index(title) for title, *_rest in by_total]
    assert positions == sorted(positions)
    unsorted = board.index(_de("Not sorted"))
    for index in CRITIQUE_UNSORTED:
        assert board.index(_flat(CRITIQUE_CARDS[index][0])) > unsorted


def test_reformulated_pairs_stand_side_by_side(anonymous_pdf: Path, full: WorkshopSnapshot) -> None:
    text = _text(anonymous_pdf)
    pairs = _section(text, full, 6)  # Phantasiephase: Aus Kritik wird Utopie
    assert _de("Criticism") in pairs
    for idea, _colour, origin in IDEAS:
        if origin:
            assert origin in pairs and idea in pairs
            assert pairs.index(origin) < pairs.index(idea)


def test_without_names_no_personal_value_appears(anonymous_pdf: Path) -> None:
    text = _tight(_text(anonymous_pdf))
    for value in PERSONAL_VALUES:
        assert _tight(shaped(value)) not in text, value
    assert _de("The names of the people responsible are left out of this protocol.") in (
        _text(anonymous_pdf)
    )
    assert _de("Allies") not in _text(anonymous_pdf)


def test_with_names_every_personal_value_appears(named_pdf: Path) -> None:
    text = _tight(_text(named_pdf))
    for value in PERSONAL_VALUES:
        assert _tight(shaped(value)) in text, value
    assert _de("Responsible") in _text(named_pdf)


def _images(path: Path) -> list[tuple[int, int]]:
    sizes = []
    for page in PdfReader(path).pages:
        for image in page.images:
            with Image.open(io.BytesIO(image.data)) as picture:
                sizes.append(picture.size)
    return sizes


def test_photos_are_embedded_downscaled(anonymous_pdf: Path) -> None:
    sizes = _images(anonymous_pdf)
    assert len(sizes) == len(PHOTOS)
    for width, height in sizes:
        # at most 16 × 11 cm at 200 dpi: about 1,260 pixels, half the original's side
        assert max(width, height) <= 1300 < PHOTO_SIDE_MAX
    # the photo taken upright (EXIF orientation 6) is embedded upright
    assert any(height > width for width, height in sizes)


def test_without_photos_no_image_and_no_caption(full: WorkshopSnapshot, tmp_path: Path) -> None:
    target = _render(full, tmp_path, include_photos=False)
    assert _images(target) == []
    text = _text(target)
    for _key, caption, *_size in PHOTOS:
        assert caption not in text


def test_an_unreadable_photo_is_named_not_fatal(full: WorkshopSnapshot, tmp_path: Path) -> None:
    from dataclasses import replace

    phases = list(full.phases)
    index = next(n for n, item in enumerate(phases) if item.photos)
    broken = replace(phases[index].photos[0], data=b"kein Bild, nur Text")
    phases[index] = replace(phases[index], photos=(broken,))
    target = _render(replace(full, phases=tuple(phases)), tmp_path)
    line = _de("The photo {filename} could not be read.").format(filename=broken.photo.filename)
    assert line in _text(target)
    assert len(_images(target)) == len(PHOTOS) - 1


def test_progress_moves_through_the_new_results(full: WorkshopSnapshot, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    render_pdf(full, tmp_path / "p.pdf", progress=lambda done, total: reports.append((done, total)))
    dones = [done for done, _total in reports]
    assert dones == sorted(dones)
    assert reports[-1][0] == reports[-1][1]
    # before the layout starts (the first half), the story building already reports
    assert len({done for done in dones if done < reports[-1][1] // 2}) > 10
