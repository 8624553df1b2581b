"""The folium map builder, without Streamlit: titles, order, styling, escaping, assets."""

from __future__ import annotations

import json
import re

import pytest

from itinerary.model import Itinerary
from itinerary.views.assets import COMPONENT_STATIC_BASE, resolve_assets
from itinerary.views.map import (
    ATTRIBUTION,
    build_base_map,
    build_layers,
    build_map,
    leg_path,
    marker_spots,
    popup_html,
    route_legs,
    screen_angle,
    trip_bounds,
)
from itinerary.views.stats import haversine_km
from tests.views_helpers import HOSTILE, hostile, many, sample_like


def render(m) -> str:
    return m.get_root().render()


def marker_options(html: str) -> list[dict]:
    """Every marker of the rendered page, in order, read back from the markers' data array."""
    found = re.findall(r"var rows = (\[.*?\]);\n", html, re.S)
    rows = [row for block in found for row in json.loads(block)]
    return [{"lat": r[0], "lon": r[1], "icon": r[2], "title": r[6], "tooltip": r[7], "popup": r[8]} for r in rows]


def test_markers_are_numbered_in_order_with_title_and_tooltip() -> None:
    html = render(build_map(sample_like()))
    opts = marker_options(html)
    labels = ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City"]
    assert [o["title"] for o in opts] == labels
    assert [o["tooltip"] for o in opts] == labels


def test_a_return_stands_beside_the_first_visit() -> None:
    spots = marker_spots(sample_like())
    rome_first, rome_again, vatican = spots[1], spots[3], spots[4]
    assert (rome_first.lat, rome_first.lon) == (rome_again.lat, rome_again.lon)
    assert len({rome_first.dx, rome_again.dx, vatican.dx}) == 3  # three numbers side by side
    assert spots[0].dx == 0 and spots[2].dx == 0


def test_visited_and_planned_are_styled_apart_and_selection_is_ringed() -> None:
    it = hostile()
    html = render(build_map(it, selected=2))
    icons = [o["icon"] for o in marker_options(html)]
    assert 'class="itin-pin itin-visited"' in icons[0] and 'class="itin-pin itin-planned"' in icons[1]
    ring = 'class=\\"itin-ring\\" data-seq=\\"2\\"'
    assert html.count(ring) == 1
    assert 'class=\\"itin-ring\\"' not in render(build_map(it))
    [layer] = build_layers(it, 2)
    assert layer.layer_name == "Selection"


