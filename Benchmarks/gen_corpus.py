#!/usr/bin/env python3
"""Generate a synthetic Siar project (and an equivalent Hugo site) for benchmarks.

Usage:
    python3 Benchmarks/gen_corpus.py --releases N --out DIR [--hugo DIR] [--seed S]
                                     [--templates DIR] [--as-of YYYY-MM-DD]

DIR becomes a complete Siar project in the content schema version 1 (docs/CONTENT.md):

    DIR/Content/site.yml                       the 10 kabupaten/kota of NTB + ntb, page_size 20
    DIR/Content/releases/<yyyy>/<yyyy-mm-dd>-<slug>.md
    DIR/Content/images/foto-NN.png             small PNGs used by front-matter and body images
    DIR/Content/partners/<id>.yml              max(3, N/500) media partners, one contract a year
    DIR/Content/placements/<yyyy>.csv          ~N/5 ledger rows, RFC 4180, CRLF
    DIR/Templates/                             a copy of the repository's theme

so `siar build --root DIR --as-of 2026-11-30` works on it without content errors. With --hugo, HDIR
becomes a Hugo site with the same releases (content/berita/<slug>.md), a hugo.toml and the layouts of
Benchmarks/hugo-theme/ (see Benchmarks/README.md for how it is kept comparable).

Releases: dated 2019-01-01 … the as-of day (office hours, WITA), a handful embargoed in the month after
the as-of day, ~1.5% drafts, ~0.5% with an `expires` date. Body length is log-normal, median ~600 words,
long tail to 2,500. Bodies use every construct the sample content uses: ## and ### headings, bullet and
numbered lists, block quotes, **bold**, *italic*, `code`, links (external and relative links to other
release files, `../<yyyy>/<file>.md`) and images.

Deterministic: the same --releases/--seed/--as-of give byte-identical files. Everything is drawn from
random.Random(seed) in a fixed order; nothing depends on the clock, the locale, hash randomisation or the
order of directory listings. Python 3 standard library only.
"""

import argparse
import bisect
import datetime as dt
import json
import math
import os
import random
import re
import shutil
import struct
import sys
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

# ---------------------------------------------------------------------------------------------------------
# Vocabulary

REGIONS = [
    # (id, name, weight, dateline towns)
    ("kota-mataram", "Kota Mataram", 14, ["Mataram"]),
    ("lombok-barat", "Kabupaten Lombok Barat", 9, ["Gerung", "Lembar", "Narmada"]),
    ("lombok-tengah", "Kabupaten Lombok Tengah", 10, ["Praya", "Kuta Mandalika"]),
    ("lombok-timur", "Kabupaten Lombok Timur", 11, ["Selong", "Labuhan Haji"]),
    ("lombok-utara", "Kabupaten Lombok Utara", 5, ["Tanjung", "Pemenang"]),
    ("sumbawa-barat", "Kabupaten Sumbawa Barat", 4, ["Taliwang"]),
    ("sumbawa", "Kabupaten Sumbawa", 7, ["Sumbawa Besar", "Alas"]),
    ("dompu", "Kabupaten Dompu", 5, ["Dompu"]),
    ("bima", "Kabupaten Bima", 6, ["Woha", "Bolo"]),
    ("kota-bima", "Kota Bima", 5, ["Bima"]),
]
PROVINCE = ("ntb", "Provinsi NTB")

CATEGORIES = [  # (name, weight)
    ("SPBE", 20), ("Keterbukaan Informasi", 16), ("Statistik Sektoral", 13), ("Literasi Digital", 13),
    ("Keamanan Informasi", 10), ("Kemitraan Media", 9), ("Pelayanan Publik", 11), ("Infrastruktur TIK", 8),
]

TAGS = [  # in popularity order; the k-th tag is drawn with weight 1/k (Zipf)
    "SPBE", "Satu Data", "PPID", "Literasi Digital", "CSIRT", "SP4N Lapor", "Srikandi", "EPSS", "Rakor",
    "Bimtek", "Hoaks", "Media Sosial", "Statistik", "Keterbukaan Informasi", "Desa Digital", "Internet Desa",
    "Smart City", "Keamanan Siber", "Kerja Sama Media", "Humas", "Pelayanan Publik", "Aplikasi Umum",
    "Pusat Data", "Jaringan Intra", "Tanda Tangan Elektronik", "Portal Data", "Indeks Kemerdekaan Pers",
    "Komisi Informasi", "Pelajar", "UMKM Digital", "Pariwisata", "Mandalika", "Stunting", "Bencana",
    "Gempa", "Pilkada", "Pemilu", "Anggaran", "Inflasi", "Sensus", "Survei", "Command Center", "Radio",
    "Televisi", "Siaran Pers", "Podcast", "Videotron", "Ruang Publik", "Wi-Fi Publik", "BTS", "Sinyal",
    "Kabupaten Layak Anak", "Perempuan", "Disabilitas", "Pemuda", "Sekolah", "Pesantren", "Kampus",
    "Gili", "Rinjani",
]

AUTHORS = [  # (name, weight): most releases come from the office team
    ("Tim Kominfotik NTB", 30), ("Baiq Nurul Hidayati", 6), ("Lalu Satriawan", 6), ("I Gusti Ayu Ratna", 5),
    ("Muhammad Fadli", 5), ("Siti Rahmawati", 5), ("Dewi Kartika Sari", 4), ("Ahmad Junaidi", 4),
    ("Ni Made Sukarini", 3), ("Hasanuddin", 3), ("Rina Apriyanti", 3), ("Zainal Abidin", 2),
]

