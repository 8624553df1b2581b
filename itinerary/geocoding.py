"""Which place a name means, in context; and geopy geocoders over the offline gazetteer.

* :func:`rank` / :func:`resolve` pick among a name's candidates ("Georgia": the country or the
  US state?) using, in order of strength, an explicit qualifier ("Rome, Ga."), the countries
  and US states named in the text, the distance to the neighbouring stops, capital status and
  population.
* :class:`OfflineGeocoder` is a ``geopy.geocoders.base.Geocoder`` with geopy's exact
  ``geocode``/``reverse`` contract, answering from the shipped gazetteer, so
  ``geopy.extra.rate_limiter.RateLimiter`` and every geopy tool work on it unchanged.
* :class:`OnlineGeocoder` (opt-in) asks OpenStreetMap Nominatim through geopy, only for names
  the gazetteer lacks, at most once a second, with a persistent on-disk cache; any network
  failure is recorded as a warning and answered offline, never raised.
* :data:`GEOCODERS` and :func:`get_geocoder` are the registry (a plain dict, as geopy's).
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from geopy.adapters import URLLibAdapter
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from itinerary import __version__
from itinerary.disambiguation import (
    Context,
    candidates_for,
    interpret_qualifier,
    rank,
    resolve,
    score,
    split_qualifier,
)
from itinerary.errors import UnknownFormatError
from itinerary.gazetteer import Entry, Gazetteer, load_gazetteer, normalize

__all__ = [
    "GEOCODERS",
    "USER_AGENT",
    "Context",
    "OfflineGeocoder",
    "OnlineGeocoder",
    "UnknownGeocoderError",
    "default_cache_path",
    "entry_to_raw",
    "get_geocoder",
    "location_summary",
    "rank",
    "resolve",
    "score",
    "split_qualifier",
]

log = logging.getLogger(__name__)

USER_AGENT = f"itinerary/{__version__} (+https://github.com/itinerary-tool/itinerary)"

# --- geopy: offline ---------------------------------------------------------------------------


def entry_to_raw(entry: Entry) -> dict[str, Any]:
    """The gazetteer row as a plain dict (``Location.raw``)."""
    raw = dataclasses.asdict(entry)
    raw["source"] = entry.source
    return raw


def _address(e: Entry) -> str:
    parts = [e.name]
    if e.kind == "venue" and e.city:
        parts.append(e.city)
    if e.admin1_name and e.kind != "region" and e.country_code == "US":
        parts.append(e.admin1_name)
    if e.country and e.kind != "country":
        parts.append(e.country)
    return ", ".join(parts)


def _location(e: Entry) -> Location:
    return Location(_address(e), (e.lat, e.lon), entry_to_raw(e))


class OfflineGeocoder(Geocoder):
    """A geopy geocoder over the shipped gazetteer: no network, same contract as geopy's.

    >>> OfflineGeocoder().geocode("Kiev").raw["name"]
    'Kyiv'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, timeout: Any = DEFAULT_SENTINEL,
                 user_agent: str | None = None) -> None:
        super().__init__(timeout=timeout, user_agent=user_agent or USER_AGENT)
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def entries(self, query: str | Mapping[str, str], *, country_codes: str | Sequence[str] | None = None,
                context: Context | None = None) -> list[Entry]:
        """Ranked gazetteer entries for a query (a name, "name, qualifier", or a structured dict)."""
        gaz = self.gazetteer
        ctx = context or Context()
        if isinstance(query, Mapping):
            name = str(query.get("city") or query.get("query") or query.get("q") or "")
            given = query.get("state") or query.get("country")
            if given:
                ctx = dataclasses.replace(ctx, qualifier=str(given))
        else:
            name = str(query)
        if not normalize(name):
            return []
        hits, ctx = candidates_for(name, ctx, gaz)
        if country_codes:
            wanted = {country_codes.upper()} if isinstance(country_codes, str) else {c.upper() for c in country_codes}
            hits = [e for e in hits if e.country_code in wanted]
        qual = interpret_qualifier(ctx.qualifier, gaz)
        if qual:
            hits = [e for e in hits if qual.matches(e)]
        return rank(hits, ctx, gazetteer=gaz)

    def geocode(self, query: str | Mapping[str, str], *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                limit: int | None = None, country_codes: str | Sequence[str] | None = None,
                context: Context | None = None) -> Location | list[Location] | None:
        """The best match as a ``Location`` (``raw`` = the gazetteer row), all matches as a list
        when ``exactly_one=False``, or None when the gazetteer does not know the name.
        ``timeout`` is accepted for geopy compatibility and ignored."""
        found = self.entries(query, country_codes=country_codes, context=context)
        if not found:
            return None
        if exactly_one:
            return _location(found[0])
        return [_location(e) for e in found[: limit or None]]

    def reverse(self, query: Point | Sequence[float] | str, *, exactly_one: bool = True,
                timeout: Any = DEFAULT_SENTINEL, limit: int | None = None) -> Location | list[Location] | None:
        """The nearest populated place to a point (``raw`` adds ``distance_km``)."""
        point = Point(query)
        found = self.gazetteer.nearest(point.latitude, point.longitude, k=1 if exactly_one else (limit or 5))
        if not found:
            return None
        locs = []
        for e, d in found:
            loc = _location(e)
            loc.raw["distance_km"] = round(d, 3)
            locs.append(loc)
        return locs[0] if exactly_one else locs