def test_route_has_arrows_and_long_legs_curve() -> None:
    it = sample_like()
    layers = build_layers(it)
    html = render(build_map(it))
    legs = json.loads(re.search(r"var legs = (\[.*?\]);\n", html, re.S).group(1))
    assert len(legs) == 3  # Brussels→Rome, Rome→Kyiv, Kyiv→Rome (Rome→Vatican is no move)
    assert all(len(leg[2]) == 2 and isinstance(leg[3], int) for leg in legs)  # an arrowhead on each: where, angle
    assert [leg[1] for leg in legs] == [0, 0, 0]  # all visited: solid lines
    assert [leg.to.place.name for leg in route_legs(it)] == ["Rome", "Kyiv", "Rome"]
    spots = marker_spots(it)
    path = leg_path(spots[1], spots[2])  # Rome → Kyiv, ~1,700 km: a curve
    assert len(path) > 10
    assert path[0] == pytest.approx((spots[1].lat, spots[1].lon))
    assert path[-1] == pytest.approx((spots[2].lat, spots[2].lon), abs=1e-6)
    back = leg_path(spots[2], spots[3])
    mid_out, mid_back = path[len(path) // 2], back[len(back) // 2]
    assert haversine_km(*mid_out, *mid_back) > 50  # out and back are two lines
    assert [layer.layer_name for layer in layers] == ["Selection"]


def test_screen_angle() -> None:
    assert screen_angle((0, 0), (0, 10)) == pytest.approx(0)  # east
    assert screen_angle((0, 0), (10, 0)) == pytest.approx(-90)  # north is up: counter-clockwise
    assert screen_angle((10, 0), (0, 0)) == pytest.approx(90)


def test_hostile_text_is_escaped_everywhere() -> None:
    html = render(build_map(hostile(), selected=1, assets="local"))
    assert HOSTILE not in html
    assert "<img" not in html.replace("<img src=x", "")  # no live tag
    assert "onerror=alert(1)>" not in html
    assert "`${alert(2)}`" not in html
    pop = popup_html(hostile().stops[0])
    assert "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in pop
    assert "&#96;&#36;{alert(2)}&#96;" in pop
    # the only <script> blocks are folium's own: none closes early inside a string
    for block in re.findall(r"<script>(.*?)</script>", html, re.S):
        assert "</script" not in block.lower()


def test_view_is_fitted_to_the_trip() -> None:
    it = sample_like()
    (s, w), (n, e) = trip_bounds(it)
    for stop in it.stops:
        assert s <= stop.place.lat <= n and w <= stop.place.lon <= e
    assert "fitBounds" in render(build_base_map(it))
    assert "fitBounds" not in render(build_base_map(Itinerary()))


def test_local_assets_only_and_no_cdn() -> None:
    html = render(build_base_map(sample_like(), assets="local"))
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls, html[:500]
    assert all(u.startswith(COMPONENT_STATIC_BASE) for u in urls), urls
    assert "cdn" not in html and "bootstrap" not in html and "awesome" not in html
    assert ATTRIBUTION.split("<a")[0] in html or "GeoNames" in html
    assert "Natural Earth" in html


def test_inline_assets_make_a_self_contained_page() -> None:
    html = render(build_map(sample_like(), assets="inline"))
    assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)="http', html)
    assert "L.Map" in html or "Leaflet" in html
    assert '"FeatureCollection"' in html  # the basemap is embedded


def test_url_base_assets() -> None:
    a = resolve_assets("https://example.org/assets")
    assert a.js[0][1] == "https://example.org/assets/leaflet.js"
    assert a.basemap_url == "https://example.org/assets/basemap.json"


def test_base_map_is_identical_across_selections() -> None:
    """The dashboard relies on this: the base map's script does not depend on the selection."""
    from streamlit_folium import _get_map_string, generate_js_hash

    it = sample_like()
    h1 = generate_js_hash(_get_map_string(build_base_map(it)), "map")
    h2 = generate_js_hash(_get_map_string(build_base_map(it)), "map")
    assert h1 == h2


def test_online_tiles_only_when_asked() -> None:
    assert "tile.openstreetmap.org" not in render(build_base_map(sample_like()))
    assert "tile.openstreetmap.org" in render(build_base_map(sample_like(), online=True))


def test_many_stops_build() -> None:
    m = build_map(many(500))
    assert len(marker_options(render(m))) == 500


TEMPLATE_TEXT = "{{ 7777*1001 }} {% if x %} {# open"


def test_template_syntax_in_the_text_is_never_evaluated() -> None:
    """branca compiles rendered scripts again as Jinja2: text must not reach a template source."""
    import dataclasses

    it = hostile()
    stops = tuple(dataclasses.replace(s, place=dataclasses.replace(s.place, name=f"{s.place.name} {TEMPLATE_TEXT}"),
                                      event=TEMPLATE_TEXT, evidence=TEMPLATE_TEXT, venue=TEMPLATE_TEXT) for s in it.stops)
    it = dataclasses.replace(it, stops=stops)
    html = render(build_map(it, selected=1, assets="local"))
    assert "7784777" not in html and "{{" not in html and "{%" not in html
    assert marker_options(html)[0]["title"].endswith(TEMPLATE_TEXT)  # shown literally
    from streamlit_folium import generate_leaflet_string

    m = build_base_map(it)
    for layer in build_layers(it):
        assert "7784777" not in generate_leaflet_string(layer)
    assert "7784777" not in render(m)


