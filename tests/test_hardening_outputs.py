"""Hostile text lands inert in every output: the exports, the map and the timeline.

The method is a *twin*: the same itinerary with every text replaced letter for letter by
``a`` (line breaks and spaces kept). Escaping done right means the hostile text adds nothing to
the structure of any output, so each output of the hostile itinerary must have exactly the
structure of its twin's: the same HTML elements and attribute names (inside ``<iframe srcdoc>``
too), the same XML elements, the same iCalendar properties, the same JSON keys. On top of that
no raw payload (``<img src=x``, ``<script>alert``...) may sit in a script, an attribute or an HTML
text that a client renders as markup (KML descriptions, TimelineJS texts, plotly labels), and
the payload must come out as text where the output shows it.

The itineraries come from the hostile article in ``tests/fixtures`` through the command line
(extraction included), and from a hand-built itinerary with a payload in every field.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import icalendar
import pytest

from itinerary.cli import main
from itinerary.exports import EXPORTERS, export, read_csv, read_json
from itinerary.model import Itinerary, Place, Source, Stop, from_json

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLE = FIXTURES / "hostile_article.txt"
FORMATS = [f for f in EXPORTERS if f not in ("png", "svg", "pdf")]

PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    '<a href="javascript:alert(3)">click</a>',
    "<svg onload=alert(4)>",
    "</textarea></title><iframe srcdoc='<script>alert(5)</script>'>",
    "javascript:alert(6)",
    "&\"'`${alert(7)}\\",
    "]]><!-- &amp; &lt;",
    "{{7*7}}",
    "=HYPERLINK(\"http://evil.example\")",
    "line\r\nATTACH:http://evil.example/x\r\nX-INJECTED:1",
    "\u2028\u2029\u202e",
)
#: Raw markup that must never appear where a client would read it as markup.
MARKUP = ("<script", "<img", "<svg", "<iframe", "<a href", "</script", "</textarea", "</title")
HOSTILE = " ".join(PAYLOADS)


def hostile_itinerary() -> Itinerary:
    import datetime as dt

    return Itinerary(
        traveler=f"Jane {HOSTILE}",
        source=Source(title=f"Title {HOSTILE}", url="javascript:alert(8)", path="<img src=x onerror=alert(9)>.txt"),
        published=dt.date(2024, 10, 23),
        stops=(
            Stop(1, Place(f"Rome {HOSTILE}", f"Italy {HOSTILE}", "IT", 41.89, 12.51), venue=f"Palazzo {HOSTILE}",
                 event=f"Talks {HOSTILE}", people=(f"Ann {HOSTILE}", "=1+1", "@SUM(A1)"),
                 start=dt.date(2024, 10, 21), end=dt.date(2024, 10, 22), evidence=f"She said {HOSTILE}",
                 evidence_span=(0, 10), confidence=0.9),
            Stop(2, Place(HOSTILE, None, None, 52.23, 21.01, kind="venue"), event=HOSTILE, status="planned",
                 evidence=HOSTILE),
            Stop(3, Place("Kyiv", "Ukraine", "UA", 50.45, 30.52), start=dt.date(2024, 10, 24)),
        ),
        warnings=(HOSTILE, "plain warning"),
    )


# --- the twin -----------------------------------------------------------------------------------

_LETTERS = re.compile(r"[^\n ]")


def _flat(s: str) -> str:
    return _LETTERS.sub("a", s)


def twin(it: Itinerary) -> Itinerary:
    """``it`` with every text letter-for-letter ``a`` (web addresses kept when they are http(s))."""
    def opt(s: str | None) -> str | None:
        return None if s is None else _flat(s)

    url = it.source.url
    if url is not None and not url.lower().startswith(("http://", "https://")):
        url = _flat(url)
    stops = tuple(
        dataclasses.replace(
            s,
            place=dataclasses.replace(s.place, name=_flat(s.place.name), country=opt(s.place.country)),
            venue=opt(s.venue), event=opt(s.event), people=tuple(_flat(p) for p in s.people),
            evidence=_flat(s.evidence),
        )
        for s in it.stops
    )
    return Itinerary(traveler=opt(it.traveler), source=Source(title=opt(it.source.title), url=url,
                                                              path=opt(it.source.path)),
                     published=it.published, stops=stops, warnings=tuple(_flat(w) for w in it.warnings))


# --- HTML inventory -----------------------------------------------------------------------------

#: Attributes whose value is a URL a browser may follow or load.
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"})
_SCHEME_NOISE = re.compile(r"[\x00-\x20]")
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
#: What would end a script element or change how it is parsed, written raw in its source.
SCRIPT_BREAKERS = ("</script", "<!--", "<script")


class Inventory(HTMLParser):
    """Every element (tag and attribute names), every script's source, every URL attribute and
    the text a reader sees, with ``<iframe srcdoc>`` documents parsed in turn."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: Counter[tuple[str, tuple[str, ...]]] = Counter()
        self.scripts: list[str] = []
        self.urls: list[str] = []
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements[(tag, tuple(sorted(a for a, _ in attrs)))] += 1
        for name, value in attrs:
            if name == "srcdoc" and value:
                inner = inventory(value)
                self.elements.update(inner.elements)
                self.scripts += inner.scripts
                self.urls += inner.urls
                self.text += inner.text
            elif name in URL_ATTRIBUTES and value:
                self.urls.append(_SCHEME_NOISE.sub("", value).lower())
        if tag == "script" and (dict(attrs).get("type") or "").endswith("json"):
            self._in.append("data")  # a JSON data island: data, never run
        elif tag in ("script", "style", "title", "textarea"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and (self._in[-1] == tag or (tag == "script" and self._in[-1] == "data")):
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] in ("script", "style", "data"):
            self.scripts.append(data)
        else:
            self.text.append(data)