_NOMINATIM_KINDS = {"country": "country", "state": "region", "region": "region", "province": "region",
                    "city": "city", "town": "city", "village": "city", "hamlet": "city", "municipality": "city"}


def location_summary(loc: Location) -> dict[str, Any]:
    """The fields ``itinerary geocode`` prints, from an offline or a Nominatim ``Location``."""
    raw = loc.raw
    if raw.get("source") == "nominatim":
        address = raw.get("address") or {}
        cc = str(address.get("country_code") or "").upper() or None
        return {
            "name": raw.get("name") or loc.address.split(",")[0],
            "country": address.get("country"),
            "country_code": cc,
            "lat": loc.latitude,
            "lon": loc.longitude,
            "kind": _NOMINATIM_KINDS.get(str(raw.get("addresstype") or raw.get("type") or ""), "venue"),
            "population": None,
            "source": "nominatim",
        }
    return {
        "name": raw["name"],
        "country": raw["country"],
        "country_code": raw["country_code"],
        "lat": raw["lat"],
        "lon": raw["lon"],
        "kind": raw["kind"],
        "population": raw["population"],
        "source": raw["source"],
        "admin1": raw["admin1_name"],
        "city": raw["city"],
        "id": raw["id"],
    }


# --- geopy: online, opt-in --------------------------------------------------------------------


