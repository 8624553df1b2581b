"""iCalendar (RFC 5545), written with icalendar: an all-day event per dated stop.

- ``DTSTART``/``DTEND`` are dates; ``DTEND`` is the day after the last day (it is exclusive).
- ``SUMMARY`` "N. Place — event", ``LOCATION`` "venue, place, country", ``GEO`` lat;lon,
  ``DESCRIPTION`` the facts with the evidence, ``STATUS`` CONFIRMED for visited and TENTATIVE for
  planned stops, ``URL`` the source's address when it has one.
- Text from the story loses control characters (RFC 5545 admits none); a source URL that is not a
  plain URI (spaces, line breaks) is left out of ``URL`` rather than breaking the file.
- Undated stops are left out; :func:`ics_warnings` says how many.
- ``UID`` is derived from the trip (traveler, source, publication date), the stop number and place,
  so exporting the same itinerary again updates the events in a calendar instead of doubling them.
- ``DTSTAMP`` must be a UTC instant. The time of export would make every file different, so it is
  midnight UTC of the publication date (when the information was issued), or 1970-01-01 when the
  date is unknown; the same itinerary always gives the same bytes, and golden files stay stable.

icalendar folds lines at 75 octets. Text is escaped here (:class:`Text`): icalendar's own escaping
reads a literal ``\\N`` in the story as a line break.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

import icalendar

from itinerary.exports._common import date_range, details_text, headline, stops_word, trip_title, undated_count, where
from itinerary.model import Itinerary

PRODID = "-//itinerary//itinerary exports//EN"
UID_DOMAIN = "itinerary.invalid"
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

# RFC 5545 TEXT admits no control characters but tab and (escaped) line feed; icalendar passes them
# through, so they are dropped here, after turning CR LF and lone CR into LF.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


class Text(icalendar.vText):
    """RFC 5545 TEXT escaped as written: ``\\``, ``;``, ``,`` and line feeds, nothing else."""

    def to_ical(self) -> bytes:
        escaped = str(self).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        return escaped.encode("utf-8")


def ics_text(text: str) -> Text:
    return Text(_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))


def one_line(text: str) -> Text:
    return Text(" ".join(ics_text(text).split()))


def is_plain_uri(url: str | None) -> bool:
    """A URL icalendar can write as a URI value (it refuses line breaks; URIs hold no spaces)."""
    return bool(url) and not any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in url or "")


def dtstamp(it: Itinerary) -> dt.datetime:
    return dt.datetime.combine(it.published, dt.time(), tzinfo=dt.UTC) if it.published else EPOCH


def trip_key(it: Itinerary) -> str:
    """A short stable digest naming the trip, shared by the UIDs of its events."""
    parts = (it.traveler, it.source.url, it.source.path, it.source.title,
             it.published.isoformat() if it.published else None)
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def export_ics(it: Itinerary) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    name = one_line(trip_title(it))
    cal.add("name", name)  # RFC 7986
    cal.add("x-wr-calname", name)  # what Apple and Google calendars read
    key = trip_key(it)
    stamp = dtstamp(it)
    for s in it.stops:
        span = date_range(s)
        if span is None:
            continue
        place_key = hashlib.sha256(s.place.name.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        event = icalendar.Event()
        event.add("uid", f"{key}-{s.seq}-{place_key}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", span[0])
        event.add("dtend", span[1] + dt.timedelta(days=1))
        event.add("summary", ics_text(headline(s)))
        event.add("location", ics_text(where(s)))
        event.add("geo", (s.place.lat, s.place.lon))
        event.add("description", ics_text(details_text(s)))
        event.add("status", "TENTATIVE" if s.status == "planned" else "CONFIRMED")
        event.add("transp", "TRANSPARENT")
        if is_plain_uri(it.source.url):
            event.add("url", it.source.url)
        cal.add_component(event)
    return cal.to_ical()


def ics_warnings(it: Itinerary) -> list[str]:
    n = undated_count(it)
    return [f"{stops_word(n)} left out of the calendar (an event needs a date)"] if n else []