def test_js_literals() -> None:
    from itinerary.views.map import js

    assert js({"a": [1, 2.5, None, True], "b": {"c": "x"}}) == '{"a": [1, 2.5, null, true], "b": {"c": "x"}}'
    assert js("</script>{{x}}'&") == '"\\u003c/script\\u003e\\u007b\\u007bx\\u007d\\u007d\\u0027\\u0026"'
    assert js({"k{{": ["{%", 'q"{#']}) == '{"k\\u007b\\u007b": ["\\u007b%", "q\\"\\u007b#"]}'
    assert json.loads(js({"a": "{<x>}"})) == {"a": "{<x>}"}
    with pytest.raises(ValueError):
        js(float("nan"))


def _trip(*places: tuple[str, float, float]) -> Itinerary:
    from itinerary.model import Place, Stop

    return Itinerary(stops=tuple(Stop(i + 1, Place(n, None, None, lat, lon)) for i, (n, lat, lon) in enumerate(places)))


def test_a_pacific_crossing_stays_continuous() -> None:
    it = _trip(("Washington", 38.9, -77.0), ("Tokyo", 35.7, 139.7), ("Honolulu", 21.3, -157.9))
    lons = [s.lon for s in marker_spots(it)]
    assert lons[1] == pytest.approx(139.7 - 360)  # drawn west of Washington, across the Pacific
    (_, w), (_, e) = trip_bounds(it)
    assert e - w < 180
    assert "[-360, 0, 360].forEach" in render(build_base_map(it))  # the basemap is there too


def test_a_trip_round_the_world_keeps_markers_in_the_world() -> None:
    it = _trip(("Washington", 38.9, -77.0), ("London", 51.5, -0.1), ("Delhi", 28.6, 77.2), ("Tokyo", 35.7, 139.7),
               ("Honolulu", 21.3, -157.9), ("Washington", 38.9, -77.0))
    assert [s.lon for s in marker_spots(it)] == [-77.0, -0.1, 77.2, 139.7, -157.9, -77.0]


def test_data_uri_assets_for_a_component_without_static_serving() -> None:
    a = resolve_assets("data")
    assert [name for name, _ in a.js] == ["leaflet", "jquery"]
    assert all(url.startswith("data:text/javascript;base64,") for _, url in a.js)
    assert a.css[0][1].startswith("data:text/css;base64,") and a.basemap_url is None
    html = render(build_base_map(sample_like(), assets="data"))
    assert "http" not in "".join(re.findall(r'(?:src|href)="([^"]{0,12})', html))


def test_copy_assets(tmp_path) -> None:
    from itinerary.views.assets import asset_sources, copy_assets, ensure_static

    target = copy_assets(tmp_path / "s")
    for name in asset_sources():
        assert (target / name).is_file()
    assert (target / "basemap.json").read_bytes()[:1] == b"{"
    assert ensure_static(tmp_path / "app") and (tmp_path / "app" / "static" / "itinerary" / "leaflet.js").is_file()
    (tmp_path / "ro").mkdir()
    (tmp_path / "ro" / "static").write_text("a file where the folder should be")
    assert not ensure_static(tmp_path / "ro")  # the app then falls back to data: URIs


def test_the_basemap_is_current() -> None:
    """The committed basemap: every country a closed ring inside the world (scripts/build_basemap.py)."""
    from itinerary.views.assets import basemap_geojson

    data = basemap_geojson()
    assert data["type"] == "FeatureCollection" and len(data["features"]) >= 170
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"Italy", "Ukraine", "Belgium", "Russia", "Fiji", "Antarctica"} <= names
    for f in data["features"]:
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                assert ring[0] == ring[-1] and all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


def test_a_very_long_trip_gets_fewer_arrowheads() -> None:
    from itinerary.views.map import MAX_ARROWS

    html = render(build_map(many(500), assets="local"))
    legs = json.loads(re.search(r"var legs = (\[.*?\]);\n", html, re.S).group(1))
    with_arrow = [leg for leg in legs if leg[2] is not None]
    assert len(legs) > MAX_ARROWS >= len(with_arrow) > MAX_ARROWS // 2
