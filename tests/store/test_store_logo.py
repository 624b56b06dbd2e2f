"""The logo on a workshop's protocol cover: checked on the way in, kept as the original
file, replaced, removed, copied with the workshop and read into the snapshot."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from werkstatt.core.photos import NotAnImageError, PhotoTooLargeError, UnsupportedFormatError
from werkstatt.core.records import WorkshopDraft
from werkstatt.store.errors import NotFoundError
from werkstatt.store.library import Library
from werkstatt.store.logos import LOGO_BYTES_MAX


def _image(kind: str, size: tuple[int, int] = (480, 160)) -> bytes:
    buffer = io.BytesIO()
    mode = "RGBA" if kind == "PNG" else "RGB"
    Image.new(mode, size, (20, 90, 160)).save(buffer, kind)
    return buffer.getvalue()


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "data") as opened:
        yield opened


@pytest.fixture
def workshop_id(library: Library) -> int:
    draft = WorkshopDraft(
        title="Bürgerwerkstatt „Zukunft der Göttinger Weststadt“",
        method="zukunftswerkstatt",
        date=dt.date(2027, 3, 13),
        place="Nachbarschaftszentrum Grone, Großer Saal",
        client="Stadt Göttingen, Fachbereich Stadtplanung",
        moderators="Ayşe Yılmaz, Jörg Weißmüller",
    )
    return library.create_workshop(draft, []).id


def test_a_logo_is_kept_as_the_original_file(library: Library, workshop_id: int) -> None:
    png = _image("PNG")
    assert library.logo(workshop_id) is None
    library.set_logo(workshop_id, png, "Stadt Göttingen.png")
    assert library.logo(workshop_id) == (png, "image/png")
    snapshot = library.snapshot(workshop_id)
    assert (snapshot.logo, snapshot.logo_media_type) == (png, "image/png")

    jpeg = _image("JPEG")
    library.set_logo(workshop_id, jpeg, "logo-neu.jpg")
    assert library.logo(workshop_id) == (jpeg, "image/jpeg")

    library.clear_logo(workshop_id)
    assert library.logo(workshop_id) is None
    snapshot = library.snapshot(workshop_id)
    assert (snapshot.logo, snapshot.logo_media_type) == (None, "")
    library.clear_logo(workshop_id)  # nothing to remove: nothing happens


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"Das ist kein Bild, sondern eine Notiz \xc3\xbcber das Logo.", NotAnImageError),
        (b"\x00" * (LOGO_BYTES_MAX + 1), PhotoTooLargeError),
        ("BMP", UnsupportedFormatError),
    ],
)
def test_what_is_no_usable_logo_is_refused(
    library: Library, workshop_id: int, data: bytes | str, error: type[Exception]
) -> None:
    library.set_logo(workshop_id, _image("PNG"), "alt.png")
    payload = _image(data) if isinstance(data, str) else data
    with pytest.raises(error):
        library.set_logo(workshop_id, payload, "Logo Weststadt")
    assert library.logo(workshop_id) == (_image("PNG"), "image/png")


def test_a_duplicate_gets_its_own_copy_of_the_logo(library: Library, workshop_id: int) -> None:
    png = _image("PNG")
    library.set_logo(workshop_id, png, "logo.png")
    copy = library.duplicate_workshop(workshop_id, "Bürgerwerkstatt Weststadt – zweiter Abend")
    assert library.logo(copy.id) == (png, "image/png")
    library.clear_logo(workshop_id)
    assert library.logo(copy.id) == (png, "image/png")


def test_a_deleted_workshop_takes_no_logo(library: Library, workshop_id: int) -> None:
    library.delete_workshop(workshop_id)
    with pytest.raises(NotFoundError):
        library.set_logo(workshop_id, _image("PNG"), "logo.png")
    with pytest.raises(NotFoundError):
        library.clear_logo(workshop_id)
