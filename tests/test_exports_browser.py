"""The standalone HTML export in a real browser, opened from disk with the network cut off.

Every request for a non-file URL is aborted and recorded; the page must show the numbered markers
and the timeline, fire no dialog, log no error (a Content-Security-Policy refusal is one), and make
no request that would leave the machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from itinerary.exports import export
from itinerary.model import Itinerary, itinerary_from_dict
from tests.test_exports import HOSTILE, hostile, sample

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


@dataclass
class Guard:
    """What the page tried: requests to the network (aborted), dialogs, console errors."""

    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def open_offline(page: Any, path: Path) -> Guard:
    guard = Guard()

    def route(r: Any) -> None:
        if r.request.url.startswith(LOCAL_SCHEMES):
            r.continue_()
        else:
            guard.blocked.append(r.request.url)
            r.abort()

    def dialog(d: Any) -> None:
        guard.dialogs.append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on("dialog", dialog)
    page.on("console", lambda m: guard.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: guard.errors.append(str(e)))
    page.goto(path.as_uri())
    return guard


def write(tmp_path: Path, it: Itinerary, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(export(it, "html"))
    return path


def marker_titles(page: Any) -> list[str]:
    frame = page.frame_locator("iframe.map")
    frame.locator(".leaflet-marker-icon[title]").first.wait_for(timeout=20_000)
    titles: list[str] = frame.locator(".leaflet-marker-icon[title]").evaluate_all("els => els.map(e => e.title)")
    return titles


def resource_urls(page: Any) -> list[str]:
    urls: list[str] = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    for frame in page.frames:
        urls += frame.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    return urls


def test_html_export_offline_shows_markers_and_timeline(page: Any, tmp_path: Path) -> None:
    it = sample()
    guard = open_offline(page, write(tmp_path, it, "trip.html"))
    labels = ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City"]
    assert marker_titles(page) == labels

    frame = page.frame_locator("iframe.map")
    frame.locator('.leaflet-marker-icon[title="3. Kyiv"]').hover()
    assert frame.locator(".leaflet-tooltip").first.inner_text() == "3. Kyiv"
    frame.locator('.leaflet-marker-icon[title="3. Kyiv"]').click()
    assert "Volodymyr Zelenskyy" in frame.locator(".leaflet-popup-content").inner_text()
    assert frame.locator(".leaflet-overlay-pane path").count() >= 3  # route legs (and the basemap)

    timeline = page.locator("#itinerary-timeline")
    timeline.locator(".main-svg").first.wait_for(timeout=20_000)
    assert timeline.locator(".ytick text").all_text_contents() == labels
    assert timeline.locator(".bars path").count() == len(it.stops)

    assert page.locator("ol.stops > li h3").all_text_contents() == labels
    assert "he first participated" in page.locator("#stop-1 blockquote").inner_text()
    footer = page.locator("footer").inner_text()
    for credit in ("GeoNames", "CC BY 4.0", "Natural Earth", "public domain", "Leaflet"):
        assert credit in footer

    page.wait_for_timeout(300)  # let late scripts (resize, fonts) run before the verdict
    assert guard.dialogs == []
    assert guard.blocked == [], "the page asked the network"
    assert guard.errors == []
    assert all(url.startswith(LOCAL_SCHEMES) for url in resource_urls(page))


def test_html_export_of_hostile_text_runs_nothing(page: Any, tmp_path: Path) -> None:
    it = hostile()
    guard = open_offline(page, write(tmp_path, it, "hostile.html"))
    assert marker_titles(page) == [f"1. {HOSTILE}", "2. -Madrid"]  # shown as text
    page.locator("#itinerary-timeline .main-svg").first.wait_for(timeout=20_000)
    assert page.locator("#stop-1 h3").inner_text() == f"1. {HOSTILE}"
    assert page.locator("title").inner_text().endswith(HOSTILE)
    assert page.locator('img[src="x"]').count() == 0
    assert page.frame_locator("iframe.map").locator('img[src="x"]').count() == 0
    island = page.evaluate("JSON.parse(document.getElementById('itinerary-data').textContent)")
    assert itinerary_from_dict(island) == it
    page.wait_for_timeout(300)
    assert guard.dialogs == []
    assert guard.blocked == []
    assert guard.errors == []


def test_the_network_guard_sees_requests(page: Any, tmp_path: Path) -> None:
    """Control: the same guard records and aborts a page's request to another host."""
    path = tmp_path / "leaky.html"
    path.write_text('<!DOCTYPE html><img src="http://example.invalid/pixel.png"><script>alert("x")</script>')
    guard = open_offline(page, path)
    page.wait_for_timeout(300)
    assert guard.blocked == ["http://example.invalid/pixel.png"]
    assert guard.dialogs == ["x"]
