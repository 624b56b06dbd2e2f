"""Workshop files and photos that cannot be used are explained with their facts, in
German and English, and say that nothing was imported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from test_messages import _say
from werkstatt.core.photo_errors import (
    ImageTooManyPixelsError,
    NotAnImageError,
    PhotoTooLargeError,
    UnsupportedFormatError,
)
from werkstatt.i18n import set_language
from werkstatt.store.errors import (
    ArchiveContentError,
    ArchiveDamagedError,
    ArchiveTooLargeError,
    ArchiveTooNewError,
    NotAnArchiveError,
    WorkshopExistsError,
)

FILE = Path("/home/jürgen/Downloads/Zukunftswerkstatt Nordstadt.werkstatt")


@pytest.fixture(autouse=True)
def german() -> Iterator[None]:
    set_language("de")
    yield
    set_language("de")


@pytest.mark.parametrize(
    ("error", "german", "english"),
    [
        (NotAnArchiveError(FILE), "keine Werkstatt-Workshopdatei", "not a Werkstatt workshop"),
        (ArchiveDamagedError(FILE, "workshop.json: CRC"), "beschädigt", "damaged"),
        (
            ArchiveTooLargeError(FILE, "workshop.json", 83_886_080, 67_108_864),
            "83.886.080",
            "83,886,080",
        ),
        (ArchiveTooNewError(FILE, 3), "neueren Version", "newer version"),
        (
            ArchiveContentError(FILE, "phases[3].cards[7].text", "is not accepted"),
            "phases[3].cards[7].text",
            "phases[3].cards[7].text",
        ),
    ],
)
def test_a_file_that_cannot_be_imported_names_itself_and_says_nothing_changed(
    error: Exception, german: str, english: str
) -> None:
    in_german = _say(error)
    assert german in in_german and str(FILE) in in_german
    assert "Es wurde nichts importiert." in in_german
    in_english = _say(error, "en")
    assert english in in_english and "Nothing was imported." in in_english


def test_an_existing_workshop_names_its_title_and_both_choices() -> None:
    error = WorkshopExistsError("a" * 32, 4, "Zukunftswerkstatt „Lebenswerte Nordstadt“")
    assert "Lebenswerte Nordstadt" in _say(error) and "ersetzen" in _say(error)
    assert "keep both" in _say(error, "en")


@pytest.mark.parametrize(
    ("error", "german", "english"),
    [
        (NotAnImageError("Flipchart_Kritik.pdf"), "kein lesbares Bild", "not a readable image"),
        (UnsupportedFormatError("Pinnwand.tiff", "TIFF"), "TIFF", "JPEG, PNG, WebP"),
        (PhotoTooLargeError("Tischdecke.jpg", 73_400_320, 62_914_560), "70 MB", "60 MB"),
        (ImageTooManyPixelsError("Panorama.jpg", 250_000_000), "250 Megapixel", "250 megapixels"),
        (ImageTooManyPixelsError("Panorama.jpg", 0), "100 Megapixel", "100 megapixels"),
    ],
)
def test_a_photo_that_cannot_be_added_is_explained(
    error: Exception, german: str, english: str
) -> None:
    assert german in _say(error)
    assert english in _say(error, "en")
