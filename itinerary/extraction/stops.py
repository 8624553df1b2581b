"""The extraction pipeline, end to end, and the :class:`~itinerary.model.Stop` values it produces.

1. :mod:`~itinerary.extraction.classify` decides which mentions put the traveler somewhere;
2. :mod:`~itinerary.extraction.dating` dates them;
3. :mod:`~itinerary.extraction.visits` groups, orders and tidies them;
4. this module turns the visits into stops with evidence, people met and confidence.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from itinerary.extraction import Extraction, Mention
from itinerary.extraction import lexicon as lx
from itinerary.extraction.classify import Verdict, classify, classify_schedule, place_at_dateline, resolve_capitals
from itinerary.extraction.clauses import clause_bounds
from itinerary.extraction.dates import find_dates, resolve_explicit
from itinerary.extraction.dating import date_candidates, trip_begins_day
from itinerary.extraction.mentions import PlaceMention, find_mentions
from itinerary.extraction.people import FIRST_PERSON, Person, choose_traveler, find_people
from itinerary.extraction.places import Places
from itinerary.extraction.resolve import choose_entries, demonym_codes, text_context
from itinerary.extraction.story_time import publication_date
from itinerary.extraction.text import Sentence, quoted_spans, segment
from itinerary.extraction.visits import Visit, date_of, group_visits, order_visits, tidy, told_dates
from itinerary.gazetteer import Gazetteer, load_gazetteer
from itinerary.model import Itinerary, Place, Source, Stop

NO_TRIP = "no trip found: the text does not put a traveler anywhere"
NO_TRAVELER = "no trip found: no traveler was recognised in the text"
AUTHOR = "the author (a first-person account)"


# --- the pipeline ----------------------------------------------------------------------------------------

def extract_itinerary(text: str, *, published: dt.date | None, traveler: str | None, source: Source,
                      gazetteer: Gazetteer | None = None) -> Extraction:
    gaz = gazetteer or load_gazetteer()
    sentences = segment(text)
    people = find_people(text, sentences)
    quotes = quoted_spans(text)
    names = {n for p in people for n in p.short_names}
    mentions = find_mentions(text, sentences, gaz, names, quotes)
    # an untitled "name" that is really a place or an event ("Shangri-La Dialogue") is not a person
    spans = sorted((m.start, m.end) for m in mentions if not m.person_like)
    span_starts = [x[0] for x in spans]

    def overlaps_place(p: Person) -> bool:
        k = bisect.bisect_left(span_starts, p.end) - 1
        return k >= 0 and spans[k][1] > p.start

    people = [p for p in people if p.title or not overlaps_place(p)]
    person = _pick_traveler(text, sentences, people, traveler)
    default_year = _default_year(text, published)
    warnings: list[str] = []
    if published is None:
        published = publication_date(sentences, default_year)
        if published is not None:
            warnings.append(f"publication date read from the text: {published.isoformat()}")
            default_year = published.year
    # (a person's name that is also a place, "Archbishop of Canterbury Justin Welby", says nothing of the country)
    titled = sorted((p.start, p.end) for p in people if p.title)
    titled_starts = [x[0] for x in titled]

    def in_a_name(pos: int) -> bool:
        k = bisect.bisect_right(titled_starts, pos) - 1
        return k >= 0 and titled[k][0] <= pos < titled[k][1]

    ctx = text_context([m for m in mentions if m.text not in names and not in_a_name(m.start)], demonym_codes(text, gaz))
    for m, entry in zip(mentions, choose_entries(mentions, ctx, gaz), strict=True):
        m.entry = entry
    _one_sense_per_story(mentions)
    if person is None:
        scheduled = classify_schedule(sentences, mentions, published)
        if scheduled:  # a day-by-day schedule is a trip even when nobody is named
            return _finish(text, sentences, mentions, scheduled, None, traveler, source, published, default_year,
                           warnings, gaz)
        it = Itinerary(traveler=traveler, source=source, published=published, warnings=(NO_TRAVELER,))
        return Extraction(it, tuple(_mention_out(m, False, "no traveler in the story") for m in mentions
                                    if m.kind != "capital" or m.entry))
    verdicts = classify(text, sentences, mentions, person, people, published, default_year, gaz)
    if published is not None and not any(v.candidate for v in verdicts.values()) \
            and any(v.reason == "an earlier trip" for v in verdicts.values()) and _dated_before(text, published):
        # a story republished long after the trip it tells ("... on May 16, 2018" on a page of 2022): read it as of
        # its own days
        verdicts = classify(text, sentences, mentions, person, people, None, default_year, gaz)
    name = AUTHOR if person.name == FIRST_PERSON and not traveler else person.name
    return _finish(text, sentences, mentions, verdicts, name, traveler, source, published, default_year,
                   warnings, gaz)


def _finish(text: str, sentences: Sequence[Sentence], mentions: Sequence[PlaceMention], verdicts: dict[int, Verdict],
            name: str | None, traveler: str | None, source: Source, published: dt.date | None,
            default_year: int | None, warnings: list[str], gaz: Gazetteer) -> Extraction:
    """From the verdicts on each mention to the itinerary: date, group, order and tidy the stops."""
    cands = [c for v in verdicts.values() for c in v.candidates]
    resolve_capitals(cands, gaz, sentences, mentions)
    place_at_dateline(cands, sentences, mentions)
    date_candidates(cands, published, default_year, sentences)
    places = Places()
    visits = group_visits(cands, places)
    visits = order_visits(visits, places)
    visits = tidy(visits, places)
    _first_day_of_trip(visits, sentences, published, default_year)
    places_in: dict[int, list[int]] = {}
    for c in cands:
        places_in.setdefault(c.sentence.index, []).append(c.mention.start - c.sentence.start)
    lowered = text.lower()
    stops = [_stop(v, i + 1, lowered, places_in, published) for i, v in enumerate(visits)]
    if not stops:
        warnings.append(NO_TRIP)
    it = Itinerary(traveler=name or traveler, source=source, published=published, stops=tuple(stops),
                   warnings=tuple(warnings))
    counted_ids = {id(c.mention) for v in visits for c in v.members}
    out = []
    for m in mentions:
        if m.kind == "capital" and m.entry is None:
            continue
        v = verdicts.get(id(m))
        counted = id(m) in counted_ids
        if counted:
            reason = v.reason if v else "a stop"
        else:
            reason = v.reason if v and not v.counted else "folded into a stop it contains or repeats"
        out.append(_mention_out(m, counted, reason))
    return Extraction(it, tuple(out))


def _first_day_of_trip(visits: Sequence[Visit], sentences: Sequence[Sentence], published: dt.date | None,
                      default_year: int | None) -> None:
    """"The nine-day trip, which begins on October 18, will take in Sydney, Canberra and Apia": the first stop,
    undated, takes the day the trip begins (unless a stop is dated before it)."""
    if not visits or date_of(visits[0])[0] is not None:
        return
    day = trip_begins_day(sentences, published, default_year)
    if day is None or any(d is not None and d < day for v in visits for d in (date_of(v)[0],)):
        return
    for c in visits[0].members:
        c.start = day


def _one_sense_per_story(mentions: Sequence[PlaceMention]) -> None:
    """"Perry, Fla." then "Perry": a name the story once qualified keeps that place when it comes back bare."""
    qualified: dict[str, PlaceMention] = {}
    for m in mentions:
        if m.qualifier_code and m.entry is not None and m.kind == "place":
            qualified.setdefault(m.text, m)
    for m in mentions:
        q = qualified.get(m.text)
        if q is not None and not m.qualifier_code and m.kind == "place" and q.entry in m.candidates:
            m.entry = q.entry


def _mention_out(m: PlaceMention, counted: bool, reason: str) -> Mention:
    e = m.entry
    return Mention(text=m.text, span=(m.start, m.end), place=e.name if e else m.text,
                   country_code=e.country_code if e else None, counted=counted, reason=reason)


def _pick_traveler(text: str, sentences: Sequence[Sentence], people: Sequence[Person], given: str | None) -> Person | None:
    if not given:
        return choose_traveler(text, sentences, people)
    toks = set(given.replace(",", " ").split())
    for p in people:
        if set(p.short_names) & toks:
            return dataclasses.replace(p, name=given)
    return Person(name=given, title="", start=0, end=0)


def _dated_before(text: str, published: dt.date) -> bool:
    """Does the story date itself, with years, only well before its publication date (a page republished later)?"""
    found = find_dates(text)
    if any(e.kind in ("weekday", "deictic") for e in found):
        return False  # ("recalled on Monday that he visited ... in 2018": a story of its own day)
    days = [d for e in found if e.kind == "explicit" and e.year is not None
            for d in [resolve_explicit(e, published, None)[0]] if d is not None]
    return bool(days) and max(days) < published - dt.timedelta(days=60)


def _default_year(text: str, published: dt.date | None) -> int | None:
    if published is not None:
        return published.year
    # "by 2027" is a target and "since 2017" a start: neither is when the story happens
    years = Counter(int(y) for y in re.findall(r"(?<!\bby )(?<!\buntil )(?<!\bsince )(?<!\bbefore )(?<!\bthrough )"
                                               r"\b((?:19|20)\d{2})\b", text))
    return max(years) if years else None


# --- output ---------------------------------------------------------------------------------------------------

def _stop(v: Visit, seq: int, lowered_text: str, places_in: dict[int, list[int]], published: dt.date | None) -> Stop:
    members = sorted(v.members, key=lambda m: ({"strong": 0, "container": 1, "origin": 2, "weak": 3}[m.role],
                                               -m.confidence, m.mention.start))
    best = members[0]
    e = best.entry
    # prefer the most specific place among the members (a venue's city over a country)
    for m in members:
        if e.kind in ("country", "region") and m.entry.kind not in ("country", "region"):
            e = m.entry
    venue = next((m.mention.venue.name for m in v.members if m.mention.venue is not None), None)
    event = next((m.mention.event.name for m in v.members if m.mention.event is not None), None)
    evidence_sentence = best.sentence
    if event is None:
        for m in v.members:
            em = lx.EVENT_PHRASE.search(m.sentence.text)
            if em and len(em.group(1).split()) >= 2:
                event = em.group(1).strip()
                break
    start, end = told_dates(v)
    status = "visited" if any(m.status == "visited" for m in v.members if m.role != "weak") else "planned"
    if all(m.role == "weak" for m in v.members):
        status = v.first.status
    if published is not None and start is not None and start > published + dt.timedelta(days=1):
        status = "planned"  # a day after the story was published is still to come ("10:00 Holy Mass at ...")
    inferred = e.name.lower() not in lowered_text
    conf = max(m.confidence for m in v.members) + 0.04 * (len(v.members) - 1)
    if inferred:
        conf -= 0.1
    conf = round(max(0.2, min(0.98, conf)), 2)
    kind = e.kind if e.kind in ("city", "country", "region") else "city"
    place = Place(name=e.name, country=e.country, country_code=e.country_code, lat=round(e.lat, 5),
                  lon=round(e.lon, 5), kind=kind)  # type: ignore[arg-type]
    people = _people_met(v, places_in)
    return Stop(seq=seq, place=place, venue=venue, event=event, people=people, start=start, end=end,
                status=status, evidence=evidence_sentence.text,  # type: ignore[arg-type]
                evidence_span=(evidence_sentence.start, evidence_sentence.end), confidence=conf)


_NAME_AFTER = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,5}?(?P<name>(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.|XIV|III|II|Jr\.)){0,3})")


def _people_met(v: Visit, places_in: dict[int, list[int]]) -> tuple[str, ...]:
    """Names after "met", "talks with", "received by" ... in the visit's sentences, each given to the
    stop named nearest after it in its sentence ("returned to Rome and met with Pope Francis in the
    Vatican": the pope goes to the Vatican)."""
    seen: list[str] = []
    for m in v.members:
        t = m.sentence.text
        here = m.mention.start - m.sentence.start
        for mm in lx.MET.finditer(t):
            nm = _NAME_AFTER.match(t, mm.end())
            if not nm:
                continue
            owner = _nearest_place(m.sentence, mm.start(), places_in.get(m.sentence.index, []))
            if owner is not None and owner != here:
                continue
            name = re.sub(r"^(?:the|The)\s+", "", nm.group(0).strip())
            if len(name.split()) >= 2 and name not in seen and not name.startswith(("U.S.", "U.N.")):
                seen.append(name)
    return tuple(seen[:6])


def _nearest_place(s: Sentence, pos: int, place_offsets: Sequence[int]) -> int | None:
    """Offset of the place mention a meeting at ``pos`` belongs to: the first one after it in its clause,
    else the last one before it; None when the sentence names only this visit's places."""
    offsets = sorted(set(place_offsets))
    if len(offsets) <= 1:
        return None
    b = clause_bounds(s.text, pos)[1]
    after = [o for o in offsets if pos < o <= b]
    if after:
        return after[0]
    before = [o for o in offsets if o < pos]
    return before[-1] if before else None
