"""Second looks at a stop: is the place the one of that name near the trip, or a namesake far away?

A story's places mostly lie near each other. A name read as a small village on another continent, a
generic building ("Parliament House") resolved to another country's, or "nearby Baro" a thousand
kilometres off is another place of that name, or no place of the trip at all.
"""

from __future__ import annotations

import re
from collections import Counter

from itinerary.extraction import lexicon as lx
from itinerary.extraction.mentions import PlaceMention
from itinerary.extraction.places import km
from itinerary.gazetteer import Entry

NEARBY_KM = 300.0  # "in nearby Baro": farther than this from the stop before it is another Baro
FAR_KM = 1500.0  # farther than this from the stop before it, a small place or a possessive is suspect
SMALL_PLACE = 5000  # people: below this, a name far from the trip is most likely another place
NEAR_TRIP_KM = 100.0  # an ambiguous name with a reading this close to the stop before it takes that reading,
NEAR_TRIP_SHARE = 0.2  # unless the reading it had is far bigger ("Washington" after New York stays D.C.)
STRAY_TOWN = 100_000  # people: below this, a namesake in a country the story never names is not the trip's
STORY_COUNTRY_MENTIONS = 3  # place mentions that make a country the story's own
_NEARBY = re.compile(r"\b(?:nearby|neighbou?ring)\s+$", re.I)


def prefer_near_reading(m: PlaceMention, last: Entry) -> None:
    """"Toured the terminal at Pasir Panjang" after a stop in Singapore: Singapore's Pasir Panjang."""
    if len(m.candidates) < 2 or m.kind != "place" or m.qualifier_code or m.entry is None:
        return
    near = [e for e in m.candidates if e.kind == "city" and km(e, last) <= NEAR_TRIP_KM]
    best = max(near, key=lambda e: e.population) if near else None
    if best is not None and m.entry not in near and best.population >= NEAR_TRIP_SHARE * m.entry.population:
        m.entry = best


def generic_building(name: str) -> bool:
    """A building name many cities have: "Parliament House", "the Presidential Palace"."""
    return all(w in lx.GENERIC_BUILDING_WORDS for w in re.findall(r"[a-z]+", name.lower()))


def stray_namesake(m: PlaceMention, e: Entry, named: Counter[str | None]) -> bool:
    """A town abroad that shares a local place's name: "Houghton" in a story about Johannesburg.

    The gazetteer lacks many suburbs and villages; their name then reads as a same-named town in a
    country the story names nowhere else, while another country is clearly the story's own."""
    return (len(m.candidates) > 1 and m.kind == "place" and not m.qualifier_code and e.kind == "city"
            and not e.capital and e.population < STRAY_TOWN and named[e.country_code] <= 1
            and max((n for cc, n in named.items() if cc != e.country_code), default=0) >= STORY_COUNTRY_MENTIONS)


def far_fetched(m: PlaceMention, e: Entry, text: str, last: Entry, named: Counter[str | None]) -> str | None:
    """Why the stop at ``e`` (mention ``m``, after a stop at ``last``) is most likely not the trip's, or None.

    ``named``: how many place mentions of the story fall in each country."""
    d = km(e, last)
    if len(m.candidates) > 1 and e.kind == "city" and d > NEARBY_KM \
            and _NEARBY.search(text[max(0, m.start - 14):m.start]):
        return "'nearby', but far from the stop before it: another place of that name"
    if m.kind == "venue" and generic_building(m.text) and d > NEARBY_KM and named[e.country_code] == 0:
        # "met the prime minister at Parliament House" in Singapore is not Canberra's
        return "a building of that name elsewhere, in a country the story does not name"
    if m.possessive and d > FAR_KM:
        return "a place named as an actor (possessive)"  # "outside St. Thomas' Church" in Sydney
    if e.kind == "city" and e.id != "unresolved" and e.population < SMALL_PLACE and named[e.country_code] <= 1 \
            and not e.capital and not e.id.startswith("place:") \
            and e.country_code != last.country_code and d > FAR_KM:  # (a curated place is known for itself)
        return "a small place far from the trip, in a country the story does not name"  # "Central Java"
    return None
