"""Which place a mention names, in the context of the story (qualifiers, countries named nearby)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.disambiguation import Context, rank
from itinerary.extraction.mentions import PlaceMention
from itinerary.gazetteer import Entry, Gazetteer, normalize

US_STATE_CAPITALS = {
    "AL": "Montgomery", "AK": "Juneau", "AZ": "Phoenix", "AR": "Little Rock", "CA": "Sacramento", "CO": "Denver",
    "CT": "Hartford", "DE": "Dover", "FL": "Tallahassee", "GA": "Atlanta", "HI": "Honolulu", "ID": "Boise",
    "IL": "Springfield", "IN": "Indianapolis", "IA": "Des Moines", "KS": "Topeka", "KY": "Frankfort",
    "LA": "Baton Rouge", "ME": "Augusta", "MD": "Annapolis", "MA": "Boston", "MI": "Lansing", "MN": "Saint Paul",
    "MS": "Jackson", "MO": "Jefferson City", "MT": "Helena", "NE": "Lincoln", "NV": "Carson City",
    "NH": "Concord", "NJ": "Trenton", "NM": "Santa Fe", "NY": "Albany", "NC": "Raleigh", "ND": "Bismarck",
    "OH": "Columbus", "OK": "Oklahoma City", "OR": "Salem", "PA": "Harrisburg", "RI": "Providence",
    "SC": "Columbia", "SD": "Pierre", "TN": "Nashville", "TX": "Austin", "UT": "Salt Lake City",
    "VT": "Montpelier", "VA": "Richmond", "WA": "Olympia", "WV": "Charleston", "WI": "Madison", "WY": "Cheyenne",
}


@dataclass(frozen=True, slots=True)
class TextContext:
    """Countries and US states the story names, with how often."""

    countries: Counter[str]
    regions: Counter[str]


def text_context(mentions: Sequence[PlaceMention], demonym_codes: Sequence[str] = ()) -> TextContext:
    """Countries and states named in the story: by name, by qualifier, and by adjective ("Philippine")."""
    countries: Counter[str] = Counter(demonym_codes)
    regions: Counter[str] = Counter()
    for m in mentions:
        if m.person_like:
            continue
        if m.qualifier_code:
            if "-" in m.qualifier_code:
                regions[m.qualifier_code] += 2
                countries[m.qualifier_code.split("-")[0]] += 1
            else:
                countries[m.qualifier_code] += 2
        if m.demonym_code:
            countries[m.demonym_code] += 1
        cands = m.candidates
        key = normalize(m.text).removeprefix("the ")
        country = next((c for c in cands if c.kind == "country" and normalize(c.name) == key), None)
        if country is not None and country.country_code and not any(c.kind == "region" for c in cands):
            countries[country.country_code] += 1  # "Iraq" is the country, whatever town shares the name
            continue
        # only names that are not themselves in doubt ("Tbilisi", not "Georgia") set the context
        if len({c.country_code for c in cands}) == 1:
            e = cands[0]
            if e.country_code:
                countries[e.country_code] += 1
            if e.kind == "region" and e.admin1:
                regions[f"{e.country_code}-{e.admin1}"] += 1
        else:
            top = _dominant(cands)
            if top is not None and top.country_code:
                countries[top.country_code] += 1  # "London" is London, England, for all of London, Ontario
    return TextContext(countries, regions)


DOMINANCE = 20  # a city this many times larger than every namesake abroad is not in doubt


def _dominant(cands: Sequence[Entry]) -> Entry | None:
    """The city a name means wherever it is written: far larger than every namesake in another country."""
    cities = [c for c in cands if c.kind == "city"]
    if not cities or any(c.kind == "country" for c in cands):
        return None
    top = max(cities, key=lambda c: c.population)
    rivals = [c.population for c in cands if c.country_code != top.country_code]
    if top.population >= DOMINANCE * max(rivals, default=0) and top.population > 0:
        return top
    return None


# How much a country or US state named elsewhere in the story counts, on the 0–1 scale of
# :class:`itinerary.disambiguation.Context`. Kept low: a story about a US official names the
# United States often, and that must not pull "Manila" or "Paris" to small US towns.
COUNTRY_SALIENCE = 0.25
STATE_SALIENCE = 0.5


def choose_entry(m: PlaceMention, ctx: TextContext, gaz: Gazetteer | None = None) -> Entry | None:
    """The best candidate for a mention: its explicit qualifier, then the story's countries, then priors."""
    cands = list(m.candidates)
    if len(cands) <= 1:
        return cands[0] if cands else None
    country = next((c for c in cands if c.kind == "country"), None)
    state = next((c for c in cands if c.kind == "region" and c.country_code == "US"), None)
    if country is not None and state is not None and not ctx.countries[country.country_code or ""] \
            and len([r for r in ctx.regions if r.startswith("US-")]) >= 2:
        return state  # "Pennsylvania, Wisconsin and Michigan ... before gearing up to travel to Georgia": the state
    # a city name written in full ("New Delhi") means the city of that name, not one that has it as an alias
    key = normalize(m.text).removeprefix("the ")
    named = [c for c in cands if c.kind == "city" and normalize(c.name) == key]
    named_ids = {id(c) for c in named}
    others = [c for c in cands if c.kind == "city" and id(c) not in named_ids]
    if named and max((ctx.countries[c.country_code or ""] for c in others), default=0) > \
            max(ctx.countries[c.country_code or ""] for c in named):
        named = []  # ("Sudbury" in a story about Ontario towns is Greater Sudbury, not Sudbury, Massachusetts)
    if named and not any(c.capital for c in named) and 0 < max(c.population for c in named) * 100 < \
            max((c.population for c in others), default=0):
        named = []  # ("Basra" is Basrah, Iraq, not a hamlet in Punjab of that exact spelling)
    if named and not m.qualifier_code and any(c.capital for c in named):
        # ("Washington" in a story that names New Jersey is still the capital, not Washington, New Jersey;
        # a qualifier still picks the town: "Paris, Texas")
        named = [c for c in named if c.capital]
    if named:
        named_ids = {id(c) for c in named}
        cands = [c for c in cands if c.kind != "city" or id(c) in named_ids]
        if len(cands) == 1:
            return cands[0]
    q = m.qualifier_code
    # (the qualifier as written: the code "AR" of "(Argentina)" would read as Arkansas)
    qualifier = (m.qualifier or q) if q else None
    context = Context(
        qualifier=qualifier,
        country_codes={c: COUNTRY_SALIENCE for c in ctx.countries},
        admin1={r: STATE_SALIENCE for r in ctx.regions},
    )
    return rank(cands, context, gazetteer=gaz)[0]


