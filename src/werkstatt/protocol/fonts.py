"""The fonts the protocol embeds, registered with reportlab once, and which font draws
which character.

DejaVu Sans covers Latin with every diacritic a neighbourhood writes (Turkish, Polish,
Vietnamese), Cyrillic, Greek and Hebrew; Noto Sans Arabic draws Arabic and Persian. A
paragraph is drawn in its style's DejaVu face, and runs of characters DejaVu lacks, or
of Arabic script (Noto's is far better), switch to the fallback face of the same weight.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from werkstatt.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"

FONT_FILES: Mapping[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
}

# The face that stands in for a base face where that one lacks a glyph (same weight).
FALLBACKS: Mapping[str, tuple[str, ...]] = {
    REGULAR: (ARABIC,),
    BOLD: (ARABIC_BOLD,),
    OBLIQUE: (ARABIC, REGULAR),
    ARABIC: (REGULAR,),
    ARABIC_BOLD: (BOLD,),
}
_ARABIC_FACE = {REGULAR: ARABIC, BOLD: ARABIC_BOLD, OBLIQUE: ARABIC}

_lock = threading.Lock()
_registered = False


def font_path(name: str) -> Path:
    return resource_path("fonts", FONT_FILES[name])


def register_fonts() -> None:
    """Register the protocol's fonts with reportlab (once per process, thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name in FONT_FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_path(name))))
        # <b> and <i> inside a paragraph pick the matching faces.
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=OBLIQUE, boldItalic=BOLD
        )
        pdfmetrics.registerFontFamily(
            ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
        )
        _registered = True


@cache
def _glyphs(name: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def has_glyph(name: str, char: str) -> bool:
    return ord(char) in _glyphs(name)


@cache
def is_arabic_script(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_neutral(char: str) -> bool:
    # Spaces, digits and punctuation stay in the run around them, so that an Arabic
    # sentence is not chopped into one run per word.
    return unicodedata.category(char)[0] in {"Z", "P", "N", "S"} and not is_arabic_script(char)


def face_for(char: str, base: str) -> str:
    """The face that draws ``char`` in a paragraph set in ``base``."""
    if is_arabic_script(char) and base in _ARABIC_FACE:
        arabic = _ARABIC_FACE[base]
        if has_glyph(arabic, char):
            return arabic
    if has_glyph(base, char):
        return base
    for fallback in FALLBACKS.get(base, ()):
        if has_glyph(fallback, char):
            return fallback
    return base  # nothing has it: the base face's .notdef box at least shows a gap


def runs(text: str, base: str) -> Iterator[tuple[str, str]]:
    """``text`` cut into (face, piece) runs that each face can draw."""
    current = base
    piece: list[str] = []
    for char in text:
        keep = _is_neutral(char) and has_glyph(current, char)
        face = current if keep else face_for(char, base)
        if face != current and piece:
            yield current, "".join(piece)
            piece = []
        current = face
        piece.append(char)
    if piece:
        yield current, "".join(piece)


@cache
def _drawn_alone(base: str) -> frozenset[str]:
    """The characters ``base`` draws without help: those it has, but for Arabic script
    (which has its own face)."""
    return frozenset(char for char in map(chr, _glyphs(base)) if not is_arabic_script(char))


def needs_fallback(text: str, base: str) -> bool:
    # a set test runs in C: this is asked for every piece of text in a protocol
    return not _drawn_alone(base).issuperset(text)


def markup(text: str, base: str) -> str:
    """``text`` (plain, one line) as reportlab paragraph markup: escaped, with a <font>
    tag around each run that the base face cannot draw."""
    if not needs_fallback(text, base):
        return escape(text)
    return "".join(
        escape(piece) if face == base else f'<font name="{face}">{escape(piece)}</font>'
        for face, piece in runs(text, base)
    )


def string_width(text: str, base: str, size: float) -> float:
    """Width of ``text`` in points as drawn with the runs above."""
    if not needs_fallback(text, base):
        return pdfmetrics.stringWidth(text, base, size)
    return sum(pdfmetrics.stringWidth(piece, face, size) for face, piece in runs(text, base))
