"""The stop table round trip: edits, re-geocoding, reordering, adding and deleting rows."""

from __future__ import annotations

import datetime as dt

import pytest

from itinerary.model import Place
from itinerary.views.editing import (
    apply_editor_state,
    gazetteer_geocode,
    itinerary_from_table,
    table_from_itinerary,
)
from tests.views_helpers import LVIV, sample_like

FAKE_PLACES = {"Lviv": LVIV, "Warsaw": Place("Warsaw", "Poland", "PL", 52.2298, 21.0118)}


def fake_geocode(name: str, near) -> Place | None:
    return FAKE_PLACES.get(name)


def edit(state: dict, it=None):
    it = it or sample_like()
    rows = apply_editor_state(table_from_itinerary(it), state)
    return itinerary_from_table(rows, it, fake_geocode)


def names(it) -> list[str]:
    return [s.place.name for s in it.stops]


def test_unedited_table_gives_the_same_itinerary() -> None:
    it = sample_like()
    result = itinerary_from_table(table_from_itinerary(it), it, fake_geocode)
    assert result.itinerary == it
    assert result.messages == ()


def test_a_changed_place_is_geocoded_and_keeps_the_rest() -> None:
    result = edit({"edited_rows": {2: {"place": "Lviv"}}})
    stop = result.itinerary.stops[2]
    assert stop.place == LVIV
    assert stop.people == ("Volodymyr Zelenskyy",)  # kept from the extracted stop
    assert "Zelenskyy" in stop.evidence


def test_an_unknown_place_keeps_its_position_with_a_message() -> None:
    result = edit({"edited_rows": {2: {"place": "Atlantis"}}})
    stop = result.itinerary.stops[2]
    assert stop.place.name == "Atlantis" and stop.place.lat == pytest.approx(50.4501)
    assert any("no place called 'Atlantis'" in m for m in result.messages)


def test_typed_coordinates_win() -> None:
    result = edit({"edited_rows": {2: {"place": "Somewhere", "lat": 10.5, "lon": -20.25}}})
    p = result.itinerary.stops[2].place
    assert (p.name, p.lat, p.lon) == ("Somewhere", 10.5, -20.25)


def test_dates_event_and_status_edits() -> None:
    result = edit({"edited_rows": {3: {"start": "2024-10-21", "end": "2024-10-20", "event": "Audience",
                                       "status": "planned"}}})
    stop = result.itinerary.stops[3]
    assert (stop.start, stop.end) == (dt.date(2024, 10, 20), dt.date(2024, 10, 21))  # swapped, with a message
    assert stop.event == "Audience" and stop.status == "planned"
    assert any("swapped" in m for m in result.messages)


def test_clearing_a_date_and_an_event() -> None:
    result = edit({"edited_rows": {0: {"start": None, "end": None, "event": ""}}})
    stop = result.itinerary.stops[0]
    assert stop.start is None and stop.end is None and stop.event is None


def test_reorder_by_number() -> None:
    result = edit({"edited_rows": {4: {"#": 1}}})
    assert names(result.itinerary) == ["Vatican City", "Brussels", "Rome", "Kyiv", "Rome"]
    assert [s.seq for s in result.itinerary.stops] == [1, 2, 3, 4, 5]


def test_delete_and_add_rows() -> None:
    result = edit({"deleted_rows": [0], "added_rows": [{"place": "Warsaw", "start": "2024-10-22"}]})
    assert names(result.itinerary) == ["Rome", "Kyiv", "Rome", "Vatican City", "Warsaw"]
    added = result.itinerary.stops[-1]
    assert added.start == dt.date(2024, 10, 22) and added.status == "visited" and added.confidence == 1.0


def test_an_added_row_without_a_place_is_ignored_and_unknown_one_reported() -> None:
    result = edit({"added_rows": [{}, {"place": "Atlantis"}]})
    assert len(result.itinerary.stops) == 5
    assert any("type its lat and lon" in m for m in result.messages)


def test_out_of_range_coordinates_are_a_message_not_a_crash() -> None:
    result = edit({"edited_rows": {1: {"lat": 123.0}}})
    assert result.itinerary.stops[1].place.lat == pytest.approx(41.8919)
    assert any("lat must be within" in m for m in result.messages)


def test_gazetteer_geocoder_prefers_the_place_near_the_trip() -> None:
    rome = gazetteer_geocode("Rome", [Place("Atlanta", "United States", "US", 33.749, -84.388)])
    assert rome is not None and rome.country_code == "US"
    rome = gazetteer_geocode("Rome", [Place("Brussels", "Belgium", "BE", 50.85, 4.35)])
    assert rome is not None and rome.country_code == "IT"
    assert gazetteer_geocode("Qqqzzx", []) is None


def test_odd_editor_state_is_ignored() -> None:
    state = {"edited_rows": {"x": {"place": "Lviv"}, 99: {"place": "Lviv"}, "1": {"bogus": 1, "event": "Summit"}},
             "deleted_rows": ["y", 42], "added_rows": ["not a row"]}
    result = edit(state)
    assert names(result.itinerary) == names(sample_like())
    assert result.itinerary.stops[1].event == "Summit"


def test_reset_gives_a_fresh_editor() -> None:
    from itinerary.views.state import Trip

    trip = Trip("text", sample_like(), (), "k" * 64)
    assert trip.reset().editor_key != trip.editor_key
    assert trip.reset().itinerary == trip.itinerary
