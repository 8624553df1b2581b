"""From candidate stops to visits in chronological order: merging repeats, keeping returns, dropping
containers, home and origins."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from itinerary.extraction import lexicon as lx
from itinerary.extraction.classify import Candidate
from itinerary.extraction.places import Places, contains, km

AIRPORT_KM = 60.0  # an airport this close to another stop serves that stop's city
HOME_AIRPORT_KM = 30.0  # a place this close to where the traveler returned home is the way home
SUBURB_KM = 30.0  # a borough or suburb this close to a far bigger city in the same state is part of its visit
CITY_STATE_KM = 30.0  # a country whose centre is this close to a stop inside it is a city-state (Singapore)
SUBURB_RATIO = 5
SUBURB_RATIO_OTHER_DAY = 12
SUBURB_CITY_MIN_POPULATION = 100_000  # a suburb belongs to a city; next to a country town, a village is a town of its own


@dataclass(slots=True)
class Visit:
    members: list[Candidate]
    key: float = 0.0

    @property
    def first(self) -> Candidate:
        return self.members[0]


# --- visits and order -----------------------------------------------------------------------------------------

_BEING_BACK = re.compile(r"\b(?:to\s+be|being|is|was|felt|feels)\s+back\s+in\s+(?:the\s+)?$")


def group_visits(cands: list[Candidate], places: Places) -> list[Visit]:
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
        being_back = c.is_return and not dated and same is not None and bool(same) and visits[-1] is same[-1] \
            and _BEING_BACK.search(c.sentence.text, 0, c.mention.start - c.sentence.start) is not None
        first_of_trip = c.cue == "first" and same is not None and bool(same) and all(m.is_return for m in same[-1].members)
        if same and (not c.is_return or being_back) and not dated and not first_of_trip:
            # ("returned to Riyadh on Friday ... Riyadh was the first destination of a tour": where it began, apart)
            # ("Kerry landed in Berlin ... how wonderful it was to be back in Berlin": where he is, not a return)
            same[-1].members.append(c)
        elif same and not c.is_return and undated_only.get(key, False) and not all(m.is_return for m in same[0].members):
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


def date_of(v: Visit) -> tuple[dt.date | None, dt.date | None]:
    starts = [m.start for m in v.members if m.start]
    ends = [d for m in v.members for d in (m.end or m.start,) if d]  # (a list's last place may have an end only)
    return (min(starts) if starts else None, max(ends) if ends else None)


def told_dates(v: Visit) -> tuple[dt.date | None, dt.date | None]:
    """The visit's days as the user sees them: those stated for it, else the story's day where it is told
    (kept out of grouping and ordering, which trust only stated days)."""
    start, end = date_of(v)
    if start is None and end is None:
        start = end = min((m.story_day for m in v.members if m.story_day), default=None)
    return start, end


def _position(v: Visit) -> int:
    """Where a visit is told: its first strong mention (weak ones like "told reporters in" do not count)."""
    strong = [m.mention.start for m in v.members if m.role in ("strong", "container")]
    return min(strong) if strong else min(m.mention.start for m in v.members)


def _dated_position(v: Visit) -> int:
    """Where the visit's day is told ("Jan. 3: ... arrives in Melbourne ...; leaves for Singapore": Melbourne, then
    Singapore, though the lead named Singapore first); where it is told, for an undated visit."""
    start = date_of(v)[0]
    told = [m.mention.start for m in v.members if start is not None and m.start == start and m.role != "weak"]
    return min(told) if told else _position(v)


def _told_before(starts: list[int], owners: list[Visit], pos: int, ordered: dict[int, float]) -> Visit | None:
    """The already ordered visit whose mention comes last before ``pos`` in the text."""
    k = bisect.bisect_left(starts, pos) - 1
    while k >= 0 and id(owners[k]) not in ordered:
        k -= 1
    return owners[k] if k >= 0 else None


def _part(v: Visit) -> float:
    """The time of day of a visit's first day ("late Thursday" after "Thursday morning")."""
    start = date_of(v)[0]
    return max((m.part for m in v.members if m.start == start), default=0.0)


