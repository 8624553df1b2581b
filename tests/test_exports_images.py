"""PNG, SVG and PDF of the timeline through kaleido: checked by magic bytes, size and structure
(never byte for byte: the renderer embeds its own metadata)."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from itinerary.exports import export
from tests.test_exports import hostile, sample

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("browser")]


def test_png_is_a_picture_of_the_timeline() -> None:
    data = export(sample(), "png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 1200 and 300 <= height <= 2400
    assert len(data) > 10_000


def test_svg_is_well_formed_and_labels_the_stops() -> None:
    data = export(sample(), "svg")
    root = ET.fromstring(data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    for label in ("1. Brussels", "3. Kyiv", "5. Vatican City"):
        assert label in texts


def test_svg_of_hostile_text_holds_it_as_text() -> None:
    data = export(hostile(), "svg")
    root = ET.fromstring(data)
    assert not [el for el in root.iter() if el.tag.endswith(("img", "script", "image"))]
    assert b"<img" not in data


def test_pdf_is_a_pdf() -> None:
    data = export(sample(), "pdf")
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert len(data) > 2_000
