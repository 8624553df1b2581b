"""Trip statistics and the spherical geometry the map shares: great-circle distance and paths."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.gazetteer import haversine_km  # one great-circle formula for the package
from itinerary.model import Itinerary


def great_circle_points(lat1: float, lon1: float, lat2: float, lon2: float, n: int) -> list[tuple[float, float]]:
    """``n + 1`` points along the great circle from the first point to the second (both included).

    Longitudes are unwrapped so consecutive points never jump by more than 180°, which keeps a line
    that crosses the antimeridian continuous on a Leaflet map.
    """
    n = max(1, n)
    p1, l1, p2, l2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = (math.cos(p1) * math.cos(l1), math.cos(p1) * math.sin(l1), math.sin(p1))
    b = (math.cos(p2) * math.cos(l2), math.cos(p2) * math.sin(l2), math.sin(p2))
    dot = max(-1.0, min(1.0, sum(x * y for x, y in zip(a, b, strict=True))))
    omega = math.acos(dot)
    if omega < 1e-9 or math.pi - omega < 1e-9:  # same point or antipodes: no unique circle
        return [(lat1, lon1), (lat2, lon2 if abs(lon2 - lon1) <= 180 else lon2 - 360 * round((lon2 - lon1) / 360))]
    out: list[tuple[float, float]] = []
    prev_lon: float | None = None
    for i in range(n + 1):
        t = i / n
        s1 = math.sin((1 - t) * omega) / math.sin(omega)
        s2 = math.sin(t * omega) / math.sin(omega)
        x, y, z = (s1 * u + s2 * v for u, v in zip(a, b, strict=True))
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        if prev_lon is not None:
            lon += 360 * round((prev_lon - lon) / 360)
        elif abs(lon - lon1) > 180:
            lon += 360 * round((lon1 - lon) / 360)
        out.append((lat, lon))
        prev_lon = lon
    return out


@dataclass(frozen=True, slots=True)
class Leg:
    """The move from one stop to the next."""

    from_seq: int
    to_seq: int
    from_place: str
    to_place: str
    km: float


@dataclass(frozen=True, slots=True)
class TripStats:
    stops: int
    places: int
    countries: tuple[str, ...]
    days: int | None
    first_day: str | None
    last_day: str | None
    total_km: float
    legs: tuple[Leg, ...]

    @property
    def country_count(self) -> int:
        return len(self.countries)


def legs(itinerary: Itinerary) -> tuple[Leg, ...]:
    s = itinerary.stops
    return tuple(
        Leg(a.seq, b.seq, a.place.name, b.place.name, haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon))
        for a, b in itertools.pairwise(s)
    )


def _countries(itinerary: Itinerary) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for stop in itinerary.stops:
        key = stop.place.country or stop.place.country_code
        if key:
            seen.setdefault(key, None)
    return tuple(seen)


def trip_stats(itinerary: Itinerary) -> TripStats:
    """Stops, distinct places and countries, days covered by the dated stops, and distances."""
    dates = [d for s in itinerary.stops for d in (s.start, s.end) if d is not None]
    first = min(dates) if dates else None
    last = max(dates) if dates else None
    trip_legs = legs(itinerary)
    places = {(round(s.place.lat, 3), round(s.place.lon, 3)) for s in itinerary.stops}
    return TripStats(
        stops=len(itinerary.stops),
        places=len(places),
        countries=_countries(itinerary),
        days=(last - first).days + 1 if first and last else None,
        first_day=first.isoformat() if first else None,
        last_day=last.isoformat() if last else None,
        total_km=sum(leg.km for leg in trip_legs),
        legs=trip_legs,
    )


def unwrap_longitudes(lons: Sequence[float]) -> list[float]:
    """Longitudes made continuous along the route (each within 180° of the previous), centred near 0."""
    out: list[float] = []
    for lon in lons:
        if out:
            lon += 360 * round((out[-1] - lon) / 360)
        out.append(lon)
    if out:
        mean = sum(out) / len(out)
        shift = 360 * round(mean / 360)
        out = [x - shift for x in out]
    return out
