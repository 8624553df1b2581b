"""The benchmark suite runs (``--quick``, without the browser) and prints every figure.

No timing is asserted here: the figures belong to the suite's table, not to the tests.
"""

from __future__ import annotations

import json
import random

import pytest

from benchmarks import corpus, run

PURE_PYTHON = ("dashboard",)  # the browser sections are left to the full suite


def test_quick_run_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    code = run.main(["--quick", *(f"--skip={s}" for s in PURE_PYTHON)])
    out = capsys.readouterr().out
    assert code == 0, out
    for spec in run.FIGURES:
        assert spec.label in out, spec.label
    assert "error" not in out.splitlines()[-1]  # the tally: "13 PASS, 1 MISS, 12 skipped"
    for section in run.SECTIONS:
        assert f"[{section}]" in out
    assert "load average" in out


def test_quick_json_has_every_key(capsys: pytest.CaptureFixture[str]) -> None:
    code = run.main(["--quick", "--json", "--skip=dashboard", "--skip=exports", "--skip=gazetteer"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    keys = {f["key"] for f in doc["figures"]}
    assert {spec.key for spec in run.FIGURES} <= keys
    ran = [f for f in doc["figures"] if f["key"].startswith(("extraction.", "cli.", "batch.", "scale."))]
    assert all(f["status"] in ("PASS", "MISS", "info") and f["value"] is not None for f in ran), ran
    assert doc["errors"] == {}
    assert isinstance(doc["load_start"], float)


def test_corpus_is_deterministic_and_sized() -> None:
    a = corpus.corpus(12, seed=3)
    b = corpus.corpus(12, seed=3)
    assert [x.text for x in a] == [x.text for x in b]
    assert a[0].name == "austin_oct2024"
    for art in a[1:]:
        assert 250 <= art.words <= 1060, art.words
        assert 2 <= len(art.trip) <= 7
        for city in art.trip:
            assert city in art.text
    long = corpus.article(random.Random(1), 1000)
    assert 990 <= long.words <= 1060


def test_spacy_comparison_says_how_to_install_what_it_lacks(capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import bench_spacy

    try:
        import spacy  # noqa: F401
    except ImportError:
        assert bench_spacy.main(["--runs", "1", "--articles", "2"]) == 0
        out = capsys.readouterr().out
        assert out.startswith("skipped: spaCy is not installed") and "[compare]" in out
    else:
        pytest.skip("spaCy is installed here; the comparison itself is a benchmark, not a test")
