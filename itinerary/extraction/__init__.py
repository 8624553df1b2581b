"""Extraction: from a trip story to the traveler's ordered, dated stops.

The public entry point is :func:`extract`. The stages live in small modules:
``text`` (sentences, datelines, headings), ``people`` and ``references`` (who travels, and
who each "he" or "the secretary" is), ``mentions`` and ``resolve`` (place, venue and event
mentions, and which place each names), ``classify`` with ``clauses`` and ``plausibility``
(which mentions put the traveler somewhere, and when that is doubtful), ``dates`` and
``dating`` (date expressions, and the day of each stop) with ``story_time`` (the day the narration has reached at each sentence), ``visits`` and ``places`` (order,
returns, airports and boroughs), ``stops`` (the pipeline and its output); ``lexicon`` holds
the vocabulary.
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
