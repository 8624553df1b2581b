"""The plotly timeline builder, without Streamlit: dated bars, undated order, styling, escaping."""

from __future__ import annotations

import datetime as dt
import json

from itinerary.model import Itinerary
from itinerary.views.timeline import DAY_MS, ORDER_TITLE, UNKNOWN_TITLE, build_timeline
from tests.views_helpers import HOSTILE, hostile, many, sample_like


def points(fig) -> list[dict]:
    """Every bar as {seq, y, base, x, trace, xaxis, line width}, in trace order."""
    out = []
    for tr in fig.data:
        widths = tr.marker.line.width
        for i, cd in enumerate(tr.customdata):
            out.append({"seq": cd[0], "y": tr.y[i], "base": tr.base[i], "x": tr.x[i], "name": tr.name,
                        "xaxis": tr.xaxis, "width": widths[i], "pattern": tr.marker.pattern.shape})
    return out


def test_dated_stops_are_bars_on_a_date_axis_and_undated_stand_apart() -> None:
    it = sample_like()  # stops 1 and 2 dated, 3–5 not
    fig = build_timeline(it)
    pts = {p["seq"]: p for p in points(fig)}
    assert set(pts) == {1, 2, 3, 4, 5}
    assert pts[1]["base"] == "2024-10-17" and pts[1]["x"] == 2 * DAY_MS
    assert pts[2]["base"] == "2024-10-19" and pts[2]["x"] == DAY_MS
    assert fig.layout.xaxis.type == "date"
    assert {pts[s]["xaxis"] for s in (3, 4, 5)} == {"x2"}
    assert fig.layout.xaxis2.title.text == UNKNOWN_TITLE
    assert "Dates unknown for 3 of 5 stops" in fig.layout.title.text


def test_rows_follow_the_itinerary_order() -> None:
    fig = build_timeline(sample_like())
    assert list(fig.layout.yaxis.categoryarray) == ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City"]
    assert fig.layout.yaxis.autorange == "reversed"


def test_undated_trip_is_an_ordered_sequence_that_says_dates_are_unknown() -> None:
    fig = build_timeline(sample_like(dated=False))
    pts = sorted(points(fig), key=lambda p: p["seq"])
    assert [p["base"] for p in pts] == [0, 1, 2, 3, 4]
    assert fig.layout.xaxis.title.text == ORDER_TITLE
    assert fig.layout.xaxis.type != "date"
    assert all(tr.text and set(tr.text) == {"date unknown"} for tr in fig.data)


def test_planned_is_styled_apart() -> None:
    fig = build_timeline(hostile())
    by_seq = {p["seq"]: p for p in points(fig)}
    assert by_seq[1]["name"] == "visited" and by_seq[1]["pattern"] == ""
    assert by_seq[2]["name"] == "planned" and by_seq[2]["pattern"] == "/"


def test_selection_is_outlined_and_its_label_bold() -> None:
    fig = build_timeline(sample_like(), selected=3)
    by_seq = {p["seq"]: p for p in points(fig)}
    assert by_seq[3]["width"] == 4 and all(by_seq[s]["width"] == 1 for s in (1, 2, 4, 5))
    assert "<b>3. Kyiv</b>" in fig.layout.yaxis.ticktext
    assert sum(t.startswith("<b>") for t in fig.layout.yaxis.ticktext) == 1


def test_custom_data_carries_the_seq() -> None:
    for tr in build_timeline(sample_like()).data:
        assert all(isinstance(cd[0], int) for cd in tr.customdata)


def test_hostile_text_is_escaped() -> None:
    fig = build_timeline(hostile(), selected=1)
    text = fig.to_json()
    assert HOSTILE not in text and "<img" not in text and "</script" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in json.loads(text)["data"][0]["customdata"][0][1]


def test_empty_and_large() -> None:
    assert "No stops" in build_timeline(Itinerary()).layout.title.text
    fig = build_timeline(many(500))
    assert sum(len(tr.customdata) for tr in fig.data) == 500
    assert fig.layout.height <= 700


def test_single_day_from_end_only() -> None:
    it = sample_like()
    stop = it.stops[0]
    import dataclasses

    it2 = it.with_stops([dataclasses.replace(stop, start=None, end=dt.date(2024, 10, 18)), *it.stops[1:]])
    pts = {p["seq"]: p for p in points(build_timeline(it2))}
    assert pts[1]["base"] == "2024-10-18" and pts[1]["x"] == DAY_MS
