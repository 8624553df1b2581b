"""The fuzz script runs (a few cases here; the full 10,000-case run is ``scripts/fuzz.py``)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_the_fuzz_script_runs_a_few_cases() -> None:
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "fuzz.py"), "--cases", "25", "--seed", "11",
                        "--jobs", "1", "--quiet"], capture_output=True, text=True, timeout=600, check=False)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    assert r.stdout.startswith("fuzz: 25 cases run, 0 failed"), r.stdout


def test_a_case_is_the_same_every_time() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import fuzz
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert fuzz.make_case(0, 123) == fuzz.make_case(0, 123)
    assert fuzz.make_case(0, 123) != fuzz.make_case(1, 123)
