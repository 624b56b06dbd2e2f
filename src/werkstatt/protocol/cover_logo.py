"""The logo on the cover: upright, flattened on white and downscaled to about 600 px
on its long edge (sharp at its small printed size), fitted into 4 × 2.5 cm with its
aspect kept. One picture for both renderers."""

from __future__ import annotations

import io

from PIL import Image

from werkstatt.core.photos import PhotoError, oriented_for_print
from werkstatt.protocol.content import Picture

POINTS_PER_CM = 72.0 / 2.54
MAX_WIDTH = 4 * POINTS_PER_CM
MAX_HEIGHT = 2.5 * POINTS_PER_CM
LONG_EDGE_PX = 600


def cover_logo(data: bytes | None) -> Picture | None:
    """The logo ready to embed, or None without one or when it cannot be read (a cover
    without its logo is better than no protocol)."""
    if not data:
        return None
    try:
        printable = oriented_for_print(data, LONG_EDGE_PX)
        with Image.open(io.BytesIO(printable)) as image:
            width, height = image.size
    except (PhotoError, OSError):
        return None
    scale = min(MAX_WIDTH / width, MAX_HEIGHT / height)
    return Picture(printable, width * scale, height * scale)
