"""The itinerary as a folium map: numbered markers, the route with arrows, a bundled basemap.

Pure functions, no Streamlit. :func:`build_map` gives a complete map (for the standalone HTML
export or a notebook); the dashboard uses the two halves separately so selection does not remount
the map: :func:`build_base_map` (basemap, attribution, optional online tiles, the view fitted to
the trip — identical across reruns while the trip's extent is unchanged) and :func:`build_layers`
(the route and the markers, which change with the selection and go to ``st_folium`` through
``feature_group_to_add``).

Every marker's tooltip and title read ``"N. Place"``. Text from the article reaches the page only
as JSON string literals (``<``, ``>``, ``&`` and ``'`` as ``\\u00XX``) holding HTML-escaped text, so
a place name cannot open a tag or leave the script.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.template import Template

from itinerary.model import Itinerary, Stop
from itinerary.views.assets import Assets, resolve_assets
from itinerary.views.format import escape_html, place_line, stop_dates, stop_label
from itinerary.views.stats import great_circle_points, haversine_km, unwrap_longitudes

#: Legs longer than this are drawn as great-circle curves.
CURVE_MIN_KM = 300.0
VISITED_COLOR = "#1f5fa8"
PLANNED_COLOR = "#c2410c"
SELECTED_COLOR = "#f59e0b"
MARKER_SIZE = 26
MARKER_SPACING = 24  # px between co-located markers (a return to the same place)
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
.itin-marker {{ background: none; border: none; }}
.itin-pin {{ box-sizing: border-box; width: {MARKER_SIZE}px; height: {MARKER_SIZE}px; border-radius: 50%;
  display: flex; align-items: center; justify-content: center; font: 700 12px/1 system-ui, sans-serif;
  box-shadow: 0 1px 3px rgba(0,0,0,.45); cursor: pointer; }}
.itin-visited {{ background: {VISITED_COLOR}; color: #fff; border: 2px solid #fff; }}
.itin-planned {{ background: #fff; color: {PLANNED_COLOR}; border: 2px dashed {PLANNED_COLOR}; }}
.itin-selected {{ outline: 3px solid {SELECTED_COLOR}; outline-offset: 1px; transform: scale(1.25); }}
.itin-arrow {{ background: none; border: none; pointer-events: none; }}
.itin-arrow svg {{ display: block; }}
.itin-popup h4 {{ margin: 0 0 4px; font-size: 14px; }}
.itin-popup p {{ margin: 2px 0; }}
.itin-popup blockquote {{ margin: 6px 0 0; padding-left: 6px; border-left: 3px solid #ccc; color: #333; }}
</style>
"""


# --- elements ------------------------------------------------------------------------------------

class _Script(MacroElement):
    """A MacroElement whose ``script`` macro is the given template body."""

    def __init__(self, **values: object) -> None:
        super().__init__()
        for name, value in values.items():
            setattr(self, name, value)


class StopMarker(_Script):
    """A numbered DivIcon marker with its ``"N. Place"`` title and tooltip and an escaped popup."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.marker(
                {{ this.location|tojson }},
                {
                    icon: L.divIcon({{ this.icon|tojavascript }}),
                    title: {{ this.title|tojavascript }},
                    alt: {{ this.title|tojavascript }},
                    riseOnHover: true,
                    zIndexOffset: {{ this.z }},
                }
            ).bindTooltip({{ this.tooltip|tojavascript }}, {direction: "top", offset: [0, -14]})
             .bindPopup({{ this.popup|tojavascript }}, {maxWidth: 320})
             .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


class RouteArrow(_Script):
    """A small non-interactive arrowhead rotated along the route."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.marker({{ this.location|tojson }}, {
                icon: L.divIcon({{ this.icon|tojavascript }}), interactive: false, keyboard: false
            }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )


