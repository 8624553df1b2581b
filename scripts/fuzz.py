#!/usr/bin/env python3
"""Fuzz the whole pipeline with generated and mutated trip stories.

    .venv/bin/python scripts/fuzz.py                 # 10,000 cases on 2 processes
    .venv/bin/python scripts/fuzz.py --cases 500 --seed 3 --save /tmp/fuzz-failures

Each case is a story built from trip phrasing ("Secretary Smith traveled to Rome on Tuesday",
"then flew to Kyiv", dates, venues), random Unicode and hostile fragments (script payloads,
spreadsheet formulas, control characters, bidi overrides), then mutated: truncated, shuffled,
repeated, given huge tokens or odd whitespace. Case ``i`` of seed ``s`` is always the same text,
so a failure can be replayed with ``--only i``.

For every case:

1. ``extract`` on the raw text never raises and returns a valid itinerary: sequence 1..n,
   coordinates in range, start <= end, evidence spans inside the text with ``text[a:b]`` equal
   to the evidence, mention spans likewise; the JSON form reads back equal.
2. The text through :func:`itinerary.sources.document_from_text` (as the dashboard reads pasted
   text) either is refused with an ``InputError`` or is extracted with the same checks.
3. Every export format except png/svg/pdf gives non-empty bytes: JSON reads back equal, CSV reads
   back with the same stops, GeoJSON and TimelineJS are JSON, KML and GPX are well-formed XML,
   ICS parses; no raw ``<script>alert`` / ``<img src=x`` reaches the HTML layers (the HTML page,
   KML descriptions, TimelineJS texts).

It prints how many cases ran and how many failed, and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import random
import signal
import sys
import time
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from itinerary.errors import InputError  # noqa: E402
from itinerary.extraction import extract  # noqa: E402
from itinerary.model import Itinerary, Source  # noqa: E402
from itinerary.sources import DEFAULT_MAX_BYTES, document_from_text  # noqa: E402
from tests.test_hardening_properties import (  # noqa: E402
    HOSTILE,
    OFFICIALS,
    PLACES,
    VERBS,
    WHEN,
    WHY,
    check_extraction,
)

SKIPPED_FORMATS = ("png", "svg", "pdf")
LIMIT = DEFAULT_MAX_BYTES  # every case is within the story size limit
PAYLOADS = (b"<script>alert", b"<img src=x")

HEADLINES = ["{who} visits {place}", "{who} in surprise trip to {place}", "{place} talks end", "Minister abroad",
             "{who}: a week in {place} and {place2}"]
VENUES = ["the Élysée Palace", "NATO headquarters", "the Vatican", "the Mariinskyi Palace", "Palazzo Chigi",
          "the White House", "the Kremlin", "Downing Street", "the Bundestag", "the UN General Assembly"]
EVENTS = ["the G-7 summit", "the NATO Defense Ministerial", "a donors' conference", "the climate talks (COP29)",
          "a state dinner", "the Munich Security Conference"]
CONNECT = ["Then", "After that,", "Later", "Before returning home,", "Earlier,", "On the way back,", "Meanwhile",
           "The next day", ""]
NUMBERS = ["31/02/2024", "2024-13-45", "99999999999999999999", "1e308", "−0", "Feb 29, 2023", "0000-00-00",
           "12:61 a.m.", "the 32nd", "Q5 2024", "1.2.3.4", "-90.5, 200.1"]
ODD_SPACE = ["\u00a0", "\u2003", "\t", "\u3000", "\u200b", "  ", "\n", "\u2028"]
NOISE_RANGES = [(0x20, 0x7E), (0x00, 0x1F), (0x80, 0x24F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF),
                (0x590, 0x6FF), (0x900, 0x97F), (0x3040, 0x30FF), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3),
                (0xE000, 0xF8FF), (0xFE00, 0xFE0F), (0xFFF0, 0xFFFF), (0x1F300, 0x1FAFF), (0x10000, 0x1007F),
                (0xE0000, 0xE007F), (0x202A, 0x202E), (0x2060, 0x206F)]


# --- generation ---------------------------------------------------------------------------------

def _noise(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        lo, hi = rng.choice(NOISE_RANGES)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def _sentence(rng: random.Random) -> str:
    who = rng.choice(OFFICIALS)
    parts = [rng.choice(CONNECT), who if rng.random() < 0.7 else who.lower(), rng.choice(VERBS), rng.choice(PLACES)]
    if rng.random() < 0.6:
        parts.append(rng.choice(WHEN))
    r = rng.random()
    if r < 0.3:
        parts.append(f"for {rng.choice(EVENTS)}")
    elif r < 0.5:
        parts.append(f"at {rng.choice(VENUES)}")
    elif r < 0.7:
        parts.append(rng.choice(WHY))
    if rng.random() < 0.2:
        parts.append(f"and then {rng.choice(['to', 'on to', 'flew to'])} {rng.choice(PLACES)}")
    text = " ".join(p for p in parts if p)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", "!", ";", "", "…", ".\u201d"])


def _article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        sents = [_sentence(rng) for _ in range(rng.randint(1, 5))]
        if rng.random() < 0.3:
            sents.append(f"“{_sentence(rng)}” {rng.choice(OFFICIALS)} said.")
        paragraphs.append(" ".join(sents))
    head = rng.choice(HEADLINES).format(who=rng.choice(OFFICIALS), place=rng.choice(PLACES),
                                        place2=rng.choice(PLACES))
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _insert(rng: random.Random, text: str, piece: str) -> str:
    at = rng.randint(0, len(text))
    return text[:at] + piece + text[at:]


def _mutations() -> list[Callable[[random.Random, str], str]]:
    def hostile(rng: random.Random, t: str) -> str:
        return _insert(rng, t, rng.choice(HOSTILE))

    def noise(rng: random.Random, t: str) -> str:
        return _insert(rng, t, _noise(rng, rng.randint(1, 200)))

    def truncate(rng: random.Random, t: str) -> str:
        return t[: rng.randint(0, len(t))]

    def cut_start(rng: random.Random, t: str) -> str:
        return t[rng.randint(0, len(t)):]

    def shuffle(rng: random.Random, t: str) -> str:
        parts = t.replace("\n", " \n ").split(". ")
        rng.shuffle(parts)
        return ". ".join(parts)

    def repeat(rng: random.Random, t: str) -> str:
        parts = t.split(". ")
        piece = rng.choice(parts)[:400] + ". "
        return _insert(rng, t, piece * rng.randint(10, 2000))

    def huge_token(rng: random.Random, t: str) -> str:
        n = rng.choice([1_000, 10_000, 100_000, 300_000])
        token = rng.choice(["a" * n, "Rome" * (n // 4), "9" * n, _noise(rng, min(n, 20_000)), "<" * n, "(" * n,
                            "é" * n, "\u0301" * n])
        return _insert(rng, t, token)

    def odd_spaces(rng: random.Random, t: str) -> str:
        return t.replace(" ", rng.choice(ODD_SPACE))

    def case(rng: random.Random, t: str) -> str:
        return rng.choice([t.upper(), t.lower(), t.swapcase(), t.title()])

    def strip_punct(rng: random.Random, t: str) -> str:
        return "".join(ch for ch in t if ch.isalnum() or ch.isspace())

    def strip_space(rng: random.Random, t: str) -> str:
        return "".join(t.split())

    def bytes_flip(rng: random.Random, t: str) -> str:
        data = bytearray(t.encode("utf-8"))
        for _ in range(rng.randint(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return data.decode("utf-8", "replace")

    def numbers(rng: random.Random, t: str) -> str:
        return _insert(rng, t, f" on {rng.choice(NUMBERS)} ")

    def newlines(rng: random.Random, t: str) -> str:
        return _insert(rng, t, rng.choice(["\n", "\r\n", "\r", "\n\n \n"]) * rng.randint(100, 20_000))

    def nesting(rng: random.Random, t: str) -> str:
        d = rng.randint(100, 5000)
        o, c = rng.choice([("(", ")"), ("[", "]"), ("«", "»"), ("“", "”"), ('"', '"'), ("<b>", "</b>")])
        return _insert(rng, t, o * d + rng.choice(PLACES) + c * d)

    def html_wrap(rng: random.Random, t: str) -> str:
        return f"<html><head><title>{rng.choice(HOSTILE)}</title></head><body><p>{t}</p></body></html>"

    return [hostile, hostile, noise, truncate, cut_start, shuffle, repeat, huge_token, odd_spaces, case, strip_punct,
            strip_space, bytes_flip, numbers, newlines, nesting, html_wrap]


MUTATIONS = _mutations()


def _within_limit(text: str) -> str:
    """``text`` cut to the story size limit (UTF-8 bytes), as the input checks would require."""
    data = text.encode("utf-8", "surrogatepass")
    return text if len(data) <= LIMIT else data[:LIMIT].decode("utf-8", "ignore")


@dataclass(frozen=True, slots=True)
class Case:
    index: int
    kind: str
    text: str
    published: dt.date | None
    traveler: str | None


def make_case(seed: int, index: int) -> Case:
    rng = random.Random(f"{seed}:{index}")
    r = rng.random()
    if r < 0.08:
        kind, text = "random", _noise(rng, rng.randint(0, 3000))
    elif r < 0.12:
        kind, text = "phrases", " ".join(rng.choice(PLACES + VERBS + WHEN + HOSTILE + CONNECT)
                                          for _ in range(rng.randint(1, 300)))
    elif r < 0.123:
        base = _article(rng)
        kind, text = "large", (base * (rng.randint(500_000, 1_900_000) // max(1, len(base)) + 1))[:1_900_000]
    else:
        kind, text = "article", _article(rng)
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            m = rng.choice(MUTATIONS)
            text = _within_limit(m(rng, text))
            kind += "+" + m.__name__
    text = _within_limit("".join(ch for ch in text if not 0xD800 <= ord(ch) <= 0xDFFF))  # scalar values only
    published = None if rng.random() < 0.3 else dt.date(2024, 10, 23) + dt.timedelta(days=rng.randint(-20_000, 9_000))
    traveler = rng.choice([None, None, None, *OFFICIALS[:4], *HOSTILE[:3]])
    return Case(index, kind, text, published, traveler)


# --- checks -------------------------------------------------------------------------------------

class CaseTimeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise CaseTimeout("the case took too long")


def check_exports(it: Itinerary) -> list[str]:
    """Run each export format; return the formats run."""
    import icalendar

    from itinerary.exports import EXPORTERS, read_csv, read_json

    done = []
    for fmt, exporter in EXPORTERS.items():
        if fmt in SKIPPED_FORMATS:
            continue
        data = exporter(it)
        assert isinstance(data, bytes) and data, f"{fmt}: no bytes"
        if fmt == "json":
            assert read_json(data) == it, "json does not read back equal"
        elif fmt == "csv":
            back = read_csv(data)
            assert [s.place.name for s in back.stops] == [s.place.name for s in it.stops], "csv stops differ"
        elif fmt in ("geojson", "timelinejs"):
            doc = json.loads(data)
            if fmt == "timelinejs":
                texts = json.dumps(doc, ensure_ascii=False).encode()
                assert not any(p in texts for p in PAYLOADS), "timelinejs: raw payload in an HTML text"
        elif fmt in ("kml", "gpx"):
            root = ET.fromstring(data)
            if fmt == "kml":
                for el in root.iter():
                    if el.tag.endswith("description") and el.text:
                        assert not any(p.decode() in el.text for p in PAYLOADS), "kml: raw payload in a description"
        elif fmt == "ics":
            icalendar.Calendar.from_ical(data)
        elif fmt == "html":
            assert not any(p in data for p in PAYLOADS), "html: raw payload in the page"
        done.append(fmt)
    return done


@dataclass(frozen=True, slots=True)
class Result:
    index: int
    kind: str
    size: int
    failure: str | None
    refused: bool
    seconds: float


_EXPORTED: dict[str, None] = {}  # itineraries already exported by this process (same JSON, same bytes)


def run_case(seed: int, index: int, timeout: int, exports: bool) -> Result:
    case = make_case(seed, index)
    start = time.perf_counter()
    refused = False
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(timeout)
    try:
        ext = extract(case.text, published=case.published, traveler=case.traveler, source=Source())
        check_extraction(ext, case.text)
        try:
            doc = document_from_text(case.text)
        except InputError as exc:
            assert "\n" not in str(exc), "a refusal message spans lines"
            refused = True
        else:
            if doc.text != case.text or doc.source != Source() or doc.published is not None:
                ext = extract(doc.text, published=case.published or doc.published, traveler=case.traveler,
                              source=doc.source)
                check_extraction(ext, doc.text)
            key = ext.itinerary.to_json()
            if exports and key not in _EXPORTED:
                check_exports(ext.itinerary)
                if len(_EXPORTED) < 5000:
                    _EXPORTED[key] = None
        failure = None
    except CaseTimeout:
        failure = f"timeout: over {timeout} s"
    except Exception:
        failure = traceback.format_exc(limit=6)
    finally:
        signal.alarm(0)
    return Result(index, case.kind, len(case.text), failure, refused, time.perf_counter() - start)


def _worker(args: tuple[int, int, int, bool]) -> Result:
    return run_case(*args)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=10_000, help="how many cases (default 10,000)")
    p.add_argument("--seed", type=int, default=0, help="seed: the same seed gives the same cases")
    p.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--timeout", type=int, default=120, help="seconds one case may take before it counts as failed")
    p.add_argument("--no-exports", action="store_true", help="check extraction only")
    p.add_argument("--only", type=int, action="append", metavar="I", help="run just case I (repeatable)")
    p.add_argument("--save", type=Path, metavar="DIR", help="write each failing case's text and error there")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the summary")
    args = p.parse_args(argv)

    indices = args.only or list(range(args.cases))
    tasks = [(args.seed, i, args.timeout, not args.no_exports) for i in indices]
    started = time.perf_counter()
    results: list[Result] = []

    def collect(it: Iterator[Result]) -> None:
        for r in it:
            results.append(r)
            if r.failure and not args.quiet:
                print(f"FAIL case {r.index} ({r.kind}, {r.size:,} chars): {r.failure.strip().splitlines()[-1]}",
                      flush=True)
            if not args.quiet and len(results) % 1000 == 0:
                print(f"  {len(results):,} cases, {sum(1 for x in results if x.failure)} failed, "
                      f"{time.perf_counter() - started:.0f} s", flush=True)

    if args.jobs > 1 and len(tasks) > 1:
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            collect(pool.imap_unordered(_worker, tasks, chunksize=8))
    else:
        collect(map(_worker, tasks))

    failed = [r for r in results if r.failure]
    if args.save and failed:
        args.save.mkdir(parents=True, exist_ok=True)
        for r in failed:
            case = make_case(args.seed, r.index)
            (args.save / f"case-{r.index}.txt").write_text(case.text, encoding="utf-8", errors="surrogatepass")
            (args.save / f"case-{r.index}.err").write_text(f"{case}\n\n{r.failure}"[:100_000], encoding="utf-8",
                                                           errors="replace")
    slowest = max(results, key=lambda r: r.seconds, default=None)
    refused = sum(1 for r in results if r.refused)
    print(f"fuzz: {len(results):,} cases run, {len(failed):,} failed "
          f"(seed {args.seed}; {refused:,} refused by the input checks as expected; "
          f"{time.perf_counter() - started:.0f} s"
          + (f"; slowest case {slowest.index} ({slowest.kind}, {slowest.size:,} chars) {slowest.seconds:.1f} s"
             if slowest else "") + ")")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
