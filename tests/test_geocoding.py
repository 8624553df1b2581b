"""Disambiguation in context, the geopy contract, the online fallback, the dev set, the CLI."""

from __future__ import annotations

import json
import math
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from itinerary.errors import ItineraryError
from itinerary.gazetteer import Entry, haversine_km, load_gazetteer
from itinerary.geocoding import (
    GEOCODERS,
    USER_AGENT,
    Context,
    OfflineGeocoder,
    OnlineGeocoder,
    UnknownGeocoderError,
    get_geocoder,
    rank,
    resolve,
    split_qualifier,
)

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


# --- disambiguation ---------------------------------------------------------------------------

TBILISI = (41.69, 44.83)
ATLANTA = (33.75, -84.39)
NEW_YORK = (40.71, -74.01)
LONDON = (51.51, -0.13)
ALBANY_GA = (31.58, -84.16)


@pytest.mark.parametrize(
    ("name", "context", "cc", "admin1", "kind"),
    [
        # Georgia: the country or the US state
        ("Georgia", Context(), "GE", None, "country"),
        ("Georgia", Context(country_codes={"GE": 1.0}), "GE", None, "country"),
        ("Georgia", Context(near=TBILISI), "GE", None, "country"),
        ("Georgia", Context(country_codes={"AM": 0.5, "AZ": 0.5}), "GE", None, "country"),
        ("Georgia", Context(admin1={"US-GA": 1.0}), "US", "GA", "region"),
        ("Georgia", Context(near=ATLANTA), "US", "GA", "region"),
        ("Georgia", Context(qualifier="U.S."), "US", "GA", "region"),
        # Washington: the capital or the state
        ("Washington", Context(), "US", "DC", "city"),
        ("Washington", Context(near=NEW_YORK), "US", "DC", "city"),
        ("Washington state", Context(), "US", "WA", "region"),
        ("Washington, D.C.", Context(), "US", "DC", "city"),
        # Panama City: Panama's capital or the Florida town
        ("Panama City", Context(), "PA", None, "city"),
        ("Panama City", Context(qualifier="Fla."), "US", "FL", "city"),
        ("Panama City", Context(admin1={"US-FL": 1.0}), "US", "FL", "city"),
        ("Panama City, Fla.", Context(), "US", "FL", "city"),
        ("Panama City, Florida", Context(), "US", "FL", "city"),
        ("Panama", Context(), "PA", None, "country"),
        # Paris and Rome
        ("Paris", Context(), "FR", None, "city"),
        ("Paris", Context(near=LONDON), "FR", None, "city"),
        ("Paris", Context(qualifier="Texas"), "US", "TX", "city"),
        ("Paris, Texas", Context(), "US", "TX", "city"),
        ("Paris", Context(admin1={"US-TX": 1.0}), "US", "TX", "city"),
        ("Rome", Context(), "IT", None, "city"),
        ("Rome, Ga.", Context(), "US", "GA", "city"),
        ("Rome, Georgia", Context(), "US", "GA", "city"),
        ("Rome", Context(near=ALBANY_GA), "US", "GA", "city"),
        ("Rome", Context(qualifier="Italy"), "IT", None, "city"),
        ("Albany, Ga.", Context(), "US", "GA", "city"),
        ("Albany", Context(near=(30.16, -85.66)), "US", "GA", "city"),
        # people's names that are also places: this layer only says which place
        ("Austin", Context(), "US", "TX", "city"),
        ("Jordan", Context(), "JO", None, "country"),
        # demonym-derived context
        ("Przemysl", Context(country_codes={"PL": 1.0}), "PL", None, "city"),
        ("Nicaea", Context(country_codes={"TR": 1.0}), "TR", None, "city"),
        ("Lakewood", Context(qualifier="Wash."), "US", "WA", "city"),
        ("Kyiv", Context(), "UA", None, "city"),
        ("Kiev", Context(), "UA", None, "city"),
    ],
)
def test_resolve(name: str, context: Context, cc: str, admin1: str | None, kind: str) -> None:
    e = resolve(name, context)
    assert e is not None, name
    assert e.country_code == cc
    if admin1 is not None:
        assert e.admin1 == admin1
    assert e.kind == kind


