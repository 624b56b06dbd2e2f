"""A phase's photos: each as large as fits (at most 16 × 11 cm, aspect kept) with its
caption under it.

The stored file is the camera's original (often 12 megapixels and several MB); the
protocol gets a JPEG turned upright and downscaled to about 200 dpi at its printed size,
once for all renderers, which keeps a 30-photo protocol small and quick to write and
still prints sharp.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from werkstatt.core.photos import PhotoError, oriented_for_print
from werkstatt.core.records import PhotoImage
from werkstatt.protocol.content import Block, Heading, Paragraph, Photo
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.texts import translate

POINTS_PER_INCH = 72.0
POINTS_PER_CM = POINTS_PER_INCH / 2.54
MAX_WIDTH = 16 * POINTS_PER_CM
MAX_HEIGHT = 11 * POINTS_PER_CM
PRINT_DPI = 200
#: Decoding and scaling a photo costs about as much as laying out a page of cards.
PHOTO_UNITS = 10


def printed_size(width: int, height: int) -> tuple[float, float]:
    """The photo's size on paper in points: as large as fits MAX_WIDTH × MAX_HEIGHT."""
    if width <= 0 or height <= 0:
        return MAX_WIDTH, MAX_HEIGHT
    scale = min(MAX_WIDTH / width, MAX_HEIGHT / height)
    return width * scale, height * scale


def print_pixels(width_pt: float, height_pt: float) -> int:
    """The long edge in pixels for PRINT_DPI at the printed size."""
    return max(1, round(max(width_pt, height_pt) / POINTS_PER_INCH * PRINT_DPI))


def _printable(image: PhotoImage) -> bytes | None:
    """The photo downscaled for print, or None when it cannot be read (runs in a worker
    thread: Pillow decodes and scales without holding the interpreter)."""
    width, height = printed_size(image.photo.width, image.photo.height)
    try:
        return oriented_for_print(image.data, print_pixels(width, height))
    except PhotoError:
        return None


def _photo(image: PhotoImage, data: bytes | None) -> list[Block]:
    photo = image.photo
    width, height = printed_size(photo.width, photo.height)
    caption = photo.caption.strip()
    if data is None:
        line = translate("Protocol", "The photo {filename} could not be read.").format(
            filename=photo.filename
        )
        blocks: list[Block] = [Paragraph(line, "note")]
        if caption:
            blocks.append(Paragraph(caption, "caption"))
        return blocks
    return [Photo(data, width, height, caption)]


def photo_results(photos: Sequence[PhotoImage], progress: Progress) -> list[Block]:
    if not photos:
        return []
    heading = translate("Protocol", "Photos ({count})").format(count=len(photos))
    blocks: list[Block] = [Heading(2, heading)]
    # Decoding a camera photo takes a tenth of a second or more: all cores work on it.
    pool = ThreadPoolExecutor(max_workers=min(len(photos), os.cpu_count() or 1))
    try:
        printable = pool.map(_printable, photos)
        for image, data in zip(photos, printable, strict=True):
            progress.check()
            blocks += _photo(image, data)
            progress.advance(PHOTO_UNITS)
    finally:
        # cancelled: the photos not yet started are dropped, not decoded for nothing
        pool.shutdown(wait=True, cancel_futures=True)
    return blocks
