"""Extraction: from a trip story to the traveler's ordered, dated stops.

The public entry point is :func:`extract`. The stages live in small modules:
``text`` (sentences and tokens), ``traveler`` (who travels), ``mentions`` (place,
venue and event mentions), ``dates`` (date expressions), ``stops`` (which mentions
are stops, their status and order).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from itinerary.model import Itinerary, Source


@dataclass(frozen=True, slots=True)
class Mention:
    """A place the text names, and whether it became a stop (with the reason)."""

    text: str
    span: tuple[int, int]
    place: str
    country_code: str | None
    counted: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the extractor found: the itinerary, and every place mention with its verdict."""

    itinerary: Itinerary
    mentions: tuple[Mention, ...] = ()


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    traveler: str | None = None,
    source: Source | None = None,
) -> Extraction:
    """Extract the traveler's itinerary from ``text``."""
    from itinerary.extraction.stops import extract_itinerary

    return extract_itinerary(text, published=published, traveler=traveler, source=source or Source())
