#!/usr/bin/env python3
"""Benchmark the offline gazetteer: load time, resident memory, lookups per second.

    .venv/bin/python benchmarks/bench_gazetteer.py [--runs 5]

Load time and memory are measured in fresh processes (the gazetteer is cached per process);
every figure is the median of ``--runs`` runs. Targets (issue 3): load < 0.5 s, resident
memory < 150 MB, at least 100,000 exact lookups per second.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_CHILD = r"""
import json, resource, time
t0 = time.perf_counter()
from itinerary.gazetteer import load_gazetteer
t1 = time.perf_counter()
g = load_gazetteer()
t2 = time.perf_counter()
rss = 0
with open("/proc/self/status") as fh:
    for line in fh:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "rss_mb": rss, "peak_mb": peak}))
"""

NAMES = [
    "Kyiv", "Kiev", "Przemysl", "Przemyśl", "Brussels", "Rome", "Paris", "Washington", "Georgia", "Tbilisi",
    "Panama City", "Albany", "Austin", "Killeen", "Thurmont", "Shanksville", "Arlington", "Lakewood", "Davos",
    "Irpin", "İznik", "Beirut", "Istanbul", "Ankara", "Tel Aviv", "Ramallah", "Cairo", "Athens", "Jordan",
    "Qatar", "Saudi Arabia", "Manila", "Tokyo", "Seoul", "Singapore", "Jakarta", "Darwin", "Honolulu", "Guam",
    "London", "Munich", "Moscow", "New York", "Johannesburg", "Luanda", "Mauritius", "Gabon", "Ramstein Air Base",
    "NATO headquarters", "the Pentagon", "Camp David", "the Vatican", "Xyzzyville", "Unknown Place",
]


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def bench_load(runs: int) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True, cwd=ROOT)
        results.append(json.loads(out.stdout))
    return {k: median([r[k] for r in results]) for k in results[0]}


def rate(fn: Callable[[Any], object], items: list[Any], min_seconds: float = 0.5) -> float:
    n = 0
    t0 = time.perf_counter()
    while True:
        for x in items:
            fn(x)
        n += len(items)
        dt = time.perf_counter() - t0
        if dt >= min_seconds:
            return n / dt


def run(runs: int = 5, min_seconds: float = 0.5) -> dict[str, float]:
    """The figures, each the median of ``runs`` runs (for ``main`` and the benchmark suite)."""
    from itinerary.gazetteer import load_gazetteer, normalize
    from itinerary.geocoding import Context, resolve

    load = bench_load(runs)
    g = load_gazetteer()
    rng = random.Random(1)
    sample = rng.sample(sorted(g.names()), 40_000)
    keys, fresh = sample[:20_000], [k.title() for k in sample[20_000:]]
    raw_names = [k.title() for k in keys]
    t0 = time.perf_counter()
    for name in fresh:  # first touch: rows are parsed into entries
        g.lookup(name)
    cold = len(fresh) / (time.perf_counter() - t0)

    def rates(fn: Callable[[Any], object], items: list[Any]) -> float:
        return median([rate(fn, items, min_seconds) for _ in range(runs)])

    contexts = [
        ("Georgia", Context(near=(41.69, 44.83))),
        ("Rome, Ga.", Context()),
        ("Paris", Context(admin1={"US-TX": 1.0})),
        ("Panama City", Context(qualifier="Fla.")),
        ("Washington", Context(near=(40.71, -74.0))),
        ("Kyiv", Context(country_codes={"UA": 1.0})),
        ("Albany", Context(near=(30.16, -85.66))),
        ("Przemysl", Context(country_codes={"PL": 1.0})),
    ]
    return {
        "places": len(g), "names": sum(1 for _ in g.names()), "max_name_words": g.max_name_words,
        "import_s": load["import"], "load_s": load["load"], "rss_mb": load["rss_mb"], "peak_mb": load["peak_mb"],
        "exact_common_per_s": rates(g.lookup, NAMES), "exact_random_per_s": rates(g.lookup, raw_names),
        "exact_first_touch_per_s": cold, "has_per_s": rates(g.has, keys), "normalize_per_s": rates(normalize, raw_names),
        "resolve_per_s": rates(lambda nc: resolve(nc[0], nc[1], g), contexts),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    f = run(args.runs)
    load = {"import": f["import_s"], "load": f["load_s"], "rss_mb": f["rss_mb"], "peak_mb": f["peak_mb"]}
    exact_warm, exact_random, cold = f["exact_common_per_s"], f["exact_random_per_s"], f["exact_first_touch_per_s"]
    has, norm, disamb = f["has_per_s"], f["normalize_per_s"], f["resolve_per_s"]

    print(f"gazetteer: {f['places']:,} places, {f['names']:,} names, max {f['max_name_words']} words")
    print(f"import itinerary.gazetteer   {load['import'] * 1000:8.1f} ms")
    print(f"load_gazetteer()             {load['load'] * 1000:8.1f} ms   (target < 500 ms)")
    print(f"resident memory after load   {load['rss_mb']:8.1f} MB   (peak {load['peak_mb']:.1f} MB; target < 150 MB)")
    print(f"exact lookups, common names  {exact_warm:12,.0f} /s  (target >= 100,000)")
    print(f"exact lookups, random names  {exact_random:12,.0f} /s  (20,000 distinct names)")
    print(f"exact lookups, first touch   {cold:12,.0f} /s  (one pass over 20,000 names never looked up)")
    print(f"has(normalized)              {has:12,.0f} /s")
    print(f"normalize()                  {norm:12,.0f} /s")
    print(f"disambiguated resolve()      {disamb:12,.0f} /s")
    print(f"(median of {args.runs} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
