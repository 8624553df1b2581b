"""PNG, SVG and PDF of the timeline, rendered by kaleido (which drives Chrome/Chromium itself).

The figure is the dashboard's own, ``itinerary.views.timeline.build_timeline``, so the picture a user
exports is the one they see. plotly, kaleido and the view are imported on first use: the other
exports, and the CLI, do not pay for them.
"""

from __future__ import annotations

from typing import Any

from itinerary.exports._common import ExportError
from itinerary.model import Itinerary

WIDTH = 1200
MIN_HEIGHT = 400
MAX_HEIGHT = 2400  # a 1,000-stop trip would otherwise be a 28,000-pixel-tall picture


def timeline_figure(it: Itinerary) -> Any:
    try:
        from itinerary.views.timeline import build_timeline
    except ImportError as exc:
        raise ExportError(f"the timeline images need the timeline view: {exc}") from exc
    return build_timeline(it)


def render(it: Itinerary, fmt: str) -> bytes:
    fig = timeline_figure(it)
    width = fig.layout.width or WIDTH
    height = fig.layout.height or min(MAX_HEIGHT, max(MIN_HEIGHT, 120 + 28 * len(it.stops)))
    try:
        data = fig.to_image(format=fmt, width=width, height=height)
    except (RuntimeError, OSError, ValueError) as exc:
        raise ExportError(f"could not render the timeline as {fmt.upper()} with kaleido: {exc}") from exc
    return bytes(data)


def export_png(it: Itinerary) -> bytes:
    return render(it, "png")


def export_svg(it: Itinerary) -> bytes:
    return render(it, "svg")


def export_pdf(it: Itinerary) -> bytes:
    return render(it, "pdf")
