#!/usr/bin/env python3
"""The benchmark suite: every figure of issue 8, against its target, in one table.

    .venv/bin/python -m benchmarks.run            # the whole suite (about 5 minutes on 2 cores)
    .venv/bin/python -m benchmarks.run --quick    # a smoke run: one run each, small corpus, no images
    .venv/bin/python -m benchmarks.run --json     # the figures as JSON on stdout
    .venv/bin/python -m benchmarks.run --skip dashboard --skip exports

Sections: extraction (in this process, one core), cli (a cold ``itinerary parse`` process), batch
(``itinerary parse DIR`` over the generated corpus), gazetteer (``bench_gazetteer``), exports
(``bench_exports``), scale (a 500-stop itinerary through the CLI renderers and the views), dashboard
(``bench_dashboard``: streamlit and a headless chromium). Every figure is the median of several runs;
the 1-minute load average when each section started is printed beside it, because the machine is
shared and the figures move with it. Progress goes to stderr. The exit status is 0 whether targets
hold or not (it is 1 only when a section fails to run): this is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import corpus as corpus_mod  # noqa: E402

SECTIONS = ("extraction", "spacy", "cli", "batch", "gazetteer", "exports", "scale", "dashboard")


@dataclass(frozen=True)
class Spec:
    """A figure the suite prints: its key, label, unit, and target (``>=`` or ``<=`` a bound)."""

    key: str
    label: str
    unit: str
    op: str | None = None
    bound: float | None = None
    source: str = ""  # which issue or which choice the target comes from

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    def target(self) -> str:
        return "" if self.op is None or self.bound is None else f"{'≥' if self.op == '>=' else '≤'} {fmt(self.bound, self.unit)}"

    def holds(self, value: float) -> bool | None:
        if self.op is None or self.bound is None:
            return None
        return value >= self.bound if self.op == ">=" else value <= self.bound


#: Every figure of the suite, in print order. Rows whose key is not here (one per export format) are
#: printed too, without a target.
FIGURES: tuple[Spec, ...] = (
    Spec("extraction.words_per_s", "extraction: words per second, one core", "words/s", ">=", 50_000, "issue 8"),
    Spec("extraction.articles_per_s", "extraction: articles per second, one core", "articles/s"),
    Spec("extraction.cpu_words_per_s", "extraction: words per CPU second (less the waits)", "words/s"),
    Spec("extraction.cpu_share", "CPU time / wall time while extracting", "%"),
    Spec("extraction.p50_ms", "latency p50, 1,000-word article", "ms"),
    Spec("extraction.p95_ms", "latency p95, 1,000-word article", "ms", "<=", 20, "issue 8"),
    Spec("extraction.cpu_p95_ms", "latency p95 in CPU time, 1,000-word article", "ms"),
    Spec("extraction.first_call_s", "first extract() in a process (gazetteer load)", "s"),
    Spec("extraction.trip_cities_found", "generated trips: cities found among the stops", "%"),
    Spec("spacy.speedup", "extractor / spaCy en_core_web_sm NER, same stories", "x", ">=", 4, "issue 13"),
    Spec("spacy.ner_words_per_s", "spaCy small-model NER (tok2vec + ner): words per second", "words/s"),
    Spec("spacy.full_words_per_s", "spaCy whole small pipeline: words per second", "words/s"),
    Spec("spacy.extractor_words_per_s", "extractor on the same stories: words per second", "words/s"),
    Spec("cli.python_start_s", "python -c pass (interpreter start)", "s"),
    Spec("cli.cold_parse_s", "cold `itinerary parse` of the sample", "s", "<=", 1.5, "issue 8"),
    Spec("cli.peak_rss_mb", "cold `itinerary parse`: peak resident memory", "MB", "<=", 300, "issue 8"),
    Spec("batch.words_per_s", "`itinerary parse DIR`: words per second", "words/s", ">=", 20_000, "issue 4"),
    Spec("batch.articles_per_s", "`itinerary parse DIR`: articles per second", "articles/s"),
    Spec("batch.peak_rss_mb", "`itinerary parse DIR`: peak resident memory", "MB", "<=", 300, "issue 8"),
    Spec("gazetteer.load_s", "gazetteer load (fresh process)", "s", "<=", 0.5, "issue 8"),
    Spec("gazetteer.rss_mb", "gazetteer: resident memory after load", "MB", "<=", 150, "issue 3"),
    Spec("gazetteer.exact_common_per_s", "exact lookups, common names", "/s", ">=", 100_000, "issue 8"),
    Spec("gazetteer.exact_random_per_s", "exact lookups, 20,000 random names", "/s"),
    Spec("gazetteer.exact_first_touch_per_s", "exact lookups, first touch", "/s"),
    Spec("gazetteer.resolve_per_s", "disambiguated lookups (resolve with context)", "/s"),
    Spec("exports.text_total_s", "all exports of 1,000 stops (images apart)", "s", "<=", 1.0, "issue 8"),
    Spec("exports.images_s", "png + svg + pdf of 1,000 stops (kaleido)", "s"),
    Spec("scale.cli_table_s", "500 stops: CLI table", "s", "<=", 0.2, "no stall (our bound)"),
    Spec("scale.cli_json_s", "500 stops: CLI json", "s", "<=", 0.2, "no stall (our bound)"),
    Spec("scale.build_map_s", "500 stops: build_map + HTML, new trip", "s", "<=", 1.0, "no stall (our bound)"),
    Spec("scale.build_timeline_s", "500 stops: build_timeline + JSON, new trip", "s", "<=", 1.0, "no stall (our bound)"),
    Spec("scale.dashboard_map_layers_s", "500 stops: dashboard map layers, rerun (Python)", "s"),
    Spec("scale.dashboard_timeline_s", "500 stops: dashboard timeline, rerun (Python)", "s"),
    Spec("dashboard.start_to_markers_s", "itinerary app start → markers visible (sample)", "s", "<=", 4.0, "issue 8"),
    Spec("dashboard.first_script_run_s", "first script run (waiting for the warm-up, imports, extraction)", "s"),
    Spec("dashboard.plain_start_to_markers_s", "streamlit run start → markers visible (sample)", "s", "<=", 4.0,
         "issue 8"),
    Spec("dashboard.plain_first_script_run_s", "streamlit run: first script run (imports, gazetteer, extraction)",
         "s"),
    Spec("dashboard.rerun_after_click_ms", "script rerun after a marker click (sample)", "ms", "<=", 200, "issue 8"),
    Spec("dashboard.click_to_card_ms", "click → stop card shown (sample)", "ms"),
    Spec("dashboard.first_load_mb", "page transferred on first load (HTTP + WebSocket)", "MB"),
    Spec("dashboard.click_kb", "transferred per click (sample; HTTP + WebSocket)", "kB"),
    Spec("dashboard.outside_requests", "requests to other hosts (aborted)", "", "<=", 0, "offline app"),
    Spec("dashboard.big_start_to_markers_s", "500 stops: process start → markers visible", "s", "<=", 4.0,
         "issue 8 (500 stops usable)"),
    Spec("dashboard.big_rerun_after_click_ms", "500 stops: script rerun after a click", "ms", "<=", 200,
         "issue 8 (500 stops usable)"),
    Spec("dashboard.big_click_to_card_ms", "500 stops: click → stop card shown", "ms"),
    Spec("dashboard.big_click_kb", "500 stops: transferred per click (HTTP + WebSocket)", "kB"),
)
SPECS = {s.key: s for s in FIGURES}


def fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit in ("words/s", "/s"):
        return f"{value:,.0f} {unit}"
    if unit == "articles/s":
        return f"{value:,.1f} {unit}"
    if unit == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit in ("MB", "kB"):
        return f"{value:,.1f} {unit}"
    if unit == "x":
        return f"{value:.1f} x"
    if unit == "%":
        return f"{value:.0f} %"
    return f"{value:g}{(' ' + unit) if unit else ''}"


@dataclass
class Result:
    key: str
    label: str
    unit: str
    value: float | None
    target: str
    status: str  # PASS, MISS, info, skipped, error
    load: float
    note: str = ""


@dataclass
class Suite:
    quick: bool
    runs: int
    skip: set[str] = field(default_factory=set)
    results: list[Result] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)
    load: float = 0.0
    first_load: float | None = None  # when the first section started (after any wait for the load to fall)

    def add(self, key: str, value: float | None, note: str = "", *, label: str = "", unit: str = "") -> None:
        spec = SPECS.get(key) or Spec(key, label or key, unit)
        ok = spec.holds(value) if value is not None else None
        status = "info" if ok is None else ("PASS" if ok else "MISS")
        self.results.append(Result(key, spec.label, spec.unit, value, spec.target(), status, self.load, note))

    def missing(self, section: str, status: str, note: str = "") -> None:
        """Rows for the figures of a section that did not run (or stopped half-way)."""
        have = {r.key for r in self.results}
        for spec in FIGURES:
            if spec.section == section and spec.key not in have:
                self.results.append(Result(spec.key, spec.label, spec.unit, None, spec.target(), status,
                                           self.load, note))


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def load_avg() -> float:
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def pct(xs: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    s = sorted(xs)
    return s[max(0, math.ceil(q * len(s)) - 1)]


@contextmanager
def timer() -> Iterator[list[float]]:
    out: list[float] = []
    t = time.perf_counter()
    yield out
    out.append(time.perf_counter() - t)


def run_process(cmd: list[str], *, cwd: Path = ROOT, stdout: Path | None = None) -> tuple[float, float]:
    """Run ``cmd`` to its end: wall seconds and the peak resident memory of that process (MB).

    ``os.wait4`` gives this child's own rusage (``ru_maxrss``), like ``/usr/bin/time -v`` and
    unlike ``RUSAGE_CHILDREN``, which keeps the largest of every child waited for so far.
    """
    with tempfile.TemporaryFile() as err, (stdout.open("wb") if stdout else open(os.devnull, "wb")) as out:
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(cmd)} exited with {proc.returncode}: {err.read().decode(errors='replace')}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports kilobytes


def itinerary_command() -> list[str]:
    """The ``itinerary`` console script beside this interpreter (what a user runs), else ``-m``."""
    script = Path(sys.executable).parent / "itinerary"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "itinerary.cli"]


# --- sections ------------------------------------------------------------------------------------

def bench_extraction(s: Suite) -> None:
    from itinerary.extraction import Extraction, extract
    from itinerary.model import Source

    n_corpus, n_latency = (20, 10) if s.quick else (200, 50)
    # every run reads stories it has not seen: the extractor caches some work per sentence, and a story
    # read twice would time that cache (the sample, one story in 200, is in every run)
    runs = [corpus_mod.corpus(n_corpus, seed=8 + 100 * k) for k in range(s.runs)]
    long_runs = [corpus_mod.corpus(n_latency, seed=9 + 100 * k, sample=False, words=(1000, 1000))
                 for k in range(s.runs)]
    log(f"extraction: {s.runs} runs of {len(runs[0])} articles, {sum(a.words for a in runs[0]):,} words; "
        f"latency over {n_latency} of ~1,000 words")

    def one(a: corpus_mod.Article) -> Extraction:
        return extract(a.text, published=a.published, source=Source(title=a.name))

    with timer() as first:
        one(corpus_mod.sample_article())  # the gazetteer and the lexicons load here: not part of the throughput

    words, wps, aps, cpu_wps, shares = [], [], [], [], []
    for arts in runs:
        n = sum(a.words for a in arts)
        c0, t0 = time.process_time(), time.perf_counter()
        for a in arts:
            one(a)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        words.append(n)
        wps.append(n / wall)
        aps.append(len(arts) / wall)
        cpu_wps.append(n / cpu)
        shares.append(cpu / wall)
    p50s, p95s, cpu95s = [], [], []
    for arts in long_runs:
        lat, cpu_lat = [], []
        for a in arts:
            c0, t0 = time.process_time(), time.perf_counter()
            one(a)
            lat.append(time.perf_counter() - t0)
            cpu_lat.append(time.process_time() - c0)
        p50s.append(pct(lat, 0.50))
        p95s.append(pct(lat, 0.95))
        cpu95s.append(pct(cpu_lat, 0.95))
    found = total = 0
    for a in runs[-1][1:]:  # a sanity check, after the timing
        names = {st.place.name for st in one(a).itinerary.stops}
        found += sum(c in names for c in a.trip)
        total += len(a.trip)

    s.add("extraction.words_per_s", statistics.median(wps), f"{len(runs[0])} articles, "
          f"{statistics.median(words):,.0f} words a run")
    s.add("extraction.articles_per_s", statistics.median(aps))
    s.add("extraction.cpu_words_per_s", statistics.median(cpu_wps),
          "what one idle core would do; the target is judged on wall time above")
    s.add("extraction.cpu_share", 100 * statistics.median(shares), "below 100 % = waiting for a core (shared machine)")
    s.add("extraction.p50_ms", 1000 * statistics.median(p50s), f"{n_latency} articles of 1,000-1,025 words a run")
    s.add("extraction.p95_ms", 1000 * statistics.median(p95s))
    s.add("extraction.cpu_p95_ms", 1000 * statistics.median(cpu95s))
    s.add("extraction.first_call_s", first[0], "the sample, in a process that had not extracted yet")
    s.add("extraction.trip_cities_found", 100 * found / max(1, total), "a sanity check that real work is done, "
          "not an accuracy figure")


def bench_spacy_section(s: Suite) -> None:
    """Through ``bench_spacy``: skipped, with the install command, when spaCy or its model is missing."""
    from benchmarks import bench_spacy

    try:
        r = bench_spacy.measure(runs=1 if s.quick else s.runs, articles=20 if s.quick else 200)
    except bench_spacy.Unavailable as exc:
        s.missing("spacy", "skipped", str(exc))
        return
    s.add("spacy.speedup", r["speedup"], r["model"])
    s.add("spacy.ner_words_per_s", r["ner_words_per_s"], f"{r['articles']} stories, {r['words']:,} words a run")
    s.add("spacy.full_words_per_s", r["full_words_per_s"])
    s.add("spacy.extractor_words_per_s", r["extractor_words_per_s"])


def bench_cli(s: Suite) -> None:
    cmd = [*itinerary_command(), "parse", str(corpus_mod.SAMPLE.relative_to(ROOT)), "--format", "table"]
    runs = max(3, s.runs) if not s.quick else 1
    run_process(cmd)  # warm the OS file cache and the .pyc files: "cold" is a fresh process, not a cold disk
    starts = [run_process([sys.executable, "-c", "pass"])[0] for _ in range(runs)]
    out = [run_process(cmd) for _ in range(runs)]
    s.add("cli.python_start_s", statistics.median(starts))
    s.add("cli.cold_parse_s", statistics.median(t for t, _ in out), f"{' '.join(cmd[-4:])}; median of {runs}")
    s.add("cli.peak_rss_mb", statistics.median(m for _, m in out), "ru_maxrss of the process (os.wait4)")


def bench_batch(s: Suite) -> None:
    n = 20 if s.quick else 200
    arts = corpus_mod.corpus(n, seed=8)
    words = sum(a.words for a in arts)
    runs = 1 if s.quick else max(3, s.runs // 2 + 1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for a in arts:
            (folder / f"{a.name}.txt").write_text(a.text, "utf-8")
        out_file = Path(tmp) / "out.jsonl"
        cmd = [*itinerary_command(), "parse", str(folder), "--format", "json", "-o", str(out_file)]
        out = [run_process(cmd) for _ in range(runs)]
        lines = out_file.read_text("utf-8").count("\n")
    if lines != len(arts):
        raise RuntimeError(f"batch: {lines} itineraries for {len(arts)} articles")
    wall = statistics.median(t for t, _ in out)
    s.add("batch.words_per_s", words / wall, f"{len(arts)} files, {words:,} words, {wall:.2f} s; median of {runs}")
    s.add("batch.articles_per_s", len(arts) / wall)
    s.add("batch.peak_rss_mb", statistics.median(m for _, m in out))


def bench_gazetteer(s: Suite) -> None:
    from benchmarks import bench_gazetteer

    f = bench_gazetteer.run(runs=s.runs, min_seconds=0.05 if s.quick else 0.5)
    s.add("gazetteer.load_s", f["load_s"], f"{f['places']:,.0f} places, {f['names']:,.0f} names; "
          f"import {f['import_s'] * 1000:.0f} ms")
    s.add("gazetteer.rss_mb", f["rss_mb"], f"peak {f['peak_mb']:.0f} MB")
    s.add("gazetteer.exact_common_per_s", f["exact_common_per_s"])
    s.add("gazetteer.exact_random_per_s", f["exact_random_per_s"])
    s.add("gazetteer.exact_first_touch_per_s", f["exact_first_touch_per_s"], "one pass, names never looked up")
    s.add("gazetteer.resolve_per_s", f["resolve_per_s"])


def bench_exports(s: Suite) -> None:
    from benchmarks import bench_exports

    images = not s.quick
    res = bench_exports.run(stops=1000, runs=s.runs if s.quick else 7, image_runs=s.runs if s.quick else 3,
                            images=images)
    text = {f: v for f, v in res.items() if f not in bench_exports.IMAGE_FORMATS}
    s.add("exports.text_total_s", sum(t for t, _ in text.values()), f"{len(text)} formats: {', '.join(text)}")
    for f, (t, size) in text.items():
        s.add(f"exports.{f}_s", t, f"{size:,} bytes", label=f"  export {f}, 1,000 stops", unit="s")
    imgs = [t for f, (t, _) in res.items() if f in bench_exports.IMAGE_FORMATS]
    if imgs:
        s.add("exports.images_s", sum(imgs), "through kaleido and chromium")
    else:
        s.missing("exports", "skipped", "--quick: no images")


def bench_scale(s: Suite) -> None:
    from benchmarks import bench_dashboard, bench_exports
    from itinerary.cli import format_table
    from itinerary.model import to_json
    from itinerary.views.map import build_map
    from itinerary.views.timeline import build_timeline

    repeat = 1 if s.quick else max(5, s.runs)
    # a new trip each time: the views keep their work per trip, and a trip is shown for the first time once
    trips = [bench_exports.make_itinerary(500, seed=50 + k) for k in range(repeat + 1)]

    def timed(fn: Callable[[Any], object]) -> float:
        fn(trips[0])  # warm-up on another trip: imports, templates, process-wide caches
        times = []
        for it in trips[1:]:
            t = time.perf_counter()
            fn(it)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    s.add("scale.cli_table_s", timed(lambda it: format_table(it).encode()))
    s.add("scale.cli_json_s", timed(lambda it: (to_json(it, indent=2) + "\n").encode()))
    s.add("scale.build_map_s", timed(lambda it: build_map(it, selected=3).get_root().render()),
          "a trip shown for the first time; assets inlined")
    s.add("scale.build_timeline_s", timed(lambda it: build_timeline(it, 3).to_json()), "a trip shown for the first time")
    figs = bench_dashboard.build_figures(500, repeat)
    s.add("scale.dashboard_map_layers_s", figs["map"], "bench_dashboard.build_figures: base map + layers of a rerun "
          "(kept per trip)")
    s.add("scale.dashboard_timeline_s", figs["timeline"], "a rerun with another selection (kept per trip)")


def bench_dashboard_section(s: Suite) -> None:
    """Through ``bench_dashboard``'s own measurements (the dashboard engineer's file; called, not copied)."""
    from playwright.sync_api import sync_playwright

    from benchmarks import bench_dashboard as bd

    runs = 1 if s.quick else max(3, s.runs // 2 + 1)
    with tempfile.TemporaryDirectory() as tmpdir, sync_playwright() as pw:
        tmp = Path(tmpdir)
        browser = pw.chromium.launch(executable_path=bd.dashboard_server.chromium(), args=bd.CHROMIUM_ARGS,
                                     headless=True)
        try:
            sample = bd.dashboard_server.write_launcher(tmp / "sample", timed=True)
            big = bd.dashboard_server.write_launcher(tmp / "big", "many", 500, timed=True)
            small = [bd.session(browser, sample, tmp, 5, "3. Kyiv", "Zelenskyy") for _ in range(runs)]
            each = ", ".join(f"{r['start_to_markers']:.2f}" for r in small)
            s.add("dashboard.start_to_markers_s", bd.median_of(small, "start_to_markers"),
                  f"runs: {each}; server healthy after {bd.median_of(small, 'start_to_healthy'):.2f} s")
            s.add("dashboard.first_script_run_s", bd.median_of(small, "first_script_run"))
            s.add("dashboard.rerun_after_click_ms", 1000 * bd.median_of(small, "rerun_after_click"),
                  "click on marker 3. Kyiv")
            s.add("dashboard.click_to_card_ms", 1000 * bd.median_of(small, "click_to_card"))
            s.add("dashboard.first_load_mb", (bd.median_of(small, "first_load_http_bytes")
                                              + bd.median_of(small, "first_load_ws_bytes")) / 1e6,
                  f"WebSocket {bd.median_of(small, 'first_load_ws_bytes') / 1e3:.0f} kB")
            s.add("dashboard.click_kb", (bd.median_of(small, "click_ws_bytes")
                                         + bd.median_of(small, "click_http_bytes")) / 1e3,
                  f"WebSocket {bd.median_of(small, 'click_ws_bytes') / 1e3:.0f} kB")
            plain = [bd.session(browser, sample, tmp, 5, None, None, preload=False) for _ in range(runs)]
            each = ", ".join(f"{r['start_to_markers']:.2f}" for r in plain)
            s.add("dashboard.plain_start_to_markers_s", bd.median_of(plain, "start_to_markers"), f"runs: {each}")
            s.add("dashboard.plain_first_script_run_s", bd.median_of(plain, "first_script_run"))
            big_runs = [bd.session(browser, big, tmp, 500, "3. Place 3", "3. Place 3")
                        for _ in range(max(1, runs // 2))]
            s.add("dashboard.outside_requests", sum(r["outside_requests"] for r in small + plain + big_runs))
            s.add("dashboard.big_start_to_markers_s", bd.median_of(big_runs, "start_to_markers"))
            s.add("dashboard.big_rerun_after_click_ms", 1000 * bd.median_of(big_runs, "rerun_after_click"))
            s.add("dashboard.big_click_to_card_ms", 1000 * bd.median_of(big_runs, "click_to_card"))
            s.add("dashboard.big_click_kb", (bd.median_of(big_runs, "click_ws_bytes")
                                             + bd.median_of(big_runs, "click_http_bytes")) / 1e3,
                  f"WebSocket {bd.median_of(big_runs, 'click_ws_bytes') / 1e3:.0f} kB")
        finally:
            browser.close()


BENCHES: dict[str, Callable[[Suite], None]] = {
    "extraction": bench_extraction,
    "spacy": bench_spacy_section,
    "cli": bench_cli,
    "batch": bench_batch,
    "gazetteer": bench_gazetteer,
    "exports": bench_exports,
    "scale": bench_scale,
    "dashboard": bench_dashboard_section,
}


def wait_for_load(limit: float, patience: float) -> None:
    deadline = time.monotonic() + patience
    while load_avg() > limit and time.monotonic() < deadline:
        log(f"load {load_avg():.2f} > {limit}: waiting")
        time.sleep(15)


def run_suite(*, quick: bool = False, runs: int | None = None, skip: set[str] | None = None,
              max_load: float | None = None, patience: float = 600) -> Suite:
    suite = Suite(quick=quick, runs=runs or (1 if quick else 5), skip=set(skip or ()))
    for name in SECTIONS:
        if name in suite.skip:
            suite.missing(name, "skipped", "--skip")
            continue
        if max_load is not None:
            wait_for_load(max_load, patience)
        suite.load = load_avg()
        suite.first_load = suite.load if suite.first_load is None else suite.first_load
        log(f"[{name}] load {suite.load:.2f}")
        t = time.perf_counter()
        try:
            BENCHES[name](suite)
        except Exception as exc:  # one section failing must not hide the others
            suite.errors[name] = "".join(traceback.format_exception_only(exc)).strip()
            log(traceback.format_exc())
            suite.missing(name, "error", suite.errors[name].splitlines()[0][:120])
        log(f"[{name}] {time.perf_counter() - t:.1f} s")
    order = {spec.key: i for i, spec in enumerate(FIGURES)}
    section_of = {name: i for i, name in enumerate(SECTIONS)}
    # catalogue order; the per-format export rows right after the exports total
    suite.results.sort(key=lambda r: (section_of[r.key.split(".")[0]],
                                      order.get(r.key, order["exports.text_total_s"] + 0.5)))
    return suite


def machine() -> dict[str, object]:
    commit = ""
    if shutil.which("git"):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
    return {"cpus": os.cpu_count(), "python": f"{platform.python_implementation()} {platform.python_version()}",
            "machine": platform.machine(), "commit": commit,
            "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")}


def table(suite: Suite, info: dict[str, object], loads: tuple[float, float]) -> str:
    head = (f"itinerary benchmarks — {info['cpus']} CPUs, {info['python']}, commit {info['commit']}, {info['when']}\n"
            f"{'quick smoke run' if suite.quick else 'full run'}: median of {suite.runs} run(s); "
            f"load average {loads[0]:.2f} at start, {loads[1]:.2f} at end (1 min)\n")
    rows = [("figure", "value", "target", "status", "load", "note")]
    for r in suite.results:
        rows.append((r.label, fmt(r.value, r.unit), r.target, r.status, f"{r.load:.1f}", r.note))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = []
    section = ""
    for i, row in enumerate(rows):
        key = suite.results[i - 1].key.split(".")[0] if i else ""
        if key != section:
            lines.append(f"[{key}]")
            section = key
        lines.append("  ".join([row[0].ljust(widths[0]), row[1].rjust(widths[1]), row[2].ljust(widths[2]),
                                row[3].ljust(widths[3]), row[4].rjust(widths[4]), row[5]]).rstrip())
    counts = {st: sum(r.status == st for r in suite.results) for st in ("PASS", "MISS", "skipped", "error")}
    tail = ", ".join(f"{n} {st}" for st, n in counts.items() if n)
    return head + "\n".join(lines) + f"\n{tail}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: one run each, a small corpus, no images")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    ap.add_argument("--runs", type=int, help="runs per figure (default 5; --quick 1)")
    ap.add_argument("--skip", action="append", default=[], choices=SECTIONS, metavar="SECTION",
                    help=f"leave a section out (repeatable): {', '.join(SECTIONS)}")
    ap.add_argument("--max-load", type=float, metavar="L",
                    help="before each section wait (up to 10 minutes) for the 1-minute load average to fall below L")
    args = ap.parse_args(argv)
    suite = run_suite(quick=args.quick, runs=args.runs, skip=set(args.skip), max_load=args.max_load)
    loads = (load_avg() if suite.first_load is None else suite.first_load, load_avg())
    info = machine()
    if args.json:
        doc = {**info, "quick": suite.quick, "runs": suite.runs, "load_start": loads[0], "load_end": loads[1],
               "figures": [asdict(r) for r in suite.results], "errors": suite.errors}
        print(json.dumps(doc, indent=2, ensure_ascii=False))
    else:
        print(table(suite, info, loads), end="")
    return 1 if suite.errors else 0


if __name__ == "__main__":
    sys.exit(main())
