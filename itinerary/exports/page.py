"""Standalone HTML: one self-contained file that works offline.

The page holds the dashboard's map (``itinerary.views.map.build_map``: numbered markers titled
"N. Place", the route, the bundled Natural Earth basemap, with Leaflet and jQuery inlined from the
XStatic packages), the dashboard's timeline (``itinerary.views.timeline.build_timeline`` with
plotly.js inlined), the stop list with the evidence, the warnings, the source, the attributions,
and the itinerary itself as JSON in a ``<script type="application/json">`` data island.

- **No request to any other host.** Everything is inlined, and a Content-Security-Policy allows only
  inline code and ``data:``/``blob:`` images, so even a future change that tried to load a tile or a
  CDN script could not reach the network. (Links in the attributions are ordinary links: nothing is
  fetched unless the reader follows one.)
- **The map is in an ``<iframe srcdoc>``**: folium writes a whole document that sizes the map to
  its window; the frame keeps its styles and scripts apart from the page's, and it inherits the
  page's Content-Security-Policy.
- **Escaping.** Text from the story is escaped with ``html.escape`` in the page, passed to the map
  and timeline views that escape it themselves, and embedded in ``<script>`` as JSON with ``<``,
  ``>``, ``&`` and ``'`` as ``\\u00XX``. The map document goes into ``srcdoc`` attribute-escaped.
- **No template evaluation of story text.** branca (under folium) compiles each rendered map script
  again as a Jinja2 template; the map view writes every string with ``{`` and ``}`` escaped, so a
  place name holding ``{{ … }}`` stays text. The tests check it through this export.
- **Deterministic.** folium names every element with a random id; they are renumbered in tree order
  before rendering, and the plotly div has a fixed id, so the same itinerary gives the same bytes.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterator
from typing import Any

from itinerary.exports._common import (
    ExportError,
    dates_text,
    label,
    script_json,
    trip_title,
    where,
)
from itinerary.model import Itinerary, Stop, itinerary_to_dict

CSP = (
    "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; frame-src 'self' about:; "
    "base-uri 'none'; form-action 'none'"
)
TIMELINE_DIV = "itinerary-timeline"
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "scrollZoom": False}

ATTRIBUTIONS = (
    ("Place names and coordinates", "GeoNames", "https://www.geonames.org/",
     "Creative Commons Attribution 4.0 (CC BY 4.0)"),
    ("Basemap", "Natural Earth 1:110m countries", "https://www.naturalearthdata.com/", "public domain"),
    ("Map library", "Leaflet", "https://leafletjs.com/", "BSD 2-Clause licence"),
    ("Timeline library", "plotly.js", "https://plotly.com/javascript/", "MIT licence"),
    ("Scripting library", "jQuery", "https://jquery.com/", "MIT licence"),
)

PAGE_CSS = """
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 20px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0; }
iframe.map { display: block; width: 100%; height: 60vh; min-height: 360px; border: 1px solid var(--line); }
ol.stops { padding-left: 0; list-style: none; }
ol.stops li { border-bottom: 1px solid var(--line); padding: 10px 0; }
ol.stops h3 { font-size: 1rem; margin: 0; }
.facts { margin: 2px 0; color: var(--muted); }
.planned h3::after { content: " (planned)"; color: #c2410c; font-weight: normal; }
blockquote { margin: 6px 0 0; padding-left: 10px; border-left: 3px solid var(--line); }
.warnings li { color: #8a4b08; }
footer { color: var(--muted); font-size: 0.9rem; padding-bottom: 24px; }
a { color: var(--accent); }
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _walk(element: Any) -> Iterator[Any]:
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def _stable_ids(root: Any) -> None:
    """Replace folium's random element ids with numbers in tree order (same page, same bytes)."""
    counter = itertools.count(1)
    for element in _walk(root):
        element._id = f"{next(counter):08d}"


def map_document(it: Itinerary) -> str:
    """The folium map as a whole HTML document, assets inlined, no online tiles."""
    try:
        from branca.element import Element, Figure

        from itinerary.views.map import build_map
    except ImportError as exc:
        raise ExportError(f"the HTML export needs the map view: {exc}") from exc
    m = build_map(it, assets="inline", online=False)
    root = m.get_root()
    if not isinstance(root, Figure):
        raise ExportError(f"the map view gave no page to render; got {type(root).__name__}")
    # the policy must precede every script to govern it
    root.header.add_child(Element(f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">'),
                          name="itinerary_csp", index=0)
    _stable_ids(root)
    return str(root.render())


def timeline_fragment(it: Itinerary) -> str:
    """The plotly timeline as an HTML fragment with plotly.js inlined."""
    try:
        from itinerary.views.timeline import build_timeline
    except ImportError as exc:
        raise ExportError(f"the HTML export needs the timeline view: {exc}") from exc
    fig = build_timeline(it)
    return str(fig.to_html(full_html=False, include_plotlyjs=True, div_id=TIMELINE_DIV,
                           config=PLOTLY_CONFIG, default_width="100%"))


def _stop_item(s: Stop) -> str:
    facts = [f"<b>Where:</b> {_e(where(s))}", f"<b>When:</b> {_e(dates_text(s))}"]
    if s.event:
        facts.append(f"<b>Event:</b> {_e(s.event)}")
    if s.people:
        facts.append(f"<b>With:</b> {_e('; '.join(s.people))}")
    facts.append(f"<b>Status:</b> {_e(s.status)} · <b>Confidence:</b> {s.confidence:.2f}")
    evidence = f"<blockquote>{_e(s.evidence)}</blockquote>" if s.evidence else ""
    return (f'<li id="stop-{s.seq}" class="{_e(s.status)}"><h3>{_e(label(s))}</h3>'
            f'<p class="facts">{"<br>".join(facts)}</p>{evidence}</li>')


def _link(url: str) -> str:
    """A link for web addresses only; anything else (``javascript:``…) is shown as text."""
    if url.lower().startswith(("https://", "http://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
    return _e(url)


def _source_section(it: Itinerary) -> str:
    rows = []
    if it.source.title:
        rows.append(f"<li><b>Title:</b> {_e(it.source.title)}</li>")
    if it.source.url:
        rows.append(f"<li><b>Address:</b> {_link(it.source.url)}</li>")
    if it.source.path:
        rows.append(f"<li><b>File:</b> {_e(it.source.path)}</li>")
    if it.published:
        rows.append(f"<li><b>Published:</b> {it.published.isoformat()}</li>")
    if it.traveler:
        rows.append(f"<li><b>Traveler:</b> {_e(it.traveler)}</li>")
    return "<ul>" + "".join(rows) + "</ul>" if rows else "<p>No source recorded.</p>"


def _attributions() -> str:
    items = "".join(
        f'<li>{_e(what)}: <a href="{_e(url)}" rel="noopener noreferrer">{_e(name)}</a> ({_e(licence)})</li>'
        for what, name, url, licence in ATTRIBUTIONS
    )
    return f"<ul>{items}</ul>"


def export_html(it: Itinerary) -> bytes:
    title = trip_title(it)
    meta = " · ".join(x for x in (
        f"Traveler: {it.traveler}" if it.traveler else "",
        f"published {it.published.isoformat()}" if it.published else "",
    ) if x)
    warnings = ""
    if it.warnings:
        warnings = ('<h2>Warnings</h2><ul class="warnings">'
                    + "".join(f"<li>{_e(w)}</li>" for w in it.warnings) + "</ul>")
    stops = "".join(_stop_item(s) for s in it.stops) or "<li>No stops.</li>"
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="itinerary">
<title>{_e(title)}</title>
<style>{PAGE_CSS}</style>
</head>
<body>
<header>
<h1>{_e(title)}</h1>
<p class="meta">{_e(meta)}</p>
</header>
<main>
<h2 id="map">Map</h2>
<iframe class="map" title="Map of the stops" srcdoc="{_e(map_document(it))}"></iframe>
<h2 id="timeline">Timeline</h2>
{timeline_fragment(it)}
<h2 id="stops">Stops</h2>
<ol class="stops">{stops}</ol>
{warnings}
<h2 id="source">Source</h2>
{_source_section(it)}
</main>
<footer>
<h2 id="attributions">Attributions</h2>
{_attributions()}
</footer>
<script type="application/json" id="itinerary-data">{script_json(itinerary_to_dict(it))}</script>
</body>
</html>
"""
    return page.encode("utf-8")