def _merge_dated_neighbours(visits: list[Visit], places: Places) -> list[Visit]:
    """Dated visits of one place with no other dated stop between them are one visit
    ("flew in on Wednesday and stayed at Blair House" ... "met the president on Thursday")."""
    dated = sorted((v for v in visits if date_of(v)[0] is not None),
                   key=lambda v: (date_of(v)[0], _part(v), date_of(v)[1] or dt.date.min, _position(v)))
    absorbed: set[int] = set()
    for a, b in itertools.pairwise(dated):
        if id(a) in absorbed:
            continue
        if places.key(a.first.entry) == places.key(b.first.entry) and not all(m.is_return for m in b.members):
            b.members[:0] = a.members
            absorbed.add(id(a))
    return [v for v in visits if id(v) not in absorbed]


def order_visits(visits: list[Visit], places: Places) -> list[Visit]:
    """Chronological order: dates first, then cues (first/last/before), then mention order."""
    if not visits:
        return visits
    visits = _merge_dated_neighbours(visits, places)
    text_order = sorted(visits, key=_position)
    told = sorted(((m.mention.start, w) for w in visits for m in w.members), key=lambda x: x[0])
    member_starts, member_owners = [x[0] for x in told], [x[1] for x in told]
    keys: dict[int, float] = {}
    eps = 1e-3
    prev_key = -1e7
    after_of: dict[int, float] = {}
    pending_before: list[Visit] = []
    for v in text_order:
        start, _ = date_of(v)
        approx = next((m.approx for m in v.members if m.approx is not None), None)
        cue = next((m.cue for m in v.members if m.cue), None)
        part = _part(v)
        if start is not None:
            # a stop that "ends the tour" comes last within its day, one that "begins" it first
            k = start.toordinal() + (0.99 if cue == "last" else 0.0 if cue == "first" else part)
        elif approx is not None:
            k = approx
        else:
            k = prev_key + eps
            # told right after a later-dated visit's mention ("greeted him in Vanimo ... He was due back in
            # Port Moresby"): it follows that visit, not the one whose first mention came before
            w = _told_before(member_starts, member_owners, _position(v), after_of)
            if w is not None and after_of[id(w)] > prev_key:
                k = after_of[id(w)] + eps
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
            end = date_of(v)[1]
            after = end.toordinal() + 0.9 if start is not None and end is not None and end > start else k
            prev_key = max(prev_key, after) if all(m.role == "origin" for m in v.members) else after
            after_of[id(v)] = after
        # "Before arriving in Tokyo on May 26, he spent two days in Manila": Manila goes before Tokyo
        if pending_before and not in_before_clause:
            here = v.first.sentence.index
            for pb in pending_before:
                if pb.first.sentence.index == here and start is None:
                    keys[id(v)] = keys[id(pb)] - eps
            pending_before = [pb for pb in pending_before if pb.first.sentence.index != here]
    _place_before(visits, keys, eps)
    before_absorbing = dict(keys)
    redirect: dict[int, Visit] = {}
    visits = _absorb_containers(visits, keys, eps, redirect)
    moved = {id(v) for v in visits if keys[id(v)] < before_absorbing[id(v)]} | {id(v) for v in redirect.values()}
    _place_before(visits, keys, eps, origins=True)  # ("arrived in Tokyo from Hanoi" after Japan moved Tokyo up)
    # ("arrived in South Korea on Wednesday ... arrived in Seoul after two days in Tokyo": Seoul took South Korea's
    # place; Tokyo still comes before it)
    _place_before(visits, keys, eps, anchors=moved, redirect=redirect)
    # what is still to come follows what was done: "He will also visit Spain" told before "arrived in Lisbon on Friday"
    done = [keys[id(v)] for v in visits if any(m.status == "visited" and m.role != "origin" for m in v.members)
            and date_of(v)[0] is not None]
    for v in visits:
        if done and date_of(v)[0] is None and all(m.status == "planned" for m in v.members) \
                and not any(m.cue == "first" or m.before is not None for m in v.members) and keys[id(v)] < max(done):
            keys[id(v)] = max(done) + eps * (1 + _position(v) / 1e9)
    # and what was done comes before what is still to come: "will visit Ballia on Friday. In Gorakhpur, he visited
    # hospitals"
    ahead = [keys[id(v)] for v in visits if all(m.status == "planned" for m in v.members) and date_of(v)[0] is not None]
    for v in visits:
        if ahead and date_of(v)[0] is None and v.first.role != "origin" \
                and all(m.status == "visited" and m.role != "origin" and not _UNDER_WAY_NOW.search(m.sentence.text)
                        for m in v.members) \
                and not any(m.cue or m.before is not None for m in v.members) and keys[id(v)] > min(ahead):
            keys[id(v)] = min(ahead) - eps * (1 - _position(v) / 1e9)
    _present_last(visits, keys, eps)
    _later_this_week_last(visits, keys, eps)
    ordered = sorted(visits, key=lambda v: (keys[id(v)], _dated_position(v)))
    # neighbours at the same place are one visit
    merged: list[Visit] = []
    for v in ordered:
        if merged and places.key(merged[-1].first.entry) == places.key(v.first.entry):
            merged[-1].members.extend(v.members)
        else:
            merged.append(v)
    return merged