def inventory(html: str) -> Inventory:
    inv = Inventory()
    inv.feed(html)
    inv.close()
    return inv


def assert_html_inert(html: str, twin_html: str, *, shown: tuple[str, ...] = ()) -> None:
    """The page of the hostile text against the page of its twin: same elements and attribute names,
    no script source with a raw ``</script`` or ``<!--`` more, no ``javascript:`` URL more, and the
    payloads ``shown`` as text. (Strings inside scripts that reach the DOM are the browser test's.)"""
    got, want = inventory(html), inventory(twin_html)
    extra = got.elements - want.elements
    missing = want.elements - got.elements
    assert not extra and not missing, f"the text changed the page's structure: extra {extra}, missing {missing}"
    src, twin_src = "\n".join(got.scripts).lower(), "\n".join(want.scripts).lower()
    for bad in SCRIPT_BREAKERS:  # the libraries may hold some; the text must add none
        at = src.find(bad)
        assert src.count(bad) == twin_src.count(bad), f"raw {bad!r} in a script: …{src[max(0, at - 80):at + 80]}…"
    bad_urls = [u for u in got.urls if u.startswith(BAD_SCHEMES)]
    assert len(bad_urls) == len([u for u in want.urls if u.startswith(BAD_SCHEMES)]), bad_urls
    seen = "".join(got.text)
    for s in shown:
        assert s in seen, f"{s!r} is not shown as text"


def assert_markup_free(fragment: str, twin_fragment: str) -> None:
    """An HTML fragment a client renders (KML description, TimelineJS text): same elements as the twin."""
    assert inventory(fragment).elements == inventory(twin_fragment).elements, fragment


# --- per-format checks --------------------------------------------------------------------------

def _json_shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json_shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_shape(v) for v in value]
    return type(value).__name__


def _xml_tags(root: ET.Element) -> list[str]:
    return [el.tag for el in root.iter()]


def _ics_props(cal: icalendar.Calendar) -> list[tuple[str, list[str]]]:
    return [(c.name, sorted(c.keys())) for c in cal.walk()]


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def check_format(fmt: str, data: bytes, it: Itinerary) -> None:
    """``data`` (the export of ``it`` in ``fmt``) against the export of ``twin(it)``."""
    twin_data = export(twin(it), fmt)
    if fmt == "json":
        assert read_json(data) == it
    elif fmt == "csv":
        assert read_csv(data) == read_csv(export(it, "csv"))
        assert [s.place.name for s in read_csv(data).stops] == [s.place.name for s in it.stops]
    elif fmt in ("geojson", "timelinejs"):
        doc, twin_doc = json.loads(data), json.loads(twin_data)
        assert _json_shape(doc) == _json_shape(twin_doc)
        if fmt == "timelinejs":  # TimelineJS renders its texts as HTML
            for s, t in zip(_strings(doc), _strings(twin_doc), strict=True):
                assert_markup_free(s, t)
    elif fmt in ("kml", "gpx"):
        root, twin_root = ET.fromstring(data), ET.fromstring(twin_data)
        assert _xml_tags(root) == _xml_tags(twin_root)
        if fmt == "kml":  # KML descriptions are HTML to Google Earth
            pairs = zip(root.iter(), twin_root.iter(), strict=True)
            for el, tw in pairs:
                if el.tag.endswith("description") and el.text:
                    assert_markup_free(el.text, tw.text or "")
    elif fmt == "ics":
        cal, twin_cal = icalendar.Calendar.from_ical(data), icalendar.Calendar.from_ical(twin_data)
        assert _ics_props(cal) == _ics_props(twin_cal)
        lines = data.decode("utf-8").replace("\r\n ", "").split("\r\n")
        assert not any(line.startswith(("ATTACH", "X-INJECTED")) for line in lines)
    elif fmt == "html":
        shown = tuple(p for p in PAYLOADS[:7] if any(p in s for s in _texts_of(it)))
        assert_html_inert(data.decode("utf-8"), twin_data.decode("utf-8"), shown=shown)
    else:  # a format added later: at least it must not fail
        assert data


def _texts_of(it: Itinerary) -> list[str]:
    out = [it.traveler or "", it.source.title or ""]
    for s in it.stops:
        out += [s.place.name, s.venue or "", s.event or "", s.evidence, *s.people]
    return out


# --- the tests ----------------------------------------------------------------------------------

