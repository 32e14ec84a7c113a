#!/usr/bin/env python3
"""Generate the sample evidence files (bukti tayang) the sample ledger names.

Every `evidence/<partner>/<file>` value in Content/placements/*.csv gets a small real file of the
type its extension names: a PNG or JPEG "screenshot" (a page mock-up: header bar, picture, text
lines, laid out from the placement id) or a one-page PDF that names the placement. Only the standard
library is used (zlib for PNG, a tiny baseline JPEG encoder), so the output is the same on every
machine. Run from anywhere:

    python3 Scripts/make_sample_evidence.py [--root PROJECT]

`--root` writes the files of another project, such as the test fixture Tests/Fixtures/portal.
"""
import argparse
import csv
import hashlib
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 96, 64  # multiples of 8 (JPEG blocks)


def seed(text):
    return hashlib.sha256(text.encode()).digest()


def page(placement, partner):
    """Rows of grey levels 0..255: a mock-up of the page the placement appeared on."""
    h = seed(placement)
    colour = seed(partner)[0] % 160 + 40
    rows = [[248] * WIDTH for _ in range(HEIGHT)]
    for y in range(0, 8):
        for x in range(WIDTH):
            rows[y][x] = colour  # the partner's header bar
    picture_w = 24 + h[0] % 24
    for y in range(16, 40):
        for x in range(8, 8 + picture_w):
            rows[y][x] = 120 + h[1] % 80
    for line in range(6):
        y = 16 + line * 8
        length = 16 + h[2 + line] % (WIDTH - picture_w - 24)
        for x in range(16 + picture_w, min(WIDTH - 8, 16 + picture_w + length)):
            rows[y][x] = 60
            rows[y + 1][x] = 60
    return rows


def png(rows):
    raw = b"".join(b"\x00" + bytes(row) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def huffman_codes(counts, symbols):
    codes, code, index = {}, 0, 0
    for length, count in enumerate(counts, start=1):
        for _ in range(count):
            codes[symbols[index]] = (code, length)
            code += 1
            index += 1
        code <<= 1
    return codes


def jpeg(rows):
    """A baseline greyscale JPEG holding each 8x8 block's mean (DC only), quantiser 1."""
    dc_counts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]  # the standard luminance DC table
    dc_symbols = list(range(12))
    ac_counts = [1] + [0] * 15  # one code: end of block
    ac_symbols = [0x00]
    dc = huffman_codes(dc_counts, dc_symbols)
    eob = huffman_codes(ac_counts, ac_symbols)[0x00]
    bits = []

    def put(value, length):
        bits.extend((value >> (length - 1 - i)) & 1 for i in range(length))

    previous = 0
    for by in range(0, HEIGHT, 8):
        for bx in range(0, WIDTH, 8):
            mean = sum(rows[y][x] for y in range(by, by + 8) for x in range(bx, bx + 8)) / 64
            value = round((mean - 128) * 8)
            diff, previous = value - previous, value
            size = abs(diff).bit_length()
            put(*dc[size])
            if size:
                put(diff if diff > 0 else diff + (1 << size) - 1, size)
            put(*eob)
    bits.extend([1] * (-len(bits) % 8))
    data = bytearray()
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i : i + 8])), 2)
        data.append(byte)
        if byte == 0xFF:
            data.append(0x00)

    def segment(marker, payload):
        return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload

    out = b"\xff\xd8"
    out += segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += segment(0xDB, b"\x00" + bytes([1] * 64))
    out += segment(0xC0, struct.pack(">BHHB", 8, HEIGHT, WIDTH, 1) + b"\x01\x11\x00")
    out += segment(0xC4, b"\x00" + bytes(dc_counts) + bytes(dc_symbols))
    out += segment(0xC4, b"\x10" + bytes(ac_counts) + bytes(ac_symbols))
    out += segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    return out + bytes(data) + b"\xff\xd9"


def pdf(placement, partner, published, url):
    lines = [f"Bukti tayang {placement}", f"Mitra: {partner}", f"Tayang: {published}"]
    if url:
        lines.append(url[:90])
    text = "BT /F1 11 Tf 40 120 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 160] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("latin-1") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the project folder (default: the repository)")
    content = parser.parse_args().root / "Content"
    written = 0
    for ledger in sorted((content / "placements").glob("[0-9][0-9][0-9][0-9].csv")):
        with ledger.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                evidence = row["evidence"]
                if not evidence.startswith("evidence/"):
                    continue
                target = content / evidence
                target.parent.mkdir(parents=True, exist_ok=True)
                kind = target.suffix.lower()
                if kind == ".png":
                    data = png(page(row["id"], row["partner"]))
                elif kind in (".jpg", ".jpeg"):
                    data = jpeg(page(row["id"], row["partner"]))
                elif kind == ".pdf":
                    data = pdf(row["id"], row["partner"], row["published"], row["url"])
                else:
                    raise SystemExit(f"{ledger}: unsupported evidence type '{evidence}'")
                target.write_bytes(data)
                written += 1
    print(f"wrote {written} evidence files under {content / 'evidence'}")


if __name__ == "__main__":
    main()
