#!/usr/bin/env python3
"""Generate the sample banner images under Content/images/.

Uses only the standard library (zlib + struct), so the output is the same on every
machine. Each banner is 1200x630 (the Open Graph size): a vertical colour gradient,
a sun, and a band of hills or sea waves. Run from anywhere:

    python3 Scripts/make_sample_images.py
"""
import math
import struct
import zlib
from pathlib import Path

WIDTH, HEIGHT = 1200, 630
OUT = Path(__file__).resolve().parent.parent / "Content" / "images"


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))


def banner(sky_top, sky_bottom, sun, layers):
    """Return rows of RGB bytes; `layers` are (colour, baseline, amplitude, period, phase)."""
    sun_x, sun_y, sun_r = 900, 250, 110
    rows = []
    for y in range(HEIGHT):
        sky = mix(sky_top, sky_bottom, y / (HEIGHT - 1))
        row = bytearray()
        for x in range(WIDTH):
            colour = sky
            if (x - sun_x) ** 2 + (y - sun_y) ** 2 <= sun_r ** 2:
                colour = sun
            for fill, base, amp, period, phase in layers:
                edge = base + amp * math.sin(2 * math.pi * x / period + phase)
                if y >= edge:
                    colour = fill
            row += bytes(colour)
        rows.append(bytes(row))
    return rows


def png(rows):
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    raw = bytearray()
    for row in rows:
        # Filter type 1 (Sub): flat runs become zeros and compress to almost nothing.
        raw.append(1)
        prev = bytes(3)
        for i in range(0, len(row), 3):
            px = row[i:i + 3]
            raw += bytes((c - p) & 0xFF for c, p in zip(px, prev))
            prev = px
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


IMAGES = {
    # Sea and sunrise for the Rakortek SPBE release (blue).
    "rakortek-spbe-2025.png": banner(
        (12, 52, 110), (88, 160, 210), (255, 196, 70),
        [((30, 98, 160), 430, 18, 300, 0.0),
         ((20, 74, 130), 490, 14, 220, 1.3),
         ((10, 50, 98), 550, 10, 170, 2.1)]),
    # Green hills for the Lombok Utara digital literacy release.
    "literasi-digital-lombok-utara.png": banner(
        (120, 190, 220), (230, 240, 200), (250, 210, 90),
        [((96, 160, 90), 400, 60, 900, 0.6),
         ((60, 130, 70), 470, 45, 620, 2.4),
         ((34, 96, 52), 540, 25, 400, 4.0)]),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, rows in IMAGES.items():
        data = png(rows)
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
