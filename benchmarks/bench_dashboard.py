#!/usr/bin/env python3
"""Dashboard benchmark: start-up, click rerun, page weight, and a 500-stop trip.

Prints, each as the median of several runs on this machine:

* process start → markers visible: from starting the dashboard (headless, loopback) to the sample's
  numbered markers being visible in a headless Debian chromium (target < 4 s), started the way
  ``itinerary app`` starts it (warmed up while the page loads: :mod:`itinerary.preload`) and as a
  plain ``streamlit run``;
* script rerun after a marker click: the dashboard script's own run time on the server after a click
  on "3. Kyiv" (target < 200 ms), and the time from the click to the stop's card in the browser;
* the page's transferred bytes on first load (HTTP responses and WebSocket messages), and per click;
* a 500-stop itinerary: building the map layers and the timeline in Python, markers visible in the
  browser, and the rerun after a click.

    .venv/bin/python benchmarks/bench_dashboard.py [--runs 3]

Every request to a host other than 127.0.0.1 is aborted (and counted: it should be 0).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import dashboard_server  # noqa: E402
from tests.conftest import CHROMIUM_ARGS  # noqa: E402

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
TIMEOUT = 120_000


class Traffic:
    """Bytes received over HTTP and WebSocket, and requests that tried to leave the machine."""

    def __init__(self) -> None:
        self.http = 0
        self.ws = 0
        self.outside: list[str] = []

    def attach(self, context, page) -> None:
        def route(r) -> None:
            if r.request.url.startswith(("http://127.0.0.1:", "data:", "blob:", "about:")):
                r.continue_()
            else:
                self.outside.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page.on("requestfinished", self._finished)
        page.on("websocket", lambda ws: ws.on("framereceived", self._frame))

    def _finished(self, request) -> None:
        try:
            sizes = request.sizes()
        except Exception:  # a request whose sizes are gone
            return
        self.http += max(0, sizes.get("responseBodySize", 0)) + max(0, sizes.get("responseHeadersSize", 0))

    def _frame(self, payload) -> None:
        self.ws += len(payload) if isinstance(payload, (bytes, str)) else 0


def reruns(log: Path) -> list[float]:
    return [float(x) for x in re.findall(r"^RERUN ([0-9.]+)$", log.read_text(errors="replace"), re.M)]


def wait_for_rerun(log: Path, before: int, timeout: float = 30.0) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = reruns(log)
        if len(runs) > before:
            return runs[-1]
        time.sleep(0.02)
    raise TimeoutError("no script rerun was logged")


def settle(log: Path, quiet: float = 0.5, timeout: float = 30.0) -> None:
    """Wait until no script run has been logged for ``quiet`` seconds."""
    deadline = time.monotonic() + timeout
    count, since = len(reruns(log)), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.05)
        now = len(reruns(log))
        if now != count:
            count, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return


def session(browser, script: Path, tmp: Path, n_markers: int, click: str | None, card: str | None,
            preload: bool = True) -> dict[str, float]:
    """Start the server, open the page, wait for the markers, click one; figures of this run.

    ``preload``: started as ``itinerary app`` starts it (warmed up in process), else as a plain
    ``streamlit run``.
    """
    log = tmp / f"streamlit-{time.monotonic_ns()}.log"
    server = dashboard_server.start(script, log=log, wait=False, preload=preload)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    traffic = Traffic()
    traffic.attach(context, page)
    try:
        dashboard_server.wait_healthy(server)
        healthy = time.perf_counter() - server.started
        page.goto(server.url)
        page.frame_locator(MAP_FRAME).last.locator(".itin-pin").nth(n_markers - 1).wait_for(timeout=TIMEOUT)
        out = {"start_to_markers": time.perf_counter() - server.started, "start_to_healthy": healthy,
               "first_script_run": reruns(log)[0]}
        # settled: the timeline follows the map's first report; then no script run for a while
        page.locator(".js-plotly-plot").first.wait_for(timeout=TIMEOUT)
        page.wait_for_load_state("networkidle")
        settle(log)
        out["first_load_http_bytes"] = traffic.http
        out["first_load_ws_bytes"] = traffic.ws
        if click:
            before = len(reruns(log))
            http0, ws0 = traffic.http, traffic.ws
            marker = page.frame_locator(MAP_FRAME).last.locator(f'.leaflet-marker-icon[title="{click}"]')
            t = time.perf_counter()
            marker.dispatch_event("click")  # markers of a long trip may be covered by others
            out["rerun_after_click"] = wait_for_rerun(log, before)
            if card:
                page.locator(".st-key-card").get_by_text(card).first.wait_for(timeout=TIMEOUT)
                out["click_to_card"] = time.perf_counter() - t
            page.wait_for_timeout(300)
            out["click_http_bytes"] = traffic.http - http0
            out["click_ws_bytes"] = traffic.ws - ws0
        out["outside_requests"] = len(traffic.outside)
        return out
    finally:
        context.close()
        server.stop()


def median_of(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs if key in r)


def build_figures(n: int, repeat: int = 5) -> dict[str, float]:
    from streamlit_folium import _get_feature_group_string

    from itinerary.views.map import build_base_map, build_layers
    from itinerary.views.timeline import build_timeline
    from tests.views_helpers import many

    it = many(n)

    def timed(fn: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    def map_part(selected: list[int] = [0]) -> None:  # noqa: B006 - a counter that changes the selection
        selected[0] += 1
        base = build_base_map(it)
        for i, layer in enumerate(build_layers(it, selected[0] % n + 1)):
            _get_feature_group_string(layer, base, i)

    return {"map": timed(map_part), "timeline": timed(lambda: build_timeline(it, 3).to_json())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Dashboard benchmark")
    ap.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmpdir, sync_playwright() as pw:
        tmp = Path(tmpdir)
        browser = pw.chromium.launch(executable_path=dashboard_server.chromium(), args=CHROMIUM_ARGS, headless=True)
        sample = dashboard_server.write_launcher(tmp / "sample", timed=True)
        big = dashboard_server.write_launcher(tmp / "big", "many", 500, timed=True)
        print(f"dashboard benchmark: {args.runs} runs each, median; machine: {dashboard_server.machine()}")
        runs = [session(browser, sample, tmp, 5, "3. Kyiv", "Zelenskyy") for _ in range(args.runs)]
        each = ", ".join(f"{r['start_to_markers']:.2f}" for r in runs)
        print(f"  sample: itinerary app → 5 markers visible      {median_of(runs, 'start_to_markers'):6.2f} s   "
              f"(target < 4 s; runs: {each})")
        print(f"    of which: server up {median_of(runs, 'start_to_healthy'):.2f} s, first script run "
              f"{median_of(runs, 'first_script_run'):.2f} s (waiting for the warm-up, imports, extraction)")
        plain = [session(browser, sample, tmp, 5, None, None, preload=False) for _ in range(args.runs)]
        each = ", ".join(f"{r['start_to_markers']:.2f}" for r in plain)
        print(f"  sample: streamlit run → 5 markers visible      {median_of(plain, 'start_to_markers'):6.2f} s   "
              f"(target < 4 s; runs: {each}; first script run {median_of(plain, 'first_script_run'):.2f} s)")
        print(f"  sample: script rerun after a marker click      {median_of(runs, 'rerun_after_click') * 1000:6.0f} ms  "
              f"(target < 200 ms)")
        print(f"  sample: click → stop card shown in the browser {median_of(runs, 'click_to_card') * 1000:6.0f} ms")
        print(f"  sample: first load transferred                 {median_of(runs, 'first_load_http_bytes') / 1e6:6.2f} MB "
              f"HTTP + {median_of(runs, 'first_load_ws_bytes') / 1e3:.0f} kB WebSocket")
        print(f"  sample: per click transferred                  {median_of(runs, 'click_ws_bytes') / 1e3:6.1f} kB "
              f"WebSocket + {median_of(runs, 'click_http_bytes') / 1e3:.1f} kB HTTP")
        figures = build_figures(500)
        print(f"  500 stops: map layers built (Python)           {figures['map'] * 1000:6.0f} ms")
        print(f"  500 stops: timeline built (Python)             {figures['timeline'] * 1000:6.0f} ms")
        big_runs = [session(browser, big, tmp, 500, "3. Place 3", "3. Place 3") for _ in range(max(1, args.runs // 2))]
        print(f"  500 stops: process start → 500 markers visible {median_of(big_runs, 'start_to_markers'):6.2f} s")
        print(f"  500 stops: script rerun after a marker click   {median_of(big_runs, 'rerun_after_click') * 1000:6.0f} ms")
        print(f"  500 stops: click → stop card shown             {median_of(big_runs, 'click_to_card') * 1000:6.0f} ms")
        print(f"  500 stops: per click transferred               {median_of(big_runs, 'click_ws_bytes') / 1e3:6.1f} kB "
              f"WebSocket")
        outside = sum(r["outside_requests"] for r in runs + plain + big_runs)
        print(f"  requests to other hosts (aborted)              {outside:6d}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
