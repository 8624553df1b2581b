"""The days of the stops: explicit dates and weekdays first, then relative phrases in the order told."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from itinerary.extraction import lexicon as lx
from itinerary.extraction.classify import Candidate
from itinerary.extraction.clauses import clause_bounds, comma_chunks
from itinerary.extraction.dates import (
    DateExpr,
    find_dates,
    resolve_explicit,
    resolve_weekday,
)
from itinerary.extraction.mentions import PlaceMention
from itinerary.extraction.story_time import CLOCK_OPENING, NEWS_PRESENT, story_clock, told_day
from itinerary.extraction.text import Sentence

# A relative clause about the place before it: "Luanda, where ...", "the capital, which he reached on Tuesday"
_PLACE_RELATIVE = re.compile(r"^\s*(?:where|which\s+(?:he|she|they|the\s+\w+)\s+(?:\w+\s+)?(?:reached|visited|arrived(?:\s+in)?|landed(?:\s+in)?|"
                             r"left|toured|entered|will\s+reach|will\s+visit))\b", re.I)
_THEN = re.compile(r"\bthen\b|\blater\b|\bbefore\s+(?:flying|heading|traveling|travelling|driving|moving)\b|"
                   r"\bboarded\s+(?:a|an|the)\s+(?:\w+\s+)?(?:train|plane|flight|helicopter)\b", re.I)
# "after a weekend detour to", "after a two-day visit to": the place inside comes before the main clause's day
_AFTER_TRIP = re.compile(r"\b(?:after|following)\s+(?:a|an|the|his|her|their)?\s*(?:[\w-]+\s+){0,3}?(?:visit|trip|detour|stop|"
                         r"tour|stay|swing|journey|days?|nights?|summit|conference)\b", re.I)
# "Landing in Rzeszow early Tuesday, he boarded a train to Kyiv": a subject and verb start the main clause, and
# a date before them belongs to the phrase before
_NEW_CLAUSE = re.compile(r",\s*(?:he|she|they|the\s+[a-z]+|[A-Z][\w'’-]+)\s+(?:\w+ed|will|was|is|had|has|then|flew|took|"
                         r"went|drove|boarded)\b")
# "arrived in Colombo after ...", "following a visit to Moscow", "the tour, which already took him to Egypt and Ghana"
_AFTER_PHRASE = re.compile(r"\b(?:after|following)\s+(?!which\b|that\b|all\b|the\s+(?:talks|meeting|summit)\b)\w|"
                           r"\b(?:which|that)\s+(?:has\s+)?already\s+(?:took|taken|brought)\s+(?:him|her|them)\b", re.I)
# "the eight-day trip that started on June 17": the trip's first day, not a stop's
_TRIP_BEGAN_ON = re.compile(r"\b(?:trip|tour|visit|journey|swing)\s+(?:that|which)\s+(?:had\s+)?(?:started|began|begun|"
                            r"kicked\s+off|opened)\s+(?:on\s+)?$", re.I)
_ARRIVING_AFTER = re.compile(r"\b(?:arrives|arriving|arrived|arrive|lands|landed|landing|comes|came|coming)\s+"
                             r"(?:\w+\s+){0,2}$", re.I)
# "arrived in Seoul after two days in Tokyo and will meet Kang on Thursday": the main clause goes on
_MAIN_GOES_ON = re.compile(r"\band\s+(?:will|would|is|was|has|then)\b|[;—]")
# "after visiting Kenya on his tour that will also take him to Zimbabwe": the after-phrase ends at a new clause
# ("after his trip, during which he visited Israel" goes on about the trip)
_CLAUSE_AFTER_PHRASE = re.compile(r"[;:—]|\b(?<!during\s)(?<!in\s)(?:that|which|where|who|while|whereas|before)\b|"
                                  r"\band\s+(?:will|is|was|then)\b")
_PREPOSED_AFTER = re.compile(r"\W*(?:(?:Immediately|Shortly|Soon|Right|Just)\s+)?(?:after|following)\b[^,;]*,", re.I)
_BEFORE_ING = re.compile(r"\bbefore\s+\w+ing\b|^[^.;]*\bafter\s+(?:transferring|changing\s+planes|a\s+stopover|stopping|refuel(?:l)?ing)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# "On his second day here, Xi will meet ...": counted from the first day of the trip
_NTH_DAY = re.compile(r"\b(?:on|during)\s+(?:his|her|their|the)\s+(second|third|fourth|fifth)\s+day\b", re.I)
_ORDINALS = {"second": 1, "third": 2, "fourth": 3, "fifth": 4}
_N_DAYS_AFTER = re.compile(r"\b(?P<n>a|an|one|two|three|four|five|\d)\s+days?\s+after\s+(?:(?P<ger>\w+ing)\b|(?:a|an|his|her|the|"
                           r"their)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|stop|tour|detour)\b|"
                           # "a day after Rutte held talks in Athens", "two days after he met"
                           r"(?:he|she|they|[A-Z][\w'’-]+)\s+(?:held|met|visited|was|toured|addressed|spoke|signed|"
                           r"attended|arrived|landed|stopped)\b)", re.I)


# --- dates --------------------------------------------------------------------------------------------------

_OTHER_EVENT_DAY = re.compile(r"\b(?:that|which)\s+(?:had\s+)?(?:took\s+place|taken\s+place|was\s+held|were\s+held|happened|"
                             r"occurred)\s+(?:on\s+)?$", re.I)
_REPORTED_AFTER = re.compile(r"\s+(?:said|says|confirmed|confirms|announced|announces|reported|stated|told)\b")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|confirmed|confirms|announced|announces|reported|stated)\s+(?:on\s+)?$")

# how far ahead a day told in the present may lie and still be this year's ("leaves on Aug. 30", told Aug. 3)
_TIMETABLE_AHEAD_DAYS = 60
_TIMETABLE_PRESENT = re.compile(r"\b(?:leaves|arrives|travels|heads|flies|departs|visits|goes|begins|starts|ends|returns|"
                                r"moves|continues|sets\s+off)\b")


def date_candidates(cands: list[Candidate], published: dt.date | None, default_year: int | None,
                    sentences: Sequence[Sentence] = ()) -> None:
    """Give each candidate the date expression of its clause, then resolve them in text order.

    ``sentences`` (the story's) let days told without a place move the story on ("On Sunday he said Mass.
    That afternoon he flew to Vanimo").
    """
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence.index, []).append(c)
    for items in by_sentence.values():
        s = items[0].sentence
        exprs = find_dates(s.text, s.start)
        # dates inside venue or event names ("National September 11 Memorial") are not dates
        exprs = [e for e in exprs if not any(c.mention.start <= e.start < c.mention.end for c in items)]
        # "Pakistan on Monday confirmed that Guterres will arrive in Islamabad on Sunday": the day of the news is
        # not the trip's when the sentence tells another
        # ("after the ceremony that took place on January 22": another event's day)
        exprs = [e for e in exprs if not _OTHER_EVENT_DAY.search(s.text, max(0, e.start - s.start - 40), e.start - s.start)]
        told = [e for e in exprs if _REPORTED_AFTER.match(s.text, e.end - s.start)
                or _REPORTED_BEFORE.search(s.text, max(0, e.start - s.start - 30), e.start - s.start)]
        later = [e for e in exprs if e not in told and told and e.start > told[0].end
                 and re.search(r"\b(?:will|would)\b|['’]ll\b", s.text[told[0].end - s.start:e.start - s.start])]
        if later:
            exprs = [e for e in exprs if e not in told]
        for c in items:
            if c.schedule:
                continue  # a schedule line's own day, given when it was read
            c.dates = _dates_for(c, items, exprs, s) if not c.label else _label_dates(c, sentences)
        _respectively(items, exprs, s)
    # explicit dates first
    for c in cands:
        for e in c.dates:
            if e.kind == "explicit":
                start, end = resolve_explicit(e, published, default_year, future=c.status == "planned")
                if start and published is not None and c.status != "planned" and e.year is None \
                        and start < published - dt.timedelta(days=200) and lx.FUTURE.search(c.sentence.text):
                    # "The NATO Summit in Vilnius will be held from July 11-12", told on July 5: this year's
                    start, end = resolve_explicit(e, published, default_year)
                elif start and published is not None and c.status != "planned" and e.year is None \
                        and start < published - dt.timedelta(days=200) and _TIMETABLE_PRESENT.search(c.sentence.text) \
                        and not lx.PAST_MARKERS.search(c.sentence.text):
                    # "He leaves the Colombian capital on Aug. 30 for Costa Rica", told on Aug. 3: a day a few weeks
                    # ahead, told in the present of a timetable, not the same day last year
                    ahead = resolve_explicit(e, published, default_year, future=True)
                    if ahead[0] is not None and ahead[0] <= published + dt.timedelta(days=_TIMETABLE_AHEAD_DAYS):
                        start, end = ahead
                if start:
                    days = _stay_days(c, e) if end is None or end == start else None
                    if days:
                        end = start + dt.timedelta(days=days - 1)  # "for two days, beginning July 28": the 28th and 29th
                    c.start, c.end = _widen(c.start, c.end, start, end)
            elif e.kind == "month":
                c.date_text = e.text
            elif e.kind == "deictic" and published is not None:
                # "today", "yesterday", "tomorrow": counted from the publication date
                today = published + dt.timedelta(days=e.offset)
                c.start, c.end = _widen(c.start, c.end, today, today)
                c.part = e.part
            elif e.kind == "weekend" and published is not None:
                sat = published - dt.timedelta(days=(published.weekday() - 5) % 7)
                c.approx = sat.toordinal() + 0.5
                c.date_text = e.text
    _day_lines(cands, sentences, published, default_year)
    _trip_start_day(cands, sentences, published, default_year)
    # weekdays and relative phrases, in text order, from the previous dated stop
    last: Candidate | None = None
    prev_c: Candidate | None = None
    known: dict[str, Candidate] = {}
    floor: dt.date | None = None  # the story's latest day so far, also from dates that name no place
    for c in sorted(cands, key=lambda x: x.mention.start):
        future = c.status == "planned"
        if prev_c is not None and prev_c.sentence is not c.sentence:
            floor = _story_day(prev_c, last, floor, published, default_year,
                               [x for x in sentences[prev_c.sentence.index + 1:c.sentence.index] if x.kind == "body"])
        same_day = _BEFORE_ING.search(c.sentence.text[last.mention.end - c.sentence.start:c.mention.start - c.sentence.start]) \
            if last is not None else None
        if not c.dates and c.start is None and prev_c is not None and prev_c is last and last.sentence is c.sentence \
                and same_day:
            # "visit Irpin ..., before returning to the capital": the same day as the stop before it ("arrive in Warsaw
            # on Thursday evening, after transferring in Frankfurt": the same day, earlier)
            c.start = c.end = last.end or last.start
            earlier = "before" not in same_day.group(0).lower()
            c.part = last.part + (-0.05 if earlier else 0.05)
            if earlier:
                prev_c = c
                continue  # (the story goes on from Warsaw, not from where he changed planes)
        nth = _NTH_DAY.search(c.sentence.text) if not c.dates and c.start is None else None
        first_day = min((x.start for x in cands if x.start is not None and x is not c), default=None) if nth else None
        if nth is not None and first_day is not None:
            c.start = c.end = first_day + dt.timedelta(days=_ORDINALS[nth.group(1).lower()])
        if not c.dates and c.start is None and prev_c is not None and prev_c.sentence is c.sentence \
                and prev_c.start is not None and prev_c.status == c.status and c.role == "strong" and c.coordinated < 2 \
                and prev_c.role == "strong" and _THEN.search(c.sentence.text[prev_c.mention.end - c.sentence.start:
                                                                          c.mention.start - c.sentence.start]):
            # "toured Asheville on Thursday morning, then flew to Valdosta": the same day, later
            c.start = c.end = prev_c.end or prev_c.start
            c.part = prev_c.part + 0.05
        prev_c = c
        if not c.dates and c.start is None and not c.is_return and c.entry.id in known:
            # "In Kyiv he met ministers": a repeat mention of a dated stop dates what follows it
            last = known[c.entry.id]
            continue
        # "left Kyiv by overnight train on Tuesday": the weekday names the day he left, "overnight" how he went
        # (arriving "overnight ... on Thursday night" is the next day)
        for e in sorted(c.dates, key=lambda x: c.role == "origin" and x.kind == "relative"
                        and "overnight" in x.text.lower()):
            if e.kind == "weekday" and e.weekday is not None and c.start is None:
                anchor = last.end or last.start if last is not None else None
                wday = resolve_weekday(e.weekday, published=published, future=future, anchor=anchor)
                if wday is not None:
                    end = wday
                    if e.weekday2 is not None:
                        end = wday + dt.timedelta(days=(e.weekday2 - e.weekday) % 7)
                    c.start, c.end = _widen(c.start, c.end, wday, end)
                    c.part = e.part
                    if c.approx is not None:
                        c.approx = None
            elif e.kind == "relative" and c.start is None and last is not None:
                base = last.end or last.start
                if base is not None and floor is not None and floor > base and (e.offset > 0 or _SAME_DAY.match(e.text)):
                    base = floor  # "on Wednesday he told the Council ... He then traveled overnight to"
                if base is not None:
                    day = base + dt.timedelta(days=e.offset)
                    c.start = c.end = day
                    c.part = e.part
        if c.start is not None or c.approx is not None:
            last = c
            known[c.entry.id] = c
        elif last is not None and last.entry.id == c.entry.id:
            pass
    _concluded_stays(cands)
    _list_starts(cands, published, default_year, sentences)
    _trip_span(cands, sentences, published, default_year)
    _trip_range(cands, sentences, published, default_year)
    _dateline_day(cands, sentences, published, default_year)
    _event_days(cands, sentences, published, default_year)
    if published is None and all(c.start is None for c in cands):
        _weekday_order(cands)
    _story_days(cands, sentences, published, default_year)
    _earlier_in_the_week(cands)
    # "arrived in Washington after a two-day visit to France, where ... Paris": those come before
    for items in by_sentence.values():
        s = items[0].sentence
        am = _AFTER_PHRASE.search(s.text)
        if am is None or _N_DAYS_AFTER.search(s.text):
            continue
        pos = s.start + am.start()
        main = [c for c in items if c.mention.start < pos and c.role != "origin" and not c.trip_start]
        if not main and _ARRIVING_AFTER.search(s.text, 0, am.start()):
            # "Banga is arriving after a two-day visit to Ethiopia": where the story has him arriving
            main = [c for c in sorted(cands, key=lambda o: o.mention.start, reverse=True)
                    if c.mention.start < s.start and c.role in ("strong", "container") and not c.trip_start][:1]
        if not main:
            continue
        for x in items:
            if x.mention.start > pos and x.before is None and (x.start is None or main[0].start is None) \
                    and not _CLAUSE_AFTER_PHRASE.search(s.text, am.end(), x.mention.start - s.start):
                x.before = main[0]
    # "Immediately following the trip to Papua New Guinea, he headed for Australia": the phrase's places come first
    for items in by_sentence.values():
        s = items[0].sentence
        pm = _PREPOSED_AFTER.match(s.text)
        if pm is None:
            continue
        cut = s.start + pm.end()
        main = [c for c in items if c.mention.start >= cut and c.role != "origin" and not c.trip_start]
        for x in items:
            if main and x.mention.start < cut and x.before is None:
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
            if not main and _IT_CAME.match(s.text):
                # "It came a day after Rutte held talks in Athens": after what the sentence before told
                main = [c for c in sorted(cands, key=lambda o: o.mention.start, reverse=True)
                        if c.mention.start < s.start and c.start is not None and c.role == "strong"][:1]
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
                x.part = max(x.part, 0.5)  # some time that day
                x.before = head
            elif x.before is None:
                x.before = head  # "arrived in Maputo ..., a day after a working visit to Zimbabwe"


_PREPOSED_PLACE = re.compile(r"\W*(?:In|At|While\s+in|Back\s+in|Once\s+in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*")
_FOR_EVENT = re.compile(r"\s*(?:for|to\s+attend)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:summit|meeting|talks|conference|"
                        r"forum|ceremony|session|ministerial|dialogue|inauguration|funeral|celebrations?)\b", re.I)
_IT_CAME = re.compile(r"\W*(?:It|This|That|The\s+(?:meeting|visit|talks?|trip|stop))\s+(?:came|comes|followed|follows|was)\b")
_DATE_OPENING = re.compile(r"\s*(?:from|on|between|through|until|starting|beginning)\s+(?=\S)", re.I)
_SAME_DAY = re.compile(r"(?:later|earlier)?\s*that\s+\w+|(?:later|earlier)\s+in\s+the\s+day|the\s+same\s+\w+|(?:in|on)\s+the\s+(?:morning|afternoon|evening|night)",
                       re.I)


_SAID_ON = re.compile(r"\b(?:said|says|announced|announces|added|stated|confirmed|reported)\s+(?:on\s+)?$")


def _story_day(c: Candidate, last: Candidate | None, floor: dt.date | None, published: dt.date | None,
               default_year: int | None, between: Sequence[Sentence] = ()) -> dt.date | None:
    """The latest day told after the last stop of ``c``'s sentence ("..., and on Wednesday he told a meeting
    of the Security Council"), or in the sentences up to the next stop: the day the story has reached,
    though it names no place."""
    anchor = (last.end or last.start) if last is not None else None
    if anchor is None:
        return floor
    s = c.sentence
    texts = [s.text[c.mention.end - s.start:], *(x.text for x in between)]
    # ("the ministry said on Saturday": the day the news was given, not a day of the trip)
    exprs = [e for t in texts for e in find_dates(t) if not _SAID_ON.search(t, 0, e.start)]
    future = c.status == "planned"
    for e in exprs:
        day = None
        if e.kind == "weekday" and e.weekday is not None:
            day = resolve_weekday(e.weekday, published=published, future=future, anchor=anchor)
        elif e.kind == "explicit":
            day = resolve_explicit(e, published, default_year, future=future)[0]
        if day is not None and day > anchor and (day - anchor).days <= 6 and (floor is None or day > floor):
            floor = day
    return floor


def _dateline_day(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
                  default_year: int | None) -> None:
    """"CAIRO (AP) — Blinken pressed el-Sissi on Sunday ...": a lead that names no place but a day is about the
    dateline's city; the first undated mention of that city in the next sentences takes the day."""
    dateline = next((x for x in sentences if x.kind == "dateline"), None)
    body = [x for x in sentences if x.kind == "body"][:3]
    if dateline is None or not body or any(c.sentence.index == body[0].index for c in cands):
        return
    day = None
    for e in find_dates(body[0].text):
        if e.kind == "weekday" and e.weekday is not None:
            day = resolve_weekday(e.weekday, published=published, future=False, anchor=None)
        elif e.kind == "explicit":
            day = resolve_explicit(e, published, default_year)[0]
        if day is not None:
            break
    here = next((c for c in sorted(cands, key=lambda x: x.mention.start) if c.start is None and c.role == "strong"
                 and c.sentence.index in {b.index for b in body} and c.entry.name.upper() in dateline.text.upper()), None)
    if day is not None and here is not None:
        here.start = here.end = day


# "The meeting of the contact group is scheduled for 9 January": a later sentence dates the event of a stop
_EVENT_SUBJECT = re.compile(r"\W*The\s+(?:[\w-]+\s+){0,2}?(?P<noun>meeting|summit|talks|conference|ministerial|forum|"
                            r"dialogue|ceremony|session|consultations|gathering)\b", re.I)


def _weekday_order(cands: Sequence[Candidate]) -> None:
    """With no publication date and no date, weekdays still order a trip: the days told fall within one
    week, which starts after the longest gap between them ("on Tuesday ... in New Delhi", "landed in Kabul
    early on Wednesday": Tuesday first; "on Sunday ... on Monday": Sunday first)."""
    told = [(c, e) for c in cands if c.approx is None
            for e in c.dates[:1] if e.kind == "weekday" and e.weekday is not None]
    days = sorted({e.weekday for _, e in told if e.weekday is not None})
    if len(days) < 2:
        return
    gaps = [((days[(k + 1) % len(days)] - days[k]) % 7 or 7, days[(k + 1) % len(days)]) for k in range(len(days))]
    first = max(gaps)[1]
    for c, e in told:
        if e.weekday is not None:
            c.approx = (e.weekday - first) % 7 + e.part


def _event_days(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
                default_year: int | None) -> None:
    """A sentence that names no place but tells the day of an event ("The summit opens on Tuesday") dates
    the last undated stop before it whose sentence names that event."""
    by_sentence = {c.sentence.index for c in cands}
    ordered = sorted((c for c in cands if c.role == "strong"), key=lambda x: x.mention.start)
    starts = [c.mention.start for c in ordered]
    for s in sentences:
        em = _EVENT_SUBJECT.match(s.text)
        if em is None or s.kind != "body" or s.index in by_sentence:
            continue
        noun = re.compile(rf"\b{em.group('noun')}\b", re.I)
        # the stops told in the dozen sentences before, nearest first
        target = None
        for k in range(bisect.bisect_left(starts, s.start) - 1, -1, -1):
            if ordered[k].sentence.index < s.index - 12:
                break
            if noun.search(ordered[k].sentence.text):
                target = ordered[k]
                break
        if target is None or target.start is not None:
            continue
        future = target.status == "planned" or bool(lx.FUTURE.search(s.text))
        for e in find_dates(s.text, s.start):
            day: dt.date | None = None
            end: dt.date | None = None
            if e.kind == "explicit":
                day, end = resolve_explicit(e, published, default_year, future=future)
            elif e.kind == "weekday" and e.weekday is not None:
                day = end = resolve_weekday(e.weekday, published=published, future=future, anchor=None)
            if day is not None:
                target.start, target.end = day, end or day
                break


# (and "The trip ends in Tokyo": where the whole trip ends, not the day told before)
_MOVE_TO = re.compile(r"\b(?:to|for|towards?|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$|"
                      r"\b(?:ends?|ending|concludes?|wraps?\s+up|finish(?:es)?)\s+(?:[\w-]+\s+){0,3}?in\s+$", re.I)


_EARLIER_THIS_WEEK = re.compile(r"\W*(?:Earlier|Previously)\s+(?:this|that|in\s+the)\s+week\b", re.I)


def _earlier_in_the_week(cands: Sequence[Candidate]) -> None:
    """"Earlier this week, Mr. Stoltenberg met President Obama at the White House": before the days the story
    has given, though it names no day of its own."""
    days = [c.start for c in cands if c.start is not None and c.role != "origin"]
    if not days:
        return
    first = min(days)
    for c in cands:
        if c.start is None and c.approx is None and c.story_day is None and _EARLIER_THIS_WEEK.match(c.sentence.text):
            c.approx = first.toordinal() - 0.5


def _story_days(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
                default_year: int | None) -> None:
    """A stop told with no day of its own is on the day the story is at ("On Sunday he met the king. He
    also toured Jerash."); a stop told in the news present ("has arrived in Kyiv") the publication day."""
    if not sentences:
        return
    clock = story_clock(sentences, published, default_year)
    sections = [(x.index, d.day, x.text.lower()) for x, d in zip(sentences, clock, strict=True)
                if d is not None and d.heading and x.kind == "body"]
    lead = next((x for x in sentences if x.kind == "body"), None)
    lead_day = told_day(find_dates(lead.text), lead.text, None, published, default_year) if lead is not None else None
    for c in cands:
        # ("arrived in Kadapa by a special flight in the morning": a part of the day in force, not a day of its own)
        own_day = any(e.kind != "relative" or e.offset != 0 for e in c.dates)
        if c.start is not None or c.approx is not None or own_day or c.label or c.coordinated >= 2 \
                or c.role not in ("strong", "container", "origin"):
            continue
        s = c.sentence
        # (but "In the afternoon, ..." is a part of the day in force, not a day of its own)
        if any(e.start < c.mention.start and e.kind != "year" and not (e.kind == "relative" and e.offset == 0)
               for e in find_dates(s.text, s.start)):
            continue  # the sentence's own day, before the place, was not given to it: it belongs elsewhere
        told = clock[s.index] if s.index < len(clock) else None
        if told is not None and told.heading:
            # a day's heading ("Thursday 14 May 2026 - LIMA - CHICLAYO") states the day of what is under it
            c.start = c.end = told.day
            c.part = max(c.part, _clock_time(s.text))
            continue
        if c.role == "origin":
            continue
        # a paragraph's day does not carry a move somewhere new ("He will also travel to Ramallah")
        # (but a programme's next time of day is that day: "At 1.30 pm, the party will drive to Onchan")
        moving = _MOVE_TO.search(s.text, max(0, c.mention.start - s.start - 40), c.mention.start - s.start) \
            and not CLOCK_OPENING.match(s.text)
        day = told.day if told is not None and not moving else None
        if day is not None and published is not None and c.status == "visited" and day > published \
                and lx.TIMED_ITEM.match(s.text):
            c.status = "planned"  # "Grant County Town Hall, 8 a.m.-9 a.m. at Hans House in Elbow Lake": a programme ahead
        if day is not None and published is not None and (
                (c.status == "planned" and day < published) or (c.status == "visited" and day > published)):
            day = None  # a plan does not happen on a day already past, nor a visit on one to come
        if day is None and told is None:
            day = _section_day(c, sections) if sections else None
        if day is None and told is None and c.dates and not moving:
            # "the Chief Minister arrived in Kadapa ... in the morning", paragraphs after a lead that named the day
            day = lead_day
        if day is None and published is not None and c.status == "visited" \
                and NEWS_PRESENT.search(s.text, clause_bounds(s.text, c.mention.start - s.start)[0], c.mention.start - s.start):
            day = published
        c.story_day = day


_CLOCK_TIME = re.compile(r"\W*(?P<h>[01]?\d|2[0-3])[:.h](?P<m>[0-5]\d)\b")


def _clock_time(text: str) -> float:
    """The part of the day of a schedule line that opens with its time ("16:45 Arrival in Lima")."""
    m = _CLOCK_TIME.match(text)
    return (int(m.group("h")) + int(m.group("m")) / 60) / 24 if m else 0.0


def _section_day(c: Candidate, sections: Sequence[tuple[int, dt.date, str]]) -> dt.date | None:
    """A summary before dated sections ("Engagements on Friday, May 31") is dated by the first section that
    names its place again (``sections``: index, day and lowered text of each sentence under a dated heading)."""
    name = c.entry.name.lower()
    k = bisect.bisect_right([x[0] for x in sections], c.sentence.index)
    return next((day for _, day, low in sections[k:k + _SECTION_REACH] if name in low), None)


_SECTION_REACH = 200  # sentences of dated sections searched for the place


def _label_dates(c: Candidate, sentences: Sequence[Sentence]) -> list[DateExpr]:
    """The first day told in the paragraph a place heads ("Singapore. The final leg began on Sept. 11.")."""
    nxt = sentences[c.sentence.index + 1] if c.sentence.index + 1 < len(sentences) else None
    if nxt is None or nxt.paragraph != c.sentence.paragraph:
        return []
    return [e for e in find_dates(nxt.text, nxt.start) if e.kind in ("explicit", "weekday")][:1]


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_STAY = re.compile(r"\b(?:for\s+)?(?:a\s+)?(two|three|four|five|six|seven|[2-7])[- ]days?\b(?:\s+(?:in|visit|stay|trip|tour)\b)?", re.I)


# "on Thursday concluded his three-day visit to Kenya", "wrapped up a two-day visit to Lima on Wednesday"
_CONCLUDED_STAY = re.compile(r"\b(?:concluded|concludes|concluding|wrapped\s+up|wraps\s+up|wrapping\s+up|ended|ends|ending|"
                             r"completed|completes|completing|winding\s+up|wound\s+up)\s+(?:a|an|his|her|their|the)\s+"
                             r"(two|three|four|five|six|seven|[2-7])-day\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|stay)\b", re.I)


def _concluded_stays(cands: Sequence[Candidate]) -> None:
    """A stay of n days concluded on a given day began n - 1 days before it: the place of "concluded his three-day
    visit to Kenya on Thursday" is dated from Tuesday to Thursday."""
    for c in cands:
        if c.start is None or c.end != c.start or c.role not in ("strong", "container"):
            continue
        s = c.sentence
        m = _CONCLUDED_STAY.search(s.text)
        if m is None or len([x for x in cands if x.sentence is s and x.role in ("strong", "container")]) > 1:
            continue
        # the stay's own place ("visit to Kenya"), not the last stop of a longer tour ("wrapped up a three-day tour of
        # bases on Friday at Norfolk")
        if not re.fullmatch(r"\s+(?:to|in)\s+(?:the\s+)?", s.text[m.end():c.mention.start - s.start]):
            continue
        n = _NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        c.start = c.end - dt.timedelta(days=n - 1)


def _stay_days(c: Candidate, e: DateExpr) -> int | None:
    """The length of a stay told with its first day ("to visit Thailand for two days, beginning July 28", "spend two
    days in the Philippines, beginning July 30", "two days in Cambodia, from August 1")."""
    s = c.sentence
    lo, hi = min(c.mention.start, e.start) - s.start, max(c.mention.end, e.end) - s.start
    near = s.text[max(0, lo - 30):min(len(s.text), hi + 5)]
    if not re.search(r"\b(?:beginning|starting|from)\s*$", s.text[max(0, e.start - s.start - 15):e.start - s.start]):
        return None
    found = _STAY.search(near)
    if found is None:
        return None
    n = found.group(1).lower()
    return _NUMBERS.get(n) or int(n)


def _widen(s0: dt.date | None, e0: dt.date | None, s1: dt.date, e1: dt.date | None) -> tuple[dt.date, dt.date]:
    e1 = e1 or s1
    if s0 is None:
        return s1, e1
    return min(s0, s1), max(e0 or s0, e1)


def _own_dates(c: Candidate, items: Sequence[Candidate], exprs: Sequence[DateExpr], s: Sentence,
               next_event: bool = True) -> list[DateExpr]:
    """The date expressions of the mention's comma chunk, else its clause (``next_event``: with those told after
    a following leg)."""
    if c.coordinated >= 2:
        return _list_member_dates(c, items, exprs)
    t = s.text
    a = c.mention.start - s.start
    cb = clause_bounds(t, a)
    chunks = comma_chunks(t, *cb)
    here = next((k for k, ch in enumerate(chunks) if ch[0] <= a <= ch[1]), 0)
    zone = [chunks[here]]
    if here == 0 and len(chunks) > 1 and _PREPOSED_PLACE.fullmatch(t, chunks[0][0], chunks[0][1]):
        zone.append(chunks[1])  # "In Suva, he will meet the prime minister on Tuesday": the main clause's day
    # a relative clause right after the place ("Luanda, ..., where ... on Nov. 24-25") describes it
    for ch in chunks[here + 1:]:
        seg = t[ch[0]:ch[1]]
        if lx.RELATIVE_START.match(seg) and _PLACE_RELATIVE.match(seg):
            if lx.BEGAN_HERE.match(t, chunks[here][1]):
                # "return to Amman, where he started his trip on Sunday": that day is the trip's start, not the return's
                zone = [ch] if c.trip_start else zone
            else:
                zone.append(ch)
            break
        if re.search(r"\b(?:the\s+\w+\s+capital|the\s+capital)\b", seg) or len(seg.split()) <= 3:
            zone.append(ch)  # "Cairo, Egypt, February 5-6": a qualifier, then the date
            continue
        q = c.mention.qualifier
        came = re.match(r"\.?\s+from\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", seg[seg.index(q) + len(q):]) \
            if q and q in seg else None  # ("arrived in Washington, D.C. from Portugal June 24": where from, then the day)
        if q and seg.strip().startswith(q) and any(
                0 <= e.start - s.start - (ch[0] + seg.index(q) + len(q)) <= 12 + (came.end() if came else 0) for e in exprs):
            zone.append(ch)  # "landed in Kabul, Afghanistan early on Wednesday": the qualifier and the day go on
            break
        opening = _DATE_OPENING.match(seg)
        reach = (opening.end() if opening else 0) + 2
        if any(e.start - s.start - ch[0] <= reach and e.start - s.start >= ch[0] for e in exprs):
            # "Brussels, Belgium, October 7-8 for the meeting", "in New Delhi, from Sept. 8 to Sept. 10": the date
            # opens the chunk
            zone.append(ch)
        elif _FOR_EVENT.match(seg):
            zone.append(ch)  # "to Quito, Ecuador, for a summit on Nov. 14-16": why he goes there, and when
        break
    others = [o for o in items if o is not c]

    def own_dates(rivals: Sequence[Candidate], next_event: bool = True) -> list[DateExpr]:
        found = []
        for e in exprs:
            ea = e.start - s.start
            if not any(z[0] <= ea <= z[1] for z in zone) or e.kind == "year":
                continue
            if not next_event and ea > a and _BEFORE_NEXT.search(t, c.mention.end - s.start, ea):
                continue  # "On Thursday, he was in Mutoko before going to Msasa yesterday": the next leg's day
            if _TRIP_BEGAN_ON.search(t, max(0, ea - 50), ea):
                continue  # "before winding up his eight-day trip that started on June 17": the trip's first day
            if e.end - s.start <= a and _AFTER_TRIP.search(t[e.end - s.start:a]):
                continue  # "back in Belém on Monday after a weekend detour to ..., in Pacaraima": not Monday
            if ea >= a and _AFTER_PHRASE.search(t, max(0, a - 60), a) \
                    and _MAIN_GOES_ON.search(t, c.mention.end - s.start, ea):
                continue  # "arrived in Seoul after two days in Tokyo and will meet Kang on Thursday": Seoul's day
            # another stop in the same chunk sits closer to this date ("fly to Jakarta and then to Darwin")
            if any(z[0] <= (o.mention.start - s.start) <= z[1] and o.coordinated < 2
                   and _gap(o.mention, e) < _gap(c.mention, e)
                   and not (o.on_the_way and o.before is c)  # ("arrived in Taipei via Manila late Tuesday": both)
                   and not (e.end <= o.mention.start and _NEW_CLAUSE.search(t, e.end - s.start, o.mention.start - s.start))
                   # ("return to Pennsylvania for an event on Wednesday before heading back to Wisconsin": its day)
                   and not (c.mention.end <= e.start and e.end <= o.mention.start
                            and _BEFORE_NEXT.search(t, e.end - s.start, o.mention.start - s.start))
                   for o in rivals for z in zone):
                continue
            found.append(e)
        return found

    out = own_dates(others, next_event)
    if any(e.start - s.start > a for e in out):
        # "She met the president on Thursday and left for Quito on Friday": a day told before another verb of the
        # clause is that verb's, when the place has a day of its own after it
        out = [e for e in out if not (e.end - s.start <= a and _ANOTHER_VERB.search(t, e.end - s.start, a))]
    if not out and c.role != "origin":
        # a departure point does not take the only day from its destination ("left Jakarta for Port Moresby
        # on 6 September"); "left Washington on Saturday and landed on Sunday in Rzeszow" keeps Sunday
        out = own_dates([o for o in others if o.role != "origin"], next_event)
    if all(e.kind == "relative" for e in out):
        # a leading date governs the whole clause ("On Tuesday he drove to Ramallah"), and comes before
        # a relative phrase of its own ("on Wednesday ..., ending the day at ...")
        first = chunks[0]
        lead = [e for e in exprs if (first[0] <= e.start - s.start <= first[1] or _dates_only(t, first[0], e.start - s.start, exprs, s))
                and here != 0
                and e.kind in ("weekday", "relative", "explicit", "deictic") and e.start - s.start < a
                and not any(first[0] <= (o.mention.start - s.start) <= first[1] for o in others)
                and not _AFTER_TRIP.search(t[e.end - s.start:a])]
        # "On the morning of August 7, ...": the day itself, and the part of it
        day = next((e for e in lead if e.kind != "relative"), lead[0] if lead else None)
        if day is not None and any(e.offset for e in out) and any(
                day.end <= o.mention.start < c.mention.start for o in others):
            # "On Monday he opens a consulate in Cape Town, and holds meetings in Pretoria the next day": the
            # day after the stop before it, not Monday
            day = None
        if day is not None:
            out.insert(0, day)
    return out


def _dates_for(c: Candidate, items: Sequence[Candidate], exprs: Sequence[DateExpr], s: Sentence) -> list[DateExpr]:
    """The date expressions that belong to this mention: those of its comma chunk, else its clause; a day told
    after "before going on" or "then" belongs to the next leg when the clause opens with a day of its own."""
    out = _own_dates(c, items, exprs, s, next_event=False)
    return out if out else _own_dates(c, items, exprs, s)


def _respectively(items: Sequence[Candidate], exprs: Sequence[DateExpr], s: Sentence) -> None:
    """"will visit Lima, Quito and Bogota on Monday, Tuesday and Wednesday respectively": the n-th day is the
    n-th place's."""
    if "respectively" not in s.text:
        return
    places = sorted((c for c in items if not c.schedule and c.role != "origin"), key=lambda c: c.mention.start)
    if len(places) < 2:
        return
    end = s.text.find("respectively", places[-1].mention.end - s.start)
    if end < 0:
        return
    after: list[DateExpr] = []
    for e in exprs:
        if e.kind not in ("weekday", "explicit") or e.start < places[-1].mention.end or e.start - s.start > end:
            continue
        after.append(dataclasses.replace(e, weekday2=None, day2=None, month2=None))
        if e.weekday2 is not None:  # ("on Monday, Tuesday and Wednesday": the last two read as one span)
            after.append(dataclasses.replace(e, weekday=e.weekday2, weekday2=None))
        elif e.day2 is not None:
            after.append(dataclasses.replace(e, day=e.day2, month=e.month2 or e.month, day2=None, month2=None))
    if len(after) == len(places):
        for c, e in zip(places, after, strict=True):
            c.dates = [e]


def _dates_only(t: str, a: int, b: int, exprs: Sequence[DateExpr], s: Sentence) -> bool:
    """Is ``t[a:b]`` nothing but dates and commas ("Tomorrow, May 21st, ...": a lead of days; "Earlier, on
    Monday, ...": with an adverb of sequence)?"""
    rest = t[a:b]
    for e in sorted(exprs, key=lambda x: x.start, reverse=True):
        ea, eb = e.start - s.start - a, e.end - s.start - a
        if ea >= 0 and eb <= len(rest):
            rest = rest[:ea] + rest[eb:]
    return not re.sub(r"[\s,]|\b(?:on|the|of|earlier|later|then|previously|afterwards|meanwhile)\b", "", rest, flags=re.I)


def _list_member_dates(c: Candidate, items: Sequence[Candidate], exprs: Sequence[DateExpr]) -> list[DateExpr]:
    """A date for a whole list of places is the trip's range, not a stop's; but in "Lisbon on April 3 and
    Porto on April 5-6" each place has its own date right after it."""
    members = sorted((o for o in items if o.coordinated >= 2), key=lambda o: o.mention.start)

    def own(o: Candidate, pairs: bool = False) -> DateExpr | None:
        # ``pairs``: "Jakarta from 3 to 6 September, Port Moresby and Vanimo from 6 to 9 September": a pair
        # joined by "and" inside a longer list shares its range, the first of the two starting it
        nxt = next((x for x in members if x.mention.start > o.mention.start
                    and (not pairs or re.search(r"[,;]", o.sentence.text[o.mention.end - o.sentence.start:
                                                                         x.mention.start - o.sentence.start]))), None)
        limit = nxt.mention.start if nxt else o.mention.end + 40
        # ("Lima, April 12-14, Paris, April 15-17 and London, April 17-20": one comma may come before the days,
        # and a qualifier: "Mexico City, Mexico, September 2–3, and Quito, Ecuador, September 4")
        def gap(e: DateExpr) -> str:
            g = o.sentence.text[o.mention.end - o.sentence.start:e.start - o.sentence.start]
            q = o.mention.qualifier
            if q:
                g = re.sub(r"^\s*,?\s*" + re.escape(q) + r"\.?", "", g)
            return g.lstrip().removeprefix(",")

        e = next((e for e in exprs if o.mention.end <= e.start < limit and not re.search(r"[,.;]", gap(e))), None)
        if pairs and e is not None and e.day2 is not None and own(o) is None:
            e = dataclasses.replace(e, day2=None, month2=None)  # the first of the pair: the range's first day
        return e

    heads = members[:-1]
    pairs = len(members) >= 3
    if heads and all(own(o, pairs) is not None for o in heads):
        mine = own(c, pairs)
        return [mine] if mine else []
    if heads and own(heads[0], pairs) is not None and ";" in heads[0].sentence.text[
            heads[0].mention.end - heads[0].sentence.start:members[-1].mention.start - heads[0].sentence.start]:
        # "Benin, from 22 to 23 October; the Republic of Guinea, from 23 to 24; and Nigeria, on 25 and 26 October": items
        # told each with its days, some of which are not read as dates; the others are no member's
        mine = own(c, pairs)
        return [mine] if mine else []
    # "Ferozepur and Tarn Taran on September 2, Amritsar, Gurdaspur and Pathankot on September 3, and Hoshiarpur
    # on September 4": each day closes a group of the list, and is its members'
    closing = [e for e in exprs if e.kind in ("weekday", "explicit") and e.day2 is None and e.weekday2 is None
               and any(_GROUP_DAY_GAP.fullmatch(o.sentence.text, o.mention.end - o.sentence.start,
                                                e.start - o.sentence.start) for o in members)]
    if len(closing) >= 2 and members and closing[-1].start >= members[-1].mention.end:
        mine = next((e for e in closing if e.start >= c.mention.end), None)
        return [mine] if mine is not None else []
    # "will move to Namche, Pokhara and Lumbini on Monday": one day right after the list is every member's
    last = members[-1]
    s = last.sentence
    after = next((e for e in exprs if e.start >= last.mention.end), None)
    if after is not None and after.kind in ("weekday", "explicit", "deictic") and after.day2 is None \
            and after.weekday2 is None and _LIST_DAY_GAP.fullmatch(s.text, last.mention.end - s.start, after.start - s.start):
        if _BEGINS_BEFORE.search(s.text, 0, members[0].mention.start - s.start):
            # "will begin his official visit to Guyana, Panama, Colombia and the Dominican Republic on Friday":
            # the day the tour begins, in its first place
            return [after] if c is members[0] else []
        return [after]
    if after is not None and after.kind == "weekday" and after.weekday2 is not None \
            and _LIST_RANGE_GAP.fullmatch(s.text, last.mention.end - s.start, after.start - s.start):
        # "will visit Singapore, Vietnam and Hong Kong from Sunday to Wednesday": the trip begins in the first place
        return [after] if c is members[0] else []
    # "On Wednesday, he's going to Columbia, Sikeston and St. Louis", "stops are Tuesday in Springfield, Branson
    # and Carthage": one day just before the list is every member's too
    head = members[0]
    lead = next((e for e in reversed(exprs) if e.end <= head.mention.start), None)
    if lead is not None and lead.kind in ("weekday", "explicit", "deictic") and lead.day2 is None \
            and lead.weekday2 is None and head.sentence is s \
            and (_DAY_BEFORE_LIST.fullmatch(s.text, lead.end - s.start, head.mention.start - s.start)
                 # "On Thursday President Obama will continue the tour with events in Florida, Virginia and Ohio":
                 # the day opening a sentence whose only places are the list
                 # ("So far on Monday, Dayton visited Windom and Jackson", "Later on Tuesday, ...")
                 # (a relative phrase, "where he ended his day", is no second day)
                 or (_DAY_OPENING.fullmatch(s.text[:lead.start - s.start])
                     and sum(1 for e in exprs if e.kind != "relative") == 1
                     and not _BEGINS_BEFORE.search(s.text)
                     and not any(o.sentence is s and o.mention.start < head.mention.start for o in items))):
        return [lead]
    return []


_LIST_DAY_GAP = re.compile(r"\s+(?:on\s+)?", re.I)
_LIST_RANGE_GAP = re.compile(r"\s+(?:from\s+)?", re.I)
_DAY_OPENING = re.compile(r"\W*(?:(?:[Ss]o\s+far|[Ee]arlier|[Ll]ater|[Aa]lso|[Aa]nd|[Tt]hen|[Bb]ut)\s+)?(?:[Oo]n\s+)?")
# ("and Hoshiarpur and Sri Anandpur Sahib on September 4": an item the gazetteer lacks may end the group)
_GROUP_DAY_GAP = re.compile(r"\s+(?:and\s+(?:[A-Z][\w'’-]*\s+){1,4})?(?:on\s+)?")
_BEGINS_BEFORE = re.compile(r"\b(?:" + lx.BEGIN_VERBS + r"|embark|embarks|embarked|commence|commences|commenced)\b")
# between a day and the list it leads: a subject and a verb of going, or "in" ("On Wednesday, he's going to")
_DAY_BEFORE_LIST = re.compile(r",?\s+(?:(?:he|she|they|the\s+\w+)(?:'s|’s|\s+is|\s+will|\s+are)?\s+(?:be\s+)?"
                              r"(?:going|travel(?:l?ing)?|head(?:ing)?|go|visit(?:ing)?|stop(?:ping)?)\s+(?:to|in|at)?\s*"
                              # ("on Thursday to visit Milwaukee, ..."; "on Friday for three events — Grand Rapids, ...")
                              r"|in\s+|to\s+(?:visit\s+|tour\s+)?|for\s+(?:[\w-]+\s+){1,3}(?:—|--|–|:)\s*"
                              # ("President Marcos yesterday visited Batanes and Ilocos Norte")
                              r"|(?:visited|toured|inspected|visits|tours|inspects)\s+(?:the\s+)?)", re.I)


# "The tour, scheduled from Jan. 28 to 31, will see Fidan in Albania, Bulgaria and Romania": the trip's range
_TRIP_RANGE_LEAD = re.compile(r"\W*(?:The|His|Her|Their|This|That)\s+(?:[\w-]+\s+){0,3}(?:tour|trip|visit|journey|swing)\s*,?\s*"
                              r"(?:which\s+(?:is|was|will\s+be)\s+)?(?:(?:scheduled|set|planned|due|slated)\s+)?(?:from|between)?\s*")


# "Jan. 3: Lays wreath at Australian War memorial; arrives in Melbourne": a programme's line, headed by its day
_DAY_LINE = re.compile(r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*[:–—]\s")


def _day_lines(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
               default_year: int | None) -> None:
    """A programme's lines each open with their day ("Jan. 3: ... arrives in Melbourne ...; leaves for Singapore"):
    the day of every place in the line's paragraph that has none of its own, the nearest such day to the
    publication date (a programme published on December 31 goes on into January), and still ahead if after it."""
    first_of: dict[int, Sentence] = {}
    for x in sentences:
        first_of.setdefault(x.paragraph, x)
    for c in cands:
        if c.start is not None or c.dates or c.schedule:
            continue
        head = first_of.get(c.sentence.paragraph)
        if head is None or head.kind != "body" or not _DAY_LINE.match(head.text):
            continue
        day = next((e for e in find_dates(head.text) if e.kind == "explicit"), None)
        if day is None or day.start > 12:
            continue
        start = resolve_explicit(day, published, default_year)[0]
        if start is None:
            continue
        c.start = c.end = start
        if published is not None and start > published:
            c.status = "planned"


_TRIP_STARTED = re.compile(r"\b(?:commenced|commences|began|begins|started|starts|kicked\s+off|embarked\s+on|set\s+off\s+on|"
                           r"sets\s+off\s+on)\b[^.]{0,40}?\b(?:trip|tour|travel|travels|visit|journey|swing)\b", re.I)


def _trip_start_day(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
                    default_year: int | None) -> None:
    """"On January the 21st 2004, Annan commenced his nine-day travel through Western Europe. His first stop was
    Baden Baden": a trip's first day told in a sentence of its own is its first stop's."""
    by_sentence = {c.sentence.index for c in cands}
    for x in sentences:
        if x.kind != "body" or x.index in by_sentence or not _TRIP_STARTED.search(x.text):
            continue
        days = [e for e in find_dates(x.text) if e.kind == "explicit"]
        if len(days) != 1 or days[0].day2 is not None:
            return
        nxt = min((c for c in cands if c.sentence.index in (x.index + 1, x.index + 2) and c.role == "strong"),
                  key=lambda c: c.mention.start, default=None)
        if nxt is not None and nxt.start is None and nxt.cue == "first":
            nxt.start = nxt.end = resolve_explicit(days[0], published, default_year)[0]
        return


_TRIP_SPAN = re.compile(r"\b(?:trip|tour|visit|journey)\s+(?:will\s+)?(?:officially\s+)?(?:commences?|begins?|starts?)\s+on\s+"
                        r"(?P<a>[^,;.]{3,30}?)\s+and\s+(?:will\s+)?(?:concludes?|ends?)\s+on\s+", re.I)


def _trip_span(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
               default_year: int | None) -> None:
    """"left for his state visit to the United States. The trip will officially commence on June 21 and conclude
    on June 24": the days of the one place the story has sent him to so far (not the day he left)."""
    for x in sentences:
        m = _TRIP_SPAN.search(x.text) if x.kind == "body" else None
        if m is None:
            continue
        here = [c for c in cands if c.sentence.index == x.index]
        if any(c.mention.start - x.start < m.end() for c in here):
            continue
        days = [e for e in find_dates(x.text[m.start():]) if e.kind == "explicit"][:2]
        before = [c for c in cands if c.sentence.index < x.index and c.role in ("strong", "container")]
        if len(days) == 2 and before and len({c.entry.id for c in before}) == 1:
            start = resolve_explicit(days[0], published, default_year, future=True)[0]
            end = resolve_explicit(days[1], published, default_year, future=True)[0]
            if start is not None and end is not None and start <= end:
                for c in before:
                    c.start, c.end = start, end
                for c in here:  # ("..., after which he will leave for another state visit, to Egypt": not those days)
                    if c.start in (start, end):
                        c.start = c.end = None
        return


# "The nine-day trip, which begins on October 18, will take in Sydney", "a trade mission to Asia starting September
# 20": the day the trip begins
_TRIP_BEGINS = re.compile(r"\b(?:trip|tour|visit|mission|journey|swing|travels?)\b[^.;:]{0,40}?\s(?:(?:which|that)\s+"
                          r"(?:will\s+|is\s+to\s+|is\s+set\s+to\s+)?)?(?:begins?|began|begun|starts?|started|starting|beginning|"
                          r"commencing|commences?|commenced|kicks?\s+off|kicked\s+off|kicking\s+off)\s+(?:on\s+)?$", re.I)


def trip_begins_day(sentences: Sequence[Sentence], published: dt.date | None, default_year: int | None) -> dt.date | None:
    """The day the story says the trip begins, where it gives one ("the tour, which begins on October 18")."""
    for x in sentences:
        if x.kind != "body":
            continue
        for e in find_dates(x.text):
            if e.kind == "weekday" and e.weekday is not None and e.weekday2 is None and published is not None \
                    and _TRIP_BEGINS.search(x.text, max(0, e.start - 90), e.start):
                # "The four-day visit begins on Wednesday": ahead when told ahead, else the last such day
                ahead = bool(lx.FUTURE.search(x.text) or re.search(r"\b(?:begins|starts|commences|kicks\s+off)\b", x.text))
                return resolve_weekday(e.weekday, published=published, future=ahead, anchor=None)
            if e.kind == "explicit" and _TRIP_BEGINS.search(x.text, max(0, e.start - 90), e.start):
                # (the reading nearer the story's day: "is leading a mission starting September 20" is next week's)
                days = [d for f in (False, True) for d in (resolve_explicit(e, published, default_year, future=f)[0],) if d]
                return min(days, key=lambda d: abs((d - published).days)) if days and published else \
                    (days[0] if days else None)
    return None


_RANGE_OF_TRIP = re.compile(r"\b(?:visit|trip|tour|journey)\s+(?:will\s+(?:run|last|take\s+place)\s+)?(?:from|between)\s+$|"
                            # "The trip takes place from September 28th to October 2nd", "the tour runs from"
                            r"^\W*(?:The|His|Her|Their|This)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|journey|mission|swing)\s+"
                            r"(?:(?:will|is|was)\s+)?(?:(?:to\s+)?(?:takes?|took|taking)\s+place|runs?|ran|running|"
                            r"(?:be\s+)?(?:scheduled|set|planned|slated|due)(?:\s+to\s+(?:run|take\s+place))?|lasts?|lasted|"
                            r"(?:will\s+)?(?:run|last))\s+(?:from|between)\s+$", re.I)


def _trip_range(cands: Sequence[Candidate], sentences: Sequence[Sentence], published: dt.date | None,
                default_year: int | None) -> None:
    """"... on his visit from 17-21 January", told apart from the places: the first stop starts on the first day
    and the last ends on the last, where the story gives them no day of their own."""
    told = {c.sentence.index for c in cands}
    strong = sorted((c for c in cands if c.role in ("strong", "container")), key=lambda c: c.mention.start)
    if not strong:
        return
    for x in sentences:
        if x.kind != "body" or x.index in told:
            continue
        span = next((e for e in find_dates(x.text) if e.kind == "explicit" and (e.day2 is not None or e.month2 is not None)
                     and _RANGE_OF_TRIP.search(x.text, max(0, e.start - 40), e.start)), None)
        if span is None:
            continue
        first = next((c for c in strong if c.cue == "first"), strong[0])
        start, end = resolve_explicit(span, published, default_year,
                                      future=bool(lx.FUTURE.search(x.text)) or first.status == "planned")
        last = next((c for c in strong if c.cue == "last"), strong[-1])
        if first.start is None and not any(c.start is not None and start is not None and c.start < start for c in cands):
            first.start = first.end = start
        if last is not first and last.end is None and last.start is None:
            last.end = end
        elif last is first and len({c.entry.id for c in strong}) == 1 and first.start == start and first.end == start:
            first.end = end  # the one place of the trip, all its days
        return


def _list_starts(cands: Sequence[Candidate], published: dt.date | None, default_year: int | None,
                 sentences: Sequence[Sentence] = ()) -> None:
    """"Will visit Namibia, the Republic of the Congo, Chad and Nigeria from January 5 to 11": the trip starts
    in the first place on the first day, unless the story dates that place itself. ("Pence will travel from
    Aug. 13 to Aug. 17. He will visit Cartagena ... and Panama City": the range may close the sentence before.)"""
    told = {c.sentence.index for c in cands}
    by_sentence: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.coordinated >= 2:
            by_sentence.setdefault(c.sentence.index, []).append(c)
    for members in by_sentence.values():
        members.sort(key=lambda o: o.mention.start)
        head, last, s = members[0], members[-1], members[0].sentence
        if head.start is not None or any(o.start is not None for o in members):
            continue
        # after the list ("... and Nigeria from January 5 to 11"), or opening the sentence ("From Sept. 2 to 13, ...")
        span = next((e for e in find_dates(s.text, s.start) if e.kind == "explicit"
                     and (e.start >= last.mention.end or (e.end <= head.mention.start and (
                         e.start - s.start <= 12 or _TRIP_RANGE_LEAD.fullmatch(s.text, 0, e.start - s.start))))
                     and (e.day2 is not None or e.month2 is not None)), None)
        prev = sentences[s.index - 1] if 0 < s.index <= len(sentences) and sentences[s.index - 1].index == s.index - 1 \
            else None
        if span is None and prev is not None and prev.kind == "body" and prev.index not in told \
                and _TRIP_WORD.search(prev.text):
            ranges = [e for e in find_dates(prev.text, prev.start) if e.kind == "explicit"
                      and (e.day2 is not None or e.month2 is not None)]
            span = ranges[0] if len(ranges) == 1 else None
        if span is not None:
            start, end = resolve_explicit(span, published, default_year, future=head.status == "planned")
            # ("arrived in Cairo at the start of his tour ... The tour, from July 24 to 28, is to include visits to
            # Ethiopia, Uganda and ...": the first day is the first stop's, told elsewhere)
            first = next((c for c in cands if c.cue == "first" and c.coordinated < 2 and c.role == "strong"), None)
            if first is not None and first not in members:
                if first.start is None:
                    first.start = first.end = start
                start = None
            head.start = head.end = start
            if end is not None and end != start and last.end is None:
                last.end = end  # the last place ends the range (its first day is not told)


_ANOTHER_VERB = re.compile(r"\band\s+(?:then\s+)?(?:[a-z]+ed|flew|went|left|drove|took|headed|came|made)\b")
_BEFORE_NEXT = re.compile(r"\bbefore\s+\w+ing\b|\b(?:and\s+)?then\b", re.I)
_TRIP_WORD = re.compile(r"\b(?:travel|travels|trip|tour|visit|visits|journey)\b", re.I)


def _gap(m: PlaceMention, e: DateExpr) -> int:
    return max(e.start - m.end, m.start - e.end, 0)