def test_tbilisi_for_georgia_in_a_south_caucasus_sentence() -> None:
    gaz = load_gazetteer()
    # the South Caucasus descriptor and its neighbours put Georgia in the Caucasus
    caucasus = gaz.descriptor("the South Caucasus")
    assert caucasus is not None
    ctx = Context(country_codes={"AM": 1.0, "AZ": 1.0}, near=(caucasus.lat, caucasus.lon))
    georgia = resolve("Georgia", ctx)
    assert georgia is not None and georgia.kind == "country"
    capital = gaz.capital(georgia.country_code or "")
    assert capital is not None and capital.name == "Tbilisi"
    assert haversine_km(capital.lat, capital.lon, *TBILISI) < 10


def test_unmatched_qualifier_gives_none() -> None:
    assert resolve("Paris, Germany") is None
    assert resolve("Rome", Context(qualifier="Japan")) is None


def test_unknown_qualifier_is_ignored() -> None:
    e = resolve("Paris", Context(qualifier="Xyzzy"))
    assert e is not None and e.country_code == "FR"


def test_resolve_unknown_name() -> None:
    assert resolve("Xyzzyville") is None
    assert resolve("") is None


def test_rank_keeps_every_candidate_and_is_stable() -> None:
    gaz = load_gazetteer()
    cands = gaz.lookup("Paris")
    ranked = rank(cands, Context(qualifier="Texas"))
    assert sorted(e.id for e in ranked) == sorted(e.id for e in cands)
    assert ranked[0].admin1 == "TX"
    assert rank(cands) == rank(list(cands))
    assert rank([]) == []


def test_qualifier_beats_context_and_distance() -> None:
    ctx = Context(qualifier="Italy", country_codes={"US": 1.0}, admin1={"US-GA": 1.0}, near=ALBANY_GA)
    e = resolve("Rome", ctx)
    assert e is not None and e.country_code == "IT"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Paris, Texas", ("Paris", "Texas")), ("Kyiv", ("Kyiv", None)), (" Rome ,  Ga. ", ("Rome", "Ga.")),
     (",x", (",x", None)), ("x,", ("x,", None))],
)
def test_split_qualifier(query: str, expected: tuple[str, str | None]) -> None:
    assert split_qualifier(query) == expected


# --- geopy contract ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def offline() -> OfflineGeocoder:
    return OfflineGeocoder()


def test_offline_is_a_geopy_geocoder(offline: OfflineGeocoder) -> None:
    assert isinstance(offline, Geocoder)
    assert offline.headers["User-Agent"] == USER_AGENT


def test_geocode_returns_location_with_raw_row(offline: OfflineGeocoder) -> None:
    loc = offline.geocode("Kiev")
    assert isinstance(loc, Location)
    assert loc.raw["name"] == "Kyiv" and loc.raw["country_code"] == "UA" and loc.raw["id"] == "gn:703448"
    assert loc.raw["source"] == "geonames"
    assert loc.address == "Kyiv, Ukraine"
    assert abs(loc.latitude - 50.45) < 0.05 and abs(loc.longitude - 30.52) < 0.05
    json.dumps(loc.raw)  # plain data


def test_geocode_many_returns_a_list(offline: OfflineGeocoder) -> None:
    locs = offline.geocode("Rome", exactly_one=False)
    assert isinstance(locs, list) and len(locs) > 3
    assert all(isinstance(x, Location) for x in locs)
    assert locs[0].raw["country_code"] == "IT"
    assert len(offline.geocode("Rome", exactly_one=False, limit=2)) == 2  # type: ignore[arg-type]


def test_geocode_unknown_is_none(offline: OfflineGeocoder) -> None:
    assert offline.geocode("Xyzzyville") is None
    assert offline.geocode("Xyzzyville", exactly_one=False) is None
    assert offline.geocode("") is None


def test_geocode_options(offline: OfflineGeocoder) -> None:
    loc = offline.geocode("Paris", country_codes="us")
    assert isinstance(loc, Location) and loc.raw["admin1"] == "TX"
    loc = offline.geocode({"city": "Rome", "state": "Georgia"})
    assert isinstance(loc, Location) and loc.raw["admin1"] == "GA"
    loc = offline.geocode("Georgia", context=Context(near=ATLANTA))
    assert isinstance(loc, Location) and loc.raw["kind"] == "region"
    loc = offline.geocode("Kyiv", timeout=3)
    assert isinstance(loc, Location)


