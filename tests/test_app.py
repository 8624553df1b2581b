"""The dashboard script under Streamlit's AppTest: it runs, shows the trip, and says what is wrong."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

import itinerary.extraction as extraction
from itinerary.model import Itinerary
from tests.conftest import ROOT
from tests.views_helpers import hostile, sample_like

APP = str(ROOT / "app.py")


def _patch_extract(monkeypatch: pytest.MonkeyPatch, make) -> None:
    def fake(text, *, published=None, traveler=None, source=None):
        it = make(text)
        return extraction.Extraction(it, ())

    monkeypatch.setattr(extraction, "extract", fake)


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    st.cache_data.clear()
    yield
    st.cache_data.clear()


def run(at: AppTest | None = None) -> AppTest:
    """Run the script; a new session also gets the map's first report, as a browser would send it."""
    fresh = at is None
    at = at or AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    if fresh:
        at.session_state["map"] = {"last_object_clicked_tooltip": None, "last_object_clicked_count": 0}
        at.run()
        assert not at.exception, [e.message for e in at.exception]
    return at


def card_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_runs_on_the_real_sample_without_exception() -> None:
    at = run()
    assert at.radio(key="source").value == "Sample"
    assert at.sidebar.date_input[0].value.isoformat() == "2024-10-23"  # from the sample's metadata
    assert at.sidebar.text_input[0].value == "Lloyd J. Austin III"  # found in the story
    assert at.selectbox(key="selected").options == ["—", "1. Brussels", "2. Rome", "3. Kyiv", "4. Rome",
                                                     "5. Vatican City"]
    assert not at.error


def test_shows_the_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: sample_like())
    at = run()
    assert at.subheader[0].value == "Lloyd J\\. Austin III's trip"
    assert at.sidebar.text_input[0].value == "Lloyd J. Austin III"  # the traveler, prefilled
    stops = at.selectbox(key="selected")
    assert stops.options == ["—", "1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City"]
    assert [m.value for m in at.metric][:1] == ["5"]
    assert not at.error


def test_selecting_a_stop_shows_its_card(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: sample_like())
    at = run()
    at.selectbox(key="selected").select(3)
    run(at)
    text = card_text(at)
    assert "3\\. Kyiv" in text and "Zelenskyy" in text and "90%" in text


def test_input_errors_are_messages_and_the_last_trip_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: sample_like())
    at = run()
    monkeypatch.setenv("ITINERARY_MAX_BYTES", "100")
    at.radio(key="source").set_value("Paste text")
    run(at)
    at.text_area(key="pasted").input("x" * 500)
    run(at)
    assert [e.value for e in at.error] == ["the pasted text is 500 bytes, over the limit of 100 bytes"]
    assert at.subheader[0].value == "Lloyd J\\. Austin III's trip"  # still on screen
    assert len(at.selectbox(key="selected").options) == 6


def test_a_story_without_a_trip_keeps_the_previous_one(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: sample_like() if "Zelenskyy" in text else Itinerary(warnings=("no trip found",)))
    at = run()
    at.radio(key="source").set_value("Paste text")
    run(at)
    at.text_area(key="pasted").input("The committee met to discuss the budget.")
    run(at)
    assert any("No trip was found" in w.value for w in at.warning)
    assert len(at.selectbox(key="selected").options) == 6


def test_hostile_text_is_escaped_in_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: hostile())
    at = run()
    at.selectbox(key="selected").select(1)
    run(at)
    for md in at.markdown:  # every < and [ from the text is backslash-escaped
        assert not re.search(r"(?<!\\)[<\[]", md.value), md.value
    assert "\\<img src\\=x onerror\\=alert\\(1\\)\\>" in card_text(at)
    for el in at.get("html"):
        body = el.proto.body.split("</style>", 1)[-1]
        assert "<img" not in body and "<script" not in body


def test_a_url_only_when_online_and_refusals_are_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: sample_like())
    at = run()
    assert "URL" not in at.radio(key="source").options  # offline by default
    at.toggle(key="online").set_value(True)
    run(at)
    at.radio(key="source").set_value("URL")
    run(at)
    at.text_input(key="url").input("http://127.0.0.1:9/story.html")  # loopback: refused before any request
    run(at)
    assert len(at.error) == 1 and "127.0.0.1" in at.error[0].value
    assert len(at.selectbox(key="selected").options) == 6  # the trip stays


def test_upload_checks() -> None:
    from itinerary.errors import BinaryInputError, EmptyInputError
    from itinerary.views.state import document_from_upload

    with pytest.raises(BinaryInputError):
        document_from_upload(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "photo.txt")
    with pytest.raises(EmptyInputError):
        document_from_upload(b"   \n", "empty.md")
    doc = document_from_upload(b"Headline here\n\nThe minister flew to Rome on Monday.", "story.md")
    assert doc.source.title == "Headline here" and doc.source.path == "story.md"
    page = b"<html><head><title>T</title></head><body><article><p>The minister flew to Rome on Monday " \
           b"and met the prime minister there for talks.</p></article></body></html>"
    assert "Rome" in document_from_upload(page, "page.html").text


def test_the_timeline_and_table_follow_once_the_map_has_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    _patch_extract(monkeypatch, lambda text: sample_like())
    at = AppTest.from_file(APP, default_timeout=60).run()  # before the map has reported
    assert not at.exception
    assert not at.get("plotly_chart") and not at.dataframe and not at.metric and not at.get("html")
    assert "Drawing the timeline…" in [c.value for c in at.caption]
    at.session_state["map"] = {"last_object_clicked_tooltip": None, "last_object_clicked_count": 0}  # its first report
    run(at)
    assert len(at.get("plotly_chart")) == 1
    assert len(at.dataframe) == 1  # the stop table
    assert "Drawing the timeline…" not in [c.value for c in at.caption]
    from itinerary.exports import EXPORTERS

    assert len(at.metric) == 4 and len(at.get("html")) == 1 and len(at.get("download_button")) == len(EXPORTERS)


def test_an_extractor_bug_is_a_message_and_the_trip_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    def make(text: str):
        if "budget" in text:
            raise RuntimeError("boom")
        return sample_like()

    _patch_extract(monkeypatch, make)
    at = run()
    at.radio(key="source").set_value("Paste text")
    run(at)
    at.text_area(key="pasted").input("The committee met to discuss the budget.")
    run(at)
    assert [e.value for e in at.error] == ["This story could not be read (an internal error, logged on the server); "
                                           "the previous itinerary stays on screen."]
    assert len(at.selectbox(key="selected").options) == 6


def test_the_rest_follows_on_any_next_run_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the map never report, the next widget change brings the timeline."""
    _patch_extract(monkeypatch, lambda text: sample_like())
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.get("plotly_chart")
    at.selectbox(key="selected").select(2)
    at.run()
    assert len(at.get("plotly_chart")) == 1 and "2\\. Rome" in card_text(at)
