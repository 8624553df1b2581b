"""Date expressions in news prose, and how they resolve to days.

``find_dates`` finds explicit dates ("Oct. 17", "October 16-18, 2024", "from Sept. 28 to 30",
"Nov. 30 until Dec. 2"), month-only phrases ("in late April"), weekdays ("on Tuesday",
"early Wednesday", "on Wednesday and Thursday") and relative phrases ("later that day",
"the next day", "two days later", "overnight"). Nothing here invents a day: month-only
and unresolvable expressions keep their text and leave the day empty.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

DateKind = Literal["explicit", "month", "weekday", "relative", "weekend", "year", "deictic"]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "several": 2, "couple of": 2, "few": 3}
PART_OF_DAY = {"morning": 0.2, "midday": 0.4, "noon": 0.4, "afternoon": 0.55, "evening": 0.8, "night": 0.9}

_M = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?:19|20)\d{2}"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_LEAD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?"  # "Sunday, August 17"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|several|\d)"
_PART = r"(?:morning|afternoon|evening|night|midday|noon)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b")),
    # "on 10.03.2025" (day first), "(11/30/2021)" (month first when the day cannot be a month): all digits
    ("numeric", re.compile(rf"(?<![\d./])(?P<n1>\d{{1,2}})(?P<sep>[./])(?P<n2>\d{{1,2}})(?P=sep)(?P<y>{_Y})(?!\d|[./]\d)")),
    ("m_d_m_d", re.compile(
        rf"\b(?:{_WD_LEAD})?(?P<m1>{_M})\.?\s+(?P<d1>{_D})\s*(?:-|–|to|until|till|through|and)\s*(?P<m2>{_M})\.?\s+(?P<d2>{_D})(?:,?\s+(?P<y>{_Y}))?\b")),
    ("m_d_d", re.compile(
        rf"\b(?:{_WD_LEAD})?(?P<m1>{_M})\.?\s+(?P<d1>{_D})\s*(?:-|–|to|until|till|through|and)\s*(?P<d2>{_D})(?!\s*{_M})(?:,?\s+(?P<y>{_Y}))?\b(?![-–]|\s*(?:percent|%|people|troops))")),
    # ("from 1st to 3rd of June")
    ("d_d_m", re.compile(rf"\b(?:{_WD_LEAD})?(?P<d1>{_D})\s*(?:-|–|to|and)\s*(?P<d2>{_D})\s+(?:of\s+)?(?P<m1>{_M})\.?(?:,?\s+(?P<y>{_Y}))?\b")),
    ("m_d", re.compile(rf"\b(?:{_WD_LEAD})?(?P<m1>{_M})\.?\s+(?:the\s+)?(?P<d1>{_D})(?![\d])(?:,?\s+(?P<y>{_Y}))?\b")),
    ("d_m", re.compile(rf"\b(?:{_WD_LEAD})?(?P<d1>{_D})\s+(?:of\s+)?(?P<m1>{_M})\.?(?:,?\s+(?P<y>{_Y}))?\b")),
    ("month", re.compile(rf"\b(?:(?P<q>early|mid|late|the end of|the beginning of|mid-)\s*)?(?P<m1>{_M})\b(?:,?\s+(?P<y>{_Y}))?(?!\s*\d)")),
    ("weekday", re.compile(
        rf"\b(?:(?P<q>early|late|[Ee]arlier|[Ll]ater)\s+(?:on\s+)?)?(?P<w1>{_WD})(?:\s+(?P<p1>{_PART}))?(?:\s+(?:and|or|to|through|until)\s+(?P<w2>{_WD}))?(?:\s+(?P<p2>{_PART}))?\b")),
    ("weekend", re.compile(r"\b(?:over|during|at|on)\s+the\s+weekend\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("relative", re.compile(
        rf"\b(?:(?P<later>later|earlier)\s+(?:that|in\s+the)\s+(?P<lp>day|{_PART})"
        rf"|that\s+(?P<tp>{_PART}|day)"
        rf"|(?:the\s+)?(?:next|following)\s+(?P<np>day|{_PART})"
        rf"|(?P<n>{_NUM})\s+days?\s+later"
        rf"|the\s+day\s+after"
        rf"|(?P<overnight>overnight)"
        rf"|(?:in|on)\s+the\s+(?P<ip>{_PART})"
        rf"|the\s+same\s+(?P<sp>day|{_PART})"
        rf"|(?P<dayverb>ended|ending|ends|finished|finishing|closed|closing|began|beginning|begins|started|starting)"
        rf"\s+(?:the|his|her)\s+day)\b", re.I)),
    ("year", re.compile(rf"\b(?:in|since|of|from)\s+(?P<y>{_Y})\b")),
]


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in a sentence (absolute span), resolved where it can be."""

    start: int
    end: int
    text: str
    kind: DateKind
    month: int | None = None
    day: int | None = None
    month2: int | None = None
    day2: int | None = None
    year: int | None = None
    weekday: int | None = None
    weekday2: int | None = None
    offset: int = 0  # relative: days after the previous stop
    part: float = 0.0  # part of the day, for ordering within a day
    qualifier: str | None = None