OFFICIALS = [  # (name, role)
    ("Dr. Najamuddin Amy, S.Sos., M.M.", "Kepala Dinas Kominfotik NTB"),
    ("Yasrul, S.T., M.Eng.", "Kepala Bidang Aplikasi Informatika"),
    ("Drs. H. L. Sastrawiria, M.M.", "Kepala Bidang Statistik"),
    ("Syafrudin, S.H., M.H.", "Kepala Bidang Persandian dan Keamanan Informasi"),
    ("Baiq Nelly Yuniarti, S.Sos.", "Kepala Bidang Informasi dan Komunikasi Publik"),
    ("H. Ahmad Masyhuri, S.Kom.", "Sekretaris Dinas Kominfotik NTB"),
    ("Lalu Moh. Faozal, S.Sos.", "Asisten Pemerintahan Setda NTB"),
    ("Dr. Ir. Iswandi, M.Si.", "Kepala Bappeda NTB"),
    ("Hj. Eva Dewiyani, S.E.", "Kepala Biro Organisasi Setda NTB"),
    ("Ir. Fathurrahman, M.T.", "Kepala Dinas Kominfo kabupaten"),
]

TITLE_VERBS = [
    "Gelar", "Dorong", "Perkuat", "Luncurkan", "Evaluasi", "Dampingi", "Tingkatkan", "Bahas", "Percepat",
    "Sosialisasikan", "Resmikan", "Tinjau", "Targetkan", "Siapkan", "Latih", "Ajak",
]
TITLE_OBJECTS = [
    "Bimtek Srikandi", "Penilaian Mandiri SPBE", "Forum Satu Data", "Literasi Digital Pelajar",
    "Pembinaan PPID", "Simulasi Insiden Siber", "Pemindaian Kerentanan Situs", "Layanan SP4N Lapor",
    "Kerja Sama Publikasi Media", "Penguatan Command Center", "Internet Desa", "Portal Data Terbuka",
    "Sertifikat Elektronik ASN", "Gerakan Anti Hoaks", "Uji Konsekuensi Informasi", "Survei Kepuasan Layanan",
    "Jaringan Intra Pemerintah", "Wi-Fi Publik di Ruang Terbuka", "Aplikasi Umum Kepegawaian",
    "Pelatihan Humas OPD", "Evaluasi EPSS", "Pemutakhiran Data Sektoral", "Klinik Statistik",
    "Penyusunan Arsitektur SPBE", "Tim Tanggap Insiden Siber", "Diseminasi Informasi Pembangunan",
]
TITLE_SUBJECTS = [
    "Diskominfotik NTB", "Pemprov NTB", "Kominfotik NTB", "Dinas Kominfo", "PPID Utama NTB", "NTBProv-CSIRT",
    "Bidang Statistik", "Tim SPBE NTB",
]

SUBJECTS = [
    "Diskominfotik NTB", "pemerintah provinsi", "tim teknis", "para peserta", "kepala bidang",
    "PPID pelaksana", "organisasi perangkat daerah", "pemerintah kabupaten/kota", "tim gabungan",
    "pengelola data", "para admin aplikasi", "jajaran pimpinan", "narasumber dari kementerian",
    "komunitas relawan TIK", "kalangan media", "perwakilan desa", "operator layanan", "pihaknya",
]
VERBS = [
    "menegaskan", "menyampaikan", "mendorong", "memastikan", "meningkatkan", "memperkuat", "menyiapkan",
    "mengevaluasi", "mempercepat", "mengoptimalkan", "mendampingi", "membahas", "menindaklanjuti",
    "memfasilitasi", "menyosialisasikan", "mengintegrasikan", "memantau", "memperluas", "menyusun",
    "mengapresiasi", "menargetkan", "melaksanakan",
]
OBJECTS = [
    "penerapan sistem pemerintahan berbasis elektronik", "kualitas layanan informasi publik",
    "integrasi aplikasi layanan", "keamanan situs pemerintah daerah", "pemanfaatan data sektoral",
    "kesiapan tim tanggap insiden", "keterbukaan informasi badan publik", "literasi digital masyarakat",
    "kerja sama publikasi dengan media", "pengelolaan pengaduan masyarakat", "akses internet di desa",
    "penyusunan daftar informasi publik", "kualitas data statistik", "interoperabilitas data antarinstansi",
    "pemanfaatan tanda tangan elektronik", "pengelolaan arsip digital", "kapasitas pengelola media sosial",
    "penanganan konten hoaks", "pemeringkatan indeks SPBE", "kinerja PPID pembantu",
]
ADVERBIALS = [
    "pada tahun {year}", "di {town}", "di Kantor Diskominfotik NTB", "secara daring dan luring",
    "bersama pemerintah kabupaten/kota", "dalam waktu dekat", "sesuai arahan pimpinan daerah",
    "hingga akhir tahun anggaran", "melalui kolaborasi lintas sektor", "di Aula Bappeda NTB",
    "dengan anggaran Rp{amount}", "hingga {pct} persen", "di Graha Bhakti Praja", "pekan ini",
    "selama {n} hari", "di {n} kecamatan",
]
CONNECTIVES = [
    "Selain itu,", "Menurutnya,", "Di sisi lain,", "Lebih lanjut,", "Oleh karena itu,", "Sementara itu,",
    "Dalam kesempatan tersebut,", "Tidak hanya itu,", "Dengan demikian,", "Meski demikian,", "Adapun",
]
FILLER = (
    "yang dan untuk dengan dalam kepada terhadap sebagai agar serta maupun bahwa karena sehingga juga telah "
    "akan sudah masih terus lebih sangat cukup secara bersama seluruh setiap berbagai sejumlah program "
    "kegiatan layanan warga daerah desa kecamatan wilayah provinsi kabupaten pelaksanaan peningkatan "
    "pengembangan pemberdayaan penguatan kebijakan anggaran sasaran capaian target kinerja data informasi "
    "koordinasi sinergi kolaborasi partisipasi kesadaran komitmen dukungan manfaat dampak hasil proses "
    "tahapan rencana strategi upaya langkah nyata positif optimal signifikan strategis penting utama khusus "
    "umum lokal nasional regional berkelanjutan terpadu aplikasi jaringan sistem digital publik pengguna"
).split()
FOREIGN = [  # Indonesian style italicises foreign terms
    "stakeholder", "roadmap", "dashboard", "follow up", "best practice", "one data", "cyber security",
    "helpdesk", "e-government", "smart village", "website", "hacker", "backup", "update",
]
CODE_SPANS = [
    "security.txt", ".go.id", "/.well-known/security.txt", "ntbprov.go.id", "HTTPS", "TLS 1.3",
    "data.ntbprov.go.id", "ppid.ntbprov.go.id", "robots.txt", "CSV", "SHA-256",
]
EXTERNAL_LINKS = [
    ("portal PPID NTB", "https://ppid.ntbprov.go.id/"),
    ("portal Satu Data NTB", "https://data.ntbprov.go.id/"),
    ("kanal SP4N-LAPOR!", "https://www.lapor.go.id/"),
    ("laman resmi Pemprov NTB", "https://ntbprov.go.id/"),
    ("laman BSSN", "https://www.bssn.go.id/"),
    ("situs Komisi Informasi Pusat", "https://komisiinformasi.go.id/"),
]
CLOSINGS = [
    "Informasi lebih lanjut dapat diperoleh melalui Humas Diskominfotik NTB.",
    "Kegiatan ditutup dengan sesi tanya jawab dan foto bersama.",
    "Diskominfotik NTB akan terus memantau pelaksanaan program tersebut hingga akhir tahun.",
    "Seluruh materi kegiatan dapat diunduh melalui portal PPID NTB.",
]

