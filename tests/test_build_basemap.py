"""scripts/build_basemap.py: TopoJSON arcs to GeoJSON, and rings cut at the antimeridian."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("build_basemap", ROOT / "scripts" / "build_basemap.py")
assert _spec is not None and _spec.loader is not None
bb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bb)

# Two squares sharing an edge; arcs quantised (scale 1, translate 0) and delta-encoded.
TOPO = {
    "type": "Topology",
    "transform": {"scale": [1, 1], "translate": [0, 0]},
    "arcs": [
        [[0, 0], [0, 10]],  # 0: (0,0) → (0,10): the shared edge
        [[0, 10], [10, 0], [0, -10], [-10, 0]],  # 1: (0,10) → (10,10) → (10,0) → (0,0)
        [[0, 0], [-10, 0], [0, 10], [10, 0]],  # 2: (0,0) → (-10,0) → (-10,10) → (0,10)
    ],
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "East"}},
        {"type": "Polygon", "arcs": [[2, -1]], "id": "2", "properties": {"name": "West"}},
    ]}},
}


def test_arcs_decode_and_rings_close() -> None:
    gj = json.loads(bb.render(TOPO))
    east, west = gj["features"]
    assert east["properties"]["name"] == "East"
    assert east["geometry"]["coordinates"] == [[[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]]]
    # ~0 (= -1) walks the shared edge backwards
    assert west["geometry"]["coordinates"] == [[[[0, 0], [-10, 0], [-10, 10], [0, 10], [0, 0]]]]


def test_a_ring_across_the_antimeridian_is_cut_in_two() -> None:
    ring = [(170.0, -10.0), (-170.0, -10.0), (-170.0, 10.0), (170.0, 10.0), (170.0, -10.0)]
    pieces = bb.split_antimeridian(ring)
    assert len(pieces) == 2
    for piece in pieces:
        xs = [x for x, _ in piece]
        assert max(xs) - min(xs) <= 10 + 1e-9 and all(-180 <= x <= 180 for x in xs)


def test_a_ring_round_the_pole_is_closed_over_it() -> None:
    ring = [(-150.0 + 60 * i, -70.0) for i in range(6)] + [(-150.0, -70.0)]  # round the south pole, eastwards
    pieces = bb.split_antimeridian(ring)
    assert pieces and all(-180 <= x <= 180 for p in pieces for x, _ in p)
    assert any(min(y for _, y in p) == pytest.approx(-90) for p in pieces)
