#!/usr/bin/env python3
"""Draws the Targets toolbar's and menu's icons, one per command of
commands/src/command_table.cpp, in plain Python (no imaging library), at
LibreOffice's small (16 px) and large (26 px) toolbar sizes:

    python3 addin/oxt/make_toolbar_icons.py   # rewrites addin/oxt/icons/*.png

Each icon is a few shapes on a 16-unit square, rendered with supersampling.
The PNGs are committed; the build only copies them into the .oxt, and
Addons.xcu (allot_menu_texts) names them for each command's URL.
"""

from __future__ import annotations

import math
import pathlib

from make_icon import png  # the same PNG writer as the extension's icon

SAMPLES = 4
SIZES = (16, 26)

TEAL = (31, 122, 109)
AMBER = (236, 164, 42)
SKY = (120, 190, 235)
INK = (64, 64, 64)
WHITE = (255, 255, 255)
GREEN = (46, 139, 87)
BLUE = (38, 104, 196)


class Rect:
    def __init__(self, left, top, right, bottom, colour, radius=0.0):
        self.box, self.colour, self.radius = (left, top, right, bottom), colour, radius

    def covers(self, x, y):
        left, top, right, bottom = self.box
        if not (left <= x < right and top <= y < bottom):
            return False
        r = self.radius
        cx = min(max(x, left + r), right - r)
        cy = min(max(y, top + r), bottom - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


class Ring:
    """The part of a ring between two angles (degrees, 0 = right, 90 = up)."""

    def __init__(self, cx, cy, outer, inner, colour, start=0.0, end=360.0):
        self.cx, self.cy, self.outer, self.inner = cx, cy, outer, inner
        self.colour, self.start, self.end = colour, start, end

    def covers(self, x, y):
        dx, dy = x - self.cx, self.cy - y
        if not (self.inner ** 2 <= dx * dx + dy * dy <= self.outer ** 2):
            return False
        angle = math.degrees(math.atan2(dy, dx)) % 360
        return self.start <= angle <= self.end or self.start <= angle + 360 <= self.end


class Triangle:
    def __init__(self, a, b, c, colour):
        self.points, self.colour = (a, b, c), colour

    def covers(self, x, y):
        (x1, y1), (x2, y2), (x3, y3) = self.points

        def side(ax, ay, bx, by):
            return (x - bx) * (ay - by) - (ax - bx) * (y - by)

        d1, d2, d3 = side(x1, y1, x2, y2), side(x2, y2, x3, y3), side(x3, y3, x1, y1)
        return not ((d1 < 0 or d2 < 0 or d3 < 0) and (d1 > 0 or d2 > 0 or d3 > 0))


def padlock(open_: bool):
    shackle_y = 4.6 if open_ else 7.0
    shapes = [Ring(8, shackle_y, 4.0, 2.4, INK, 0, 180),
              Rect(10.4, shackle_y, 12.0, 8.0, INK)]          # right leg, into the body
    # The left leg reaches the body when closed; open, it stops short.
    shapes.append(Rect(4.0, shackle_y, 5.6, 8.0 if not open_ else shackle_y + 1.2, INK))
    shapes += [Rect(2.5, 7.5, 13.5, 15.0, AMBER, 1.5),
               Rect(7.2, 9.6, 8.8, 12.8, INK, 0.7)]            # keyhole
    return shapes


# Painted in order: later shapes lie on top.
ICONS = {
    # The total (a full bar) above the parts that fill its width: the logo.
    "Decompose": [Rect(1.0, 2.0, 15.0, 6.5, TEAL, 1.2),
                  Rect(1.0, 9.0, 6.5, 14.0, AMBER, 1.0),
                  Rect(7.5, 9.0, 10.5, 14.0, SKY, 1.0),
                  Rect(11.5, 9.0, 15.0, 14.0, AMBER, 1.0)],
    # Bars of a plan under a two-headed arrow: the total moves between them.
    "Redistribute": [Rect(1.5, 8.0, 5.0, 15.0, TEAL, 0.8),
                     Rect(6.25, 10.5, 9.75, 15.0, TEAL, 0.8),
                     Rect(11.0, 6.5, 14.5, 15.0, TEAL, 0.8),
                     Rect(3.5, 2.6, 12.5, 4.2, INK),
                     Triangle((0.6, 3.4), (4.2, 0.6), (4.2, 6.2), INK),
                     Triangle((15.4, 3.4), (11.8, 0.6), (11.8, 6.2), INK)],
    "Hold": padlock(False),
    "Release": padlock(True),
    # A sheet with an arrow leaving it.
    "FreezeForExcel": [Rect(1.0, 1.0, 12.0, 12.5, INK, 0.8),
                       Rect(2.0, 2.0, 11.0, 11.5, WHITE),
                       Rect(2.0, 4.6, 11.0, 5.4, INK), Rect(2.0, 7.8, 11.0, 8.6, INK),
                       Rect(5.3, 2.0, 6.1, 11.5, INK), Rect(2.0, 2.0, 11.0, 4.6, SKY),
                       Rect(7.0, 11.2, 12.0, 13.6, GREEN),
                       Triangle((11.0, 8.6), (15.6, 12.4), (11.0, 16.2), GREEN)],
    # A question mark in a disc.
    "Why": [Ring(8, 8, 7.5, 0, BLUE),
            Ring(8, 5.9, 3.1, 1.5, WHITE, -60, 170),
            Triangle((7.2, 10.6), (7.6, 7.6), (10.3, 8.0), WHITE),
            Rect(7.2, 8.4, 8.8, 10.6, WHITE, 0.3),
            Ring(8, 12.4, 1.05, 0, WHITE)],
}


def render(shapes, size: int) -> bytes:
    scale = 16.0 / size
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            total = [0, 0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = (px + (sx + 0.5) / SAMPLES) * scale
                    y = (py + (sy + 0.5) / SAMPLES) * scale
                    colour = None
                    for shape in shapes:
                        if shape.covers(x, y):
                            colour = shape.colour
                    if colour:
                        for c in range(3):
                            total[c] += colour[c]
                        total[3] += 1
            alpha = total[3]
            pixel = [round(total[c] / alpha) if alpha else 0 for c in range(3)]
            row += bytes(pixel + [round(255 * alpha / SAMPLES ** 2)])
        rows.append(bytes(row))
    return b"".join(rows)


def main() -> None:
    folder = pathlib.Path(__file__).resolve().parent / "icons"
    folder.mkdir(exist_ok=True)
    for name, shapes in ICONS.items():
        for size in SIZES:
            path = folder / f"{name}_{size}.png"
            path.write_bytes(png(render(shapes, size), size))
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
