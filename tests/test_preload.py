"""The dashboard process's warm-up (:mod:`itinerary.preload`), without Streamlit."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
import time

import pytest

from itinerary import preload


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process-wide preload that has not been started (the module keeps one thread per process)."""
    monkeypatch.setattr(preload, "_thread", None)


def test_wait_returns_at_once_when_nothing_was_started(fresh: None) -> None:
    t = time.perf_counter()
    assert preload.wait(timeout=5) is True
    assert time.perf_counter() - t < 0.5


def test_start_warms_up_in_a_background_thread_once(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    release = threading.Event()

    def warm_up() -> float:
        calls.append(threading.current_thread().name)
        release.wait(5)
        return 0.0

    monkeypatch.setattr(preload, "warm_up", warm_up)
    thread = preload.start()
    assert preload.start() is thread, "a second start reuses the running warm-up"
    assert preload.wait(timeout=0.05) is False, "wait blocks while the warm-up runs"
    release.set()
    assert preload.wait(timeout=5) is True
    assert calls == ["itinerary-preload"]


def test_the_warm_up_waits_for_the_server_probe(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    up = threading.Event()
    started: list[bool] = []
    monkeypatch.setattr(preload, "warm_up", lambda: started.append(up.is_set()) or 0.0)
    preload.start(ready=up.is_set, patience=10)
    time.sleep(0.1)
    assert started == [], "nothing is warmed while the server is still starting"
    up.set()
    assert preload.wait(timeout=5)
    assert started == [True]


def test_a_probe_that_never_answers_or_fails_does_not_stop_the_warm_up(fresh: None,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []
    monkeypatch.setattr(preload, "warm_up", lambda: ran.append(1) or 0.0)
    preload.start(ready=lambda: False, patience=0.1)
    assert preload.wait(timeout=5) and ran == [1]

    monkeypatch.setattr(preload, "_thread", None)

    def broken() -> bool:
        raise RuntimeError("no runtime")

    preload.start(ready=broken, patience=10)
    assert preload.wait(timeout=5) and ran == [1, 1]


def test_warm_up_logs_failures_instead_of_raising(monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(preload, "MODULES", ("itinerary.no_such_module",))

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor broke")

    monkeypatch.setattr("itinerary.extraction.extract", broken)
    with caplog.at_level(logging.DEBUG, logger="itinerary.preload"):
        took = preload.warm_up()
    assert took >= 0
    assert "importing itinerary.no_such_module failed" in caplog.text
    assert "warming the extractor failed" in caplog.text


def test_warm_up_imports_what_the_first_run_needs_in_a_fresh_process() -> None:
    code = (
        "import sys; from itinerary import preload; "
        "assert 'folium' not in sys.modules and 'itinerary.gazetteer' not in sys.modules; "
        "preload.start(); assert preload.wait(120); "
        "from itinerary.gazetteer import load_gazetteer; "
        "missing = [m for m in preload.MODULES if m not in sys.modules]; "
        "assert not missing, missing; "
        "assert load_gazetteer.cache_info().currsize == 1; "
        "assert 'streamlit_folium' not in sys.modules; print('ok')"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "ok"
