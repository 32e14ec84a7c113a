#!/usr/bin/env python3
"""Writes Siar's sample media partners and placements ledger.

    python3 Scripts/generate_sample_ledger.py [--root DIR]

Output (overwritten on every run, so edit this script rather than the files):
  Content/partners/<id>.yml        nine fictional NTB media partners with their 2024 and 2025 contracts
  Content/placements/<yyyy>.csv    the placements ledger, one file per year of `published`

The partners and companies are invented. The ledger is random but deterministic (fixed seed) and is
built to load without errors (docs/CONTENT.md) while showing every compliance finding of docs/COMPLIANCE.md:
OUT_OF_PERIOD, PENDING, REJECTED, MISSING_EVIDENCE, LATE_EVIDENCE, DUPLICATE, BEFORE_RELEASE, OVER_TARGET
and NOT_VERIFIED_MEDIA, for any as-of date from 2025-12-31 on. UNKNOWN_RELEASE is left to the test
fixtures, since `siar check` warns about it and the sample must check clean.
Run Scripts/make_sample_evidence.py afterwards: it writes the evidence files the rows name.

Release slugs are read from Content/releases/**/*.md at run time (`slug:` or the file name without its
date prefix); drafts are never referenced. Re-run the script after adding releases.
"""

import argparse
import csv
import glob
import io
import os
import random
import re
from datetime import date, timedelta

SEED = 20240115
LEDGER_COLUMNS = [
    "id", "partner", "contract", "service", "release", "published", "quantity", "url", "evidence", "submitted",
    "status", "reviewed_by", "reviewed_at", "note", "review_note",
]
DEFAULT_EVIDENCE_DAYS = {
    "online": 2, "print-daily": 2, "social": 2, "print-weekly": 7, "tv": 7, "radio": 7, "print-monthly": 10,
}
REVIEWERS = ["Baiq Rina Apriani", "Lalu Ahmad Zaini", "Ni Made Sutari", "Muhammad Ikhsan"]
REJECTIONS = [
    "tidak ada label advertorial pada tayangan",
    "tautan tidak dapat dibuka saat diperiksa",
    "isi tidak sesuai naskah siaran pers",
    "tangkapan layar tidak memuat tanggal tayang",
    "durasi spot kurang dari 30 detik, sesuai log siar",
]


def d(text):
    return date.fromisoformat(text)


def line(service, unit, target, unit_price, plan, evidence_days=None):
    """A quota line; `plan` is the share of the target the partner will deliver in the ledger."""
    return dict(service=service, unit=unit, target=target, unit_price=unit_price, plan=plan,
                evidence_days=evidence_days)


def contract(number, signed, start, end, value, lines):
    return dict(number=number, signed=d(signed), start=d(start), end=d(end), value=value, lines=lines)


