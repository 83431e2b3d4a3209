"""Small, real PNG "site photos" for the demo, drawn with zlib and struct only (no Qt, no imaging library).

Each picture is a few coloured blocks on a concrete-grey ground with a yellow/black warning stripe: enough for the
photo strip and the PDF to show something, and identical bytes for the same (seed, index) so photos dedup by hash.
"""

from __future__ import annotations

import random
import struct
import zlib

WIDTH, HEIGHT = 160, 120

_GROUNDS = ((150, 150, 145), (128, 120, 110), (170, 165, 150), (110, 118, 125))
_BLOCKS = ((200, 60, 45), (60, 110, 170), (90, 140, 80), (220, 180, 60), (95, 85, 80), (235, 235, 230))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    """8-bit RGB pixels, row by row, as a PNG file (filter type 0 on every row)."""
    stride = width * 3
    raw = b"".join(b"\x00" + rgb[y * stride:(y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 9))
            + _chunk(b"IEND", b""))


def demo_photo(seed: int, index: int) -> bytes:
    """The index-th demo picture of a seed: deterministic bytes."""
    rng = random.Random(f"{seed}:photo:{index}")
    pixels = bytearray(bytes(rng.choice(_GROUNDS)) * (WIDTH * HEIGHT))

    def fill(x0: int, y0: int, x1: int, y1: int, colour: tuple[int, int, int]) -> None:
        row = bytes(colour) * (x1 - x0)
        for y in range(y0, y1):
            start = (y * WIDTH + x0) * 3
            pixels[start:start + len(row)] = row

    for _ in range(rng.randint(2, 5)):
        x0, y0 = rng.randrange(0, WIDTH - 30), rng.randrange(0, HEIGHT - 40)
        fill(x0, y0, min(WIDTH, x0 + rng.randint(20, 70)), min(HEIGHT - 20, y0 + rng.randint(15, 50)),
             rng.choice(_BLOCKS))
    # warning tape along the bottom: diagonal yellow/black bands, phase varies per picture
    phase = rng.randrange(16)
    for y in range(HEIGHT - 14, HEIGHT - 4):
        for x in range(WIDTH):
            colour = (240, 200, 0) if ((x + y + phase) // 8) % 2 == 0 else (20, 20, 20)
            pixels[(y * WIDTH + x) * 3:(y * WIDTH + x) * 3 + 3] = bytes(colour)
    return encode_png(WIDTH, HEIGHT, bytes(pixels))
