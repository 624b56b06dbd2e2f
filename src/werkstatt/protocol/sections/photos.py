"""A phase's photos: each as large as fits (at most 16 × 11 cm, aspect kept) with its
caption under it.

The stored file is the camera's original (often 12 megapixels and several MB); the
protocol gets a JPEG turned upright and downscaled to about 200 dpi at its printed size,
once for all renderers, which keeps a 30-photo protocol small and quick to write and
still prints sharp.
"""

from __future__ import annotations

from collections.abc import Sequence

from werkstatt.core.records import PhotoImage
from werkstatt.protocol.content import Block, Heading, Photo
from werkstatt.protocol.photo_prints import PhotoPrints
from werkstatt.protocol.progress import Progress
from werkstatt.protocol.texts import translate

POINTS_PER_INCH = 72.0
POINTS_PER_CM = POINTS_PER_INCH / 2.54
MAX_WIDTH = 16 * POINTS_PER_CM
MAX_HEIGHT = 11 * POINTS_PER_CM
PRINT_DPI = 200
#: A camera JPEG is decoded at 1/2, 1/4 or 1/8 of its size, whichever gives PRINT_DPI;
#: the next smaller scale is taken while it still gives this, which for a 12-megapixel
#: landscape photo means decoding a quarter of the pixels (and 170 dpi on paper).
LEAST_PRINT_DPI = 150
#: Decoding and scaling a photo costs about as much as laying out a page of cards.
PHOTO_UNITS = 10


def printed_size(width: int, height: int) -> tuple[float, float]:
    """The photo's size on paper in points: as large as fits MAX_WIDTH × MAX_HEIGHT."""
    if width <= 0 or height <= 0:
        return MAX_WIDTH, MAX_HEIGHT
    scale = min(MAX_WIDTH / width, MAX_HEIGHT / height)
    return width * scale, height * scale


def print_pixels(width_pt: float, height_pt: float, dpi: int = PRINT_DPI) -> int:
    """The long edge in pixels for ``dpi`` at the printed size."""
    return max(1, round(max(width_pt, height_pt) / POINTS_PER_INCH * dpi))


def _photo(image: PhotoImage, prints: PhotoPrints) -> Photo:
    photo = image.photo
    width, height = printed_size(photo.width, photo.height)
    unreadable = translate("Protocol", "The photo {filename} could not be read.").format(
        filename=photo.filename
    )
    data = prints.submit(
        image.data, print_pixels(width, height), print_pixels(width, height, LEAST_PRINT_DPI)
    )
    return Photo(data, width, height, photo.caption.strip(), unreadable)


def photo_results(
    photos: Sequence[PhotoImage], progress: Progress, prints: PhotoPrints
) -> list[Block]:
    """A heading and the phase's photos; ``prints`` starts preparing them at once."""
    if not photos:
        return []
    heading = translate("Protocol", "Photos ({count})").format(count=len(photos))
    blocks: list[Block] = [Heading(2, heading)]
    for image in photos:
        progress.check()
        blocks.append(_photo(image, prints))
        progress.advance(PHOTO_UNITS)
    return blocks
