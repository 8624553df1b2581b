"""Warm up a dashboard process while the browser is still loading the page.

``itinerary app`` serves the dashboard from its own process. Streamlit runs the script only when a
browser connects, and that first run spends most of a second importing folium, pandas and pyarrow and
reading the gazetteer, while the server sat idle during the half second the browser took to load
Streamlit's page. :func:`start` does that work in a background thread once the server is up; the
script calls :func:`wait` before its own imports, so the two threads never import the same package
at once (a package imported from two threads at the same time can be seen half-initialised by one).

Nothing happens at import time and nothing here imports Streamlit: with no thread started,
:func:`wait` returns at once (``streamlit run app.py``, AppTest, the tests).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import threading
import time
from collections.abc import Callable

_LOG = logging.getLogger(__name__)

#: What the dashboard's first script run imports beyond Streamlit itself, heaviest first. Not
#: streamlit_folium: Streamlit registers a component only when it is declared during a script run.
MODULES = (
    "pandas",
    "pyarrow",
    "folium",
    "folium.plugins",
    "plotly.graph_objects",
    "plotly.io",
    "itinerary.views",
    "itinerary.views.editing",
    "itinerary.views.state",
    "itinerary.views.highlight",
    "itinerary.views.stats",
    "itinerary.extraction",
    "itinerary.geocoding",
)

#: A short story run through the extractor once, so that its lazily built tables exist.
WARM_STORY = "The minister flew to Paris on Monday and met her counterpart there."

_lock = threading.Lock()
_thread: threading.Thread | None = None


def start(ready: Callable[[], bool] | None = None, patience: float = 10.0) -> threading.Thread:
    """Start warming up in a daemon thread (once per process); the thread is returned.

    ``ready``: polled first (for up to ``patience`` seconds) so that the warm-up waits until the
    server is up instead of slowing its start.
    """
    global _thread
    with _lock:
        if _thread is None:
            _thread = threading.Thread(target=_run, args=(ready, patience), name="itinerary-preload", daemon=True)
            _thread.start()
        return _thread


def wait(timeout: float = 60.0) -> bool:
    """Block until the warm-up started by :func:`start` is over; True when it is (or none started)."""
    thread = _thread
    if thread is None or thread is threading.current_thread():
        return True
    thread.join(timeout)
    return not thread.is_alive()


def _run(ready: Callable[[], bool] | None, patience: float) -> None:
    deadline = time.monotonic() + patience
    while ready is not None and time.monotonic() < deadline:
        try:
            if ready():
                break
        except Exception:  # a probe that fails: warm up now
            break
        time.sleep(0.01)
    warm_up()


def warm_up() -> float:
    """Import the dashboard's modules, read the gazetteer and run the extractor once; the seconds taken.

    Failures are logged, never raised: the script's first run then does the same work and reports
    whatever went wrong the usual way.
    """
    started = time.perf_counter()
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # an optional part missing here fails the same way in the script
            _LOG.debug("preload: importing %s failed", name, exc_info=True)
    try:
        from itinerary.extraction import extract
        from itinerary.gazetteer import load_gazetteer

        load_gazetteer()
        extract(WARM_STORY, published=dt.date(2024, 1, 1))
    except Exception:
        _LOG.warning("preload: warming the extractor failed", exc_info=True)
    took = time.perf_counter() - started
    _LOG.debug("preload: %.2f s", took)
    return took
