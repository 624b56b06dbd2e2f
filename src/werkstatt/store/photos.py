"""``library.photos``: photos of flipcharts, pinboards and tablecloths, attached to a phase.

Each call is one transaction of the library's. The bytes live in the library (a workshop
stays one portable file) but are read only on request (:meth:`Photos.data`,
:meth:`Photos.thumbnail`): listing a phase's photos selects plain columns, never the
blobs, so a strip of twenty 8-MB photos lists as fast as twenty cards.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from werkstatt.core.photos import PreparedPhoto
from werkstatt.core.records import Photo, PhotoImage
from werkstatt.methods import limits
from werkstatt.store import entries, ordering, validation
from werkstatt.store.errors import InvalidValueError, NotFoundError
from werkstatt.store.models import PhotoRow
from werkstatt.store.rows import Transactions, checked_index, now, reachable_phase

#: What core.photos.prepare accepts; anything else was not prepared there.
MEDIA_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})

#: Read as plain columns (no ``data``, no ``thumbnail``), in the order of Photo's fields.
PHOTO_COLUMNS = (
    PhotoRow.id,
    PhotoRow.phase_id,
    PhotoRow.position,
    PhotoRow.caption,
    PhotoRow.filename,
    PhotoRow.media_type,
    PhotoRow.width,
    PhotoRow.height,
    PhotoRow.byte_size,
    PhotoRow.created_at,
)


class Photos:
    def __init__(self, transaction: Transactions) -> None:
        self._transaction = transaction

    def add(
        self,
        phase_id: int,
        prepared: PreparedPhoto,
        *,
        filename: str = "",
        caption: str = "",
        index: int | None = None,
    ) -> Photo:
        """A new photo at ``index`` (0..number of photos; None appends). ``filename`` (the
        file's name on the moderator's disk, for the strip's tooltip) defaults to the one
        ``prepared`` carries."""
        values = _checked_photo(prepared, filename or prepared.filename, caption)
        with self._transaction(write=True) as session:
            entries.phase(session, phase_id)
            count = ordering.live_count(session, PhotoRow, phase_id)
            if count >= limits.PHOTOS_PER_PHASE_MAX:
                raise InvalidValueError("photos", count + 1, limits.PHOTOS_PER_PHASE_MAX)
            at = count if index is None else checked_index("index", index, count)
            if at < count:
                ordering.shift(session, PhotoRow, phase_id, start=at, by=1)
            row = PhotoRow(phase_id=phase_id, position=at, created_at=now(), **values)
            session.add(row)
            session.flush()
            return _record(row)

    def update(self, photo_id: int, *, caption: str) -> Photo:
        """Change the caption (Bildunterschrift)."""
        text = _caption(caption)
        with self._transaction(write=True) as session:
            row = _live_photo(session, photo_id)
            row.caption = text
            session.flush()
            return _record(row)

    def move(self, photo_id: int, index: int) -> builtins.list[Photo]:
        """Move a photo to ``index`` (0..number of photos - 1); return the phase's photos."""
        with self._transaction(write=True) as session:
            row = _live_photo(session, photo_id)
            model = PhotoRow
            count = ordering.live_count(session, model, row.phase_id)
            target = checked_index("index", index, count - 1)
            old, phase = row.position, row.phase_id
            if target > old:
                ordering.shift(session, model, phase, start=old + 1, stop=target + 1, by=-1)
            elif target < old:
                ordering.shift(session, model, phase, start=target, stop=old, by=1)
            row.position = target
            session.flush()
            return live_photos(session, [phase])

    def delete(self, photo_id: int) -> None:
        """Hide the photo (undo: :meth:`restore`); the photos after it close the gap."""
        self.delete_many([photo_id])

    def delete_many(self, photo_ids: Sequence[int]) -> None:
        """Hide several photos in one transaction: all of them, or (on an error) none."""
        with self._transaction(write=True) as session:
            entries.delete_many(session, PhotoRow, "photo", photo_ids)

    def restore(self, photo_id: int) -> Photo:
        """Put a deleted photo back at the position it had; a live one is returned as is."""
        return self.restore_many([photo_id])[0]

    def restore_many(self, photo_ids: Sequence[int]) -> builtins.list[Photo]:
        """Restore several photos, in this order, in one transaction (all or none); the
        reverse order of a :meth:`delete_many` puts each back among its old neighbours."""
        with self._transaction(write=True) as session:
            return entries.restore_many(session, PhotoRow, "photo", photo_ids, _record)

    def list(self, phase_id: int) -> builtins.list[Photo]:
        """The phase's live photos by position, without their bytes."""
        with self._transaction(write=False) as session:
            entries.phase(session, phase_id)
            return live_photos(session, [phase_id])

    def count(self, phase_id: int) -> int:
        with self._transaction(write=False) as session:
            entries.phase(session, phase_id)
            return ordering.live_count(session, PhotoRow, phase_id)

    def data(self, photo_id: int) -> bytes:
        """The file as it was added (EXIF orientation not applied)."""
        return self._blob(photo_id, PhotoRow.data)

    def thumbnail(self, photo_id: int) -> bytes:
        """A JPEG preview, oriented as shown, long edge 320 px."""
        return self._blob(photo_id, PhotoRow.thumbnail)

    def _blob(self, photo_id: int, column: InstrumentedAttribute[bytes]) -> bytes:
        with self._transaction(write=False) as session:
            found = session.execute(
                select(PhotoRow.phase_id, column).where(
                    PhotoRow.id == photo_id, PhotoRow.deleted_at.is_(None)
                )
            ).first()
            if found is None or reachable_phase(session, found[0]) is None:
                raise NotFoundError("photo", photo_id)
            return bytes(found[1])


def _caption(value: object) -> str:
    return validation.long_text("caption", value).strip()


def _checked_photo(prepared: PreparedPhoto, filename: str, caption: str) -> dict[str, object]:
    """The row's values; a PreparedPhoto not made by core.photos.prepare is refused."""
    if prepared.media_type not in MEDIA_TYPES:
        raise InvalidValueError("media_type", prepared.media_type, tuple(sorted(MEDIA_TYPES)))
    for name, size in (("width", prepared.width), ("height", prepared.height)):
        if not isinstance(size, int) or isinstance(size, bool) or size < 1:
            raise InvalidValueError(name, size, "positive int")
    if not prepared.data:
        raise InvalidValueError("photo_bytes", 0, "not empty")
    if prepared.byte_size > limits.PHOTO_BYTES_MAX:
        raise InvalidValueError("photo_bytes", prepared.byte_size, limits.PHOTO_BYTES_MAX)
    # The name on the moderator's disk is only a hint: a very long one is cut, not refused.
    name = " ".join(validation.line("filename", filename).split())[: limits.TITLE_MAX]
    return {
        "caption": _caption(caption),
        "filename": name,
        "media_type": prepared.media_type,
        "width": prepared.width,
        "height": prepared.height,
        "byte_size": prepared.byte_size,
        "data": prepared.data,
        "thumbnail": prepared.thumbnail,
    }


def _record(row: PhotoRow) -> Photo:
    return Photo(
        id=row.id,
        phase_id=row.phase_id,
        position=row.position,
        caption=row.caption,
        filename=row.filename,
        media_type=row.media_type,
        width=row.width,
        height=row.height,
        byte_size=row.byte_size,
        created_at=row.created_at,
    )


def _live_photo(session: Session, photo_id: int) -> PhotoRow:
    return entries.live_item(session, PhotoRow, "photo", photo_id)[0]


def live_photos(session: Session, phase_ids: Sequence[int]) -> builtins.list[Photo]:
    """The live photos of the given phases, by phase and position, without their bytes."""
    rows = session.execute(
        select(*PHOTO_COLUMNS)
        .where(PhotoRow.phase_id.in_(phase_ids), PhotoRow.deleted_at.is_(None))
        .order_by(PhotoRow.phase_id, PhotoRow.position, PhotoRow.id)
    )
    return [Photo(*row) for row in rows]


def live_photo_images(session: Session, phase_ids: Sequence[int]) -> builtins.list[PhotoImage]:
    """The live photos of the given phases with their bytes (for the protocol), by phase
    and position. Call inside a read transaction."""
    rows = session.execute(
        select(*PHOTO_COLUMNS, PhotoRow.data)
        .where(PhotoRow.phase_id.in_(phase_ids), PhotoRow.deleted_at.is_(None))
        .order_by(PhotoRow.phase_id, PhotoRow.position, PhotoRow.id)
    )
    return [PhotoImage(Photo(*row[:-1]), bytes(row[-1])) for row in rows]
