"""Which place a name means: ranking gazetteer candidates in the context of a story.

Kept apart from :mod:`itinerary.geocoding` so the extractor can rank places without importing
geopy and its HTTP stack.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from itinerary.gazetteer import Entry, Gazetteer, haversine_km, load_gazetteer

QUALIFIER_BONUS = 1000.0   # an explicit "…, Texas" outweighs everything else
ADMIN1_WEIGHT = 40.0       # per unit of context weight for a US state named in the text
COUNTRY_WEIGHT = 20.0      # per unit of context weight for a country named in the text
DISTANCE_WEIGHT = 10.0     # points lost per decade of (1 + km/100) from the nearest neighbour
COUNTRY_PRIOR = 10.0       # a country outranks a same-named place of similar size
CAPITAL_PRIOR = 4.0        # capital of a country of at least a million people
REGION_POPULATION_SHARE = 0.2  # a region counts a fifth of its summed population (≈ its largest city or two)
CAPITAL_BOOST_MIN_POPULATION = 1_000_000


@dataclass(frozen=True)
class Context:
    """What the surrounding text says about where a name is.

    ``country_codes`` and ``admin1`` map ISO codes ("GE") and US-state keys ("US-GA") to a
    salience weight, about 0–1 each (the extractor decides: a country named once in passing
    deserves less than the dateline's). ``near`` is a neighbouring stop's coordinate.
    """

    qualifier: str | None = None
    country_codes: Mapping[str, float] = field(default_factory=dict)
    admin1: Mapping[str, float] = field(default_factory=dict)
    near: tuple[float, float] | None = None


@dataclass(frozen=True)
class _Qualifier:
    countries: frozenset[str]
    admin1: frozenset[str]  # "US-GA"

    def matches(self, e: Entry) -> bool:
        if e.country_code in self.countries:
            return True
        return e.country_code is not None and e.admin1 is not None and f"{e.country_code}-{e.admin1}" in self.admin1

    def __bool__(self) -> bool:
        return bool(self.countries or self.admin1)


def interpret_qualifier(q: str | None, gaz: Gazetteer) -> _Qualifier:
    """The countries and US states a qualifier may mean: "Ga." → US-GA; "Georgia" → GE or US-GA."""
    if not q or not q.strip():
        return _Qualifier(frozenset(), frozenset())
    countries: set[str] = set()
    admin1: set[str] = set()
    state = gaz.us_state(q)
    if state:
        admin1.add(f"US-{state}")
    t = q.strip()
    if len(t) == 2 and t.isalpha() and t.isupper() and gaz.country(t) is not None and not state:
        countries.add(t)
    for e in gaz.lookup(q):
        if e.kind == "country" and e.country_code:
            countries.add(e.country_code)
        elif e.kind == "region" and e.country_code and e.admin1:
            admin1.add(f"{e.country_code}-{e.admin1}")
    demonym = gaz.demonym(q)
    if demonym:
        countries.add(demonym)
    return _Qualifier(frozenset(countries), frozenset(admin1))


def _region_key(e: Entry) -> str | None:
    return f"{e.country_code}-{e.admin1}" if e.country_code and e.admin1 else None


def score(entry: Entry, context: Context = Context(), gazetteer: Gazetteer | None = None,
          *, _qualifier: _Qualifier | None = None) -> float:
    """The disambiguation score of one candidate (higher is likelier). See the module constants."""
    gaz = gazetteer or load_gazetteer()
    qual = _qualifier if _qualifier is not None else interpret_qualifier(context.qualifier, gaz)
    s = 0.0
    if qual and qual.matches(entry):
        s += QUALIFIER_BONUS
    cc = entry.country_code
    if cc:
        s += COUNTRY_WEIGHT * context.country_codes.get(cc, 0.0)
    key = _region_key(entry)
    if key:
        s += ADMIN1_WEIGHT * context.admin1.get(key, 0.0)
    if context.near is not None:
        d = haversine_km(context.near[0], context.near[1], entry.lat, entry.lon)
        s -= DISTANCE_WEIGHT * math.log10(1.0 + d / 100.0)
    pop = float(entry.population)
    if entry.kind == "region":
        pop *= REGION_POPULATION_SHARE
    s += 2.0 * math.log10(pop + 1.0)
    if entry.kind == "country":
        s += COUNTRY_PRIOR
    elif entry.capital and cc:
        country = gaz.country(cc)
        if country is not None and country.population >= CAPITAL_BOOST_MIN_POPULATION:
            s += CAPITAL_PRIOR
    return s


def rank(candidates: Sequence[Entry], context: Context = Context(), *,
         gazetteer: Gazetteer | None = None) -> list[Entry]:
    """The candidates, likeliest first. Stable: equal scores keep the gazetteer's prior order."""
    gaz = gazetteer or load_gazetteer()
    qual = interpret_qualifier(context.qualifier, gaz)
    scored = [(score(e, context, gaz, _qualifier=qual), i, e) for i, e in enumerate(candidates)]
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [e for _, _, e in scored]


def split_qualifier(query: str) -> tuple[str, str | None]:
    """ "Paris, Texas" → ("Paris", "Texas"); "Kyiv" → ("Kyiv", None)."""
    name, sep, qual = query.rpartition(",")
    if not sep or not name.strip() or not qual.strip():
        return query.strip(), None
    return name.strip(), qual.strip()


def candidates_for(name: str, context: Context, gaz: Gazetteer) -> tuple[list[Entry], Context]:
    hits = list(gaz.lookup(name))
    if hits or context.qualifier is not None:
        return hits, context
    bare, qual = split_qualifier(name)
    if qual is None:
        return [], context
    return list(gaz.lookup(bare)), dataclasses.replace(context, qualifier=qual)


def resolve(name: str, context: Context = Context(), gazetteer: Gazetteer | None = None) -> Entry | None:
    """The likeliest place for ``name`` in ``context``, or None.

    "Paris, Texas" is split into a name and a qualifier when the whole string is not itself a
    name ("Washington, D.C." is). An explicit qualifier that means something ("Texas", "Ga.",
    "Italy") but matches no candidate gives None rather than a wrong place.
    """
    gaz = gazetteer or load_gazetteer()
    hits, ctx = candidates_for(name, context, gaz)
    if not hits:
        return None
    qual = interpret_qualifier(ctx.qualifier, gaz)
    if qual and not any(qual.matches(e) for e in hits):
        return None
    return rank(hits, ctx, gazetteer=gaz)[0]


