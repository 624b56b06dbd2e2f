"""The logo on a workshop's protocol cover: one image per workshop, kept as the file's
original bytes in a table of its own (listing workshops never loads it).

The functions take the caller's session; :class:`werkstatt.store.library.Library` wraps
them in its transactions (``set_logo``, ``clear_logo``, ``logo``), the snapshot reads
the logo for the protocol, and duplicating or importing a workshop writes it.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy.orm import Session

from werkstatt.core import photos as core_photos
from werkstatt.store.models import WorkshopLogoRow
from werkstatt.store.rows import live_workshop, now

#: A logo is a small picture; a camera photo as a logo is a mistake worth telling.
LOGO_BYTES_MAX: Final = 5 * 1024 * 1024


def prepare_logo(data: bytes, filename: str) -> core_photos.PreparedPhoto:
    """Check ``data`` as a logo (JPEG/PNG/WebP/GIF, at most :data:`LOGO_BYTES_MAX`);
    raises core.photos.PhotoError subclasses. Decodes the picture: not inside a
    transaction."""
    return core_photos.prepare(data, filename, max_bytes=LOGO_BYTES_MAX)


def store_logo(session: Session, workshop_id: int, data: bytes, media_type: str) -> None:
    """Set (or replace) the workshop's logo; ``data`` was checked by :func:`prepare_logo`."""
    row = session.get(WorkshopLogoRow, workshop_id)
    if row is None:
        session.add(
            WorkshopLogoRow(
                workshop_id=workshop_id, media_type=media_type, data=data, changed_at=now()
            )
        )
    else:
        row.media_type = media_type
        row.data = data
        row.changed_at = now()
    session.flush()


def set_logo(session: Session, workshop_id: int, prepared: core_photos.PreparedPhoto) -> None:
    """Set the live workshop's logo (NotFoundError for a missing or deleted workshop)."""
    live_workshop(session, workshop_id)
    store_logo(session, workshop_id, prepared.data, prepared.media_type)


def clear_logo(session: Session, workshop_id: int) -> None:
    """Remove the live workshop's logo; without one nothing happens."""
    live_workshop(session, workshop_id)
    row = session.get(WorkshopLogoRow, workshop_id)
    if row is not None:
        session.delete(row)
        session.flush()


def read_logo(session: Session, workshop_id: int) -> tuple[bytes, str] | None:
    """The workshop's logo as (bytes, media type), or None."""
    row = session.get(WorkshopLogoRow, workshop_id)
    return None if row is None else (bytes(row.data), row.media_type)


def copy_logo(session: Session, source_id: int, target_id: int) -> None:
    """Give ``target_id`` a copy of ``source_id``'s logo, if it has one."""
    logo = read_logo(session, source_id)
    if logo is not None:
        store_logo(session, target_id, *logo)
