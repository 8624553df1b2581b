"""Itineraries built by hand for the view tests (independent of the extractor)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from itinerary.model import Itinerary, Place, Source, Stop

SAMPLE_TEXT = (Path(__file__).resolve().parent.parent / "data" / "samples" / "austin_oct2024.txt").read_text("utf-8")

HOSTILE = "</script><img src=x onerror=alert(1)>"

BRUSSELS = Place("Brussels", "Belgium", "BE", 50.8503, 4.3517)
ROME = Place("Rome", "Italy", "IT", 41.8919, 12.5113)
KYIV = Place("Kyiv", "Ukraine", "UA", 50.4501, 30.5234)
VATICAN = Place("Vatican City", "Vatican City", "VA", 41.9029, 12.4534, kind="venue")
LVIV = Place("Lviv", "Ukraine", "UA", 49.8383, 24.0232)


def span(sentence: str) -> tuple[int, int]:
    """Where ``sentence`` is in the sample article."""
    i = SAMPLE_TEXT.index(sentence)
    return (i, i + len(sentence))


NATO = ("Austin spoke at the end of a long trip where he first participated in the last NATO Defense Ministerial "
        "of the Biden Administration.")
G7 = "He then moved to Rome where he took part in the first G-7 Defense Ministers Meeting."
KYIV_EVIDENCE = ("He made an unannounced trip to Kyiv where he met Ukrainian President Volodymyr Zelenskyy and his "
                 "defense leadership.")
POPE = "He returned to Rome and met with Pope Francis in the Vatican."


def sample_like(*, dated: bool = True) -> Itinerary:
    """The sample's five stops (Brussels → Rome → Kyiv → Rome → Vatican City), some dated."""
    d = dt.date
    stops = (
        Stop(1, BRUSSELS, venue="NATO headquarters", event="NATO Defense Ministerial",
             start=d(2024, 10, 17) if dated else None, end=d(2024, 10, 18) if dated else None,
             evidence=NATO, evidence_span=span(NATO), confidence=0.8),
        Stop(2, ROME, event="G-7 Defense Ministers Meeting", start=d(2024, 10, 19) if dated else None,
             evidence=G7, evidence_span=span(G7), confidence=0.9),
        Stop(3, KYIV, people=("Volodymyr Zelenskyy",),
             evidence=KYIV_EVIDENCE, evidence_span=span(KYIV_EVIDENCE), confidence=0.9),
        Stop(4, ROME, evidence=POPE, evidence_span=span(POPE), confidence=0.7),
        Stop(5, VATICAN, venue="Apostolic Palace", people=("Pope Francis",),
             evidence=POPE, evidence_span=span(POPE), confidence=0.7),
    )
    return Itinerary(traveler="Lloyd J. Austin III", published=d(2024, 10, 23),
                     source=Source(title="Austin confirms North Korean troops in Russia (sample article)"), stops=stops)


def hostile() -> Itinerary:
    """Every text field carries a script payload."""
    place = Place(HOSTILE, HOSTILE, "XX", 10.0, 20.0)
    stops = (
        Stop(1, place, venue=HOSTILE, event=HOSTILE + "`${alert(2)}`", people=(HOSTILE,), evidence=HOSTILE + "&\"'",
             start=dt.date(2024, 1, 1)),
        Stop(2, Place("Paris", "France", "FR", 48.8566, 2.3522), event="'); alert(3); ('", status="planned"),
    )
    return Itinerary(traveler=HOSTILE, stops=stops)


def many(n: int) -> Itinerary:
    """``n`` stops spread over the globe, every other one dated."""
    stops = []
    for i in range(n):
        lat = -60 + (i * 37) % 120
        lon = -179 + (i * 61) % 358
        start = dt.date(2024, 1, 1) + dt.timedelta(days=i) if i % 2 == 0 else None
        stops.append(Stop(i + 1, Place(f"Place {i + 1}", "Country", "XX", lat, lon), start=start,
                          status="planned" if i % 5 == 4 else "visited"))
    return Itinerary(stops=tuple(stops))