# "He is also visiting the Northern Command": told in the present, it may be still to come
_UNDER_WAY_NOW = re.compile(r"\b(?:is|are|am|’s|'s)\s+(?:also\s+|now\s+|currently\s+)?[a-z]+ing\b|\b(?:will|would|to\s+be)\b")
_UNDER_WAY = re.compile(r"\b(?:second|third|fourth|fifth|next|final|last)\s+(?:leg|stop)\b|\bcontinu\w*\s+(?:his|her|their)\s+"
                        r"(?:[\w-]+\s+)?(?:tour|trip|visit)|\b(?:regional|multi-nation|[\w]+-nation|[\w]+-country)\s+"
                        r"(?:[\w-]+\s+)?(?:tour|trip)\b", re.I)
_LATER_THIS_WEEK = re.compile(r"[^.;]{0,60}?\blater\s+(?:this|in\s+the)\s+(?:week|month)\b")
_NOW_IN = re.compile(r"\b(?:is|are|’s|'s)\s+(?:currently|now|presently)\s+(?:in|at|on\s+a\s+visit\s+to)\s+(?:the\s+)?$")


def _later_this_week_last(visits: list[Visit], keys: dict[int, float], eps: float) -> None:
    """"will be attending a ceremony in Portsmouth later this week": after the days the story dates."""
    dated_keys = [keys[id(v)] for v in visits if date_of(v)[0] is not None]
    for v in visits:
        if dated_keys and date_of(v)[0] is None and any(
                _LATER_THIS_WEEK.match(m.sentence.text, m.mention.end - m.sentence.start) for m in v.members):
            keys[id(v)] = max(keys[id(v)], max(dated_keys) + eps)


def _present_last(visits: list[Visit], keys: dict[int, float], eps: float) -> None:
    """"The army chief is currently in Washington ... who reached New York on Friday": where the traveler is
    now comes after the undated places the story says he has been."""
    def now(v: Visit) -> bool:
        return any(_NOW_IN.search(m.sentence.text, 0, m.mention.start - m.sentence.start) for m in v.members)

    for v in visits:
        if date_of(v)[0] is not None or not now(v):
            continue
        been = [keys[id(w)] for w in visits if w is not v and date_of(w)[0] is None and not now(w)
                and all(m.status == "visited" and m.role != "origin" for m in w.members)]
        if been and max(been) > keys[id(v)]:
            keys[id(v)] = max(been) + eps / 10


def _place_before(visits: list[Visit], keys: dict[int, float], eps: float, origins: bool = False,
                  anchors: set[int] | None = None, redirect: dict[int, Visit] | None = None) -> None:
    """A visit told as coming right before another ("On his way to X, he stopped in Y") goes just before it
    (``origins``: only the places an arrival came from; ``anchors``: only before these visits)."""
    visit_of = {id(m): v for v in visits for m in v.members}
    for v in visits:
        for m in v.members:
            if origins and m.role != "origin":
                continue
            anchor = (visit_of.get(id(m.before)) or (redirect or {}).get(id(m.before))) if m.before is not None else None
            if m.final_stop and date_of(v)[0] is None:
                continue  # "after a flight from Manila, his final stop": the last stop, whatever came after it
            if anchors is not None and (id(anchor) not in anchors or date_of(v)[0] is not None):
                continue
            if anchor is not None and keys[id(v)] >= keys[id(anchor)]:
                keys[id(v)] = keys[id(anchor)] - eps