def test_geocode_works_through_rate_limiter(offline: OfflineGeocoder, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter(range(100))
    sleeps: list[float] = []
    monkeypatch.setattr(RateLimiter, "_clock", lambda self: float(next(clock)))
    monkeypatch.setattr(RateLimiter, "_sleep", lambda self, s: sleeps.append(s))
    geocode = RateLimiter(offline.geocode, min_delay_seconds=5)
    first = geocode("Tbilisi")
    second = geocode("Przemysl")
    assert isinstance(first, Location) and first.raw["name"] == "Tbilisi"
    assert isinstance(second, Location) and second.raw["country_code"] == "PL"
    assert geocode("Rome", exactly_one=False)[0].raw["country_code"] == "IT"
    assert sleeps and all(0 < s <= 5 for s in sleeps)
    reverse = RateLimiter(offline.reverse, min_delay_seconds=0)
    assert reverse((50.45, 30.52)).raw["country_code"] == "UA"


@pytest.mark.parametrize("query", [(50.4501, 30.5234), "50.4501, 30.5234", [50.4501, 30.5234]])
def test_reverse_nearest_place(offline: OfflineGeocoder, query: Any) -> None:
    loc = offline.reverse(query)
    assert isinstance(loc, Location)
    assert loc.raw["country_code"] == "UA" and loc.raw["distance_km"] < 3


def test_reverse_many_and_remote(offline: OfflineGeocoder) -> None:
    locs = offline.reverse((49.4369, 7.60028), exactly_one=False, limit=5)
    assert isinstance(locs, list) and len(locs) == 5
    dists = [x.raw["distance_km"] for x in locs]
    assert dists == sorted(dists)
    assert "Ramstein-Miesenbach" in [x.raw["name"] for x in locs]
    mid_pacific = offline.reverse((0.0, -140.0))
    assert isinstance(mid_pacific, Location) and mid_pacific.raw["distance_km"] > 500


def test_registry() -> None:
    assert get_geocoder("offline") is OfflineGeocoder
    assert get_geocoder("Nominatim") is OnlineGeocoder
    assert set(GEOCODERS) == {"offline", "nominatim"}
    with pytest.raises(UnknownGeocoderError) as err:
        get_geocoder("google")
    assert isinstance(err.value, ItineraryError) and isinstance(err.value, KeyError)
    assert "'google'" in str(err.value) and "nominatim, offline" in str(err.value)


# --- online, against a loopback server --------------------------------------------------------

NOMINATIM_ANSWER = [{
    "place_id": 1, "lat": "10.5", "lon": "20.25", "display_name": "Testville, Nowhere",
    "class": "place", "type": "town", "importance": 0.5, "address": {"country_code": "zz"},
}]


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict[str, Any]]] = []

    def do_GET(self) -> None:
        url = urllib.parse.urlparse(self.path)
        q = urllib.parse.parse_qs(url.query).get("q", [""])[0]
        low = q.lower()
        type(self).requests.append({"path": url.path, "q": q, "ua": self.headers.get("User-Agent", "")})
        if "slow" in low:
            time.sleep(1.5)
        if "boom" in low:
            self.send_error(500, "server error")
            return
        if "busy" in low:
            self.send_response(429)
            self.send_header("Retry-After", "1")
            self.end_headers()
            return
        body = json.dumps([] if "nothing" in low else NOMINATIM_ANSWER).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    _Handler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{httpd.server_address[1]}", _Handler.requests
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def no_wait(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """RateLimiter with a fake clock and sleep, as geopy's own tests do."""
    now = [0.0]
    sleeps: list[float] = []

    def sleep(self: RateLimiter, seconds: float) -> None:
        sleeps.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(RateLimiter, "_clock", lambda self: now[0])
    monkeypatch.setattr(RateLimiter, "_sleep", sleep)
    return sleeps


def _online(domain: str, tmp_path: Path, **kw: Any) -> OnlineGeocoder:
    return OnlineGeocoder(domain=domain, scheme="http", timeout=kw.pop("timeout", 0.5),
                          cache_path=tmp_path / "cache.sqlite", **kw)


def test_online_answers_unknown_names(server: tuple[str, list[dict[str, Any]]], tmp_path: Path,
                                      no_wait: list[float]) -> None:
    domain, seen = server
    geo = _online(domain, tmp_path)
    loc = geo.geocode("Testville")
    assert isinstance(loc, Location)
    assert loc.address == "Testville, Nowhere" and (loc.latitude, loc.longitude) == (10.5, 20.25)
    assert loc.raw["source"] == "nominatim"
    assert len(seen) == 1 and seen[0]["path"] == "/search" and seen[0]["q"] == "Testville"
    assert seen[0]["ua"].startswith("itinerary/")
    assert geo.warnings == []


def test_online_is_used_only_for_names_the_gazetteer_lacks(server: tuple[str, list[dict[str, Any]]],
                                                           tmp_path: Path, no_wait: list[float]) -> None:
    domain, seen = server
    geo = _online(domain, tmp_path)
    loc = geo.geocode("Kyiv")
    assert isinstance(loc, Location) and loc.raw["source"] == "geonames"
    assert isinstance(geo.reverse((50.45, 30.52)), Location)
    assert seen == []


def test_online_cache_persists(server: tuple[str, list[dict[str, Any]]], tmp_path: Path,
                               no_wait: list[float]) -> None:
    domain, seen = server
    assert _online(domain, tmp_path).geocode("Testville") is not None
    assert _online(domain, tmp_path).geocode("Nothingville") is None
    assert len(seen) == 2
    again = _online(domain, tmp_path)
    loc = again.geocode("testville")
    assert isinstance(loc, Location) and loc.address == "Testville, Nowhere"
    assert again.geocode("Nothingville") is None  # a cached "no result"
    assert len(seen) == 2
    assert (tmp_path / "cache.sqlite").exists()


def test_online_rate_limit_one_per_second(server: tuple[str, list[dict[str, Any]]], tmp_path: Path,
                                          no_wait: list[float]) -> None:
    domain, seen = server
    geo = _online(domain, tmp_path)
    geo.geocode("Testville A")
    geo.geocode("Testville B")
    geo.geocode("Testville C")
    assert len(seen) == 3
    assert len(no_wait) == 2 and all(abs(s - 1.0) < 1e-6 for s in no_wait)


@pytest.mark.parametrize(
    ("query", "fragment"),
    [("slowville", "GeocoderTimedOut"), ("boomville", "GeocoderServiceError"), ("busyville", "GeocoderRateLimited")],
)
def test_online_failure_falls_back_with_a_warning(server: tuple[str, list[dict[str, Any]]], tmp_path: Path,
                                                  no_wait: list[float], query: str, fragment: str,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    domain, seen = server
    geo = _online(domain, tmp_path, timeout=0.3)
    assert geo.geocode(query) is None  # not in the gazetteer either: None, not an exception
    assert len(geo.warnings) == 1 and fragment in geo.warnings[0] and repr(query) in geo.warnings[0]
    assert any("answered offline" in r.getMessage() for r in caplog.records)
    # known names still work offline after a failure, and failures are not cached
    assert isinstance(geo.geocode("Kyiv"), Location)
    geo.geocode(query)
    assert len([r for r in seen if r["q"] == query]) == 2


def test_online_unreachable_host_falls_back(tmp_path: Path, no_wait: list[float]) -> None:
    geo = _online("127.0.0.1:9", tmp_path, timeout=0.5)  # discard port: nothing listens
    assert geo.geocode("Testville") is None
    assert len(geo.warnings) == 1
    assert isinstance(geo.geocode("Paris, Texas"), Location)


# --- the dev set ------------------------------------------------------------------------------


def _dev_stops() -> list[tuple[str, dict[str, Any], tuple[float, float] | None]]:
    out = []
    for path in sorted(DEV.glob("*.json")) if DEV.is_dir() else []:
        gold = json.loads(path.read_text(encoding="utf-8"))
        prev: tuple[float, float] | None = None
        for stop in gold.get("stops", []):
            out.append((f"{path.stem}#{stop['seq']}", stop, prev))
            prev = (stop["lat"], stop["lon"])
    return out


DEV_STOPS = _dev_stops()


@pytest.mark.skipif(not DEV_STOPS, reason="../shared/eval/dev is not beside the repository")
@pytest.mark.parametrize(("label", "stop", "prev"), DEV_STOPS, ids=[s[0] for s in DEV_STOPS])
def test_dev_stop_resolves(label: str, stop: dict[str, Any], prev: tuple[float, float] | None) -> None:
    gaz = load_gazetteer()
    gold = (stop["lat"], stop["lon"])
    cc = stop["country_code"]
    if stop.get("level") in ("country", "territory"):
        e = resolve(stop["place"])
        assert e is not None and e.kind == "country" and e.country_code == cc
        return
    candidates = gaz.lookup(stop["place"])
    assert any(haversine_km(e.lat, e.lon, *gold) < 10 for e in candidates), stop["place"]
    venue = gaz.venue(stop["venue"]) if stop.get("venue") else None
    if venue is not None:  # the venue implies the place ("Joint Base Lewis-McChord" → Lakewood, Wash.)
        assert haversine_km(venue.lat, venue.lon, *gold) < 25, (venue.name, gold)
        city = gaz.city_of(venue)
        assert city is not None and haversine_km(city.lat, city.lon, *gold) < 10, (venue.name, city, gold)
        return
    e = resolve(stop["place"], Context(country_codes={cc: 1.0}, near=prev))
    assert e is not None and e.country_code == cc
    assert haversine_km(e.lat, e.lon, *gold) < 10, (stop["place"], e, gold)


@pytest.mark.skipif(not DEV_STOPS, reason="../shared/eval/dev is not beside the repository")
def test_dev_venues_and_events_known() -> None:
    gaz = load_gazetteer()
    for _label, stop, _prev in DEV_STOPS:
        v = stop.get("venue")
        if v and v != "state capitol":
            assert gaz.venue(v) is not None, v


# --- helpers for the CLI tests ----------------------------------------------------------------


def _km(e: Entry | dict[str, Any], point: tuple[float, float]) -> float:
    lat, lon = (e.lat, e.lon) if isinstance(e, Entry) else (e["lat"], e["lon"])
    return haversine_km(lat, lon, *point)


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert math.isclose(haversine_km(0, 0, 0, 1), 111.19, rel_tol=1e-3)


# --- the CLI ----------------------------------------------------------------------------------

CLI_CASES = [
    (["Kyiv"], (50.45, 30.52), "UA"),
    (["Kiev"], (50.45, 30.52), "UA"),
    (["Przemysl"], (49.78, 22.77), "PL"),
    (["Ramstein", "Air", "Base"], (49.44, 7.55), "DE"),
    (["NATO headquarters"], (50.85, 4.35), "BE"),
    (["the Vatican"], (41.90, 12.45), "VA"),
    (["the Pentagon"], (38.88, -77.10), "US"),
    (["Camp David"], (39.62, -77.41), "US"),
    (["Paris, Texas"], (33.66, -95.56), "US"),
    (["Rome,", "Ga."], (34.26, -85.16), "US"),
    (["Tbilisi"], (41.69, 44.83), "GE"),
    (["Paris", "--country", "us"], (33.66, -95.56), "US"),
]


@pytest.mark.parametrize(("argv", "point", "cc"), CLI_CASES, ids=[" ".join(c[0]) for c in CLI_CASES])
def test_cli_geocode_json(argv: list[str], point: tuple[float, float], cc: str,
                          capsys: pytest.CaptureFixture[str]) -> None:
    from itinerary.cli import main

    assert main(["geocode", *argv, "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert {"name", "country", "country_code", "lat", "lon", "kind", "population", "source"} <= set(row)
    assert row["country_code"] == cc
    assert _km(row, point) < 10, row


def test_cli_geocode_table(capsys: pytest.CaptureFixture[str]) -> None:
    from itinerary.cli import main

    assert main(["geocode", "Kiev"]) == 0
    out = capsys.readouterr().out
    assert "Kyiv" in out and "Ukraine" in out and "geonames" in out


@pytest.mark.parametrize(("argv", "message"), [
    (["Xyzzyville"], "no match for 'Xyzzyville'"),
    (["Paris", "--country", "DE"], "no match for 'Paris' in DE"),
    (["Paris", "--country", "Germany"], "two-letter ISO code"),
])
def test_cli_geocode_no_match(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    from itinerary.cli import main

    assert main(["geocode", *argv]) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""


def test_cli_geocode_online_falls_back(server: tuple[str, list[dict[str, Any]]], tmp_path: Path,
                                       no_wait: list[float], monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    import itinerary.geocoding as geocoding
    from itinerary.cli import main

    domain, _seen = server
    real = geocoding.OnlineGeocoder.__init__

    def local(self: OnlineGeocoder, **kw: Any) -> None:
        real(self, **{**kw, "domain": domain, "scheme": "http", "timeout": 0.3})

    monkeypatch.setattr(geocoding.OnlineGeocoder, "__init__", local)
    cache = str(tmp_path / "c.sqlite")
    assert main(["geocode", "Testville", "--online", "--cache", cache, "--format", "json"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["source"] == "nominatim" and row["lat"] == 10.5
    assert main(["geocode", "boomville", "--online", "--cache", cache]) == 2
    err = capsys.readouterr().err
    assert "warning: online geocoding of 'boomville' failed" in err and "no match for 'boomville'" in err
