"""KML for Google Earth and GIS tools, written with simplekml.

A placemark per stop ("3. Kyiv"), its description, a ``TimeSpan`` for dated stops (first and last
day, inclusive), visited and planned stops in two shared styles, and the route as a ground-clamped,
tessellated line (Google Earth then draws long legs along the great circle).

Escaping: Google Earth renders a placemark's ``<description>`` as HTML, so the description is built
with every value passed through ``html.escape`` before simplekml escapes it again for XML; the names
are plain text and only XML-escaped (by simplekml). Characters XML cannot carry are dropped.

simplekml numbers elements from a process-wide counter and keeps the document being written in a
class attribute; both are reset and used under a lock so the output is the same on every call and
concurrent exports (the dashboard serves sessions from threads) do not mix.
"""

from __future__ import annotations

import html
import threading

import simplekml

from itinerary.exports._common import date_range, details, label, source_text, trip_title, xml_text
from itinerary.model import Itinerary, Stop

_LOCK = threading.Lock()
_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'


def description_html(stop: Stop) -> str:
    return "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in details(stop))


def _styles(doc: simplekml.Document) -> dict[str, simplekml.Style]:
    visited = simplekml.Style()
    visited.iconstyle.color = "ff2f6fd6"  # aabbggrr: a warm red
    planned = simplekml.Style()
    planned.iconstyle.color = "ffb0b0b0"  # grey: not (yet) happened
    route = simplekml.Style()
    route.linestyle.color = "ff2f6fd6"
    route.linestyle.width = 3
    for style in (visited, planned, route):
        doc.styles.append(style)
    return {"visited": visited, "planned": planned, "route": route}


def _build(it: Itinerary) -> str:
    kml = simplekml.Kml(name=xml_text(trip_title(it)))
    doc = kml.document
    if source_text(it):
        doc.description = xml_text(html.escape(source_text(it)))
    styles = _styles(doc)
    for s in it.stops:
        point = doc.newpoint(name=xml_text(label(s)), coords=[(s.place.lon, s.place.lat)])
        point.description = xml_text(description_html(s))
        point.style = styles[s.status]
        span = date_range(s)
        if span is not None:
            point.timespan.begin = span[0].isoformat()
            point.timespan.end = span[1].isoformat()
    if len(it.stops) >= 2:
        line = doc.newlinestring(name="Route", coords=[(s.place.lon, s.place.lat) for s in it.stops])
        line.tessellate = 1
        line.altitudemode = simplekml.AltitudeMode.clamptoground
        line.style = styles["route"]
    return kml.kml(format=False)  # format=True re-parses with a patched minidom: slow and global


def export_kml(it: Itinerary) -> bytes:
    with _LOCK:
        simplekml.Kml.resetidcounter()
        body = _build(it)
    return (_XML_DECLARATION + body + "\n").encode("utf-8")