def _absorb_containers(visits: list[Visit], keys: dict[int, float], eps: float,
                       redirect: dict[int, Visit] | None = None) -> list[Visit]:
    """A country or state that holds another stop is not a stop of its own.

    Its own date (not a list's) goes to the stop inside it that is told nearest and lacks one,
    and an undated stop inside it takes its place in the order when the container came first
    ("visited Jordan, Qatar ..." then "Al Udeid Air Base").
    """
    by_country: dict[str | None, list[Visit]] = {}
    for v in visits:
        if v.first.entry.kind != "country":  # (a region inside a country too: "Rhineland-Palatinate in Germany")
            by_country.setdefault(v.first.entry.country_code, []).append(v)
    out: list[Visit] = []
    # "with stops in Fiji and Samoa": what stands in for a listed country comes after what stands in for the
    # country listed before it (the latest key so far of each list, by sentence)
    list_floor: dict[int, float] = {}
    # the one day every member of a sentence's list shares, if they all share one
    listed_days: dict[int, set[dt.date | None]] = {}
    for v in visits:
        for m in v.members:
            if m.coordinated >= 2:
                listed_days.setdefault(m.sentence.index, set()).add(m.start if m.start == m.end else None)
    list_days = {k: next(iter(d)) for k, d in listed_days.items() if len(d) == 1 and None not in d}
    for c in sorted(visits, key=_position):
        e = c.first.entry
        inside = [w for w in by_country.get(e.country_code, []) if w is not c and contains(e, w.first.entry)
                  and (w.first.entry.kind != "region" or (e.kind == "country" and w.first.entry.population > 0))] \
            if e.kind in ("country", "region") else []  # (not a landmark: "the Panama Canal" folds the other way)
        listed = next((m.sentence.index for m in c.members if m.coordinated >= 2), None)
        start = date_of(c)[0]
        inside_days = [date_of(w)[0] for w in inside]
        if inside and start is not None and any(m.is_return for m in c.members) \
                and any(d is not None and d < start for d in inside_days) and start not in inside_days:
            inside = []  # "She will return to Pennsylvania ... on Wednesday" after Erie on Monday: a stop of its own
        if not inside:
            out.append(c)
            continue
        near = min(inside, key=lambda w: abs(_position(w) - _position(c)))
        if any(m.cue == "last" for m in c.members):
            # "wrapped up her trip to Ireland on Friday after stops in Dublin, Cork and Galway": the day the trip
            # ended is its last stop's
            near = max(inside, key=_position)
        if redirect is not None:
            redirect.update((id(m), near) for m in c.members)  # (what came before the country comes before the stop)
        # (a list's one day is each member's: "a visit to Florida and Georgia on Thursday"; its range is the trip's)
        dated = [m for m in c.members if m.start and (m.coordinated < 2 or list_days.get(m.sentence.index) == m.start)]
        # (another mention of the same container may have dated it already: "landed in Singapore late Thursday"
        # after "due to open the conference in Singapore on Friday"; a city-state is the stop inside it)
        if start is not None and dated and (date_of(near)[0] is None or km(e, near.first.entry) <= CITY_STATE_KM or all(
                m.role == "container" and m.entry.id == e.id for m in near.members if m.start)):
            near.members.extend(dated)
            keys[id(near)] = min(keys[id(near)], keys[id(c)])
        elif all(m.role == "origin" for m in near.members) and not any(m.role == "origin" for m in c.members):
            # "took him to ... Belgium and Italy ... took off from Naval Air Station Sigonella, Sicily": the place
            # left from is where in Italy he was
            near.members.extend(c.members)
            keys[id(near)] = keys[id(c)]
        floor = max(keys[id(c)], list_floor.get(listed, keys[id(c)])) if listed is not None else keys[id(c)]
        for v in inside:
            told_before = [keys[id(w)] for w in inside if date_of(w)[0] is not None and _position(w) < _position(v)]
            if told_before:
                # ("will visit New Zealand ... On 7 April at Wellington ... fly to Auckland": after Wellington, and
                # before the country listed after New Zealand)
                if date_of(v)[0] is None and not any(m.cue for m in v.members) and listed is not None:
                    keys[id(v)] = min(keys[id(v)], max(told_before) + eps / 10)
                continue
            if date_of(v)[0] is None and not any(m.cue for m in v.members) and floor < keys[id(v)]:
                keys[id(v)] = floor + eps / 10
        if listed is not None:
            list_floor[listed] = max([list_floor.get(listed, keys[id(c)])] + [keys[id(v)] for v in inside])
        _follow_inside(c, inside, visits, keys, eps)
    at = {id(v): k for k, v in enumerate(visits)}
    out.sort(key=lambda v: at[id(v)])
    return out


