"""The itinerary dashboard (Streamlit): layout and widgets only; the views do the work.

Run with ``streamlit run app.py`` in a clone or ``itinerary app`` when installed (which runs this
file). The session holds one :class:`~itinerary.views.state.Trip` (the extracted itinerary and its
text) under ``"trip"``; the current itinerary is the editor's table applied to it on every run, and
the map, timeline, statistics and exports all derive from that. The selected stop is the value of
the ``"selected"`` select box, which clicks on the map and the timeline set.
"""

from __future__ import annotations

from itinerary import preload

preload.wait()  # under ``itinerary app`` the imports below happen in the background while the page loads

import datetime as dt
import logging
import time
from functools import partial
from pathlib import Path
from typing import Any

import streamlit as st
from streamlit_folium import st_folium

from itinerary.errors import ItineraryError
from itinerary.model import Itinerary, Stop
from itinerary.sources import Document
from itinerary.views import build_base_map, build_layers, build_timeline
from itinerary.views.assets import ensure_static
from itinerary.views.editing import (
    COLUMNS,
    apply_editor_state,
    default_geocoder,
    itinerary_from_table,
    table_from_itinerary,
)
from itinerary.views.format import escape_markdown, place_line, stop_dates, stop_label
from itinerary.views.highlight import highlight_html
from itinerary.views.state import (
    UPLOAD_TYPES,
    Trip,
    document_from_paste,
    document_from_upload,
    document_from_url,
    fetch_available,
    input_key,
    list_samples,
    load_sample,
    sample_title,
    seq_from_map,
    seq_from_timeline,
    text_id,
)
from itinerary.views.stats import trip_stats

_LOG = logging.getLogger(__name__)
MAP_HEIGHT = 520
PAINT_GRACE_S = 0.3
MAP_RETURNS = ["last_object_clicked_tooltip", "last_object_clicked_count"]
EXPORT_LABELS = {"csv": "CSV", "json": "JSON", "geojson": "GeoJSON", "kml": "KML", "gpx": "GPX", "ics": "ICS",
                 "html": "HTML", "timelinejs": "TimelineJS", "png": "PNG", "svg": "SVG", "pdf": "PDF"}
EXPORT_HELP = {"csv": "Spreadsheet, one row per stop", "json": "The itinerary (schema 1)",
               "geojson": "Points and route for GIS", "kml": "Google Earth", "gpx": "GPS apps",
               "ics": "Calendar: one all-day event per dated stop", "html": "A standalone page that works offline",
               "timelinejs": "Knight Lab TimelineJS", "png": "The timeline as an image", "svg": "The timeline as SVG",
               "pdf": "The timeline as PDF"}


# --- cached work ---------------------------------------------------------------------------------

@st.cache_resource(show_spinner=False)
def _asset_mode(app_dir: str) -> str:
    """``local`` when Streamlit serves our static folder, else ``data`` (assets as data: URIs)."""
    if st.get_option("server.enableStaticServing") and ensure_static(Path(app_dir)):
        return "local"
    return "data"


@st.cache_data(show_spinner=False, max_entries=8)
def _sample(name: str) -> Document:
    return load_sample(name)


@st.cache_data(show_spinner=False, max_entries=8)
def _upload(data: bytes, name: str) -> Document:
    return document_from_upload(data, name)


@st.cache_data(show_spinner=False, max_entries=8)
def _paste(text: str) -> Document:
    return document_from_paste(text)


@st.cache_data(show_spinner="Fetching…", max_entries=8, ttl=3600)
def _url(url: str) -> Document:
    return document_from_url(url)


@st.cache_data(show_spinner="Reading the story…", max_entries=16)
def _extract(doc: Document, published: dt.date | None, traveler: str | None) -> Any:
    from itinerary.extraction import extract

    return extract(doc.text, published=published, traveler=traveler, source=doc.source)


@st.cache_resource(show_spinner=False)
def _geocoder() -> Any:
    return default_geocoder()


# --- callbacks -----------------------------------------------------------------------------------

def _on_map_click() -> None:
    seq = seq_from_map(st.session_state.get("map"), 1_000_000)
    if seq is not None:
        st.session_state["selected"] = seq


def _on_timeline_select() -> None:
    seq = seq_from_timeline(st.session_state.get("timeline"), 1_000_000)
    if seq is not None:
        st.session_state["selected"] = seq


def _reset_edits() -> None:
    trip: Trip | None = st.session_state.get("trip")
    if trip is not None:
        st.session_state["trip"] = trip.reset()


# --- sections ------------------------------------------------------------------------------------