PARTNERS = [
    dict(id="kabar-rinjani", name="Kabar Rinjani", company="PT Kabar Rinjani Media Nusantara", legal_form="PT",
         media_type="online", press_council="factual", website="https://www.kabarrinjani.co.id", contracts=[
             contract("027/045/PKS/DISKOMINFOTIK/2024", "2024-01-10", "2024-01-15", "2024-12-31", 55_000_000, [
                 line("news", "item", 48, 500_000, 0.96),
                 line("advertorial", "item", 6, 2_500_000, 1.34),
                 line("banner", "day", 90, 150_000, 1.1),
             ]),
             contract("027/012/PKS/DISKOMINFOTIK/2025", "2025-01-08", "2025-01-13", "2025-12-31", 72_000_000, [
                 line("news", "item", 60, 550_000, 0.88),
                 line("advertorial", "item", 8, 2_500_000, 0.9),
                 line("banner", "day", 120, 150_000, 0.95),
             ]),
         ]),
    dict(id="harian-gumi-sasak", name="Harian Gumi Sasak", company="PT Gumi Sasak Pers", legal_form="PT",
         media_type="print-daily", press_council="factual", website="https://gumisasak.id", contracts=[
             contract("027/046/PKS/DISKOMINFOTIK/2024", "2024-01-10", "2024-01-15", "2024-12-31", 56_000_000, [
                 line("advertorial", "mm-column", 1800, 20_000, 1.05),
                 line("news", "item", 24, 750_000, 0.92),
                 line("subscription", "copy", 350, 4_000, 1.0),
             ]),
             contract("027/013/PKS/DISKOMINFOTIK/2025", "2025-01-08", "2025-01-13", "2025-12-31", 61_000_000, [
                 line("advertorial", "mm-column", 2000, 20_000, 0.8),
                 line("news", "item", 24, 800_000, 1.0),
                 line("subscription", "copy", 350, 4_500, 1.0),
             ]),
         ]),
    dict(id="mingguan-bima-raya", name="Mingguan Bima Raya", company="PT Bima Raya Media", legal_form="PT",
         media_type="print-weekly", press_council="administrative", website=None, contracts=[
             contract("027/047/PKS/DISKOMINFOTIK/2024", "2024-01-12", "2024-02-01", "2024-12-31", 51_000_000, [
                 line("advertorial", "item", 12, 3_000_000, 1.0),
                 line("news", "item", 24, 600_000, 0.75),
             ]),
             contract("027/014/PKS/DISKOMINFOTIK/2025", "2025-01-20", "2025-02-03", "2025-12-31", 51_000_000, [
                 line("advertorial", "item", 12, 3_000_000, 0.84),
                 line("news", "item", 24, 600_000, 0.9),
             ]),
         ]),
    dict(id="samawa-tv", name="Samawa TV", company="PT Televisi Samawa Mandiri", legal_form="PT",
         media_type="tv", press_council="factual", website="https://www.samawatv.co.id", contracts=[
             contract("027/048/PKS/DISKOMINFOTIK/2024", "2024-02-20", "2024-03-01", "2024-11-30", 95_000_000, [
                 line("spot", "spot", 120, 350_000, 1.0),
                 line("talkshow", "episode", 6, 7_500_000, 1.0, evidence_days=3),
                 line("running-text", "day", 60, 100_000, 1.2),
             ]),
             contract("027/015/PKS/DISKOMINFOTIK/2025", "2025-02-17", "2025-03-01", "2025-11-30", 95_000_000, [
                 line("spot", "spot", 120, 350_000, 0.7),
                 line("talkshow", "episode", 6, 7_500_000, 0.84, evidence_days=3),
                 line("running-text", "day", 60, 100_000, 1.0),
             ]),
         ]),
    dict(id="radio-suara-tambora", name="Radio Suara Tambora FM", company="Koperasi Media Suara Tambora",
         legal_form="Koperasi", media_type="radio", press_council="administrative", website=None, contracts=[
             contract("027/049/PKS/DISKOMINFOTIK/2024", "2024-01-15", "2024-02-01", "2024-12-31", 43_000_000, [
                 line("spot", "spot", 300, 75_000, 1.0),
                 line("talkshow", "episode", 10, 2_000_000, 0.9),
             ]),
             contract("027/016/PKS/DISKOMINFOTIK/2025", "2025-01-15", "2025-02-01", "2025-12-31", 43_000_000, [
                 line("spot", "spot", 300, 75_000, 0.95),
                 line("talkshow", "episode", 10, 2_000_000, 1.0),
             ]),
         ]),
    dict(id="sumbawa-terkini", name="Sumbawa Terkini", company="Yayasan Sumbawa Terkini Mandiri",
         legal_form="Yayasan", media_type="online", press_council="none",
         website="https://sumbawaterkini.com", contracts=[
             contract("027/050/PKS/DISKOMINFOTIK/2024", "2024-02-05", "2024-02-12", "2024-12-31", 15_500_000, [
                 line("news", "item", 36, 300_000, 0.9),
                 line("photo-gallery", "item", 6, 750_000, 1.0),
             ]),
             contract("027/017/PKS/DISKOMINFOTIK/2025", "2025-02-03", "2025-02-10", "2025-12-31", 15_500_000, [
                 line("news", "item", 36, 300_000, 0.6),
                 line("photo-gallery", "item", 6, 750_000, 0.67),
             ]),
         ]),
    dict(id="lensa-dompu", name="Lensa Dompu", company="PT Lensa Dompu Digital", legal_form="PT",
         media_type="online", press_council="administrative", website="https://lensadompu.id", contracts=[
             contract("027/051/PKS/DISKOMINFOTIK/2024", "2024-01-22", "2024-02-01", "2024-12-31", 20_500_000, [
                 line("news", "item", 36, 400_000, 1.0),
                 line("banner", "day", 60, 100_000, 0.7),
             ]),
             contract("027/018/PKS/DISKOMINFOTIK/2025", "2025-01-20", "2025-02-01", "2025-12-31", 21_000_000, [
                 line("news", "item", 36, 400_000, 0.94),
                 line("banner", "day", 60, 100_000, 1.0),
             ]),
         ]),
    dict(id="majalah-gerbang-ntb", name="Majalah Gerbang NTB", company="Yayasan Gerbang Informasi NTB",
         legal_form="Yayasan", media_type="print-monthly", press_council="administrative", website=None, contracts=[
             contract("027/052/PKS/DISKOMINFOTIK/2024", "2024-01-25", "2024-02-01", "2024-12-31", 27_000_000, [
                 line("advertorial", "item", 6, 4_000_000, 1.0),
                 line("subscription", "copy", 110, 25_000, 1.0),
             ]),
             contract("027/019/PKS/DISKOMINFOTIK/2025", "2025-01-27", "2025-02-01", "2025-12-31", 27_000_000, [
                 line("advertorial", "item", 6, 4_000_000, 0.84),
                 line("subscription", "copy", 110, 25_000, 1.0),
             ]),
         ]),
    dict(id="info-lotara", name="Info Lotara", company="PT Lotara Kreatif Media", legal_form="PT",
         media_type="social", press_council="none", website="https://www.instagram.com/infolotara", contracts=[
             contract("027/020/PKS/DISKOMINFOTIK/2025", "2025-03-03", "2025-03-10", "2025-12-31", 10_000_000, [
                 line("social-post", "item", 48, 200_000, 0.85),
             ]),
         ]),
]

