"""The story's clock: the day the narration has reached at each sentence.

News prose states a day once and tells several sentences against it. A heading ("Engagements on
Friday, May 31") holds for the paragraphs under it; a day stated in a paragraph ("On Sunday in Amman,
...", "Monday evening, ...") holds for the rest of that paragraph, and past a paragraph of one sentence
(wire copy); "the next day" and "that evening" move on from the day in force; another new paragraph
goes back to its section's day. A stop told with no day of its own takes the day in force where it is
told (:func:`itinerary.extraction.dating.date_candidates`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from itinerary.extraction import lexicon as lx
from itinerary.extraction.dates import DateExpr, find_dates, resolve_explicit, resolve_weekday
from itinerary.extraction.text import Sentence

# a day further than this from the publication date is background ("his visit of March 2, 2022"), not the trip's
_BACKGROUND_DAYS = 30
# and a trip is announced at most about a year ahead
_AHEAD_DAYS = 400
# "has arrived in Kyiv", "is in Warsaw", "is visiting Manila": wire copy tells the day it is published
NEWS_PRESENT = re.compile(r"\b(?:has|have)\s+(?:just\s+|now\s+)?(?:arrived|landed|touched\s+down)\b|"
                          r"\b(?:is|are)\s+(?:now\s+|currently\s+|presently\s+)?(?:in|visiting|on\s+an?\s+(?:\w+\s+){0,2}visit)\b|\barrives\b")


# "ended a three-nation tour on Sunday in Lusaka, after visiting Ghana": what follows looks back
_LOOKS_BACK = re.compile(r"\b(?:ended|ends|ending|wrapped\s+up|wraps\s+up|wrapping\s+up|concluded|concludes|concluding|"
                         r"capped|rounded\s+off|winds?\s+up|wound\s+up)\b|\bafter\s+(?:visiting|stops?\b|(?:a|an|his|her|two|three|"
                         r"several)\s+(?:[\w-]+\s+)?(?:days?|visit|trip|stop|stay)s?\b)", re.I)


_REPORTED = re.compile(r"\b(?:said|says|announced|announces|told\s+\w+|stated|wrote|posted|confirmed|added|reported)"
                       r"(?:\s+[\w.-]+){0,2}\s+$", re.I)


_BACKGROUND_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:had\s+)?(?:assumed|took|was|became|joined|served|succeeded)\b[^,;]*$|"
                                r"\b(?:assumed\s+(?:charge|office)|took\s+(?:charge|office|over)|was\s+(?:appointed|sworn\s+in|"
                                r"elected)|since)\b[^,.;]*$", re.I)
_DEPARTED = re.compile(r"\b(?:depart(?:s|ed|ing)?|left|leaves|leaving|set\s+off|sets\s+off|took\s+off)\b[^,.;]*$", re.I)


# "At 1.30 pm, the party will drive to ...", "10.50am: The Queen arrives": a programme's next time, the same day
CLOCK_OPENING = re.compile(r"\W*(?:(?:At|By|From|Around|About)\s+)?(?:[01]?\d|2[0-3])(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"
                            r"|\W*(?:[01]?\d|2[0-3])[:.][0-5]\d\b", re.I)


# "In the afternoon, the Vice President will visit ...": a later part of the day in force
_PART_OPENING = re.compile(r"\W*(?:(?:In|During|Later\s+in|Early\s+in)\s+the\s+(?:forenoon|afternoon|evening|night)|"
                           r"Later\s+(?:that|the\s+same)\s+day|That\s+(?:afternoon|evening|night))\b")
# "There, he met ...", "Upon his arrival, ...": a paragraph that goes on with the one before it, and its day
_GOES_ON = re.compile(r"\W*(?:There|Upon\s+(?:his|her|their)\s+arrival|On\s+arrival)\b")


@dataclass(frozen=True, slots=True)
class StoryDay:
    """The day in force at a sentence, and whether a heading set it (it holds for a whole section)."""

    day: dt.date
    heading: bool = False


def story_clock(sentences: Sequence[Sentence], published: dt.date | None,
                default_year: int | None) -> tuple[StoryDay | None, ...]:
    """For each sentence (by index), the day in force when it begins, set by the sentences before it."""
    out: list[StoryDay | None] = []
    section: StoryDay | None = None
    current: StoryDay | None = None
    paragraph: int | None = None
    story_begun = False
    told = 0  # sentences told so far in the paragraph
    latest: StoryDay | None = None  # the last day told, whatever paragraph
    for s in sentences:
        if s.paragraph != paragraph:
            paragraph = s.paragraph
            # a paragraph that opens with a time of day ("At 1.30 pm, ..."; a programme's next timed item, "Stevens
            # County Town Hall, 10 a.m.-11 a.m. at ..."), goes on from the one before ("His plane
            # landed ..."), or follows a paragraph of one sentence (wire copy) goes on with the day
            if _PART_OPENING.match(s.text) and latest is not None:
                current = latest  # ("In the afternoon, ..." under the next heading: the day told last goes on)
            goes_on = CLOCK_OPENING.match(s.text) or _PART_OPENING.match(s.text) or lx.TIMED_ITEM.match(s.text) or (
                (_GOES_ON.match(s.text) or told == 1) and not _LOOKS_BACK.search(s.text))
            told = 0
            if not (goes_on and current is not None):
                current = section
        out.append(current)
        told += 1
        if s.kind not in ("heading", "body") or (not story_begun and s.index < _TOP and _date_line(s.text)):
            continue  # ("August 25, 2025" under the headline is when the story was published)
        story_begun = story_begun or (s.kind == "body" and len(s.text.split()) >= 8)  # (not "THE WHITE HOUSE")
        day = told_day(find_dates(s.text), s.text, current.day if current else None, published, default_year)
        if s.kind == "heading":
            if day is not None:  # (a heading with no day, "Overnight at the nunciature", is within the day)
                section = current = StoryDay(day, heading=True)
        elif _LOOKS_BACK.search(s.text):
            current = None  # a wrap-up: the sentences after it tell the trip again from its start
        elif day is not None:
            current = StoryDay(day)
        latest = current or latest
    return tuple(out)


def told_day(exprs: Sequence[DateExpr], text: str, current: dt.date | None, published: dt.date | None,
             default_year: int | None) -> dt.date | None:
    """The last day ``exprs`` name, told in ``text`` against the day in force: where the narration got to."""
    future = bool(lx.FUTURE.search(text))
    day = None
    if any(e.kind == "explicit" for e in exprs):
        exprs = [e for e in exprs if e.kind != "weekday"]  # "Friday 15 May 2026": the date says which Friday
    for e in exprs:
        if _REPORTED.search(text, max(0, e.start - 40), e.start):
            continue  # "the Pentagon announced today": when it was said, not where the trip is
        if _DEPARTED.search(text, max(0, e.start - 40), e.start):
            continue  # "departed Washington on Monday": the day he set off, not a day anywhere
        if _BACKGROUND_BEFORE.search(text, max(0, e.start - 80), e.start):
            continue  # "General Dwivedi, who assumed charge as chief on June 30, first visited J&K": his background
        found: dt.date | None = None
        if e.kind == "explicit" and e.day2 is None:  # a range ("from May 3 to 6") is no one day of the story
            # ("Aug. 19 with Westrom and Backer.": a programme's day line, the nearest such day)
            line = e.start <= 3 and len(text.split()) <= 10
            found = resolve_explicit(e, published, default_year, future=None if line else future)[0]
        elif e.kind == "weekday" and e.weekday is not None:
            found = resolve_weekday(e.weekday, published=published, future=future, anchor=current)
        elif e.kind == "deictic" and published is not None:
            found = published + dt.timedelta(days=e.offset)
        elif e.kind == "relative" and current is not None:
            found = current + dt.timedelta(days=e.offset)
        if found is None or (published is not None and (published - found).days > _BACKGROUND_DAYS):
            continue
        if published is not None and (found - published).days > _AHEAD_DAYS:
            continue
        day = found
        current = found
    return day


def publication_date(sentences: Sequence[Sentence], default_year: int | None) -> dt.date | None:
    """The day a story says it was published, for when none was given: a short date line near the top
    ("Aug. 1, 2023 | By C. Lopez", "Wednesday, 8 January 2025, 08:01"), else a dateline's day ("WARSAW,
    Oct. 12 (Wire) —") in the year the story names."""
    for s in sentences[:_TOP]:
        exprs = [e for e in find_dates(s.text) if e.kind == "explicit" and e.day2 is None]
        if not exprs:
            continue
        e = exprs[0]
        if s.kind == "dateline" or (_date_line(s.text) and s.kind in ("body", "heading", "credit", "title")):
            year = e.year or (default_year if s.kind == "dateline" else None)
            if year is not None and e.month is not None and e.day is not None:
                try:
                    return dt.date(year, e.month, e.day)
                except ValueError:
                    return None
    return None


_TOP = 4  # sentences at the top of a story where its date line stands


def _date_line(text: str) -> bool:
    """A short line that opens with a date ("Aug. 1, 2023 | By C. Lopez", "Brasilia, August 25, 2025"), or a place's
    name and a date alone ("Rashtrapati Bhavan : 25.06.2008")."""
    exprs = [e for e in find_dates(text) if e.kind == "explicit"]
    return bool(exprs) and len(text.split()) <= 14 and (
        exprs[0].start <= 12 or (len(text.split()) <= 6 and not text[exprs[0].end:].strip(" .|")
                                 and re.search(r"[:|,–-]\s*$", text[:exprs[0].start]) is not None))