def _follow_inside(c: Visit, inside: list[Visit], visits: list[Visit], keys: dict[int, float], eps: float) -> None:
    """"Starting with South Africa. He will then visit Zimbabwe and Rwanda. On Monday he opens a consulate in
    Cape Town": the dated stops inside a country told first take its place, so the undated stops told after
    the country come after them."""
    kc = keys[id(c)]
    dated = [keys[id(w)] for w in inside if date_of(w)[0] is not None and keys[id(w)] > kc]
    if not dated:
        return
    top = max(dated)
    # the undated stops told after the country that follow it directly in the order so far
    between: list[Visit] = []
    for x in sorted((x for x in visits if x is not c and kc <= keys[id(x)] < top), key=lambda x: keys[id(x)]):
        if x in inside or date_of(x)[0] is not None or _position(x) < _position(c) \
                or any(m.cue or m.before is not None for m in x.members) \
                or any(w is not x and contains(x.first.entry, w.first.entry) for w in visits):
            break  # (a country with stops of its own keeps its place: "a tour of Poland and Finland")
        between.append(x)
    for n, x in enumerate(sorted(between, key=lambda x: keys[id(x)])):
        keys[id(x)] = top + eps / 10 * (1 + n / (len(between) + 1))


def tidy(visits: list[Visit], places: Places) -> list[Visit]:
    """Drop home at either end, unattached origins and returns to places never visited."""
    out: list[Visit] = []
    # (with no stop dated, a dated departure point told first is still where the trip set out: "Leaving Wellington
    # this Saturday, the delegation will visit Beijing")
    first_day = min((d for w in visits if not all(m.role == "origin" for m in w.members)
                     for d in (date_of(w)[0],) if d is not None), default=dt.date.max)
    origins: list[Visit] = []
    homes = [m.entry for v in visits for m in v.members if m.home and m.is_return and m.entry.kind == "city"]
    # ("This is the second leg of his three-nation tour": a trip under way, so "arrived in Washington from Portugal"
    # names its previous stop, not where it set out from)
    under_way = any(_UNDER_WAY.search(m.sentence.text) for v in visits for m in v.members)
    for v in visits:
        if all(m.home for m in v.members) or (v.first.home and v.first.is_return):
            continue  # (a return home told first: "has returned to the White House after his trip ... then taken to the White House")
        if homes and v.first.entry.kind in ("city", "venue") and all(not m.home for m in v.members) \
                and any(km(h, v.first.entry) <= HOME_AIRPORT_KM and h.id != v.first.entry.id for h in homes):
            continue  # "returned home to Washington ... landed at Joint Base Andrews": the way home, at its airport
        start = date_of(v)[0]
        between = (start is None or under_way) and (bool(out) or under_way) and any(m.before is not None for m in v.members)
        if all(m.role == "origin" for m in v.members) and len(visits) > 1 and not between and (
                not out or start is None or start <= first_day):
            origins.append(v)
            continue  # where the trip set out from, never otherwise visited: the origin, not a stop
        out.append(v)
    set_out_from = min(origins, key=lambda v: (date_of(v)[0] or dt.date.max, _position(v)), default=None)
    if set_out_from is not None and len(out) > 1 and all(m.role != "container" for m in out[-1].members) \
            and not any(places.key(w.first.entry) == places.key(out[-1].first.entry) for w in out[:-1]) \
            and km(set_out_from.first.entry, out[-1].first.entry) <= AIRPORT_KM:
        out.pop()  # "Departure by air from Rome ... Departure by air for Rome": back where it set out, home
    out = _fold_retold_runs(out, places)
    out = _fold_airports(out, places)
    out = _fold_suburbs(out, places)
    out = _fold_sites(out)
    out = _fold_venues(out)
    # a return to a place never visited on this trip is the way home
    final: list[Visit] = []
    seen: set[str] = set()
    for v in out:
        key = places.key(v.first.entry)
        if all(m.left_for_home for m in v.members) and key in seen:
            continue  # "She is due to fly back to Paris from Jakarta": the way home from a stop told before
        if all(m.is_return for m in v.members) and key not in seen \
                and not any(contains(v.first.entry, w.first.entry) for w in final):
            continue  # (a return to the state of a stop before it is a return: "She will return to Pennsylvania")
        seen.add(key)
        final.append(v)
    return final


