"""GeoJSON (RFC 7946): a Point feature per stop and the route as a line, positions in lon, lat order.

The route is one LineString through the stops in order; a leg that crosses the antimeridian is cut
there (RFC 7946 §3.1.9), making the route a MultiLineString, so GIS tools do not draw it the long
way round the globe. Coordinates keep the ``geojson`` package's 6 decimals (about 10 cm).
"""

from __future__ import annotations

import itertools
import json
from typing import Any

import geojson

from itinerary.exports._common import label, trip_title
from itinerary.model import Itinerary, stop_to_dict

Position = tuple[float, float]


def split_at_antimeridian(positions: list[Position]) -> list[list[Position]]:
    """Cut a lon/lat line wherever a leg is shorter going across ±180° than going round."""
    if not positions:
        return []
    parts: list[list[Position]] = [[positions[0]]]
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(positions):
        if abs(lon2 - lon1) > 180:
            edge = 180.0 if lon2 < lon1 else -180.0  # east across +180, or west across -180
            lon2_unwrapped = lon2 + 360 if edge > 0 else lon2 - 360
            span = lon2_unwrapped - lon1  # 0 when both points lie on the antimeridian (180 and -180)
            t = (edge - lon1) / span if span else 0.0
            lat = lat1 + t * (lat2 - lat1)
            parts[-1].append((edge, lat))
            parts.append([(-edge, lat)])
        parts[-1].append((lon2, lat2))
    return parts


def route_geometry(it: Itinerary) -> geojson.LineString | geojson.MultiLineString | None:
    """The route in order, or None with fewer than two stops (a line needs two positions)."""
    if len(it.stops) < 2:
        return None
    parts = split_at_antimeridian([(s.place.lon, s.place.lat) for s in it.stops])
    return geojson.LineString(parts[0]) if len(parts) == 1 else geojson.MultiLineString(parts)


def feature_collection(it: Itinerary) -> geojson.FeatureCollection:
    features: list[geojson.Feature] = [
        geojson.Feature(
            id=s.seq,
            geometry=geojson.Point((s.place.lon, s.place.lat)),
            properties={"label": label(s), **stop_to_dict(s)},
        )
        for s in it.stops
    ]
    route = route_geometry(it)
    if route is not None:
        features.append(geojson.Feature(
            id="route", geometry=route, properties={"label": "Route", "stops": len(it.stops)}))
    extra: dict[str, Any] = {
        "title": trip_title(it),
        "traveler": it.traveler,
        "published": it.published.isoformat() if it.published else None,
        "source": {"title": it.source.title, "url": it.source.url, "path": it.source.path},
        "warnings": list(it.warnings),
    }
    return geojson.FeatureCollection(features, **extra)


def export_geojson(it: Itinerary) -> bytes:
    fc = feature_collection(it)
    return (json.dumps(fc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
