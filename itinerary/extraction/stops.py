"""Which mentions are stops, in what order (placeholder until the extractor lands)."""

from __future__ import annotations

import datetime as dt

from itinerary.model import Itinerary, Source


def extract_itinerary(text: str, *, published: dt.date | None, traveler: str | None, source: Source):
    from itinerary.extraction import Extraction

    it = Itinerary(traveler=traveler, source=source, published=published, warnings=("no trip found",))
    return Extraction(itinerary=it)
