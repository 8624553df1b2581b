"""Model invariants and the JSON round trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given

from itinerary.errors import ValidationError
from itinerary.model import Itinerary, Place, Source, Stop, from_json, to_json
from tests.strategies import itineraries

ROME = Place("Rome", "Italy", "IT", 41.9, 12.5)


@given(itineraries())
def test_json_round_trip_is_exact(it: Itinerary) -> None:
    assert from_json(to_json(it)) == it


@given(itineraries())
def test_json_has_schema_version_and_shape(it: Itinerary) -> None:
    d = json.loads(to_json(it))
    assert d["schema"] == 1
    assert list(d) == ["schema", "traveler", "published", "source", "stops", "warnings"]
    for stop in d["stops"]:
        assert list(stop) == ["seq", "place", "country", "country_code", "lat", "lon", "kind", "venue", "event",
                              "people", "start", "end", "status", "evidence", "evidence_span", "confidence"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lat": 91.0}, "lat must be within"),
        ({"lat": -90.5}, "lat must be within"),
        ({"lon": 180.01}, "lon must be within"),
        ({"lat": float("nan")}, "lat must be within"),
        ({"country_code": "ITA"}, "alpha-2"),
        ({"country_code": "it"}, "alpha-2"),
        ({"kind": "planet"}, "kind must be one of city, country, region, venue; got 'planet'"),
        ({"name": " "}, "needs a name"),
    ],
)
def test_place_invariants(kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        dataclasses.replace(ROME, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": dt.date(2024, 10, 5), "end": dt.date(2024, 10, 4)}, "start must not be after end"),
        ({"seq": 0}, "seq must be a positive integer"),
        ({"status": "cancelled"}, "status must be one of visited, planned; got 'cancelled'"),
        ({"confidence": 1.5}, "confidence must be within"),
        ({"evidence_span": (10, 5)}, "evidence_span"),
        ({"start": dt.datetime(2024, 1, 1)}, "start must be a date"),
    ],
)
def test_stop_invariants(kwargs: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Stop(**{"seq": 1, "place": ROME, **kwargs})


def test_sequence_must_run_one_to_n() -> None:
    stops = (Stop(1, ROME), Stop(3, ROME))
    with pytest.raises(ValidationError, match=r"1\.\.2; got \[1, 3\]"):
        Itinerary(stops=stops)


def test_with_stops_renumbers() -> None:
    it = Itinerary(stops=(Stop(1, ROME), Stop(2, dataclasses.replace(ROME, name="Kyiv"))))
    flipped = it.with_stops(reversed(it.stops))
    assert [(s.seq, s.place.name) for s in flipped.stops] == [(1, "Kyiv"), (2, "Rome")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ('{"schema": 2}', "unsupported schema 2"),
        ('{"schema": 1, "stops": [{"seq": 1}]}', "needs the field 'place'"),
        ('{"schema": 1, "published": "yesterday"}', "published must be an ISO date"),
        ("[]", "must be a JSON object"),
    ],
)
def test_from_json_rejects_bad_documents(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        from_json(text)


def test_source_defaults() -> None:
    assert Itinerary().source == Source()
