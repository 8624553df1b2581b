"""Which place mentions are the traveler's stops, with status, dates and chronological order.

The steps, each a small function below:

1. ``classify``: for every mention, is the traveler put there (travel or presence phrasing,
   the traveler as subject), or is it a place merely discussed, another person's trip, a past
   trip, a dropped plan, a quote, a dateline or a caption?
2. ``date_candidates``: explicit dates and weekdays first, then relative phrases in text order.
3. ``group_visits``: several mentions of one visit become one; returns stay separate.
4. ``order_visits``: chronological order from dates and narrative cues, mention order otherwise.
5. ``tidy``: containers (a country holding a stop), home and origin are dropped.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from itinerary.extraction import Extraction, Mention
from itinerary.extraction import lexicon as lx
from itinerary.extraction.dates import (
    DateExpr,
    find_dates,
    month_window,
    resolve_explicit,
    resolve_weekday,
)
from itinerary.extraction.mentions import PlaceMention, find_mentions
from itinerary.extraction.people import Person, choose_traveler, find_people
from itinerary.extraction.resolve import choose_entry, demonym_codes, text_context
from itinerary.extraction.text import Sentence, quoted_spans, segment
from itinerary.gazetteer import Entry, Gazetteer, load_gazetteer
from itinerary.geocoding import Context, rank
from itinerary.model import Itinerary, Place, Source, Stop

NO_TRIP = "no trip found: the text does not put a traveler anywhere"
NO_TRAVELER = "no trip found: no traveler was recognised in the text"

_WORD = re.compile(r"[\w'’.-]+")


@dataclass(slots=True)
class Ref:
    """A reference to a person in a sentence."""

    start: int
    end: int
    who: str  # "traveler" | "other" | "group" | "pronoun" | "trip"
    subject: bool
    text: str


@dataclass(slots=True)
class Candidate:
    """A mention that puts the traveler somewhere."""

    mention: PlaceMention
    entry: Entry
    sentence: Sentence
    status: str  # visited | planned
    role: str  # strong | weak | origin | container
    confidence: float
    cue: str | None = None  # first | last
    is_return: bool = False
    before: Candidate | None = None  # this stop comes right before that one
    in_before_clause: bool = False  # inside "Before arriving in Tokyo, ..." (it comes after the main clause)
    coordinated: int = 0  # size of the list this mention is part of
    dates: list[DateExpr] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    approx: float | None = None  # ordinal used for ordering only ("over the weekend")
    part: float = 0.0
    date_text: str | None = None
    home: bool = False

    @property
    def place_key(self) -> str:
        return self.entry.id


@dataclass(slots=True)
class Visit:
    members: list[Candidate]
    key: float = 0.0

    @property
    def first(self) -> Candidate:
        return self.members[0]


# --- references to people ----------------------------------------------------------------------------

def _traveler_patterns(traveler: Person, people: Sequence[Person]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    names = sorted({traveler.name, *traveler.short_names}, key=len, reverse=True)
    roles = traveler.roles
    name_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b(?:'s|’s)?")
    role_re = re.compile(r"\b[Tt]he\s+(?:visiting\s+|U\.S\.\s+|top\s+)?(?:" + "|".join(re.escape(r) for r in roles) + r")\b",
                         re.I) if roles else None
    return name_re, role_re


_OTHER_ROLE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:president|prime\s+minister|premier|chancellor|king|queen|pope|pontiff|"
    r"leader|governor|foreign\s+minister|defen[cs]e\s+minister|minister|secretary|envoy|ambassador|spokesman|"
    r"spokeswoman|mayor|general|emir|crown\s+prince)\b")


def find_refs(s: Sentence, traveler: Person, people: Sequence[Person], name_re: re.Pattern[str],
              role_re: re.Pattern[str] | None, others_re: re.Pattern[str] | None,
              traveler_short: tuple[str, ...] = ()) -> list[Ref]:
    """Person references in a sentence, each marked traveler/other/group/pronoun and subject/object."""
    t = s.text
    refs: list[Ref] = []
    taken: list[tuple[int, int]] = []

    def add(a: int, b: int, who: str) -> None:
        if any(not (b <= x or a >= y) for x, y in taken):
            return
        taken.append((a, b))
        refs.append(Ref(a, b, who, _is_subject(t, a), t[a:b]))

    tset = set(traveler_short)
    for p in people:
        if s.start <= p.start < s.end:
            same = set(p.short_names) & tset and (not set(p.short_names) - tset or p.name == traveler.name)
            add(p.start - s.start, p.end - s.start, "traveler" if same else "other")
    for m in name_re.finditer(t):
        a = m.start()
        prev = re.search(r"([A-Z][\w'’-]+)\s+$", t[max(0, a - 25):a])
        if prev and prev.group(1) not in tset and prev.group(1) not in {
                "The", "In", "On", "At", "But", "And", "After", "Before", "When", "While", "As", "Secretary", "President",
                "Minister", "Pope", "Mr", "Mrs", "Ms", "Dr", "Then", "Later", "That", "Monday", "Tuesday", "Wednesday",
                "Thursday", "Friday", "Saturday", "Sunday", "Earlier", "Still", "Meanwhile", "Afterward", "Also"} \
                and not prev.group(1).isupper() and a - len(prev.group(0)) > 0:
            add(a - len(prev.group(0)) + (len(prev.group(0)) - len(prev.group(0).lstrip())), m.end(), "other")
            continue
        # "in Austin" is the city, not the secretary
        if re.search(r"\b(?:in|to|at|from|near|into|outside|of)\s+$", t[max(0, a - 8):a]) and m.group(0) not in (
                traveler.name,):
            continue
        add(a, m.end(), "traveler")
    if others_re is not None:
        for m in others_re.finditer(t):
            add(m.start(), m.end(), "other")
    if role_re is not None:
        for m in role_re.finditer(t):
            add(m.start(), m.end(), "traveler")
    for m in _OTHER_ROLE.finditer(t):
        add(m.start(), m.end(), "other")
    for m in lx.STORY_TRIP.finditer(t):
        if m.group(0).split()[0].lower() in ("the", "this"):
            add(m.start(), m.start() + len(m.group(0).split()[0]) + 1 + len(m.group(0).split()[1]), "trip")
    for m in re.finditer(r"\b(?:he|she|him|her|his|He|She|His|Her)\b", t):
        add(m.start(), m.end(), "pronoun")
    for m in _GROUPS_RE.finditer(t):
        add(m.start(), m.end(), "group")
    refs.sort(key=lambda r: r.start)
    return refs


_GROUPS_RE = re.compile(r"\b(?:" + "|".join(sorted(lx.GROUPS, key=len, reverse=True)) + r")\b")


_CLAUSE_STARTERS = {"that", "who", "which", "when", "while", "then", "said", "says", "as", "after", "before", "but",
                    "because", "so", "where", "if", "once", "since", "until"}


def _is_subject(t: str, a: int) -> bool:
    """Is a person reference at ``a`` a subject? Objects follow "met", "with", "by", "told"..."""
    before = t[:a].rstrip()
    if not before or before[-1] in ",;:—(\"“":
        return True
    # within the same clause, a verb or preposition that takes an object ("met", "with") makes it an object:
    # "meetings with President Tayyip Erdogan and government officials"
    clause = re.split(r"[,;:—(]", before[-80:])[-1]
    for w in reversed(_WORD.findall(clause)[-6:]):
        low = w.lower()
        if low in lx.OBJECT_PRECEDERS:
            return False
        if low in _CLAUSE_STARTERS:
            return True
    return True


def resolve_pronoun(refs: Sequence[Ref], i: int, focus: str) -> str:
    """Who a pronoun refers to: the nearest named person before it in the sentence, else the focus."""
    for r in reversed(refs[:i]):
        if r.who in ("traveler", "other") and r.subject:
            return r.who
    return focus


def subject_at(refs: Sequence[Ref], pos: int, focus: str) -> tuple[str, Ref | None]:
    """The subject of a verb at ``pos``: the nearest subject-like reference before it."""
    for i in range(len(refs) - 1, -1, -1):
        r = refs[i]
        if r.start >= pos or not r.subject:
            continue
        if r.who == "pronoun":
            if r.text.lower() in lx.PRONOUNS_OBJECT:
                continue
            return resolve_pronoun(refs, i, focus), r
        if r.who == "trip":
            return "traveler", r
        return r.who, r
    return focus, None


# --- classification ------------------------------------------------------------------------------------

# "His next stop is New York", "the final destination will be Lima"
_NEXT_STOP = re.compile(r"\b(?:next|final|last|first|second|third|last)\s+(?:stop|destination|leg|port\s+of\s+call)\s+"
                        r"(?:is|was|will\s+be|would\s+be|are|were)\s+(?:the\s+)?$", re.I)
_REGION_WORDS = {"region", "oblast", "province", "governorate", "prefecture", "district", "county", "area"}
_PREPOSED_INNER = re.compile(r"(?:[,;]\s*(?:and\s+|but\s+|then\s+)?|\band\s+)((?:while\s+|once\s+|back\s+)?(?:in|at))\s+(?:the\s+)?$", re.I)
_PREPOSED_SUBJECT = re.compile(r"\s*,?\s*(?:he|she|the\s+(?:secretary|president|pope|pontiff|minister|chancellor)|[A-Z][a-z]+)\s+(?:also\s+|later\s+|then\s+)?[a-z]+")
_CALENDAR_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                   "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


@dataclass(frozen=True, slots=True)
class Governor:
    kind: str  # motion | presence | direct | coordinated | preposed
    prep: str | None
    word: str
    pos: int  # position of the governor word in the sentence
    prep_pos: int


def _words_before(t: str, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(t, 0, end)]


def find_governor(s: Sentence, m: PlaceMention, prev: PlaceMention | None) -> Governor | None:
    """The travel or presence phrase that governs a mention, if any."""
    t = s.text
    a = m.start - s.start
    words = _words_before(t, a)
    # coordination: "Jordan, Qatar, the United Arab Emirates and Saudi Arabia"
    if prev is not None and prev.sentence == m.sentence:
        gap = t[prev.end - s.start:a]
        # "Lisbon on April 3 and Porto on April 5-6": a date between list items does not break the list
        for d in reversed(find_dates(gap)):
            gap = gap[:d.start] + gap[d.end:]
        gap = re.sub(r"\s+(?:on|from|in)(?=\s*(?:,|and\b|or\b))", "", gap)
        nxt = re.match(r"\s*([\w'’]+)", t[m.end - s.start:])
        if re.fullmatch(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:then\s+)?(?:to\s+|in\s+)?(?:the\s+)?", gap) \
                and not (nxt and nxt.group(1).lower() in lx.NOT_LIST_FOLLOWERS):
            kind = "sequence" if "then" in gap else "coordinated"
            return Governor(kind, None, "", prev.start - s.start, prev.start - s.start)
    # a preposed phrase: "In Tokyo he met ...", "From Florida, Air Force One carried ...",
    # "..., and in Dar es Salaam she met ..."
    lead = t[:a].strip()
    if lead in ("In", "At", "From", "Inside", "While in", "Once in", "Back in"):
        return Governor("preposed", lead.split()[-1].lower(), lead.lower(), 0, 0)
    pm = _PREPOSED_INNER.search(t[:a])
    if pm and _PREPOSED_SUBJECT.match(t[m.end - s.start:]):
        return Governor("preposed", pm.group(1).split()[-1].lower(), pm.group(1).lower(), pm.start(1), pm.start(1))
    nm = _NEXT_STOP.search(t[:a])
    if nm:
        return Governor("motion", None, nm.group(0).split()[1].lower(), nm.start(), nm.start())
    i = len(words) - 1
    skipped = 0
    prep: str | None = None
    prep_pos = a
    while i >= 0 and skipped <= 7:
        w0, w1, w = words[i]
        if re.search(r"[,;:—()\[\]]", t[w1:prep_pos if prep else a]) and not (prep is None and skipped == 0
                                                                               and t[w1:a].strip() == ""):
            return None
        low = w.lower()
        if low in lx.PREPOSITIONS and low != "of":
            prep, prep_pos = low, w0
            i -= 1
            break
        if low == "of" and i > 0 and (words[i - 1][2].lower() in lx.PLACE_NOUNS or words[i - 1][2].lower() in lx.EVENT_PARTS):
            i -= 1
            skipped += 1
            continue
        if (low in lx.DIRECT or (m.kind == "event" and low in lx.EVENT_DIRECT)) and skipped <= 3:
            return Governor("direct", None, low, w0, w0)
        if low in lx.REPORTING:
            return None
        if low in lx.FILLER or low in lx.PLACE_NOUNS or low in lx.MODIFIERS or low == "of" or w.isupper() \
                or low in lx.EVENT_PARTS or re.fullmatch(r"[\d,]+(?:st|nd|rd|th)", low) \
                or (w[:1].islower() and ("-" in w or low.endswith("ern"))) \
                or (re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) and skipped < 4 and i > 0
                    and low not in _CALENDAR_WORDS):
            # modifiers ("south-eastern", "northern"), demonyms ("Polish"), "U.S." in "U.S. troops"
            i -= 1
            skipped += 1
            continue
        return None
    if prep is None:
        return None
    # the governing word: scan left from the preposition
    steps = 0
    while i >= 0 and steps < 12:
        w0, w1, w = words[i]
        between = t[w1:prep_pos]
        if re.search(r"[;:—,]", between):
            return None
        low = w.lower()
        if low in lx.BLOCKING or (low in lx.REPORTING and steps > 0):
            return None
        if prep == "on" and low in lx.TOPIC_NOUNS:
            return None
        if prep in ("to", "into", "for", "toward", "towards", "onto", "via", "through") and low in lx.MOTION:
            return Governor("motion", prep, low, w0, prep_pos)
        if prep == "from" and (low in lx.MOTION or low in lx.PRESENCE):
            return Governor("origin", prep, low, w0, prep_pos)
        if prep in ("in", "at", "on", "near", "outside", "inside", "around", "within") and (
                low in lx.PRESENCE or low in lx.MOTION):
            if low in ("is", "was", "were", "are", "be", "been", "being") and steps > 1:
                pass  # "there are North Korean troops in Russia": 'be' only right before the place
            else:
                return Governor("presence", prep, low, w0, prep_pos)
        i -= 1
        steps += 1
    return None


def _clause_bounds(t: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: split at contrast marks; a relative clause is its own clause."""
    a, b = 0, len(t)
    for m in lx.CLAUSE_BREAK.finditer(t):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def _chunks(t: str, a: int, b: int) -> list[tuple[int, int]]:
    """Comma chunks of t[a:b]."""
    out = []
    cur = a
    for m in re.finditer(r",", t[a:b]):
        out.append((cur, a + m.start()))
        cur = a + m.end()
    out.append((cur, b))
    return out


