"""Is an attached photo a readable image, and not a decompression bomb?

The format and the dimensions come from the header first (Pillow's ``Image.open`` reads only the header);
anything over ``MAX_PIXELS`` is refused before a byte of pixel data is inflated. Then PNG is checked for
real (chunk CRCs, the zlib stream, the exact size of the pixel data, inflated in bounded pieces and never
held in memory), so a truncated or corrupted file is caught; JPEG is walked marker by marker to its frame
header and end-of-image marker. Decoding pixels is not needed to tell whether the file is an image.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
import zlib
from typing import Literal

from PIL import Image, UnidentifiedImageError

from errand.domain.returns import PhotoCheck

MAX_BYTES = 5 * 1024 * 1024
MIN_SIDE = 64
MAX_SIDE = 12000
MAX_PIXELS = 50_000_000
"""A 50-megapixel photo is plenty to judge damage; past it a file is refused before it is inflated."""
PHOTO_ID = re.compile(r"^ph_[0-9a-f]{20}$")
"""The sandbox's photo ids; anything else is refused before it is used in a URL or a query."""
IMAGE_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}
_INFLATE_PIECE = 1 << 20
JUDGEABLE = (320, 240)
"""Below this a person cannot make out damage: the photo is readable but inconclusive."""

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


class ImageError(ValueError):
    """The bytes are not a readable PNG or JPEG."""


def image_header(data: bytes) -> tuple[str, int, int]:
    """``(media type, width, height)`` from the image header alone; ImageError for anything but a PNG or JPEG
    within ``MAX_PIXELS``. No pixel is decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=list(IMAGE_TYPES)) as image:
                fmt, (width, height) = image.format or "", image.size
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(f"the image is over the {MAX_PIXELS}-pixel limit") from exc
    except UnidentifiedImageError as exc:
        raise ImageError("not a PNG or JPEG image") from exc
    except (OSError, SyntaxError, ValueError, struct.error) as exc:
        raise ImageError(f"unreadable image header: {exc}") from exc
    if fmt not in IMAGE_TYPES:
        raise ImageError("not a PNG or JPEG image")
    if width * height > MAX_PIXELS:
        raise ImageError(f"{width}×{height} is over the {MAX_PIXELS}-pixel limit")
    return IMAGE_TYPES[fmt], width, height


def _inflated_size(data: bytes, limit: int) -> int:
    """How many bytes ``data`` inflates to, stopping once past ``limit``; never holds more than one piece."""
    inflater, total, pending = zlib.decompressobj(), 0, data
    while pending and total <= limit:
        total += len(inflater.decompress(pending, _INFLATE_PIECE))
        pending = inflater.unconsumed_tail
    if total <= limit and not inflater.eof:
        total += len(inflater.flush())
        if not inflater.eof:
            raise zlib.error("incomplete or truncated stream")
    return total


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG after checking every chunk and inflating the pixel data."""
    pos, width, height, header, idat, ended = 8, 0, 0, b"", bytearray(), False
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if len(body) != length or pos + 12 + length > len(data):
            raise ImageError("PNG chunk runs past the end of the file")
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise ImageError(f"PNG chunk {kind.decode('latin-1')} is corrupted (bad CRC)")
        if kind == b"IHDR":
            header = body
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            ended = True
            break
        pos += 12 + length
    if not header or len(header) != 13:
        raise ImageError("PNG has no valid IHDR header")
    if not ended:
        raise ImageError("PNG is truncated (no IEND)")
    depth, color, interlace = header[8], header[9], header[12]
    if color not in _PNG_CHANNELS:
        raise ImageError(f"PNG colour type {color} is invalid")
    if width * height > MAX_PIXELS:
        raise ImageError(f"{width}×{height} is over the {MAX_PIXELS}-pixel limit")
    row = (width * _PNG_CHANNELS[color] * depth + 7) // 8 + 1
    # Interlaced data is a little larger than the plain rows (one filter byte per pass row); never more than
    # twice the plain size, so the cap holds for both.
    expected = row * height
    try:
        inflated = _inflated_size(bytes(idat), expected * 2 if interlace else expected)
    except zlib.error as exc:
        raise ImageError(f"PNG pixel data does not inflate: {exc}") from exc
    if interlace == 0 and inflated != expected:
        raise ImageError(f"PNG pixel data is {inflated} bytes, expected {expected}")
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from the JPEG frame header, after walking the markers to the end-of-image."""
    pos, size = 2, None
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            raise ImageError("JPEG marker expected")
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if marker in _JPEG_SOF:
            if pos + 9 > len(data):
                raise ImageError("JPEG frame header is truncated")
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            size = (width, height)
        if marker == 0xDA:
            break
        pos += 2 + length
    if size is None:
        raise ImageError("JPEG has no frame header")
    if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise ImageError("JPEG is truncated (no end-of-image marker)")
    return size


def check_photo(photo_id: str, data: bytes) -> PhotoCheck:
    """The verdict on one photo: ok, invalid (unreadable, too big, too small) or inconclusive (too small to
    judge)."""
    size = len(data)
    if size > MAX_BYTES:
        return PhotoCheck(photo_id=photo_id, verdict="invalid", detail=f"{size} bytes, over the {MAX_BYTES} limit",
                          size_bytes=size)
    try:
        image_header(data)
        if data.startswith(_PNG_SIGNATURE):
            fmt, (width, height) = "png", png_size(data)
        elif data.startswith(b"\xff\xd8\xff"):
            fmt, (width, height) = "jpeg", jpeg_size(data)
        else:
            raise ImageError("not a PNG or JPEG image")
    except (ImageError, struct.error) as exc:
        return PhotoCheck(photo_id=photo_id, verdict="invalid", detail=str(exc), size_bytes=size)
    verdict: Literal["ok", "invalid", "inconclusive"] = "ok"
    detail = f"{fmt} {width}×{height}"
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_SIDE:
        verdict, detail = "invalid", f"{width}×{height} is outside {MIN_SIDE}–{MAX_SIDE} px"
    elif width * height < JUDGEABLE[0] * JUDGEABLE[1]:
        verdict, detail = "inconclusive", f"{width}×{height} is too small to judge damage"
    return PhotoCheck(photo_id=photo_id, verdict=verdict, detail=detail, format=fmt, width=width, height=height,
                      size_bytes=size)
