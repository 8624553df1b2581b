"""Golden files: each text format's exact bytes for the sample trip and for a hostile one.

The hostile case puts ``</script><img src=x onerror=alert(1)>&"'`` (and formula starts, iCalendar
separators and line breaks) in every text field, so ``tests/golden/hostile.*`` shows how each format
escapes it. After an intended change, rewrite them with ``pytest tests/test_exports_golden.py
--regen-golden`` and review the diff. Images are never compared byte for byte (their renderer embeds
its own metadata); their magic bytes and size are checked in test_exports_images.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from itinerary.exports import EXTENSIONS, export
from itinerary.model import Itinerary
from tests.test_exports import TEXT_FORMATS, hostile, sample

GOLDEN = Path(__file__).parent / "golden"
CASES: dict[str, Callable[[], Itinerary]] = {"sample": sample, "hostile": hostile}


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_export_matches_golden_file(case: str, fmt: str, regen_golden: bool) -> None:
    path = GOLDEN / f"{case}{EXTENSIONS[fmt]}"
    data = export(CASES[case](), fmt)
    if regen_golden:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        pytest.skip(f"rewrote {path.relative_to(GOLDEN.parent.parent)}")
    assert path.exists(), f"no golden file {path.name}; create it with pytest --regen-golden"
    expected = path.read_bytes()
    assert data == expected, f"{fmt} export of {case} differs from {path.name}; if intended, run pytest --regen-golden"


def test_every_golden_file_belongs_to_a_case() -> None:
    expected = {f"{case}{EXTENSIONS[fmt]}" for case in CASES for fmt in TEXT_FORMATS}
    assert {p.name for p in GOLDEN.iterdir() if p.is_file() and not p.name.startswith(".")} == expected


@pytest.mark.parametrize(("fmt", "raw_markup_allowed"), [
    # Data formats carry the text as it is (escaped only by their own syntax); formats whose readers
    # render HTML (KML descriptions, TimelineJS) carry it HTML-escaped.
    ("csv", True), ("json", True), ("geojson", True), ("ics", True),
    ("kml", False), ("gpx", False), ("timelinejs", False),
])
def test_hostile_golden_shows_the_escaping(fmt: str, raw_markup_allowed: bool) -> None:
    data = (GOLDEN / f"hostile{EXTENSIONS[fmt]}").read_bytes()
    assert (b"<img src=x" in data) is raw_markup_allowed