class Basemap(_Script):
    """The bundled world countries in a pane under the tiles, non-interactive, plus attribution."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function (map) {
                var pane = map.getPane("itinBasemap") || map.createPane("itinBasemap");
                pane.style.zIndex = 150;
                pane.style.pointerEvents = "none";
                var style = {color: "#a8a29e", weight: 0.6, fillColor: "#f5f3ee", fillOpacity: 1};
                function add(data) {
                    L.geoJSON(data, {pane: "itinBasemap", interactive: false, style: style}).addTo(map);
                }
                {% if this.url %}
                fetch({{ this.url|tojavascript }}).then(function (r) { return r.json(); }).then(add)
                    .catch(function (e) { console.warn("basemap not loaded", e); });
                {% else %}
                add({{ this.data|tojavascript }});
                {% endif %}
                map.attributionControl.addAttribution({{ this.attribution|tojavascript }});
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


def marker_spots(itinerary: Itinerary) -> list[MarkerSpot]:
    """Where each stop's marker goes.

    Stops at the same place, or within :data:`NEAR_KM` of each other (Rome and the Vatican), are
    set side by side in itinerary order, so a return shows as a second number beside the first.
    """
    stops = itinerary.stops
    lons = unwrap_longitudes([s.place.lon for s in stops])
    groups: list[list[int]] = []
    for i, s in enumerate(stops):
        for members in groups:
            head = stops[members[0]].place
            if haversine_km(head.lat, head.lon, s.place.lat, s.place.lon) <= NEAR_KM:
                members.append(i)
                break
        else:
            groups.append([i])
    offset = [0] * len(stops)
    for members in groups:
        k = len(members)
        for j, i in enumerate(members):
            offset[i] = round((j - (k - 1) / 2) * MARKER_SPACING)
    return [MarkerSpot(s, s.place.lat, lons[i], offset[i]) for i, s in enumerate(stops)]


def leg_path(a: MarkerSpot, b: MarkerSpot) -> list[tuple[float, float]]:
    """The drawn path of a leg: a great-circle curve when it is long, bowed to the right of travel.

    The bow keeps an out-and-back pair of legs (Rome → Kyiv → Rome) as two visible lines.
    """
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if km < CURVE_MIN_KM:
        pts = [(a.lat + (b.lat - a.lat) * i / 16, a.lon + (b.lon - a.lon) * i / 16) for i in range(17)]
    else:
        pts = great_circle_points(a.lat, a.lon, b.lat, b.lon, n=min(64, max(16, int(km / 150))))
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
    for a, b in itertools.pairwise(spots):
        pts.extend(leg_path(a, b))
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


def marker_icon(stop: Stop, dx: int = 0, selected: bool = False) -> dict[str, object]:
    classes = f"itin-pin itin-{stop.status}" + (" itin-selected" if selected else "")
    half = MARKER_SIZE // 2
    return {
        "class_name": "itin-marker",
        "html": f'<div class="{classes}" data-seq="{stop.seq}">{stop.seq}</div>',
        "icon_size": [MARKER_SIZE, MARKER_SIZE],
        "icon_anchor": [half - dx, half],
    }


def arrow_icon(angle: float, color: str) -> dict[str, object]:
    svg = (
        f'<svg width="18" height="18" viewBox="0 0 10 10" style="transform: rotate({angle:.1f}deg)">'
        f'<path d="M1,1 L9,5 L1,9 L3.5,5 z" fill="{color}" stroke="#fff" stroke-width="0.7"/></svg>'
    )
    return {"class_name": "itin-arrow", "html": svg, "icon_size": [18, 18], "icon_anchor": [9, 9]}


# --- layers --------------------------------------------------------------------------------------

def route_layer(itinerary: Itinerary) -> folium.FeatureGroup:
    """The route in order: one line per leg (dashed towards a planned stop) with an arrow mid-leg."""
    group = folium.FeatureGroup(name="Route", control=False)
    spots = marker_spots(itinerary)
    for a, b in itertools.pairwise(spots):
        if haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM:
            continue  # no real move: the markers side by side show it
        path = leg_path(a, b)
        planned = b.stop.status == "planned"
        color = PLANNED_COLOR if planned else VISITED_COLOR
        folium.PolyLine(
            path, color=color, weight=2.5, opacity=0.85, dash_array="6 6" if planned else None, interactive=False,
        ).add_to(group)
        mid, angle = _midpoint_and_angle(path)
        RouteArrow(location=[mid[0], mid[1]], icon=arrow_icon(angle, color)).add_to(group)
    return group


def marker_layer(itinerary: Itinerary, selected: int | None = None) -> folium.FeatureGroup:
    """One numbered marker per stop; the selected stop's marker is ringed and drawn on top."""
    group = folium.FeatureGroup(name="Stops", control=False)
    for spot in marker_spots(itinerary):
        stop = spot.stop
        is_selected = stop.seq == selected
        label = stop_label(stop)
        StopMarker(
            location=[spot.lat, spot.lon],
            icon=marker_icon(stop, spot.dx, is_selected),
            title=label,
            tooltip=escape_html(label),
            popup=popup_html(stop),
            z=1000 if is_selected else 0,
        ).add_to(group)
    return group


def build_layers(itinerary: Itinerary, selected: int | None = None) -> list[folium.FeatureGroup]:
    """The layers that change with the trip or the selection: route, then markers."""
    return [route_layer(itinerary), marker_layer(itinerary, selected)]


# --- the map -------------------------------------------------------------------------------------

def _header(m: folium.Map) -> Element:
    root: Any = m.get_root()
    header: Element = root.header
    return header


def _apply_assets(m: folium.Map, assets: Assets) -> None:
    m.default_js = list(assets.js)
    m.default_css = list(assets.css)
    header = _header(m)
    for i, css in enumerate(assets.inline_css):
        header.add_child(Element(f"<style>{css}</style>"), name=f"itin_inline_css_{i}")
    for i, js in enumerate(assets.inline_js):
        header.add_child(Element(f"<script>{js}</script>"), name=f"itin_inline_js_{i}")


def build_base_map(itinerary: Itinerary, *, assets: str = "local", online: bool = False) -> folium.Map:
    """The part of the map that does not change with the selection.

    ``assets``: ``"local"`` (Streamlit static serving), ``"inline"`` (self-contained) or a URL base.
    ``online``: add OpenStreetMap tiles over the bundled basemap (off by default: no network).
    """
    resolved = resolve_assets(assets)
    m = folium.Map(location=[25, 10], zoom_start=2, tiles=None, min_zoom=1, control_scale=True,
                   world_copy_jump=False, prefer_canvas=False)
    _apply_assets(m, resolved)
    _header(m).add_child(Element(MAP_CSS), name="itin_css")
    Basemap(url=resolved.basemap_url, data=resolved.inline_basemap(), attribution=ATTRIBUTION).add_to(m)
    if online:
        folium.TileLayer(ONLINE_TILES, attr=ONLINE_ATTRIBUTION, name="OpenStreetMap", max_zoom=19).add_to(m)
    bounds = trip_bounds(itinerary)
    if bounds is not None:
        m.fit_bounds(bounds, padding=(40, 40), max_zoom=7)
    return m


def build_map(
    itinerary: Itinerary, *, selected: int | None = None, assets: str = "inline", online: bool = False,
) -> folium.Map:
    """The whole map in one object: base, route and markers (for exports and notebooks)."""
    m = build_base_map(itinerary, assets=assets, online=online)
    for layer in build_layers(itinerary, selected):
        layer.add_to(m)
    return m
