"""Text helpers shared by the views: labels, date ranges and escaping for each place text lands.

Every string derived from an article (place names, venues, events, evidence, titles) goes through
one of the escapers here before it reaches HTML, a Leaflet tooltip, plotly hover text or Markdown.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from itinerary.model import Stop


def escape_html(text: object) -> str:
    """HTML-escape ``text`` for element content and quoted attributes.

    Besides ``& < > " '`` this also escapes the characters that matter when HTML is later pasted
    into a JavaScript template literal (backtick, ``$`` and backslash), so the result is inert in
    every place a view puts it.
    """
    out = html.escape("" if text is None else str(text), quote=True)
    return out.replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=])")


def escape_markdown(text: object) -> str:
    """Backslash-escape Markdown (and Streamlit's LaTeX ``$``) so text is shown literally."""
    s = "" if text is None else str(text)
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # keep line structure but never let a line start a block construct
    return s.replace("\r", "").replace("\n", "  \n")


def stop_label(stop: Stop) -> str:
    """The plain label of a stop: ``"3. Kyiv"`` (the marker title and tooltip; not escaped)."""
    return f"{stop.seq}. {stop.place.name}"


def _day(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%b')} {d.year}"


def format_dates(start: dt.date | None, end: dt.date | None) -> str:
    """``"17 Oct 2024"``, ``"17–18 Oct 2024"``, ``"30 Sep – 2 Oct 2024"`` or ``"date unknown"``."""
    if start is None and end is None:
        return "date unknown"
    a = start or end
    b = end or start
    assert a is not None and b is not None
    if a == b:
        return _day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {b.strftime('%b')} {b.year}"
    if a.year == b.year:
        return f"{a.day} {a.strftime('%b')} – {b.day} {b.strftime('%b')} {b.year}"
    return f"{_day(a)} – {_day(b)}"


def stop_dates(stop: Stop) -> str:
    return format_dates(stop.start, stop.end)


def place_line(stop: Stop) -> str:
    """``"Kyiv, Ukraine"`` (plain text)."""
    p = stop.place
    if p.country and p.country != p.name:
        return f"{p.name}, {p.country}"
    return p.name