def test_the_checker_catches_an_unescaped_page() -> None:
    """Control: a page that pastes text in raw fails the structure check."""
    page = "<html><body><h3>{}</h3><script>var x = {!r};</script></body></html>"
    with pytest.raises(AssertionError, match="structure"):
        assert_html_inert(page.format(PAYLOADS[1], "x"), page.format(_flat(PAYLOADS[1]), "x"))
    with pytest.raises(AssertionError, match="raw '<!--' in a script"):
        assert_html_inert(page.format("x", PAYLOADS[8]), page.format("x", _flat(PAYLOADS[8])))
    link = '<a href="{}">x</a>'
    with pytest.raises(AssertionError, match="javascript:"):
        assert_html_inert(link.format(" JavaScript:alert(1)"), link.format("aaaaaaaaaaaaaaaaaaa"))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_of_the_hand_built_hostile_itinerary(fmt: str) -> None:
    it = hostile_itinerary()
    check_format(fmt, export(it, fmt), it)


@pytest.fixture(scope="module")
def article_itinerary(tmp_path_factory: pytest.TempPathFactory) -> Itinerary:
    out = tmp_path_factory.mktemp("hostile") / "trip.json"
    assert main(["parse", str(ARTICLE), "--format", "json", "-o", str(out)]) == 0
    return from_json(out.read_bytes())


def test_the_article_keeps_its_payloads_as_text(article_itinerary: Itinerary) -> None:
    assert article_itinerary.source.title is not None
    assert "<script>alert(1)</script>" in article_itinerary.source.title
    text = ARTICLE.read_text(encoding="utf-8")
    for s in article_itinerary.stops:
        if s.evidence_span is not None:
            a, b = s.evidence_span
            assert text[a:b] == s.evidence


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_hostile_article_through_the_cli_into_every_format(fmt: str, tmp_path: Path,
                                                               article_itinerary: Itinerary) -> None:
    out = tmp_path / f"trip.{fmt}"
    assert main(["parse", str(ARTICLE), "--format", fmt, "-o", str(out)]) == 0
    check_format(fmt, out.read_bytes(), article_itinerary)


def test_the_map_view_is_inert() -> None:
    from itinerary.views.map import build_map

    it = hostile_itinerary()
    html, twin_html = (build_map(x).get_root().render() for x in (it, twin(it)))
    # folium names its elements with random ids: compare with the ids masked
    mask = re.compile(r"_[0-9a-f]{32}")
    assert_html_inert(mask.sub("_id", html), mask.sub("_id", twin_html))


def test_the_timeline_view_is_inert() -> None:
    from itinerary.views.timeline import build_timeline

    it = hostile_itinerary()
    fig, twin_fig = (json.loads(build_timeline(x).to_json()) for x in (it, twin(it)))
    assert _json_shape(fig["data"]) == _json_shape(twin_fig["data"])
    for s in _strings(fig):
        low = s.lower()
        assert not any(bad in low for bad in MARKUP), s  # plotly reads <a href>, <b>... in its texts


def test_csv_cells_never_start_a_formula() -> None:
    import csv

    rows = list(csv.reader(io.StringIO(export(hostile_itinerary(), "csv").decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    for row in body:
        for key, cell in zip(header, row, strict=True):
            if key not in ("lat", "lon", "seq", "confidence", "evidence_start", "evidence_end"):
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (key, cell)


# --- template syntax in the text ----------------------------------------------------------------

#: Jinja2 syntax; evaluated, the first would print 7784777 (7777 * 1001), the others would fail.
TEMPLATE_PAYLOADS = ("{{ 7777*1001 }}", "{% if x %}", "{{ }}", "{{ 1/0 }}", "{# unclosed")
EVALUATED = "7784777"


def templated_itinerary() -> Itinerary:
    text = " ".join(TEMPLATE_PAYLOADS)
    it = hostile_itinerary()
    stops = tuple(dataclasses.replace(s, place=dataclasses.replace(s.place, name=f"{s.place.name} {text}"),
                                      event=text, evidence=text, venue=text) for s in it.stops)
    return dataclasses.replace(it, traveler=text, source=Source(title=text), stops=stops, warnings=(text,))


@pytest.mark.parametrize("fmt", FORMATS)
def test_template_syntax_in_the_text_is_never_evaluated_by_an_export(fmt: str) -> None:
    out = export(templated_itinerary(), fmt).decode("utf-8", "replace")
    assert EVALUATED not in out


def test_template_syntax_in_the_text_is_never_evaluated_by_the_map() -> None:
    """branca compiles each map element's rendered script again as a Jinja2 template: story text
    reaching it would be evaluated in this process ('{{ cycler.__init__.__globals__.os...}}' runs
    commands) or raise TemplateSyntaxError ('{% if x %}')."""
    from itinerary.views.map import build_map

    out = build_map(templated_itinerary()).get_root().render()
    assert EVALUATED not in out


def test_template_syntax_in_the_text_is_never_evaluated_by_the_dashboard_map_layers() -> None:
    from itinerary.views.map import build_base_map, build_layers

    it = templated_itinerary()
    m = build_base_map(it)
    for layer in build_layers(it):
        layer.add_to(m)
    assert EVALUATED not in m.get_root().render()
