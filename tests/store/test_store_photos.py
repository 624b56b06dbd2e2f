"""library.photos: photos of a phase kept byte for byte, in order through add, move,
delete and undo, listed without their bytes, within the limits the store keeps."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import event

from werkstatt.core.photos import PreparedPhoto, prepare
from werkstatt.core.records import Photo, Workshop, WorkshopDraft
from werkstatt.methods import limits
from werkstatt.methods.model import PhaseDraft
from werkstatt.store.errors import InvalidValueError, NotFoundError, TooLongError
from werkstatt.store.library import Library

CAPTIONS = [
    "Flipchart Kritikphase: Verkehr und Lärm in der Weißdornstraße",
    "Pinnwand „Grünflächen“ nach der Punktabfrage",
    "Tischdecke Tisch 3 – Gastgeberin Zofia Wiśniewska",
]


def _jpeg(width: int, height: int, colour: str, *, orientation: int = 1) -> bytes:
    image = Image.new("RGB", (width, height), colour)
    buffer = io.BytesIO()
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    image.save(buffer, "JPEG", quality=80, exif=exif.tobytes())
    return buffer.getvalue()


def _prepared(name: str, colour: str = "#cc3322", **kwargs: Any) -> PreparedPhoto:
    return prepare(_jpeg(400, 300, colour, **kwargs), name, max_bytes=limits.PHOTO_BYTES_MAX)


@pytest.fixture
def workshop(library: Library, draft: WorkshopDraft, phases: list[PhaseDraft]) -> Workshop:
    return library.create_workshop(draft, phases)


@pytest.fixture
def phase_id(library: Library, workshop: Workshop) -> int:
    return library.list_phases(workshop.id)[1].id  # Kritikphase


@pytest.fixture
def three(library: Library, phase_id: int) -> list[Photo]:
    colours = ("#cc3322", "#22aa55", "#3355dd")
    return [
        library.photos.add(phase_id, _prepared(f"IMG_{n}.jpg", colour), caption=caption)
        for n, (colour, caption) in enumerate(zip(colours, CAPTIONS, strict=True), start=1)
    ]


def _captions(library: Library, phase_id: int) -> list[str]:
    return [photo.caption for photo in library.photos.list(phase_id)]


def test_the_bytes_come_back_exactly_and_the_record_tells_the_shown_size(
    library: Library, phase_id: int
) -> None:
    data = _jpeg(400, 300, "#884422", orientation=6)  # camera held upright
    prepared = prepare(data, "DSC_0042.JPG", max_bytes=limits.PHOTO_BYTES_MAX)
    photo = library.photos.add(phase_id, prepared, caption=" Flipchart „Mobilität“ ")
    assert library.photos.data(photo.id) == data
    assert library.photos.thumbnail(photo.id) == prepared.thumbnail
    assert (photo.width, photo.height) == (300, 400)
    assert photo.media_type == "image/jpeg"
    assert photo.byte_size == len(data)
    assert photo.filename == "DSC_0042.JPG"
    assert photo.caption == "Flipchart „Mobilität“"
    assert library.photos.list(phase_id) == [photo]
    assert library.photos.count(phase_id) == 1


def test_a_filename_given_wins_over_the_prepared_one(library: Library, phase_id: int) -> None:
    photo = library.photos.add(phase_id, _prepared("tmp123.jpg"), filename="Pinnwand Süd.jpg")
    assert photo.filename == "Pinnwand Süd.jpg"


def test_listing_reads_no_bytes(library: Library, phase_id: int, three: list[Photo]) -> None:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    engine = library._engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        listed = library.photos.list(phase_id)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert [p.id for p in listed] == [p.id for p in three]
    photo_selects = [s for s in statements if "FROM photos" in s]
    assert photo_selects, statements
    for statement in photo_selects:
        assert "photos.data" not in statement
        assert "photos.thumbnail" not in statement


def test_order_insert_and_move(library: Library, phase_id: int, three: list[Photo]) -> None:
    first = library.photos.add(phase_id, _prepared("vorab.jpg"), caption="Titelblatt", index=0)
    assert _captions(library, phase_id) == ["Titelblatt", *CAPTIONS]
    moved = library.photos.move(first.id, 3)
    assert [p.caption for p in moved] == [*CAPTIONS, "Titelblatt"]
    assert [p.position for p in moved] == [0, 1, 2, 3]
    library.photos.move(three[2].id, 0)
    assert _captions(library, phase_id) == [CAPTIONS[2], CAPTIONS[0], CAPTIONS[1], "Titelblatt"]
    with pytest.raises(InvalidValueError):
        library.photos.move(first.id, 4)


def test_delete_and_restore_put_photos_back_where_they_were(
    library: Library, phase_id: int, three: list[Photo]
) -> None:
    library.photos.delete(three[1].id)
    assert _captions(library, phase_id) == [CAPTIONS[0], CAPTIONS[2]]
    assert library.photos.count(phase_id) == 2
    with pytest.raises(NotFoundError):
        library.photos.data(three[1].id)
    with pytest.raises(NotFoundError):
        library.photos.update(three[1].id, caption="weg")
    restored = library.photos.restore(three[1].id)
    assert restored.position == 1
    assert _captions(library, phase_id) == CAPTIONS
    assert library.photos.data(three[1].id)  # the bytes were never gone

    ids = [three[0].id, three[2].id]
    library.photos.delete_many(ids)
    assert _captions(library, phase_id) == [CAPTIONS[1]]
    library.photos.restore_many(list(reversed(ids)))
    assert _captions(library, phase_id) == CAPTIONS


def test_caption_is_changed_and_checked(
    library: Library, phase_id: int, three: list[Photo]
) -> None:
    changed = library.photos.update(three[0].id, caption="Ergebnisse Tisch 1 – Ümit & Jürgen")
    assert changed.caption == "Ergebnisse Tisch 1 – Ümit & Jürgen"
    assert _captions(library, phase_id)[0] == "Ergebnisse Tisch 1 – Ümit & Jürgen"
    with pytest.raises(TooLongError):
        library.photos.update(three[0].id, caption="ß" * (limits.TEXT_MAX + 1))
    with pytest.raises(TooLongError):
        library.photos.add(phase_id, _prepared("x.jpg"), caption="ä" * (limits.TEXT_MAX + 1))
    assert library.photos.count(phase_id) == 3


def test_limits_of_count_and_size(
    library: Library, phase_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "PHOTOS_PER_PHASE_MAX", 2)
    library.photos.add(phase_id, _prepared("a.jpg"))
    library.photos.add(phase_id, _prepared("b.jpg"))
    with pytest.raises(InvalidValueError) as refused:
        library.photos.add(phase_id, _prepared("c.jpg"))
    assert refused.value.field == "photos"
    assert library.photos.count(phase_id) == 2

    monkeypatch.setattr(limits, "PHOTOS_PER_PHASE_MAX", 200)
    small = _prepared("d.jpg")
    monkeypatch.setattr(limits, "PHOTO_BYTES_MAX", small.byte_size - 1)
    with pytest.raises(InvalidValueError) as too_big:
        library.photos.add(phase_id, small)
    assert too_big.value.field == "photo_bytes"
    assert library.photos.count(phase_id) == 2


def test_a_photo_not_prepared_is_refused(library: Library, phase_id: int) -> None:
    bogus = PreparedPhoto(data=b"%PDF-1.7", media_type="application/pdf", width=1, height=1,
                          thumbnail=b"")
    with pytest.raises(InvalidValueError):
        library.photos.add(phase_id, bogus)
    assert library.photos.count(phase_id) == 0


def test_photos_of_a_removed_phase_are_out_of_reach(
    library: Library, phase_id: int, three: list[Photo]
) -> None:
    library.remove_phase(phase_id)
    with pytest.raises(NotFoundError):
        library.photos.list(phase_id)
    with pytest.raises(NotFoundError):
        library.photos.thumbnail(three[0].id)


def test_the_snapshot_carries_the_photos_with_their_bytes(
    library: Library, workshop: Workshop, phase_id: int, three: list[Photo]
) -> None:
    library.photos.delete(three[1].id)
    snapshot = library.snapshot(workshop.id)
    phase = next(p for p in snapshot.phases if p.phase.id == phase_id)
    assert [image.photo.caption for image in phase.photos] == [CAPTIONS[0], CAPTIONS[2]]
    assert phase.photos[0].data == library.photos.data(three[0].id)
    assert all(not p.photos for p in snapshot.phases if p.phase.id != phase_id)
