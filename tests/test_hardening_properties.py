"""Property tests: extraction never raises on arbitrary text within the limit, and what it
returns is always a valid itinerary whose evidence points into the text.

:func:`check_extraction` is the invariant checker; ``scripts/fuzz.py`` uses it too.
Hypothesis runs are kept small here (CI time); the fuzz script runs the 10,000 cases.
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itinerary.extraction import Extraction, extract
from itinerary.model import Itinerary, Source, from_json, to_json
from itinerary.sources import clean_text

# Trip phrasing to mix with noise, so that generated texts reach the extractor's interesting paths.
OFFICIALS = ["Secretary Smith", "Foreign Minister Jane Doe", "President Ana Souza", "The prime minister",
             "Chancellor Weber", "Defense Secretary Lloyd Austin", "She", "He", "The delegation"]
VERBS = ["traveled to", "flew to", "arrived in", "visited", "then flew to", "went on to", "will travel to",
         "is expected to visit", "returned to", "landed in", "made an unannounced trip to", "stopped in"]
PLACES = ["Rome", "Kyiv", "Warsaw", "Brussels", "Paris", "Berlin", "Tokyo", "Washington", "Beijing", "New Delhi",
          "Nairobi", "Brasília", "Canberra", "Vatican City", "Geneva", "Tbilisi", "Seoul", "Ottawa", "Mexico City",
          "Springfield", "Georgia", "Paris, Texas", "the Vatican", "Zürich", "São Paulo", "Kyiv's Mariinskyi Palace"]
WHEN = ["on Tuesday", "on Monday, October 21, 2024", "on Oct. 21", "on 21 October 2024", "from March 3 to 5",
        "last week", "next month", "on Feb. 30", "on 2024-13-45", "in 1999", "on Wednesday and Thursday",
        "two days later", "the next day", "earlier this year", "on July 4th", "yesterday", ""]
WHY = ["for talks with officials", "to attend the G-7 Defense Ministers Meeting", "for the NATO summit",
       "where she met the president", "at the Élysée Palace", "to meet Pope Francis", ""]
HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</script>", '<a href="javascript:alert(1)">x</a>',
           "&\"'", "&amp;lt;", "]]>", "<!--", "{{7*7}}", "${alert(1)}", "=cmd|' /C calc'!A0", "@SUM(1+1)", "\u202e",
           "\u200b", "\ufeff", "\x00", "\x1b[31m", "\r\n", "\u2028", "e\u0301\u0301\u0301", "🇺🇦", "𝕽𝖔𝖒𝖊"]


def sentences() -> st.SearchStrategy[str]:
    trip = st.builds(
        lambda who, verb, where, when, why, end: " ".join(x for x in (who, verb, where, when, why) if x) + end,
        st.sampled_from(OFFICIALS), st.sampled_from(VERBS), st.sampled_from(PLACES), st.sampled_from(WHEN),
        st.sampled_from(WHY), st.sampled_from([".", "", "!", ";", "\n", ".\n\n"]),
    )
    return st.one_of(trip, trip, st.sampled_from(HOSTILE), st.text(max_size=60))


def articles() -> st.SearchStrategy[str]:
    return st.lists(sentences(), max_size=25).map(" ".join)


DATES = st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2060, 12, 31))


def check_itinerary(it: Itinerary, text: str) -> None:
    """The itinerary's invariants, checked again from outside (not only by the model)."""
    assert isinstance(it, Itinerary)
    assert [s.seq for s in it.stops] == list(range(1, len(it.stops) + 1))
    for s in it.stops:
        assert math.isfinite(s.place.lat) and -90 <= s.place.lat <= 90, s.place
        assert math.isfinite(s.place.lon) and -180 <= s.place.lon <= 180, s.place
        assert s.place.name.strip(), s
        if s.start is not None and s.end is not None:
            assert s.start <= s.end, s
        assert 0.0 <= s.confidence <= 1.0
        if s.evidence_span is not None:
            a, b = s.evidence_span
            assert 0 <= a <= b <= len(text), (s.evidence_span, len(text))
            assert text[a:b] == s.evidence, (text[a:b], s.evidence)
    assert all(isinstance(w, str) for w in it.warnings)
    assert from_json(to_json(it)) == it


def check_extraction(ext: Extraction, text: str) -> None:
    assert isinstance(ext, Extraction)
    check_itinerary(ext.itinerary, text)
    for m in ext.mentions:
        a, b = m.span
        assert 0 <= a <= b <= len(text), (m, len(text))
        assert text[a:b] == m.text, (text[a:b], m.text)


_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(text=st.text(max_size=3000), published=DATES)
def test_extract_never_raises_on_any_text(text: str, published: dt.date | None) -> None:
    check_extraction(extract(text, published=published, traveler=None, source=Source()), text)


@_SETTINGS
@given(text=articles(), published=DATES, traveler=st.none() | st.sampled_from(OFFICIALS + HOSTILE[:3]))
def test_extract_on_trip_like_text(text: str, published: dt.date | None, traveler: str | None) -> None:
    check_extraction(extract(text, published=published, traveler=traveler, source=Source(title=text[:80])), text)


@_SETTINGS
@given(text=articles())
def test_extract_on_cleaned_text(text: str) -> None:
    """What sources hand over in practice: cleaned text."""
    cleaned = clean_text(text)
    check_extraction(extract(cleaned, published=dt.date(2024, 10, 23)), cleaned)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence=sentences(), repeat=st.integers(200, 3000), sep=st.sampled_from([" ", "", ", and ", "\n"]))
def test_extract_on_long_repetitive_text(sentence: str, repeat: int, sep: str) -> None:
    text = sep.join([sentence] * repeat)
    check_extraction(extract(text, published=dt.date(2024, 10, 23)), text)
