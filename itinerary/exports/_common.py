"""Small helpers the exporters share: labels, dates, titles and escaping for each target."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from itinerary.errors import ItineraryError
from itinerary.model import Itinerary, Stop


class ExportError(ItineraryError, RuntimeError):
    """An export could not be produced (for example, no browser for kaleido's images)."""

# Characters XML 1.0 cannot carry at all (not even as character references): C0 controls other than
# tab, LF and CR, and the non-characters U+FFFE/U+FFFF. Text from a story may hold a stray form feed or
# vertical tab; left in, it makes the KML or GPX file unreadable, so the XML exporters drop them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

# Inside <script>, "</script>" or "<!--" in a JSON string would end or confuse the script element;
# folium and Django escape these four as \u00XX, and so do we. U+2028/U+2029 are line terminators
# for older JavaScript engines.
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    ord("'"): "\\u0027",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 forbids (the libraries escape the rest)."""
    return _XML_ILLEGAL.sub("", text)


def script_json(value: Any) -> str:
    """JSON safe to place inside an HTML ``<script>`` element."""
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_ESCAPES)


def label(stop: Stop) -> str:
    """The stop's marker label, the same on the map, the timeline and in every export: "3. Kyiv"."""
    return f"{stop.seq}. {stop.place.name}"


def headline(stop: Stop) -> str:
    """"N. Place — event" (or the venue when no event is known)."""
    what = stop.event or stop.venue
    return f"{label(stop)} — {what}" if what else label(stop)


def date_range(stop: Stop) -> tuple[dt.date, dt.date] | None:
    """First and last day (inclusive) of a dated stop; one known end stands for both."""
    first = stop.start or stop.end
    last = stop.end or stop.start
    if first is None or last is None:
        return None
    return first, last


def dates_text(stop: Stop) -> str:
    span = date_range(stop)
    if span is None:
        return "date not given"
    first, last = span
    return first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"


def undated_count(it: Itinerary) -> int:
    return sum(1 for s in it.stops if date_range(s) is None)


def stops_word(n: int) -> str:
    return f"{n} undated stop" if n == 1 else f"{n} undated stops"


def trip_title(it: Itinerary) -> str:
    """A title for the whole trip: the source's title, else the traveler's trip, else a neutral one."""
    if it.source.title and it.source.title.strip():
        return it.source.title
    if it.traveler:
        return f"Trip of {it.traveler}"
    return "Itinerary"


def where(stop: Stop) -> str:
    """"venue, place, country" with the parts that are known."""
    parts = [stop.venue, stop.place.name, stop.place.country]
    return ", ".join(p for p in parts if p)


def details(stop: Stop) -> list[tuple[str, str]]:
    """The stop's facts as (label, value) pairs, for descriptions in every format."""
    rows = [("Place", where(stop)), ("Dates", dates_text(stop)), ("Status", stop.status)]
    if stop.event:
        rows.append(("Event", stop.event))
    if stop.people:
        rows.append(("People", "; ".join(stop.people)))
    if stop.evidence:
        rows.append(("Evidence", stop.evidence))
    rows.append(("Confidence", f"{stop.confidence:.2f}"))
    return rows


def details_text(stop: Stop) -> str:
    return "\n".join(f"{k}: {v}" for k, v in details(stop))


def source_text(it: Itinerary) -> str:
    parts = [p for p in (it.source.title, it.source.url, it.source.path) if p]
    if it.published:
        parts.append(f"published {it.published.isoformat()}")
    return " · ".join(parts)
