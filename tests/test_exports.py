"""Every export format, read back by an independent reader, over a sample trip and generated ones."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html.parser
import io
import itertools
import json
import re
import threading
import xml.etree.ElementTree as ET

import geojson
import gpxpy
import icalendar
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from itinerary.errors import ItineraryError, UnknownFormatError, ValidationError
from itinerary.exports import (
    EXPORTERS,
    EXTENSIONS,
    MEDIA_TYPES,
    export,
    export_warnings,
    format_for_path,
    get_exporter,
    read_csv,
    read_json,
)
from itinerary.exports.geo import split_at_antimeridian
from itinerary.exports.records import neutralise, split_items, unneutralise
from itinerary.model import Itinerary, Place, Source, Stop
from tests.strategies import itineraries

# Exporting is real work and this machine is shared: no per-example deadline.
EXPORT_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

FORMATS = ["csv", "json", "geojson", "kml", "gpx", "ics", "html", "timelinejs", "png", "svg", "pdf"]
TEXT_FORMATS = ["csv", "json", "geojson", "kml", "gpx", "ics", "timelinejs"]  # cheap, no browser
KML = "{http://www.opengis.net/kml/2.2}"
HOSTILE = "</script><img src=x onerror=alert(1)>&\"'"

BRUSSELS = Place("Brussels", "Belgium", "BE", 50.8503, 4.3517)
ROME = Place("Rome", "Italy", "IT", 41.8919, 12.5113)
KYIV = Place("Kyiv", "Ukraine", "UA", 50.4547, 30.5238)
VATICAN = Place("Vatican City", "Vatican", "VA", 41.9029, 12.4534, kind="country")
MADRID = Place("Madrid", "Spain", "ES", 40.4165, -3.7026)


def sample() -> Itinerary:
    """The Austin trip of October 2024, with some dates given and some not (as stories go)."""
    d = dt.date
    return Itinerary(
        traveler="Lloyd J. Austin III",
        source=Source(title="Austin confirms North Korean troops in Russia (sample article)",
                      url="https://www.defense.gov/News/a?id=1&lang=en", path="data/samples/austin_oct2024.txt"),
        published=d(2024, 10, 23),
        stops=(
            Stop(1, BRUSSELS, venue="NATO headquarters", event="NATO Defense Ministerial",
                 start=d(2024, 10, 17), end=d(2024, 10, 18),
                 evidence="he first participated in the last NATO Defense Ministerial of the Biden Administration.",
                 evidence_span=(1660, 1760), confidence=0.8),
            Stop(2, ROME, event="G-7 Defense Ministers Meeting", start=d(2024, 10, 19),
                 evidence="He then moved to Rome where he took part in the first G-7 Defense Ministers Meeting.",
                 evidence_span=(1761, 1845), confidence=0.9),
            Stop(3, KYIV, event="unannounced trip", people=("Volodymyr Zelenskyy",), start=d(2024, 10, 21),
                 evidence="He made an unannounced trip to Kyiv where he met Ukrainian President Volodymyr Zelenskyy "
                          "and his defense leadership.", evidence_span=(1846, 1960), confidence=0.9),
            Stop(4, ROME, evidence="He returned to Rome and met with Pope Francis in the Vatican.",
                 evidence_span=(1961, 2021), confidence=0.7),
            Stop(5, VATICAN, venue="Apostolic Palace", event="audience", people=("Pope Francis",),
                 evidence="He returned to Rome and met with Pope Francis in the Vatican.",
                 evidence_span=(1961, 2021), confidence=0.85),
        ),
        warnings=("no dates for 2 stops",),
    )


def hostile() -> Itinerary:
    """Every text field carries markup, quotes, formula starts and iCalendar separators."""
    return Itinerary(
        traveler=HOSTILE,
        source=Source(title=f"=HYPERLINK(\"http://evil\") {HOSTILE}", url="https://example.org/?a=1&b=<2>",
                      path="-data/evil;file.txt"),
        published=dt.date(2024, 10, 23),
        stops=(
            Stop(1, Place(HOSTILE, HOSTILE, "BE", 50.85, 4.35), venue=HOSTILE, event=f"=cmd|' /C calc'!A0 {HOSTILE}",
                 people=(HOSTILE, "+Eve; the second", "@Mallory\\"), start=dt.date(2024, 10, 21),
                 evidence=f"{HOSTILE}, with commas; semicolons\\ backslash\nand a second line",
                 evidence_span=(0, 40), confidence=0.5),
            Stop(2, Place("-Madrid", None, None, 40.4165, -3.7026), event=HOSTILE, status="planned",
                 evidence=f"\t{HOSTILE}"),
        ),
        warnings=(HOSTILE, "-1 stop\nsecond line; with a semicolon"),
    )


def one_stop() -> Itinerary:
    return Itinerary(stops=(Stop(1, MADRID),))


# --- the registry -------------------------------------------------------------------------------

def test_registry_names_and_tables_agree() -> None:
    assert list(EXPORTERS) == FORMATS
    assert set(MEDIA_TYPES) == set(EXTENSIONS) == set(FORMATS)
    assert all(ext.startswith(".") for ext in EXTENSIONS.values())


def test_unknown_format_lists_the_valid_names() -> None:
    with pytest.raises(UnknownFormatError) as info:
        get_exporter("docx")
    message = str(info.value)
    assert message.startswith("unknown format 'docx'; choose one of csv, json, geojson")
    assert all(name in message for name in FORMATS)
    assert isinstance(info.value, KeyError) and isinstance(info.value, ItineraryError)
    with pytest.raises(UnknownFormatError):
        export(sample(), "CSV ")
    with pytest.raises(UnknownFormatError):
        export_warnings(sample(), "xlsx")


@pytest.mark.parametrize(("path", "fmt"), [
    ("trip.csv", "csv"), ("out/trip.JSON", "json"), ("trip.geojson", "geojson"), ("trip.geo.json", "geojson"),
    ("trip.kml", "kml"), ("trip.gpx", "gpx"), ("a/b/trip.ics", "ics"), ("trip.html", "html"), ("trip.htm", "html"),
    ("trip.timeline.json", "timelinejs"), ("trip.png", "png"), ("trip.svg", "svg"), ("trip.pdf", "pdf"),
    ("C:\\out\\trip.Kml", "kml"),
    ("trip.docx", None), ("trip", None), ("-", None), (".csv", None), ("csv", None), ("trip.csv/", None),
])
def test_format_for_path(path: str, fmt: str | None) -> None:
    assert format_for_path(path) == fmt


def test_every_extension_maps_back_to_its_format() -> None:
    for fmt, ext in EXTENSIONS.items():
        assert format_for_path("trip" + ext) == fmt


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_text_exports_are_deterministic_utf8(fmt: str) -> None:
    first = export(sample(), fmt)
    assert isinstance(first, bytes)
    first.decode("utf-8")
    assert export(sample(), fmt) == first
    assert export(hostile(), fmt) == export(hostile(), fmt)


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
def test_exports_of_an_empty_itinerary(fmt: str) -> None:
    assert export(Itinerary(), fmt)


# --- CSV ----------------------------------------------------------------------------------------

def _csv_rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_round_trip_of_the_sample_and_the_hostile_case() -> None:
    for it in (sample(), hostile(), one_stop(), Itinerary(), Itinerary(traveler="Blinken", warnings=("none",))):
        assert read_csv(export_csv_bytes(it)) == it


def export_csv_bytes(it: Itinerary) -> bytes:
    return export(it, "csv")


def _csv_representable(it: Itinerary) -> bool:
    """A blank cell reads back as None / no items: the two cases CSV cannot tell apart."""
    return it.source.title != "" and it.warnings != ("",)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(itineraries())
def test_csv_round_trip_is_exact(it: Itinerary) -> None:
    assume(_csv_representable(it))
    assert read_csv(export(it, "csv")) == it


@EXPORT_SETTINGS
@given(itineraries())
def test_csv_blank_cells_read_as_missing(it: Itinerary) -> None:
    expected = dataclasses.replace(
        it,
        source=dataclasses.replace(it.source, title=it.source.title or None),
        warnings=() if it.warnings == ("",) else it.warnings,
    )
    assert read_csv(export(it, "csv")) == expected


def test_csv_has_one_row_per_stop_with_every_json_field() -> None:
    it = sample()
    rows = _csv_rows(export(it, "csv"))
    assert len(rows) == len(it.stops)
    stop_fields = set(json.loads(it.to_json())["stops"][0]) - {"evidence_span"}
    assert stop_fields | {"evidence_start", "evidence_end"} <= set(rows[0])
    assert rows[2]["people"] == "Volodymyr Zelenskyy"
    assert (rows[0]["evidence_start"], rows[0]["evidence_end"]) == ("1660", "1760")
    assert rows[0]["traveler"] == rows[4]["traveler"] == "Lloyd J. Austin III"
    assert rows[3]["start"] == "" and rows[0]["end"] == "2024-10-18"


def test_csv_starts_with_a_bom_and_reads_without_it() -> None:
    data = export(sample(), "csv")
    assert data.startswith(b"\xef\xbb\xbfseq,place,")
    assert read_csv(data[3:]) == read_csv(data.decode("utf-8-sig")) == sample()


def test_csv_neutralises_formula_cells_but_not_numbers() -> None:
    rows = _csv_rows(export(hostile(), "csv"))
    first, second = rows
    assert first["event"].startswith("'=cmd|")
    assert first["source_title"].startswith("'=HYPERLINK")
    assert first["source_path"] == "'-data/evil;file.txt"
    assert first["place"] == HOSTILE  # starts with "<": not a formula
    assert second["place"] == "'-Madrid"
    assert second["evidence"].startswith("'\t")
    assert second["lon"] == "-3.7026"  # a number, left as it is
    assert first["people"].startswith("</script>") and "; '+Eve" not in first["people"]
    for row in rows:
        for key, cell in row.items():
            if key not in ("lat", "lon"):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (key, cell)


def test_csv_people_and_warnings_with_separators_read_back() -> None:
    it = hostile()
    row = _csv_rows(export(it, "csv"))[0]
    assert row["people"] == "</script><img src=x onerror=alert(1)>&\"'; +Eve\\; the second; @Mallory\\\\"
    assert read_csv(export(it, "csv")).stops[0].people == (HOSTILE, "+Eve; the second", "@Mallory\\")


@pytest.mark.parametrize(("cell", "written"), [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("'=x", "''=x"), ("'s-Hertogenbosch", "'s-Hertogenbosch"), ("a=b", "a=b"), ("", ""), ("'", "'"),
])
def test_neutralise_table(cell: str, written: str) -> None:
    assert neutralise(cell) == written
    assert unneutralise(written) == cell


@given(st.text())
def test_neutralise_is_undone_exactly(cell: str) -> None:
    written = neutralise(cell)
    assert unneutralise(written) == cell
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))


@given(st.lists(st.text(min_size=1)), st.sampled_from(["; ", "\n"]))
def test_list_cells_split_back(items: list[str], sep: str) -> None:
    from itinerary.exports.records import join_items

    assert split_items(join_items(items, sep), sep) == tuple(items)


@pytest.mark.parametrize(("text", "message"), [
    ("a,b\n1,2\n", "missing columns"),
    (export_csv_bytes(sample()).decode("utf-8-sig").replace("50.8503", "north", 1), "lat must be a number"),
    (export_csv_bytes(sample()).decode("utf-8-sig").replace("2024-10-17", "17/10/2024", 1), "start must be a date"),
    (export_csv_bytes(sample()).decode("utf-8-sig").replace("\r\n2,", "\r\n7,", 1), "sequence numbers must run"),
])
def test_read_csv_rejects_bad_files_with_validation_errors(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_csv(text)


# --- JSON ---------------------------------------------------------------------------------------

@EXPORT_SETTINGS
@given(itineraries())
def test_json_export_round_trip_is_exact(it: Itinerary) -> None:
    assert read_json(export(it, "json")) == it


def test_json_export_is_the_cli_json() -> None:
    it = sample()
    assert export(it, "json") == (it.to_json(indent=2) + "\n").encode()


# --- GeoJSON ------------------------------------------------------------------------------------

def _geojson(it: Itinerary) -> geojson.FeatureCollection:
    return geojson.loads(export(it, "geojson").decode())


def test_geojson_points_in_lon_lat_order_and_route_in_stop_order() -> None:
    it = sample()
    fc = _geojson(it)
    assert fc.is_valid, fc.errors()
    assert fc["type"] == "FeatureCollection"
    points = [f for f in fc["features"] if f["geometry"]["type"] == "Point"]
    lines = [f for f in fc["features"] if f["geometry"]["type"] == "LineString"]
    assert [p["properties"]["label"] for p in points] == ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome",
                                                          "5. Vatican City"]
    assert points[0]["geometry"]["coordinates"] == [4.3517, 50.8503]
    assert points[2]["properties"]["people"] == ["Volodymyr Zelenskyy"]
    assert points[0]["properties"]["start"] == "2024-10-17"
    assert len(lines) == 1
    assert lines[0]["geometry"]["coordinates"] == [[s.place.lon, s.place.lat] for s in it.stops]
    assert fc["traveler"] == "Lloyd J. Austin III"


def test_geojson_with_fewer_than_two_stops_has_no_line() -> None:
    for it in (Itinerary(), one_stop()):
        fc = _geojson(it)
        assert fc.is_valid, fc.errors()
        assert all(f["geometry"]["type"] == "Point" for f in fc["features"])
        assert len(fc["features"]) == len(it.stops)


def test_geojson_route_is_cut_at_the_antimeridian() -> None:
    tokyo = Place("Tokyo", "Japan", "JP", 35.68, 139.69)
    honolulu = Place("Honolulu", "United States", "US", 21.31, -157.86)
    it = Itinerary().with_stops([Stop(1, tokyo), Stop(1, honolulu), Stop(1, MADRID)])
    fc = _geojson(it)
    assert fc.is_valid, fc.errors()
    route = fc["features"][-1]["geometry"]
    assert route["type"] == "MultiLineString"
    first, second = route["coordinates"]
    assert first[0] == [139.69, 35.68] and first[-1][0] == 180
    assert second[0][0] == -180 and second[0][1] == first[-1][1]
    assert second[-1] == [-3.7026, 40.4165]


def test_a_leg_along_the_antimeridian_itself_is_cut_without_dividing_by_zero() -> None:
    # 180° and -180° are the same meridian: found by hypothesis (the cut fraction was 0 / 0)
    parts = split_at_antimeridian([(180.0, 0.0), (-180.0, 10.0)])
    assert parts == [[(180.0, 0.0), (180.0, 0.0)], [(-180.0, 0.0), (-180.0, 10.0)]]
    east, west = Place("East", None, None, 0.0, 180.0), Place("West", None, None, 0.0, -180.0)
    fc = _geojson(Itinerary().with_stops([Stop(1, east), Stop(1, west)]))
    assert fc.is_valid, fc.errors()


@example([(180.0, 0.0), (-180.0, 0.0)])
@given(st.lists(st.tuples(st.floats(-180, 180), st.floats(-90, 90)), min_size=2, max_size=8))
def test_antimeridian_cut_keeps_every_leg_short(positions: list[tuple[float, float]]) -> None:
    parts = split_at_antimeridian(positions)
    crossings = sum(1 for a, b in itertools.pairwise(positions) if abs(b[0] - a[0]) > 180)
    assert len(parts) == crossings + 1
    kept = [p for part in parts for p in part[(0 if part is parts[0] else 1):(None if part is parts[-1] else -1)]]
    assert kept == positions  # the stops, in order, with only the cut points added
    for part in parts:
        assert len(part) >= 2
        for (a, _), (b, _) in itertools.pairwise(part):
            assert abs(b - a) <= 180
    assert parts[0][0] == positions[0] and parts[-1][-1] == positions[-1]


@EXPORT_SETTINGS
@given(itineraries())
def test_geojson_is_always_valid(it: Itinerary) -> None:
    fc = _geojson(it)
    assert fc.is_valid, fc.errors()
    assert [f["properties"]["seq"] for f in fc["features"][: len(it.stops)]] == [s.seq for s in it.stops]


# --- KML ----------------------------------------------------------------------------------------

def _kml(it: Itinerary) -> ET.Element:
    return ET.fromstring(export(it, "kml"))


def test_kml_placemarks_timespans_and_route() -> None:
    it = sample()
    root = _kml(it)
    placemarks = root.findall(f".//{KML}Placemark")
    names = [p.findtext(f"{KML}name") for p in placemarks]
    assert names == ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City", "Route"]
    brussels = placemarks[0]
    assert brussels.findtext(f"{KML}TimeSpan/{KML}begin") == "2024-10-17"
    assert brussels.findtext(f"{KML}TimeSpan/{KML}end") == "2024-10-18"
    assert brussels.findtext(f"{KML}Point/{KML}coordinates").split(",")[:2] == ["4.3517", "50.8503"]
    assert placemarks[3].find(f"{KML}TimeSpan") is None  # the undated return to Rome
    assert "NATO Defense Ministerial" in (brussels.findtext(f"{KML}description") or "")
    line = placemarks[-1].find(f"{KML}LineString")
    assert line is not None
    coords = [c.split(",")[:2] for c in (line.findtext(f"{KML}coordinates") or "").split()]
    assert coords == [[str(s.place.lon), str(s.place.lat)] for s in it.stops]
    assert line.findtext(f"{KML}tessellate") == "1"
    assert root.findtext(f"{KML}Document/{KML}name") == it.source.title


def test_kml_description_is_html_escaped_for_google_earth() -> None:
    root = _kml(hostile())
    first = root.findall(f".//{KML}Placemark")[0]
    assert first.findtext(f"{KML}name") == "1. " + HOSTILE  # plain text: only XML-escaped
    description = first.findtext(f"{KML}description") or ""
    assert "<img" not in description and "</script>" not in description
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#x27;" in description
    assert "<b>Evidence:</b>" in description


def test_kml_is_the_same_when_written_from_many_threads() -> None:
    it = sample()
    expected = export(it, "kml")
    results: list[bytes] = []

    def work() -> None:
        for _ in range(5):
            results.append(export(it, "kml"))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 20


@EXPORT_SETTINGS
@given(itineraries())
def test_kml_is_well_formed_for_any_text(it: Itinerary) -> None:
    root = _kml(it)
    assert len(root.findall(f".//{KML}Point")) == len(it.stops)


# --- GPX ----------------------------------------------------------------------------------------

def test_gpx_waypoints_and_route_read_back_with_gpxpy() -> None:
    it = sample()
    gpx = gpxpy.parse(export(it, "gpx").decode())
    assert [w.name for w in gpx.waypoints] == ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City"]
    assert [(w.latitude, w.longitude) for w in gpx.waypoints] == [(s.place.lat, s.place.lon) for s in it.stops]
    assert gpx.waypoints[0].time == dt.datetime(2024, 10, 17, tzinfo=dt.UTC)
    assert gpx.waypoints[3].time is None
    assert gpx.waypoints[2].comment == "unannounced trip"
    assert "Volodymyr Zelenskyy" in (gpx.waypoints[2].description or "")
    (route,) = gpx.routes
    assert [(p.latitude, p.longitude) for p in route.points] == [(s.place.lat, s.place.lon) for s in it.stops]
    assert gpx.creator == "itinerary"


def test_gpx_hostile_text_reads_back_as_text() -> None:
    data = export(hostile(), "gpx")
    ET.fromstring(data)
    gpx = gpxpy.parse(data.decode())
    assert gpx.waypoints[0].name == "1. " + HOSTILE
    assert b"<img" not in data
    assert b"<link" not in data  # gpxpy does not escape attributes: the URL is never put in one


@EXPORT_SETTINGS
@given(itineraries())
def test_gpx_is_well_formed_for_any_text(it: Itinerary) -> None:
    data = export(it, "gpx")
    ET.fromstring(data)
    gpx = gpxpy.parse(data.decode())
    assert len(gpx.waypoints) == len(it.stops)
    assert sum(len(r.points) for r in gpx.routes) == len(it.stops)


# --- ICS ----------------------------------------------------------------------------------------

def _events(it: Itinerary) -> list[icalendar.Event]:
    cal = icalendar.Calendar.from_ical(export(it, "ics"))
    return list(cal.walk("VEVENT"))


def test_ics_all_day_events_for_dated_stops() -> None:
    it = sample()
    events = _events(it)
    assert [str(e["summary"]) for e in events] == [
        "1. Brussels — NATO Defense Ministerial", "2. Rome — G-7 Defense Ministers Meeting",
        "3. Kyiv — unannounced trip"]
    brussels = events[0]
    assert brussels.decoded("dtstart") == dt.date(2024, 10, 17)
    assert brussels.decoded("dtend") == dt.date(2024, 10, 19)  # exclusive: the day after the 18th
    assert events[1].decoded("dtend") == dt.date(2024, 10, 20)
    assert str(brussels["location"]) == "NATO headquarters, Brussels, Belgium"
    assert (brussels["geo"].latitude, brussels["geo"].longitude) == (50.8503, 4.3517)
    assert "he first participated" in str(brussels["description"])
    assert str(brussels["status"]) == "CONFIRMED"
    assert brussels.decoded("dtstamp") == dt.datetime(2024, 10, 23, tzinfo=dt.UTC)
    uids = [str(e["uid"]) for e in events]
    assert len(set(uids)) == 3
    assert uids == [str(e["uid"]) for e in _events(it)]


def test_ics_warns_how_many_undated_stops_are_left_out() -> None:
    assert export_warnings(sample(), "ics") == ["2 undated stops left out of the calendar (an event needs a date)"]
    assert export_warnings(one_stop(), "ics") == ["1 undated stop left out of the calendar (an event needs a date)"]
    assert export_warnings(hostile(), "ics") == ["1 undated stop left out of the calendar (an event needs a date)"]
    assert export_warnings(Itinerary(), "ics") == []
    assert export_warnings(sample(), "csv") == []


def test_ics_escapes_and_folds_lines() -> None:
    data = export(hostile(), "ics")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert b"\n" not in data.replace(b"\r\n", b"")
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert "with commas\\; semicolons\\\\ backslash\\nand a second line" in unfolded
    assert f"DESCRIPTION:Place: {HOSTILE}\\, {HOSTILE}" in unfolded
    (event,) = _events(hostile())
    assert str(event["description"]).endswith(
        f"Evidence: {HOSTILE}, with commas; semicolons\\ backslash\nand a second line\nConfidence: 0.50")
    assert str(event["url"]) == "https://example.org/?a=1&b=<2>"


def test_ics_without_publication_date_stamps_1970() -> None:
    it = dataclasses.replace(sample(), published=None)
    assert _events(it)[0].decoded("dtstamp") == dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def test_ics_keeps_a_literal_backslash_n_as_written() -> None:
    stop = dataclasses.replace(sample().stops[0], event="C:\\New folder \\N; a,b")
    (event, *_) = _events(dataclasses.replace(sample(), stops=(stop,)))
    assert str(event["summary"]).endswith("C:\\New folder \\N; a,b")


def test_ics_drops_a_url_with_line_breaks_instead_of_failing() -> None:
    it = dataclasses.replace(sample(), source=Source(url="https://x.org/\r\nATTACH:http://evil"))
    events = _events(it)
    assert all("url" not in e for e in events)
    assert b"ATTACH" not in export(it, "ics")


@EXPORT_SETTINGS
@given(itineraries())
def test_ics_reads_back_for_any_text(it: Itinerary) -> None:
    data = export(it, "ics")
    assert not re.search(rb"[\x00-\x08\x0a-\x1f\x7f]", data.replace(b"\r\n", b"")), "RFC 5545 text has no controls"
    events = _events(it)
    dated = [s for s in it.stops if s.start or s.end]
    assert len(events) == len(dated)
    for event, stop in zip(events, dated, strict=True):
        what = stop.event or stop.venue
        summary = f"{stop.seq}. {stop.place.name}" + (f" — {what}" if what else "")
        expected = re.sub("[\x00-\x08\x0b-\x1f\x7f]", "", summary.replace("\r\n", "\n").replace("\r", "\n"))
        assert str(event["summary"]) == expected
        assert event.decoded("dtstart") == (stop.start or stop.end)
        assert event.decoded("dtend") == (stop.end or stop.start) + dt.timedelta(days=1)


# --- TimelineJS ---------------------------------------------------------------------------------

def test_timelinejs_events_and_undated_stops_on_the_publication_date() -> None:
    doc = json.loads(export(sample(), "timelinejs"))
    assert doc["title"]["text"]["headline"] == "Austin confirms North Korean troops in Russia (sample article)"
    events = doc["events"]
    assert [e["text"]["headline"] for e in events] == ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome",
                                                       "5. Vatican City"]
    assert events[0]["start_date"] == {"year": 2024, "month": 10, "day": 17}
    assert events[0]["end_date"] == {"year": 2024, "month": 10, "day": 18}
    assert "end_date" not in events[1]
    assert events[3]["start_date"] == {"year": 2024, "month": 10, "day": 23}
    assert events[3]["display_date"] == "Date not given (reported by 2024-10-23)"
    assert events[3]["group"] == "Date not given" and events[0]["group"] == "visited"
    assert all("start_date" in e for e in events)
    assert len({e["unique_id"] for e in events}) == 5
    assert export_warnings(sample(), "timelinejs") == [
        '2 undated stops placed on the publication date 2024-10-23 and marked "Date not given" in the timeline']


def test_timelinejs_leaves_out_undated_stops_without_publication_date() -> None:
    it = dataclasses.replace(sample(), published=None)
    doc = json.loads(export(it, "timelinejs"))
    assert [e["text"]["headline"] for e in doc["events"]] == ["1. Brussels", "2. Rome", "3. Kyiv"]
    assert export_warnings(it, "timelinejs") == [
        "2 undated stops left out of the timeline (no date and no publication date to place them at)"]


def test_timelinejs_text_is_html_escaped() -> None:
    doc = json.loads(export(hostile(), "timelinejs"))
    event = doc["events"][0]
    assert event["text"]["headline"] == "1. &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#x27;"
    assert "<img" not in json.dumps(doc, ensure_ascii=False)
    assert "<b>Evidence:</b>" in event["text"]["text"]


@EXPORT_SETTINGS
@given(itineraries())
def test_timelinejs_every_event_has_a_start_date(it: Itinerary) -> None:
    doc = json.loads(export(it, "timelinejs"))
    assert all({"year", "month", "day"} <= set(e["start_date"]) for e in doc["events"])
    expected = len(it.stops) if it.published else sum(1 for s in it.stops if s.start or s.end)
    assert len(doc["events"]) == expected


# --- standalone HTML (the browser test is in test_exports_browser.py) ---------------------------

def _island(page: str) -> dict[str, object]:
    tag = '<script type="application/json" id="itinerary-data">'
    start = page.index(tag) + len(tag)
    data: dict[str, object] = json.loads(page[start:page.index("</script>", start)])
    return data


class _Loads(html.parser.HTMLParser):
    """The URLs a page would load by itself (scripts' text is not markup, so it is not looked at)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.srcdoc: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "srcdoc" and value is not None:
                self.srcdoc.append(value)
            elif value and not value.startswith("data:") and (
                name in ("src", "poster", "data", "background")
                or (tag == "link" and name == "href")
                or (name == "style" and "url(" in value)
            ):
                self.urls.append(value)


def _fetched_urls(page: str) -> tuple[list[str], list[str]]:
    parser = _Loads()
    parser.feed(page)
    return parser.urls, parser.srcdoc


def test_html_is_self_contained_and_carries_its_data() -> None:
    from itinerary.model import itinerary_from_dict

    page = export(sample(), "html").decode()
    assert page.startswith("<!DOCTYPE html>")
    assert page.index('http-equiv="Content-Security-Policy"') < page.index("<script")
    assert "default-src &#x27;none&#x27;" in page and "connect-src &#x27;none&#x27;" in page
    fetched, srcdoc = _fetched_urls(page)
    assert fetched == []  # no src=, no <link href=>, no url() in a style attribute: nothing to load
    assert len(srcdoc) == 1 and "L.map(" in srcdoc[0]
    map_fetched, map_frames = _fetched_urls(srcdoc[0])
    assert map_fetched == [] and map_frames == []
    assert itinerary_from_dict(_island(page)) == sample()
    for label in ("1. Brussels", "3. Kyiv", "5. Vatican City"):
        assert label in page
    assert "GeoNames" in page and "CC BY 4.0" in page and "Natural Earth" in page and "Leaflet" in page


def test_html_escapes_hostile_text_everywhere() -> None:
    from itinerary.model import itinerary_from_dict

    page = export(hostile(), "html").decode()
    assert "<img src=x" not in page
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#x27;" in page
    island_start = page.index('id="itinerary-data">')
    assert "\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e\\u0026\\\"\\u0027" in page[island_start:]
    assert itinerary_from_dict(_island(page)) == hostile()
    assert 'href="javascript:' not in page


def test_html_links_only_web_addresses() -> None:
    it = dataclasses.replace(sample(), source=Source(url="javascript:alert(1)"))
    page = export(it, "html").decode()
    assert "<li><b>Address:</b> javascript:alert(1)</li>" in page


def test_html_is_deterministic() -> None:
    assert export(sample(), "html") == export(sample(), "html")


TEMPLATE_PROBE = "{{ 7*7 }} {% for i in range(3) %}loop{% endfor %} {# c #} {{{x}}} {{ cycler.__init__ }}"


def test_html_does_not_evaluate_template_syntax_in_story_text() -> None:
    """folium/branca compile rendered map scripts as Jinja2 templates; story text must stay text."""
    from itinerary.model import itinerary_from_dict

    probe = Place(f"P {TEMPLATE_PROBE}", TEMPLATE_PROBE, None, 50.0, 4.0)
    it = Itinerary(traveler=TEMPLATE_PROBE, stops=(
        Stop(1, probe, venue=TEMPLATE_PROBE, event=TEMPLATE_PROBE, people=(TEMPLATE_PROBE,), evidence=TEMPLATE_PROBE),
    ))
    page = export(it, "html").decode()
    (map_doc,) = _fetched_urls(page)[1]
    assert "P 49" not in map_doc
    assert "7*7" in map_doc  # the text is there (however the map view encodes its braces)
    assert "looplooploop" not in page
    assert "Cycler" not in page and "<bound method" not in page
    assert itinerary_from_dict(_island(page)) == it  # the data island keeps the exact text
