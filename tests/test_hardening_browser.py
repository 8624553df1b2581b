"""Script payloads from a story, in a real browser: nothing runs, the text shows literally.

The hostile article of ``tests/fixtures`` goes through the command line (extraction included) into
the standalone HTML export; a hand-built itinerary carries a payload in every field. Each page is
opened from disk in Debian's chromium with every network request aborted; every marker's tooltip
and popup is opened. No dialog may open, no payload element may exist in the DOM, no script error
may be logged, and the payload text must be on screen as text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from itinerary.cli import main
from itinerary.exports import export
from itinerary.model import Itinerary, from_json
from tests.test_hardening_outputs import ARTICLE, hostile_itinerary

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LOCAL = ("file:", "data:", "blob:", "about:")
#: Elements that only a payload would create.
INJECTED = ('img[src="x"], svg[onload], iframe:not(.map):not([data-testid="stCustomComponentV1"]), '
            'a[href^="javascript:"], [onerror], [onload]')


class Watch:
    """Dialogs, page errors and network requests of a page, recorded from before it loads."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.route("**/*", self._route)

    def _dialog(self, d: Any) -> None:
        self.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    def _route(self, r: Any) -> None:
        if r.request.url.startswith(LOCAL):
            r.continue_()
        else:
            self.requests.append(r.request.url)
            r.abort()


def injected(page: Any) -> int:
    return sum(frame.locator(INJECTED).count() for frame in page.frames)


def open_export(page: Any, path: Path) -> Watch:
    watch = Watch(page)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return watch


def open_every_marker(page: Any) -> list[str]:
    """Hover and click each marker of the map frame; the popups' texts."""
    frame = page.frame_locator("iframe.map")
    markers = frame.locator(".leaflet-marker-icon[title]")
    texts = []
    for i in range(markers.count()):
        marker = markers.nth(i)  # markers may overlap: events go to each one directly
        marker.dispatch_event("mouseover")
        marker.dispatch_event("click")
        popup = frame.locator(".leaflet-popup-content").last
        popup.wait_for(timeout=10_000)
        texts.append(popup.inner_text())
        frame.locator(".leaflet-popup-close-button").last.dispatch_event("click")
    return texts


def test_the_hand_built_hostile_itinerary_in_the_html_export(page: Any, tmp_path: Path) -> None:
    it = hostile_itinerary()
    path = tmp_path / "hostile.html"
    path.write_bytes(export(it, "html"))
    watch = open_export(page, path)
    frame = page.frame_locator("iframe.map")
    frame.locator(".leaflet-marker-icon[title]").first.wait_for(timeout=20_000)
    popups = open_every_marker(page)
    assert len(popups) == len(it.stops)
    assert "<img src=x onerror=alert(1)>" in popups[0]  # shown, literally
    assert "Talks <script>alert(1)</script>" in popups[0]
    body = page.locator("body").inner_text()
    for payload in ("<script>alert(1)</script>", "<svg onload=alert(4)>", "javascript:alert(8)"):
        assert payload in body
    assert page.title().startswith("Title <script>alert(1)</script>") or "<script>alert(1)</script>" in page.title()
    page.wait_for_timeout(500)
    assert watch.dialogs == []
    assert injected(page) == 0
    assert watch.errors == []
    assert watch.requests == []


def _article_itinerary(tmp_path: Path) -> tuple[Itinerary, Path]:
    out_json, out_html = tmp_path / "trip.json", tmp_path / "trip.html"
    assert main(["parse", str(ARTICLE), "--format", "json", "-o", str(out_json)]) == 0
    assert main(["parse", str(ARTICLE), "--format", "html", "-o", str(out_html)]) == 0
    return from_json(out_json.read_bytes()), out_html


def test_the_hostile_article_through_the_cli_into_the_html_export(page: Any, tmp_path: Path) -> None:
    it, path = _article_itinerary(tmp_path)
    watch = open_export(page, path)
    page.locator("body").wait_for()
    if it.stops:
        open_every_marker(page)
    body = page.locator("body").inner_text()
    assert "<script>alert(1)</script>" in body  # the headline, at least, is on the page as text
    for stop in it.stops:
        for text in (stop.venue, stop.event):
            if text and "<" in text:
                assert text in body
    page.wait_for_timeout(500)
    assert watch.dialogs == []
    assert injected(page) == 0
    assert watch.errors == []
    assert watch.requests == []


def test_the_watch_sees_a_dialog(page: Any, tmp_path: Path) -> None:
    """Control: the same watch records a payload that does run."""
    path = tmp_path / "bad.html"
    path.write_text("<!DOCTYPE html><title>x</title><img src=x onerror=alert(1)>", encoding="utf-8")
    watch = open_export(page, path)
    page.wait_for_timeout(500)
    assert watch.dialogs == ["alert: 1"]
    assert injected(page) == 1


# --- the dashboard ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from tests import dashboard_server

    srv = dashboard_server.start(dashboard_server.APP, log=tmp_path_factory.mktemp("dash") / "streamlit.log")
    yield srv
    srv.stop()


def test_the_hostile_article_pasted_into_the_dashboard(browser: Any, dashboard: Any) -> None:
    """The real app and the real extractor: the article is pasted as a user would paste it."""
    from itinerary.extraction import extract
    from itinerary.views.state import document_from_paste
    from tests.test_dashboard_browser import TIMEOUT, Page

    article = ARTICLE.read_text(encoding="utf-8")
    doc = document_from_paste(article)
    expected = extract(doc.text, source=doc.source).itinerary
    assert expected.stops, "the extractor finds the trip in the hostile article"
    labels = [f"{s.seq}. {s.place.name}" for s in expected.stops]

    dash = Page(browser, dashboard.url)
    try:
        page = dash.page
        page.on("pageerror", lambda e: dash.dialogs.append(f"page error: {e}"))
        dash.map.locator(".itin-pin").first.wait_for(timeout=TIMEOUT)  # the sample is on screen
        page.get_by_text("Paste text").click()
        area = page.locator(".st-key-pasted textarea")
        area.fill(article)
        area.press("Control+Enter")
        dash.marker(labels[-1]).wait_for(timeout=TIMEOUT)
        titles = dash.map.locator(".leaflet-marker-icon[title]").evaluate_all("els => els.map(e => e.title)")
        assert [t for t in titles if t in labels] == labels

        for stop, label in zip(expected.stops, labels, strict=True):
            dash.marker(label).dispatch_event("click")
            popup = dash.map.locator(".leaflet-popup-content").last
            popup.wait_for(timeout=TIMEOUT)
            shown = popup.inner_text()
            assert label in shown
            for text in (stop.venue, stop.event):
                if text:
                    assert text in shown
        headline = page.get_by_text('Minister <script>alert(1)</script> tours Europe & "friends"', exact=False)
        headline.first.wait_for(timeout=TIMEOUT)  # the story's title, shown as text

        page.get_by_role("tab", name="Source text").click()
        source = page.locator(".itin-src")
        source.wait_for(timeout=TIMEOUT)
        for payload in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
                        '<a href="javascript:alert(1)">Mariinskyi Palace</a>', "</textarea><svg onload=alert(1)>"):
            assert payload in source.inner_text()

        page.wait_for_timeout(500)
        assert dash.dialogs == []
        found = [f.locator(INJECTED).evaluate_all("els => els.map(e => e.outerHTML.slice(0, 300))") for f in page.frames]
        assert injected(page) == 0, found
        assert dash.outside == []
    finally:
        dash.close()