def _fold_retold_runs(visits: list[Visit], places: Places) -> list[Visit]:
    """"is scheduled to visit Ballia and Varanasi on Friday ... 'He will visit Ballia and Varanasi on Friday,' the
    spokesman said": a run of two or more stops told again, place for place on the same days, is one run."""
    out = list(visits)
    k = 2
    while k <= len(out) // 2:
        for i in range(len(out) - 2 * k + 1):
            first, again = out[i:i + k], out[i + k:i + 2 * k]
            if all(places.key(v.first.entry) == places.key(w.first.entry) and date_of(v)[0] is not None
                   and date_of(v) == date_of(w) for v, w in zip(first, again, strict=True)):
                for v, w in zip(first, again, strict=True):
                    v.members.extend(w.members)
                del out[i + k:i + 2 * k]
                break
        else:
            k += 1
    return out


def _fold_airports(visits: list[Visit], places: Places) -> list[Visit]:
    """"Met at Vnukovo airport" on a trip to Moscow is the arrival in Moscow, not a stop of its own."""
    out = list(visits)
    for v in list(out):
        if not all(m.airport for m in v.members):
            continue
        # (into a bigger place only: "the Thiruvananthapuram International Airport" is the city's own, not Kovalam's)
        near = [w for w in out if w is not v and w.first.entry.kind not in ("country", "region")
                and places.key(w.first.entry) != places.key(v.first.entry)
                and km(v.first.entry, w.first.entry) <= AIRPORT_KM
                and w.first.entry.population >= v.first.entry.population]
        if near:
            target = min(near, key=lambda w: km(v.first.entry, w.first.entry))
            _demote(v)
            target.members.extend(v.members)
            out.remove(v)
    return out


def _fold_suburbs(visits: list[Visit], places: Places) -> list[Visit]:
    """Staten Island next to New York City, Parramatta next to Sydney: one visit to the city.

    Only neighbours in the order fold, only in the same first-level region (Arlington, Virginia stays
    apart from Washington), and only into a city at least five times as populous.
    """
    return _fold_neighbours(visits, _suburb_of)


def _fold_neighbours(visits: list[Visit], part_of: Callable[[Visit, Visit], bool]) -> list[Visit]:
    """Neighbours in the order where ``part_of(small, big)`` holds become one visit, named by the big one."""
    out: list[Visit] = []
    for v in visits:
        if out and part_of(v, out[-1]):
            _demote(v)
            out[-1].members.extend(v.members)
            continue
        if out and part_of(out[-1], v):
            _demote(out[-1])
            v.members[:0] = out[-1].members
            out[-1] = v
            continue
        out.append(v)
    return out


