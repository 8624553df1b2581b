"""itinerary: turn a story about an official's trip into an ordered, geocoded, dated itinerary."""

from __future__ import annotations

__version__ = "0.1.0"