# Services whose rows can carry a press release, and how often a partner picks up a release.
RELEASE_SERVICES = {"news": 0.85, "advertorial": 0.5, "photo-gallery": 0.5, "social-post": 0.8, "talkshow": 0.4}


def read_releases(root):
    """(slug, day) of every non-draft release under Content/releases/, oldest first."""
    releases = []
    for path in sorted(glob.glob(os.path.join(root, "Content/releases/**/*.md"), recursive=True)):
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read().replace("\r\n", "\n")
        front = text.split("\n---", 1)[0] if text.startswith("---") else ""
        fields = dict(re.findall(r"^([a-z_]+):[ \t]*(.*?)[ \t]*$", front, flags=re.M))
        if fields.get("draft", "false").lower() in ("true", "yes", "on"):
            continue
        name = os.path.basename(path)[:-3]
        slug = fields.get("slug", "").strip("\"'") or re.sub(r"^\d{4}-\d{2}-\d{2}-", "", name)
        when = fields.get("date", "").strip("\"'")[:10] or name[:10]
        releases.append((slug, date.fromisoformat(when)))
    return sorted(releases, key=lambda r: (r[1], r[0]))


class Ledger:
    """Builds the rows of every partner, then numbers them by day published."""

    def __init__(self, releases):
        self.random = random.Random(SEED)
        self.releases = releases
        self.rows = []
        self.used = set()  # (partner, service, release) already carried
        self.articles = 0  # numbers the URLs of articles without a release

    def evidence_days(self, partner, spec):
        return spec["evidence_days"] if spec["evidence_days"] is not None else DEFAULT_EVIDENCE_DAYS[partner["media_type"]]

    def add(self, partner, contract, spec, published, quantity=1, release="", **extra):
        row = dict(partner=partner["id"], contract=contract["number"], service=spec["service"], release=release,
                   published=published, quantity=quantity, media=partner["media_type"],
                   evidence_days=self.evidence_days(partner, spec), explicit_contract=False, status="verified",
                   late=False, evidence=True, note="", url=None)
        row.update(extra)
        self.rows.append(row)
        return row

    def generate(self):
        for partner in PARTNERS:
            for contract in partner["contracts"]:
                for spec in contract["lines"]:
                    self.generate_line(partner, contract, spec)
        self.add_deliberate_cases()

    def quantities(self, spec, partner, contract):
        """Row quantities that add up to about plan × target."""
        goal = round(spec["target"] * spec["plan"])
        unit, chunks = spec["unit"], []
        while sum(chunks) < goal:
            if unit in ("item", "episode"):
                size = 1
            elif unit == "day":
                size = self.random.choice([7, 7, 14, 14, 30])
            elif unit == "spot":
                size = self.random.randint(8, 20) if partner["media_type"] == "tv" else self.random.randint(15, 30)
            elif unit == "mm-column":
                size = self.random.choice([135, 180, 270, 360])
            else:  # copies: one delivery a month
                size = 30 if partner["media_type"] == "print-daily" else 10
            chunks.append(size)
        if unit == "copy":
            chunks[-1] -= sum(chunks) - goal  # a subscription delivers exactly what is ordered
        return chunks

    def generate_line(self, partner, contract, spec):
        chunks = self.quantities(spec, partner, contract)
        span = (contract["end"] - contract["start"]).days
        candidates = [r for r in self.releases if contract["start"] <= r[1] <= contract["end"] - timedelta(days=6)]
        pick_rate = RELEASE_SERVICES.get(spec["service"], 0)
        picked = [r for r in candidates if self.random.random() < pick_rate][: len(chunks)]
        for index, quantity in enumerate(chunks):
            release = ""
            if index < len(picked):
                slug, released = picked[index]
                published = released + timedelta(days=self.random.choice([0, 0, 1, 1, 1, 2, 2, 3, 5]))
                release = slug
                self.used.add((partner["id"], spec["service"], slug))
            else:
                published = contract["start"] + timedelta(days=(index * span) // len(chunks) + self.random.randint(0, 5))
                published = min(published, contract["end"])
            status, note, late = "verified", "", False
            draw = self.random.random()
            if published >= date(2025, 11, 20) and draw < 0.6:
                status = "submitted"
            elif draw < 0.035:
                status, note = "rejected", self.random.choice(REJECTIONS)
            elif draw < 0.075:
                late = True
            self.add(partner, contract, spec, published, quantity, release, status=status, note=note, late=late)

    def partner(self, partner_id):
        return next(p for p in PARTNERS if p["id"] == partner_id)

    def spec(self, contract, service):
        return next(s for s in contract["lines"] if s["service"] == service)

    def add_deliberate_cases(self):
        """One clear example of each finding, on top of what the random rows already show."""
        kr, gs, tv = self.partner("kabar-rinjani"), self.partner("harian-gumi-sasak"), self.partner("samawa-tv")
        radio, dompu = self.partner("radio-suara-tambora"), self.partner("lensa-dompu")
        kr24, kr25 = kr["contracts"]
        # OUT_OF_PERIOD: after the end of Samawa TV's 2024 contract, and before the start of Kabar Rinjani's 2025 one.
        tv24 = tv["contracts"][0]
        self.add(tv, tv24, self.spec(tv24, "spot"), d("2024-12-06"), 12, explicit_contract=True)
        self.add(kr, kr25, self.spec(kr25, "news"), d("2025-01-08"), explicit_contract=True)
        # MISSING_EVIDENCE: verified from the live broadcast, recording never uploaded.
        radio25 = radio["contracts"][1]
        self.add(radio, radio25, self.spec(radio25, "talkshow"), d("2025-06-24"), evidence=False,
                 note="diverifikasi dari siaran langsung; rekaman belum diunggah")
        # LATE_EVIDENCE and REJECTED, whatever the random rows did.
        self.add(kr, kr24, self.spec(kr24, "news"), d("2024-08-14"), late=True)
        self.add(dompu, dompu["contracts"][0], self.spec(dompu["contracts"][0], "news"), d("2024-09-03"),
                 status="rejected", note="tautan mengarah ke berita lain, bukan siaran pers")
        # DUPLICATE: the same article entered twice, and the same release carried twice on one line.
        original = next(r for r in self.rows if r["partner"] == "kabar-rinjani" and r["service"] == "news"
                        and r["status"] == "verified" and not r["late"] and r["published"].year == 2024)
        self.add(kr, kr24, self.spec(kr24, "news"), original["published"] + timedelta(days=1),
                 release=original["release"], note="diinput ulang oleh mitra", url_of=original)
        carried = next(r for r in self.rows if r["partner"] == "lensa-dompu" and r["service"] == "news"
                       and r["release"] and r["status"] == "verified" and not r["late"]
                       and r["published"] <= d(f"{r['published'].year}-11-30"))
        dompu_contract = next(c for c in dompu["contracts"] if c["number"] == carried["contract"])
        self.add(dompu, dompu_contract, self.spec(dompu_contract, "news"), carried["published"] + timedelta(days=2),
                 release=carried["release"], note="versi ringkas dari berita yang sama")
        # A plain news placement where an unknown release slug used to be (kept so the other rows stay the same).
        self.add(gs, gs["contracts"][0], self.spec(gs["contracts"][0], "news"), d("2024-10-22"))
        # BEFORE_RELEASE: tagged with a release that came out the next day.
        gs25 = gs["contracts"][1]
        slug, released = next(r for r in self.releases if gs25["start"] < r[1] - timedelta(days=1) <= gs25["end"]
                              and ("harian-gumi-sasak", "news", r[0]) not in self.used)
        self.add(gs, gs25, self.spec(gs25, "news"), released - timedelta(days=1), release=slug)

    def finish(self):
        """Numbers rows by day published and fills in the written columns."""
        self.rows.sort(key=lambda r: (r["published"], r["partner"], r["service"], r["release"], r["quantity"]))
        counters = {}
        for row in self.rows:
            year = row["published"].year
            counters[year] = counters.get(year, 0) + 1
            row["id"] = f"P{year % 100:02d}-{counters[year]:04d}"
        for row in self.rows:
            self.fill(row)

    def fill(self, row):
        partner = self.partner(row["partner"])
        published = row["published"]
        if "url_of" in row:
            row["url"] = row.pop("url_of")["url"]
        elif row["url"] is None:
            row["url"] = self.url(partner, row)
        ext = {"online": "png", "social": "png", "tv": "pdf", "radio": "pdf"}.get(row["media"], "jpg")
        evidence = f"evidence/{row['partner']}/{row['id']}.{ext}" if row["evidence"] else ""
        if row["evidence"] and row["url"] and self.random.random() < 0.1:
            evidence = "https://web.archive.org/web/" + published.strftime("%Y%m%d") + "/" + row["url"]
        if row["late"]:
            submitted = published + timedelta(days=row["evidence_days"] + self.random.randint(1, 6))
        else:
            submitted = published + timedelta(days=self.random.randint(0, row["evidence_days"]))
        reviewed = submitted + timedelta(days=self.random.randint(1, 4))
        pending = row["status"] == "submitted"
        contract_column = row["contract"] if row["explicit_contract"] or self.random.random() < 0.7 else ""
        unit_is_one = row["service"] in ("news", "advertorial", "photo-gallery", "social-post", "talkshow")
        row["written"] = {
            "id": row["id"], "partner": row["partner"], "contract": contract_column, "service": row["service"],
            "release": row["release"], "published": published.isoformat(),
            "quantity": "" if unit_is_one and row["quantity"] == 1 else str(row["quantity"]),
            "url": row["url"] or "", "evidence": evidence,
            "submitted": submitted.isoformat() if row["evidence"] else "", "status": row["status"],
            "reviewed_by": "" if pending else self.random.choice(REVIEWERS),
            "reviewed_at": "" if pending else reviewed.isoformat(),
            # The reason of a rejection is the reviewer's; the submitter's note stays beside it.
            "note": "" if row["status"] == "rejected" else row["note"],
            "review_note": row["note"] if row["status"] == "rejected" else "",
        }

    def url(self, partner, row):
        published = row["published"]
        self.articles += 1
        topic = row["release"] or f"kegiatan-diskominfotik-ntb-{self.articles}"
        if partner["media_type"] == "online":
            section = "advertorial" if row["service"] == "advertorial" else "berita"
            if row["service"] == "banner":
                return None  # banners hang on the home page; the screenshot is the evidence
            if row["service"] == "photo-gallery":
                section = "galeri"
            return f"{partner['website']}/{section}/{published:%Y/%m/%d}/{topic}"
        if partner["media_type"] == "social":
            code = "".join(self.random.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789_") for _ in range(11))
            return f"https://www.instagram.com/p/{code}/"
        if partner["media_type"] == "tv" and row["service"] == "talkshow":
            code = "".join(self.random.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789-_") for _ in range(11))
            return f"https://www.youtube.com/watch?v={code}"
        return None


def partner_yaml(partner):
    def q(text):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    out = ["# Mitra fiktif untuk data contoh. Dibuat oleh Scripts/generate_sample_ledger.py; ubah skripnya, bukan berkas ini.",
           f"name: {q(partner['name'])}", f"company: {q(partner['company'])}", f"legal_form: {partner['legal_form']}",
           f"media_type: {partner['media_type']}", f"press_council: {partner['press_council']}"]
    if partner["website"]:
        out.append(f"website: {q(partner['website'])}")
    out.append("contracts:")
    for c in partner["contracts"]:
        out += [f"  - number: {q(c['number'])}", f"    signed: {c['signed']}", f"    start: {c['start']}",
                f"    end: {c['end']}", f"    value: {c['value']}", "    lines:"]
        for spec in c["lines"]:
            out += [f"      - service: {spec['service']}", f"        unit: {spec['unit']}",
                    f"        target: {spec['target']}", f"        unit_price: {spec['unit_price']}"]
            if spec["evidence_days"] is not None:
                out.append(f"        evidence_days: {spec['evidence_days']}")
    return "\n".join(out) + "\n"


def check_contracts():
    for partner in PARTNERS:
        for c in partner["contracts"]:
            total = sum(s["target"] * s["unit_price"] for s in c["lines"])
            assert total <= c["value"], f"{c['number']}: lines {total} exceed value {c['value']}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    root = parser.parse_args().root
    check_contracts()
    releases = read_releases(root)
    assert len(releases) >= 8, "the sample ledger needs the sample releases; add them first"
    ledger = Ledger(releases)
    ledger.generate()
    ledger.finish()

    os.makedirs(os.path.join(root, "Content/partners"), exist_ok=True)
    for partner in PARTNERS:
        with open(os.path.join(root, f"Content/partners/{partner['id']}.yml"), "w", encoding="utf-8") as handle:
            handle.write(partner_yaml(partner))
    folder = os.path.join(root, "Content/placements")
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if re.fullmatch(r"\d{4}\.csv", name):
            os.remove(os.path.join(folder, name))
    for year in sorted({row["published"].year for row in ledger.rows}):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=LEDGER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in ledger.rows:
            if row["published"].year == year:
                writer.writerow(row["written"])
        with open(os.path.join(folder, f"{year}.csv"), "w", encoding="utf-8", newline="") as handle:
            handle.write(buffer.getvalue())
        print(f"Content/placements/{year}.csv: {sum(r['published'].year == year for r in ledger.rows)} rows")
    print(f"Content/partners: {len(PARTNERS)} partners; {len(releases)} releases referenced by slug")


if __name__ == "__main__":
    main()