def _day(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(re.sub(r"\D", "", raw))


def _month(raw: str | None) -> int | None:
    if raw is None:
        return None
    return MONTHS.get(raw.lower().rstrip("."))


# Nouns a month-day names ("the Sept. 11 attacks", "the Oct. 7 massacre", "the July 20 plot").
_NAMED_BY_DATE = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|massacre|plot|memorial|anniversary|uprising|"
                            r"revolution|coup|disaster|tragedy|victims|hostages|deadline|agreement|accords?|protests?|"
                            r"commission|movement|incursion|raid|invasion|offensive|landslides?|floods?|flooding|"
                            r"earthquake|quake|cyclone|storm|fire|blast|explosion|crash|elections?|polls?|vote|ruling|"
                            r"verdict)\b", re.I)


def find_dates(text: str, offset: int = 0) -> list[DateExpr]:
    """Every date expression in ``text`` (absolute spans = ``offset`` + position), left to right."""
    found = _find_dates(text)
    if not offset or not found:
        return list(found)
    return [dataclasses.replace(e, start=e.start + offset, end=e.end + offset) for e in found]


@functools.lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[DateExpr, ...]:
    taken: list[tuple[int, int]] = []
    found: list[DateExpr] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for name, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            a, b = m.span()
            if not free(a, b):
                continue
            g = m.groupdict()
            expr: DateExpr | None = None
            y = int(g["y"]) if g.get("y") else None
            if name == "iso":
                expr = DateExpr(a, b, m.group(0), "explicit", int(g["m"]), int(g["d"]), year=y)
            elif name == "numeric":
                n1, n2 = int(g["n1"]), int(g["n2"])
                # dotted dates are day first; a slashed one only when one number cannot be a month
                dm = (n1, n2) if g["sep"] == "." or n1 > 12 else (n2, n1) if n2 > 12 else None
                if dm is not None and 1 <= dm[1] <= 12 and 1 <= dm[0] <= 31:
                    expr = DateExpr(a, b, m.group(0), "explicit", dm[1], dm[0], year=y)
            elif name in ("m_d_m_d", "m_d_d", "d_d_m"):
                m1 = _month(g["m1"])
                m2 = _month(g.get("m2")) or m1
                d1, d2 = _day(g["d1"]), _day(g["d2"])
                if m1 and d1 and d2 and (m2 != m1 or d2 >= d1):
                    expr = DateExpr(a, b, m.group(0), "explicit", m1, d1, m2, d2, year=y)
            elif name in ("m_d", "d_m"):
                m1, d1 = _month(g["m1"]), _day(g["d1"])
                if g["m1"] == "May" and name == "d_m":
                    pass
                if m1 and d1:
                    wd = re.match(r"[A-Za-z]+", m.group(0))
                    expr = DateExpr(a, b, m.group(0), "explicit", m1, d1, year=y,
                                    weekday=WEEKDAYS.get(wd.group(0).lower()) if wd else None)
            elif name == "month":
                raw = g["m1"]
                # "May" is also a verb ("may"); only the capitalised month after in/of/until/since/by counts
                if raw == "May" and not re.search(r"\b(?:in|of|until|since|by|from|late|early|mid|last|next|this)\s*-?$",
                                                  text[max(0, a - 12):a], re.I):
                    continue
                if raw in ("Mar", "Jan", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Feb", "Apr"):
                    continue  # a bare abbreviation without a day is rarely a month
                expr = DateExpr(a, b, m.group(0), "month", _month(raw), year=y, qualifier=g.get("q"))
            elif name == "weekday":
                part = PART_OF_DAY.get((g.get("p1") or g.get("p2") or "").lower(), 0.0)
                q = (g.get("q") or "").lower()
                if q == "earlier":
                    part = -0.1  # "Earlier Tuesday, he toured ...": before the day's other events
                if q == "early" and not part:
                    part = 0.1
                if q in ("late", "later") and not part:
                    part = 0.85
                expr = DateExpr(a, b, m.group(0), "weekday", weekday=WEEKDAYS[g["w1"].lower()],
                                weekday2=WEEKDAYS[g["w2"].lower()] if g.get("w2") else None, part=part)
            elif name == "weekend":
                expr = DateExpr(a, b, m.group(0), "weekend")
            elif name == "deictic":
                word = g["word"].lower()
                shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
                part = PART_OF_DAY.get(word.split()[-1], 0.9 if word == "tonight" else 0.5)
                expr = DateExpr(a, b, m.group(0), "deictic", offset=shift, part=part)
            elif name == "relative":
                low = m.group(0).lower()
                n_days = 0
                part = 0.5
                if g.get("n"):
                    n_days = NUMBERS.get(g["n"].lower(), 0) or (int(g["n"]) if g["n"].isdigit() else 1)
                    part = 0.3
                elif g.get("dayverb"):
                    # "ended the day at the Pentagon": the day of the stop before, late or early in it
                    part = 0.1 if g["dayverb"].lower().startswith(("beg", "sta")) else PART_OF_DAY["evening"]
                elif g.get("np") or "day after" in low or g.get("overnight"):
                    n_days = 1
                    part = PART_OF_DAY.get((g.get("np") or "").lower(), 0.1)
                else:
                    p = (g.get("lp") or g.get("tp") or g.get("ip") or g.get("sp") or "day").lower()
                    part = PART_OF_DAY.get(p, 0.5)
                    later = (g.get("later") or "").lower()
                    if later == "later":
                        part += 0.1
                    elif later == "earlier":
                        part -= 0.1
                expr = DateExpr(a, b, m.group(0), "relative", offset=n_days, part=part)
            elif name == "year":
                expr = DateExpr(a, b, m.group(0), "year", year=y)
            if expr is not None and expr.kind == "explicit" and _NAMED_BY_DATE.match(text, b):
                taken.append((a, b))  # "the Sept. 11 attacks", "the June 4 anniversary": a name, not a day
                continue
            if expr is not None:
                taken.append((a, b))
                found.append(expr)
    found.sort(key=lambda e: e.start)
    # "on Thursday (28 May 2015)": the weekday and the date in brackets are one day
    merged: list[DateExpr] = []
    for e in found:
        if merged and merged[-1].kind == "weekday" and e.kind == "explicit" and e.day2 is None \
                and re.fullmatch(r"\s*[(,]\s*", text[merged[-1].end:e.start]):
            named_day = merged.pop()
            e = dataclasses.replace(e, start=named_day.start, text=text[named_day.start:e.end], weekday=named_day.weekday)
        merged.append(e)
    return tuple(merged)


_STALE_PLAN_DAYS = 7


def infer_year(month: int, day: int, published: dt.date | None, default_year: int | None,
               future: bool | None = None) -> int | None:
    """The year of a month-day.

    For a plan (``future``), the first such day from a week before the publication date on; for what happened,
    the last such day up to it (a day or two later is allowed: time zones); otherwise the nearest.
    """
    if published is None:
        return default_year
    options: list[tuple[dt.date, int]] = []
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            options.append((dt.date(y, month, day), y))
        except ValueError:
            continue
    if not options:
        return None
    if future is True:
        # (a plan for a day a few days before the story's date was told before it went out, not a year ahead)
        ahead = [(d, y) for d, y in options if d >= published - dt.timedelta(days=_STALE_PLAN_DAYS)]
        if ahead:
            return min(ahead)[1]
    if future is False:
        behind = [(d, y) for d, y in options if d <= published + dt.timedelta(days=2)]
        if behind:
            return max(behind)[1]
    return min(options, key=lambda o: abs((o[0] - published).days))[1]


def _safe_date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve_explicit(expr: DateExpr, published: dt.date | None, default_year: int | None,
                     future: bool | None = None) -> tuple[dt.date | None, dt.date | None]:
    """Start and end days of an explicit date or range."""
    if expr.kind != "explicit" or expr.month is None or expr.day is None:
        return None, None
    year = expr.year or infer_year(expr.month, expr.day, published, default_year, future)
    told = _safe_date(year, expr.month, expr.day)
    if year is not None and expr.year is None and expr.weekday is not None and told is not None \
            and told.weekday() != expr.weekday:
        # "Tuesday, April 22" is in a year when April 22 is a Tuesday: the one next to the inferred year, when
        # the publication date says which years are near; else unknown (a story's only year may be history)
        near = [y for y in (year - 1, year + 1) if (d := _safe_date(y, expr.month, expr.day)) and d.weekday() == expr.weekday]
        year = near[0] if near and published is not None else None
    start = _safe_date(year, expr.month, expr.day)
    end = start
    if expr.day2 is not None:
        m2 = expr.month2 or expr.month
        y2 = year + 1 if year is not None and m2 < expr.month else year
        end = _safe_date(y2, m2, expr.day2)
    if start and end and end < start:
        end = start
    return start, end


def resolve_weekday(weekday: int, *, published: dt.date | None, future: bool, anchor: dt.date | None
                    ) -> dt.date | None:
    """The day a weekday names.

    Future tense: the first such day on or after the previous stop (or the publication date).
    Past or present tense: the last such day on or before the publication date; without one,
    the first such day after the previous stop.
    """
    if future:
        base = anchor if anchor is not None and (published is None or anchor >= published) else published
        if base is None:
            return None
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    if published is not None:
        day = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
        if anchor is not None and day < anchor:
            # told after a stop dated later: the next such day, if the story could already report it
            forward = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
            if forward <= published + dt.timedelta(days=1):
                return forward
        return day
    if anchor is not None:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return None


def month_window(expr: DateExpr, published: dt.date | None, default_year: int | None,
                 future: bool | None = None) -> tuple[dt.date, dt.date] | None:
    """First and last day a month-only expression can mean (for past-trip tests, never for stop dates).

    ``future``: told as a plan (the next such month) or as done (the last one); None: the nearest."""
    if expr.month is None:
        return None
    year = expr.year
    if year is None:
        if published is None:
            if default_year is None:
                return None
            year = default_year
        else:
            year = infer_year(expr.month, 15, published, default_year, future) or published.year
            # "in November" in a story published in October means the coming November
    first = dt.date(year, expr.month, 1)
    nxt = dt.date(year + (expr.month == 12), expr.month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    q = (expr.qualifier or "").lower()
    if q == "early" or q == "the beginning of":
        last = first + dt.timedelta(days=10)
    elif q.startswith("late") or q == "the end of":
        first = first + dt.timedelta(days=19)
    return first, last
