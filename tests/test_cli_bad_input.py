"""Bad input at the command line: exit 2, one plain line on stderr, never a traceback.

Each case runs the real command in a subprocess, as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from itinerary import fetch
from itinerary.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
TRIP = "Secretary Smith traveled to Rome on Tuesday, then flew to Kyiv on Wednesday for talks.\n"


def run(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "itinerary.cli", *args], input=stdin, capture_output=True,
                          timeout=timeout, check=False, env={**os.environ, **(env or {})})


def assert_one_line_error(r: subprocess.CompletedProcess[bytes], message: str) -> None:
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == 2, (r.returncode, err)
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert err.startswith("itinerary parse: "), err
    assert message in err, err
    assert r.stdout == b""


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "'{path}' is empty"),
    "blank.txt": (b"  \n\n\t  \r\n", "'{path}' holds only whitespace"),
    "dots.txt": ("... ––– !!! ***\n".encode(), "'{path}' holds no words (no letters or digits)"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300), "'{path}' is not text: it looks like a PNG image"),
    "archive.txt": (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(300), "'{path}' is not text: it looks like a ZIP archive"),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)), "'{path}' is not text: it looks like a PDF document"),
    "program.txt": (b"\x7fELF\x02\x01\x01\x00" + bytes(500), "'{path}' is not text: it looks like an executable (ELF)"),
    "noise.txt": (bytes((i * 7919) % 256 for i in range(4000)), "'{path}' is not text"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_files(tmp_path: Path, name: str) -> None:
    data, message = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(data)
    assert_one_line_error(run("parse", str(path)), message.format(path=path))


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(TRIP.encode() * 20)
    r = run("parse", str(path), env={"ITINERARY_MAX_BYTES": "1000"})
    assert_one_line_error(r, f"'{path}' is {len(TRIP) * 20:,} bytes, over the limit of 1,000 bytes")


def test_the_default_limit_is_2_mb(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 500_000)
    assert_one_line_error(run("parse", str(path)), f"'{path}' is 2.5 MB, over the limit of 2.0 MB")


def test_too_large_on_standard_input() -> None:
    r = run("parse", "-", stdin=TRIP.encode() * 20, env={"ITINERARY_MAX_BYTES": "1000"})
    assert_one_line_error(r, "standard input is over the limit of 1,000 bytes")


def test_a_bad_limit_setting() -> None:
    r = run("parse", "-", stdin=TRIP.encode(), env={"ITINERARY_MAX_BYTES": "two megabytes"})
    assert_one_line_error(r, "ITINERARY_MAX_BYTES must be a whole number of bytes; got 'two megabytes'")


@pytest.mark.parametrize(
    ("stdin", "message"),
    [(b"", "standard input is empty"), (b"\n \n", "standard input holds only whitespace"),
     (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "standard input is not text: it looks like a JPEG image")],
)
def test_bad_standard_input(stdin: bytes, message: str) -> None:
    assert_one_line_error(run("parse", "-", stdin=stdin), message)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_that_never_ends() -> None:
    assert_one_line_error(run("parse", "/dev/zero", timeout=60), "'/dev/zero' is over the limit of 2.0 MB")


def test_a_binary_file_among_a_directory_of_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRIP, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"GIF89a\x01\x00\x01\x00" + bytes(50))
    assert_one_line_error(run("parse", str(tmp_path)), f"'{tmp_path / 'b.txt'}' is not text: it looks like a GIF image")


def test_a_file_name_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"")
    assert_one_line_error(run("parse", str(path)), "two\\nlines.txt' is empty")


# --- encodings and languages: read, and said plainly when there is no trip ----------------------

@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (TRIP, "utf-16"),
        (TRIP.replace("Smith", "Müller").replace("Rome", "Köln"), "latin-1"),
        (TRIP.replace("talks", "“talks” — €5"), "cp1252"),
        (TRIP, "utf-8-sig"),
    ],
    ids=["utf-16", "latin-1", "cp1252", "utf-8-bom"],
)
def test_other_encodings_are_read(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    r = run("parse", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert r.stderr == b""


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("外務大臣は火曜日にローマを訪問し、その後キーウへ向かった。首脳会談に出席した。\n", "shift_jis"),
        ("Министр посетил Киев во вторник, а затем вылетел в Варшаву на переговоры.\n", "cp1251"),
        ("Der Ministerpräsident besuchte am Dienstag die Nachbarstädte und sprach über Förderung.\n", "latin-1"),
    ],
    ids=["japanese", "russian", "german"],
)
def test_other_languages_say_no_trip_found(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode(encoding))
    r = run("parse", str(path), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["stops"] == []
    assert any("no trip found" in w for w in doc["warnings"]), doc["warnings"]
    table = run("parse", str(path), "--format", "table")
    assert table.returncode == 0
    assert "0 stops" in table.stdout.decode() and "no trip found" in table.stdout.decode()


# --- long lines ---------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("kind", ["one-line", "one-sentence", "one-token"])
def test_a_2_mb_single_line_finishes(tmp_path: Path, kind: str) -> None:
    """Nothing on the way is quadratic: a 2 MB story on one line is read and parsed in seconds."""
    body = {
        "one-line": (TRIP.strip() + " ") * 22_000,  # many sentences, no newline
        "one-sentence": "Secretary Smith traveled to Rome and " + "then to Kyiv and " * 115_000 + "home.",
        "one-token": "Rome" + "x" * 1_990_000,
    }[kind]
    path = tmp_path / "line.txt"
    path.write_text(body[:1_990_000], encoding="utf-8")
    t = time.monotonic()
    r = run("parse", str(path), "--format", "json", timeout=300)
    elapsed = time.monotonic() - t
    assert r.returncode == 0, r.stderr[-500:]
    json.loads(r.stdout)
    assert elapsed < 120, f"{kind}: {elapsed:.1f} s"


# --- URLs ---------------------------------------------------------------------------------------

def test_a_url_needs_online() -> None:
    assert_one_line_error(run("parse", "https://example.org/story.html"),
                          "'https://example.org/story.html' is a web address; add --online to fetch it")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https URLs can be fetched; 'file:///etc/passwd' has file:"),
        ("javascript:alert(1)", "only http and https URLs can be fetched; 'javascript:alert(1)' has javascript:"),
        ("http://127.0.0.1:9/story.html", "refused to fetch 'http://127.0.0.1:9/story.html': '127.0.0.1' is a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "is a link-local address"),
        ("http://[::1]/", "'::1' is a loopback address"),
        ("http://no-such-host.invalid/a", "the host 'no-such-host.invalid' was not found"),
    ],
)
def test_online_refusals(url: str, message: str) -> None:
    assert_one_line_error(run("parse", "--online", url), message)


def test_online_fetch_through_the_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI wiring, in process, with the test-only allowance for a loopback server."""
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            body = TRIP.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/story.txt"
        monkeypatch.setattr(fetch, "fetch_document", partial(fetch.fetch_document, allow_private={"127.0.0.1"}))
        assert main(["parse", "--online", url, "--format", "json"]) == 0
        doc = json.loads(capsys.readouterr().out)
        assert doc["source"]["url"] == url
    finally:
        httpd.shutdown()
        httpd.server_close()
