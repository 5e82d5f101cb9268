"""Hostile images for the attack tests: a PNG that inflates far beyond its size."""

from __future__ import annotations

import struct
import zlib
from functools import cache


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


@cache
def bomb_png(side: int = 60_000, inflated_mib: int = 128) -> bytes:
    """A valid-looking grey PNG declaring ``side``×``side`` pixels whose ~100 KiB of pixel data inflate to
    ``inflated_mib`` MiB of zeros (and, were it complete, to ``side``² bytes)."""
    packer = zlib.compressobj(9)
    zeros = bytes(1 << 20)
    idat = b"".join(packer.compress(zeros) for _ in range(inflated_mib)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