def _read_input(online: bool, problems: list[str]) -> Document | None:
    """The sidebar's story input: a sample, pasted text, an uploaded file, or a URL when online."""
    choices = ["Sample", "Paste text", "Upload a file"] + (["URL"] if online and fetch_available() else [])
    if st.session_state.get("source") not in choices:
        st.session_state["source"] = "Sample"
    source = st.sidebar.radio("Story", choices, key="source", horizontal=True)
    try:
        if source == "Sample":
            name = st.sidebar.selectbox("Sample article", list_samples(), key="sample", format_func=sample_title)
            return _sample(name) if name else None
        if source == "Paste text":
            text = st.sidebar.text_area("Article text", key="pasted", height=220,
                                        placeholder="Paste a news story about an official's trip, then press Ctrl+Enter")
            return _paste(text) if text.strip() else None
        if source == "Upload a file":
            up = st.sidebar.file_uploader("Article file", type=list(UPLOAD_TYPES), key="upload")
            return _upload(up.getvalue(), up.name) if up is not None else None
        url = st.sidebar.text_input("Article URL", key="url", placeholder="https://…")
        return _url(url.strip()) if url.strip() else None
    except ItineraryError as exc:
        problems.append(str(exc))
        return None


def _update_trip(doc: Document | None, problems: list[str], notes: list[str]) -> Trip | None:
    """Extract from ``doc`` (with the sidebar's date and traveler) and keep it when it holds a trip."""
    trip: Trip | None = st.session_state.get("trip")
    if doc is None:
        return trip
    doc_id = text_id(doc.text)
    published = st.sidebar.date_input("Published", value=doc.published, key=f"published-{doc_id}",
                                      help="Resolves weekdays and years in the story", format="YYYY-MM-DD")
    published = published if isinstance(published, dt.date) else None
    try:
        guess = _extract(doc, published, None)
        guessed = guess.itinerary.traveler or ""
        traveler = st.sidebar.text_input("Traveler", value=guessed, key=f"traveler-{doc_id}",
                                         help="Who travels; found in the story, and yours to change").strip()
        found = guess if traveler == guessed else _extract(doc, published, traveler or None)
    except ItineraryError as exc:
        problems.append(str(exc))
        return trip
    except Exception:  # a bug in the extractor must not take the last good itinerary off the screen
        _LOG.exception("extraction failed")
        problems.append("This story could not be read (an internal error, logged on the server); "
                        "the previous itinerary stays on screen.")
        return trip
    key = input_key(doc.text, published, traveler)
    if trip is not None and trip.input_key == key:
        return trip
    if not found.itinerary.stops and trip is not None and trip.itinerary.stops:
        notes.append("No trip was found in this story, so the previous itinerary stays on screen.")
        return trip
    trip = Trip(doc.text, found.itinerary, tuple(found.mentions), key)
    st.session_state["trip"] = trip
    if "selected" in st.session_state:  # a new trip: nothing selected
        st.session_state["selected"] = None
    return trip


def _stop_card(stop: Stop | None) -> None:
    with st.container(border=True, key="card"):
        if stop is None:
            st.caption("Click a marker on the map or a bar on the timeline to see a stop here.")
            return
        st.markdown(f"#### {escape_markdown(stop_label(stop))}")
        lines = [("Place", place_line(stop)), ("Venue", stop.venue), ("Event", stop.event),
                 ("People", ", ".join(stop.people)), ("Dates", stop_dates(stop)),
                 ("Status", stop.status), ("Confidence", f"{stop.confidence:.0%}")]
        st.markdown("  \n".join(f"**{k}:** {escape_markdown(v)}" for k, v in lines if v))
        if stop.evidence:
            st.markdown("> " + escape_markdown(stop.evidence).replace("  \n", " "))


def _statistics(it: Itinerary) -> None:
    s = trip_stats(it)
    a, b = st.columns(2)
    c, d = st.columns(2)
    a.metric("Stops", s.stops)
    b.metric("Countries", s.country_count)
    c.metric("Days", s.days if s.days is not None else "—")
    d.metric("Distance", f"{s.total_km:,.0f} km")
    if s.legs:
        with st.expander("Legs (great-circle distance)"):
            st.markdown("\n".join(
                f"{leg.from_seq} → {leg.to_seq}: {escape_markdown(leg.from_place)} → {escape_markdown(leg.to_place)}, "
                f"{leg.km:,.0f} km  " for leg in s.legs))


def _exports(it: Itinerary) -> None:
    try:
        from itinerary import exports
    except ImportError:
        st.caption("Exports are not available in this installation.")
        return
    formats = list(exports.EXPORTERS)
    cols = st.columns(3)
    for i, fmt in enumerate(formats):
        cols[i % 3].download_button(
            EXPORT_LABELS.get(fmt, fmt.upper()), help=EXPORT_HELP.get(fmt), data=partial(exports.export, it, fmt), file_name=f"itinerary{exports.EXTENSIONS[fmt]}",
            mime=exports.MEDIA_TYPES[fmt], key=f"download-{fmt}", on_click="ignore", width="stretch",
        )


