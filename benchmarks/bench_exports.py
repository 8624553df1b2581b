"""Time every export format for a 1,000-stop itinerary (median of several runs).

    .venv/bin/python benchmarks/bench_exports.py [--stops 1000] [--runs 7] [--image-runs 3] [--no-images]

Target: all formats together under 1 s, the kaleido images (png, svg, pdf) apart. The figures of a
run are printed as a table; ``run()`` returns them for the benchmark suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time

from itinerary.exports import EXPORTERS, export
from itinerary.model import Itinerary, Place, Source, Stop

IMAGE_FORMATS = ("png", "svg", "pdf")
TARGET_SECONDS = 1.0


def make_itinerary(n: int = 1000, seed: int = 6) -> Itinerary:
    """A long, varied trip: places around the world, two stops in three dated, some planned, text
    with quotes, markup and formula starts so escaping is part of the cost."""
    rng = random.Random(seed)
    day = dt.date(2024, 1, 1)
    stops = []
    for i in range(1, n + 1):
        lat, lon = round(rng.uniform(-60, 70), 4), round(rng.uniform(-180, 180), 4)
        dated = i % 3 != 0
        start = day + dt.timedelta(days=i // 2) if dated else None
        end = start + dt.timedelta(days=rng.choice((0, 0, 1, 2))) if start else None
        stops.append(Stop(
            seq=i,
            place=Place(f"Place {i} <{rng.randint(0, 99)}> & \"Co\"", "Country", "BE", lat, lon),
            venue=f"Venue {i}" if i % 2 else None,
            event=f"=Meeting {i} with ministers; talks" if i % 4 == 0 else f"Meeting {i}",
            people=tuple(f"Person {i}.{k}" for k in range(i % 3)),
            start=start,
            end=end,
            status="planned" if i % 10 == 0 else "visited",
            evidence=f"In stop {i} the minister met counterparts, said \"we agree\", and left — " * 2,
            evidence_span=(i * 100, i * 100 + 80),
            confidence=round(rng.random(), 3),
        ))
    return Itinerary(traveler="A. Minister", source=Source(title="A long trip", url="https://example.org/trip"),
                     published=dt.date(2025, 6, 1), stops=tuple(stops), warnings=("generated for the benchmark",))


def median_seconds(its: list[Itinerary], fmt: str) -> tuple[float, int]:
    """Median time to export each trip once (and the size of the first export).

    Every run exports a different trip: the views keep their work per trip (a dashboard rerun is cheap),
    so exporting the same trip again would time those caches, not an export."""
    times = []
    size = 0
    for i, it in enumerate(its):
        t0 = time.perf_counter()
        n = len(export(it, fmt))
        times.append(time.perf_counter() - t0)
        size = n if i == 0 else size
    return statistics.median(times), size


def run(stops: int = 1000, runs: int = 7, image_runs: int = 3, images: bool = True) -> dict[str, tuple[float, int]]:
    warm = make_itinerary(stops, seed=5)
    its = [make_itinerary(stops, seed=6 + k) for k in range(max(runs, image_runs if images else 0))]
    results: dict[str, tuple[float, int]] = {}
    for fmt in EXPORTERS:
        if fmt in IMAGE_FORMATS and not images:
            continue
        export(warm, fmt)  # warm-up on another trip: imports and process-wide caches (plotly, the inlined assets)
        results[fmt] = median_seconds(its[: image_runs if fmt in IMAGE_FORMATS else runs], fmt)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stops", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7, help="runs per text format (the median is shown)")
    ap.add_argument("--image-runs", type=int, default=3, help="runs per image format")
    ap.add_argument("--no-images", action="store_true", help="skip png, svg and pdf (kaleido)")
    args = ap.parse_args(argv)
    results = run(args.stops, args.runs, args.image_runs, not args.no_images)
    print(f"exports of a {args.stops:,}-stop itinerary (median of {args.runs} runs; images {args.image_runs})")
    print(f"{'format':<11} {'ms':>9} {'bytes':>12}")
    for fmt, (seconds, size) in results.items():
        print(f"{fmt:<11} {seconds * 1000:>9.1f} {size:>12,}")
    text_total = sum(s for f, (s, _) in results.items() if f not in IMAGE_FORMATS)
    verdict = "met" if text_total <= TARGET_SECONDS else "MISSED"
    print(f"{'total':<11} {text_total * 1000:>9.1f}  (without png/svg/pdf; target {TARGET_SECONDS * 1000:.0f} ms: "
          f"{verdict})")
    images = [s for f, (s, _) in results.items() if f in IMAGE_FORMATS]
    if images:
        print(f"{'images':<11} {sum(images) * 1000:>9.1f}  (png + svg + pdf through kaleido)")
    return 0 if text_total <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
