"""The itinerary as a plotly timeline: dated stops as bars on a date axis, undated stops in order.

Pure function, no Streamlit. One row per stop, in itinerary order from the top, labelled
``"N. Place"``. Dated stops are bars from their first to their last day. Stops without dates are
not placed on the date axis: they stand in a separate panel headed "Date unknown" (or, when no stop
has a date, as a sequence on an axis titled "Order in the story — dates unknown"). Planned stops are
hatched and coloured apart. Every point's ``customdata[0]`` is the stop's sequence number, which is
what a selection event hands back. Plotly renders hover text, tick labels and bar text as HTML-ish
markup, so every text from the article is HTML-escaped.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from itinerary.model import Itinerary, Stop
from itinerary.views.format import escape_html, stop_dates, stop_label
from itinerary.views.map import PLANNED_COLOR, SELECTED_COLOR, VISITED_COLOR

DAY_MS = 86_400_000
UNKNOWN_TITLE = "Date unknown"
ORDER_TITLE = "Order in the story — dates unknown"
HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<br><i>%{customdata[4]}</i><extra></extra>"


@dataclass(frozen=True, slots=True)
class _Row:
    stop: Stop
    category: str  # the y value (escaped label, unique thanks to the number)
    first: dt.date | None
    last: dt.date | None

    @property
    def dated(self) -> bool:
        return self.first is not None


def _rows(itinerary: Itinerary) -> list[_Row]:
    out = []
    for s in itinerary.stops:
        first = s.start or s.end
        last = s.end or s.start
        out.append(_Row(s, escape_html(stop_label(s)), first, last))
    return out


def _customdata(stop: Stop) -> list[object]:
    what = " · ".join(x for x in (stop.venue, stop.event) if x) or "&#160;"
    return [
        stop.seq,
        escape_html(stop_label(stop)),
        escape_html(stop_dates(stop)),
        escape_html(what) if what != "&#160;" else what,
        escape_html(stop.status),
    ]


def _bar(rows: list[_Row], status: str, *, base: list[object], length: list[float], name: str,
         selected: int | None, show_legend: bool, text: list[str] | None = None) -> go.Bar:
    color = VISITED_COLOR if status == "visited" else PLANNED_COLOR
    is_sel = [r.stop.seq == selected for r in rows]
    return go.Bar(
        orientation="h",
        y=[r.category for r in rows],
        base=base,
        x=length,
        name=name,
        legendgroup=status,
        showlegend=show_legend,
        customdata=[_customdata(r.stop) for r in rows],
        hovertemplate=HOVER,
        text=text,
        textposition="inside" if text else None,
        textfont={"color": "#ffffff" if status == "visited" else "#7c2d12"},
        insidetextanchor="middle" if text else None,
        # plotly's own selection styling (dimming the rest) is off: the outline marks the selected stop
        selected={"marker": {"opacity": 1}},
        unselected={"marker": {"opacity": 1}},
        marker={
            "color": color if status == "visited" else "rgba(194, 65, 12, 0.35)",
            "pattern": {"shape": "/" if status == "planned" else "", "fgcolor": color, "solidity": 0.3},
            "line": {
                "color": [SELECTED_COLOR if s else ("#ffffff" if status == "visited" else color) for s in is_sel],
                "width": [4 if s else 1 for s in is_sel],
            },
        },
    )


def build_timeline(itinerary: Itinerary, selected: int | None = None, *, height: int | None = None) -> go.Figure:
    """The timeline figure; ``selected`` (a sequence number) is outlined and its label set in bold.

    The figure of the trip is built (and validated by plotly) once; a selection only restyles a copy
    of it, which skips plotly's validation: a click on a long trip costs milliseconds, not 100 ms.
    """
    spec = copy.deepcopy(_figure_spec(itinerary, height))
    if selected is not None:
        _select(spec, selected)
    return go.Figure(spec, _validate=False)


def _select(spec: dict[str, Any], selected: int) -> None:
    for trace in spec.get("data", ()):
        line = trace["marker"]["line"]
        for i, cd in enumerate(trace.get("customdata", ())):
            if cd[0] == selected:
                line["color"][i] = SELECTED_COLOR
                line["width"][i] = 4
    yaxis = spec["layout"]["yaxis"]
    yaxis["ticktext"] = [f"<b>{t}</b>" if v == _label_of(spec, selected) else t
                         for t, v in zip(yaxis["ticktext"], yaxis["tickvals"], strict=True)]


def _label_of(spec: dict[str, Any], seq: int) -> str | None:
    for trace in spec.get("data", ()):
        for cd in trace.get("customdata", ()):
            if cd[0] == seq:
                return str(cd[1])
    return None


@functools.lru_cache(maxsize=8)
def _figure_spec(itinerary: Itinerary, height: int | None) -> dict[str, Any]:
    spec: dict[str, Any] = _figure(itinerary, None, height).to_plotly_json()
    return spec


def _figure(itinerary: Itinerary, selected: int | None, height: int | None) -> go.Figure:
    rows = _rows(itinerary)
    dated = [r for r in rows if r.dated]
    undated = [r for r in rows if not r.dated]
    categories = [r.category for r in rows]

    if dated and undated:
        fig = make_subplots(rows=1, cols=2, shared_yaxes=True, column_widths=[0.82, 0.18], horizontal_spacing=0.02)
    else:
        fig = make_subplots(rows=1, cols=1)
    legend_shown: set[str] = set()

    def show(status: str) -> bool:
        first = status not in legend_shown
        legend_shown.add(status)
        return first

    for status in ("visited", "planned"):
        part = [r for r in dated if r.stop.status == status]
        if part:
            bar = _bar(
                part, status,
                base=[r.first.isoformat() for r in part if r.first],
                length=[((r.last - r.first).days + 1) * DAY_MS for r in part if r.first and r.last],
                name=status, selected=selected, show_legend=show(status),
            )
            fig.add_trace(bar, row=1, col=1)
    col = 2 if dated else 1
    for status in ("visited", "planned"):
        part = [r for r in undated if r.stop.status == status]
        if not part:
            continue
        if dated:  # a side panel: every undated stop gets the same full-width box
            base: list[object] = [0] * len(part)
            length = [1.0] * len(part)
        else:  # a sequence: stop k occupies [k-1, k]
            base = [r.stop.seq - 1 for r in part]
            length = [1.0] * len(part)
        fig.add_trace(_bar(part, status, base=base, length=length, name=status, selected=selected,
                           show_legend=show(status), text=["date unknown"] * len(part)), row=1, col=col)

    ticktext = [f"<b>{c}</b>" if r.stop.seq == selected else c for r, c in zip(rows, categories, strict=True)]
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=categories, autorange="reversed",
                     tickmode="array", tickvals=categories, ticktext=ticktext, row=1, col=1)
    if dated:
        fig.update_xaxes(type="date", title_text="Date", tickformat="%-d %b\n%Y", row=1, col=1)
        first = min(r.first for r in dated if r.first)
        last = max(r.last for r in dated if r.last)
        if (last - first).days < 21:  # a short trip: one tick a day, padded by half a day
            pad = dt.timedelta(hours=12)
            fig.update_xaxes(dtick=DAY_MS, range=[(dt.datetime.combine(first, dt.time()) - pad).isoformat(),
                                                  (dt.datetime.combine(last, dt.time()) + dt.timedelta(days=1) + pad).isoformat()],
                             row=1, col=1)
    if undated:
        if dated:
            fig.update_xaxes(range=[0, 1], showticklabels=False, showgrid=False, zeroline=False,
                             title_text=UNKNOWN_TITLE, row=1, col=2)
        else:
            fig.update_xaxes(range=[0, len(rows)], tickmode="array", tickvals=[i + 0.5 for i in range(len(rows))],
                             ticktext=[str(i + 1) for i in range(len(rows))], showgrid=False, zeroline=False,
                             title_text=ORDER_TITLE, row=1, col=1)
    notes = []
    if undated:
        n = len(undated)
        notes.append(f"Dates unknown for {n} of {len(rows)} stop{'s' if len(rows) != 1 else ''}: shown in story order")
    if not rows:
        notes.append("No stops")
    fig.update_layout(
        height=height or min(700, 150 + 34 * max(1, len(rows))),
        margin={"l": 10, "r": 10, "t": 40 if notes else 20, "b": 40},
        barmode="overlay",
        bargap=0.25,
        clickmode="event+select",
        dragmode=False,
        hovermode="closest",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "xanchor": "right", "x": 1.0},
        title={"text": escape_html(" · ".join(notes)), "font": {"size": 13}, "x": 0.0} if notes else None,
        uirevision="timeline",
    )
    return fig
