"""Photos of flipcharts and pinboards: checked and prepared on the way in, scaled for
print on the way out.

Pillow only, no Qt and nothing of ours: the byte limit comes from the caller
(werkstatt.methods.limits.PHOTO_BYTES_MAX). Decoding a 12-megapixel JPEG takes a
noticeable fraction of a second, so the GUI calls :func:`prepare` off its thread.

The stored bytes are the original file, untouched: EXIF orientation is applied when a
picture is shown or printed, and ``width``/``height`` are reported as shown.

Errors carry facts (file name, sizes), never sentences: werkstatt.messages words them.
"""

from __future__ import annotations

import io
import math
import re
import warnings
from dataclasses import dataclass, field

from PIL import Image, UnidentifiedImageError

from werkstatt.core.photo_errors import (
    PIXELS_MAX,
    ImageTooManyPixelsError,
    NotAnImageError,
    PhotoError,
    PhotoTooLargeError,
    UnsupportedFormatError,
)

THUMBNAIL_LONG_EDGE = 320
THUMBNAIL_QUALITY = 80

_MEDIA_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
# EXIF orientations that turn the picture by 90° (width and height trade places).
_QUARTER_TURNS = {5, 6, 7, 8}
_ORIENTATION_TAG = 0x0112
_PIXELS_IN_MESSAGE = re.compile(r"\((\d+) pixels\)")


@dataclass(frozen=True)
class PreparedPhoto:
    """A checked photo, ready for the store: the original bytes, its kind, its size as
    shown (EXIF orientation applied) and a small JPEG preview (long edge 320 px)."""

    data: bytes = field(repr=False)
    media_type: str
    width: int
    height: int
    thumbnail: bytes = field(repr=False)
    filename: str = ""

    @property
    def byte_size(self) -> int:
        return len(self.data)


def _open(data: bytes, filename: str) -> Image.Image:
    """The image, opened (header read, pixels not yet decoded) and checked for size."""
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own limit (89 MP); ours is checked just below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        match = _PIXELS_IN_MESSAGE.search(str(error))
        raise ImageTooManyPixelsError(filename, int(match.group(1)) if match else 0) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise NotAnImageError(filename, type(error).__name__) from None
    if image.format not in _MEDIA_TYPES:
        raise UnsupportedFormatError(filename, image.format or "")
    width, height = image.size
    if width < 1 or height < 1:
        raise NotAnImageError(filename, "empty")
    if width * height > PIXELS_MAX:
        raise ImageTooManyPixelsError(filename, width * height)
    # Decoded in one call, not in 64 KB pieces: between pieces a worker thread has to win
    # the interpreter back, and next to a busy thread (the protocol's layout) each piece
    # waits up to 5 ms for it, which made a photo four times slower.
    image.decodermaxblock = max(image.decodermaxblock, len(data))
    return image


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(_ORIENTATION_TAG, 1))
    except (OSError, ValueError, TypeError, SyntaxError):  # a broken EXIF block: as stored
        return 1


_TURNS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _decoded(
    image: Image.Image, filename: str, long_edge: int, least_edge: int | None = None
) -> Image.Image:
    """The pixels, oriented as shown and flattened on white, with the long edge at most
    ``long_edge``; raises NotAnImageError for a damaged file.

    A JPEG is decoded at the smallest of its built-in scales (1/2, 1/4, 1/8) that keeps
    the long edge at ``least_edge`` or more (default ``long_edge``)."""
    opened = image
    width, height = image.size
    scale = min(1.0, (least_edge or long_edge) / max(width, height))
    orientation = _orientation(image)
    try:
        # JPEG can decode at 1/2, 1/4, 1/8 of its size: much faster for a preview.
        image.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        image.load()
    except (OSError, SyntaxError, ValueError) as error:
        raise NotAnImageError(filename, type(error).__name__) from None
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        image = flat
    elif image.mode != "RGB":
        image = image.convert("RGB")
    image.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS)
    # turned upright after scaling: a quarter turn of the small picture is cheaper
    turn = _TURNS.get(orientation)
    if turn is not None:
        return image.transpose(turn)
    # the caller closes the image it opened, which drops its pixels
    return image.copy() if image is opened else image


def _jpeg(image: Image.Image, quality: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def prepare(data: bytes, filename: str, *, max_bytes: int) -> PreparedPhoto:
    """Check ``data`` (a file the moderator picked) and prepare it for the store.

    Accepts JPEG, PNG, WebP and GIF (a GIF's first frame). Raises PhotoTooLargeError
    for more than ``max_bytes``, NotAnImageError for anything else or a damaged file,
    UnsupportedFormatError for other image formats, ImageTooManyPixelsError for a
    picture above :data:`PIXELS_MAX` pixels.
    """
    if len(data) > max_bytes:
        raise PhotoTooLargeError(filename, len(data), max_bytes)
    image = _open(data, filename)
    with image:
        media_type = _MEDIA_TYPES[str(image.format)]
        width, height = image.size
        if _orientation(image) in _QUARTER_TURNS:
            width, height = height, width
        preview = _decoded(image, filename, THUMBNAIL_LONG_EDGE)
    return PreparedPhoto(
        data=data,
        media_type=media_type,
        width=width,
        height=height,
        thumbnail=_jpeg(preview, THUMBNAIL_QUALITY),
        filename=filename,
    )


def oriented_for_print(
    data: bytes,
    max_long_edge_px: int,
    quality: int = 85,
    *,
    least_long_edge_px: int | None = None,
) -> bytes:
    """A JPEG of the photo as shown (EXIF orientation applied, transparency on white),
    its long edge at most ``max_long_edge_px`` (never enlarged): what a protocol embeds
    instead of the 12-megapixel original. With ``least_long_edge_px`` a JPEG may come
    out smaller, down to that edge, when that lets it be decoded at a smaller scale
    (four times fewer pixels to decode at each step). Raises the errors of
    :func:`prepare`."""
    if max_long_edge_px < 1:
        raise ValueError(f"max_long_edge_px={max_long_edge_px}")
    image = _open(data, "")
    with image:
        return _jpeg(_decoded(image, "", max_long_edge_px, least_long_edge_px), quality)


__all__ = [
    "PIXELS_MAX",
    "ImageTooManyPixelsError",
    "NotAnImageError",
    "PhotoError",
    "PhotoTooLargeError",
    "PreparedPhoto",
    "UnsupportedFormatError",
    "oriented_for_print",
    "prepare",
]