def clause_scope(t: str, pos: int) -> tuple[str, tuple[int, int]]:
    """(text of the main clause holding pos, bounds of the comma chunk holding pos).

    Relative chunks ("which ...", "who ...", "where ...") belong to the mention only when the
    mention is inside them; chunks starting with "when" join the chunk before them.
    """
    a, b = _clause_bounds(t, pos)
    chunks = _chunks(t, a, b)
    here = next((c for c in chunks if c[0] <= pos <= c[1]), (a, b))
    if lx.RELATIVE_START.match(t[here[0]:here[1]]):
        k = chunks.index(here)
        parts = [t[here[0]:here[1]]]
        if re.match(r"^\s*when\b", t[here[0]:here[1]], re.I) and k > 0:
            # "since 2023, when he toured Fort Bliss": the 'when' clause happened in 2023
            parts.insert(0, re.sub(r"\bsince\b", "in", t[chunks[k - 1][0]:chunks[k - 1][1]]))
        return " ".join(parts), here
    keep = []
    for c in chunks:
        seg = t[c[0]:c[1]]
        if c != here and lx.RELATIVE_START.match(seg):
            continue
        keep.append(seg)
    return ",".join(keep), here


@dataclass
class Verdict:
    counted: bool
    reason: str
    candidate: Candidate | None = None


