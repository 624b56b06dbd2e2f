"""What can be wrong with a photo file, apart from the Pillow code that finds out: the
messages and the GUI import these without loading Pillow. Facts only; werkstatt.messages
words them."""

from __future__ import annotations

#: A photo's pixels at most. A 50-megapixel camera stays well below; a crafted file that
#: claims 30,000 × 30,000 pixels (a decompression bomb) is refused before decoding.
PIXELS_MAX = 100_000_000


class PhotoError(ValueError):
    """Base of everything this module raises on purpose."""

    def __init__(self, filename: str, detail: str = "") -> None:
        super().__init__(f"{filename!r}{': ' + detail if detail else ''}")
        self.filename = filename


class NotAnImageError(PhotoError):
    """The file is no image Pillow can read, or it is damaged (e.g. cut off in a copy)."""


class UnsupportedFormatError(PhotoError):
    """An image, but not one of JPEG, PNG, WebP, GIF (e.g. TIFF, BMP, HEIC)."""

    def __init__(self, filename: str, image_format: str) -> None:
        super().__init__(filename, image_format)
        self.image_format = image_format


class PhotoTooLargeError(PhotoError):
    """The file has more bytes than allowed."""

    def __init__(self, filename: str, size: int, maximum: int) -> None:
        super().__init__(filename, f"{size} bytes > {maximum}")
        self.size = size
        self.maximum = maximum


class ImageTooManyPixelsError(PhotoError):
    """The picture has more pixels than :data:`PIXELS_MAX` (``pixels`` 0: not known)."""

    def __init__(self, filename: str, pixels: int, maximum: int = PIXELS_MAX) -> None:
        super().__init__(filename, f"{pixels} pixels > {maximum}")
        self.pixels = pixels
        self.maximum = maximum