def choose_entries(mentions: Sequence[PlaceMention], ctx: TextContext,
                   gaz: Gazetteer | None = None) -> list[Entry | None]:
    """The best candidate for every mention, in two passes.

    A region that a name only resolves to by its size ("Ontario", not the Californian city) says
    which country and region the story is in; the second pass counts it, so the towns of the same
    story ("Sudbury", "Espanola") resolve there too.
    """
    first = [choose_entry(m, ctx, gaz) for m in mentions]
    countries, regions = Counter(ctx.countries), Counter(ctx.regions)
    for m, e in zip(mentions, first, strict=True):
        if e is None or e.kind != "region" or m.person_like or len(m.candidates) < 2 or not e.country_code:
            continue
        countries[e.country_code] += 1
        if e.admin1:
            regions[f"{e.country_code}-{e.admin1}"] += 1
    if countries == ctx.countries and regions == ctx.regions:
        return first
    second = TextContext(countries, regions)
    return [choose_entry(m, second, gaz) for m in mentions]


@functools.lru_cache(maxsize=4)
def _demonym_pattern(gaz: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {k: v for k, v in gaz.demonyms() if k and k[0].isalpha()}
    words = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w.title()) for w in words) + r")\b"), table


def demonym_codes(text: str, gaz: Gazetteer) -> list[str]:
    """Country codes of the nationality adjectives in a text ("Philippine" → PH)."""
    pattern, table = _demonym_pattern(gaz)
    return [table[m.group(1).lower()] for m in pattern.finditer(text) if m.group(1).lower() in table]
