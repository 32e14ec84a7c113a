#!/usr/bin/env python3
"""Siar build benchmark: Siar against Hugo and the cmark floor on generated corpora.

    python3 Benchmarks/run.py [--sizes 1000,10000,50000] [--runs 3] [--siar PATH] [--incremental]

For every size N it (re)generates a corpus under Benchmarks/work/ (reused when the generator, seed and
size are unchanged), then runs, --runs times each and interleaved:

    siar build --root <corpus> --output <tmp> --as-of 2026-11-30 [--timings]
    hugo --quiet -s <hugo site> -d <tmp>                     (when hugo is installed)
    cmark <all release bodies, front matter stripped>        (when cmark is installed; the Markdown floor)

and measures wall time, CPU time (user+sys of the child, from wait4), peak RSS (ru_maxrss of the child),
pages written (*.html in the output, redirect stubs left out) and pages/s. It prints a table of medians
per size, the ratios siar/hugo and siar/cmark, the wall-time ratio between sizes, Siar's stage split
(from `--timings`), and with --incremental the time of a rebuild with nothing changed and of one after a
one-sentence edit. Results are
also written to Benchmarks/work/results-<timestamp>.json. See Benchmarks/README.md.

Without --siar the script builds Siar first: `swift build -c release --product siar` (add
--scratch-path DIR to use another build folder). Python 3 standard library only; Linux (wait4).
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GENERATOR = os.path.join(HERE, "gen_corpus.py")
HUGO_THEME = os.path.join(HERE, "hugo-theme")
INCREMENTAL_SENTENCE = "Kalimat tambahan ini ditulis oleh tolok ukur untuk mengukur pembangunan ulang bertahap."


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------------------
# Measuring one process

def measure(cmd, cwd=None):
    """Runs cmd to completion; wall time, the child's own CPU time and peak RSS (from wait4), its output."""
    out_path = os.path.join(WORK_TMP, "stdout.txt")
    err_path = os.path.join(WORK_TMP, "stderr.txt")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
    with open(out_path, encoding="utf-8", errors="replace") as f:
        stdout = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    return {
        "wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime, "cpu": usage.ru_utime + usage.ru_stime,
        "rss_mb": usage.ru_maxrss / 1024.0,  # Linux reports KiB
        "rc": proc.returncode, "stdout": stdout, "stderr": stderr,
    }


def count_output(path):
    """(pages, bytes): *.html files that are not redirect stubs, and the size of every file."""
    if os.path.isfile(path):
        return (1 if path.endswith(".html") else 0), os.path.getsize(path)
    pages = 0
    size = 0
    for d, _, files in os.walk(path):
        for name in files:
            full = os.path.join(d, name)
            n = os.path.getsize(full)
            size += n
            if name.endswith(".html"):
                if n < 1024:  # Hugo writes <meta http-equiv="refresh"> stubs for /halaman/1/
                    with open(full, "rb") as f:
                        if b'http-equiv="refresh"' in f.read():
                            continue
                pages += 1
    return pages, size


def clean(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    elif os.path.exists(path):
        os.remove(path)


TIMING_RE = re.compile(r"([A-Za-z][\w\-]*(?: [A-Za-z][\w\-]*)*) ([\d.]+) (ms|s)\b")


def parse_timings(stdout, label="timings:"):
    """`  timings: load 1.35 s, markdown 788 ms, …` → {"load": 1.35, "markdown": 0.788, …}; None if absent.
    With label="cpu:" the line of CPU seconds per stage that newer builds print below it."""
    for line in stdout.splitlines():
        line = line.strip()
        if line.startswith(label):
            found = {}
            for stage, value, unit in TIMING_RE.findall(line[len(label):]):
                found[stage] = float(value) / (1000.0 if unit == "ms" else 1.0)
            return found
    return None


# ---------------------------------------------------------------------------------------------------------
# Corpora

def file_hash(*paths):
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as f:
            h.update(f.read())
    return h.hexdigest()[:16]


def split_front_matter(text):
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[4:end], text[end + 5:]
    return "", text


def concat_bodies(siar_root, out_path):
    """All release bodies, front matter stripped, drafts left out, in path order: one CommonMark file."""
    root = os.path.join(siar_root, "Content", "releases")
    paths = []
    for year in sorted(os.listdir(root)):
        d = os.path.join(root, year)
        if os.path.isdir(d):
            paths += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".md")]
    n = 0
    with open(out_path, "wb") as out:
        for p in paths:
            with open(p, encoding="utf-8") as f:
                fm, body = split_front_matter(f.read())
            if "\ndraft: true" in "\n" + fm:
                continue
            out.write((body.rstrip("\n") + "\n\n").encode("utf-8"))
            n += 1
    return n


