"""What the PDF protocol says: read back with pypdf, as a reader of the published PDF
(or a screen reader) gets it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from protocol_samples import CRITIQUE_CARDS, FEEDBACK, make_workshop, zukunftswerkstatt
from pypdf import PdfReader

from werkstatt.core.records import Card
from werkstatt.core.snapshot import WorkshopSnapshot
from werkstatt.i18n import install_backend, set_language
from werkstatt.methods.model import PhaseKind
from werkstatt.protocol.options import ProtocolOptions
from werkstatt.protocol.pdf import render_pdf
from werkstatt.protocol.text_shaping import shaped
from werkstatt.protocol.texts import text_in

Reader = Callable[[Path], list[str]]


def _flat(text: str) -> str:
    """Whitespace as one space: card texts wrap over lines in the PDF."""
    return " ".join(text.split())


def _render(snapshot: WorkshopSnapshot, tmp_path: Path, **options: bool) -> Path:
    target = tmp_path / "Protokoll Zukunftswerkstatt.pdf"
    render_pdf(snapshot, target, options=ProtocolOptions(**options))
    return target


def _in_pdf(text: str) -> str:
    """How a reader extracts ``text`` from the PDF: Arabic letters as their joined
    (presentation) forms. The PDF draws them in visual order; pypdf, like other readers,
    puts right-to-left runs back into reading order."""
    return shaped(text)


def test_every_card_every_phase_and_the_actual_times(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    pages = read_pdf(_render(snapshot, tmp_path))
    everything = _flat(" ".join(pages))

    for text, _colour, _author in CRITIQUE_CARDS:
        assert _flat(_in_pdf(text)) in everything, text
    for item in snapshot.phases:
        assert _flat(item.phase.title) in everything, item.phase.title

    # Stored in UTC, printed in Leipzig's time: the critique ran 17:19–17:46 UTC.
    assert "18:19–18:46" in everything
    assert "18:02–18:14" in everything
    # Run sheet: planned 18:15–18:35, ended 11 minutes late.
    assert "18:15–18:35" in everything
    assert "+11" in everything
    skipped = text_in("de", "Protocol", "skipped")
    assert skipped in everything


def test_pages_are_numbered_after_the_cover(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    pages = read_pdf(_render(snapshot, tmp_path))
    label = text_in("de", "Protocol", "Page {page} of {pages}")
    assert len(pages) >= 4
    assert label.format(page=1, pages=len(pages)) not in pages[0], "the cover has no number"
    for number, text in enumerate(pages[1:], start=2):
        assert label.format(page=number, pages=len(pages)) in text
        assert snapshot.workshop.title in text, "running header"
    assert snapshot.workshop.title in _flat(pages[0])
    assert snapshot.workshop.place in _flat(pages[0])
    assert text_in("de", "Protocol", "Run sheet") in pages[1]


def test_cover_and_metadata_name_the_people_when_asked(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    target = _render(snapshot, tmp_path, include_names=True)
    cover = _flat(read_pdf(target)[0])
    assert "Dorothea Klöß, Mehmet Öztürk" in cover
    assert "Stadt Leipzig, Amt für Wohnungsbau und Stadterneuerung" in cover
    assert "Zukunftswerkstatt" in cover
    info = PdfReader(target).metadata
    assert info is not None
    assert info.title == "Zukunftswerkstatt Quartiersplatz Leipzig-Ost"
    assert info.author == "Dorothea Klöß, Mehmet Öztürk"
    assert "Zukunftswerkstatt" in (info.subject or "")
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "de"


def test_without_names_no_person_appears(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    target = _render(snapshot, tmp_path, include_names=False)
    everything = _flat(" ".join(read_pdf(target)))
    people = {author for _, _, author in CRITIQUE_CARDS if author}
    people |= {name for _, _, name in FEEDBACK if name}
    people |= {"Dorothea Klöß", "Mehmet Öztürk", "Stadt Leipzig, Amt für Wohnungsbau"}
    assert len(people) >= 7
    for person in people:
        assert person not in everything, person
    # The cards and statements themselves stay.
    assert "Mahallede gençler için buluşma yeri yok" in everything
    assert "Endlich wurden wir gefragt – danke!" in everything
    info = PdfReader(target).metadata
    assert info is not None
    assert not info.author


def test_names_of_card_authors_and_feedback_appear_with_names(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    everything = _flat(" ".join(read_pdf(_render(snapshot, tmp_path, include_names=True))))
    for person in ("Ayşe Yılmaz", "Przemysław Wójcik", "Nguyễn Thị Hương", "Gisela Schröder"):
        assert person in everything


def test_the_mood_is_counted_and_averaged(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    everything = _flat(" ".join(read_pdf(_render(snapshot, tmp_path))))
    ratings = [rating for _, rating, _ in FEEDBACK if rating is not None]
    summary = text_in(
        "de", "Protocol", "Mean {mean} on a scale from 1 to {points} (ratings: {count})"
    ).format(mean="4,0", points=5, count=len(ratings))
    assert sum(ratings) / len(ratings) == 4.0
    assert summary in everything
    assert text_in("de", "Protocol", "Mood") in everything
    for text, _rating, _name in FEEDBACK:
        assert _flat(text) in everything


def test_scripts_only_when_asked(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    script = next(item.phase.script for item in snapshot.phases if item.phase.key == "regeln")
    first_line = _flat(script.strip().splitlines()[0])
    without = _flat(" ".join(read_pdf(_render(snapshot, tmp_path))))
    assert first_line not in without
    with_scripts = _flat(" ".join(read_pdf(_render(snapshot, tmp_path, include_scripts=True))))
    assert first_line in with_scripts


def test_breaks_and_skipped_phases_are_brief(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    pages = read_pdf(_render(snapshot, tmp_path))
    assert text_in("de", "Protocol", "Contents") in pages[1]
    assert text_in("de", "Protocol", "Run sheet") in pages[2]
    sections = _flat(" ".join(pages[3:]))  # after the cover, the contents and the run sheet
    vote = next(item for item in snapshot.phases if item.phase.key == "kritik-punkte")
    assert vote.run.skipped
    skipped_line = text_in("de", "Protocol", "{title} – skipped").format(
        title=f"5 {vote.phase.title}"
    )
    assert _flat(skipped_line) in sections
    assert _flat(vote.phase.question) not in sections, "a skipped phase gets one line"
    pause = next(item for item in snapshot.phases if item.phase.kind == PhaseKind.BREAK)
    number = snapshot.phases.index(pause) + 1
    assert f"{number} {pause.phase.title}" not in sections, "a break gets no section"
    assert f"{number} {pause.phase.title}" in _flat(pages[2]), "the break is in the run sheet"
    assert f"{number} {pause.phase.title}" not in _flat(pages[1]), "and not in the contents"


def test_languages_of_the_neighbourhood_come_out_as_written(
    tmp_path: Path, read_pdf: Reader
) -> None:
    cards = (
        ("Ayşe Yılmaz: Çocuklar için güvenli bir oyun alanı istiyoruz", "yellow", ""),
        ("Przemysław Wójcik: Źle oświetlona ścieżka przy szkole", "blue", ""),
        ("Привет! Нам нужна скамейка у остановки", "green", ""),
        ("Nguyễn Văn Đức: Cần thêm cây xanh ở quảng trường", "pink", ""),
        ("Ελληνικά: Περισσότερα παγκάκια", "orange", ""),
    )
    everything = _flat(" ".join(read_pdf(_render(zukunftswerkstatt(cards=cards), tmp_path))))
    for text, _, _ in cards:
        assert _flat(text) in everything
    for word in ("Ayşe Yılmaz", "Przemysław Wójcik", "Привет", "Nguyễn", "Đức"):
        assert word in everything


def test_arabic_and_persian_cards_are_shaped(tmp_path: Path, read_pdf: Reader) -> None:
    arabic = "نريد حديقة مشتركة للجيران"
    persian = "ما به یک مکان گرم برای همسایه‌ها نیاز داریم"
    # Each beside a German card: a reader joins the lines of one row, and would
    # reorder two right-to-left cards side by side as one sentence.
    cards = (
        (arabic, "yellow", ""),
        ("Mehr Bänke am Spielplatz", "blue", ""),
        (persian, "green", ""),
        ("Ein Café für alle Generationen", "pink", ""),
    )
    text = " ".join(read_pdf(_render(zukunftswerkstatt(cards=cards), tmp_path)))
    # Joined letters are the contextual presentation forms (U+FB50–U+FEFF), not the
    # isolated base letters that an unshaped string would show.
    assert re.search(r"[\ufe70-\ufeff]", text)
    assert "حديقة" not in text
    assert _flat(shaped(arabic)) in _flat(text)
    # The zero-width non-joiner of "همسایه‌ها" did its work in shaping; it is not drawn.
    assert _flat(shaped(persian).replace("\u200c", "")) in _flat(text)


def test_a_workshop_in_english_gets_an_english_protocol(tmp_path: Path, read_pdf: Reader) -> None:
    target = _render(zukunftswerkstatt(language="en"), tmp_path)
    pages = read_pdf(target)
    assert "Run sheet" in pages[1]
    assert f"Page 2 of {len(pages)}" in pages[1]
    assert "Saturday, 14 March 2026" in pages[0]
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "en"


def test_the_protocol_speaks_the_workshops_language_not_the_programs(
    snapshot: WorkshopSnapshot,
    tmp_path: Path,
    read_pdf: Reader,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    german = {
        ("Protocol", "Run sheet"): "Ablaufplan",
        ("Protocol", "Page {page} of {pages}"): "Seite {page} von {pages}",
    }
    monkeypatch.setattr("werkstatt.protocol.texts.load_catalog", lambda path: german)
    # The window speaks English through its own (Qt) backend meanwhile.
    set_language("en")
    install_backend(lambda context, text: text.upper())
    try:
        pages = read_pdf(_render(snapshot, tmp_path))
    finally:
        install_backend(None)
        set_language("de")
    assert "Ablaufplan" in pages[1]
    assert f"Seite 2 von {len(pages)}" in pages[1]
    assert "RUN SHEET" not in pages[1]


def test_a_workshop_without_date_start_or_phases(tmp_path: Path, read_pdf: Reader) -> None:
    bare = WorkshopSnapshot(
        workshop=make_workshop(date=None, start_time=None, place="", moderators=""),
        phases=(),
        taken_at=zukunftswerkstatt().taken_at,
    )
    pages = read_pdf(_render(bare, tmp_path))
    assert len(pages) == 2
    assert text_in("de", "Protocol", "The plan of this workshop has no phases.") in pages[1]


def test_many_cards_flow_over_pages(tmp_path: Path, read_pdf: Reader) -> None:
    long_card = "Die Beleuchtung am Fußweg zwischen Bahnhof und Schule ist defekt. " * 30
    cards = [(f"Karte {n}: Quartiersentwicklungskonzept", "yellow", "") for n in range(1, 301)]
    cards.insert(150, (long_card.strip()[:2000], "green", ""))
    snapshot = zukunftswerkstatt(cards=cards)
    everything = _flat(" ".join(read_pdf(_render(snapshot, tmp_path))))
    for n in range(1, 301):
        assert f"Karte {n}: Quartiersentwicklungskonzept" in everything
    # The long card runs over a page break (header and page number come in between).
    assert everything.count("Die Beleuchtung am Fußweg zwischen Bahnhof und Schule ist") >= 29


def test_cards_of_another_phase_kind_are_not_lost(
    snapshot: WorkshopSnapshot, tmp_path: Path, read_pdf: Reader
) -> None:
    phases = list(snapshot.phases)
    index = next(i for i, item in enumerate(phases) if item.phase.key == "realitaetscheck")
    card = Card(id=1, phase_id=phases[index].phase.id, position=0, text="Fördermittel beantragen")
    phases[index] = replace(phases[index], cards=(card,))
    target = _render(replace(snapshot, phases=tuple(phases)), tmp_path)
    everything = _flat(" ".join(read_pdf(target)))
    assert "Fördermittel beantragen" in everything
