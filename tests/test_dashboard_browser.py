"""The dashboard in a real browser: Playwright driving Debian's chromium against the dashboard started
as ``itinerary app`` starts it (and once as a plain ``streamlit run app.py``).

Every request to a host other than 127.0.0.1 is aborted and recorded, and each test ends by checking
that none was made. One test per user gesture.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests import dashboard_server
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("dashboard")]

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
SCREENSHOT = ROOT / "docs" / "dashboard.png"
TIMEOUT = 30_000

# The bar of a stop on the plotly timeline: its centre on the page, found through plotly's data.
FIND_BAR = """(seq) => {
  for (const tr of document.querySelectorAll('.js-plotly-plot .barlayer .trace')) {
    const trace = tr.__data__ && tr.__data__[0] && tr.__data__[0].trace;
    if (!trace || !trace.customdata) continue;
    for (const pt of tr.querySelectorAll('.point')) {
      const cd = trace.customdata[pt.__data__.i];
      if (cd && cd[0] === seq) {
        pt.scrollIntoView({block: 'center'});
        const r = pt.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }
    }
  }
  return null;
}"""

# The stop numbers the timeline outlines as selected.
SELECTED_BARS = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  const out = [];
  if (!gd || !gd.data) return out;  // the timeline arrives a moment after the map
  for (const tr of gd.data) {
    (tr.customdata || []).forEach((cd, i) => { if (tr.marker.line.width[i] > 1) out.push(cd[0]); });
  }
  return out;
}"""

