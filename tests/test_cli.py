"""The command line: exit codes, one-line messages, formats and batches."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from itinerary.cli import main
from tests.conftest import ROOT, SAMPLE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "itinerary.cli", *args], input=stdin, capture_output=True,
                          timeout=60, check=False)


def test_parse_sample_prints_the_json_shape() -> None:
    r = run("parse", str(SAMPLE), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["schema"] == 1
    assert doc["published"] == "2024-10-23"  # from the sample's metadata file
    assert doc["source"]["path"] == str(SAMPLE)
    assert set(doc) == {"schema", "traveler", "published", "source", "stops", "warnings"}


def test_stdin_dash(tmp_path: Path) -> None:
    r = run("parse", "-", "--format", "json", "--published", "2024-10-23", stdin=SAMPLE.read_bytes())
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["published"] == "2024-10-23"


def test_several_inputs_print_json_lines(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("The minister spoke at home about the budget.\n", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    r = run("parse", str(tmp_path), "--format", "json")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 3
    assert [Path(json.loads(x)["source"]["path"]).name for x in lines] == ["a.txt", "b.txt", "c.md"]


def test_no_trip_is_success_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "quiet.txt"
    f.write_text("The committee met to discuss the budget.\n", encoding="utf-8")
    r = run("parse", str(f), "--format", "json")
    assert r.returncode == 0
    doc = json.loads(r.stdout)
    assert doc["stops"] == [] and doc["warnings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "missing.txt"], "no such file: 'missing.txt'"),
        (["parse", str(SAMPLE), "--published", "23/10/2024"], "invalid date '23/10/2024': expected YYYY-MM-DD"),
        (["parse", str(SAMPLE), "--published", "2024-02-30"], "invalid date '2024-02-30'"),
        (["parse"], "the following arguments are required: PATH"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_user_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    r = run(*args)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_empty_directory_is_a_user_error(tmp_path: Path) -> None:
    r = run("parse", str(tmp_path))
    assert r.returncode == 2
    assert "no article files" in r.stderr.decode() and "Traceback" not in r.stderr.decode()


def test_table_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SAMPLE), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "published 2024-10-23" in out
    assert "Place" in out and "Status" in out


def test_an_html_page_gives_its_article_title_date_and_trip() -> None:
    page = ROOT / "tests" / "fixtures" / "articles" / "html_page_oslo_helsinki.html"
    r = run("parse", str(page), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["source"]["title"] == "Carter visits Oslo and Helsinki"
    assert doc["published"] == "2025-03-14"  # from the page's metadata
    assert [(s["place"], s["start"]) for s in doc["stops"]] == [("Oslo", "2025-03-10"), ("Helsinki", "2025-03-11")]
    assert b"alert" not in r.stdout  # the page's script is not article text


def test_app_passes_every_option_on_to_streamlit(monkeypatch: pytest.MonkeyPatch) -> None:
    import streamlit.web.cli

    from itinerary import preload

    seen: list[list[str]] = []
    warmed: list[bool] = []
    dirs: list[str] = []

    def streamlit_main(prog_name: str) -> None:
        seen.append(list(sys.argv))
        raise SystemExit(0)

    monkeypatch.setattr(streamlit.web.cli, "main", streamlit_main)
    monkeypatch.setattr(preload, "start", lambda ready=None: warmed.append(ready is not None and not ready()))
    monkeypatch.setattr("os.chdir", lambda path: dirs.append(str(path)))
    monkeypatch.setattr(sys, "argv", ["itinerary"])
    assert main(["app", "--server.port", "8599", "--server.headless", "true"]) == 0
    cmd = seen[0]
    assert cmd[:2] == ["streamlit", "run"] and cmd[2].endswith("app.py")
    assert cmd[3:] == ["--server.port", "8599", "--server.headless", "true"]
    assert dirs == [str(Path(cmd[2]).parent)]
    assert warmed == [True], "the warm-up is started, and waits for the server (not serving yet here)"


def test_app_returns_streamlit_exit_status(monkeypatch: pytest.MonkeyPatch) -> None:
    import streamlit.web.cli

    from itinerary import preload

    def streamlit_main(prog_name: str) -> None:
        raise SystemExit(2)  # e.g. click's usage error for a bad option

    monkeypatch.setattr(streamlit.web.cli, "main", streamlit_main)
    monkeypatch.setattr(preload, "start", lambda ready=None: None)
    monkeypatch.setattr("os.chdir", lambda path: None)
    monkeypatch.setattr(sys, "argv", ["itinerary"])
    assert main(["app", "--no-such-option"]) == 2
