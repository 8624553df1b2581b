"""Every export format through one registry of pure functions: itinerary → bytes.

>>> data = export(itinerary, "kml")                # or get_exporter("kml")(itinerary)
>>> format_for_path("trip.ics")
'ics'

Exporters are deterministic: the same itinerary gives the same bytes (the images apart, whose
renderer embeds its own metadata). Values from the story are escaped for each format. Formats whose
library is heavy (the images through plotly and kaleido, the standalone HTML page through folium)
load it on first use.

``EXTENSIONS`` holds each format's file extension with its leading dot; TimelineJS, being JSON, uses
``.timeline.json`` so that ``-o trip.timeline.json`` picks it while ``-o trip.json`` picks ``json``.
"""

from __future__ import annotations

from collections.abc import Callable

from itinerary.errors import UnknownFormatError
from itinerary.exports._common import ExportError
from itinerary.exports.geo import export_geojson
from itinerary.exports.gpx import export_gpx
from itinerary.exports.ics import export_ics, ics_warnings
from itinerary.exports.images import export_pdf, export_png, export_svg
from itinerary.exports.kml import export_kml
from itinerary.exports.page import export_html
from itinerary.exports.records import export_csv, export_json, read_csv, read_json
from itinerary.exports.timelinejs import export_timelinejs, timelinejs_warnings
from itinerary.model import Itinerary

__all__ = [
    "EXPORTERS", "EXTENSIONS", "MEDIA_TYPES", "ExportError", "Exporter", "export", "export_warnings",
    "format_for_path", "get_exporter", "read_csv", "read_json",
]

Exporter = Callable[[Itinerary], bytes]

EXPORTERS: dict[str, Exporter] = {
    "csv": export_csv,
    "json": export_json,
    "geojson": export_geojson,
    "kml": export_kml,
    "gpx": export_gpx,
    "ics": export_ics,
    "html": export_html,
    "timelinejs": export_timelinejs,
    "png": export_png,
    "svg": export_svg,
    "pdf": export_pdf,
}

MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv",
    "json": "application/json",
    "geojson": "application/geo+json",
    "kml": "application/vnd.google-earth.kml+xml",
    "gpx": "application/gpx+xml",
    "ics": "text/calendar",
    "html": "text/html",
    "timelinejs": "application/json",
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
}

EXTENSIONS: dict[str, str] = {
    "csv": ".csv",
    "json": ".json",
    "geojson": ".geojson",
    "kml": ".kml",
    "gpx": ".gpx",
    "ics": ".ics",
    "html": ".html",
    "timelinejs": ".timeline.json",
    "png": ".png",
    "svg": ".svg",
    "pdf": ".pdf",
}

# Extensions recognised on output paths, longest first so ".timeline.json" wins over ".json".
_BY_EXTENSION: dict[str, str] = {
    ".timeline.json": "timelinejs",
    ".geo.json": "geojson",
    **{ext: fmt for fmt, ext in EXTENSIONS.items() if fmt != "timelinejs"},
    ".htm": "html",
}

_WARNINGS: dict[str, Callable[[Itinerary], list[str]]] = {
    "ics": ics_warnings,
    "timelinejs": timelinejs_warnings,
}


def get_exporter(name: str) -> Exporter:
    """The exporter registered as ``name``; the error lists the valid names."""
    try:
        return EXPORTERS[name]
    except (KeyError, TypeError):
        raise UnknownFormatError(f"unknown format {name!r}; choose one of {', '.join(EXPORTERS)}") from None


def format_for_path(path: str) -> str | None:
    """The format a file name asks for by its extension (case-insensitive), or None."""
    name = str(path).replace("\\", "/").rsplit("/", 1)[-1].lower()
    for ext, fmt in sorted(_BY_EXTENSION.items(), key=lambda kv: -len(kv[0])):
        if name.endswith(ext) and len(name) > len(ext):
            return fmt
    return None


def export(itinerary: Itinerary, fmt: str) -> bytes:
    """``itinerary`` in format ``fmt`` as bytes."""
    return get_exporter(fmt)(itinerary)


def export_warnings(itinerary: Itinerary, fmt: str) -> list[str]:
    """What the ``fmt`` export leaves out or approximates (for example undated stops in a calendar)."""
    get_exporter(fmt)
    check = _WARNINGS.get(fmt)
    return check(itinerary) if check else []
