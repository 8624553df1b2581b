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
from pathlib import Path

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


def rate(fn, items: list, min_seconds: float = 0.5) -> float:  # type: ignore[no-untyped-def]
    n = 0
    t0 = time.perf_counter()
    while True:
        for x in items:
            fn(x)
        n += len(items)
        dt = time.perf_counter() - t0
        if dt >= min_seconds:
            return n / dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    from itinerary.gazetteer import load_gazetteer, normalize
    from itinerary.geocoding import Context, resolve

    load = bench_load(args.runs)
    g = load_gazetteer()
    rng = random.Random(1)
    sample = rng.sample(sorted(g.names()), 40_000)
    keys, fresh = sample[:20_000], [k.title() for k in sample[20_000:]]
    raw_names = [k.title() for k in keys]
    t0 = time.perf_counter()
    for name in fresh:  # first touch: rows are parsed into entries
        g.lookup(name)
    cold = len(fresh) / (time.perf_counter() - t0)

    exact_warm = median([rate(g.lookup, NAMES) for _ in range(args.runs)])
    exact_random = median([rate(g.lookup, raw_names) for _ in range(args.runs)])
    has = median([rate(g.has, keys) for _ in range(args.runs)])
    norm = median([rate(normalize, raw_names) for _ in range(args.runs)])
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
    disamb = median([rate(lambda nc: resolve(nc[0], nc[1], g), contexts) for _ in range(args.runs)])

    print(f"gazetteer: {len(g):,} places, {sum(1 for _ in g.names()):,} names, max {g.max_name_words} words")
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