def _stop_editor(trip: Trip, table: Any) -> None:
    st.data_editor(
        table, key=trip.editor_key, num_rows="dynamic", hide_index=True,
        width="stretch", column_order=[c for c in COLUMNS if c != "row"],
        column_config={
            "#": st.column_config.NumberColumn("#", help="Order: type a number to move a stop", min_value=1,
                                               step=1, width="small"),
            "place": st.column_config.TextColumn("Place", help="Change it and it is geocoded again", required=True),
            "country": st.column_config.TextColumn("Country", disabled=True),
            "event": st.column_config.TextColumn("Event"),
            "venue": st.column_config.TextColumn("Venue"),
            "start": st.column_config.DateColumn("Start", format="YYYY-MM-DD"),
            "end": st.column_config.DateColumn("End", format="YYYY-MM-DD"),
            "status": st.column_config.SelectboxColumn("Status", options=["visited", "planned"], required=True),
            "lat": st.column_config.NumberColumn("Lat", min_value=-90.0, max_value=90.0, format="%.4f"),
            "lon": st.column_config.NumberColumn("Lon", min_value=-180.0, max_value=180.0, format="%.4f"),
        },
    )
    st.button("Reset to the extracted stops", on_click=_reset_edits, key="reset")


# --- the page ------------------------------------------------------------------------------------

def main() -> None:
    st.set_page_config(page_title="itinerary", page_icon=":world_map:", layout="wide")
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    app_dir = str(Path(ctx.main_script_path).parent) if ctx is not None else str(Path.cwd())
    problems: list[str] = []
    notes: list[str] = []

    st.sidebar.title("itinerary")
    online = st.sidebar.toggle("Use the network", key="online",
                               help="Online map tiles and reading a story from a URL. Off: nothing leaves this machine.")
    doc = _read_input(online, problems)
    trip = _update_trip(doc, problems, notes)

    title_area = st.container()
    head = st.container()
    for message in problems:
        head.error(message, icon=":material/error:")
    for message in notes:
        head.warning(message)
    if trip is None:
        head.info("Choose a story in the sidebar.")
        return

    top_left, top_right = st.columns([3, 2], gap="medium")
    with top_left:
        map_area = st.container()
        timeline_area = st.container()
    edit_tab, source_tab = st.tabs(["Edit stops", "Source text"])
    base_table = table_from_itinerary(trip.itinerary)
    rows = apply_editor_state(base_table, st.session_state.get(trip.editor_key))
    edited = itinerary_from_table(rows, trip.itinerary, _geocoder())
    current = edited.itinerary
    for message in edited.messages:
        head.warning(message)
    for warning in current.warnings:
        head.info(warning)
    title_area.subheader(escape_markdown(f"{current.traveler}'s trip" if current.traveler else "The trip"), anchor=False)
    what = " · ".join(x for x in (current.source.title,
                                  f"published {current.published.isoformat()}" if current.published else None) if x)
    title_area.caption(escape_markdown(what))

    options: list[int | None] = [None, *[s.seq for s in current.stops]]
    # The map goes first. Everything else that loads frontend code of its own (plotly and the data grid
    # above all: 6 MB of script to parse on the page's one main thread) waits for the session's next run
    # (the map's first report, which streamlit-folium sends once it has drawn, or any widget change),
    # and a moment more, so the map is painted first. The select box's state exists from the first run on.
    painted = "map" in st.session_state or "selected" in st.session_state
    if st.session_state.get("selected") not in options:
        st.session_state["selected"] = None
    selected: int | None = st.session_state.get("selected")  # the select box below shows it

    with map_area:
        st_folium(
            build_base_map(current, assets=_asset_mode(app_dir), online=online),
            key="map", height=MAP_HEIGHT, use_container_width=True, returned_objects=MAP_RETURNS,
            feature_group_to_add=build_layers(current, selected), on_change=_on_map_click,
        )

    with top_right:
        st.selectbox("Stop", options, key="selected",
                     format_func=lambda s: "—" if s is None else stop_label(current.stops[s - 1]))
        _stop_card(current.stops[selected - 1] if selected else None)
        if painted:
            _statistics(current)
            with st.expander("Export", expanded=True):
                _exports(current)

    with timeline_area:
        if painted:
            if "timeline" not in st.session_state:  # once a session: give the browser time to paint the map
                time.sleep(PAINT_GRACE_S)
            st.plotly_chart(build_timeline(current, selected), key="timeline", on_select=_on_timeline_select,
                            selection_mode="points", width="stretch", config={"displayModeBar": False})
        else:
            st.caption("Drawing the timeline…")

    with edit_tab, st.container(key="stops-editor"):
        if painted:
            _stop_editor(trip, base_table)
        else:
            st.caption("Loading the stop table…")

    with source_tab:
        if painted:
            st.html(highlight_html(trip.text, current, trip.mentions, selected))


if __name__ == "__main__":
    main()