def _past_by_dates(scope: str, published: dt.date | None, default_year: int | None) -> bool:
    """Does the clause date itself well before the story (an earlier trip)?"""
    ref = published
    for d in find_dates(scope):
        if d.kind == "year" and d.year is not None and "since" not in d.text.lower():
            if ref is not None and d.year < ref.year:
                return True
            if ref is None and default_year is not None and d.year < default_year:
                return True
        if d.kind == "month" and ref is not None:
            win = month_window(d, ref, default_year)
            in_month = re.search(r"\bin\s+(?:early\s+|late\s+|mid-?)?" + re.escape(d.text.split()[-1]), scope, re.I)
            if win is not None and win[1] < ref - dt.timedelta(days=35) and (
                    d.year is not None or (in_month and not lx.FUTURE.search(scope))):
                return True
        if d.kind == "explicit" and ref is not None:
            start, _ = resolve_explicit(d, ref, default_year)
            if start is not None and start < ref - dt.timedelta(days=45):
                return True
    return False


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
    ctx = text_context(mentions, demonym_codes(text, gaz))
    for m in mentions:
        m.entry = choose_entry(m, ctx, gaz)
    warnings: list[str] = []
    if person is None:
        it = Itinerary(traveler=traveler, source=source, published=published, warnings=(NO_TRAVELER,))
        return Extraction(it, tuple(_mention_out(m, False, "no traveler in the story") for m in mentions
                                    if m.kind != "capital" or m.entry))
    verdicts = classify(text, sentences, mentions, person, people, published, default_year, gaz)
    cands = [v.candidate for v in verdicts.values() if v.candidate is not None]
    _resolve_capitals(cands, gaz)
    date_candidates(cands, published, default_year)
    places = _Places()
    visits = group_visits(cands, places)
    visits = order_visits(visits, places)
    visits = tidy(visits, places)
    places_in: dict[int, list[int]] = {}
    for c in cands:
        places_in.setdefault(c.sentence.index, []).append(c.mention.start - c.sentence.start)
    stops = [_stop(v, i + 1, text, places_in) for i, v in enumerate(visits)]
    if not stops:
        warnings.append(NO_TRIP)
    it = Itinerary(traveler=person.name, source=source, published=published, stops=tuple(stops),
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


def _default_year(text: str, published: dt.date | None) -> int | None:
    if published is not None:
        return published.year
    years = Counter(int(y) for y in re.findall(r"\b((?:19|20)\d{2})\b", text))
    return max(years) if years else None


def classify(text: str, sentences: Sequence[Sentence], mentions: Sequence[PlaceMention], traveler: Person,
             people: Sequence[Person], published: dt.date | None, default_year: int | None,
             gaz: Gazetteer) -> dict[int, Verdict]:
    name_re, role_re = _traveler_patterns(traveler, people)
    tset = set(traveler.short_names)
    others_short = {n for p in people if not (set(p.short_names) & tset) for n in p.short_names[-1:]}
    others_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(others_short, key=len, reverse=True))
                           + r")\b(?:'s|’s)?") if others_short else None
    by_start = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in by_start]
    verdicts: dict[int, Verdict] = {}
    by_sentence: dict[int, list[PlaceMention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    focus = "traveler"
    for s in sentences:
        ms = by_sentence.get(s.index, [])
        if s.kind != "body":
            for m in ms:
                verdicts[id(m)] = Verdict(False, {"dateline": "the reporter's dateline", "caption": "a photo caption",
                                                  "title": "the headline"}.get(s.kind, s.kind))
            continue
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        refs = find_refs(s, traveler, by_start[lo:hi], name_re, role_re, others_re, traveler.short_names)
        prev: PlaceMention | None = None
        prev_verdict: Verdict | None = None
        for m in ms:
            if prev is not None and prev.kind == "venue" and prev_verdict is not None and prev_verdict.candidate \
                    and _VENUE_LOCATOR.fullmatch(text[prev.end:m.start]) and m.entry is not None \
                    and (_contains(m.entry, prev_verdict.candidate.entry) or m.entry.id == prev_verdict.candidate.entry.id
                         or _same_entry(m.entry, prev_verdict.candidate.entry)):
                # "Andersen Air Force Base on Guam", "Al Udeid Air Base, outside Doha": where the venue is
                verdicts[id(m)] = Verdict(False, "says where the venue before it is")
                continue
            v = _classify_one(text, s, m, prev, prev_verdict, refs, focus, published, default_year, gaz)
            verdicts[id(m)] = v
            prev, prev_verdict = m, v
        # the focus for the next sentence: its first subject ("Starmer pressed him" keeps the traveler)
        if any(r.who == "pronoun" and r.text.lower() in lx.PRONOUNS_OBJECT for r in refs):
            focus = "traveler"
            continue
        for i, r in enumerate(refs):
            if r.subject and r.who in ("traveler", "other"):
                focus = r.who
                break
            if r.subject and r.who == "pronoun" and r.text.lower() in lx.PRONOUNS_SUBJECT:
                focus = resolve_pronoun(refs, i, focus)
                break
    return verdicts


def _classify_one(text: str, s: Sentence, m: PlaceMention, prev: PlaceMention | None, prev_v: Verdict | None,
                  refs: Sequence[Ref], focus: str, published: dt.date | None, default_year: int | None,
                  gaz: Gazetteer) -> Verdict:
    if m.kind == "macro":
        return Verdict(False, "a broad region")
    if m.in_quote:
        return Verdict(False, "inside a quotation")
    if m.person_like:
        return Verdict(False, "part of a person's name")
    if m.possessive:
        return Verdict(False, "a place named as an actor (possessive)")
    if m.entry is None and m.kind != "capital":
        return Verdict(False, "not resolved to a place")
    if m.entry is not None and not m.entry.country_code:
        return Verdict(False, "a sea or region outside any country")
    nxt = re.match(r"\s+([a-z][\w'’-]*)", s.text[m.end - s.start:])
    if m.kind == "place" and nxt and nxt.group(1) in _REGION_WORDS and m.entry is not None and m.entry.kind == "city":
        # "the Donetsk region": the region around the city, not the city
        m.entry = dataclasses.replace(m.entry, id=f"region-of:{m.entry.id}", kind="region", admin1=None,
                                      name=f"{m.entry.name} {nxt.group(1)}")
    elif m.kind == "place" and nxt and nxt.group(1) in lx.MODIFIED_NOUNS:
        return Verdict(False, f"describes a '{nxt.group(1)}', not a place visited")
    gov = find_governor(s, m, prev)
    if gov is None:
        return Verdict(False, "named, but no travel or presence phrasing puts the traveler there")
    if gov.kind in ("coordinated", "sequence"):
        if prev_v is None or prev_v.candidate is None:
            return Verdict(False, prev_v.reason if prev_v else "listed with a place that is not a stop")
        pc = prev_v.candidate
        if m.entry is not None and m.entry.id == pc.entry.id:
            return Verdict(False, "repeats the place before it")
        if len(m.candidates) > 1:
            # a list holds neighbours: "Cedar Rapids and Waterloo" is Waterloo, Iowa
            near = Context(country_codes={pc.entry.country_code or "": 0.5},
                           admin1={f"{pc.entry.country_code}-{pc.entry.admin1}": 0.5} if pc.entry.admin1 else {},
                           near=(pc.entry.lat, pc.entry.lon), qualifier=m.qualifier_code)
            m.entry = rank(m.candidates, near, gazetteer=gaz)[0]
        c = Candidate(m, m.entry or pc.entry, s, pc.status, pc.role if pc.role != "weak" else "strong",
                      pc.confidence, cue=None, is_return=pc.is_return)
        if gov.kind == "coordinated":
            c.coordinated = pc.coordinated + 1 if pc.coordinated else 2
            pc.coordinated = c.coordinated
        _tag_kind(c)
        return Verdict(True, "a stop (listed with the place before it)", c)
    t = _mask_quotes(s.text)
    a = m.start - s.start
    scope, chunk = clause_scope(t, a)
    # who does it: the subject of the governor, or the traveler as object ("carried the president to")
    if gov.kind == "preposed":
        after = [r for r in refs if r.start > a]
        who = "traveler"
        if after:
            r0 = after[0]
            who = resolve_pronoun(refs, refs.index(r0), focus) if r0.who == "pronoun" else r0.who
            if who in ("trip",):
                who = "traveler"
        else:
            who = focus
    else:
        who, subj = subject_at(refs, gov.pos + 1, focus)
        poss = re.search(r"([\w’'.-]+)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$", t[:gov.pos]) if gov.word in _TRIP_NOUNS else None
        if poss:
            owner = next((r for r in refs if r.start <= poss.start(1) < r.end), None)
            if owner is not None:
                who = owner.who if owner.who != "pronoun" else resolve_pronoun(refs, refs.index(owner), focus)
        elif subj is not None and re.search(r"\b(?:" + "|".join(lx.REPORTING) + r")\b", t[subj.end:gov.pos]) \
                and not any(subj.end < r.start < gov.pos and r.subject for r in refs):
            who = "unknown"  # "Rubio said U.S. Navy ships were moving through ..."
        objs = [r for r in refs if gov.pos < r.start < gov.prep_pos and r.who in ("traveler", "pronoun")]
        if objs and who != "traveler":
            # "Pope Leo XIV will receive him at the Vatican": another subject, the traveler as object
            r = objs[0]
            if r.who == "traveler" or r.text.lower() in lx.PRONOUNS_OBJECT:
                who = "traveler"
    if who == "group" or who == "other":
        return Verdict(False, "another person's trip or presence")
    if who != "traveler":
        return Verdict(False, "no link to the traveler")
    if lx.NEGATION.search(scope):
        return Verdict(False, "a trip that was dropped, refused or not planned")
    if lx.REMOTE.search(scope):
        return Verdict(False, "a call or video link, not a visit")
    if lx.PAST_MARKERS.search(scope) or _past_by_dates(t[chunk[0]:chunk[1]], published, default_year) \
            or _past_by_dates(scope, published, default_year):
        return Verdict(False, "an earlier trip")
    # status from the verbs before the place in its clause
    left = t[_clause_bounds(t, a)[0]:a]
    status = "planned" if lx.FUTURE.search(left) or (re.search(r"\b(?:next|will\s+be)\b", left[-40:]) and gov.kind == "motion" \
        and gov.prep is None) else "visited"
    if gov.kind == "preposed":
        right = t[a:_clause_bounds(t, a)[1]]
        status = "planned" if lx.FUTURE.search(right[:80]) else "visited"
    role = "strong"
    conf = 0.85
    if gov.kind == "origin" or (gov.kind == "direct" and gov.word in lx.ORIGIN_VERBS) or (
            gov.kind == "preposed" and gov.prep == "from"):
        role, conf = "origin", 0.6
    elif lx.WEAK_PRESENCE.search(t[:a]):
        role, conf = "weak", 0.6
    if m.kind == "event":
        conf -= 0.1
    c = Candidate(m, m.entry or _placeholder(m), s, status, role, conf)
    c.is_return = bool(re.search(r"\b(?:return(?:ed|s|ing)?|back|again)\b", t[max(0, gov.pos - 1):a], re.I)) \
        or gov.word in ("return", "returned", "returning", "returns", "back")
    c.home = bool(lx.HOME_CUE.search(t[max(0, gov.pos - 20):a + len(m.text) + 10]))
    seg_start = max((x.end() for x in re.finditer(r",|;|\band\b|\bthen\b|\bwhere\b|\bwhen\b", t[:a])), default=0)
    cue_zone = t[seg_start:a]
    cues = [(x.start(), "first") for x in lx.FIRST_CUE.finditer(cue_zone)] + \
           [(x.start(), "last") for x in lx.LAST_CUE.finditer(cue_zone)]
    if cues:
        c.cue = max(cues)[1]
    _tag_kind(c)
    _order_hints(c, s, m)
    return Verdict(True, f"a stop ({gov.word or gov.kind} {gov.prep or ''})".replace(" )", ")"), c)


_VENUE_LOCATOR = re.compile(r"\s*,?\s*(?:on|in|near|outside|at|just\s+outside|south\s+of|north\s+of|east\s+of|west\s+of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}")
_TRIP_NOUNS = {"visit", "visits", "trip", "trips", "tour", "tours", "journey", "stop", "stops", "stay", "pilgrimage",
               "mission", "swing", "leg", "delegation"}


def _mask_quotes(t: str) -> str:
    """The sentence with quoted speech blanked out (same length), so a quote's words do not count."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", lambda q: " " * len(q.group(0)), t)


def _placeholder(m: PlaceMention) -> Entry:
    return Entry("unresolved", m.text, None, None, 0.0, 0.0, "city", 0, None, None, False, None)


def _tag_kind(c: Candidate) -> None:
    if c.entry.kind in ("country", "region") and c.role == "strong":
        c.role = "container" if c.mention.kind != "venue" else c.role
        c.confidence = min(c.confidence, 0.7)


_AFTER_PHRASE = re.compile(r"\bafter\s+(?!which\b|that\b|the\s+(?:summit|meeting|talks|visit)\s+(?:he|she)\b)"
                           r"(?:a|an|his|her|the|two|three|several|[\w-]+-day|\w+ing)\b", re.I)
_BEFORE_ING = re.compile(r"\bbefore\s+\w+ing\b", re.I)
_BEFORE_LEAD = re.compile(r"^\s*(?:Before|Prior\s+to|Ahead\s+of)\b[^,]*,", re.I)
_N_DAYS_AFTER = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|\d)\s+days?\s+after\s+(?P<ger>\w+ing)\b", re.I)


def _order_hints(c: Candidate, s: Sentence, m: PlaceMention) -> None:
    """Mark mentions inside a sentence-initial "Before arriving in X," clause (X comes after the main clause)."""
    lead = _BEFORE_LEAD.match(s.text)
    c.in_before_clause = lead is not None and m.start - s.start < lead.end()


def _resolve_capitals(cands: list[Candidate], gaz: Gazetteer) -> None:
    """'the capital' without a demonym: the capital of the previous stop's country (or US state)."""
    prev: Candidate | None = None
    for c in sorted(cands, key=lambda x: x.mention.start):
        if c.mention.kind == "capital" and c.entry.id == "unresolved" and prev is not None:
            cap = None
            if prev.entry.country_code == "US" and prev.entry.admin1:
                cap = state_capital(gaz, prev.entry.admin1)
            elif prev.entry.country_code:
                cap = gaz.capital(prev.entry.country_code)
            if cap is not None:
                c.entry = cap
                c.mention.entry = cap
        if c.entry.id != "unresolved":
            prev = c
    cands[:] = [c for c in cands if c.entry.id != "unresolved"]


def state_capital(gaz: Gazetteer, admin1: str) -> Entry | None:
    from itinerary.extraction.resolve import US_STATE_CAPITALS

    name = US_STATE_CAPITALS.get(admin1)
    if not name:
        return None
    return next((e for e in gaz.lookup(name) if e.country_code == "US" and e.admin1 == admin1), None)


# --- dates --------------------------------------------------------------------------------------------------

def date_candidates(cands: list[Candidate], published: dt.date | None, default_year: int | None) -> None:
    """Give each candidate the date expression of its clause, then resolve them in text order."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for items in by_sentence.values():
        s = items[0].sentence
        exprs = find_dates(s.text, s.start)
        # dates inside venue or event names ("National September 11 Memorial") are not dates
        exprs = [e for e in exprs if not any(c.mention.start <= e.start < c.mention.end for c in items)]
        for c in items:
            c.dates = _dates_for(c, items, exprs, s)
    # explicit dates first
    for c in cands:
        for e in c.dates:
            if e.kind == "explicit":
                start, end = resolve_explicit(e, published, default_year)
                if start:
                    c.start, c.end = _widen(c.start, c.end, start, end)
            elif e.kind == "month":
                c.date_text = e.text
            elif e.kind == "weekend" and published is not None:
                sat = published - dt.timedelta(days=(published.weekday() - 5) % 7)
                c.approx = sat.toordinal() + 0.5
                c.date_text = e.text
    # weekdays and relative phrases, in text order, from the previous dated stop
    last: Candidate | None = None
    prev_c: Candidate | None = None
    known: dict[str, Candidate] = {}
    for c in sorted(cands, key=lambda x: x.mention.start):
        future = c.status == "planned"
        if not c.dates and c.start is None and prev_c is not None and prev_c is last and last.sentence is c.sentence \
                and _BEFORE_ING.search(c.sentence.text[last.mention.end - c.sentence.start:c.mention.start - c.sentence.start]):
            # "visit Irpin ..., before returning to the capital": the same day as the stop before it
            c.start = c.end = last.end or last.start
            c.part = last.part + 0.05
        prev_c = c
        if not c.dates and c.start is None and not c.is_return and c.entry.id in known:
            # "In Kyiv he met ministers": a repeat mention of a dated stop dates what follows it
            last = known[c.entry.id]
            continue
        for e in c.dates:
            if e.kind == "weekday" and e.weekday is not None and c.start is None:
                anchor = last.end or last.start if last is not None else None
                day = resolve_weekday(e.weekday, published=published, future=future, anchor=anchor)
                if day is not None:
                    end = day
                    if e.weekday2 is not None:
                        end = day + dt.timedelta(days=(e.weekday2 - e.weekday) % 7)
                    c.start, c.end = _widen(c.start, c.end, day, end)
                    c.part = e.part
                    if c.approx is not None:
                        c.approx = None
            elif e.kind == "relative" and c.start is None and last is not None:
                base = last.end or last.start
                if base is not None:
                    day = base + dt.timedelta(days=e.offset)
                    c.start = c.end = day
                    c.part = e.part
        if c.start is not None or c.approx is not None:
            last = c
            known[c.entry.id] = c
        elif last is not None and last.entry.id == c.entry.id:
            pass
    # "arrived in Washington after a two-day visit to France, where ... Paris": those come before
    for items in by_sentence.values():
        s = items[0].sentence
        am = _AFTER_PHRASE.search(s.text)
        if am is None or _N_DAYS_AFTER.search(s.text):
            continue
        pos = s.start + am.start()
        main = [c for c in items if c.mention.start < pos and c.role != "origin"]
        if not main:
            continue
        for x in items:
            if x.mention.start > pos and x.start is None and x.before is None:
                x.before = main[0]
    # "two days after flying in from Seoul", "a day after telling the forum"
    for items in by_sentence.values():
        s = items[0].sentence
        for mm in _N_DAYS_AFTER.finditer(s.text):
            n = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}.get(mm.group("n").lower())
            n = n or int(mm.group("n"))
            pos = s.start + mm.end()
            main = [c for c in items if c.mention.start < s.start + mm.start()]
            inner = [c for c in items if c.mention.start >= pos]
            if not main or not inner:
                continue
            head, x = main[0], inner[0]
            if x.role == "origin":
                # "two days after flying in from Seoul": the day the traveler left Seoul, plus n
                left = max((o.end or o.start for o in cands if o.entry.id == x.entry.id and o.start), default=None)
                if left is not None:
                    for h in main:
                        h.start = left + dt.timedelta(days=n)
                        h.end = max(h.end or h.start, h.start)
            elif head.start is not None:
                x.start = x.end = head.start - dt.timedelta(days=n)
                x.before = head


def _widen(s0: dt.date | None, e0: dt.date | None, s1: dt.date, e1: dt.date | None) -> tuple[dt.date, dt.date]:
    e1 = e1 or s1
    if s0 is None:
        return s1, e1
    return min(s0, s1), max(e0 or s0, e1)


def _dates_for(c: Candidate, items: Sequence[Candidate], exprs: Sequence[DateExpr], s: Sentence) -> list[DateExpr]:
    """The date expressions that belong to this mention: those of its comma chunk, else its clause."""
    if c.coordinated >= 2:
        return _list_member_dates(c, items, exprs)
    t = s.text
    a = c.mention.start - s.start
    cb = _clause_bounds(t, a)
    chunks = _chunks(t, *cb)
    here = next((k for k, ch in enumerate(chunks) if ch[0] <= a <= ch[1]), 0)
    zone = [chunks[here]]
    # a relative clause right after the place ("Luanda, ..., where ... on Nov. 24-25") describes it
    for ch in chunks[here + 1:]:
        seg = t[ch[0]:ch[1]]
        if lx.RELATIVE_START.match(seg) and re.match(r"^\s*where\b", seg):
            zone.append(ch)
            break
        if re.search(r"\b(?:the\s+\w+\s+capital|the\s+capital)\b", seg) or len(seg.split()) <= 3:
            zone.append(ch)  # "Cairo, Egypt, February 5-6": a qualifier, then the date
            continue
        break
    others = [o for o in items if o is not c]
    out = []
    for e in exprs:
        ea = e.start - s.start
        if not any(z[0] <= ea <= z[1] for z in zone):
            continue
        if e.kind == "year":
            continue
        # another stop in the same chunk sits closer to this date ("fly to Jakarta and then to Darwin")
        if any(z[0] <= (o.mention.start - s.start) <= z[1] and o.coordinated < 2
               and _gap(o.mention, e) < _gap(c.mention, e) for o in others for z in zone):
            continue
        out.append(e)
    if not out:
        # a leading date governs the whole clause ("On Tuesday he drove to Ramallah")
        first = chunks[0]
        for e in exprs:
            ea = e.start - s.start
            if first[0] <= ea <= first[1] and here != 0 and e.kind in ("weekday", "relative", "explicit") \
                    and ea < a and not any(first[0] <= (o.mention.start - s.start) <= first[1] for o in others):
                out.append(e)
                break
    return out


def _list_member_dates(c: Candidate, items: Sequence[Candidate], exprs: Sequence[DateExpr]) -> list[DateExpr]:
    """A date for a whole list of places is the trip's range, not a stop's; but in "Lisbon on April 3 and
    Porto on April 5-6" each place has its own date right after it."""
    members = sorted((o for o in items if o.coordinated >= 2), key=lambda o: o.mention.start)

    def own(o: Candidate) -> DateExpr | None:
        nxt = next((x for x in members if x.mention.start > o.mention.start), None)
        limit = nxt.mention.start if nxt else o.mention.end + 40
        return next((e for e in exprs if o.mention.end <= e.start < limit
                     and not re.search(r"[,.;]", o.sentence.text[o.mention.end - o.sentence.start:e.start - o.sentence.start])),
                    None)

    heads = members[:-1]
    if heads and all(own(o) is not None for o in heads):
        mine = own(c)
        return [mine] if mine else []
    return []


def _gap(m: PlaceMention, e: DateExpr) -> int:
    return max(e.start - m.end, m.start - e.end, 0)


# --- visits and order -----------------------------------------------------------------------------------------

class _Places:
    """Canonical place keys: two entries a few km apart in one country are one place.

    Distinct entries are few even in a long story, so each new entry is compared once with the
    ones seen before; everything after that is a dictionary lookup.
    """

    def __init__(self) -> None:
        self._key: dict[str, str] = {}
        self._reps: list[Entry] = []

    def key(self, e: Entry) -> str:
        found = self._key.get(e.id)
        if found is None:
            found = next((r.id for r in self._reps if _same_entry(r, e)), e.id)
            if found == e.id:
                self._reps.append(e)
            self._key[e.id] = found
        return found


def _same_entry(a: Entry, b: Entry) -> bool:
    """One place: the same entry, or two names for points a few km apart in one country."""
    if a.id == b.id:
        return True
    if a.country_code != b.country_code:
        return False
    return "country" not in (a.kind, b.kind) and _km(a, b) < 8.0


def _km(a: Entry, b: Entry) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def group_visits(cands: list[Candidate], places: _Places) -> list[Visit]:
    """One visit per stop: undated repeat mentions fold into a visit of the same place.

    Strong mentions form the visits; weak ones ("told reporters in Rome") join the latest visit
    of their place and origins ("from Przemysl") the first, or stand alone when there is none.
    """
    cands = sorted(cands, key=lambda c: c.mention.start)
    visits: list[Visit] = []
    by_place: dict[str, list[Visit]] = {}
    undated_only: dict[str, bool] = {}

    def new_visit(c: Candidate, key: str) -> None:
        visits.append(Visit([c]))
        by_place.setdefault(key, []).append(visits[-1])

    for c in cands:
        if c.role in ("weak", "origin"):
            continue
        key = places.key(c.entry)
        dated = c.start is not None or c.approx is not None
        same = by_place.get(key)
        if same and not c.is_return and not dated:
            same[-1].members.append(c)
        elif same and not c.is_return and undated_only.get(key, False):
            same[0].members.append(c)  # an earlier undated mention of the place now gets this date
        else:
            new_visit(c, key)
        undated_only[key] = undated_only.get(key, True) and not dated
    for c in cands:
        if c.role not in ("weak", "origin"):
            continue
        key = places.key(c.entry)
        same = by_place.get(key)
        if same and c.role == "origin":
            same = [v for v in same if not all(m.is_return for m in v.members)]  # leaving home is not coming back
        if same:
            (same[-1] if c.role == "weak" else same[0]).members.append(c)
        else:
            new_visit(c, key)
    return visits


def _date_of(v: Visit) -> tuple[dt.date | None, dt.date | None]:
    starts = [m.start for m in v.members if m.start]
    ends = [m.end or m.start for m in v.members if m.start]
    return (min(starts) if starts else None, max(d for d in ends if d) if ends else None)


def _position(v: Visit) -> int:
    """Where a visit is told: its first strong mention (weak ones like "told reporters in" do not count)."""
    strong = [m.mention.start for m in v.members if m.role in ("strong", "container")]
    return min(strong) if strong else min(m.mention.start for m in v.members)


def _merge_dated_neighbours(visits: list[Visit], places: _Places) -> list[Visit]:
    """Dated visits of one place with no other dated stop between them are one visit
    ("flew in on Wednesday and stayed at Blair House" ... "met the president on Thursday")."""
    dated = sorted((v for v in visits if _date_of(v)[0] is not None), key=lambda v: (_date_of(v)[0], _position(v)))
    absorbed: set[int] = set()
    for a, b in itertools.pairwise(dated):
        if id(a) in absorbed:
            continue
        if places.key(a.first.entry) == places.key(b.first.entry) and not all(m.is_return for m in b.members):
            b.members[:0] = a.members
            absorbed.add(id(a))
    return [v for v in visits if id(v) not in absorbed]


def order_visits(visits: list[Visit], places: _Places) -> list[Visit]:
    """Chronological order: dates first, then cues (first/last/before), then mention order."""
    if not visits:
        return visits
    visits = _merge_dated_neighbours(visits, places)
    text_order = sorted(visits, key=_position)
    keys: dict[int, float] = {}
    eps = 1e-3
    prev_key = -1e7
    pending_before: list[Visit] = []
    for v in text_order:
        start, _ = _date_of(v)
        approx = next((m.approx for m in v.members if m.approx is not None), None)
        cue = next((m.cue for m in v.members if m.cue), None)
        part = max((m.part for m in v.members if m.start == start), default=0.0)
        if start is not None:
            # a stop that "ends the tour" comes last within its day, one that "begins" it first
            k = start.toordinal() + (0.99 if cue == "last" else 0.0 if cue == "first" else part)
        elif approx is not None:
            k = approx
        else:
            k = prev_key + eps
        if cue == "first" and start is None:
            k = -1e8 + len(keys) * eps
        if cue == "last" and start is None:
            k = 1e8 + len(keys) * eps
        in_before_clause = any(m.in_before_clause for m in v.members)
        if in_before_clause:
            pending_before.append(v)
        keys[id(v)] = k
        if cue != "last":
            # what is told next comes after this visit ends ("stayed on Wednesday ... met on Thursday");
            # a departure point told late ("flew in from Berlin on Wednesday") does not move the story back
            end = _date_of(v)[1]
            after = end.toordinal() + 0.9 if start is not None and end is not None and end > start else k
            prev_key = max(prev_key, after) if all(m.role == "origin" for m in v.members) else after
        # "Before arriving in Tokyo on May 26, he spent two days in Manila": Manila goes before Tokyo
        if pending_before and not in_before_clause:
            here = v.first.sentence.index
            for pb in pending_before:
                if pb.first.sentence.index == here and start is None:
                    keys[id(v)] = keys[id(pb)] - eps
            pending_before = [pb for pb in pending_before if pb.first.sentence.index != here]
    visit_of = {id(m): v for v in visits for m in v.members}
    for v in visits:
        for m in v.members:
            anchor = visit_of.get(id(m.before)) if m.before is not None else None
            if anchor is not None and keys[id(v)] >= keys[id(anchor)]:
                keys[id(v)] = keys[id(anchor)] - eps
    visits = _absorb_containers(visits, keys, eps)
    ordered = sorted(visits, key=lambda v: (keys[id(v)], _position(v)))
    # neighbours at the same place are one visit
    merged: list[Visit] = []
    for v in ordered:
        if merged and places.key(merged[-1].first.entry) == places.key(v.first.entry):
            merged[-1].members.extend(v.members)
        else:
            merged.append(v)
    return merged


def _absorb_containers(visits: list[Visit], keys: dict[int, float], eps: float) -> list[Visit]:
    """A country or state that holds another stop is not a stop of its own.

    Its own date (not a list's) goes to the stop inside it that is told nearest and lacks one,
    and an undated stop inside it takes its place in the order when the container came first
    ("visited Jordan, Qatar ..." then "Al Udeid Air Base").
    """
    by_country: dict[str | None, list[Visit]] = {}
    for v in visits:
        if v.first.entry.kind not in ("country", "region"):
            by_country.setdefault(v.first.entry.country_code, []).append(v)
    out: list[Visit] = []
    for c in visits:
        e = c.first.entry
        inside = [w for w in by_country.get(e.country_code, []) if _contains(e, w.first.entry)] \
            if e.kind in ("country", "region") else []
        if not inside:
            out.append(c)
            continue
        start = _date_of(c)[0]
        near = min(inside, key=lambda w: abs(_position(w) - _position(c)))
        if start is not None and not any(m.coordinated >= 2 for m in c.members) and _date_of(near)[0] is None:
            dated = [m for m in c.members if m.start]
            near.members.extend(dated)
            keys[id(near)] = min(keys[id(near)], keys[id(c)])
        for v in inside:
            if _date_of(v)[0] is None and not any(m.cue for m in v.members) and keys[id(c)] < keys[id(v)]:
                keys[id(v)] = keys[id(c)] + eps / 10
    return out


def tidy(visits: list[Visit], places: _Places) -> list[Visit]:
    """Drop home at either end, unattached origins and returns to places never visited."""
    out: list[Visit] = []
    for v in visits:
        if all(m.home for m in v.members):
            continue
        if all(m.role == "origin" for m in v.members) and not out and len(visits) > 1:
            continue  # where the trip set out from, never otherwise visited: the origin, not a stop
        out.append(v)
    # a return to a place never visited on this trip is the way home
    final: list[Visit] = []
    seen: set[str] = set()
    for v in out:
        key = places.key(v.first.entry)
        if all(m.is_return for m in v.members) and key not in seen:
            continue
        seen.add(key)
        final.append(v)
    return final


def _contains(container: Entry, e: Entry) -> bool:
    if container.kind == "country":
        return bool(e.country_code) and e.country_code == container.country_code and e.kind != "country"
    if container.kind == "region":
        if container.admin1 and e.admin1 and container.country_code == e.country_code:
            return container.admin1 == e.admin1
        if not container.admin1 and container.country_code == e.country_code:
            return _km(container, e) < 250
    return False


# --- output ---------------------------------------------------------------------------------------------------

def _stop(v: Visit, seq: int, text: str, places_in: dict[int, list[int]]) -> Stop:
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
    start, end = _date_of(v)
    status = "visited" if any(m.status == "visited" for m in v.members if m.role != "weak") else "planned"
    if all(m.role == "weak" for m in v.members):
        status = v.first.status
    inferred = e.name.lower() not in text.lower()
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
    b = _clause_bounds(s.text, pos)[1]
    after = [o for o in offsets if pos < o <= b]
    if after:
        return after[0]
    before = [o for o in offsets if o < pos]
    return before[-1] if before else None
