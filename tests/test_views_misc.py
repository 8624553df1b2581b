"""Statistics, the highlighted source text, formatting and escaping, and selection parsing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from itinerary.extraction import Mention
from itinerary.model import Itinerary
from itinerary.views.format import escape_html, escape_markdown, format_dates
from itinerary.views.highlight import highlight_html
from itinerary.views.state import list_samples, load_sample, seq_from_label, seq_from_map, seq_from_timeline
from itinerary.views.stats import great_circle_points, haversine_km, trip_stats, unwrap_longitudes
from tests.views_helpers import HOSTILE, SAMPLE_TEXT, hostile, sample_like, span


def test_trip_stats() -> None:
    s = trip_stats(sample_like())
    assert (s.stops, s.places, s.country_count) == (5, 4, 4)
    assert s.days == 3 and (s.first_day, s.last_day) == ("2024-10-17", "2024-10-19")
    assert [leg.km for leg in s.legs] == pytest.approx([1172, 1675, 1675, 5], abs=10)
    assert s.total_km == pytest.approx(sum(leg.km for leg in s.legs))
    empty = trip_stats(Itinerary())
    assert (empty.stops, empty.days, empty.total_km, empty.legs) == (0, None, 0.0, ())


def test_haversine_and_great_circle() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.01)
    pts = great_circle_points(40.64, -73.78, 51.47, -0.45, 20)  # JFK → LHR bows north
    assert max(lat for lat, _ in pts) > 52
    across = great_circle_points(35.5, 139.8, 21.3, -157.9, 10)  # Tokyo → Honolulu crosses 180°
    assert all(abs(a[1] - b[1]) < 30 for a, b in itertools.pairwise(across))
    assert unwrap_longitudes([170, -170, -160]) == [170, 190, 200] or unwrap_longitudes([170, -170, -160]) == [
        -190, -170, -160]


def test_format_dates() -> None:
    d = dt.date
    assert format_dates(None, None) == "date unknown"
    assert format_dates(d(2024, 10, 17), d(2024, 10, 18)) == "17–18 Oct 2024"
    assert format_dates(d(2024, 9, 30), d(2024, 10, 2)) == "30 Sep – 2 Oct 2024"
    assert format_dates(None, d(2024, 10, 2)) == "2 Oct 2024"


def test_escapers() -> None:
    assert escape_html(HOSTILE) == "&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
    assert escape_html("`${x}`\\") == "&#96;&#36;{x}&#96;&#92;"
    md = escape_markdown("[click](javascript:alert(1)) *bold* $x$ <b>")
    assert "[" not in md.replace("\\[", "") and "*" not in md.replace("\\*", "")
    assert "$" not in md.replace("\\$", "") and "<" not in md.replace("\\<", "")


def test_highlight_marks_evidence_and_mentions() -> None:
    it = sample_like()
    kyiv = SAMPLE_TEXT.index("Kyiv")
    moscow_like = SAMPLE_TEXT.index("Russia")
    mentions = [
        Mention("Kyiv", (kyiv, kyiv + 4), "Kyiv", "UA", True, "a stop"),
        Mention("Russia", (moscow_like, moscow_like + 6), "Russia", "RU", False, "not visited by the traveler"),
    ]
    out = highlight_html(SAMPLE_TEXT, it, mentions, selected=3)
    assert out.count('<mark class="ev') >= 4
    assert '<mark class="ev sel">' in out
    assert '<span class="num">4, 5</span>' in out  # one sentence, two stops
    assert 'class="m-no" title="Russia — not counted: not visited by the traveler"' in out
    assert 'class="m-yes"' in out
    assert span("He made an unannounced trip to")[0] > 0 and "He made an unannounced trip to" in out


def test_highlight_escapes_the_text() -> None:
    text = f"Intro. {HOSTILE} went to Paris. <script>alert(1)</script>"
    it = hostile()
    out = highlight_html(text, it, [Mention(HOSTILE, (7, 7 + len(HOSTILE)), HOSTILE, None, False, HOSTILE)])
    body = out.split("</style>", 1)[1]
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    # spans out of range are ignored, not a crash
    assert highlight_html("short", sample_like(), []).count('<mark class="ev') == 0


@pytest.mark.parametrize(("label", "seq"), [("3. Kyiv", 3), (" 12. Rome", 12), ("Kyiv", None), ("9. Far", None),
                                             (None, None), ("0. Zero", None)])
def test_seq_from_label(label, seq) -> None:
    assert seq_from_label(label, 5 if seq != 12 else 20) == seq


def test_selection_events() -> None:
    assert seq_from_map({"last_object_clicked_tooltip": "5. Vatican City", "last_object_clicked_count": 2}, 5) == 5
    assert seq_from_map(None, 5) is None
    event = {"selection": {"points": [{"customdata": [4, "4. Rome"], "x": 1}]}}
    assert seq_from_timeline(event, 5) == 4
    assert seq_from_timeline({"selection": {"points": []}}, 5) is None
    assert seq_from_timeline({"selection": {"points": [{"customdata": ["x"]}]}}, 5) is None


def test_samples() -> None:
    names = list_samples()
    assert names[0] == "austin_oct2024.txt"
    doc = load_sample(names[0])
    assert doc.published == dt.date(2024, 10, 23) and "Zelenskyy" in doc.text


def test_the_packaged_streamlit_config_matches_the_repository_one() -> None:
    import tomllib

    from tests.conftest import ROOT

    repo = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    packaged = tomllib.loads((ROOT / "itinerary" / ".streamlit" / "config.toml").read_text("utf-8"))
    assert repo == packaged
    assert repo["server"]["enableStaticServing"] is True and repo["browser"]["gatherUsageStats"] is False
