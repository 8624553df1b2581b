"""`pip install .` (not editable) ships every module and the data files, found through importlib.resources."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import itinerary
from tests.conftest import ROOT


@pytest.mark.slow
def test_non_editable_install_parses_the_sample(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--quiet",
                    "--target", str(target), str(ROOT)], check=True, capture_output=True, timeout=600)
    installed = target / "itinerary"
    assert (installed / "data" / "gazetteer.tsv.gz").is_file()
    assert (installed / "data" / "samples" / "austin_oct2024.txt").is_file()
    assert (installed / "app.py").is_file() and (installed / ".streamlit" / "config.toml").is_file()
    source_modules = {m.name for m in pkgutil.walk_packages(itinerary.__path__, "itinerary.")}
    shipped = {m.name for m in pkgutil.walk_packages([str(installed)], "itinerary.")}
    assert source_modules <= shipped, sorted(source_modules - shipped)
    # run from an empty folder so the source tree cannot be imported instead
    env = {**os.environ, "PYTHONPATH": str(target)}
    sample = installed / "data" / "samples" / "austin_oct2024.txt"
    out = subprocess.run([sys.executable, "-c", "import itinerary, sys; print(itinerary.__file__)"],
                         cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().startswith(str(target))
    r = subprocess.run([sys.executable, "-m", "itinerary.cli", "parse", str(sample), "--format", "json"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert [s["place"] for s in doc["stops"]] == ["Brussels", "Rome", "Kyiv", "Rome", "Vatican City"]