def default_cache_path() -> Path:
    """``$ITINERARY_GEOCODE_CACHE``, else ``$XDG_CACHE_HOME/itinerary/geocode.sqlite``
    (``~/.cache/itinerary/geocode.sqlite``)."""
    env = os.environ.get("ITINERARY_GEOCODE_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "itinerary" / "geocode.sqlite"


class _Cache:
    """A tiny persistent key → JSON cache in SQLite (safe across processes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(self.path, timeout=5)
        con.execute("CREATE TABLE IF NOT EXISTS geocode (key TEXT PRIMARY KEY, value TEXT NOT NULL, saved REAL NOT NULL)")
        return con

    def get(self, key: str) -> Any | None:
        try:
            with self._lock, self._connect() as con:
                row = con.execute("SELECT value FROM geocode WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, OSError) as exc:
            log.warning("geocode cache %s unreadable: %s", self.path, exc)
            return None
        return json.loads(row[0]) if row else None

    def put(self, key: str, value: Any) -> None:
        try:
            with self._lock, self._connect() as con:
                con.execute("INSERT OR REPLACE INTO geocode VALUES (?, ?, ?)", (key, json.dumps(value), time.time()))
        except (sqlite3.Error, OSError) as exc:
            log.warning("geocode cache %s not written: %s", self.path, exc)


class OnlineGeocoder(Geocoder):
    """Offline first; OpenStreetMap Nominatim (through geopy) only for names the gazetteer lacks.

    At most one request per ``min_delay_seconds`` (``RateLimiter``), answers cached on disk
    (also "no result" answers), a proper User-Agent. Any failure — timeout, error status, rate
    limiting, unreachable host — is appended to :attr:`warnings`, logged, and answered from the
    gazetteer alone (None when it lacks the name): it never raises.
    """

    def __init__(self, *, offline: OfflineGeocoder | None = None, domain: str = "nominatim.openstreetmap.org",
                 scheme: str | None = None, timeout: float = 5.0, user_agent: str = USER_AGENT,
                 cache_path: str | Path | None = None, min_delay_seconds: float = 1.0,
                 nominatim: Geocoder | None = None) -> None:
        super().__init__(timeout=timeout, user_agent=user_agent)
        self.offline = offline or OfflineGeocoder()
        # urllib, not requests: requests' adapter retries timeouts and 429s by itself, which
        # would triple the load on a public service that asked us to slow down
        self.nominatim = nominatim or Nominatim(domain=domain, scheme=scheme, timeout=timeout, user_agent=user_agent,
                                                adapter_factory=URLLibAdapter)
        self.cache = _Cache(Path(cache_path) if cache_path is not None else default_cache_path())
        self.rate_limited: Callable[..., Any] = RateLimiter(
            self.nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
            error_wait_seconds=max(min_delay_seconds, 1.0), swallow_exceptions=False,
        )
        self.warnings: list[str] = []

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        log.warning("%s", message)

    def _online(self, query: str, timeout: Any) -> list[dict[str, Any]] | None:
        """Nominatim's raw answers (possibly empty), or None when the service failed."""
        key = f"nominatim:{normalize(query)}"
        cached = self.cache.get(key)
        if cached is not None:
            return list(cached)
        try:
            result = self.rate_limited(query, exactly_one=False, timeout=timeout)
        except (GeopyError, OSError, ValueError) as exc:
            self._warn(f"online geocoding of {query!r} failed ({type(exc).__name__}: {exc}); answered offline")
            return None
        except Exception as exc:  # an adapter may leak anything; never crash on the network
            self._warn(f"online geocoding of {query!r} failed unexpectedly ({type(exc).__name__}: {exc}); "
                       "answered offline")
            return None
        raws = [dict(loc.raw) for loc in (result or [])]
        self.cache.put(key, raws)
        return raws

    def geocode(self, query: str | Mapping[str, str], *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL,
                limit: int | None = None, country_codes: str | Sequence[str] | None = None,
                context: Context | None = None) -> Location | list[Location] | None:
        found = self.offline.geocode(query, exactly_one=exactly_one, limit=limit, country_codes=country_codes,
                                     context=context)
        if found is not None or isinstance(query, Mapping):
            return found
        raws = self._online(str(query), self.timeout if timeout is DEFAULT_SENTINEL else timeout)
        if not raws:
            return None
        if country_codes:
            wanted = {country_codes.lower()} if isinstance(country_codes, str) else {c.lower() for c in country_codes}
            raws = [r for r in raws if str(r.get("address", {}).get("country_code", "")).lower() in wanted
                    or "address" not in r]
        locs = []
        for r in raws:
            try:
                locs.append(Location(str(r.get("display_name") or query), (float(r["lat"]), float(r["lon"])),
                                     {**r, "source": "nominatim"}))
            except (KeyError, TypeError, ValueError):
                continue
        if not locs:
            return None
        return locs[0] if exactly_one else locs[: limit or None]

    def reverse(self, query: Point | Sequence[float] | str, *, exactly_one: bool = True,
                timeout: Any = DEFAULT_SENTINEL, limit: int | None = None) -> Location | list[Location] | None:
        """Always offline: the nearest populated place."""
        return self.offline.reverse(query, exactly_one=exactly_one, limit=limit)


# --- registry ---------------------------------------------------------------------------------


class UnknownGeocoderError(UnknownFormatError):
    """A geocoder name that is not registered (an ``ItineraryError`` and a ``KeyError``)."""


GEOCODERS: dict[str, type[Geocoder]] = {
    "offline": OfflineGeocoder,
    "nominatim": OnlineGeocoder,
}


def get_geocoder(name: str) -> type[Geocoder]:
    """The geocoder class registered under ``name`` (as geopy's ``get_geocoder_for_service``)."""
    try:
        return GEOCODERS[name.lower()]
    except (KeyError, AttributeError):
        raise UnknownGeocoderError(
            f"unknown geocoder {name!r}; choose one of: {', '.join(sorted(GEOCODERS))}"
        ) from None
