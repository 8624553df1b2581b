"""The itinerary as a folium map: numbered markers, the route with arrows, a bundled basemap.

Pure functions, no Streamlit. :func:`build_map` gives a complete map (for the standalone HTML
export or a notebook); the dashboard uses the two halves separately so selection does not remount
the map: :func:`build_base_map` (basemap, attribution, optional online tiles, route, markers, the
view fitted to the trip — identical across reruns while the trip is unchanged) and
:func:`build_layers` (the ring round the selected stop, which goes to ``st_folium`` through
``feature_group_to_add``).

Every marker's tooltip and title read ``"N. Place"``. Text from the article reaches the page only
as JSON string literals (``<``, ``>``, ``&`` and ``'`` as ``\\u00XX``) holding HTML-escaped text, so
a place name cannot open a tag or leave the script.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.template import Template

from itinerary.model import Itinerary, Stop
from itinerary.views.assets import Assets, basemap_geojson, resolve_assets
from itinerary.views.format import escape_html, place_line, stop_dates, stop_label
from itinerary.views.stats import great_circle_points, haversine_km, unwrap_longitudes

#: Legs longer than this are drawn as great-circle curves.
CURVE_MIN_KM = 300.0
VISITED_COLOR = "#1f5fa8"
PLANNED_COLOR = "#c2410c"
SELECTED_COLOR = "#f59e0b"
MARKER_SIZE = 26
RING_SIZE = 40
MARKER_SPACING = 24  # px between co-located markers (a return to the same place)
MAX_ARROWS = 150  # arrowheads on the route at most (a 500-stop trip gets one on every fourth leg)
NEAR_KM = 25.0  # stops closer than this share a spot on the map
BOW = 0.10  # a leg bows to the right of travel by this share of its length, so A→B and B→A stay apart

ATTRIBUTION = (
    'Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> (CC BY 4.0) · '
    'Basemap: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>'
)
ONLINE_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
ONLINE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'

MAP_CSS = f"""
<style>
.leaflet-container {{ background: #dce9f3; font-family: system-ui, sans-serif; }}
.leaflet-control-attribution, .leaflet-control-scale-line {{ font-size: 11px; line-height: 1.4; }}
.itin-marker {{ background: none; border: none; }}
.itin-pin {{ box-sizing: border-box; width: {MARKER_SIZE}px; height: {MARKER_SIZE}px; border-radius: 50%;
  display: flex; align-items: center; justify-content: center; font: 700 12px/1 system-ui, sans-serif;
  box-shadow: 0 1px 3px rgba(0,0,0,.45); cursor: pointer; }}
.itin-visited {{ background: {VISITED_COLOR}; color: #fff; border: 2px solid #fff; }}
.itin-planned {{ background: #fff; color: {PLANNED_COLOR}; border: 2px dashed {PLANNED_COLOR}; }}
.itin-ring {{ box-sizing: border-box; width: {RING_SIZE}px; height: {RING_SIZE}px; border-radius: 50%;
  border: 4px solid {SELECTED_COLOR}; box-shadow: 0 0 0 3px rgba(255,255,255,.8), 0 0 10px {SELECTED_COLOR}; }}
.itin-arrow {{ background: none; border: none; pointer-events: none; }}
.itin-arrow svg {{ display: block; }}
.itin-popup {{ font-size: 12px; line-height: 1.4; }}
.itin-popup h4 {{ margin: 0 0 4px; font-size: 13px; }}
.itin-popup p {{ margin: 2px 0; }}
.itin-popup blockquote {{ margin: 6px 0 0; padding-left: 6px; border-left: 3px solid #ccc; color: #333; }}
</style>
"""


# --- elements ------------------------------------------------------------------------------------
#
# branca compiles every element's rendered script once more as a Jinja2 template (``Element(text)``),
# so text from the article must never carry ``{{``, ``{%`` or ``{#`` into a script: every string goes
# in as a JavaScript literal with ``{`` and ``}`` (and ``<``, ``>``, ``&``, ``'``) as ``\\u00XX``
# escapes, through :func:`js`. Code and CSS that are not ours to escape (inline Leaflet) go in as
# :class:`Raw` elements, which are never compiled.

_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _braces(m: re.Match[str]) -> str:
    text = m.group(0)
    return text.replace("{", "\\u007b").replace("}", "\\u007d") if "{" in text or "}" in text else text


def js(value: object) -> str:
    """``value`` (JSON data) as a JavaScript literal that is inert in HTML and in a Jinja2 template source.

    ``<``, ``>``, ``&`` and ``'`` are escaped everywhere, ``{`` and ``}`` inside strings; JSON's own
    braces never form ``{{``, ``{%`` or ``{#`` (an object's first token is a string or ``}``).
    """
    out = _JSON_STRING.sub(_braces, json.dumps(value, allow_nan=False, separators=(", ", ": ")))
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


class Raw(Element):
    """Text put into the page as it is, never compiled as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: object) -> str:
        return self.text


class _Script(MacroElement):
    """A MacroElement whose ``script`` macro is the class template; attributes from keywords.

    Its rendered script goes into the page as :class:`Raw` text, not compiled again (branca's
    ``MacroElement.render`` would compile it as a template: slow for long trips, and a trap).
    """

    def __init__(self, **values: object) -> None:
        super().__init__()
        for name, value in values.items():
            setattr(self, name, value)

    def render(self, **kwargs: object) -> str:
        figure: Any = self.get_root()
        script = self._template.module.__dict__["script"]
        figure.script.add_child(Raw(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""


def _compile(source: str) -> Template:
    """A folium template that can use the ``itin_js`` filter (:func:`js`)."""
    Template("").environment.filters.setdefault("itin_js", js)  # folium's templates share one environment
    return Template(source)


class StopMarkers(_Script):
    """Numbered DivIcon markers, one per stop, with ``"N. Place"`` titles and tooltips and escaped popups.

    One element for all the markers: the stops go in as one data array and a loop makes the markers,
    which keeps the script small and fast to build for long trips.
    """

    _template = _compile(
        """
        {% macro script(this, kwargs) %}
            (function (group) {
                var rows = {{ this.rows_js }};
                rows.forEach(function (r) {
                    L.marker([r[0], r[1]], {
                        icon: L.divIcon({className: "itin-marker", html: r[2], iconSize: [r[3], r[3]],
                                         iconAnchor: [r[4], r[5]]}),
                        title: r[6], alt: r[6], riseOnHover: true
                    }).bindTooltip(r[7], {direction: "top", offset: [0, -14]})
                      .bindPopup(r[8], {maxWidth: 320, offset: [r[3] / 2 - r[4], -8]})
                      .addTo(group);
                });
            })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


class SelectionRing(_Script):
    """A ring round the selected stop's marker (non-interactive: clicks go to the marker)."""

    _template = _compile(
        """
        {% macro script(this, kwargs) %}
            L.marker({{ this.location|itin_js }}, {
                icon: L.divIcon({className: "itin-ring-icon", html: {{ this.html|itin_js }},
                                 iconSize: [{{ this.size }}, {{ this.size }}], iconAnchor: {{ this.anchor|itin_js }}}),
                interactive: false, keyboard: false, zIndexOffset: -1000
            }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


class RouteLines(_Script):
    """The legs as non-interactive polylines (dashed towards a planned stop), each with an arrowhead."""

    _template = _compile(
        """
        {% macro script(this, kwargs) %}
            (function (group) {
                // per leg: [path, planned (0/1), arrow position, arrow angle in degrees]
                var legs = {{ this.legs_js }};
                var colors = {{ this.colors_js }};
                var svg = {{ this.arrow_js }};
                legs.forEach(function (g) {
                    var color = colors[g[1]];
                    L.polyline(g[0], {color: color, weight: 2.5, opacity: 0.85, dashArray: g[1] ? "6 6" : null,
                                      interactive: false}).addTo(group);
                    if (!g[2]) { return; }
                    L.marker(g[2], {icon: L.divIcon({className: "itin-arrow", iconSize: [18, 18], iconAnchor: [9, 9],
                                                     html: svg.replace("ANGLE", g[3]).replace("COLOR", color)}),
                                    interactive: false, keyboard: false}).addTo(group);
                });
            })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


class Basemap(_Script):
    """The bundled world countries in a pane under the tiles, non-interactive, plus attribution."""

    _template = _compile(
        """
        {% macro script(this, kwargs) %}
            (function (map) {
                var pane = map.getPane("itinBasemap") || map.createPane("itinBasemap");
                pane.style.zIndex = 150;
                pane.style.pointerEvents = "none";
                var style = {color: "#a8a29e", weight: 0.6, fillColor: "#f5f3ee", fillOpacity: 1};
                var renderer = L.canvas({pane: "itinBasemap"});  // one canvas, not 500 SVG paths
                function add(data) {  // three copies, for a route drawn across the antimeridian
                    [-360, 0, 360].forEach(function (shift) {
                        L.geoJSON(data, {pane: "itinBasemap", interactive: false, style: style, renderer: renderer,
                                         coordsToLatLng: function (c) { return L.latLng(c[1], c[0] + shift); }})
                            .addTo(map);
                    });
                }
                {% if this.url %}
                fetch({{ this.url|itin_js }}).then(function (r) { return r.json(); }).then(add)
                    .catch(function (e) { console.warn("basemap not loaded", e); });
                {% else %}
                add({{ this.data_js }});
                {% endif %}
                map.attributionControl.addAttribution({{ this.attribution|itin_js }});
            })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


# --- geometry ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MarkerSpot:
    stop: Stop
    lat: float
    lon: float  # display longitude (continuous along the route)
    dx: int  # horizontal pixel offset (a return to the same place stands beside the first visit)


def marker_spots(itinerary: Itinerary) -> tuple[MarkerSpot, ...]:
    """Where each stop's marker goes.

    Stops at the same place, or within :data:`NEAR_KM` of each other (Rome and the Vatican), are
    set side by side in itinerary order, so a return shows as a second number beside the first.
    """
    return _marker_spots(itinerary.stops)


@functools.lru_cache(maxsize=16)
def _marker_spots(stops: tuple[Stop, ...]) -> tuple[MarkerSpot, ...]:
    lons = unwrap_longitudes([s.place.lon for s in stops])
    if lons and max(lons) - min(lons) > 300:  # a trip round the world: keep every marker in the real world
        lons = [s.place.lon for s in stops]
    groups: list[list[int]] = []
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)  # 1° cells → groups whose first stop is there
    for i, s in enumerate(stops):
        cy, cx = math.floor(s.place.lat), math.floor(s.place.lon)
        found = None
        for key in ((cy + dy, (cx + dx + 180) % 360 - 180) for dy in (-1, 0, 1) for dx in (-1, 0, 1)):
            for g in cells.get(key, ()):
                head = stops[groups[g][0]].place
                if haversine_km(head.lat, head.lon, s.place.lat, s.place.lon) <= NEAR_KM:
                    found = g
                    break
            if found is not None:
                break
        if found is None:
            cells[(cy, cx)].append(len(groups))
            groups.append([i])
        else:
            groups[found].append(i)
    offset = [0] * len(stops)
    for members in groups:
        k = len(members)
        for j, i in enumerate(members):
            offset[i] = round((j - (k - 1) / 2) * MARKER_SPACING)
    return tuple(MarkerSpot(s, s.place.lat, lons[i], offset[i]) for i, s in enumerate(stops))


@dataclass(frozen=True, slots=True)
class Leg:
    """A drawn leg: the path, and where its arrow sits and points."""

    to: Stop
    path: tuple[tuple[float, float], ...]
    arrow: tuple[float, float]
    angle: float


def route_legs(itinerary: Itinerary) -> tuple[Leg, ...]:
    """The legs that are drawn (a move of more than :data:`NEAR_KM`), in order."""
    return _route_legs(itinerary.stops)


@functools.lru_cache(maxsize=16)
def _route_legs(stops: tuple[Stop, ...]) -> tuple[Leg, ...]:
    out = []
    for a, b in itertools.pairwise(_marker_spots(stops)):
        if haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM:
            continue  # no real move: the markers side by side show it
        path = leg_path(a, b)
        mid, angle = _midpoint_and_angle(path)
        out.append(Leg(b.stop, tuple(path), mid, angle))
    return tuple(out)


def leg_path(a: MarkerSpot, b: MarkerSpot) -> list[tuple[float, float]]:
    """The drawn path of a leg: a great-circle curve when it is long, bowed to the right of travel.

    The bow keeps an out-and-back pair of legs (Rome → Kyiv → Rome) as two visible lines.
    """
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if km < CURVE_MIN_KM:
        pts = [(a.lat + (b.lat - a.lat) * i / 8, a.lon + (b.lon - a.lon) * i / 8) for i in range(9)]
    else:
        pts = great_circle_points(a.lat, a.lon, b.lat, b.lon, n=min(32, max(12, int(km / 250))))
        shift = a.lon - pts[0][1]
        pts = [(lat, lon + shift) for lat, lon in pts]
    return _bowed(pts)


def _bowed(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    xs = [lon for _, lon in pts]
    ys = [_mercator_y(lat) for lat, _ in pts]
    dx, dy = xs[-1] - xs[0], ys[-1] - ys[0]
    length = math.hypot(dx, dy)
    if length == 0:
        return pts
    nx, ny = dy / length, -dx / length  # right of travel, y up
    n = len(pts) - 1
    out = []
    for i in range(len(pts)):
        k = BOW * length * math.sin(math.pi * i / n)
        out.append((_inverse_mercator_y(ys[i] + ny * k), xs[i] + nx * k))
    return out


def _inverse_mercator_y(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(y))) - math.pi / 2)


def _mercator_y(lat: float) -> float:
    lat = max(-85.0, min(85.0, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def screen_angle(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Clockwise angle in degrees from east of the on-screen (Web Mercator) direction p → q."""
    dx = q[1] - p[1]
    dy = _mercator_y(q[0]) - _mercator_y(p[0])
    return math.degrees(math.atan2(-dy, dx))


def _midpoint_and_angle(path: Sequence[tuple[float, float]]) -> tuple[tuple[float, float], float]:
    if len(path) < 3:
        a, b = path[0], path[-1]
        return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), screen_angle(a, b)
    k = len(path) // 2
    return path[k], screen_angle(path[k - 1], path[k + 1])


def trip_bounds(itinerary: Itinerary) -> list[list[float]] | None:
    spots = marker_spots(itinerary)
    if not spots:
        return None
    pts = [(s.lat, s.lon) for s in spots]
    for leg in route_legs(itinerary):
        pts.extend(leg.path)
    lats = [p[0] for p in pts]
    lons = [p[1] for p in pts]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


# --- content -------------------------------------------------------------------------------------

def popup_html(stop: Stop) -> str:
    """The popup of a stop: place, venue, dates, event, people, status and evidence, all escaped."""
    rows = [f"<h4>{escape_html(stop_label(stop))}</h4>", f"<p>{escape_html(place_line(stop))}</p>"]
    if stop.venue:
        rows.append(f"<p><b>Venue:</b> {escape_html(stop.venue)}</p>")
    rows.append(f"<p><b>Dates:</b> {escape_html(stop_dates(stop))}</p>")
    if stop.event:
        rows.append(f"<p><b>Event:</b> {escape_html(stop.event)}</p>")
    if stop.people:
        rows.append(f"<p><b>With:</b> {escape_html(', '.join(stop.people))}</p>")
    rows.append(f"<p><b>Status:</b> {escape_html(stop.status)}</p>")
    if stop.evidence:
        rows.append(f"<blockquote>{escape_html(stop.evidence)}</blockquote>")
    return '<div class="itin-popup">' + "".join(rows) + "</div>"


def marker_html(stop: Stop) -> str:
    return f'<div class="itin-pin itin-{stop.status}" data-seq="{stop.seq}">{stop.seq}</div>'


def arrow_html(angle: float | str, color: str) -> str:
    """An arrowhead pointing ``angle`` degrees clockwise from east (the map fills in the placeholders)."""
    return (
        f'<svg width="18" height="18" viewBox="0 0 10 10" style="transform: rotate({angle}deg)">'
        f'<path d="M1,1 L9,5 L1,9 L3.5,5 z" fill="{color}" stroke="#fff" stroke-width="0.7"/></svg>'
    )


def _r(x: float) -> float:
    return round(x, 4)  # about 10 m: plenty for a route, and a smaller page


# --- layers --------------------------------------------------------------------------------------

def route_layer(itinerary: Itinerary) -> folium.FeatureGroup:
    """The route in order: one line per leg (dashed towards a planned stop) with an arrow mid-leg."""
    group = folium.FeatureGroup(name="Route", control=False)
    if len(route_legs(itinerary)):
        RouteLines(legs_js=_route_js(itinerary.stops), colors_js=js([VISITED_COLOR, PLANNED_COLOR]),
                   arrow_js=js(arrow_html("ANGLE", "COLOR"))).add_to(group)
    return group


@functools.lru_cache(maxsize=8)
def _route_js(stops: tuple[Stop, ...]) -> str:
    route = _route_legs(stops)
    every = math.ceil(len(route) / MAX_ARROWS) if route else 1  # a very long trip: an arrow on every k-th leg
    legs = [[[[round(lat, 3), round(lon, 3)] for lat, lon in leg.path], int(leg.to.status == "planned"),
             [_r(leg.arrow[0]), _r(leg.arrow[1])] if i % every == 0 else None, round(leg.angle)]
            for i, leg in enumerate(route)]
    return js(legs)


def marker_rows(itinerary: Itinerary) -> list[list[object]]:
    """Per stop: lat, lon, icon HTML, icon size, anchor x, anchor y, title, tooltip, popup."""
    half = MARKER_SIZE // 2
    rows: list[list[object]] = []
    for spot in marker_spots(itinerary):
        stop = spot.stop
        label = stop_label(stop)
        rows.append([_r(spot.lat), _r(spot.lon), marker_html(stop), MARKER_SIZE, half - spot.dx, half,
                     label, escape_html(label), popup_html(stop)])
    return rows


@functools.lru_cache(maxsize=8)
def _markers_js(stops: tuple[Stop, ...]) -> str:
    return js(marker_rows(Itinerary(stops=stops)))


def marker_layer(itinerary: Itinerary) -> folium.FeatureGroup:
    """One numbered marker per stop, in order."""
    group = folium.FeatureGroup(name="Stops", control=False)
    if itinerary.stops:
        StopMarkers(rows_js=_markers_js(itinerary.stops)).add_to(group)
    return group


def selection_layer(itinerary: Itinerary, selected: int | None) -> folium.FeatureGroup:
    """A ring round the selected stop's marker (an empty layer when nothing is selected)."""
    group = folium.FeatureGroup(name="Selection", control=False)
    spots = marker_spots(itinerary)
    if selected is not None and 1 <= selected <= len(spots):
        spot = spots[selected - 1]
        half = RING_SIZE // 2
        SelectionRing(location=[_r(spot.lat), _r(spot.lon)], size=RING_SIZE, anchor=[half - spot.dx, half],
                      html=f'<div class="itin-ring" data-seq="{selected}"></div>').add_to(group)
    return group


def build_layers(itinerary: Itinerary, selected: int | None = None) -> list[folium.FeatureGroup]:
    """The layers that change with the selection (for ``st_folium(feature_group_to_add=...)``)."""
    return [selection_layer(itinerary, selected)]


# --- the map -------------------------------------------------------------------------------------

@functools.cache
def _basemap_js() -> str:
    return js(basemap_geojson())


def _header(m: folium.Map) -> Element:
    root: Any = m.get_root()
    header: Element = root.header
    return header


def _apply_assets(m: folium.Map, assets: Assets) -> None:
    m.default_js = list(assets.js)
    m.default_css = list(assets.css)
    header = _header(m)
    for i, css in enumerate(assets.inline_css):
        header.add_child(Raw(f"<style>{css}</style>"), name=f"itin_inline_css_{i}")
    for i, js in enumerate(assets.inline_js):
        header.add_child(Raw(f"<script>{js}</script>"), name=f"itin_inline_js_{i}")


def build_base_map(itinerary: Itinerary, *, assets: str = "local", online: bool = False) -> folium.Map:
    """Everything but the selection: basemap, attribution, route, numbered markers, view fitted to the trip.

    It is the same (up to folium's random ids) for the same trip, so ``st_folium`` does not remount
    it when only the selection changes, and a popup opened by a click stays open.

    ``assets``: ``"local"`` (Streamlit static serving), ``"inline"`` (self-contained) or a URL base.
    ``online``: add OpenStreetMap tiles over the bundled basemap (off by default: no network).
    """
    resolved = resolve_assets(assets)
    m = folium.Map(location=[25, 10], zoom_start=2, tiles=None, min_zoom=1, control_scale=True,
                   world_copy_jump=False, prefer_canvas=False)
    _apply_assets(m, resolved)
    _header(m).add_child(Raw(MAP_CSS), name="itin_css")
    Basemap(url=resolved.basemap_url, data_js=_basemap_js() if resolved.basemap_url is None else None,
            attribution=ATTRIBUTION).add_to(m)
    if online:
        folium.TileLayer(ONLINE_TILES, attr=ONLINE_ATTRIBUTION, name="OpenStreetMap", max_zoom=19).add_to(m)
    route_layer(itinerary).add_to(m)
    marker_layer(itinerary).add_to(m)
    bounds = trip_bounds(itinerary)
    if bounds is not None:
        m.fit_bounds(bounds, padding=(40, 40), max_zoom=7)
    return m


def build_map(
    itinerary: Itinerary, *, selected: int | None = None, assets: str = "inline", online: bool = False,
) -> folium.Map:
    """The whole map in one object: the base map and the selection ring (for exports and notebooks)."""
    m = build_base_map(itinerary, assets=assets, online=online)
    for layer in build_layers(itinerary, selected):
        layer.add_to(m)
    return m
