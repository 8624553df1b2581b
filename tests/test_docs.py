"""The README documents every CLI command and export format, and its sample output is real."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from itinerary.cli import COMMANDS
from itinerary.exports import EXPORTERS
from tests.conftest import ROOT, SAMPLE

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented(command: str) -> None:
    assert re.search(rf"^\s+itinerary {command}\b", README, re.M), f"README lacks a usage line for '{command}'"


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_export_format_is_documented(fmt: str) -> None:
    assert f"`{fmt}`" in README, f"README's format table lacks {fmt!r}"


def test_the_two_commands_exist_and_ci_runs_the_test_command() -> None:
    assert "./scripts/dashboard.sh" in README and "./scripts/test.sh" in README
    assert (ROOT / "scripts" / "dashboard.sh").is_file() and (ROOT / "scripts" / "test.sh").is_file()
    assert "./scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_sample_table_in_the_readme_is_what_the_cli_prints() -> None:
    r = subprocess.run([sys.executable, "-m", "itinerary.cli", "parse", str(SAMPLE), "--format", "table"],
                       capture_output=True, text=True, timeout=120, check=True, cwd=ROOT)
    for line in r.stdout.splitlines()[2:]:
        assert line.rstrip() in README, f"README's sample table differs from the CLI at: {line!r}"


def test_the_screenshot_and_attributions_are_there() -> None:
    assert (ROOT / "docs" / "dashboard.png").is_file()
    for credit in ("GeoNames", "CC BY 4.0", "Natural Earth", "Leaflet", "OpenStreetMap"):
        assert credit in README
