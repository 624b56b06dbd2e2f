"""Glyphs for every language of the neighbourhood, and right-to-left lines in order."""

from __future__ import annotations

import unicodedata

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from werkstatt.protocol.fonts import (
    ARABIC,
    ARABIC_BOLD,
    BOLD,
    OBLIQUE,
    REGULAR,
    face_for,
    font_path,
    has_glyph,
    markup,
    runs,
)
from werkstatt.protocol.text_shaping import (
    has_rtl,
    is_rtl_paragraph,
    shaped,
    visual,
    visual_lines,
    wrap_logical,
)
from werkstatt.resources import resource_path

NEIGHBOURHOOD = (
    "Größere Straßenbäume für den Quartiersplatz",
    "Ayşe Yılmaz: Çocuklar için güvenli oyun alanı, ğ ı İ ş",
    "Przemysław Wójcik: źdźbło, łąka, żółć",
    "Привет, соседи! Ёлка у подъезда",
    "Nguyễn Thị Hương: Cần thêm cây xanh ở quảng trường",
    "Ελληνικά: Περισσότερα παγκάκια",
    "Shqip: Më shumë stola në park – Kurdî: Ji bo zarokan cih",
    "אנחנו צריכים יותר ספסלים",
    "لا توجد أماكن للعب الأطفال في الحي",
    "ما به یک مکان گرم برای همسایه‌ها نیاز داریم، گچ ژ پ",
)


def _drawn(text: str) -> str:
    return visual(shaped(text), rtl=is_rtl_paragraph(text)) if has_rtl(text) else text


@pytest.mark.parametrize("base", [REGULAR, BOLD, OBLIQUE])
@pytest.mark.parametrize("text", NEIGHBOURHOOD)
def test_every_character_has_a_glyph(text: str, base: str) -> None:
    missing = [
        f"U+{ord(char):04X} {unicodedata.name(char, '?')}"
        for face, piece in runs(_drawn(text), base)
        for char in piece
        if not has_glyph(face, char)
    ]
    assert missing == []


def test_the_fonts_and_their_licences_ship() -> None:
    for name in (REGULAR, BOLD, OBLIQUE, ARABIC, ARABIC_BOLD):
        assert font_path(name).stat().st_size > 100_000
    folder = resource_path("fonts")
    assert "Bitstream" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE" in (folder / "OFL-NotoSansArabic.txt").read_text(
        encoding="utf-8"
    )


def test_arabic_is_drawn_with_the_arabic_font_of_the_same_weight() -> None:
    letter = shaped("حي")[0]
    assert face_for(letter, REGULAR) == ARABIC
    assert face_for(letter, BOLD) == ARABIC_BOLD
    assert face_for("ß", REGULAR) == REGULAR
    mixed = markup(_drawn("Spielplatz رقم 3"), REGULAR)
    assert mixed.startswith("Spielplatz ")
    assert f'<font name="{ARABIC}">' in mixed


def test_markup_escapes_what_people_type() -> None:
    assert markup("Kosten < 5.000 € & mehr <b>", REGULAR) == (
        "Kosten &lt; 5.000 € &amp; mehr &lt;b&gt;"
    )


def test_left_to_right_text_is_left_alone() -> None:
    assert not has_rtl("Quartiersentwicklungskonzept – Ayşe Yılmaz")
    assert shaped("Straße") == "Straße"


def test_shaping_joins_the_letters() -> None:
    text = "نريد حديقة"
    joined = shaped(text)
    assert joined != text
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in joined if not c.isspace())


def test_a_long_arabic_paragraph_starts_on_its_first_line() -> None:
    """Reordered as a whole and wrapped afterwards, it would begin with its last words."""
    text = (
        "نريد حديقة مشتركة للجيران في وسط الحي مع مقاعد للمسنين وملعب صغير للأطفال "
        "ونريد أن تشارك البلدية في التمويل والصيانة على المدى الطويل"
    )
    size = 10.0

    def measure(line: str) -> float:
        return stringWidth(line, ARABIC, size)

    lines, rtl = visual_lines(text, 150, measure)
    assert rtl
    assert len(lines) >= 3
    assert all(measure(line) <= 150 for line in lines)
    # Visual order: the first word read is the rightmost of the first line.
    assert lines[0].endswith(visual(shaped("نريد"), rtl=True))
    assert lines[-1].startswith(visual(shaped("الطويل"), rtl=True))


def test_a_german_sentence_with_an_arabic_word_stays_left_to_right() -> None:
    assert has_rtl("Der Spielplatz رقم 3 ist kaputt")
    assert not is_rtl_paragraph("Der Spielplatz رقم 3 ist kaputt")
    lines, rtl = visual_lines("Der Spielplatz رقم 3 ist kaputt", 1000, len)
    assert not rtl
    assert lines[0].startswith("Der Spielplatz ")


def test_a_word_longer_than_the_line_is_cut() -> None:
    word = "Donaudampfschifffahrtsgesellschaftskapitänswitwenrente"
    lines = wrap_logical(f"Die {word} reicht nicht", 20, len)
    assert all(len(line) <= 20 for line in lines)
    assert "".join(lines).replace(" ", "") == f"Die{word}reichtnicht"
