#!/usr/bin/env python3
"""Draws the extension's icon for the Extension Manager, in plain Python
(no imaging library): a full bar (the total) above three bars of different
lengths that fill the same width (the parts, adding up exactly).

    python3 addin/oxt/make_icon.py    # rewrites addin/oxt/icon.png and icon-hc.png

The PNGs are committed; the build only copies them into the .oxt.
"""

from __future__ import annotations

import pathlib
import struct
import zlib

SIZE = 42            # the Extension Manager shows 42 × 42 pixels
SAMPLES = 4          # supersampling per axis, for smooth edges

# (left, top, right, bottom) in units of a 42-pixel square.
TILE = (1, 1, 41, 41)
RADIUS = 7
TOTAL_BAR = (8, 11, 34, 18)
PART_BARS = [(8, 24, 20, 31), (21.5, 24, 28.5, 31), (30, 24, 34, 31)]

COLOURS = {
    "icon.png": {"tile": (31, 122, 109), "total": (255, 255, 255), "parts": [(255, 214, 102), (168, 224, 255),
                                                                            (255, 214, 102)]},
    "icon-hc.png": {"tile": (0, 0, 0), "total": (255, 255, 255), "parts": [(255, 255, 255)] * 3},
}


def inside_rounded(x: float, y: float, box, radius: float) -> bool:
    left, top, right, bottom = box
    if not (left <= x < right and top <= y < bottom):
        return False
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def colour_at(x: float, y: float, scheme) -> tuple[int, int, int, int]:
    if not inside_rounded(x, y, TILE, RADIUS):
        return (0, 0, 0, 0)
    if inside_rounded(x, y, TOTAL_BAR, 1.5):
        return (*scheme["total"], 255)
    for bar, colour in zip(PART_BARS, scheme["parts"]):
        if inside_rounded(x, y, bar, 1.5):
            return (*colour, 255)
    return (*scheme["tile"], 255)


def render(scheme) -> bytes:
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter: none
        for px in range(SIZE):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    r, g, b, a = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, scheme)
                    total[0] += r * a
                    total[1] += g * a
                    total[2] += b * a
                    total[3] += a
            alpha = total[3]
            pixel = [round(total[c] / alpha) if alpha else 0 for c in range(3)]
            row += bytes(pixel + [round(alpha / SAMPLES ** 2)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(pixels: bytes, size: int = SIZE) -> bytes:
    """A square RGBA PNG of `size` pixels a side (also for make_toolbar_icons)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels, 9)) \
        + chunk(b"IEND", b"")


def main() -> None:
    here = pathlib.Path(__file__).resolve().parent
    for name, scheme in COLOURS.items():
        (here / name).write_bytes(png(render(scheme)))
        print(f"wrote {here / name}")


if __name__ == "__main__":
    main()