def prepare_corpus(size, args):
    """The corpus folder for size, generated unless an identical one exists; its stamp (with stats)."""
    base = os.path.join(args.work, "corpus", "n{}-seed{}".format(size, args.seed))
    stamp_path = os.path.join(base, "stamp.json")
    want = {"releases": size, "seed": args.seed, "as_of": args.as_of, "generator": file_hash(GENERATOR)}
    stamp = None
    if os.path.exists(stamp_path) and not args.regenerate:
        with open(stamp_path) as f:
            stamp = json.load(f)
        if any(stamp.get(k) != v for k, v in want.items()):
            stamp = None
    siar_root = os.path.join(base, "siar")
    hugo_root = os.path.join(base, "hugo")
    bodies = os.path.join(base, "bodies.md")
    if stamp is None:
        log("generating corpus: {} releases, seed {} → {}".format(size, args.seed, base))
        clean(base)
        os.makedirs(base)
        t = time.perf_counter()
        gen = subprocess.run([sys.executable, GENERATOR, "--releases", str(size), "--seed", str(args.seed),
                              "--as-of", args.as_of, "--out", siar_root, "--hugo", hugo_root],
                             stderr=subprocess.PIPE, text=True)
        if gen.returncode != 0:
            sys.exit("gen_corpus.py failed:\n" + gen.stderr)
        stats = dict(kv.split("=", 1) for kv in re.findall(r"(\w+=[^\s(]+)", gen.stderr))
        n_bodies = concat_bodies(siar_root, bodies)
        stamp = dict(want, stats=gen.stderr.strip(), visible=int(stats.get("visible", 0)), bodies=n_bodies,
                     bodies_bytes=os.path.getsize(bodies), generated_in=round(time.perf_counter() - t, 1))
        with open(stamp_path, "w") as f:
            json.dump(stamp, f, indent=1)
        log("  " + stamp["stats"])
    # The themes follow the working tree: copy them on every run (cheap), so a template change is measured.
    for src, dst in ((os.path.join(REPO, "Templates"), os.path.join(siar_root, "Templates")),
                     (os.path.join(HUGO_THEME, "layouts"), os.path.join(hugo_root, "layouts")),
                     (os.path.join(HUGO_THEME, "static", "css"), os.path.join(hugo_root, "static", "css")),
                     (os.path.join(HUGO_THEME, "static", "js"), os.path.join(hugo_root, "static", "js"))):
        clean(dst)
        shutil.copytree(src, dst)
    return {"dir": base, "siar": siar_root, "hugo": hugo_root, "bodies": bodies, "stamp": stamp}


# ---------------------------------------------------------------------------------------------------------
# Tools

def build_siar(args):
    scratch = ["--scratch-path", args.scratch_path] if args.scratch_path else []
    cmd = ["swift", "build", "-c", "release", "--product", "siar"] + scratch
    log("building siar: " + " ".join(cmd))
    if subprocess.run(cmd, cwd=REPO).returncode != 0:
        sys.exit("swift build failed")
    out = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"] + scratch, cwd=REPO,
                         stdout=subprocess.PIPE, text=True)
    path = os.path.join(out.stdout.strip(), "siar")
    if not os.path.exists(path):
        sys.exit("no siar binary at " + path)
    return path


def version(cmd):
    try:
        out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=30)
        return out.stdout.strip().splitlines()[0] if out.stdout.strip() else "?"
    except (OSError, subprocess.TimeoutExpired):
        return None


def git_state():
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "Sources", "Templates", "Package.swift"],
                               cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except OSError:
        return None


