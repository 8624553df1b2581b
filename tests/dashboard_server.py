"""Start the dashboard as a real ``streamlit run`` on loopback (for the browser tests and the benchmark)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app.py"
HOST = "127.0.0.1"

#: A launcher for the dashboard in a directory of its own: optionally on an itinerary built by
#: ``tests.views_helpers`` instead of the extractor's output (hostile text, many stops), and
#: optionally printing each script run's duration (``RERUN <seconds>``, from the script's first line:
#: waiting for the warm-up and imports included) for the benchmark.
LAUNCHER = '''\
import sys
import time
_t = time.perf_counter()
sys.path.insert(0, {root!r})
from itinerary import preload
preload.wait()
if {factory!r}:
    import itinerary.extraction as extraction
    from tests import views_helpers

    def _extract(text, *, published=None, traveler=None, source=None):
        return extraction.Extraction(getattr(views_helpers, {factory!r})(*{args!r}), ())

    extraction.extract = _extract
from itinerary.app import main
main()
if {timed!r}:
    print(f"RERUN {{time.perf_counter() - _t:.6f}}", flush=True)
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def write_launcher(directory: Path, factory: str | None = None, *args: object, timed: bool = False) -> Path:
    """A dashboard script in ``directory`` (its ``static/`` is filled at start-up).

    ``factory``: show ``views_helpers.<factory>(*args)`` instead of what the extractor finds.
    ``timed``: print ``RERUN <seconds>`` after every script run.
    """
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "app.py"
    script.write_text(LAUNCHER.format(root=str(ROOT), factory=factory or "", args=tuple(args), timed=timed),
                      encoding="utf-8")
    return script


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    started: float  # time.perf_counter() just before the process was started
    log: Path

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


#: ``itinerary app`` on any script: the way the README starts the dashboard (preloaded, in process).
ITINERARY_APP = "import sys; from pathlib import Path; from itinerary.cli import run_dashboard; " \
                "sys.exit(run_dashboard(Path(sys.argv[1]), sys.argv[2:]))"


def start(script: Path = APP, *, log: Path, port: int | None = None, wait: bool = True,
          preload: bool = True) -> Server:
    """The dashboard headless on loopback with static serving.

    ``preload``: started the way ``itinerary app`` starts it (:func:`itinerary.cli.run_dashboard`),
    else as a plain ``streamlit run script`` from the repository root.
    """
    port = port or free_port()
    flags = [
        "--server.headless", "true", "--server.port", str(port), "--server.address", HOST,
        "--server.enableStaticServing", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--global.developmentMode", "false",
    ]
    if preload:
        cmd = [sys.executable, "-c", ITINERARY_APP, str(script), *flags]
    else:
        cmd = [sys.executable, "-m", "streamlit", "run", str(script), *flags]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    server = Server(proc, port, started, log)
    if wait:
        wait_healthy(server)
    return server


def wait_healthy(server: Server, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.process.returncode}:\n{server.log.read_text()}")
        try:
            with urllib.request.urlopen(f"{server.url}_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"streamlit did not start in {timeout:.0f} s:\n{server.log.read_text()}")


def chromium() -> str:
    import shutil

    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    raise RuntimeError("Debian's chromium is needed (scripts/test.sh installs it)")


def machine() -> str:
    import os
    import platform

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} CPUs, {platform.python_implementation()} {platform.python_version()}, load {load:.1f}"
