"""TimelineJS 3 JSON (Knight Lab): ``{"title": slide, "events": [slide, ...]}``.

Each dated stop is an event with ``start_date``/``end_date`` as ``{"year", "month", "day"}``, the
label as headline and the facts with the evidence as text, and ``group`` visited or planned.

TimelineJS requires a ``start_date`` on every event. An undated stop, when the publication date is
known, is placed on that date (the story reports the stop by then; a planned stop is announced by
then) with ``display_date`` "Date not given (reported by 2024-10-23)" and the group "Date not
given", so it is visible and plainly marked rather than silently dated. Without a publication date
undated stops are left out. :func:`timelinejs_warnings` says which happened and how many.

TimelineJS renders ``headline`` and ``text`` as HTML, so every value from the story is passed through
``html.escape`` first; the JSON encoder then handles the rest.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from typing import Any

from itinerary.exports._common import date_range, details, label, source_text, stops_word, trip_title, undated_count
from itinerary.model import Itinerary, Stop

UNDATED_GROUP = "Date not given"


def _date(d: dt.date) -> dict[str, int]:
    return {"year": d.year, "month": d.month, "day": d.day}


def _text_html(stop: Stop) -> str:
    return "<br>".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}" for k, v in details(stop))


def _event(stop: Stop, published: dt.date | None) -> dict[str, Any] | None:
    event: dict[str, Any] = {"unique_id": f"stop-{stop.seq}"}
    span = date_range(stop)
    if span is not None:
        event["start_date"] = _date(span[0])
        if span[1] != span[0]:
            event["end_date"] = _date(span[1])
        event["group"] = stop.status
    elif published is not None:
        event["start_date"] = _date(published)
        event["display_date"] = f"Date not given (reported by {published.isoformat()})"
        event["group"] = UNDATED_GROUP
    else:
        return None
    event["text"] = {"headline": html.escape(label(stop)), "text": _text_html(stop)}
    return event


def timeline_dict(it: Itinerary) -> dict[str, Any]:
    events = [e for e in (_event(s, it.published) for s in it.stops) if e is not None]
    intro = [html.escape(x) for x in (f"Traveler: {it.traveler}" if it.traveler else "", source_text(it)) if x]
    return {
        "title": {"text": {"headline": html.escape(trip_title(it)), "text": "<br>".join(intro)}},
        "events": events,
    }


def export_timelinejs(it: Itinerary) -> bytes:
    return (json.dumps(timeline_dict(it), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def timelinejs_warnings(it: Itinerary) -> list[str]:
    n = undated_count(it)
    if not n:
        return []
    if it.published is not None:
        return [f"{stops_word(n)} placed on the publication date {it.published.isoformat()} "
                f"and marked \"{UNDATED_GROUP}\" in the timeline"]
    return [f"{stops_word(n)} left out of the timeline (no date and no publication date to place them at)"]