class Runner:
    """Runs the tools. Every run writes into a folder of its own and nothing is deleted until the last size
    is measured: on ext4 without a journal (these VMs), creating an inode scans past every inode freed in
    the last minute (or six, while its block is dirty) — `recently_deleted()` in fs/ext4/ialloc.c — so a
    build right after deleting the previous output pays a cost that grows with that output (seconds of
    system time at 10,000 releases) and that no tool controls."""

    def __init__(self, args, siar, has_timings):
        self.args = args
        self.siar = siar
        self.has_timings = has_timings
        self.out = os.path.join(args.work, "out")
        self.serial = 0

    def fresh(self, name):
        """A path in the outputs folder that no run has used yet."""
        self.serial += 1
        return os.path.join(self.out, "{}-{}".format(name, self.serial))

    def siar_cmd(self, corpus, output):
        cmd = [self.siar, "build", "--root", corpus["siar"], "--output", output, "--as-of", self.args.as_of]
        return cmd + (["--timings"] if self.has_timings else [])

    @staticmethod
    def cold_siar_caches(corpus, output):
        """A full build must not profit from a build cache an earlier run left: Siar keeps it beside the
        output, in <parent>/.siar-cache/<output name>/ (older builds: <root>/.siar-cache/)."""
        parent, name = os.path.split(output.rstrip("/"))
        clean(os.path.join(parent, ".siar-cache", name))
        clean(os.path.join(corpus["siar"], ".siar-cache"))

    def run(self, tool, corpus):
        if tool == "siar":
            output = self.fresh("siar")
            self.cold_siar_caches(corpus, output)
            cmd = self.siar_cmd(corpus, output)
        elif tool == "hugo":
            output = self.fresh("hugo")
            cmd = ["hugo", "--quiet", "-s", corpus["hugo"], "-d", output]
        else:
            output = self.fresh("cmark") + ".html"
            cmd = ["sh", "-c", 'exec cmark "$1" > "$2"', "cmark", corpus["bodies"], output]
        m = measure(cmd)
        self.check(tool, cmd, m)
        m["pages"], m["bytes"] = count_output(output)
        m["pages_per_s"] = m["pages"] / m["wall"] if m["wall"] > 0 else 0.0
        if tool == "siar":
            m["timings"] = parse_timings(m["stdout"])
            m["cpu_timings"] = parse_timings(m["stdout"], "cpu:")
            m["summary"] = m["stdout"].strip().splitlines()[0] if m["stdout"].strip() else ""
        return m

    def incremental(self, corpus):
        """Full build, then one appended sentence in one release, rebuilt into the same output."""
        output = self.fresh("siar-incremental")
        self.cold_siar_caches(corpus, output)
        cmd = self.siar_cmd(corpus, output)
        full = measure(cmd)
        self.check("siar", cmd, full)
        noop = measure(cmd)  # nothing changed: what the build cache saves at best
        self.check("siar (unchanged rebuild)", cmd, noop)
        target = pick_release(corpus["siar"])
        with open(target, "rb") as f:
            original = f.read()
        st = os.stat(target)
        try:
            with open(target, "wb") as f:
                f.write(original.rstrip(b"\n") + b" " + INCREMENTAL_SENTENCE.encode() + b"\n")
            edit = measure(cmd)
            self.check("siar (incremental)", cmd, edit)
        finally:
            with open(target, "wb") as f:
                f.write(original)
            os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))
        page = os.path.join(output, "berita", release_slug(target), "index.html")
        found = os.path.exists(page) and INCREMENTAL_SENTENCE.encode() in open(page, "rb").read()
        edit["timings"] = parse_timings(edit["stdout"])
        edit["full_wall"] = full["wall"]
        edit["full_cpu"] = full["cpu"]
        edit["noop_wall"] = noop["wall"]
        edit["noop_cpu"] = noop["cpu"]
        edit["edited"] = os.path.relpath(target, corpus["siar"])
        edit["edit_visible_in_output"] = found
        edit["summary"] = edit["stdout"].strip().splitlines()[0] if edit["stdout"].strip() else ""
        return edit

    @staticmethod
    def check(tool, cmd, m):
        if m["rc"] != 0:
            log("{} failed with exit status {}: {}".format(tool, m["rc"], " ".join(cmd)))
            log((m["stdout"] + m["stderr"])[-4000:])
            sys.exit(1)


