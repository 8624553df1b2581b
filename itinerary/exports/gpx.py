"""GPX 1.1 for GPS and mapping apps, written with gpxpy: a waypoint per stop and the route.

Waypoints carry the label ("3. Kyiv") as name, the facts as plain-text description, the event as
comment, the status as type and, for dated stops, the first day at 00:00 UTC as time (GPX times are
instants; the day is what the story gives). gpxpy escapes element text for XML but writes attribute
values as they are (``<link href="a&b">`` is not well-formed), so no text from the story goes into
an attribute: the source URL is in the metadata description, not a ``<link>``. Characters XML cannot
carry are dropped.
"""

from __future__ import annotations

import datetime as dt

import gpxpy.gpx

from itinerary.exports._common import date_range, details_text, label, source_text, trip_title, xml_text
from itinerary.model import Itinerary, Stop

CREATOR = "itinerary"


def _time(stop: Stop) -> dt.datetime | None:
    span = date_range(stop)
    return dt.datetime.combine(span[0], dt.time(), tzinfo=dt.UTC) if span else None


def _optional(text: str | None) -> str | None:
    return xml_text(text) if text else None


def export_gpx(it: Itinerary) -> bytes:
    gpx = gpxpy.gpx.GPX()
    gpx.creator = CREATOR
    gpx.name = xml_text(trip_title(it))
    gpx.description = _optional(source_text(it))
    gpx.author_name = _optional(it.traveler)
    for s in it.stops:
        gpx.waypoints.append(gpxpy.gpx.GPXWaypoint(
            latitude=s.place.lat,
            longitude=s.place.lon,
            time=_time(s),
            name=xml_text(label(s)),
            description=xml_text(details_text(s)),
            comment=_optional(s.event),
            type=s.status,
        ))
    if it.stops:
        route = gpxpy.gpx.GPXRoute(name="Route", description=xml_text(trip_title(it)))
        route.points.extend(
            gpxpy.gpx.GPXRoutePoint(latitude=s.place.lat, longitude=s.place.lon, name=xml_text(label(s)))
            for s in it.stops
        )
        gpx.routes.append(route)
    return gpx.to_xml(version="1.1").encode("utf-8")