# Where a marker is (its LatLng), found through Leaflet's layers in the map iframe.
MARKER_LATLNG = """(title) => {
  for (const layer of Object.values(map_div._layers)) {
    if (layer.options && layer.options.title === title && layer.getLatLng) {
      const p = layer.getLatLng(); return [p.lat, p.lng];
    }
  }
  return null;
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dashboard_server.Server]:
    tmp = tmp_path_factory.mktemp("dashboard")
    # the real app on the sample, started the way ``itinerary app`` starts it (warmed up in process)
    srv = dashboard_server.start(dashboard_server.APP, log=tmp / "streamlit.log")
    yield srv
    srv.stop()


class Page:
    """A fresh browser context on the dashboard, with the outside world cut off."""

    def __init__(self, browser, url: str) -> None:
        self.outside: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(url)

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    @property
    def map(self):
        # .last: an edit that changes the trip's extent remounts the map, and for a moment both are there
        return self.page.frame_locator(MAP_FRAME).last

    def marker(self, title: str):
        return self.map.locator(f'.leaflet-marker-icon[title="{title}"]')

    def wait_markers(self, n: int) -> None:
        self.map.locator(".itin-pin").nth(n - 1).wait_for(timeout=TIMEOUT)

    def card(self, text: str):
        loc = self.page.locator(".st-key-card").get_by_text(text).first
        loc.wait_for(timeout=TIMEOUT)
        return loc

    def map_frame(self):
        return [f for f in self.page.frames if "st_folium" in f.url][-1]

    def click_bar(self, seq: int) -> None:
        self.page.locator(".js-plotly-plot .barlayer .point").first.wait_for(timeout=TIMEOUT)
        xy = self.page.evaluate(FIND_BAR, seq)
        assert xy is not None, f"no bar for stop {seq}"
        self.page.mouse.click(*xy)

    def selected_bars(self) -> list[int]:
        return list(self.page.evaluate(SELECTED_BARS))

    def edit_place(self, row: int, name: str) -> None:
        """Type ``name`` into the Place cell of ``row`` (1-based) of the stop table."""
        grid = self.page.locator('.st-key-stops-editor [data-testid="stDataFrame"]')
        editor = self.page.locator("textarea.gdg-input")
        for attempt in range(4):  # the page settles (later parts arrive, the table moves) before the click
            self.settle()
            self.page.keyboard.press("Escape")
            grid.wait_for(timeout=TIMEOUT)
            grid.scroll_into_view_if_needed()
            box = grid.bounding_box()
            assert box is not None
            # the '#' cell of the row (row marker column ~40 px, header and rows 35 px), then one to the right
            self.page.mouse.click(box["x"] + 60, box["y"] + 35 * row + 17)
            self.page.keyboard.press("ArrowRight")
            self.page.keyboard.press("Enter")
            try:
                editor.wait_for(timeout=TIMEOUT // 4)
                break
            except PlaywrightTimeoutError:
                if attempt == 3:
                    raise
                self.page.wait_for_timeout(500)
        editor.fill(name)
        self.page.keyboard.press("Enter")

    def settle(self) -> None:
        """Wait until no script run is in progress (Streamlit's running indicator is gone)."""
        self.page.wait_for_function(
            "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=TIMEOUT)
        self.page.wait_for_timeout(300)

    def select_marker(self, title: str) -> None:
        """Click a marker and wait for its card; a click that lands during a script run is retried once."""
        for attempt in range(2):
            self.settle()
            self.marker(title).click()
            try:
                self.page.locator(".st-key-card").get_by_text(title).first.wait_for(timeout=TIMEOUT // 2)
                return
            except PlaywrightTimeoutError:
                if attempt:
                    raise

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def dash(browser, server) -> Iterator[Page]:
    p = Page(browser, server.url)
    yield p
    try:
        assert p.outside == [], f"requests left the machine: {p.outside}"
        assert p.dialogs == [], f"dialogs opened: {p.dialogs}"
    finally:
        p.close()


def test_sample_shows_five_numbered_markers(dash: Page) -> None:
    dash.wait_markers(5)
    titles = [dash.map.locator(".leaflet-marker-icon.itin-marker").nth(i).get_attribute("title") for i in range(5)]
    assert titles == ["1. Brussels", "2. Rome", "3. Kyiv", "4. Rome", "5. Vatican City"]
    assert dash.map.locator(".itin-pin").count() == 5
    # the bundled basemap is drawn (it came from /app/static, not the network)
    dash.map.locator(".leaflet-itinBasemap-pane canvas").first.wait_for(state="attached", timeout=TIMEOUT)
    assert "GeoNames" in dash.map.locator(".leaflet-control-attribution").inner_text()


def test_a_plain_streamlit_run_shows_the_sample_too(browser, tmp_path: Path) -> None:
    srv = dashboard_server.start(dashboard_server.APP, log=tmp_path / "streamlit.log", preload=False)
    p = Page(browser, srv.url)
    try:
        p.wait_markers(5)
        assert p.marker("3. Kyiv").count() == 1
        assert p.outside == [] and p.dialogs == []
    finally:
        p.close()
        srv.stop()


def test_clicking_kyiv_shows_its_card_and_highlights_the_timeline(dash: Page) -> None:
    dash.wait_markers(5)
    frame = dash.map_frame()
    frame.evaluate("() => { window.__mounted = 'first'; }")
    dash.select_marker("3. Kyiv")
    dash.card("3. Kyiv")
    dash.card("Zelenskyy")
    dash.page.wait_for_function(f"() => ({SELECTED_BARS})().join() === '3'", timeout=TIMEOUT)
    dash.map.locator('.itin-ring[data-seq="3"]').wait_for(timeout=TIMEOUT)
    dash.map.locator(".leaflet-popup-content").get_by_text("Zelenskyy").first.wait_for(timeout=TIMEOUT)
    # the map was not remounted by the selection: same iframe document
    assert frame.evaluate("() => window.__mounted") == "first"
    SCREENSHOT.parent.mkdir(exist_ok=True)
    dash.page.locator(".js-plotly-plot").first.wait_for()
    dash.page.evaluate("() => window.scrollTo(0, 0)")
    dash.page.screenshot(path=str(SCREENSHOT))


def test_clicking_the_vatican_bar_selects_the_vatican(dash: Page) -> None:
    dash.wait_markers(5)
    dash.click_bar(5)
    dash.card("5. Vatican City")
    dash.map.locator('.itin-ring[data-seq="5"]').wait_for(timeout=TIMEOUT)
    assert dash.map.locator(".itin-ring").count() == 1
    dash.page.wait_for_function(f"() => ({SELECTED_BARS})().join() === '5'", timeout=TIMEOUT)


def test_editing_a_place_moves_its_marker(dash: Page) -> None:
    dash.wait_markers(5)
    kyiv = dash.map_frame().evaluate(MARKER_LATLNG, "3. Kyiv")
    assert kyiv == pytest.approx([50.45, 30.52], abs=0.1)
    dash.edit_place(3, "Lviv")
    dash.marker("3. Lviv").wait_for(timeout=TIMEOUT)
    lviv = dash.map_frame().evaluate(MARKER_LATLNG, "3. Lviv")
    assert lviv == pytest.approx([49.84, 24.02], abs=0.1)
    assert dash.marker("3. Kyiv").count() == 0


def test_csv_download_holds_the_edited_itinerary(dash: Page, tmp_path: Path) -> None:
    dash.wait_markers(5)
    dash.edit_place(3, "Lviv")
    dash.marker("3. Lviv").wait_for(timeout=TIMEOUT)
    button = dash.page.get_by_role("button", name="CSV", exact=True)
    for attempt in range(2):  # a click that lands during a script run is dropped by Streamlit: settle, try again
        dash.settle()
        button.wait_for(timeout=TIMEOUT)
        try:
            with dash.page.expect_download(timeout=TIMEOUT // 2) as info:
                button.click()
            break
        except PlaywrightTimeoutError:
            if attempt:
                raise
    path = tmp_path / "itinerary.csv"
    info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [r["place"] for r in rows] == ["Brussels", "Rome", "Lviv", "Rome", "Vatican City"]
    assert float(rows[2]["lat"]) == pytest.approx(49.84, abs=0.1)


PAYLOAD = ("Breaking: <script>alert(1)</script> the minister <img src=x onerror=alert(1)> flew on </script> "
           "<a href=\"javascript:alert(1)\">details</a> {{ 7777*1001 }}.")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dashboard_server.Server]:
    tmp = tmp_path_factory.mktemp("hostile")
    script = dashboard_server.write_launcher(tmp / "app", "hostile")  # every field of every stop is a payload
    srv = dashboard_server.start(script, log=tmp / "streamlit.log")
    yield srv
    srv.stop()


def test_script_payloads_stay_text(browser, hostile_server) -> None:
    from tests.views_helpers import HOSTILE

    dash = Page(browser, hostile_server.url)
    try:
        page = dash.page
        page.evaluate("() => { window.__ran = 0; }")
        page.get_by_text("Paste text").click()
        area = page.locator(".st-key-pasted textarea")
        area.fill(PAYLOAD)
        area.press("Control+Enter")
        dash.wait_markers(2)
        dash.select_marker(f"1. {HOSTILE}")
        dash.card(f"1. {HOSTILE}")  # the payload is shown as text in the card
        popup = dash.map.locator(".leaflet-popup-content")
        popup.wait_for(timeout=TIMEOUT)
        assert HOSTILE in popup.inner_text()
        assert dash.map.locator(".leaflet-popup-content img").count() == 0
        page.get_by_role("tab", name="Source text").click()
        source = page.locator(".itin-src")
        source.wait_for(timeout=TIMEOUT)
        assert "<script>alert(1)</script>" in source.inner_text()
        assert "{{ 7777*1001 }}" in source.inner_text()
        assert source.locator("script, img, a").count() == 0
        assert page.locator("img[src=x]").count() == 0
        assert dash.map.locator("img[src=x]").count() == 0
        assert dash.dialogs == [] and dash.outside == []
    finally:
        dash.close()