def pick_release(siar_root):
    """A fixed, published release in the middle of the corpus (the same one on every run)."""
    root = os.path.join(siar_root, "Content", "releases")
    years = sorted(y for y in os.listdir(root) if os.path.isdir(os.path.join(root, y)))
    year = years[len(years) // 2]
    files = sorted(os.listdir(os.path.join(root, year)))
    for name in files[len(files) // 2:] + files:
        path = os.path.join(root, year, name)
        with open(path, encoding="utf-8") as f:
            fm, _ = split_front_matter(f.read())
        if "\ndraft: true" not in "\n" + fm and "\nexpires:" not in "\n" + fm:
            return path
    return os.path.join(root, year, files[0])


def release_slug(path):
    with open(path, encoding="utf-8") as f:
        fm, _ = split_front_matter(f.read())
    m = re.search(r"^slug: *(\S+)", fm, re.M)
    return m.group(1) if m else os.path.basename(path)[11:-3]


# ---------------------------------------------------------------------------------------------------------
# Reporting

def median_of(runs, key):
    values = [r[key] for r in runs if r.get(key) is not None]
    return statistics.median(values) if values else None


def summarize(runs):
    s = {k: median_of(runs, k) for k in ("wall", "cpu", "user", "sys", "rss_mb", "pages", "pages_per_s", "bytes")}
    s["wall_min"] = min(r["wall"] for r in runs)
    s["wall_max"] = max(r["wall"] for r in runs)
    for key in ("timings", "cpu_timings"):
        stages = [r[key] for r in runs if r.get(key)]
        if stages:
            s[key] = {k: statistics.median(t.get(k, 0.0) for t in stages) for k in stages[0]}
    return s


def fmt(x, digits=2):
    return "—" if x is None else "{:.{}f}".format(x, digits)


def ratio(a, b):
    return a / b if a is not None and b else None


def print_size(size, corpus, summary, incremental):
    stamp = corpus["stamp"]
    print()
    print("N = {:,} releases ({} published; {} bodies, {:.1f} MB of Markdown for cmark)".format(
        size, stamp.get("visible", "?"), stamp.get("bodies", "?"), stamp.get("bodies_bytes", 0) / 1e6))
    header = "{:<6} {:>9} {:>9} {:>8} {:>9} {:>8} {:>9} {:>9}  {}".format(
        "tool", "wall s", "cpu s", "cpu/wall", "RSS MB", "pages", "pages/s", "out MB", "wall min…max")
    print(header)
    print("-" * len(header))
    for tool, s in summary.items():
        print("{:<6} {:>9} {:>9} {:>8} {:>9} {:>8} {:>9} {:>9}  {}…{}".format(
            tool, fmt(s["wall"]), fmt(s["cpu"]), fmt(ratio(s["cpu"], s["wall"])), fmt(s["rss_mb"], 1),
            int(s["pages"]), fmt(s["pages_per_s"], 0), fmt(s["bytes"] / 1e6, 1), fmt(s["wall_min"]),
            fmt(s["wall_max"])))
    siar = summary.get("siar")
    for other in ("hugo", "cmark"):
        if siar and other in summary:
            o = summary[other]
            print("siar/{:<5}  wall ×{}  cpu ×{}  RSS ×{}".format(
                other, fmt(ratio(siar["wall"], o["wall"])), fmt(ratio(siar["cpu"], o["cpu"])),
                fmt(ratio(siar["rss_mb"], o["rss_mb"]))))
    if siar and siar.get("timings"):
        total = sum(siar["timings"].values()) or 1.0
        print("siar stages, wall (median): " + ", ".join(
            "{} {:.2f} s ({:.0f}%)".format(k, v, 100 * v / total) for k, v in siar["timings"].items()))
        if siar.get("cpu_timings"):
            cpu_total = sum(siar["cpu_timings"].values()) or 1.0
            print("siar stages, cpu  (median): " + ", ".join(
                "{} {:.2f} s ({:.0f}%)".format(k, v, 100 * v / cpu_total) for k, v in siar["cpu_timings"].items()))
    if incremental:
        inc = incremental
        share = ratio(inc["wall"], inc["full_wall"])
        print("siar incremental: one sentence appended to {}".format(inc["edited"]))
        print("  rebuild into the same output: wall {} s = {:.0f}% of the full build before it ({} s); "
              "cpu {} s vs {} s; RSS {} MB; edit in output: {}".format(
                  fmt(inc["wall"]), 100 * share if share else float("nan"), fmt(inc["full_wall"]),
                  fmt(inc["cpu"]), fmt(inc.get("full_cpu")), fmt(inc["rss_mb"], 1),
                  "yes" if inc["edit_visible_in_output"] else "NO"))
        print("  unchanged rebuild: wall {} s = {:.0f}% of the full build; cpu {} s".format(
            fmt(inc["noop_wall"]), 100 * ratio(inc["noop_wall"], inc["full_wall"]), fmt(inc["noop_cpu"])))
        if inc.get("timings"):
            print("  incremental stages (median): " + ", ".join(
                "{} {:.2f} s".format(k, v) for k, v in inc["timings"].items()))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--sizes", default="1000,10000,50000", help="releases per corpus, comma-separated")
    ap.add_argument("--runs", type=int, default=3, help="measured runs per tool and size (medians reported)")
    ap.add_argument("--siar", metavar="PATH", help="use this siar binary instead of building one")
    ap.add_argument("--scratch-path", metavar="DIR", help="swift build --scratch-path when building siar")
    ap.add_argument("--tools", default="siar,hugo,cmark", help="which of siar,hugo,cmark to run")
    ap.add_argument("--incremental", action="store_true",
                    help="also time a siar rebuild after appending one sentence to one release")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--as-of", default="2026-11-30")
    ap.add_argument("--warmup", type=int, default=0, help="unmeasured runs per tool before measuring")
    ap.add_argument("--regenerate", action="store_true", help="regenerate corpora even when up to date")
    ap.add_argument("--work", default=os.path.join(HERE, "work"), help="corpora, outputs, results")
    ap.add_argument("--keep-outputs", action="store_true",
                    help="leave every run's output in WORK/out (otherwise removed after the last size)")
    args = ap.parse_args(argv)
    sizes = [int(s.replace("_", "").replace("k", "000")) for s in args.sizes.split(",") if s.strip()]
    if args.runs < 1:
        ap.error("--runs must be at least 1")
    args.work = os.path.abspath(args.work)
    global WORK_TMP
    WORK_TMP = os.path.join(args.work, "tmp")
    os.makedirs(WORK_TMP, exist_ok=True)

    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    for t in list(tools):
        if t in ("hugo", "cmark") and shutil.which(t) is None:
            log("{} is not installed: skipped".format(t))
            tools.remove(t)
    siar = os.path.abspath(args.siar) if args.siar else (build_siar(args) if "siar" in tools or args.incremental
                                                         else None)
    has_timings = False
    if siar:
        help_text = subprocess.run([siar, "build", "--help"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   text=True).stdout
        has_timings = "--timings" in help_text
    env = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "host": platform.node(), "machine": platform.machine(), "kernel": platform.release(),
        "cpus": os.cpu_count(), "loadavg_at_start": os.getloadavg(),
        "python": platform.python_version(), "git": git_state(), "siar": siar,
        "hugo": version(["hugo", "version"]) if "hugo" in tools else None,
        "cmark": version(["cmark", "--version"]) if "cmark" in tools else None,
        "runs": args.runs, "warmup": args.warmup, "as_of": args.as_of, "seed": args.seed,
    }
    if siar:
        env["siar_built"] = dt.datetime.fromtimestamp(os.path.getmtime(siar), dt.timezone.utc).isoformat(
            timespec="seconds")
    print("Siar benchmark · {} · {} CPUs · load {:.1f} · repo {} · siar {} (binary of {})".format(
        env["date"], env["cpus"], env["loadavg_at_start"][0], env["git"], siar, env.get("siar_built")))
    if env["hugo"]:
        print(env["hugo"])
    if env["cmark"]:
        print(env["cmark"])

    runner = Runner(args, siar, has_timings)
    # Outputs of an earlier invocation are moved aside, not deleted, and go with this one's at the end.
    if os.path.exists(runner.out):
        os.rename(runner.out, "{}-old-{}".format(runner.out, os.getpid()))
    os.makedirs(runner.out)
    results = {"env": env, "sizes": {}}
    # Every corpus first: regenerating one deletes files, which must not happen between measured runs.
    corpora = {size: prepare_corpus(size, args) for size in sizes}
    # Outputs stay until the end (see Runner): about 40 KB per release and run for Siar, as much for Hugo.
    need = sum(size * 40_000 * (len(tools) * args.runs + (args.runs if args.incremental else 0)) for size in sizes)
    free = shutil.disk_usage(args.work).free
    if free < need:
        log("warning: about {:.1f} GB of outputs will be kept until the end, {:.1f} GB are free".format(
            need / 1e9, free / 1e9))
    for size in sizes:
        corpus = corpora[size]
        runs = {t: [] for t in tools}
        for _ in range(args.warmup):
            for t in tools:
                log("  warm-up {} at {}".format(t, size))
                runner.run(t, corpus)
        for i in range(args.runs):
            for t in tools:  # interleaved, so a noisy minute hurts every tool alike
                m = runner.run(t, corpus)
                runs[t].append(m)
                log("  {:>6} N={} run {}/{}: wall {:.2f} s, cpu {:.2f} s, RSS {:.0f} MB, {} pages".format(
                    t, size, i + 1, args.runs, m["wall"], m["cpu"], m["rss_mb"], m["pages"]))
        summary = {t: summarize(runs[t]) for t in tools if runs[t]}
        incremental = None
        if args.incremental and siar:
            edits = []
            for i in range(args.runs):
                e = runner.incremental(corpus)
                edits.append(e)
                log("  siar incremental N={} run {}/{}: full {:.2f} s, unchanged {:.2f} s, after edit {:.2f} s".format(
                    size, i + 1, args.runs, e["full_wall"], e["noop_wall"], e["wall"]))
            incremental = summarize(edits)
            incremental.update(full_wall=statistics.median(e["full_wall"] for e in edits),
                               full_cpu=statistics.median(e["full_cpu"] for e in edits),
                               noop_wall=statistics.median(e["noop_wall"] for e in edits),
                               noop_cpu=statistics.median(e["noop_cpu"] for e in edits),
                               edited=edits[0]["edited"],
                               edit_visible_in_output=all(e["edit_visible_in_output"] for e in edits))
        print_size(size, corpus, summary, incremental)
        strip = ("stdout", "stderr")
        results["sizes"][str(size)] = {
            "corpus": corpus["stamp"], "summary": summary, "incremental": incremental,
            "runs": {t: [{k: v for k, v in r.items() if k not in strip} for r in rs] for t, rs in runs.items()},
            "siar_report": runs["siar"][0].get("stdout", "") if runs.get("siar") else None,
        }
        sys.stdout.flush()

    done = [s for s in sizes if "siar" in results["sizes"][str(s)]["summary"]]
    if len(done) > 1:
        print()
        scaling = {}
        for a, b in [(a, b) for i, a in enumerate(done) for b in done[i + 1:]]:
            for t in tools:
                sa = results["sizes"][str(a)]["summary"].get(t, {})
                sb = results["sizes"][str(b)]["summary"].get(t, {})
                if sa.get("wall") and sb.get("wall"):
                    scaling["{}/{} {}".format(b, a, t)] = {"wall": sb["wall"] / sa["wall"],
                                                           "cpu": sb["cpu"] / sa["cpu"] if sa.get("cpu") else None}
                    print("{:>6}/{:<6} {:<6} wall ×{:.2f}  cpu ×{}  (size ×{:g}: linear would be the same)".format(
                        b, a, t, sb["wall"] / sa["wall"], fmt(scaling["{}/{} {}".format(b, a, t)]["cpu"]), b / a))
        results["scaling"] = scaling
    if args.keep_outputs:
        log("outputs kept in {}".format(runner.out))
    else:
        log("removing the outputs")
        for name in os.listdir(args.work):
            if name == "out" or name.startswith("out-old-"):
                clean(os.path.join(args.work, name))
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = os.path.join(args.work, "results-{}.json".format(stamp))
    with open(path, "w") as f:
        json.dump(results, f, indent=1, default=str)
    print()
    print("results: " + os.path.relpath(path, os.getcwd()))
    return 0


WORK_TMP = None

if __name__ == "__main__":
    sys.exit(main())