def _is_site(v: Visit) -> bool:
    """A landmark rather than a settled place: "the Panama Canal", "Victoria Falls" (a region with no people)."""
    e = v.first.entry
    words = e.name.lower().split()
    return e.kind == "region" and e.population == 0 and bool(words) and words[-1] in lx.SITE_WORDS


def _holds_site(big: Visit, site: Visit) -> bool:
    b, s = big.first.entry, site.first.entry
    if b.kind in ("country", "region"):
        return b.id != s.id and contains(b, s)
    return b.country_code == s.country_code and km(b, s) <= AIRPORT_KM


def _fold_sites(visits: list[Visit]) -> list[Visit]:
    """"Meet the president in Panama and visit the Panama Canal": the canal is the venue of the Panama stop.

    Into the visit nearest in the order that holds the site (its country, or a city close by); an undated
    site told later ("begins in Panama, where he will ... visit the canal") may be ordered far from it."""
    out = list(visits)
    i = 0
    while i < len(out):
        v = out[i]
        holders = [j for j, w in enumerate(out) if j != i and not _is_site(w) and _holds_site(w, v)] \
            if _is_site(v) else []
        target = out[min(holders, key=lambda j: abs(j - i))] if holders else None
        if target is None:
            i += 1
            continue
        _demote(v)
        for m in v.members:
            if m.mention.venue is None:
                m.mention.venue = m.entry
        target.members.extend(v.members)
        out.pop(i)
    return out


_TRANSPORT = re.compile(r"\b(?:Airport|Air\s+(?:Force\s+)?Base|Joint\s+Base|Airfield|Air\s+Station|Station|Port|Terminal)\b",
                        re.I)


def _fold_venues(visits: list[Visit]) -> list[Visit]:
    """"Landing in Palm Springs for his meeting with Xi at Sunnylands": a named venue told in the same sentence
    as the town next to it, before or after it in the order, is that town's visit (the venue keeps its name)."""
    return _fold_neighbours(visits, _venue_beside)


def _venue_beside(venue: Visit, town: Visit) -> bool:
    a, b = venue.first.entry, town.first.entry
    # (an airport or a base is a leg of its own: "landed at Joint Base Andrews, then drove to Washington")
    if any(m.mention.venue is not None and _TRANSPORT.search(m.mention.venue.name) for m in venue.members):
        return False
    return all(m.mention.kind == "venue" for m in venue.members) and b.kind == "city" \
        and not all(m.mention.kind == "venue" for m in town.members) and a.id != b.id \
        and a.country_code == b.country_code and km(a, b) <= SUBURB_KM \
        and bool({m.sentence.index for m in venue.members} & {m.sentence.index for m in town.members})


def _demote(v: Visit) -> None:
    """Members folded into another place's visit stay as evidence and dates, not as its name."""
    for m in v.members:
        m.role = "weak" if m.role == "strong" else m.role


def _listed_together(v: Visit, w: Visit) -> bool:
    """Are the two places items of one list ("Ferozepur and Tarn Taran on September 2, Amritsar, ...")?"""
    listed_v = {m.sentence.index for m in v.members if m.coordinated >= 2}
    listed_w = {m.sentence.index for m in w.members if m.coordinated >= 2}
    return bool(listed_v & {m.sentence.index for m in w.members}) or bool(listed_w & {m.sentence.index for m in v.members})


def _suburb_of(small: Visit, big: Visit) -> bool:
    if _listed_together(small, big):
        return False  # a list names each of its places for itself
    a, b = small.first.entry, big.first.entry
    da, db = date_of(small)[0], date_of(big)[0]
    # on another day, only a part of a far bigger city is that city: Staten Island is New York, but "a February 22
    # lecture in San Francisco, a February 23 talk in Berkeley" are two stops
    ratio = SUBURB_RATIO_OTHER_DAY if da is not None and db is not None and da != db else SUBURB_RATIO
    return a.kind == b.kind == "city" and a.id != b.id and a.country_code == b.country_code \
        and a.admin1 is not None and (a.admin1 == b.admin1 or b.admin1 is None) \
        and b.population >= ratio * max(a.population, 1) and b.population >= SUBURB_CITY_MIN_POPULATION \
        and km(a, b) <= SUBURB_KM
