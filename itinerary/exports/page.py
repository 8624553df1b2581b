"""Standalone HTML page (placeholder until the dashboard's map and timeline builders exist)."""

from __future__ import annotations

from itinerary.exports._common import ExportError
from itinerary.model import Itinerary


def export_html(it: Itinerary) -> bytes:
    raise ExportError("the HTML export is not available yet")
