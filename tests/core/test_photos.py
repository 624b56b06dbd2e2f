"""Photos in and out: what prepare() accepts and refuses, and the print copy."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, ImageOps

from werkstatt.core.photos import (
    THUMBNAIL_LONG_EDGE,
    ImageTooManyPixelsError,
    NotAnImageError,
    PhotoTooLargeError,
    UnsupportedFormatError,
    oriented_for_print,
    prepare,
)

LIMIT = 60 * 1024 * 1024


def _encoded(image: Image.Image, image_format: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def _flipchart(width: int = 1200, height: int = 900) -> Image.Image:
    """Landscape, with a red left half: orientation and scaling can be seen in pixels."""
    image = Image.new("RGB", (width, height), "white")
    image.paste((200, 30, 30), (0, 0, width // 2, height))
    return image


def _jpeg_turned(orientation: int) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    return _encoded(_flipchart(), "JPEG", exif=exif.tobytes(), quality=90)


def _claiming(png: bytes, width: int, height: int) -> bytes:
    """``png`` with its header (IHDR, right after the signature) saying another size."""
    start = 8 + 8  # signature, then the chunk's length and type
    header = struct.pack(">II", width, height) + png[start + 8 : start + 13]
    crc = struct.pack(">I", zlib.crc32(b"IHDR" + header))
    return png[:start] + header + crc + png[start + 13 + 4 :]


def _open(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def test_jpeg_turned_by_exif_reports_its_shown_size() -> None:
    data = _jpeg_turned(6)  # camera held upright: stored landscape, shown portrait
    prepared = prepare(data, "Pinnwand Kritik.jpg", max_bytes=LIMIT)
    assert prepared.media_type == "image/jpeg"
    assert (prepared.width, prepared.height) == (900, 1200)
    assert prepared.data == data, "the original bytes are kept"
    assert prepared.filename == "Pinnwand Kritik.jpg"
    assert prepared.byte_size == len(data)
    with _open(prepared.thumbnail) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert thumbnail.size == (240, THUMBNAIL_LONG_EDGE), "portrait, long edge 320"
        # orientation 6 turns clockwise: the red left half ends up at the top
        assert thumbnail.getpixel((120, 20))[0] > 150
        assert thumbnail.getpixel((120, 300))[1] > 200


def test_plain_jpeg_keeps_its_size() -> None:
    prepared = prepare(_jpeg_turned(1), "Tischdecke.jpeg", max_bytes=LIMIT)
    assert (prepared.width, prepared.height) == (1200, 900)


def test_png_with_alpha_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    image.paste((20, 90, 160, 255), (0, 0, 100, 200))
    prepared = prepare(_encoded(image, "PNG"), "Plakat.png", max_bytes=LIMIT)
    assert prepared.media_type == "image/png"
    assert (prepared.width, prepared.height) == (400, 200)
    with _open(oriented_for_print(prepared.data, 200)) as printed:
        assert printed.mode == "RGB"
        assert printed.size == (200, 100)
        assert min(printed.getpixel((150, 50))) >= 245, "transparent is white"
        red, _green, blue = printed.getpixel((20, 50))
        assert blue > 130 and red < 60


def test_webp_and_the_first_frame_of_a_gif_are_accepted() -> None:
    webp = prepare(_encoded(_flipchart(300, 200), "WEBP"), "Foto.webp", max_bytes=LIMIT)
    assert (webp.media_type, webp.width, webp.height) == ("image/webp", 300, 200)
    frames = [Image.new("P", (64, 48), index) for index in (1, 2)]
    gif = _encoded(frames[0], "GIF", save_all=True, append_images=frames[1:])
    prepared = prepare(gif, "Ablauf.gif", max_bytes=LIMIT)
    assert (prepared.media_type, prepared.width, prepared.height) == ("image/gif", 64, 48)


def test_truncated_jpeg_is_refused() -> None:
    data = _encoded(_flipchart(), "JPEG")
    with pytest.raises(NotAnImageError) as caught:
        prepare(data[: len(data) // 2], "halb kopiert.jpg", max_bytes=LIMIT)
    assert caught.value.filename == "halb kopiert.jpg"


def test_text_file_is_refused() -> None:
    text = "Protokoll der Zukunftswerkstatt – Ergebnisse der Kritikphase\n".encode()
    with pytest.raises(NotAnImageError) as caught:
        prepare(text * 20, "notizen.jpg", max_bytes=LIMIT)
    assert caught.value.filename == "notizen.jpg"


def test_other_image_formats_are_refused() -> None:
    with pytest.raises(UnsupportedFormatError) as caught:
        prepare(_encoded(_flipchart(40, 30), "BMP"), "scan.bmp", max_bytes=LIMIT)
    assert caught.value.image_format == "BMP"


def test_file_over_the_byte_limit_is_refused_before_decoding() -> None:
    data = _encoded(_flipchart(), "JPEG")
    with pytest.raises(PhotoTooLargeError) as caught:
        prepare(data, "riesig.jpg", max_bytes=len(data) - 1)
    assert (caught.value.size, caught.value.maximum) == (len(data), len(data) - 1)
    assert prepare(data, "riesig.jpg", max_bytes=len(data)).byte_size == len(data)


@pytest.mark.parametrize("side", [10_001, 40_000])
def test_decompression_bomb_is_refused(side: int) -> None:
    # A small PNG whose header claims side × side pixels: refused before decoding.
    bomb = _claiming(_encoded(Image.new("1", (8, 8)), "PNG"), side, side)
    with pytest.raises(ImageTooManyPixelsError) as caught:
        prepare(bomb, "bombe.png", max_bytes=LIMIT)
    assert caught.value.pixels == side * side


def test_print_copy_is_downscaled_and_turned() -> None:
    printed = oriented_for_print(_jpeg_turned(6), 400)
    with _open(printed) as image:
        assert image.format == "JPEG"
        assert image.size == (300, 400)


def test_print_copy_is_never_enlarged() -> None:
    with _open(oriented_for_print(_encoded(_flipchart(200, 100), "PNG"), 1600)) as image:
        assert image.size == (200, 100)


def _marked() -> Image.Image:
    """Landscape with a red top-left quarter and a blue bottom edge: every turn and
    mirror of it looks different."""
    image = Image.new("RGB", (1200, 900), "white")
    image.paste((200, 30, 30), (0, 0, 600, 450))
    image.paste((30, 30, 200), (0, 800, 1200, 900))
    return image


def _corners(image: Image.Image) -> str:
    """Red, blue or white at points well away from the marks' edges."""
    width, height = image.size
    spots = [(0.25, 0.25), (0.75, 0.25), (0.25, 0.7), (0.75, 0.7)]
    spots += [(0.6, 0.97), (0.6, 0.03), (0.03, 0.6), (0.97, 0.6)]
    seen = ""
    for x, y in spots:
        red, _green, blue = image.getpixel((int(x * width), int(y * height)))
        seen += "r" if red > 150 > blue else "b" if blue > 150 > red else "w"
    return seen


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_is_printed_as_a_viewer_shows_it(orientation: int) -> None:
    exif = Image.Exif()
    exif[0x0112] = orientation
    data = _encoded(_marked(), "JPEG", exif=exif.tobytes(), quality=95)
    with _open(data) as original:
        shown = ImageOps.exif_transpose(original)
    with _open(oriented_for_print(data, 600)) as printed:
        assert max(printed.size) == 600
        assert (printed.width > printed.height) == (shown.width > shown.height)
        assert _corners(printed) == _corners(shown)


def test_a_large_jpeg_may_print_smaller_when_that_decodes_a_quarter_of_the_pixels() -> None:
    data = _encoded(_flipchart(4000, 3000), "JPEG", quality=80)
    # 1156 px would need the half-size decode (2000 px); 1000 px (a quarter) is enough
    with _open(oriented_for_print(data, 1156, least_long_edge_px=867)) as image:
        assert image.size == (1000, 750)
    with _open(oriented_for_print(data, 1156)) as image:
        assert image.size == (1156, 867)
    # never below the least edge: 1/8 (500 px) would be too small for 600
    with _open(oriented_for_print(data, 900, least_long_edge_px=600)) as image:
        assert image.size == (900, 675)