PARTNER_WORDS_A = [
    "Suara", "Kabar", "Warta", "Radar", "Lombok", "Sumbawa", "Bima", "Rinjani", "Tambora", "Samawa",
    "Sasak", "Mbojo", "Gili", "Selaparang", "Mandalika", "Nusa", "Gema", "Citra", "Swara", "Lintas",
]
PARTNER_WORDS_B = [
    "NTB", "Post", "Ekspres", "Today", "News", "Pos", "Insider", "Terkini", "Kini", "Media", "Online", "FM",
    "TV", "Info", "Pers", "Berita", "Times", "Update",
]
MEDIA_TYPES = [("online", 10), ("print-daily", 3), ("print-weekly", 1), ("radio", 3), ("tv", 2), ("social", 1)]
LEGAL_FORMS = [("PT", 8), ("Yayasan", 1), ("Koperasi", 1)]
PRESS_COUNCIL = [("factual", 6), ("administrative", 3), ("none", 1)]
# media type → [(service, unit, unit price in rupiah, linked to a release?, quantity choices)]
SERVICES = {
    "online": [("advertorial", "item", 2_500_000, True, [1]), ("news", "item", 750_000, True, [1]),
               ("banner", "day", 150_000, False, [7, 14, 30]), ("social-post", "item", 300_000, True, [1])],
    "print-daily": [("advertorial", "item", 3_000_000, True, [1]), ("news", "item", 1_000_000, True, [1]),
                    ("photo-gallery", "item", 1_500_000, True, [1]),
                    ("subscription", "copy", 5_000, False, [10, 20, 30])],
    "print-weekly": [("advertorial", "item", 2_000_000, True, [1]), ("news", "item", 600_000, True, [1]),
                     ("subscription", "copy", 7_500, False, [10, 25])],
    "radio": [("spot", "spot", 150_000, False, [4, 6, 10]), ("talkshow", "episode", 3_000_000, True, [1]),
              ("news", "item", 400_000, True, [1])],
    "tv": [("spot", "spot", 1_500_000, False, [1, 2, 3]), ("talkshow", "episode", 10_000_000, True, [1]),
           ("running-text", "day", 500_000, False, [7, 14])],
    "social": [("social-post", "item", 500_000, True, [1]), ("photo-gallery", "item", 750_000, True, [1])],
}
REVIEWERS = ["Baiq Nurul Hidayati", "Lalu Satriawan", "Siti Rahmawati", "admin-kemitraan"]
REJECT_NOTES = [
    "tautan tidak dapat dibuka", "bukti tayang tidak sesuai, judul berbeda dari siaran pers",
    "tayang tanpa label \"advertorial\"", "tangkapan layar terpotong; mohon kirim ulang",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
N_IMAGES = 12
FIRST_YEAR = 2019
WITA = dt.timezone(dt.timedelta(hours=8))


# ---------------------------------------------------------------------------------------------------------
# Helpers

def slugify(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(text) > 70:
        text = text[:71].rsplit("-", 1)[0]
    return text


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def rupiah(n):
    return "{:,}".format(n).replace(",", ".")


def write_text(path, text, newline="\n"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline=newline) as f:
        f.write(text)


def png(width, height, rgb_top, rgb_bottom):
    """A small vertical-gradient PNG, standard library only."""
    rows = []
    for y in range(height):
        t = y / max(1, height - 1)
        px = bytes(int(a + (b - a) * t) for a, b in zip(rgb_top, rgb_bottom))
        rows.append(b"\x00" + px * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------------------
# Text

class Text:
    def __init__(self, rng):
        self.rng = rng
        self.tag_cum = []
        total = 0.0
        for k in range(len(TAGS)):
            total += 1.0 / (k + 1)
            self.tag_cum.append(total)

    def sentence(self, r, emphasis=0.0):
        g = self.rng
        parts = []
        if g.random() < 0.3:
            parts.append(g.choice(CONNECTIVES))
        parts += [g.choice(SUBJECTS), g.choice(VERBS), g.choice(OBJECTS)]
        for _ in range(g.randrange(0, 3)):
            parts.append(g.choice(ADVERBIALS).format(
                year=r["year"], town=r["town"], n=g.randrange(2, 40),
                amount=rupiah(g.choice([15, 40, 125, 350, 900]) * 1_000_000 + g.randrange(0, 1000) * 1000),
                pct="{},{}".format(g.randrange(3, 99), g.randrange(0, 10))))
        words = [g.choice(FILLER) for _ in range(g.randrange(3, 12))]
        if emphasis and g.random() < emphasis:
            i = g.randrange(len(words))
            x = g.random()
            if x < 0.55:
                words[i] = "*{}*".format(g.choice(FOREIGN))
            elif x < 0.9:
                words[i] = "**{}**".format(words[i])
            else:
                words[i] = "_{}_".format(words[i])
        parts += words
        s = " ".join(parts)
        return s[0].upper() + s[1:] + "."

    def paragraph(self, r, n):
        return " ".join(self.sentence(r, emphasis=0.2) for _ in range(n))

    def tags(self):
        g = self.rng
        n = g.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
        chosen = []
        while len(chosen) < n:
            t = g.choices(TAGS, cum_weights=self.tag_cum)[0]
            if t not in chosen:
                chosen.append(t)
        return chosen


def body_words(rng):
    """Log-normal body length: median ~600 words, p90 ~1.1k, capped at 2,500."""
    return max(120, min(2500, int(round(math.exp(rng.gauss(math.log(560), 0.5))))))


def make_body(g, tx, r, link_targets):
    """The Markdown body of release r; link_targets are earlier visible releases (for relative links)."""
    want = r["words"]
    blocks = []
    lead = "{} (Diskominfotik NTB) – {}".format(r["dateline"].upper(), tx.paragraph(r, g.randrange(2, 4)))
    blocks.append(lead)
    count = len(lead.split())
    since_heading = count
    in_section = False
    lists = 0
    quotes = 0
    while count < want:
        x = g.random()
        if since_heading > g.randrange(160, 320):
            if in_section and g.random() < 0.3:
                heading = "### " + g.choice(TITLE_OBJECTS)
            else:
                heading = "## {} {}".format(g.choice(TITLE_VERBS), g.choice(TITLE_OBJECTS))
                in_section = True
            blocks.append(heading)
            since_heading = 0
            continue
        if x < 0.08 and lists < 3:
            block = "\n".join("- " + tx.sentence(r)[:-1] for _ in range(g.randrange(3, 7)))
            lists += 1
        elif x < 0.13 and lists < 3:
            items = []
            for i in range(g.randrange(3, 6)):
                items.append("{}. **{}.** {}".format(i + 1, g.choice(TITLE_OBJECTS), tx.sentence(r)))
            block = "\n".join(items)
            lists += 1
        elif x < 0.19 and quotes < 3:
            name, role = g.choice(OFFICIALS)
            if g.random() < 0.5:
                block = '> "{}," ujar {}, {}.'.format(tx.sentence(r)[:-1], name, role)
            else:
                block = '> "{} {}"\n>\n> — {}, {}'.format(tx.sentence(r), tx.sentence(r), name, role)
            quotes += 1
        else:
            block = tx.paragraph(r, g.randrange(2, 6))
            if g.random() < 0.2:
                name, role = g.choice(OFFICIALS)
                block += ' "{}," kata {}.'.format(tx.sentence(r)[:-1], name.split(",")[0])
        blocks.append(block)
        w = len(block.split())
        count += w
        since_heading += w
    blocks.append(g.choice(CLOSINGS))

    paragraphs = [i for i, b in enumerate(blocks) if i > 0 and b[:1] not in "#->" and not b[:1].isdigit()]

    def para():
        return g.choice(paragraphs) if paragraphs else len(blocks) - 1

    if link_targets and g.random() < 0.45:
        for _ in range(g.choice([1, 1, 2])):
            # recent releases are linked more often than old ones
            k = len(link_targets) - 1 - min(len(link_targets) - 1, int(g.expovariate(1 / 40)))
            t = link_targets[k]
            blocks[para()] += " Hal ini merupakan tindak lanjut dari [{}](../{}/{}).".format(
                t["title_short"], t["year"], t["file"])
    if g.random() < 0.35:
        text, url = g.choice(EXTERNAL_LINKS)
        blocks[para()] += " Informasi selengkapnya tersedia di [{}]({}).".format(text, url)
    if g.random() < 0.12:
        blocks[para()] += " Berkas `{}` menjadi salah satu acuan teknis dalam kegiatan tersebut.".format(
            g.choice(CODE_SPANS))
    if g.random() < 0.15:
        n = g.randrange(1, N_IMAGES + 1)
        caption = "{} di {}".format(g.choice(TITLE_OBJECTS), r["dateline"])
        blocks.insert(min(len(blocks), 2 + g.randrange(0, 3)),
                      '![{}](/images/foto-{:02d}.png "{}")'.format(caption, n, caption))
    return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------------------------------------------------
# Releases

def make_releases(g, tx, n, as_of):
    start = dt.datetime(FIRST_YEAR, 1, 1, tzinfo=WITA)
    end = dt.datetime(as_of.year, as_of.month, as_of.day, 23, 59, tzinfo=WITA)
    span = int((end - start).total_seconds() // 60)
    n_embargoed = max(1, n // 500)
    stamps = sorted(start + dt.timedelta(minutes=g.randrange(span)) for _ in range(n - n_embargoed))
    after = end + dt.timedelta(minutes=1)
    stamps += sorted(after + dt.timedelta(minutes=g.randrange(1, 30 * 24 * 60)) for _ in range(n_embargoed))
    releases = []
    stems = set()
    slugs = set()
    for k, t in enumerate(stamps):
        t = t.replace(hour=7 + t.hour % 12, second=0)  # office hours, WITA
        region_id, region_name, _, towns = weighted(g, [(reg, reg[2]) for reg in REGIONS])
        subject = g.choice(TITLE_SUBJECTS)
        verb = g.choice(TITLE_VERBS)
        obj = g.choice(TITLE_OBJECTS)
        place = region_name.replace("Kabupaten ", "")
        style = g.random()
        if style < 0.55:
            title = "{} {} {} di {}".format(subject, verb, obj, place)
        elif style < 0.8:
            title = "{} {} untuk OPD se-{} {}".format(verb, obj, place, t.year)
        else:
            title = "{}: {} Capai {} Persen pada {} {}".format(
                obj, "Realisasi" if g.random() < 0.5 else "Capaian", g.randrange(40, 100),
                MONTHS_ID[t.month - 1], t.year)
        stem = slugify(title)
        base, i = stem, 2
        while stem in slugs or stem in stems:
            stem, i = "{}-{}".format(base, i), i + 1
        slug = None
        if g.random() < 0.1:  # an explicit, shorter slug
            cand = "-".join(stem.split("-")[:4]) + "-{}".format(t.strftime("%y%m%d"))
            base, i = cand, 2
            while cand in slugs or cand in stems:
                cand, i = "{}-{}".format(base, i), i + 1
            slug = cand
        stems.add(stem)
        slugs.add(slug or stem)
        regions = [region_id] + (["ntb"] if g.random() < 0.25 else [])
        if g.random() < 0.08:
            other = g.choice(REGIONS)[0]
            if other not in regions:
                regions.insert(1, other)
        r = {
            "k": k,
            "title": title,
            "title_short": title if len(title) < 60 else title[:title.rfind(" ", 0, 60)],
            "date": t,
            "plain_date": g.random() < 0.05,
            "year": t.year,
            "day": t.date(),
            "file": "{}-{}.md".format(t.strftime("%Y-%m-%d"), stem),
            "slug": slug or stem,
            "explicit_slug": slug,
            "author": weighted(g, AUTHORS),
            "number": ("{:03d}/SP/DISKOMINFOTIK/{}/{}".format(g.randrange(1, 500), ROMAN[t.month - 1], t.year)
                       if g.random() < 0.5 else None),
            "dateline": g.choice(towns),
            "town": g.choice(towns),
            "category": weighted(g, CATEGORIES),
            "tags": tx.tags(),
            "regions": regions,
            "summary": tx.sentence({"year": t.year, "town": g.choice(towns)}) if g.random() < 0.6 else None,
            "image": g.randrange(1, N_IMAGES + 1) if g.random() < 0.2 else None,
            "contact": "Humas Diskominfotik NTB, humas@diskominfotik.ntbprov.go.id" if g.random() < 0.7 else None,
            "draft": g.random() < 0.015,
            "expires": None,
            "embargoed": t > end,
            "words": body_words(g),
        }
        if g.random() < 0.005:
            r["expires"] = t.date() + dt.timedelta(days=g.randrange(30, 400))
        r["visible"] = (not r["draft"] and not r["embargoed"]
                        and (r["expires"] is None or r["expires"] >= as_of))
        releases.append(r)
    return releases


def release_text(r, body):
    fm = ["---", "title: " + q(r["title"])]
    fm.append("date: " + (r["day"].isoformat() if r["plain_date"] else r["date"].isoformat()))
    fm.append("author: " + q(r["author"]))
    if r["explicit_slug"]:
        fm.append("slug: " + r["explicit_slug"])
    if r["number"]:
        fm.append("number: " + q(r["number"]))
    fm.append("dateline: " + r["dateline"])
    fm.append("category: " + q(r["category"]))
    fm.append("tags: [" + ", ".join(q(t) for t in r["tags"]) + "]")
    fm.append("regions: [" + ", ".join(r["regions"]) + "]")
    if r["summary"]:
        fm.append("summary: " + q(r["summary"]))
    if r["image"]:
        fm.append("image: images/foto-{:02d}.png".format(r["image"]))
        fm.append("image_alt: " + q("Dokumentasi kegiatan di {}".format(r["dateline"])))
    if r["contact"]:
        fm.append("contact: " + q(r["contact"]))
    if r["draft"]:
        fm.append("draft: true")
    if r["expires"]:
        fm.append("expires: " + r["expires"].isoformat())
    fm += ["---", ""]
    return "\n".join(fm) + body


# ---------------------------------------------------------------------------------------------------------
# Partners, contracts, ledger

def make_partners(g, n_partners, last_year):
    partners = []
    ids = set()
    numbers = 0
    for i in range(n_partners):
        while True:
            name = "{} {}".format(g.choice(PARTNER_WORDS_A), g.choice(PARTNER_WORDS_B))
            if i >= 200:
                name += " {}".format(i // 200 + 1)
            pid = slugify(name)
            if pid not in ids:
                break
        ids.add(pid)
        media = weighted(g, MEDIA_TYPES)
        legal = weighted(g, LEGAL_FORMS)
        company = {"PT": "PT {} Media Nusantara", "Yayasan": "Yayasan Pers {}",
                   "Koperasi": "Koperasi Media {}"}[legal].format(name)
        first = min(last_year, FIRST_YEAR + int(g.expovariate(1 / 2.0)))
        stop = last_year if g.random() < 0.75 else g.randrange(first, last_year + 1)
        contracts = []
        for year in range(first, stop + 1):
            if year > first and g.random() < 0.1:
                continue  # a year without a contract
            numbers += 1
            start = dt.date(year, 1, 2) + dt.timedelta(days=g.randrange(0, 50))
            signed = start - dt.timedelta(days=g.randrange(2, 20))
            end = dt.date(year, 12, 31) if g.random() < 0.8 else dt.date(year, 12, 15)
            services = list(SERVICES[media])
            if len(services) > 2 and g.random() < 0.4:
                services.pop(g.randrange(1, len(services)))
            contracts.append({
                "number": "{:03d}/{:03d}/PKS/DISKOMINFOTIK/{}/{}".format(
                    numbers % 1000, i + 1, ROMAN[start.month - 1], year),
                "signed": signed, "start": start, "end": end, "services": services,
                "weight": g.uniform(0.5, 1.5), "lines": [],
            })
        partners.append({
            "id": pid, "name": name, "company": company, "legal_form": legal, "media_type": media,
            "press_council": weighted(g, PRESS_COUNCIL),
            "website": "https://www.{}.example".format(pid.replace("-", "")),
            "contracts": contracts,
        })
    return partners


def make_ledger(g, partners, releases, n_rows, as_of):
    visible = [r for r in releases if r["visible"]]
    days = [r["day"] for r in visible]  # sorted: releases are in date order
    contracts = [(p, c) for p in partners for c in p["contracts"] if c["start"] <= as_of]
    total_weight = sum(c["weight"] for _, c in contracts)
    rows = []
    seq = 0
    for p, c in contracts:
        share = max(2, int(round(n_rows * c["weight"] / total_weight)))
        last = min(c["end"], as_of)
        lo = bisect.bisect_left(days, c["start"])
        hi = bisect.bisect_right(days, last)
        per_service = [0] * len(c["services"])
        for _ in range(share):
            per_service[g.randrange(len(per_service))] += 1
        volumes = [0] * len(c["services"])
        for s_index, (service, unit, price, linked, quantities) in enumerate(c["services"]):
            for _ in range(per_service[s_index]):
                seq += 1
                rel = None
                if linked and hi > lo:
                    rel = visible[g.randrange(lo, hi)]
                    lag = g.choice([0, 0, 0, 1, 1, 1, 2, 2, 3, 5])
                    published = min(last, rel["day"] + dt.timedelta(days=lag))
                    if g.random() < 0.01 and rel["day"] - dt.timedelta(days=1) >= c["start"]:
                        published = rel["day"] - dt.timedelta(days=1)  # BEFORE_RELEASE
                else:
                    published = c["start"] + dt.timedelta(days=g.randrange(0, (last - c["start"]).days + 1))
                explicit = g.random() < 0.3
                if g.random() < 0.015 and published.replace(month=12, day=31) < as_of:
                    published = c["end"] + dt.timedelta(days=g.randrange(1, 20))  # OUT_OF_PERIOD
                    if published > as_of:
                        published = as_of
                    explicit = True
                quantity = g.choice(quantities)
                volumes[s_index] += quantity
                pid = "PL-{}-{:06d}".format(published.year, seq)
                if service in ("spot", "talkshow") and g.random() < 0.3:
                    url = ""
                elif rel is not None:
                    url = "{}/{}/{}/{}".format(p["website"], {"advertorial": "advertorial", "news": "berita"}.get(
                        service, service), published.year, rel["slug"])
                else:
                    url = "{}/{}/{}".format(p["website"], service, pid.lower())
                late = g.random() < 0.05
                submitted = published + dt.timedelta(days=g.randrange(4, 15) if late else g.randrange(0, 3))
                evidence = "" if g.random() < 0.03 else "https://arsip.diskominfotik.example/bukti/{}/{}.png".format(
                    p["id"], pid.lower())
                x = g.random()
                status = "verified" if x < 0.85 else ("submitted" if x < 0.95 else "rejected")
                row = {
                    "id": pid, "partner": p["id"], "contract": c["number"] if explicit else "",
                    "service": service, "release": rel["slug"] if rel else "", "published": published,
                    "quantity": "" if quantity == 1 and g.random() < 0.5 else str(quantity),
                    "url": url, "evidence": evidence, "submitted": submitted, "status": status,
                    "reviewed_by": "", "reviewed_at": "", "note": "",
                }
                if status != "submitted":
                    row["reviewed_by"] = g.choice(REVIEWERS)
                    row["reviewed_at"] = (submitted + dt.timedelta(days=g.randrange(0, 6))).isoformat()
                if status == "rejected":
                    row["note"] = g.choice(REJECT_NOTES)
                rows.append(row)
                if url and g.random() < 0.01:  # the same placement reported twice: DUPLICATE
                    seq += 1
                    dup = dict(row, id="PL-{}-{:06d}".format(published.year, seq), status="submitted",
                               reviewed_by="", reviewed_at="", note="",
                               submitted=submitted + dt.timedelta(days=1))
                    rows.append(dup)
        # targets: placements deliver ~60-110% of each line; the value covers every line
        for s_index, (service, unit, price, linked, quantities) in enumerate(c["services"]):
            volume = volumes[s_index] or quantities[0]
            target = max(1, int(round(volume / g.uniform(0.6, 1.1))))
            line = {"service": service, "unit": unit, "target": target, "unit_price": price}
            if g.random() < 0.2:
                line["evidence_days"] = g.choice([1, 3, 5, 7])
            c["lines"].append(line)
        total = sum(ln["target"] * ln["unit_price"] for ln in c["lines"])
        c["value"] = int(math.ceil(total * g.uniform(1.0, 1.15) / 100_000.0)) * 100_000
    # contracts that start after the as-of day still need lines
    for p in partners:
        for c in p["contracts"]:
            if not c["lines"]:
                for service, unit, price, linked, quantities in c["services"]:
                    c["lines"].append({"service": service, "unit": unit, "target": g.randrange(4, 40) * quantities[0],
                                       "unit_price": price})
                total = sum(ln["target"] * ln["unit_price"] for ln in c["lines"])
                c["value"] = int(math.ceil(total * 1.05 / 100_000.0)) * 100_000
    rows.sort(key=lambda row: (row["published"], row["id"]))
    return rows


def partner_text(p):
    lines = ["name: " + q(p["name"]), "company: " + q(p["company"]), "legal_form: " + p["legal_form"],
             "media_type: " + p["media_type"], "press_council: " + p["press_council"],
             "website: " + q(p["website"]), "contracts:"]
    for c in p["contracts"]:
        lines += ["  - number: " + q(c["number"]), "    signed: " + c["signed"].isoformat(),
                  "    start: " + c["start"].isoformat(), "    end: " + c["end"].isoformat(),
                  "    value: {}".format(c["value"]), "    lines:"]
        for ln in c["lines"]:
            lines += ["      - service: " + ln["service"], "        unit: " + ln["unit"],
                      "        target: {}".format(ln["target"]), "        unit_price: {}".format(ln["unit_price"])]
            if "evidence_days" in ln:
                lines.append("        evidence_days: {}".format(ln["evidence_days"]))
    return "\n".join(lines) + "\n"


LEDGER_COLUMNS = ["id", "partner", "contract", "service", "release", "published", "quantity", "url", "evidence",
                  "submitted", "status", "reviewed_by", "reviewed_at", "note"]


def csv_field(value):
    s = value.isoformat() if isinstance(value, dt.date) else str(value)
    if any(ch in s for ch in ',"\r\n'):
        s = '"' + s.replace('"', '""') + '"'
    return s


# ---------------------------------------------------------------------------------------------------------
# Writers

def site_yml(title_suffix=""):
    lines = [
        'title: "Siaran Pers Diskominfotik NTB{}"'.format(title_suffix),
        'base_url: "https://diskominfotik.ntbprov.go.id/"',
        "language: id",
        'timezone: "+08:00"',
        'description: "Korpus sintetis siaran pers untuk pengukuran kinerja Siar."',
        'office: "Dinas Komunikasi, Informatika dan Statistik Provinsi NTB"',
        "page_size: 20",
        "regions:",
    ]
    lines += ["  - {{ id: {}, name: {} }}".format(rid, q(name)) for rid, name, _, _ in REGIONS]
    lines += ["  - {{ id: {}, name: {} }}".format(PROVINCE[0], q(PROVINCE[1])),
              "compliance:", "  publish: true", "  pace_warning_points: 15"]
    return "\n".join(lines) + "\n"


def hugo_toml():
    return """\
baseURL = "https://diskominfotik.ntbprov.go.id/"
languageCode = "id"
defaultContentLanguage = "id"
title = "Siaran Pers Diskominfotik NTB"
timeZone = "Asia/Makassar"
paginate = 20
paginatePath = "halaman"
rssLimit = 20
disableAliases = true
enableRobotsTXT = true
disableKinds = []

[params]
office = "Dinas Komunikasi, Informatika dan Statistik Provinsi NTB"
description = "Korpus sintetis siaran pers untuk pengukuran kinerja Siar."

[taxonomies]
category = "kategori"
tag = "tag"
wilayah = "wilayah"
penulis = "penulis"
arsip = "arsip"

[outputs]
home = ["HTML", "RSS", "JSON"]
section = ["HTML", "RSS"]
taxonomy = ["HTML"]
term = ["HTML", "RSS"]

[markup.goldmark.renderer]
unsafe = false
[markup.tableOfContents]
startLevel = 2
endLevel = 3
"""


def hugo_release_text(r, body, files_to_slug):
    # relative links between release files become the site paths Siar gives them
    body = re.sub(r"\]\((\.\./\d{4}/[^)]+\.md)\)", lambda m: relink_one(m, files_to_slug), body)
    fm = ["---", "title: " + q(r["title"]),
          "date: " + (r["day"].isoformat() if r["plain_date"] else r["date"].isoformat()),
          "kategori: [" + q(r["category"]) + "]",
          "tag: [" + ", ".join(q(t) for t in r["tags"]) + "]",
          "wilayah: [" + ", ".join(r["regions"]) + "]",
          "penulis: [" + q(r["author"]) + "]",
          "arsip: [" + q(r["date"].strftime("%Y-%m")) + "]"]
    if r["summary"]:
        fm.append("description: " + q(r["summary"]))
    for key, value in (("nomor", r["number"]), ("dateline", r["dateline"]), ("kontak", r["contact"])):
        if value:
            fm.append("{}: {}".format(key, q(value)))
    if r["image"]:
        fm.append("image: /images/foto-{:02d}.png".format(r["image"]))
        fm.append("image_alt: " + q("Dokumentasi kegiatan di {}".format(r["dateline"])))
    # what Siar leaves out as of the as-of day, Hugo leaves out as a draft (independent of the clock)
    fm.append("draft: " + ("true" if (r["draft"] or r["embargoed"] or not r["visible"]) else "false"))
    fm += ["---", ""]
    return "\n".join(fm) + body


def relink_one(m, files_to_slug):
    slug = files_to_slug.get(m.group(1).rsplit("/", 1)[-1])
    return "](/berita/{}/)".format(slug) if slug else m.group(0)


def copy_tree(src, dst):
    if os.path.isdir(dst):
        shutil.rmtree(dst)
    shutil.copytree(src, dst)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--releases", type=int, required=True, metavar="N")
    ap.add_argument("--out", required=True, metavar="DIR", help="the Siar project to write (replaced)")
    ap.add_argument("--hugo", metavar="DIR", help="also write the equivalent Hugo site there (replaced)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--as-of", default="2026-11-30", help="the build day the corpus is made for")
    ap.add_argument("--templates", default=os.path.join(REPO, "Templates"),
                    help="the theme copied into DIR/Templates (default: the repository's)")
    ap.add_argument("--hugo-theme", default=os.path.join(HERE, "hugo-theme"),
                    help="layouts and static files copied into the Hugo site")
    a = ap.parse_args(argv)
    if a.releases < 10:
        ap.error("--releases must be at least 10")
    as_of = dt.date.fromisoformat(a.as_of)
    if not os.path.isdir(a.templates):
        ap.error("no theme at {}".format(a.templates))

    g = random.Random(a.seed)
    tx = Text(g)
    releases = make_releases(g, tx, a.releases, as_of)
    bodies = []
    targets = []
    n_words = 0
    for r in releases:
        body = make_body(g, tx, r, targets)
        bodies.append(body)
        n_words += len(body.split())
        if r["visible"]:
            targets.append(r)
    n_partners = max(3, int(round(a.releases / 500)))
    partners = make_partners(g, n_partners, as_of.year)
    rows = make_ledger(g, partners, releases, max(10, a.releases // 5), as_of)

    out = a.out
    for sub in ("Content", "Templates"):
        if os.path.isdir(os.path.join(out, sub)):
            shutil.rmtree(os.path.join(out, sub))
    content = os.path.join(out, "Content")
    write_text(os.path.join(content, "site.yml"), site_yml())
    images = []
    for i in range(1, N_IMAGES + 1):
        c1 = (40 + i * 13 % 200, 90 + i * 29 % 150, 150 + i * 7 % 100)
        images.append(png(120, 63, c1, (245, 179 - i * 5, 1 + i * 9)))
        path = os.path.join(content, "images", "foto-{:02d}.png".format(i))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(images[-1])
    for r, body in zip(releases, bodies):
        write_text(os.path.join(content, "releases", str(r["year"]), r["file"]), release_text(r, body))
    for p in partners:
        write_text(os.path.join(content, "partners", p["id"] + ".yml"), partner_text(p))
    by_year = {}
    for row in rows:
        by_year.setdefault(row["published"].year, []).append(row)
    for year in sorted(by_year):
        lines = [",".join(LEDGER_COLUMNS)]
        lines += [",".join(csv_field(row[col]) for col in LEDGER_COLUMNS) for row in by_year[year]]
        write_text(os.path.join(content, "placements", "{}.csv".format(year)), "\r\n".join(lines) + "\r\n",
                   newline="")
    copy_tree(a.templates, os.path.join(out, "Templates"))

    if a.hugo:
        h = a.hugo
        for sub in ("content", "layouts", "static", "public", "resources"):
            if os.path.isdir(os.path.join(h, sub)):
                shutil.rmtree(os.path.join(h, sub))
        write_text(os.path.join(h, "hugo.toml"), hugo_toml())
        files_to_slug = {r["file"]: r["slug"] for r in releases}
        write_text(os.path.join(h, "content", "_index.md"), "---\ntitle: \"Beranda\"\n---\n")
        write_text(os.path.join(h, "content", "berita", "_index.md"), "---\ntitle: \"Berita\"\n_build:\n  render: never\n---\n")
        write_text(os.path.join(h, "content", "cari.md"),
                   "---\ntitle: \"Cari\"\nlayout: search\n---\n")
        for r, body in zip(releases, bodies):
            write_text(os.path.join(h, "content", "berita", r["slug"] + ".md"),
                       hugo_release_text(r, body, files_to_slug))
        for sub in ("layouts", "static"):
            src = os.path.join(a.hugo_theme, sub)
            if os.path.isdir(src):
                copy_tree(src, os.path.join(h, sub))
        for i, data in enumerate(images, 1):
            path = os.path.join(h, "static", "images", "foto-{:02d}.png".format(i))
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)

    words = sorted(len(b.split()) for b in bodies)
    print("releases={} visible={} drafts={} embargoed={} expired={} words(median={} p90={} max={} total={}) "
          "partners={} contracts={} placements={}".format(
              len(releases), sum(r["visible"] for r in releases), sum(r["draft"] for r in releases),
              sum(r["embargoed"] for r in releases),
              sum(1 for r in releases if r["expires"] and r["expires"] < as_of and not r["draft"]),
              words[len(words) // 2], words[int(len(words) * 0.9)], words[-1], n_words, len(partners),
              sum(len(p["contracts"]) for p in partners), len(rows)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
