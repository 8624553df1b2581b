"""Hypothesis strategies for the itinerary model, shared by the model, export and hardening tests."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from itinerary.model import PLACE_KINDS, STATUSES, Itinerary, Place, Source, Stop

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_name = _text.filter(lambda s: bool(s.strip()))
_dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
_codes = st.sampled_from(["BE", "IT", "UA", "US", "PL", "DE", "JP", "GE", "VA"])


@st.composite
def places(draw: st.DrawFn) -> Place:
    return Place(
        name=draw(_name),
        country=draw(st.none() | _name),
        country_code=draw(st.none() | _codes),
        lat=draw(st.floats(-90, 90, allow_nan=False)),
        lon=draw(st.floats(-180, 180, allow_nan=False)),
        kind=draw(st.sampled_from(PLACE_KINDS)),  # type: ignore[arg-type]
    )


@st.composite
def stops(draw: st.DrawFn, seq: int = 1) -> Stop:
    start = draw(st.none() | _dates)
    end = draw(st.none() | _dates)
    if start and end and end < start:
        start, end = end, start
    a = draw(st.integers(0, 5000))
    span = draw(st.none() | st.just((a, a + draw(st.integers(0, 400)))))
    return Stop(
        seq=seq,
        place=draw(places()),
        venue=draw(st.none() | _name),
        event=draw(st.none() | _name),
        people=tuple(draw(st.lists(_name, max_size=3))),
        start=start,
        end=end,
        status=draw(st.sampled_from(STATUSES)),  # type: ignore[arg-type]
        evidence=draw(_text),
        evidence_span=span,
        confidence=draw(st.floats(0, 1, allow_nan=False)),
    )


@st.composite
def itineraries(draw: st.DrawFn, max_stops: int = 6) -> Itinerary:
    n = draw(st.integers(0, max_stops))
    return Itinerary(
        traveler=draw(st.none() | _name),
        source=Source(title=draw(st.none() | _text), url=draw(st.none() | st.just("https://example.org/a")),
                      path=draw(st.none() | st.just("data/a.txt"))),
        published=draw(st.none() | _dates),
        stops=tuple(draw(stops(seq=i)) for i in range(1, n + 1)),
        warnings=tuple(draw(st.lists(_text, max_size=2))),
    )
