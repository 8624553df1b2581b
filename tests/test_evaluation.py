"""`itinerary eval`: the scoring definitions, and agreement with the reference scorer on the dev set."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from itinerary.evaluation import evaluate, score_file, stop_matches
from tests.conftest import DEV_SET

ROME_IT = {"place": "Rome", "country_code": "IT", "lat": 41.9, "lon": 12.5}
ROME_GA = {"place": "Rome", "country_code": "US", "lat": 34.26, "lon": -85.16}


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        (ROME_IT, ROME_IT, True),
        (ROME_IT, ROME_GA, False),  # same name, another country
        ({"place": "Roma", "country_code": "IT", "lat": 41.95, "lon": 12.45}, ROME_IT, True),  # within 35 km
        ({"place": "Doha", "country_code": "QA", "lat": 25.3, "lon": 51.5},
         {"place": "Qatar", "country": "Qatar", "country_code": "QA", "lat": 25.3, "lon": 51.2, "level": "country"},
         True),  # a country-level gold stop takes any prediction inside the country
        ({"place": "Kiev", "country_code": "UA", "lat": 0, "lon": 0},
         {"place": "Kyiv", "country_code": "UA", "lat": 50.45, "lon": 30.52, "alt_places": ["Kiev"]}, True),
        ({"place": "Yigo", "country_code": "GU", "lat": 13.54, "lon": 144.89},
         {"place": "Guam", "country_code": "GU", "lat": 13.44, "lon": 144.79, "level": "territory"}, True),
    ],
)
def test_stop_matches(pred: dict, gold: dict, expected: bool) -> None:
    assert stop_matches(pred, gold) is expected


def test_score_file_counts_order_dates_and_neutral_places() -> None:
    gold = {
        "stops": [
            {**ROME_IT, "start": "2024-10-17"},
            {"place": "Kyiv", "country_code": "UA", "lat": 50.45, "lon": 30.52, "start": "2024-10-18"},
            {**ROME_IT, "start": None},
        ],
        "neutral_places": ["Washington"],
    }
    pred = {"stops": [
        {"place": "Washington", "country_code": "US", "lat": 38.9, "lon": -77.0},  # neutral: not counted
        {**ROME_IT, "start": "2024-10-17"},
        {"place": "Kyiv", "country_code": "UA", "lat": 50.45, "lon": 30.52, "start": "2024-10-19"},
        {"place": "Lviv", "country_code": "UA", "lat": 49.84, "lon": 24.03},
    ]}
    r = score_file("x", gold, pred)
    assert (r.tp, r.n_pred, r.n_gold) == (2, 3, 3)
    assert (r.dated, r.date_ok) == (2, 1)
    assert r.agree == r.pairs == 1
    assert r.spurious == ["Lviv"] and r.missed == ["Rome"]
    assert not r.exact


def test_unordered_runs_do_not_count_against_order() -> None:
    gold = {"stops": [
        {"place": "Jordan", "country_code": "JO", "level": "country", "order_uncertain": True},
        {"place": "Qatar", "country_code": "QA", "level": "country", "order_uncertain": True},
    ]}
    pred = {"stops": [{"place": "Qatar", "country_code": "QA"}, {"place": "Jordan", "country_code": "JO"}]}
    r = score_file("x", gold, pred)
    assert r.agree == r.pairs == 1 and r.exact


def test_eval_command_on_a_folder_of_our_own(tmp_path: Path) -> None:
    (tmp_path / "001_trip.txt").write_text(
        "Ellis flies to Oslo\n\nDefense Secretary Mark Ellis arrived in Oslo on Monday and flew to Helsinki on "
        "Tuesday.\n", encoding="utf-8")
    (tmp_path / "001_trip.json").write_text(json.dumps({
        "published": "2025-03-14",
        "stops": [{"place": "Oslo", "country_code": "NO", "lat": 59.91, "lon": 10.75, "start": "2025-03-10"},
                  {"place": "Helsinki", "country_code": "FI", "lat": 60.17, "lon": 24.94, "start": "2025-03-11"}],
    }), encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "itinerary.cli", "eval", str(tmp_path), "--per-file"],
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    assert "001_trip" in r.stdout and "EXACT" in r.stdout
    assert r.stdout.strip().splitlines()[-1].startswith("files=1 precision=1.0 recall=1.0 f1=1.0 order=1.0 dates=1.0")


def test_eval_of_a_missing_folder_is_a_user_error(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "itinerary.cli", "eval", str(tmp_path / "nope")],
                       capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 2 and "not a folder of gold itineraries" in r.stderr and "Traceback" not in r.stderr


REFERENCE = DEV_SET.parent / "score.py"


@pytest.mark.skipif(not (DEV_SET.is_dir() and REFERENCE.is_file()), reason="the development set is not beside the repo")
def test_figures_agree_with_the_reference_scorer(tmp_path: Path) -> None:
    from itinerary.extraction import extract
    from itinerary.model import itinerary_to_dict

    def predict(text: str, published: dt.date | None) -> dict:
        return itinerary_to_dict(extract(text, published=published).itinerary)

    preds = tmp_path / "pred"
    preds.mkdir()
    ours = evaluate(DEV_SET, predict)
    for gold in sorted(DEV_SET.glob("*.json")):
        raw = json.loads(gold.read_text(encoding="utf-8")).get("published")
        published = dt.date.fromisoformat(raw) if raw else None
        doc = predict(gold.with_suffix(".txt").read_text(encoding="utf-8"), published)
        (preds / gold.name).write_text(json.dumps(doc), encoding="utf-8")
    r = subprocess.run([sys.executable, str(REFERENCE), str(DEV_SET), str(preds), "--json"],
                       capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(r.stdout) == ours.summary()
